"""Handlers of the conversation and the canvas: page load, status, language, send (streamed), go to
a step, save canvas edits. Each returns component updates (a dict); errors become a banner with
the fix.

Every handler gets the page's language, the browser's memory (session id, owner key) and the
digests of what the page shows, then the event's own inputs; the last argument is the
``gr.Request`` that says who is logged in.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Iterator
from typing import Any

import gradio as gr

from assistant.domain.session import OPTION_KINDS, Session
from assistant.errors import AssistantError
from assistant.ui import canvas
from assistant.ui.context import (
    SessionGone,
    UIContext,
    Updates,
    Visit,
    banner,
    guarded,
    merged,
)
from assistant.ui.strings import t
from assistant.ui.views import (
    chat_messages,
    error_banner,
    info_banner,
    notices_banner,
    status_markdown,
)

log = logging.getLogger("assistant.ui")
STREAM_EVERY_S = 0.1  # a reply streams into the page at most ten times a second


class ChatHandlers:
    def __init__(self, ctx: UIContext) -> None:
        self.ctx = ctx

    def status(self, visit: Visit) -> str:
        """The status line: the knowledge base's preparation, else the backend (and the user)."""
        ready = self.ctx.readiness
        if ready.phase == "index":
            return t(visit.lang, "ready_index", seconds=ready.seconds)
        if ready.phase == "models":
            return t(visit.lang, "ready_models", seconds=ready.seconds)
        services = self.ctx.services
        text = status_markdown(services.backend, services.settings.ollama.model, visit.lang, None)
        if ready.phase == "failed":
            text = t(visit.lang, "ready_failed", error=ready.error) + " " + text
        if visit.user:
            text += " · " + t(visit.lang, "logged_in", user=visit.user)
        return text

    def page(self, session: Session, visit: Visit, note: str = "") -> Updates:
        """The whole page in the visit's language: texts, status line, and the session."""
        w = self.ctx.w
        page = {
            w.lang: visit.lang,
            w.status: self.status(visit),
            w.timer: gr.Timer(active=not self.ctx.readiness.ready),
            **banner(w, note),
        }
        return merged(w.relabel(visit.lang), page, self.ctx.view(session, visit, tab=True))

    def load(self, lang: str, memo: Any, request: gr.Request | None = None) -> Updates:
        """Page (re)load: the page, and the language switch and the message box made usable
        (they wait for this answer, which would undo a click made before it), also after an
        error."""
        w = self.ctx.w
        usable = {c: gr.update(interactive=True) for c in (w.lang, w.message, w.send)}
        return merged(self._load(lang, memo, request), usable)

    @guarded
    def _load(self, lang: str, memo: Any, request: gr.Request | None = None) -> Updates:
        """Resume the session this browser remembers (in its language), or start one; a
        remembered session that is gone is said so."""
        visit = self.ctx.visit(None, memo, request)
        note = ""
        try:
            session = self.ctx.session(visit)
        except SessionGone:
            note = info_banner(t(visit.lang, "session_restarted"))
            session = self.ctx.start(visit)
        visit.lang = session.language
        return self.page(session, visit, note)

    def tick(self, lang: str) -> Updates:
        """The status line while the knowledge base is prepared; the timer stops when ready."""
        w = self.ctx.w
        status = self.status(Visit.anonymous(lang))
        return {w.status: status, w.timer: gr.Timer(active=not self.ctx.readiness.ready)}

    @guarded
    def set_language(self, lang: str, memo: Any, request: gr.Request | None = None) -> Updates:
        """Switch the page's language; the conversation follows (a fresh one starts over in it)."""
        visit = self.ctx.visit(lang, memo, request)
        session = self.ctx.session(visit)
        session = self.ctx.chat.set_language(session.id, visit.lang, visit.owner)
        return self.page(session, visit)

    def send(
        self, lang: str, memo: Any, text: str, request: gr.Request | None = None
    ) -> Iterator[Updates]:
        """One turn: the user's message is saved (and shown at once when a language model will
        take a while), the reply streams into the chat, then everything that shows the session
        follows; in guided mode all of it comes in one update. The message box is emptied only
        once the message is stored; when the page's session is gone the message stays there."""
        w = self.ctx.w
        visit = Visit.anonymous(lang)
        try:
            visit = self.ctx.visit(lang, memo, request)
            if not (text or "").strip():
                yield {**banner(w, info_banner(t(visit.lang, "empty_message"))), w.message: ""}
                return
            yield from self._turn(visit, text)
        except SessionGone as exc:
            kept = SessionGone(f"{exc.message} {t(visit.lang, 'message_kept')}", exc.fix)
            yield banner(w, error_banner(kept, visit.lang))
        except AssistantError as exc:
            yield banner(w, error_banner(exc, visit.lang))
        except Exception:
            log.exception("UI turn failed")
            yield banner(w, "⚠️ " + t(visit.lang, "err_unexpected"))

    def _turn(self, visit: Visit, text: str) -> Iterator[Updates]:
        w = self.ctx.w
        session = self.ctx.session(visit)
        if (
            session.language != visit.lang and not session.written_in()
        ):  # "English" clicked and a message sent at once: the switch may not have run yet
            session = self.ctx.chat.set_language(session.id, visit.lang, visit.owner)
        before = session.step
        building = self.ctx.readiness.phase == "index"
        stream = self.ctx.chat.turn(session.id, text, visit.owner)
        transcript = stream.session.transcript
        generative = self.ctx.chat.model.generative
        shown: Updates = {}
        if generative:  # a model takes a while: show the stored message now
            shown = self.ctx.view(stream.session, visit)
            yield {**shown, w.message: "", **banner(w, ""), w.chat: chat_messages(transcript, "")}
        partial = ""
        for piece, last in batched(stream, STREAM_EVERY_S):
            partial += piece
            if not last:
                yield {**shown, w.chat: chat_messages(transcript, partial)}
        session = stream.session
        notices = stream.trace.notices if stream.trace else []
        if building:  # no sources because the index is not there yet, not because it broke
            notices = ["index_building" if n == "retrieval_failed" else n for n in notices]
        limit = self.ctx.services.settings.sessions.max_input_chars
        out = self.ctx.view(session, visit, tab=session.step != before)
        out.update(banner(w, notices_banner(notices, visit.lang, limit)))
        yield out if generative else {**out, w.message: ""}

    @guarded
    def goto(self, lang: str, memo: Any, step: str, request: gr.Request | None = None) -> Updates:
        """A click on the step indicator: go to that step (the conductor asks its question)."""
        visit = self.ctx.visit(lang, memo, request)
        session = self.ctx.session(visit)
        if step and step != session.step.value:
            session = self.ctx.chat.goto(session.id, step, visit.owner)
        return {**banner(self.ctx.w, ""), **self.ctx.view(session, visit, tab=True)}

    @guarded
    def save_case(
        self,
        lang: str,
        memo: Any,
        technology: str,
        context: str,
        users: str,
        decisions: str,
        notes: str,
        stage: str,
        request: gr.Request | None = None,
    ) -> Updates:
        visit = self.ctx.visit(lang, memo, request)
        session = self.ctx.session(visit)
        data = {
            "technology": technology,
            "context": context,
            "users": users,
            "decisions": decisions,
            "notes": notes,
            "stage": stage or "unknown",
        }
        data = {key: (value or "").strip() for key, value in data.items()}
        changed = any(getattr(session.case, key) != value for key, value in data.items())
        if changed:
            session = self.ctx.chat.edit(session.id, "case", "update", data=data, owner=visit.owner)
        return self._saved(session, visit, int(changed))

    @guarded
    def save_actors(
        self, lang: str, memo: Any, table: Any, request: gr.Request | None = None
    ) -> Updates:
        return self._save_kind("actor", self.ctx.visit(lang, memo, request), table)

    @guarded
    def save_effects(
        self, lang: str, memo: Any, table: Any, request: gr.Request | None = None
    ) -> Updates:
        return self._save_kind("effect", self.ctx.visit(lang, memo, request), table)

    @guarded
    def save_values(
        self, lang: str, memo: Any, table: Any, request: gr.Request | None = None
    ) -> Updates:
        return self._save_kind("value", self.ctx.visit(lang, memo, request), table)

    def _save_kind(self, kind: str, visit: Visit, table: Any) -> Updates:
        session = self.ctx.session(visit)
        edits = canvas.table_edits(session, kind, _rows(table), visit.lang)
        return self._apply(session, edits, visit)

    @guarded
    def save_options(
        self,
        lang: str,
        memo: Any,
        design: Any,
        environment: Any,
        human: Any,
        request: gr.Request | None = None,
    ) -> Updates:
        visit = self.ctx.visit(lang, memo, request)
        session = self.ctx.session(visit)
        edits: list[canvas.Edit] = []
        for kind, table in zip(OPTION_KINDS, (design, environment, human), strict=True):
            edits += canvas.table_edits(session, "option", _rows(table), visit.lang, kind)
        return self._apply(session, edits, visit)

    def _apply(self, session: Session, edits: list[canvas.Edit], visit: Visit) -> Updates:
        for edit in edits:
            session = self.ctx.chat.edit(
                session.id, edit.kind, edit.action, edit.item_id, edit.data, visit.owner
            )
        return self._saved(session, visit, len(edits))

    def _saved(self, session: Session, visit: Visit, count: int) -> Updates:
        note = t(visit.lang, "saved", n=count) if count else t(visit.lang, "no_changes")
        return {**self.ctx.view(session, visit), **banner(self.ctx.w, info_banner(note))}


def batched(pieces: Iterable[str], seconds: float) -> Iterator[tuple[str, bool]]:
    """``pieces`` joined into one batch per ``seconds`` from the batch's first piece (the page
    redraws the chat for each batch); ``(text, last)``, where ``last`` marks the batch that ends
    the stream. A reply that is ready at once (guided mode) comes as one batch."""
    buffer: list[str] = []
    since = 0.0
    for piece in pieces:
        if not buffer:
            since = time.monotonic()
        buffer.append(piece)
        if time.monotonic() - since >= seconds:
            yield "".join(buffer), False
            buffer = []
    yield "".join(buffer), True


def _rows(table: Any) -> list[list[Any]]:
    """Rows of a Dataframe value (a list of lists, or ``{"headers", "data"}`` from the API)."""
    if isinstance(table, dict):
        table = table.get("data") or []
    if hasattr(table, "values") and hasattr(table, "columns"):  # a pandas frame
        table = table.values.tolist()
    return [list(row) for row in table or []]
