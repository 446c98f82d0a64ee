"""Our structured YAML files as documents: the value catalogue, option patterns and case files.

The catalogue gives one atomic document per value per language, the option patterns one per
option per language, a case file (or a shared session outcome) one document rendered as readable
text. Chunk ids: ``<file id>/<value or option id>/<language>`` and ``<case id>``. The first
everyday lines of a value or option are in its text; all of them are its section's aliases (each
indexed as an extra vector of the entry's chunk).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from assistant.domain.session import Language, Session
from assistant.errors import InputError
from assistant.knowledge.catalogue import (
    CaseFile,
    CorpusMeta,
    OptionPattern,
    OptionPatternsFile,
    ValueCatalogueFile,
    ValueEntry,
)
from assistant.knowledge.documents import Document, MetaValue, Section, normalise_kind
from assistant.language.labels import label

LANGUAGES: tuple[Language, ...] = ("nl", "en")

#: Everyday lines in an entry's chunk text; every line is also an alias of the chunk (a vector of
#: its own). Measured with multilingual-e5-small when a fourth and fifth line per entry were
#: written: in the chunk text too they diluted its vector (a Dutch question on English text,
#: cross-lingual hit@3 0.92 to 0.88), as aliases only they raised the held-out paraphrases
#: (0.92 to 0.96) and changed no other hit@3.
CHUNK_EVERYDAY_LINES = 3

LABELS: dict[str, dict[str, str]] = {
    "nl": {
        "value": "Waarde",
        "synonyms": "Ook genoemd",
        "everyday": "In gewone woorden",
        "effects": "Effecten die hierop wijzen",
        "related": "Verwante waarden",
        "other_name": "Engels",
        "option": "Handelingsoptie",
        "kind": "Soort",
        "design": label("nl", "kind.design"),
        "environment": label("nl", "kind.environment"),
        "human": label("nl", "kind.human"),
        "when": "Wanneer",
        "protects": label("nl", "protects", capital=True),
        "technologies": "Typisch bij",
        "case": label("nl", "step.case"),
        "illustrative": "illustratief voorbeeld",
        "shared": "gedeelde sessie-uitkomst",
        "technology": label("nl", "case.technology"),
        "context": label("nl", "case.context"),
        "users": label("nl", "case.users"),
        "decisions": label("nl", "case.decisions"),
        "stage": label("nl", "case.stage"),
        "actors": label("nl", "step.actors"),
        "effects_title": label("nl", "step.effects"),
        "values": label("nl", "step.values"),
        "options": label("nl", "step.options"),
        "organisation": "Organisatie",
    },
    "en": {
        "value": "Value",
        "synonyms": "Also called",
        "everyday": "In everyday words",
        "effects": "Effects that point to it",
        "related": "Related values",
        "other_name": "Dutch",
        "option": "Handling option",
        "kind": "Kind",
        "design": label("en", "kind.design"),
        "environment": label("en", "kind.environment"),
        "human": label("en", "kind.human"),
        "when": "When",
        "protects": label("en", "protects", capital=True),
        "technologies": "Typical for",
        "case": label("en", "step.case"),
        "illustrative": "illustrative example",
        "shared": "shared session outcome",
        "technology": label("en", "case.technology"),
        "context": label("en", "case.context"),
        "users": label("en", "case.users"),
        "decisions": label("en", "case.decisions"),
        "stage": label("en", "case.stage"),
        "actors": label("en", "step.actors"),
        "effects_title": label("en", "step.effects"),
        "values": label("en", "step.values"),
        "options": label("en", "step.options"),
        "organisation": "Organisation",
    },
}


def structured_documents(data: dict[str, Any], path: str) -> list[Document] | None:
    """Documents for one of our structured files, or ``None`` when ``data`` is not one of them."""
    try:
        if isinstance(data.get("values"), list) and "id" in data:
            return _values(ValueCatalogueFile.model_validate(data), path)
        if isinstance(data.get("options"), list) and "id" in data:
            return _options(OptionPatternsFile.model_validate(data), path)
        if isinstance(data.get("session"), dict) and "id" in data:
            return [_case(CaseFile.model_validate(data), path)]
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()[:3]
        )
        raise InputError(
            f"does not match the corpus schema ({problems})",
            "fix the entry (see assistant/knowledge/catalogue.py for the schema)",
        ) from exc
    return None


def _names(catalogue: ValueCatalogueFile, ids: list[str], language: Language) -> list[str]:
    by_id = {v.id: v for v in catalogue.values}
    return [by_id[i].text(language).name if i in by_id else i for i in ids]


def _everyday_line(sentences: list[str], language: Language) -> str:
    """The first ``CHUNK_EVERYDAY_LINES`` everyday lines of an entry as one line: ``In gewone
    woorden: "..." "..."`` (all of them are the chunk's aliases)."""
    quoted = " ".join(f'"{s}"' for s in sentences[:CHUNK_EVERYDAY_LINES])
    return f"{LABELS[language]['everyday']}: {quoted}"


def _value_text(entry: ValueEntry, catalogue: ValueCatalogueFile, language: Language) -> str:
    labels = LABELS[language]
    text = entry.text(language)
    other = entry.en if language == "nl" else entry.nl
    lines = [
        f"{labels['value']}: {text.name} ({labels['other_name']}: {other.name})",
        text.definition,
    ]
    if text.synonyms:
        lines.append(f"{labels['synonyms']}: {', '.join(text.synonyms)}.")
    if text.effects:
        lines.append(f"{labels['effects']}:\n" + "\n".join(f"- {e}" for e in text.effects))
    if text.everyday:
        lines.append(_everyday_line(text.everyday, language))
    if entry.related:
        related = ", ".join(_names(catalogue, entry.related, language))
        lines.append(f"{labels['related']}: {related}.")
    return "\n".join(lines)


def _entry_document(
    meta_file: CorpusMeta,
    default_kind: str,
    path: str,
    entry_id: str,
    language: Language,
    section: Section,
    meta: dict[str, MetaValue],
) -> Document:
    """One catalogue or pattern entry in one language: an atomic, single-section document."""
    return Document(
        id=f"{meta_file.id}/{entry_id}/{language}",
        title=meta_file.title,
        language=language,
        kind=normalise_kind(meta_file.kind, default_kind),
        source=meta_file.source,
        path=path,
        sections=[section],
        atomic=True,
        meta=meta,
    )


def _values(catalogue: ValueCatalogueFile, path: str) -> list[Document]:
    return [
        _entry_document(
            catalogue, "values", path, entry.id, language,
            Section(
                (entry.text(language).name,),
                _value_text(entry, catalogue, language),
                tuple(entry.text(language).everyday),
            ),
            {"value_id": entry.id, "group": entry.group},
        )
        for entry in catalogue.values
        for language in LANGUAGES
    ]  # fmt: skip


def _option_text(option: OptionPattern, language: Language) -> str:
    labels = LABELS[language]
    text = option.text(language)
    lines = [
        f"{labels['option']}: {text.title}",
        f"{labels['kind']}: {labels[option.kind]}",
        text.text,
    ]
    if text.when:
        lines.append(f"{labels['when']}: {text.when}")
    if text.everyday:
        lines.append(_everyday_line(text.everyday, language))
    if option.values:
        lines.append(f"{labels['protects']}: {', '.join(option.values)}.")
    if option.technologies:
        lines.append(f"{labels['technologies']}: {', '.join(option.technologies)}.")
    return "\n".join(lines)


def _options(patterns: OptionPatternsFile, path: str) -> list[Document]:
    return [
        _entry_document(
            patterns, "options", path, option.id, language,
            Section(
                (option.text(language).title,),
                _option_text(option, language),
                tuple(option.text(language).everyday),
            ),
            {"option_id": option.id, "option_kind": option.kind, "values": ",".join(option.values)},
        )
        for option in patterns.options
        for language in LANGUAGES
    ]  # fmt: skip


def render_session(session: Session, language: str, heading: str) -> str:
    """A finished session as readable text (no transcript)."""
    labels = LABELS[language]
    case = session.case
    lines = [heading]
    for key in ("technology", "context", "users", "decisions"):
        value = getattr(case, key).strip()
        if value:
            lines.append(f"{labels[key]}: {value}")
    if case.stage != "unknown":
        lines.append(f"{labels['stage']}: {label(language, 'stage.' + case.stage)}")
    if session.actors:
        lines.append(f"{labels['actors']}: {', '.join(a.name for a in session.actors)}.")
    if session.effects:
        lines.append(f"{labels['effects_title']}:")
        for effect in session.effects:
            actor = session.actor(effect.actor_id)
            sign = "+" if effect.direction == "positive" else "-"
            who = f"{actor.name}: " if actor else ""
            lines.append(f"({sign}) {who}{effect.text}")
    if session.values:
        chosen = session.chosen_values() or session.values
        lines.append(f"{labels['values']}: {', '.join(v.name for v in chosen)}.")
    if session.options:
        lines.append(f"{labels['options']}:")
        for option in session.options:
            names = [v.name for i in option.value_ids if (v := session.value(i))]
            protects = f" ({labels['protects']}: {', '.join(names)})" if names else ""
            lines.append(f"- [{labels[option.kind]}] {option.text}{protects}")
    return "\n".join(lines)


def _case(case: CaseFile, path: str) -> Document:
    session = case.session
    language = case.language if case.language in {"nl", "en"} else session.language
    labels = LABELS[language]
    kind = normalise_kind(case.kind, "cases")
    marker = labels["shared"] if kind == "outcome" else labels["illustrative"]
    heading = f"{labels['case']}: {case.title} ({marker})"
    text = render_session(session, language, heading)
    if case.organisation:
        text += f"\n{labels['organisation']}: {case.organisation}"
    if case.tags:
        text += f"\nTags: {', '.join(case.tags)}"
    return Document(
        id=case.id,
        title=case.title,
        language=language,
        kind=kind,
        source=case.source,
        path=path,
        sections=[Section((), text)],
        atomic=True,
        meta={"tags": ",".join(case.tags), "illustrative": case.illustrative},
    )
