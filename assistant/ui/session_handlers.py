"""Handlers of the sessions tab: new, resume, delete (with confirmation), export, session brief,
and sharing the outcome with the past-outcomes index (with a confirmation that says what is
shared)."""

from __future__ import annotations

import gradio as gr

from assistant.domain.session import Step
from assistant.errors import InputError
from assistant.ui.context import UIContext, Updates, banner, guarded, merged
from assistant.ui.strings import lang_of, t
from assistant.ui.views import info_banner

EXPORT_SUFFIX = {"json": "json", "md": "md"}
BRIEF_FORMATS = ("md", "docx", "pdf")


class SessionHandlers:
    def __init__(self, ctx: UIContext) -> None:
        self.ctx = ctx

    def _page(self, session_language: str, updates: Updates) -> Updates:
        """Resuming a session in another language switches the page's texts to it."""
        w = self.ctx.w
        return merged(w.relabel(session_language), {w.lang: session_language}, updates)

    @guarded
    def new(self, lang: str, sid: str | None, request: gr.Request | None = None) -> Updates:
        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        session = self.ctx.chat.start(language=lang, owner=owner)
        self.ctx.leave(sid, session.id, owner)
        return {**banner(self.ctx.w, ""), **self.ctx.view(session, lang, owner, tab=True)}

    @guarded
    def resume(
        self, lang: str, sid: str | None, chosen: str | None, request: gr.Request | None = None
    ) -> Updates:
        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        if not chosen:
            raise InputError(t(lang, "pick_session"), t(lang, "sessions"))
        session = self.ctx.chat.load(chosen, owner)
        self.ctx.leave(sid, session.id, owner)
        view = self.ctx.view(session, session.language, owner, tab=True)
        return self._page(session.language, {**banner(self.ctx.w, ""), **view})

    def ask_delete(self) -> Updates:
        return {self.ctx.w.delete_box: gr.update(visible=True)}

    def ask_share(self) -> Updates:
        return {self.ctx.w.share_box: gr.update(visible=True)}

    def close_boxes(self) -> Updates:
        w = self.ctx.w
        return {w.delete_box: gr.update(visible=False), w.share_box: gr.update(visible=False)}

    @guarded
    def delete(
        self, lang: str, sid: str | None, chosen: str | None, request: gr.Request | None = None
    ) -> Updates:
        """Delete the session chosen in the list (default: the current one)."""
        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        chat = self.ctx.chat
        target = chosen or sid
        if not target:
            raise InputError(t(lang, "pick_session"), t(lang, "sessions"))
        chat.delete(target, owner)
        if target == sid:
            session = chat.start(language=lang, owner=owner)
        else:
            session = self.ctx.session(sid, lang, owner)
        view = self.ctx.view(session, lang, owner, tab=target == sid)
        return {**self.close_boxes(), **view, **banner(self.ctx.w, info_banner(t(lang, "deleted")))}

    @guarded
    def export_json(self, lang: str, sid: str | None, request: gr.Request | None = None) -> Updates:
        return self._export("json", lang, sid, request)

    @guarded
    def export_md(self, lang: str, sid: str | None, request: gr.Request | None = None) -> Updates:
        return self._export("md", lang, sid, request)

    def _export(self, fmt: str, lang: str, sid: str | None, request: gr.Request | None) -> Updates:
        """The current session as a JSON or Markdown download."""
        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        session = self.ctx.session(sid, lang, owner)
        text = self.ctx.chat.export(session.id, fmt, owner)
        name = f"ethics-session-{session.id}.{EXPORT_SUFFIX[fmt]}"
        return {
            **banner(self.ctx.w, ""),
            self.ctx.w.download: self.ctx.download(name, text.encode()),
        }

    @guarded
    def brief(
        self, lang: str, sid: str | None, fmt: str, request: gr.Request | None = None
    ) -> Updates:
        """The facilitator's session brief of the current session, as a download."""
        from assistant.services.brief import BriefService

        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        fmt = fmt if fmt in BRIEF_FORMATS else "docx"
        session = self.ctx.session(sid, lang, owner)
        service = BriefService(self.ctx.services)
        data = service.render(service.from_session(session.id, owner), fmt)
        path = self.ctx.download(f"session-brief-{session.id}.{fmt}", data)
        return {**banner(self.ctx.w, ""), self.ctx.w.download: path}

    @guarded
    def share(self, lang: str, sid: str | None, request: gr.Request | None = None) -> Updates:
        """Feed the scrubbed outcome (no transcript) to the past-outcomes index."""
        lang = lang_of(lang)
        owner = self.ctx.owner(request, lang)
        chat = self.ctx.chat
        session = self.ctx.session(sid, lang, owner)
        if session.step != Step.SUMMARY or not session.case.technology.strip():
            raise InputError(t(lang, "share_too_early"), t(lang, "share_too_early_fix"))
        with chat.lock(session.id):
            session = chat.load(session.id, owner)
            outcome = self.ctx.services.knowledge.share_outcome(session)
            session.shared = True
            self.ctx.services.sessions.save(session)
        note = info_banner(t(lang, "shared", id=outcome))
        return {
            **self.close_boxes(),
            **self.ctx.view(session, lang, owner),
            **banner(self.ctx.w, note),
        }
