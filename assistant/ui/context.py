"""What every UI handler shares: the services, the components, who asks (``Visit``), and the view
of a session (chat, step, canvas, sources, map, session list) as component updates.

Nothing here keeps conversation state. The browser remembers its session id, language and owner
key (``gr.BrowserState``, sent with every event), so a page that stays open while the server
restarts carries on in the same session.

A view sends a plain value for every component that shows the session, changed or not: Gradio 6
turns an output left out (a skip) into a new component instance and its configuration, which
costs about three times as much as postprocessing the unchanged value (measured: 73 ms against
26 ms for the 20 components of a turn, on the loaded 2-core machine); streamed updates travel as
diffs, so unchanged values cost next to nothing on the wire.

Owner: with login the user's name; without login an owner key, made once per browser (random, 192
bits, kept in the browser's storage) and stored as its hash. Every session operation goes through
the conversation service with that owner, so a browser (or an API client) sees, resumes, exports
and deletes only its own sessions.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import secrets
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import gradio as gr

from assistant.domain.session import OPTION_KINDS, Language, Session
from assistant.errors import AssistantError, InputError, NotFound
from assistant.picture import map_svg
from assistant.ui import canvas
from assistant.ui.layout import CASE_FIELDS, TAB_OF_STEP, Widgets
from assistant.ui.readiness import Readiness
from assistant.ui.strings import lang_of, t
from assistant.ui.views import (
    case_fields,
    chat_messages,
    error_banner,
    proposals_markdown,
    session_choices,
    session_info,
    sources_markdown,
)

if TYPE_CHECKING:
    from assistant.services.chat import ChatService
    from assistant.services.container import Services

log = logging.getLogger("assistant.ui")
Updates = dict[Any, Any]
F = TypeVar("F", bound=Callable[..., Updates])
KEY_SHAPE = re.compile(r"[A-Za-z0-9_-]{32,128}")
TABLES = {"actors": "actor", "effects": "effect", "values": "value"}


def new_owner_key() -> str:
    return secrets.token_urlsafe(24)


def browser_owner(key: str) -> str:
    """The owner stored with a browser's sessions: a hash, so no export or database row holds
    the key itself."""
    return "browser:" + hashlib.sha256(key.encode()).hexdigest()[:32]


class SessionGone(InputError):
    """The session a page shows is not there for this owner (deleted, or not theirs)."""


def merged(*parts: Updates) -> Updates:
    """Combine updates; two for one component become one (e.g. new label and new value)."""
    out: Updates = {}
    for part in parts:
        for component, value in part.items():
            if component in out:
                value = {**_as_update(out[component]), **_as_update(value)}
            out[component] = value
    return out


def _as_update(value: Any) -> dict[str, Any]:
    if isinstance(value, dict) and value.get("__type__") == "update":
        return value
    return gr.update(value=value)


def banner(w: Widgets, text: str) -> Updates:
    """Show ``text`` in the banner; an empty banner is hidden by the page's CSS (a plain value
    costs Gradio far less than an update of the component's properties)."""
    return {w.banner: text}


def guarded(method: F) -> F:
    """Turn errors into a banner with the fix (``AssistantError``) or a calm generic message."""

    @functools.wraps(method)
    def run(self: Any, lang: str, *args: Any, **kwargs: Any) -> Updates:
        try:
            return method(self, lang, *args, **kwargs)
        except AssistantError as exc:
            return banner(self.ctx.w, error_banner(exc, lang_of(lang)))
        except Exception:
            log.exception("UI handler %s failed", method.__name__)
            return banner(self.ctx.w, "⚠️ " + t(lang_of(lang), "err_unexpected"))

    return run  # type: ignore[return-value]


@dataclass
class Visit:
    """One event from one page: its language, who asks, its session id and what it shows."""

    lang: Language
    owner: str
    key: str
    sid: str | None
    user: str | None = None

    @classmethod
    def anonymous(cls, lang: str | None) -> Visit:
        """Only the language (for messages before anything else is known)."""
        return cls(lang_of(lang), owner="", key="", sid=None)

    def memo(self, sid: str) -> dict[str, Any]:
        """What the browser remembers (sent back with every update of the view)."""
        return {"sid": sid, "lang": self.lang, "key": self.key}


def preferred_language(accept_language: str) -> Language | None:
    """The first of Dutch and English in an Accept-Language header ("en-GB,en;q=0.9,nl;q=0.8"
    -> "en"), by quality and then order; None when it names neither."""
    ranked: list[tuple[float, int, str]] = []
    for order, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        code = tag.strip().lower().split("-")[0]
        if code in ("nl", "en") and quality > 0:
            ranked.append((-quality, order, code))
    return "en" if ranked and min(ranked)[2] == "en" else ("nl" if ranked else None)


