"""What every UI handler shares: the services, the components, the owner of a request, and the
full view of a session (chat, step, canvas, sources, map, session list) as component updates.

Nothing here keeps conversation state: a handler gets the session id from the browser session
(``gr.State``), loads the session from the store, and writes it back through the services.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import gradio as gr

from assistant.domain.session import OPTION_KINDS, Session
from assistant.errors import AssistantError, InputError, NotFound
from assistant.ui import canvas
from assistant.ui.layout import CASE_FIELDS, TAB_OF_STEP, Widgets
from assistant.ui.strings import lang_of, t
from assistant.ui.views import (
    case_fields,
    chat_messages,
    error_banner,
    session_choices,
    session_info,
    sources_markdown,
)

if TYPE_CHECKING:
    from assistant.services.chat import ChatService
    from assistant.services.container import Services

log = logging.getLogger("assistant.ui")
KEEP_MAPS = 3
Updates = dict[Any, Any]
F = TypeVar("F", bound=Callable[..., Updates])


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
    """Show ``text`` in the banner (hide the banner when it is empty)."""
    return {w.banner: gr.update(value=text, visible=bool(text))}


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
class UIContext:
    services: Services
    w: Widgets
    workdir: Path
    login: bool

    @property
    def chat(self) -> ChatService:
        return self.services.chat

    def owner(self, request: gr.Request | None, language: str) -> str | None:
        """The logged-in user (login on), or ``None`` (login off: one shared list)."""
        if not self.login:
            return None
        username = getattr(request, "username", None) if request is not None else None
        if not username:
            raise InputError(t(language, "err_login"), t(language, "err_login_fix"))
        return str(username)

    def session(self, sid: str | None, language: str, owner: str | None) -> Session:
        """The browser session's conversation, or a new one when it has none (or lost it)."""
        if sid:
            try:
                return self.chat.load(sid, owner)
            except NotFound:
                log.info("session %s not found for this user; starting a new one", sid)
        return self.chat.start(language=lang_of(language), owner=owner)

    def leave(self, sid: str | None, target: str, owner: str | None) -> None:
        """Switching from session ``sid`` to ``target``: drop ``sid`` if nobody wrote in it."""
        if not sid or sid == target:
            return
        try:
            left = self.chat.load(sid, owner)
        except NotFound:
            return
        if not any(turn.role == "user" for turn in left.transcript):
            self.chat.delete(sid, owner)

    def view(
        self, session: Session, language: str, owner: str | None, tab: bool = False
    ) -> Updates:
        """Everything that shows ``session``; ``tab`` also opens the canvas tab of its step."""
        w = self.w
        picture = self.map_file(session, language)
        out: Updates = {
            w.sid: session.id,
            w.memo: {"sid": session.id, "lang": language},
            w.chat: chat_messages(session.transcript),
            w.stepper: gr.update(value=session.step.value),
            w.sources: sources_markdown(session, language),
            w.session_info: session_info(session, language),
            w.sessions: gr.update(choices=self.choices(session, language, owner), value=session.id),
            w.map: picture,
            w.map_download: picture,
        }
        fields = case_fields(session)
        out.update({w.c[f"case_{name}"]: fields[name] for name in CASE_FIELDS})
        out[w.case_stage] = fields["stage"]
        out.update(self.tables(session, language))
        if tab:
            out[w.tabs] = gr.Tabs(selected=TAB_OF_STEP[session.step])
        return out

    def choices(self, session: Session, language: str, owner: str | None) -> list[tuple[str, str]]:
        """Saved sessions to resume; sessions nobody wrote in yet are left out (except this one)."""
        found = [s for s in self.chat.list(owner) if s.turns > 0 or s.id == session.id]
        return session_choices(found, language)

    def tables(self, session: Session, language: str) -> Updates:
        w = self.w
        out: Updates = {}
        for name, kind in (("actors", "actor"), ("effects", "effect"), ("values", "value")):
            out[w.c[name]] = _table(canvas.rows(session, kind, language), kind, language)
        for kind in OPTION_KINDS:
            rows = canvas.rows(session, "option", language, kind)
            out[w.options[kind]] = _table(rows, "option", language)
        return out

    def map_file(self, session: Session, language: str) -> str:
        """The map picture as a PNG file, rendered again only when the canvas changed."""
        from assistant.picture import render_map

        content = session.model_dump_json(
            include={"case", "actors", "effects", "values", "options"}
        )
        digest = hashlib.sha256(f"{language}\n{content}".encode()).hexdigest()[:16]
        folder = self.workdir / "maps" / session.id
        path = folder / f"map-{session.id}-{digest}.png"
        if not path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            older = sorted(folder.glob("map-*.png"), key=lambda p: p.stat().st_mtime)
            for old in older[:-KEEP_MAPS]:  # a few stay for requests still being served
                old.unlink(missing_ok=True)
            _write_atomic(path, render_map(session, lang_of(language)))
        return str(path)

    def download(self, name: str, data: bytes) -> str:
        """A file for the download box, in a folder of its own (names never collide)."""
        folder = Path(tempfile.mkdtemp(prefix="dl-", dir=self.workdir))
        path = folder / name
        path.write_bytes(data)
        return str(path)


def _table(rows: list[list[str]], kind: str, language: str) -> dict[str, Any]:
    return {"headers": canvas.headers(kind, language), "data": rows}


def _write_atomic(path: Path, data: bytes) -> None:
    handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temp, path)
