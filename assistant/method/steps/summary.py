"""Step 5: the wrap-up."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Session
from assistant.method.changes import Tools
from assistant.method.steps.base import StepHandler


class SummaryStep(StepHandler):
    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        return {"complete": True}
