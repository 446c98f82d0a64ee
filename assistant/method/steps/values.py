"""Step 3: the values behind the effects: proposed, chosen, ranked and defined."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Session, Value
from assistant.method.changes import Tools
from assistant.method.steps.base import StepHandler

MIN_VALUES = 3


class ValuesStep(StepHandler):
    def ready(self, session: Session) -> bool:
        return len(session.chosen_values()) >= 1

    def complete(self, session: Session) -> bool:
        chosen = session.chosen_values()
        enough = min(MIN_VALUES, session.meta.get("max_values", MIN_VALUES))
        return len(chosen) >= enough and all(v.definition.strip() for v in chosen)

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        shown = [(p.number, session.value(p.ref)) for p in session.proposals if p.kind == "value"]
        proposals = [(n, v) for n, v in shown if v is not None and not v.chosen]
        effects = {e.id: e.text for e in session.effects}
        define = session.value(session.meta.get("define_value") or "")
        listed = [
            {"number": n, "name": v.name, "definition": v.definition, "effects": _texts(v, effects)}
            for n, v in proposals
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
