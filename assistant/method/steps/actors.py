"""Step 1: the actors: everyone involved or affected."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Actor, Session
from assistant.method.changes import Changes, Tools
from assistant.method.reading.extraction import actor_group, extract_actors, find_actor
from assistant.method.reading.model_extraction import structured_extract
from assistant.method.steps.base import StepHandler

ACTOR_GROUPS = ("affected", "professionals", "management", "technical", "oversight")


class ActorsStep(StepHandler):
    def apply(self, tools: Tools, session: Session, text: str, changes: Changes) -> None:
        names = None
        if tools.generative:
            found = structured_extract(tools, session, text)
            names = found.actors if found is not None and found.actors else None
        for name in names or extract_actors(text):
            if find_actor(name, session.actors) is None:
                add_actor(session, name)
                changes.actors.append(name)

    def ready(self, session: Session) -> bool:
        return len(session.actors) >= 1

    def complete(self, session: Session) -> bool:
        return len(session.actors) >= 2

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        present = {a.group for a in session.actors}
        suggest = [g for g in ACTOR_GROUPS if g not in present][:3]
        names = [a.name for a in session.actors]
        return {"complete": self.complete(session), "actors": names, "suggest": suggest}


def add_actor(session: Session, name: str) -> Actor:
    actor = Actor(id=session.new_id("a"), name=name, group=actor_group(name))
    session.actors.append(actor)
    return actor
