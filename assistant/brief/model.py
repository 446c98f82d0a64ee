"""The brief's content: everything the renderers need, already in the brief's language."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from assistant.domain.session import Language


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceRef(_Model):
    """A cited passage; built only from a retrieval hit, never from generated text."""

    id: str = Field(description="Chunk id in the knowledge index.")
    title: str
    section: str = ""
    source: str = ""
    kind: str = ""
    snippet: str = ""


class Fact(_Model):
    label: str
    text: str


class ActorGroupBlock(_Model):
    key: str
    label: str
    named: list[str] = Field(default_factory=list, description="Actors named in the session.")
    suggestions: list[str] = Field(default_factory=list)

    @property
    def missing(self) -> bool:
        return not self.named


class EffectLine(_Model):
    actor: str = ""
    text: str


class Hypothesis(_Model):
    label: str = Field(description="Where it comes from: a concern, a value's typical effect.")
    text: str


class ValueBlock(_Model):
    name: str
    definition: str
    why: str
    key: str | None = None


class OptionBlock(_Model):
    kind: str
    label: str
    existing: list[str] = Field(default_factory=list)
    prompts: list[str] = Field(default_factory=list)
    ideas: list[str] = Field(default_factory=list)


class AgendaRow(_Model):
    time: str
    minutes: int
    title: str
    purpose: str


class Agenda(_Model):
    key: str
    label: str
    planned: bool = False
    total_minutes: int
    rows: list[AgendaRow]


class StepQuestions(_Model):
    step: str
    label: str
    moderator: list[str]
    co_moderator: list[str]


class Brief(_Model):
    language: Language
    headings: dict[str, str]
    labels: dict[str, str]
    title: str
    origin: str = Field(description="'session <id>' or 'intake'.")
    generated: str
    meta: list[Fact] = Field(default_factory=list)
    case_summary: str
    case_facts: list[Fact] = Field(default_factory=list)
    open_questions: list[str] = Field(default_factory=list)
    actor_groups: list[ActorGroupBlock] = Field(default_factory=list)
    positive: list[EffectLine] = Field(default_factory=list)
    negative: list[EffectLine] = Field(default_factory=list)
    hypotheses: list[Hypothesis] = Field(default_factory=list)
    values: list[ValueBlock] = Field(default_factory=list)
    max_values: int = 6
    options: list[OptionBlock] = Field(default_factory=list)
    agendas: list[Agenda] = Field(default_factory=list)
    questions: list[StepQuestions] = Field(default_factory=list)
    cases: list[SourceRef] = Field(default_factory=list)
    guidance: list[SourceRef] = Field(default_factory=list)
    picture_png: bytes = Field(b"", repr=False, exclude=True)
    notices: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list,
        description="What was left out of the input (e.g. unknown intake keys); shown on the "
        "terminal, not written into the brief.",
    )

    @property
    def made_from(self) -> str:
        """'Made from an intake' / 'Made from session <id>' in the brief's language."""
        if self.origin == "intake":
            return self.labels["source_intake"]
        return f"{self.labels['source_session']} {self.origin.split(' ')[-1]}".strip()

    @property
    def missing_groups(self) -> list[ActorGroupBlock]:
        return [g for g in self.actor_groups if g.missing]

    def citations(self) -> list[SourceRef]:
        return [*self.cases, *self.guidance]
