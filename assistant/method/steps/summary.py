"""Step 5: the wrap-up."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Session
from assistant.method.changes import Changes, Tools
from assistant.method.steps.base import StepHandler


class SummaryStep(StepHandler):
    def apply(self, tools: Tools, session: Session, text: str, changes: Changes) -> None:
        changes.notice("summary_hint")

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        return {"complete": True}
