"""Step 2: positive and negative effects, per actor."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Actor, Direction, Session
from assistant.method.changes import Changes, Tools
from assistant.method.steps.base import StepHandler

DIRECTIONS: tuple[Direction, ...] = ("positive", "negative")


def lacking(session: Session, actor: Actor) -> list[Direction]:
    present = {e.direction for e in session.effects if e.actor_id == actor.id}
    skipped = set(session.meta.get("effects_skipped", {}).get(actor.id, []))
    return [d for d in DIRECTIONS if d not in present and d not in skipped]


class EffectsStep(StepHandler):
    def focus(self, session: Session) -> Actor | None:
        """The first actor still lacking a direction, skipping one the reply just asked about
        when the user answered for others (the same question is not asked twice in a row); one
        named only in passing by their role in the case comes after the others."""
        asked = session.meta.get("effects_focus")
        passing = set(session.meta.get("passing_roles", []))  # "alerts go to the officer"
        open_actors = [a for a in session.actors if lacking(session, a)]
        open_actors.sort(key=lambda a: a.id in passing)  # those the user brought up first
        if len(open_actors) > 1 and asked and session.meta.get("effects_answered_other"):
            open_actors = [a for a in open_actors if a.id != asked] + [
                a for a in open_actors if a.id == asked
            ]
        return open_actors[0] if open_actors else None

    def on_done(self, tools: Tools, session: Session, changes: Changes) -> bool:
        focus = session.actor(session.meta.get("effects_focus")) or self.focus(session)
        if focus is None:
            return False
        gaps = lacking(session, focus)
        skipped = {k: list(v) for k, v in session.meta.get("effects_skipped", {}).items()}
        skipped[focus.id] = sorted({*skipped.get(focus.id, []), *gaps})
        session.meta["effects_skipped"] = skipped
        if gaps:
            changes.skipped.append(focus.name)
        return True

    def ready(self, session: Session) -> bool:
        return len(session.effects) >= 1

    def complete(self, session: Session) -> bool:
        directions = {e.direction for e in session.effects}
        return self.focus(session) is None and len(directions) == 2

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        focus = self.focus(session)
        session.meta["effects_focus"] = focus.id if focus else None
        counts = {d: sum(1 for e in session.effects if e.direction == d) for d in DIRECTIONS}
        gaps = lacking(session, focus) if focus else []
        missing = [d for d in DIRECTIONS if counts[d] == 0]
        session.meta["ask_direction"] = (gaps or missing or ["positive"])[0]
        return {
            "complete": self.complete(session),
            "focus": focus.name if focus else "",
            "lacking": gaps,
            "counts": counts,
            "no_actors": not session.actors,
            "retry": False,
        }
