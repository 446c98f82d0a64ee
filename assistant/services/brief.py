"""The facilitator's session brief as a service: from a saved session, an exported session file or
an intake form, to Markdown, Word or PDF. Used by the CLI (``ethics-assistant brief``) and the UI.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from assistant.brief.builder import BriefInput, build_brief
from assistant.brief.intake import load_intake, load_session_file
from assistant.brief.model import Brief
from assistant.domain.session import Language
from assistant.errors import InputError

if TYPE_CHECKING:
    from assistant.services.container import Services

Format = Literal["md", "docx", "pdf"]
FORMATS: tuple[str, ...] = get_args(Format)
SUFFIX = {"md": ".md", "docx": ".docx", "pdf": ".pdf"}


class BriefService:
    def __init__(self, services: Services) -> None:
        self.services = services

    def from_session(
        self, session_id: str, owner: str | None = None, language: Language | None = None
    ) -> Brief:
        """A brief from a saved session (``NotFound`` when it is not there or not the owner's)."""
        session = self.services.chat.load(session_id, owner)
        return self.build(BriefInput.from_session(session), language)

    def from_file(self, path: Path, language: Language | None = None) -> Brief:
        """A brief from an exported session JSON file."""
        return self.build(BriefInput.from_session(load_session_file(Path(path))), language)

    def from_intake(self, path: Path, language: Language | None = None) -> Brief:
        """A brief from an intake YAML file (only ``technology`` is required); what the intake
        left out is in ``Brief.warnings``."""
        intake = load_intake(Path(path))
        brief = self.build(BriefInput.from_intake(intake), language)
        return brief.model_copy(update={"warnings": intake.warnings})

    def build(self, inp: BriefInput, language: Language | None = None) -> Brief:
        """Guided content (session, catalogue, retrieval); an LLM, if any, rewords the summary."""
        knowledge = self.services.knowledge
        brief = build_brief(
            inp,
            knowledge.catalogue,
            knowledge,
            language,
            max_values=self.services.settings.sessions.max_values,
        )
        model = self.services.backend.model
        if model.generative:
            from assistant.brief.wording import improve_summary

            brief = improve_summary(brief, model)
        return brief

    def render(self, brief: Brief, fmt: str, picture_name: str | None = None) -> bytes:
        """The brief as ``md`` (UTF-8, ``picture_name`` links the map), ``docx`` or ``pdf``."""
        if fmt == "md":
            from assistant.brief.markdown import render_markdown

            return render_markdown(brief, picture_name).encode("utf-8")
        if fmt == "docx":
            from assistant.brief.docx import render_docx

            return render_docx(brief)
        if fmt == "pdf":
            from assistant.brief.pdf import render_pdf

            return render_pdf(brief)
        raise InputError(f"Unknown brief format {fmt!r}", f"use one of {', '.join(FORMATS)}")
