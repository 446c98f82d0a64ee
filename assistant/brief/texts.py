"""The brief's user-visible texts, per language, from ``prompts/brief/<lang>/content.yaml``.

Both files share one schema (checked on load), so every string exists in Dutch and English. The
names of the method's concepts (steps, case fields, stages, actor groups, option kinds) come from
``assistant/language/labels.py``, like everywhere else.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from assistant.domain.session import Language
from assistant.errors import InputError
from assistant.paths import resource_dir

BRIEF_PROMPTS = resource_dir("prompts") / "brief"
GROUP_KEYS = ("users", "affected", "professionals", "management", "technical", "oversight")
LENGTHS = ("half-day", "90-minutes")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GroupText(_Model):
    suggestions: list[str] = Field(default_factory=list)


class ActorHint(_Model):
    match: list[str] = Field(description="Words (either language) that make the hint apply.")
    tags: list[str] = Field(
        default_factory=list, description="Technology tags of option patterns and case files."
    )
    groups: dict[str, list[str]]


class OptionPromptText(_Model):
    prompts: list[str]


class AgendaItemText(_Model):
    minutes: int = Field(gt=0)
    title: str
    purpose: str


class AgendaText(_Model):
    label: str
    items: list[AgendaItemText]


class StepQuestionsText(_Model):
    moderator: list[str]
    co_moderator: list[str]


class EffectsText(_Model):
    baseline_values: list[str] = Field(
        description="Catalogue ids suggested when nothing else fits."
    )


class BriefTexts(_Model):
    version: int
    headings: dict[str, str]
    labels: dict[str, str]
    lengths: dict[str, str]
    summary: dict[str, str]
    open_questions: dict[str, str]
    groups: dict[str, GroupText]
    actor_hints: list[ActorHint]
    effects: EffectsText
    option_prompts: dict[str, OptionPromptText]
    agendas: dict[str, AgendaText]
    questions: dict[str, StepQuestionsText]


@lru_cache(maxsize=4)
def _load(path: Path) -> BriefTexts:
    import yaml
    from pydantic import ValidationError

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return BriefTexts.model_validate(data)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise InputError(
            f"The brief texts in {path} cannot be loaded: {exc}",
            "restore prompts/brief/ from the project repository",
        ) from exc


def brief_texts(language: Language) -> BriefTexts:
    """The validated texts for ``language`` (cached per file)."""
    return _load(BRIEF_PROMPTS / language / "content.yaml")
