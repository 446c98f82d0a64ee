"""What every step handler can do; each step overrides what it needs."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Session
from assistant.method.changes import Changes, Tools


class StepHandler:
    """Default behaviour; each step overrides what it needs."""

    def on_done(self, tools: Tools, session: Session, changes: Changes) -> bool:
        """The user said "nothing (more)" while the step is not complete; True when handled."""
        return False

    def ready(self, session: Session) -> bool:
        """Enough to move on when the user asks to."""
        return True

    def complete(self, session: Session) -> bool:
        """Complete enough to propose moving on."""
        return self.ready(session)

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        return {"complete": self.complete(session)}
