"""Step 2: positive and negative effects, per actor."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Actor, Direction, Effect, Session
from assistant.method.changes import Changes, Tools
from assistant.method.reading.extraction import EffectDraft, extract_effects, find_actor
from assistant.method.reading.model_extraction import structured_extract
from assistant.method.steps.actors import add_actor
from assistant.method.steps.base import StepHandler

DIRECTIONS: tuple[Direction, ...] = ("positive", "negative")


def lacking(session: Session, actor: Actor) -> list[Direction]:
    present = {e.direction for e in session.effects if e.actor_id == actor.id}
    skipped = set(session.meta.get("effects_skipped", {}).get(actor.id, []))
    return [d for d in DIRECTIONS if d not in present and d not in skipped]


class EffectsStep(StepHandler):
    def focus(self, session: Session) -> Actor | None:
        return next((a for a in session.actors if lacking(session, a)), None)

    def apply(self, tools: Tools, session: Session, text: str, changes: Changes) -> None:
        focus = session.actor(session.meta.get("effects_focus")) or self.focus(session)
        gaps = lacking(session, focus) if focus else []
        default: Direction = gaps[0] if gaps else "positive"
        drafts = None
        if tools.generative:
            found = structured_extract(tools, session, text)
            drafts = found.effects if found is not None and found.effects else None
        focus_id = focus.id if focus else None
        for draft in drafts or []:
            draft.actor_id = draft.actor_id or (None if draft.actor_name else focus_id)
        for draft in drafts or extract_effects(text, session.actors, focus_id, default):
            changes.effects.append(self._add(session, draft, changes))
        if focus is not None:
            self._count_try(session, focus)

    def _add(self, session: Session, draft: EffectDraft, changes: Changes) -> Effect:
        actor_id = draft.actor_id
        if draft.actor_name:
            actor = find_actor(draft.actor_name, session.actors)
            if actor is None:
                actor = add_actor(session, draft.actor_name[:1].upper() + draft.actor_name[1:])
                changes.actors.append(actor.name)
            actor_id = actor.id
        effect = Effect(
            id=session.new_id("e"), actor_id=actor_id, direction=draft.direction, text=draft.text
        )
        session.effects.append(effect)
        return effect

    def _count_try(self, session: Session, actor: Actor) -> None:
        tries = dict(session.meta.get("effects_tries", {}))
        tries[actor.id] = tries.get(actor.id, 0) + 1
        session.meta["effects_tries"] = tries
        if tries[actor.id] >= 2:
            self._skip(session, actor)

    def _skip(self, session: Session, actor: Actor) -> list[Direction]:
        gaps = lacking(session, actor)
        skipped = {k: list(v) for k, v in session.meta.get("effects_skipped", {}).items()}
        skipped[actor.id] = sorted({*skipped.get(actor.id, []), *gaps})
        session.meta["effects_skipped"] = skipped
        return gaps

    def on_done(self, tools: Tools, session: Session, changes: Changes) -> bool:
        focus = session.actor(session.meta.get("effects_focus")) or self.focus(session)
        if focus is None:
            return False
        if self._skip(session, focus):
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
        return {
            "complete": self.complete(session),
            "focus": focus.name if focus else "",
            "lacking": lacking(session, focus) if focus else [],
            "counts": counts,
            "no_actors": not session.actors,
            "retry": bool(focus and session.meta.get("effects_tries", {}).get(focus.id)),
        }
