"""Steps 0-2: the case, the actors and their effects (gathering what is at stake)."""

from __future__ import annotations

from typing import Any

from assistant.method.extraction import (
    EffectDraft,
    actor_group,
    detect_context,
    detect_stage,
    extract_actors,
    extract_effects,
    find_actor,
)
from assistant.method.models import Actor, Direction, Effect, Session
from assistant.method.plan import Changes, Tools
from assistant.method.structured import structured_extract
from assistant.method.text import truncate

DIRECTIONS: tuple[Direction, ...] = ("positive", "negative")
ACTOR_GROUPS = ("affected", "professionals", "management", "technical", "oversight")
CASE_FIELD_CHARS = 600


class StepHandler:
    """Default behaviour; each step overrides what it needs."""

    def enter(self, tools: Tools, session: Session) -> None:
        """Called when the conversation arrives at this step."""

    def apply(self, tools: Tools, session: Session, text: str, changes: Changes) -> None:
        """Use an answer to this step's question."""

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


class CaseStep(StepHandler):
    def apply(self, tools: Tools, session: Session, text: str, changes: Changes) -> None:
        case = session.case
        asked = session.meta.get("case_ask")
        value = truncate(text.strip(), CASE_FIELD_CHARS)
        if not case.technology:
            changes.case["technology"] = case.technology = value
            context = detect_context(text)
            if context and not case.context:
                changes.case["context"] = case.context = context
        elif asked == "stage":
            case.notes = (case.notes + " " + value).strip()
        elif asked in ("technology", "context", "users", "decisions"):
            setattr(case, asked, value)
            changes.case[asked] = value
        else:
            case.notes = (case.notes + " " + value).strip()
            changes.case["notes"] = value
        stage = detect_stage(text)
        if stage and stage != case.stage:
            case.stage = stage
            changes.case["stage"] = stage

    def on_done(self, tools: Tools, session: Session, changes: Changes) -> bool:
        asked = session.meta.get("case_ask")
        if asked and session.case.technology:
            changes.skipped.append(asked)
            return True
        return False

    def _open(self, session: Session) -> list[str]:
        asked = set(session.meta.get("case_asked", []))
        return [f for f in session.case.missing() if f not in asked or f == "technology"]

    def ready(self, session: Session) -> bool:
        return bool(session.case.technology.strip())

    def complete(self, session: Session) -> bool:
        return self.ready(session) and not self._open(session)

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        open_fields = self._open(session)
        ask = open_fields[0] if open_fields else None
        session.meta["case_ask"] = ask
        if ask:
            session.meta["case_asked"] = sorted({*session.meta.get("case_asked", []), ask})
        return {"complete": ask is None, "ask": ask, "case": session.case}


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
