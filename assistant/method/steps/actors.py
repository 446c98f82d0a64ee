"""Step 1: the actors: everyone involved or affected."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Session
from assistant.method.changes import Tools
from assistant.method.steps.base import StepHandler

ACTOR_GROUPS = ("affected", "professionals", "management", "technical", "oversight")


class ActorsStep(StepHandler):
    def ready(self, session: Session) -> bool:
        return len(session.actors) >= 1

    def complete(self, session: Session) -> bool:
        return len(session.actors) >= 2

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        present = {a.group for a in session.actors}
        suggest = [g for g in ACTOR_GROUPS if g not in present][:3]
        names = [a.name for a in session.actors]
        return {"complete": self.complete(session), "actors": names, "suggest": suggest}
