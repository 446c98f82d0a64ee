"""Step 3: the values behind the effects: proposed, chosen, ranked and defined."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Session, Value
from assistant.knowledge.catalogue import ValueEntry
from assistant.language.textparts import similar_text
from assistant.method.changes import Changes, Tools
from assistant.method.editing.canvas import normalise_priorities
from assistant.method.reading.extraction import ValueChoice, match_values
from assistant.method.reading.model_extraction import model_value_names
from assistant.method.steps.base import StepHandler
from assistant.method.suggestions import LINK_THRESHOLD

MIN_VALUES = 3
PROPOSALS = 6


def value_from_entry(session: Session, entry: ValueEntry, effect_ids: list[str]) -> Value:
    text = entry.text(session.language)
    return Value(
        id=session.new_id("v"),
        name=text.name,
        key=entry.id,
        definition=text.definition,
        effect_ids=effect_ids,
    )


class ValuesStep(StepHandler):
    def enter(self, tools: Tools, session: Session) -> None:
        """Propose values from the effects (embedding similarity; plus the model's names)."""
        signature = sorted(e.id + e.text for e in session.effects)
        if session.meta.get("values_proposed_for") == signature:
            return
        session.meta["values_proposed_for"] = signature
        effects = session.effects
        session.meta["max_values"] = tools.max_values
        limit = min(max(tools.max_values, PROPOSALS), len(tools.catalogue.values))
        found = tools.suggester.suggest([e.text for e in effects], limit)
        ranked = [(s.entry, [effects[i].id for i in s.text_indices]) for s in found]
        if tools.generative:
            for key in reversed(model_value_names(tools, session)):
                entry = tools.catalogue.value(key)
                if entry is not None and all(e.id != key for e, _ids in ranked):
                    ranked.insert(0, (entry, self._links(tools, session, entry)))
        for entry, effect_ids in ranked[:limit]:
            if all(v.key != entry.id for v in session.values):
                session.values.append(value_from_entry(session, entry, effect_ids))

    def _links(self, tools: Tools, session: Session, entry: ValueEntry) -> list[str]:
        if not session.effects:
            return []
        index = tools.catalogue.values.index(entry)
        sims = tools.suggester.similarity([e.text for e in session.effects])[:, index]
        best = max(range(len(sims)), key=lambda i: sims[i])
        linked = [e.id for e, s in zip(session.effects, sims, strict=True) if s >= LINK_THRESHOLD]
        return linked or [session.effects[best].id]

    def proposals(self, session: Session) -> list[Value]:
        return [v for v in session.values if not v.chosen]

    def apply(self, tools: Tools, session: Session, text: str, changes: Changes) -> None:
        pending = session.value(session.meta.get("define_value") or "")
        choices = match_values(text, tools.catalogue)
        if pending is not None and not any(c.entry or c.number for c in choices):
            pending.definition = text.strip()[:400]
            changes.definitions.append(pending.name)
            session.meta["define_value"] = None
            return
        picked = [v for v in (self._resolve(tools, session, c) for c in choices) if v is not None]
        chosen = session.chosen_values()
        if len(picked) >= 2 and all(v.chosen for v in picked):
            order = picked + [v for v in chosen if v not in picked]
            for rank, value in enumerate(order, start=1):
                value.priority = rank
            changes.values.extend(v.name for v in order)
            return
        for value in picked:
            if value.chosen:
                continue
            if len(session.chosen_values()) >= tools.max_values:
                changes.notice("cap", max=tools.max_values)
                break
            value.priority = len(session.chosen_values()) + 1
            changes.values.append(value.name)
        normalise_priorities(session)
        self._ask_definitions(session)

    def _resolve(self, tools: Tools, session: Session, choice: ValueChoice) -> Value | None:
        order = session.meta.get("value_order", [])
        if choice.number:
            if 1 <= choice.number <= len(order):
                return session.value(order[choice.number - 1])
            return None
        if choice.entry is not None:
            existing = next((v for v in session.values if v.key == choice.entry.id), None)
            if existing is None:
                existing = value_from_entry(
                    session, choice.entry, self._links(tools, session, choice.entry)
                )
                session.values.append(existing)
            return existing
        existing = next((v for v in session.values if similar_text(v.name, choice.name)), None)
        if existing is None:
            existing = Value(id=session.new_id("v"), name=choice.name)
            session.values.append(existing)
        return existing

    def _ask_definitions(self, session: Session) -> None:
        undefined = next((v for v in session.chosen_values() if not v.definition.strip()), None)
        session.meta["define_value"] = undefined.id if undefined else None

    def ready(self, session: Session) -> bool:
        return len(session.chosen_values()) >= 1

    def complete(self, session: Session) -> bool:
        chosen = session.chosen_values()
        enough = min(MIN_VALUES, session.meta.get("max_values", MIN_VALUES))
        return len(chosen) >= enough and all(v.definition.strip() for v in chosen)

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        proposals = self.proposals(session)
        session.meta["value_order"] = [v.id for v in proposals]
        effects = {e.id: e.text for e in session.effects}
        define = session.value(session.meta.get("define_value") or "")
        listed = [
            {"name": v.name, "definition": v.definition, "effects": _texts(v, effects)}
            for v in proposals
        ]
        chosen = [{"name": v.name, "definition": v.definition} for v in session.chosen_values()]
        return {
            "complete": self.complete(session),
            "proposals": listed,
            "chosen": chosen,
            "max_values": tools.max_values,
            "full": len(session.chosen_values()) >= tools.max_values,
            "define": define.name if define else "",
        }


def _texts(value: Value, effects: dict[str, str]) -> list[str]:
    return [effects[i] for i in value.effect_ids if i in effects][:2]