@dataclass
class UIContext:
    services: Services
    w: Widgets
    workdir: Path
    login: bool
    readiness: Readiness = field(default_factory=Readiness.already)

    @property
    def chat(self) -> ChatService:
        return self.services.chat

    def visit(self, lang: str | None, memo: Any, request: gr.Request | None) -> Visit:
        """Who asks: the logged-in user, or the browser's owner key (a new one if it has none)."""
        memo = memo if isinstance(memo, dict) else {}
        chosen = lang or memo.get("lang")
        language = lang_of(chosen) if chosen else self.first_language(request)
        key = memo.get("key")
        if not isinstance(key, str) or not KEY_SHAPE.fullmatch(key):
            key = new_owner_key()
        sid = memo.get("sid") if isinstance(memo.get("sid"), str) else None
        user = None
        if self.login:
            user = getattr(request, "username", None) if request is not None else None
            if not user:
                raise InputError(t(language, "err_login"), t(language, "err_login_fix"))
        owner = str(user) if user else browser_owner(key)
        return Visit(language, owner, key, sid, str(user) if user else None)

    def first_language(self, request: gr.Request | None) -> Language:
        """The language of a browser's first visit: the first of Dutch and English among the
        languages the browser asks for (its Accept-Language header, in order of preference),
        else the configured default."""
        headers = getattr(request, "headers", None) if request is not None else None
        asked = headers.get("accept-language", "") if headers is not None else ""
        return preferred_language(str(asked)) or self.services.settings.language

    def session(self, visit: Visit) -> Session:
        """The page's session; a new one when the page has none yet; ``SessionGone`` when the
        page's session is not there for this owner (never a silent new session)."""
        if not visit.sid:
            return self.start(visit)
        try:
            return self.chat.load(visit.sid, visit.owner)
        except NotFound as exc:
            raise SessionGone(
                t(visit.lang, "session_gone"), t(visit.lang, "session_gone_fix")
            ) from exc

    def start(self, visit: Visit) -> Session:
        session = self.chat.start(language=visit.lang, owner=visit.owner)
        visit.sid = session.id
        return session

    def view(self, session: Session, visit: Visit, tab: bool = False) -> Updates:
        """Every component that shows ``session`` (see the module's note on why unchanged ones
        are sent too); ``tab`` also opens the canvas tab of the session's step."""
        w, lang = self.w, visit.lang
        visit.sid = session.id
        fields = case_fields(session)
        out: Updates = {
            w.memo: visit.memo(session.id),
            w.chat: chat_messages(session.transcript),
            w.stepper: session.step.value,
            w.sources: sources_markdown(session, lang),
            w.proposals: proposals_markdown(session, lang),
            w.session_info: session_info(session, lang),
            w.sessions: gr.update(choices=self.choices(session, visit), value=session.id),
            w.map: map_html(session, lang),
            w.case_stage: fields["stage"],
        }
        out.update({w.c[f"case_{name}"]: fields[name] for name in CASE_FIELDS})
        out.update({w.c[name]: value for name, value in tables(session, lang).items()})
        if tab:
            out[w.tabs] = gr.Tabs(selected=TAB_OF_STEP[session.step])
        return out

    def choices(self, session: Session, visit: Visit) -> list[tuple[str, str]]:
        """This owner's saved sessions to resume; those nobody wrote in yet are left out (except
        the one on the page)."""
        found = [s for s in self.chat.list(visit.owner) if s.turns > 0 or s.id == session.id]
        return session_choices(found, visit.lang)

    def download(self, name: str, data: bytes) -> str:
        """A file for the download box, in a folder of its own (names never collide)."""
        folder = Path(tempfile.mkdtemp(prefix="dl-", dir=self.workdir))
        path = folder / name
        path.write_bytes(data)
        return str(path)


def map_html(session: Session, language: Language) -> str:
    """The map for the page, with the name its PNG download gets (``page.js``)."""
    name = f"{t(language, 'map_file')}-{session.id}.png"
    return f'<div class="map-scroll" data-file="{name}">{map_svg(session, language)}</div>'


def tables(session: Session, language: str) -> dict[str, Any]:
    """The canvas tables' values, by component name."""
    out: dict[str, Any] = {}
    for name, kind in TABLES.items():
        out[name] = _table(canvas.rows(session, kind, language), kind, language)
    for kind in OPTION_KINDS:
        rows = canvas.rows(session, "option", language, kind)
        out[f"options_{kind}"] = _table(rows, "option", language)
    return out


def _table(rows: list[list[str]], kind: str, language: str) -> dict[str, Any]:
    return {"headers": canvas.headers(kind, language), "data": rows}
