"""The session model: structured state of one guidance-ethics conversation.

Its JSON form is a versioned schema (``SCHEMA_VERSION``; ``ethics-assistant sessions schema``
prints the JSON Schema). Items carry short readable ids (``a1``, ``e3``, ``v2``, ``o1``) so that
effects can point at actors, values at effects and options at values, and edits keep those links.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 2

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
Direction = Literal["positive", "negative"]
OptionKind = Literal["design", "environment", "human"]
Stage = Literal["idea", "pilot", "in_use", "unknown"]
ActorGroup = Literal[
    "users", "affected", "professionals", "management", "technical", "oversight", "other"
]
OPTION_KINDS: tuple[OptionKind, ...] = ("design", "environment", "human")


class Step(StrEnum):
    CASE = "case"
    ACTORS = "actors"
    EFFECTS = "effects"
    VALUES = "values"
    OPTIONS = "options"
    SUMMARY = "summary"

    @property
    def position(self) -> int:
        return list(Step).index(self)

    def next(self) -> Step:
        steps = list(Step)
        return steps[min(self.position + 1, len(steps) - 1)]

    def previous(self) -> Step:
        steps = list(Step)
        return steps[max(self.position - 1, 0)]


def now() -> datetime:
    return datetime.now(UTC)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Case(_Model):
    technology: str = Field("", description="What the technology is and what it does.")
    context: str = Field("", description="Where it is used, by which organisation.")
    users: str = Field("", description="Who uses it.")
    decisions: str = Field("", description="Which decisions are taken with it.")
    stage: Stage = Field("unknown", description="idea, pilot, in_use or unknown.")
    notes: str = Field("", description="Anything else the user said about the case.")

    def missing(self) -> list[str]:
        """Fields of a precise case description that are still empty."""
        fields = ("technology", "context", "users", "decisions")
        gaps = [name for name in fields if not getattr(self, name).strip()]
        if self.stage == "unknown":
            gaps.append("stage")
        return gaps


class Actor(_Model):
    id: str
    name: str
    group: ActorGroup = "other"


class Effect(_Model):
    id: str
    actor_id: str | None = Field(None, description="The actor this effect is for.")
    direction: Direction
    text: str


class Value(_Model):
    id: str
    name: str
    key: str | None = Field(None, description="Id in the value catalogue, when it is one.")
    definition: str = ""
    effect_ids: list[str] = Field(default_factory=list)
    priority: int | None = Field(None, description="1 is most important; None: not chosen.")

    @property
    def chosen(self) -> bool:
        return self.priority is not None


class HandlingOption(_Model):
    # In JSON the value ids are ``values`` (the shared session format); in code ``value_ids``.
    model_config = ConfigDict(
        extra="forbid", validate_assignment=True, validate_by_name=True, serialize_by_alias=True
    )

    id: str
    kind: OptionKind
    text: str
    value_ids: list[str] = Field(
        default_factory=list, alias="values", description="Ids of the values this option protects."
    )
    proposed: bool = Field(
        False, description="Adopted from the assistant's numbered proposals, not the user's words."
    )


class Proposal(_Model):
    """One numbered proposal on the table: a value (``ref`` is its id in ``Session.values``), a
    handling-option pattern (``ref`` is the pattern id) or a typical effect offered to someone
    who cannot think of one (``ref`` is the value it comes from), adopted when the user agrees."""

    number: int
    kind: Literal["value", "option", "effect"]
    ref: str
    text: str
    option_kind: OptionKind | None = None
    value_keys: list[str] = Field(default_factory=list, description="Values an option serves.")


class Citation(_Model):
    id: str = Field(description="Chunk id in the knowledge index.")
    title: str = ""
    section: str = ""
    source: str = ""
    snippet: str = ""


class TurnTrace(_Model):
    """Structured record of one turn, for the UI and the evals."""

    step: Step = Field(description="Step when the user spoke.")
    step_after: Step = Field(description="Step after the turn.")
    language: Language
    backend: str = ""
    intent: str = Field("", description="What the conductor understood: answer, next, back, ...")
    values: list[str] = Field(default_factory=list, description="Value names after the turn.")
    options: dict[str, int] = Field(default_factory=dict, description="Options per kind.")
    retrieved_ids: list[str] = Field(default_factory=list)
    cited_ids: list[str] = Field(default_factory=list)
    latency_ms: float = 0.0
    notices: list[str] = Field(default_factory=list, description="Truncation, fallbacks, errors.")


class Turn(_Model):
    role: Literal["user", "assistant"]
    text: str
    step: Step
    citations: list[Citation] = Field(default_factory=list)
    trace: TurnTrace | None = None
    at: datetime = Field(default_factory=now)


class Session(_Model):
    schema_version: int = SCHEMA_VERSION
    id: str = Field(default_factory=lambda: uuid.uuid4().hex[:12])
    title: str = ""
    language: Language = "nl"
    step: Step = Step.CASE
    case: Case = Field(default_factory=Case)
    actors: list[Actor] = Field(default_factory=list)
    effects: list[Effect] = Field(default_factory=list)
    values: list[Value] = Field(default_factory=list)
    options: list[HandlingOption] = Field(default_factory=list)
    proposals: list[Proposal] = Field(
        default_factory=list, description="The numbered proposals the assistant last made."
    )
    transcript: list[Turn] = Field(default_factory=list)
    owner: str | None = Field(None, description="Login name of the owner, when login is on.")
    shared: bool = Field(False, description="Outcome shared to the past-outcomes index.")
    meta: dict[str, Any] = Field(default_factory=dict, description="Conductor bookkeeping.")
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now)

    def written_in(self) -> bool:
        """Whether the user wrote anything yet (a session nobody wrote in may start over)."""
        return any(turn.role == "user" for turn in self.transcript)

    def new_id(self, prefix: str) -> str:
        """Next free id with ``prefix`` (a, e, v, o)."""
        pools: dict[str, list[Actor] | list[Effect] | list[Value] | list[HandlingOption]]
        pools = {"a": self.actors, "e": self.effects, "v": self.values, "o": self.options}
        used = {item.id for item in pools[prefix]}
        n = len(used) + 1
        while f"{prefix}{n}" in used:
            n += 1
        return f"{prefix}{n}"

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def value(self, value_id: str) -> Value | None:
        return next((v for v in self.values if v.id == value_id), None)

    def chosen_values(self) -> list[Value]:
        return sorted((v for v in self.values if v.chosen), key=lambda v: v.priority or 0)


def session_json_schema() -> dict[str, Any]:
    return Session.model_json_schema()
