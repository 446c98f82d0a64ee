"""Step 4: handling options in three kinds (design, environment, human), tied to values."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import OPTION_KINDS, HandlingOption, OptionKind, Session
from assistant.method.changes import Changes, Tools
from assistant.method.reading.extraction import OptionDraft, extract_options, parse_numbers
from assistant.method.reading.model_extraction import structured_extract
from assistant.method.steps.base import StepHandler
from assistant.method.suggestions import propose_options


class OptionsStep(StepHandler):
    def enter(self, tools: Tools, session: Session) -> None:
        self._refresh(tools, session)

    def _refresh(self, tools: Tools, session: Session) -> None:
        used = set(session.meta.get("options_used", []))
        picks = propose_options(tools.catalogue, session, used)
        session.meta["option_proposals"] = [p.id for p in picks]

    def lacking(self, session: Session) -> list[OptionKind]:
        present = {o.kind for o in session.options}
        return [k for k in OPTION_KINDS if k not in present]

    def apply(self, tools: Tools, session: Session, text: str, changes: Changes) -> None:
        numbers = parse_numbers(text)
        proposals = list(session.meta.get("option_proposals", []))
        if numbers and proposals:
            wanted = (
                proposals
                if numbers == [0]
                else [proposals[n - 1] for n in numbers if 0 < n <= len(proposals)]
            )
            for pattern_id in wanted:
                self._adopt(tools, session, pattern_id, changes)
            self._refresh(tools, session)
            return
        lacking = self.lacking(session)
        asked = session.meta.get("options_focus")
        focus: OptionKind = (
            asked if asked in OPTION_KINDS else (lacking[0] if lacking else "design")
        )
        drafts = None
        if tools.generative:
            found = structured_extract(tools, session, text)
            drafts = found.options if found is not None and found.options else None
        for draft in drafts or extract_options(text, focus):
            changes.options.append(self._add(tools, session, draft))
        self._refresh(tools, session)

    def _adopt(self, tools: Tools, session: Session, pattern_id: str, changes: Changes) -> None:
        pattern = next((p for p in tools.catalogue.options if p.id == pattern_id), None)
        if pattern is None:
            return
        text = pattern.text(session.language)
        linked = [v.id for v in session.chosen_values() if v.key in pattern.values]
        draft = OptionDraft(text=f"{text.title}: {text.text}", kind=pattern.kind)
        changes.options.append(self._add(tools, session, draft, linked))
        session.meta["options_used"] = [*session.meta.get("options_used", []), pattern_id]

    def _add(
        self, tools: Tools, session: Session, draft: OptionDraft, value_ids: list[str] | None = None
    ) -> HandlingOption:
        if not value_ids:
            candidates = session.chosen_values() or session.values
            best = tools.suggester.best_value(draft.text, candidates)
            value_ids = [best.id] if best else []
        option = HandlingOption(
            id=session.new_id("o"), kind=draft.kind, text=draft.text, value_ids=value_ids
        )
        session.options.append(option)
        return option

    def ready(self, session: Session) -> bool:
        return len(session.options) >= 1

    def complete(self, session: Session) -> bool:
        return not self.lacking(session)

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        lacking = self.lacking(session)
        session.meta["options_focus"] = lacking[0] if lacking else None
        names = {v.key: v.name for v in session.values if v.key}
        proposals = []
        for pattern_id in session.meta.get("option_proposals", []):
            pattern = next((p for p in tools.catalogue.options if p.id == pattern_id), None)
            if pattern is not None:
                text = pattern.text(session.language)
                served = [names[k] for k in pattern.values if k in names]
                proposals.append(
                    {"kind": pattern.kind, "title": text.title, "text": text.text, "serves": served}
                )
        counts = {k: sum(1 for o in session.options if o.kind == k) for k in OPTION_KINDS}
        return {
            "complete": not lacking,
            "lacking": lacking,
            "focus": lacking[0] if lacking else "",
            "proposals": proposals,
            "counts": counts,
            "no_values": not session.chosen_values(),
        }
