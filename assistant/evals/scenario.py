"""The scenario format: one YAML file per scripted conversation.

The pydantic models below are the format; ``evals/schema.json`` is generated from them
(``ethics-assistant eval --print-schema``). Loading reports every problem with its file, line and
field, e.g. ``evals/x.yaml:14: turns[2].expect.actors_min: Input should be a valid integer``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from assistant.domain.session import ActorGroup, Case, Direction, Language, OptionKind, Step
from assistant.evals.gold import Gold
from assistant.evals.persona import SimulatedUser

SCENARIO_SUFFIXES = (".yaml", ".yml")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ValuesExpect(_Model):
    any_of: list[str] = Field(
        min_length=1,
        description="Value names or catalogue ids; Dutch and English names and synonyms from the "
        "value catalogue count as the same value.",
    )
    min_hits: int = Field(1, ge=1, description="How many different listed values must be present.")
    chosen_only: bool = Field(False, description="Count only values the user chose (ranked).")


class EffectsMin(_Model):
    total: int = Field(0, ge=0, description="Least number of effects in all.")
    positive: int = Field(0, ge=0, description="Least number of positive effects.")
    negative: int = Field(0, ge=0, description="Least number of negative effects.")


class Expect(_Model):
    """Assertions. In a turn they look at that turn's reply and the session after it; under
    ``final`` they look at the finished session and at every turn of the conversation."""

    step: Step | None = Field(None, description="The step after the turn / at the end.")
    step_reached: Step | None = Field(
        None, description="This step or a later one has been reached."
    )
    values_include_any: ValuesExpect | None = None
    options_kinds: list[OptionKind] | None = Field(
        None, description="Every listed kind has an option, and every option is tied to a value."
    )
    actors_min: int | None = Field(None, ge=0, description="Least number of actors.")
    effects_min: EffectsMin | None = Field(
        None, description="Least number of effects, in all and per direction (an int: in all)."
    )
    cited_subset_of_retrieved: bool | None = Field(
        None, description="Every cited source was retrieved in the same turn."
    )
    retrieval_includes: list[str] | None = Field(
        None, description="Each text occurs in a retrieved chunk id or a cited source or title."
    )
    language: Language | None = Field(None, description="The reply is in this language.")
    contains: list[str] | None = Field(None, description="Each text occurs (case-insensitive).")
    not_contains: list[str] | None = Field(None, description="No text occurs (case-insensitive).")
    regex: list[str] | None = Field(None, description="Each pattern matches (case-insensitive).")
    no_verdict: bool | None = Field(
        None, description="No ethical verdict ('this is unethical', 'ja, dit mag')."
    )
    latency_ms_max: float | None = Field(None, gt=0, description="Slowest allowed turn in ms.")
    judge: str | None = Field(
        None,
        min_length=5,
        description="A plain-language criterion scored by an LLM judge (only with --judge; it "
        "runs after the deterministic checks and must quote its evidence).",
    )

    @field_validator("contains", "not_contains", "regex", "retrieval_includes", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("effects_min", mode="before")
    @classmethod
    def _int_is_total(cls, value: Any) -> Any:
        return {"total": value} if isinstance(value, int) else value

    @field_validator("regex")
    @classmethod
    def _compiles(cls, value: list[str] | None) -> list[str] | None:
        for pattern in value or []:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from exc
        return value

    def is_empty(self) -> bool:
        return all(getattr(self, name) is None for name in type(self).model_fields)


class ActorSeed(_Model):
    name: str = Field(min_length=1)
    group: ActorGroup = "other"


class EffectSeed(_Model):
    actor: str | None = Field(None, description="Name of an actor in this setup.")
    direction: Direction
    text: str = Field(min_length=1)


class ValueSeed(_Model):
    name: str = Field(min_length=1)
    definition: str = ""
    priority: int | None = Field(None, ge=1, description="1 is most important; empty: not chosen.")


class OptionSeed(_Model):
    kind: OptionKind
    text: str = Field(min_length=1)
    values: list[str] = Field(default_factory=list, description="Names of values in this setup.")


class SessionSeed(_Model):
    """Session state filled in before the first turn (names instead of ids)."""

    case: Case | None = None
    actors: list[ActorSeed | str] = Field(default_factory=list)
    effects: list[EffectSeed] = Field(default_factory=list)
    values: list[ValueSeed | str] = Field(default_factory=list)
    options: list[OptionSeed] = Field(default_factory=list)

    def actor_seeds(self) -> list[ActorSeed]:
        return [ActorSeed(name=a) if isinstance(a, str) else a for a in self.actors]

    def value_seeds(self) -> list[ValueSeed]:
        return [ValueSeed(name=v) if isinstance(v, str) else v for v in self.values]

    @model_validator(mode="after")
    def _links_resolve(self) -> SessionSeed:
        actors = {a.name for a in self.actor_seeds()}
        for effect in self.effects:
            if effect.actor is not None and effect.actor not in actors:
                raise ValueError(f"effect names actor {effect.actor!r}, which is not in actors")
        values = {v.name for v in self.value_seeds()}
        for option in self.options:
            missing = [name for name in option.values if name not in values]
            if missing:
                raise ValueError(f"option names values {missing}, which are not in values")
        return self


class Setup(_Model):
    start_step: Step | None = Field(None, description="Jump to this step before the first turn.")
    session: SessionSeed | None = None
    documents: list[str] = Field(
        default_factory=list,
        description="Extra files indexed for this scenario only (paths relative to the scenario).",
    )


class TurnSpec(_Model):
    user: str = Field(description="What the user types (may be empty, to test empty input).")
    expect: Expect | None = None


class Derived(_Model):
    """How a variant was derived from its original scenario (``--variants``)."""

    of: str = Field(description="Id of the original scenario.")
    kind: str = Field(description="The transformation, e.g. 'typos'.")
    seed: int = Field(description="Seed of the transformation (reproducible).")
    changes: list[str] = Field(default_factory=list, description="What was changed, in words.")


class Scenario(_Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_~-]*$", description="Unique id (file-name style).")
    language: Language
    description: str = Field("", description="What the scenario tests and why.")
    style: str = Field(
        "", description="How the user writes (natural conversations; stands for the description)."
    )
    tags: list[str] = Field(default_factory=list, description="Technology, body, adversarial.")
    setup: Setup | None = None
    turns: list[TurnSpec] = Field(default_factory=list)
    simulated_user: SimulatedUser | None = Field(
        None, description="A persona and facts a generative model plays instead of turns."
    )
    final: Expect | None = Field(None, description="Expectations on the finished session.")
    gold: Gold | None = Field(None, description="Item-level gold: where what was said should land.")
    derived: Derived | None = Field(None, description="Set on variants made by --variants.")

    _source: Path | None = PrivateAttr(None)

    @model_validator(mode="after")
    def _complete(self) -> Scenario:
        if not (self.description.strip() or self.style.strip()):
            raise ValueError("give a description (or, for a natural conversation, a style)")
        if bool(self.turns) == bool(self.simulated_user):
            raise ValueError("give either turns (at least one) or simulated_user, not both")
        if self.simulated_user is not None and self.gold is None:
            self.gold = self.simulated_user.gold()
        return self

    @property
    def about(self) -> str:
        return self.description.strip() or self.style.strip()

    @property
    def source(self) -> Path | None:
        return self._source

    def document_paths(self) -> list[Path]:
        base = self._source.parent if self._source else Path.cwd()
        return [(base / doc).resolve() for doc in (self.setup.documents if self.setup else [])]

    def checks_anything(self) -> bool:
        """Whether running it checks something: gold, or a turn's or the final expectations."""
        blocks = [t.expect for t in self.turns] + [self.final]
        return self.gold is not None or any(b is not None and not b.is_empty() for b in blocks)

    def uses_judge(self) -> bool:
        blocks = [t.expect for t in self.turns] + [self.final]
        return any(block is not None and block.judge for block in blocks)


def scenario_json_schema() -> dict[str, Any]:
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "ethics-assistant eval scenario"
    return schema
