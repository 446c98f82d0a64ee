"""Handlers of the conversation and the canvas: page load, language, send (streamed), go to a step,
save canvas edits. Each returns component updates (a dict); errors become a banner with the fix.

The first input of every handler is the language (or the browser's memory holding it); the last is
the ``gr.Request`` that says who is logged in.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import gradio as gr

from assistant.domain.session import OPTION_KINDS, Session
from assistant.errors import AssistantError
from assistant.ui import canvas
from assistant.ui.context import UIContext, Updates, banner, guarded, merged
from assistant.ui.strings import lang_of, t
from assistant.ui.views import (
    chat_messages,
    error_banner,
    info_banner,
    notices_banner,
    status_markdown,
)

log = logging.getLogger("assistant.ui")


class ChatHandlers:
    def __init__(self, ctx: UIContext) -> None:
        self.ctx = ctx

    def page(self, session: Session, lang: str, owner: str | None) -> Updates:
        """The whole page in ``lang``: texts, status line, and the session."""
        w = self.ctx.w
        services = self.ctx.services
        status = status_markdown(services.backend, services.settings.ollama.model, lang, owner)
        page = {w.lang: lang, w.status: status, **banner(w, "")}
        return merged(w.relabel(lang), page, self.ctx.view(session, lang, owner, tab=True))

    @guarded
    def load(self, memo: Any, request: gr.Request | None = None) -> Updates:
        """Page (re)load: resume the session this browser remembers, or start one."""
        memo = memo if isinstance(memo, dict) else {}
        lang = lang_of(memo.get("lang"))
        owner = self.ctx.owner(request, lang)
        session = self.ctx.session(memo.get("sid"), lang, owner)
        return self.page(session, session.language, owner)

    @guarded
    def set_language(
        self, lang: str, sid: str | None, request: gr.Request | None = None
    ) -> Updates:
        """Switch the page's language; the conversation follows (a fresh one starts over in it)."""
        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        chat = self.ctx.chat
        session = self.ctx.session(sid, lang, owner)
        if session.language != lang:
            if not any(turn.role == "user" for turn in session.transcript):
                fresh = chat.start(language=lang, owner=owner)
                chat.delete(session.id, owner)
                session = fresh
            else:
                with chat.lock(session.id):
                    session = chat.load(session.id, owner)
                    session.language = lang
                    self.ctx.services.sessions.save(session)
        return self.page(session, lang, owner)

    def send(
        self, lang: str, sid: str | None, text: str, request: gr.Request | None = None
    ) -> Iterator[Updates]:
        """One turn: the reply streams into the chat, then canvas, sources and map follow."""
        w = self.ctx.w
        lang = lang_of(lang)
        try:
            owner = self.ctx.owner(request, lang)
            if not (text or "").strip():
                yield {**banner(w, info_banner(t(lang, "empty_message"))), w.message: ""}
                return
            session = self.ctx.session(sid, lang, owner)
            before = session.step
            stream = self.ctx.chat.turn(session.id, text, owner)
            transcript = stream.session.transcript
            yield {
                w.sid: session.id,
                w.message: "",
                **banner(w, ""),
                w.chat: chat_messages(transcript, ""),
            }
            partial = ""
            for piece in stream:
                partial += piece
                yield {w.chat: chat_messages(transcript, partial)}
            session = stream.session
            limit = self.ctx.services.settings.sessions.max_input_chars
            notices = stream.trace.notices if stream.trace else []
            out = self.ctx.view(session, lang, owner, tab=session.step != before)
            yield {**out, **banner(w, notices_banner(notices, lang, limit))}
        except AssistantError as exc:
            yield banner(w, error_banner(exc, lang))
        except Exception:
            log.exception("UI turn failed")
            yield banner(w, "⚠️ " + t(lang, "err_unexpected"))

    @guarded
    def goto(
        self, lang: str, sid: str | None, step: str, request: gr.Request | None = None
    ) -> Updates:
        """A click on the step indicator: go to that step (the conductor asks its question)."""
        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        session = self.ctx.session(sid, lang, owner)
        if step and step != session.step.value:
            session = self.ctx.chat.goto(session.id, step, owner)
        return {**banner(self.ctx.w, ""), **self.ctx.view(session, lang, owner, tab=True)}

    @guarded
    def save_case(
        self,
        lang: str,
        sid: str | None,
        technology: str,
        context: str,
        users: str,
        decisions: str,
        notes: str,
        stage: str,
        request: gr.Request | None = None,
    ) -> Updates:
        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        session = self.ctx.session(sid, lang, owner)
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
            session = self.ctx.chat.edit(session.id, "case", "update", data=data, owner=owner)
        return self._saved(session, lang, owner, int(changed))

    @guarded
    def save_actors(
        self, lang: str, sid: str | None, table: Any, request: gr.Request | None = None
    ) -> Updates:
        return self._save_kind("actor", lang, sid, table, request)

    @guarded
    def save_effects(
        self, lang: str, sid: str | None, table: Any, request: gr.Request | None = None
    ) -> Updates:
        return self._save_kind("effect", lang, sid, table, request)

    @guarded
    def save_values(
        self, lang: str, sid: str | None, table: Any, request: gr.Request | None = None
    ) -> Updates:
        return self._save_kind("value", lang, sid, table, request)

    def _save_kind(
        self, kind: str, lang: str, sid: str | None, table: Any, request: gr.Request | None
    ) -> Updates:
        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        session = self.ctx.session(sid, lang, owner)
        edits = canvas.table_edits(session, kind, _rows(table), lang)
        return self._apply(session, edits, lang, owner)

    @guarded
    def save_options(
        self,
        lang: str,
        sid: str | None,
        design: Any,
        environment: Any,
        human: Any,
        request: gr.Request | None = None,
    ) -> Updates:
        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        session = self.ctx.session(sid, lang, owner)
        edits: list[canvas.Edit] = []
        for kind, table in zip(OPTION_KINDS, (design, environment, human), strict=True):
            edits += canvas.table_edits(session, "option", _rows(table), lang, kind)
        return self._apply(session, edits, lang, owner)

    def _apply(
        self, session: Session, edits: list[canvas.Edit], lang: str, owner: str | None
    ) -> Updates:
        for edit in edits:
            session = self.ctx.chat.edit(
                session.id, edit.kind, edit.action, edit.item_id, edit.data, owner
            )
        return self._saved(session, lang, owner, len(edits))

    def _saved(self, session: Session, lang: str, owner: str | None, count: int) -> Updates:
        note = t(lang, "saved", n=count) if count else t(lang, "no_changes")
        return {**self.ctx.view(session, lang, owner), **banner(self.ctx.w, info_banner(note))}


def _rows(table: Any) -> list[list[Any]]:
    """Rows of a Dataframe value (a list of lists, or ``{"headers", "data"}`` from the API)."""
    if isinstance(table, dict):
        table = table.get("data") or []
    if hasattr(table, "values") and hasattr(table, "columns"):  # a pandas frame
        table = table.values.tolist()
    return [list(row) for row in table or []]
