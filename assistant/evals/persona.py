"""A simulated user: a persona and the facts it knows, instead of written turns.

A generative model plays the user from them (:mod:`assistant.evals.simulator`), within a turn
limit; the scenario's gold comes from the facts, so the conversation nobody wrote down is scored
on what the persona knew.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from assistant.domain.session import Direction, OptionKind, Stage, Step
from assistant.evals.gold import CaseGold, EffectGold, Gold, OptionGold


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def key_word(text: str) -> str:
    """The longest word of ``text`` (the first of equal length): the default gold word."""
    words = re.findall(r"[^\W\d_][\w'-]*", text)
    return max(words, key=len) if words else text


class EffectFact(_Model):
    actor: str | None = Field(None, description="The actor it is for (one of facts.actors).")
    direction: Direction
    text: str = Field(min_length=1)
    contains: str | None = Field(
        None, description="The word gold looks for (default: the longest word of text)."
    )


class OptionFact(_Model):
    kind: OptionKind
    text: str = Field(min_length=1)
    contains: str | None = Field(
        None, description="The word gold looks for (default: the longest word of text)."
    )


class Facts(_Model):
    case: str = Field(min_length=1, description="What the user can tell about the case.")
    case_words: list[str] = Field(
        default_factory=list, description="Words the recorded technology should hold."
    )
    stage: Stage | None = None
    actors: list[str] = Field(default_factory=list)
    effects: list[EffectFact] = Field(default_factory=list)
    values: list[str] = Field(default_factory=list, description="The values the user prefers.")
    options: list[OptionFact] = Field(default_factory=list)


class SimulatedUser(_Model):
    persona: str = Field(min_length=5, description="Who the user is and how they write.")
    facts: Facts
    max_turns: int = Field(16, ge=1, le=60, description="Most messages the user sends.")

    def gold(self) -> Gold:
        facts = self.facts
        return Gold(
            case=CaseGold(technology_contains=facts.case_words, stage=facts.stage),
            actors=list(facts.actors),
            effects=[
                EffectGold(
                    direction=e.direction, contains=e.contains or key_word(e.text), actor=e.actor
                )
                for e in facts.effects
            ],
            values_any=list(facts.values),
            min_hits=max(1, len(facts.values)),
            options=[
                OptionGold(kind=[o.kind], contains=o.contains or key_word(o.text))
                for o in facts.options
            ],
            end=Step.OPTIONS if facts.options else None,
        )
