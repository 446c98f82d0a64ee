"""The value catalogue and the handling-option patterns (structured YAML in ``corpus/``).

``corpus/values/catalogue.yaml`` and ``corpus/options/patterns.yaml`` each start with the metadata
every corpus file carries (id, title, language, kind, source) and hold a list of entries. Both
languages live in one entry, so suggestions and retrieval work in Dutch and English alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

from assistant.domain.session import Language, OptionKind, Session
from assistant.errors import InputError


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ValueText(_Model):
    name: str
    definition: str = Field(description="Plain-language definition, one or two sentences.")
    synonyms: list[str] = Field(default_factory=list)
    effects: list[str] = Field(
        default_factory=list, description="Typical effects that point to this value."
    )
    everyday: list[str] = Field(
        default_factory=list,
        description="What people say when the value is at stake, in their own words (retrieval).",
    )


class ValueEntry(_Model):
    id: str = Field(description="Stable key, e.g. 'privacy', 'human-dignity'.")
    nl: ValueText
    en: ValueText
    related: list[str] = Field(default_factory=list, description="Ids of related values.")
    group: str = Field("", description="e.g. rathenau, democracy, rule-of-law, capacity.")

    def text(self, language: Language) -> ValueText:
        return self.nl if language == "nl" else self.en

    def names(self) -> set[str]:
        """Every name and synonym in both languages, lower-cased, also as typed without accents
        ("efficientie", "participatie") (for matching)."""
        words = [self.id, self.nl.name, self.en.name, *self.nl.synonyms, *self.en.synonyms]
        names = {w.lower().strip() for w in words if w.strip()}
        return names | {_without_accents(n) for n in names}


def _without_accents(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class OptionText(_Model):
    title: str
    text: str
    when: str = Field("", description="When the pattern fits.")
    everyday: list[str] = Field(
        default_factory=list,
        description="What people say when they want this option, in their own words (retrieval).",
    )


class OptionPattern(_Model):
    id: str
    kind: OptionKind
    values: list[str] = Field(description="Value ids this option serves.")
    technologies: list[str] = Field(default_factory=list, description="Where it is typical.")
    settings: list[str] = Field(
        default_factory=list,
        description="The only settings it fits (e.g. care, farming); empty: any setting.",
    )
    nl: OptionText
    en: OptionText

    def text(self, language: Language) -> OptionText:
        return self.nl if language == "nl" else self.en


class CorpusMeta(_Model):
    id: str
    title: str
    language: Literal["nl", "en", "multi"]
    kind: str
    source: str


class ValueCatalogueFile(CorpusMeta):
    values: list[ValueEntry]


class OptionPatternsFile(CorpusMeta):
    options: list[OptionPattern]


class CaseFile(CorpusMeta):
    """An illustrative past session outcome: metadata plus a finished session (no transcript)."""

    illustrative: bool = True
    tags: list[str] = Field(default_factory=list, description="Technology and domain tags.")
    organisation: str = Field("", description="Kind of public body, e.g. municipality.")
    session: Session


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is 10x faster


def _load_yaml(path: Path) -> dict[str, object]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"Cannot read {path}: {exc}", "check the file is valid YAML") from exc
    if not isinstance(data, dict):
        raise InputError(f"{path} does not hold a YAML mapping", "check the file's structure")
    return data


@dataclass(frozen=True)
class ValueExample:
    """An effect from a past session and the values (catalogue ids) it was tied to there."""

    text: str
    values: tuple[str, ...]


class Catalogue:
    """Values and option patterns, loaded once from the corpus folder; the past cases' effects
    with their values."""

    def __init__(self, corpus_dir: Path) -> None:
        self.corpus_dir = corpus_dir

    @cached_property
    def values(self) -> list[ValueEntry]:
        path = self.corpus_dir / "values" / "catalogue.yaml"
        return ValueCatalogueFile.model_validate(_load_yaml(path)).values

    @cached_property
    def options(self) -> list[OptionPattern]:
        path = self.corpus_dir / "options" / "patterns.yaml"
        return OptionPatternsFile.model_validate(_load_yaml(path)).options

    def prepare(self) -> None:
        """Read both files and build the name pattern now (``serve`` does, before the first
        user), not in the first turns that need them (about 50 ms on 2 cores)."""
        self.values  # noqa: B018
        self.options  # noqa: B018
        self._name_matcher  # noqa: B018

    def value(self, key: str) -> ValueEntry | None:
        return next((v for v in self.values if v.id == key), None)

    @cached_property
    def value_examples(self) -> list[ValueExample]:
        """Every effect of the shipped past cases (``corpus/cases/``) with the catalogue values
        its session tied to it: "Inwoners krijgen 's avonds direct antwoord" -> responsiveness.
        An unreadable case file is skipped (the index reports it by name)."""
        examples: list[ValueExample] = []
        for path in sorted((self.corpus_dir / "cases").glob("*.yaml")):
            try:
                session = CaseFile.model_validate(_load_yaml(path)).session
            except (InputError, ValueError):
                continue
            keys: dict[str, list[str]] = {}
            for value in (v for v in session.values if v.key):
                for effect_id in value.effect_ids:
                    keys.setdefault(effect_id, []).append(str(value.key))
            examples += [
                ValueExample(effect.text, tuple(keys[effect.id]))
                for effect in session.effects
                if effect.id in keys
            ]
        return examples

    @cached_property
    def _name_matcher(self) -> tuple[re.Pattern[str] | None, dict[str, ValueEntry]]:
        """One pattern for every value name of 3+ letters, longest first (so at any position the
        longest name matches), and the entry each name belongs to (the first in the catalogue)."""
        owners: dict[str, ValueEntry] = {}
        for entry in self.values:
            for name in sorted(entry.names()):
                if len(name) >= 3:
                    owners.setdefault(name, entry)
        if not owners:
            return None, owners
        names = "|".join(re.escape(n) for n in sorted(owners, key=lambda n: (-len(n), n)))
        return re.compile(rf"(?<![\w])(?:{names})(?![\w])"), owners

    def mentions(self, text: str) -> list[tuple[int, ValueEntry]]:
        """Values named in ``text`` (ids, names and synonyms in both languages), each once, in the
        order they appear with their position. Names do not overlap and the longest wins:
        "vrijheid van meningsuiting" is not also "vrijheid"."""
        found: list[tuple[int, ValueEntry]] = []
        for start, _end, entry in self.mention_spans(text):
            if all(entry is not e for _pos, e in found):
                found.append((start, entry))
        return found

    def mention_spans(self, text: str) -> list[tuple[int, int, ValueEntry]]:
        """Every value name in ``text`` with where it starts and ends (repeats included)."""
        pattern, owners = self._name_matcher
        if pattern is None:
            return []
        return [(m.start(), m.end(), owners[m.group(0)]) for m in pattern.finditer(text.lower())]

    def find_value(self, name: str) -> ValueEntry | None:
        """The entry whose id, name or synonym (either language) equals ``name``."""
        wanted = name.lower().strip()
        return next((v for v in self.values if wanted in v.names()), None)
