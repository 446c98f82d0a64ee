"""Step 4: handling options in three kinds (design, environment, human), tied to values."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import OPTION_KINDS, OptionKind, Session
from assistant.method.changes import Changes, Tools
from assistant.method.proposals import propose_option_patterns
from assistant.method.steps.base import StepHandler


class OptionsStep(StepHandler):
    def on_done(self, tools: Tools, session: Session, changes: Changes) -> bool:
        """ "Klaar" while a kind is missing: once, say which (its proposals are shown with the
        step); said again, the conversation moves on."""
        lacking = self.lacking(session)
        if not lacking or not session.options or session.meta.get("told_lacking"):
            return False
        session.meta["told_lacking"] = True
        if not any(p.option_kind in lacking for p in session.proposals):
            propose_option_patterns(tools, session)
        # The notice says the proposal is below: show the standing proposals in full again.
        session.meta.pop("options_shown", None)
        changes.notice("kinds_missing", kinds=lacking)
        return True

    def lacking(self, session: Session) -> list[OptionKind]:
        present = {o.kind for o in session.options}
        return [k for k in OPTION_KINDS if k not in present]

    def ready(self, session: Session) -> bool:
        return len(session.options) >= 1

    def complete(self, session: Session) -> bool:
        return not self.lacking(session)

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        lacking = self.lacking(session)
        session.meta["options_focus"] = lacking[0] if lacking else None
        names = {v.key: v.name for v in session.values if v.key}
        proposals = []
        for proposal in (p for p in session.proposals if p.kind == "option"):
            title, _sep, text = proposal.text.partition(": ")
            served = [names[k] for k in proposal.value_keys if k in names]
            proposals.append(
                {"number": proposal.number, "kind": proposal.option_kind, "title": title,
                 "text": text, "serves": served}
            )  # fmt: skip
        counts = {k: sum(1 for o in session.options if o.kind == k) for k in OPTION_KINDS}
        # The same proposals as in the reply before: one line that they still stand, not again
        # in full on every turn (the canvas shows them too).
        shown = [f"{p['number']}: {p['text']}" for p in proposals]
        again = bool(shown) and session.meta.get("options_shown") == shown
        session.meta["options_shown"] = shown
        return {
            "complete": not lacking,
            "lacking": lacking,
            "focus": lacking[0] if lacking else "",
            "proposals": [] if again else proposals,
            "proposals_again": [p["number"] for p in proposals] if again else [],
            "counts": counts,
            "no_values": not session.chosen_values(),
        }
