"""The final canvas of a run: what the session holds at the end, with names instead of ids.

It is kept in ``results.json`` so that item-level gold can be scored (and scored again) without
the session database, and so that the report can show it beside the gold.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.domain.session import Session, Step


class CanvasEffect(BaseModel):
    actor: str = Field("", description="Name of the actor it belongs to ('' when none).")
    direction: str
    text: str


class CanvasValue(BaseModel):
    name: str
    key: str = ""
    priority: int | None = Field(None, description="Rank when chosen; None: not chosen.")


class CanvasOption(BaseModel):
    kind: str
    text: str
    values: list[str] = Field(default_factory=list, description="Names of the values it serves.")
    proposed: bool = Field(False, description="Adopted from the assistant's proposals.")


class Canvas(BaseModel):
    step: str
    furthest_step: str = ""
    case: dict[str, str] = Field(default_factory=dict)
    actors: list[str] = Field(default_factory=list)
    effects: list[CanvasEffect] = Field(default_factory=list)
    values: list[CanvasValue] = Field(default_factory=list)
    options: list[CanvasOption] = Field(default_factory=list)


def canvas_of(session: Session, reached: Step | None = None) -> Canvas:
    """The session's canvas; ``reached`` is the furthest step of the conversation."""
    values = {v.id: v.name for v in session.values}
    return Canvas(
        step=session.step.value,
        furthest_step=(reached or session.step).value,
        case={k: str(v) for k, v in session.case.model_dump().items()},
        actors=[a.name for a in session.actors],
        effects=[
            CanvasEffect(
                actor=actor.name if (actor := session.actor(e.actor_id)) else "",
                direction=e.direction,
                text=e.text,
            )
            for e in session.effects
        ],
        values=[
            CanvasValue(name=v.name, key=v.key or "", priority=v.priority) for v in session.values
        ],
        options=[
            CanvasOption(
                kind=o.kind,
                text=o.text,
                values=[values[i] for i in o.value_ids if i in values],
                proposed=o.proposed,
            )
            for o in session.options
        ],
    )
