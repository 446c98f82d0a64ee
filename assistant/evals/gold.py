"""Item-level gold: where what the user said should land in the session.

The format of the natural conversations (``evals/conversations/``, ``../shared/conversations``):
a scenario file may carry a ``gold`` block next to (or instead of) its turn assertions. Gold is
scored as figures (precision and recall per kind of item, see :mod:`assistant.evals.scoring`); two
parts of it are also conditions of the run: ``end`` (the step reached) and ``values_any`` with
``min_hits`` (enough of the named values among the session's values).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.domain.session import Direction, OptionKind, Stage, Step


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", coerce_numbers_to_str=True)  # "112" as a gold word


class CaseGold(_Model):
    technology_contains: list[str] = Field(
        default_factory=list,
        description="Words the case's technology (or notes) should hold.",
    )
    context_contains: list[str] = Field(
        default_factory=list, description="Words the case's context should hold (not scored)."
    )
    stage: Stage | None = Field(None, description="The stage, when the user said it.")


class EffectGold(_Model):
    direction: Direction
    contains: str = Field(min_length=1, description="A word of this effect and of no other.")
    actor: str | None = Field(None, description="The actor it belongs to, when the user said so.")


class OptionGold(_Model):
    kind: list[OptionKind] = Field(
        min_length=1, description="The option's kind (a list where more than one is defensible)."
    )
    contains: str = Field(min_length=1, description="A distinctive word of the option.")

    @field_validator("kind", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class Gold(_Model):
    """Matching is lower case with accents stripped; ``contains`` is a substring of the recorded
    text; a recorded actor matches a gold actor when either name contains the other."""

    case: CaseGold = Field(default_factory=CaseGold)
    actors: list[str] = Field(default_factory=list, description="Actors the session should hold.")
    not_actors: list[str] = Field(
        default_factory=list, description="Texts that must not become actors."
    )
    effects: list[EffectGold] = Field(default_factory=list)
    not_effects: list[str] = Field(
        default_factory=list, description="Texts that must not become effects."
    )
    values_any: list[str] = Field(
        default_factory=list, description="Values (Dutch or English name) the session should hold."
    )
    min_hits: int = Field(1, ge=1, description="How many of values_any must be present.")
    options: list[OptionGold] = Field(default_factory=list)
    end: Step | None = Field(
        None,
        description="The step reached at the end; 'options' means options of all three kinds, "
        "each kind tied to a value.",
    )

    def terms(self) -> list[str]:
        """Every text the gold looks for, wanted or not (variants keep these intact)."""
        words = [*self.case.technology_contains, *self.case.context_contains, *self.actors]
        words += [e.contains for e in self.effects] + [e.actor or "" for e in self.effects]
        words += [*self.values_any, *(o.contains for o in self.options)]
        return [w for w in [*words, *self.not_actors, *self.not_effects] if w]
