"""Handlers of the sessions tab: new, resume, delete (with confirmation), export, session brief,
and sharing the outcome with the past-outcomes index (with a confirmation that says what is
shared). Every operation goes through the conversation service with the visit's owner, so a page
only ever lists, opens, exports or deletes its own browser's (or user's) sessions."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.errors import InputError, NotFound
from assistant.services.chat import OutcomeNotReady
from assistant.ui.context import UIContext, Updates, Visit, banner, guarded, merged
from assistant.ui.layout import BRIEF_FORMATS
from assistant.ui.strings import t
from assistant.ui.views import info_banner

EXPORT_SUFFIX = {"json": "json", "md": "md"}


class SessionHandlers:
    def __init__(self, ctx: UIContext) -> None:
        self.ctx = ctx

    def _page(self, visit: Visit, updates: Updates) -> Updates:
        """Resuming a session in another language switches the page's texts to it."""
        w = self.ctx.w
        return merged(w.relabel(visit.lang), {w.lang: visit.lang}, updates)

    @guarded
    def new(self, lang: str, memo: Any, request: gr.Request | None = None) -> Updates:
        visit = self.ctx.visit(lang, memo, request)
        left = visit.sid
        session = self.ctx.start(visit)
        if left:
            self.ctx.chat.discard_unused(left, visit.owner)
        return {**banner(self.ctx.w, ""), **self.ctx.view(session, visit, tab=True)}

    @guarded
    def resume(
        self,
        lang: str,
        memo: Any,
        chosen: str | None,
        request: gr.Request | None = None,
    ) -> Updates:
        visit = self.ctx.visit(lang, memo, request)
        if not chosen:
            raise InputError(t(visit.lang, "pick_session"), t(visit.lang, "sessions"))
        try:
            session = self.ctx.chat.load(chosen, visit.owner)
        except NotFound as exc:
            raise _not_yours(visit) from exc
        if visit.sid and visit.sid != session.id:
            self.ctx.chat.discard_unused(visit.sid, visit.owner)
        visit.lang = session.language
        view = self.ctx.view(session, visit, tab=True)
        return self._page(visit, {**banner(self.ctx.w, ""), **view})

    def ask_delete(self) -> Updates:
        return {self.ctx.w.delete_box: gr.update(visible=True)}

    def ask_share(self) -> Updates:
        return {self.ctx.w.share_box: gr.update(visible=True)}

    def close_boxes(self) -> Updates:
        w = self.ctx.w
        return {w.delete_box: gr.update(visible=False), w.share_box: gr.update(visible=False)}

    @guarded
    def delete(
        self,
        lang: str,
        memo: Any,
        chosen: str | None,
        request: gr.Request | None = None,
    ) -> Updates:
        """Delete the session chosen in the list (default: the current one)."""
        visit = self.ctx.visit(lang, memo, request)
        current = visit.sid
        target = chosen or current
        if not target:
            raise InputError(t(visit.lang, "pick_session"), t(visit.lang, "sessions"))
        try:
            self.ctx.chat.delete(target, visit.owner)
        except NotFound as exc:
            raise _not_yours(visit) from exc
        session = self.ctx.start(visit) if target == current else self.ctx.session(visit)
        view = self.ctx.view(session, visit, tab=target == current)
        note = info_banner(t(visit.lang, "deleted"))
        return {**self.close_boxes(), **view, **banner(self.ctx.w, note)}

    @guarded
    def export_json(self, lang: str, memo: Any, request: gr.Request | None = None) -> Updates:
        return self._export("json", self.ctx.visit(lang, memo, request))

    @guarded
    def export_md(self, lang: str, memo: Any, request: gr.Request | None = None) -> Updates:
        return self._export("md", self.ctx.visit(lang, memo, request))

    def _export(self, fmt: str, visit: Visit) -> Updates:
        """The page's session as a JSON or Markdown download."""
        session = self.ctx.session(visit)
        text = self.ctx.chat.export(session.id, fmt, visit.owner)
        name = f"ethics-session-{session.id}.{EXPORT_SUFFIX[fmt]}"
        path = self.ctx.download(name, text.encode())
        return {**banner(self.ctx.w, ""), self.ctx.w.download: path}

    @guarded
    def brief(self, lang: str, memo: Any, fmt: str, request: gr.Request | None = None) -> Updates:
        """The facilitator's session brief of the page's session, as a download."""
        from assistant.services.brief import BriefService

        visit = self.ctx.visit(lang, memo, request)
        fmt = fmt if fmt in BRIEF_FORMATS else "docx"
        session = self.ctx.session(visit)
        service = BriefService(self.ctx.services)
        data = service.render(service.from_session(session.id, visit.owner), fmt)
        path = self.ctx.download(f"session-brief-{session.id}.{fmt}", data)
        return {**banner(self.ctx.w, ""), self.ctx.w.download: path}

    @guarded
    def share(self, lang: str, memo: Any, request: gr.Request | None = None) -> Updates:
        """Feed the scrubbed outcome (no transcript) to the past-outcomes index."""
        visit = self.ctx.visit(lang, memo, request)
        session = self.ctx.session(visit)
        try:
            session, outcome = self.ctx.chat.share_outcome(session.id, visit.owner)
        except OutcomeNotReady as exc:
            fix = t(visit.lang, "share_too_early_fix")
            raise InputError(t(visit.lang, "share_too_early"), fix) from exc
        note = info_banner(t(visit.lang, "shared", id=outcome))
        return {
            **self.close_boxes(),
            **self.ctx.view(session, visit),
            **banner(self.ctx.w, note),
        }


def _not_yours(visit: Visit) -> NotFound:
    """A chosen session that is missing or someone else's (the same answer for both)."""
    return NotFound(t(visit.lang, "not_yours"), t(visit.lang, "not_yours_fix"))
