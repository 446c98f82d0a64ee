"""Suggestions for the brief: actor groups, candidate values, option ideas and effect hypotheses.

Everything comes from the session, the catalogue, the brief's own texts (keyword hints) and
retrieval hits; nothing is generated.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from assistant.brief.model import ActorGroupBlock, Hypothesis, OptionBlock, ValueBlock
from assistant.brief.sources import HitLike, mentions, words
from assistant.brief.texts import GROUP_KEYS, ActorHint, BriefTexts
from assistant.domain.session import OPTION_KINDS, Language, Session
from assistant.knowledge.catalogue import CaseFile, Catalogue, OptionPattern, ValueEntry
from assistant.language.labels import label

MAX_SUGGESTIONS = 5
MAX_CANDIDATES = 8
MAX_IDEAS = 3
#: Words too common in case texts to tie a typical effect to this case.
GENERIC = {
    "inwoners", "residents", "mensen", "people", "medewerkers", "staff", "gemeente",
    "municipality", "worden", "wordt", "door", "voor", "with", "that", "they", "their",
    "hun", "zijn", "niet", "from", "have", "heeft", "hebben", "this", "deze", "die", "over",
}  # fmt: skip


def _similar(a: str, b: str) -> bool:
    """Same text, or nearly the same content words (e.g. two wordings of one supervisor)."""
    wa, wb = words(a), words(b)
    if a.lower() == b.lower():
        return True
    return bool(wa and wb) and len(wa & wb) >= 0.75 * min(len(wa), len(wb))


def _add(target: list[str], items: Sequence[str], taken: list[str]) -> None:
    for item in items:
        if not any(_similar(item, other) for other in taken):
            taken.append(item)
            target.append(item)


def matched_hints(texts: BriefTexts, about: str) -> list[ActorHint]:
    return [h for h in texts.actor_hints if any(mentions(about, word) for word in h.match)]


def technology_tags(texts: BriefTexts, about: str) -> set[str]:
    """Technology tags (as used by option patterns and case files) the text points to."""
    return {tag for hint in matched_hints(texts, about) for tag in hint.tags}


def actor_groups(
    session: Session, texts: BriefTexts, about: str, cases: Sequence[CaseFile]
) -> list[ActorGroupBlock]:
    """The six invitation groups (plus 'other' when used), named actors first, then suggestions.
    A suggestion that names an actor already named, in whatever group, is left out."""
    keys = list(GROUP_KEYS) + (["other"] if any(a.group == "other" for a in session.actors) else [])
    everyone = [a.name for a in session.actors]
    blocks = []
    for key in keys:
        named = [a.name for a in session.actors if a.group == key]
        taken = list(everyone)
        suggestions: list[str] = []
        for hint in matched_hints(texts, about):
            _add(suggestions, hint.groups.get(key, []), taken)
        for case in cases:
            theirs = [a.name for a in case.session.actors if a.group == key]
            _add(suggestions, _not_of_their_own_case(theirs, case, about), taken)
        _add(suggestions, texts.groups[key].suggestions, taken)
        limit = MAX_SUGGESTIONS if not named else 3
        blocks.append(
            ActorGroupBlock(
                key=key,
                label=label(session.language, f"group.{key}", capital=True),
                named=named,
                suggestions=suggestions[:limit],
            )
        )
    return blocks


def _not_of_their_own_case(names: list[str], case: CaseFile, about: str) -> list[str]:
    """The actors of a related case that fit this one: not those named by a word of that case's
    own technology or place that this case does not use ("Fire prevention officers" beside a
    prison's risk model, "Data team of the safety region" beside a ministry)."""
    told = case.session.case
    own = words(f"{told.technology} {told.context} {case.title}") - words(about)
    return [name for name in names if not words(name) & own]


def _entry_for_hit(catalogue: Catalogue, hit: HitLike) -> ValueEntry | None:
    for name in (hit.title, hit.section):
        entry = catalogue.find_value(name or "")
        if entry:
            return entry
    for part in re.split(r"[/#:|.,\s]+", hit.id):
        entry = catalogue.value(part)
        if entry:
            return entry
    return None


def _session_values(session: Session, catalogue: Catalogue, texts: BriefTexts) -> list[ValueBlock]:
    lang = session.language
    ordered = session.chosen_values() + [v for v in session.values if not v.chosen]
    blocks = []
    for value in ordered:
        entry = (catalogue.value(value.key) if value.key else None) or catalogue.find_value(
            value.name
        )
        definition = value.definition or (entry.text(lang).definition if entry else "")
        why = texts.labels["from_session"]
        if value.chosen:
            why = texts.labels["chosen"].format(priority=value.priority)
        blocks.append(
            ValueBlock(name=value.name, definition=definition, why=why, key=entry and entry.id)
        )
    return blocks


def concern_values(catalogue: Catalogue, concern: str) -> list[ValueEntry]:
    return [e for e in catalogue.values if any(mentions(concern, n) for n in e.names())]


def candidate_values(
    session: Session,
    catalogue: Catalogue,
    texts: BriefTexts,
    concerns: Sequence[str],
    value_hits: Sequence[HitLike],
) -> list[ValueBlock]:
    """The session's values; else suggestions from concerns, retrieval, technology, baseline."""
    if session.values:
        return _session_values(session, catalogue, texts)
    labels = texts.labels
    picked: dict[str, str] = {}
    for concern in concerns:
        for entry in concern_values(catalogue, concern):
            picked.setdefault(entry.id, labels["from_concern"].format(concern=concern))
    tags = technology_tags(texts, f"{session.case.technology} {session.case.context}")
    counts = Counter(key for p in typical_patterns(catalogue, tags) for key in p.values)
    for key, _ in counts.most_common(4):
        picked.setdefault(key, labels["from_technology"])
    for hit in value_hits[:3]:
        found = _entry_for_hit(catalogue, hit)
        if found:
            picked.setdefault(found.id, labels["from_retrieval"])
    for key in texts.effects.baseline_values:
        if len(picked) >= MAX_CANDIDATES:
            break
        picked.setdefault(key, labels["from_baseline"])
    blocks = []
    for key, why in list(picked.items())[:MAX_CANDIDATES]:
        found = catalogue.value(key)
        if found:
            text = found.text(session.language)
            blocks.append(ValueBlock(name=text.name, definition=text.definition, why=why, key=key))
    return blocks


def typical_patterns(catalogue: Catalogue, tags: set[str]) -> list[OptionPattern]:
    return [p for p in catalogue.options if tags & set(p.technologies)]


def option_blocks(
    session: Session, catalogue: Catalogue, texts: BriefTexts, value_keys: Sequence[str]
) -> list[OptionBlock]:
    """Per kind: options already named, opening questions, and catalogue patterns as ideas."""
    lang: Language = session.language
    tags = technology_tags(texts, f"{session.case.technology} {session.case.context}")
    typical = {p.id for p in typical_patterns(catalogue, tags)}
    blocks = []
    for kind in OPTION_KINDS:
        patterns = [p for p in catalogue.options if p.kind == kind]
        patterns.sort(key=lambda p: (p.id not in typical, not set(p.values) & set(value_keys)))
        fitting = [p for p in patterns if p.id in typical or set(p.values) & set(value_keys)]
        existing = []
        for option in (o for o in session.options if o.kind == kind):
            names = [v.name for v in map(session.value, option.value_ids) if v]
            suffix = f" ({label(lang, 'protects')}: {', '.join(names)})" if names else ""
            existing.append(option.text + suffix)
        blocks.append(
            OptionBlock(
                kind=kind,
                label=label(lang, f"kind.{kind}"),
                existing=existing,
                prompts=list(texts.option_prompts[kind].prompts),
                ideas=[f"{p.text(lang).title}: {p.text(lang).text}" for p in fitting[:MAX_IDEAS]],
            )
        )
    return blocks


def hypotheses(
    session: Session, catalogue: Catalogue, texts: BriefTexts, concerns: Sequence[str],
    values: Sequence[ValueBlock],
) -> list[Hypothesis]:  # fmt: skip
    """Effects to test: concerns raised, and (before any effect is known) typical effects."""
    found = [Hypothesis(label=texts.labels["concern"], text=c) for c in concerns]
    if session.effects:
        return found
    about = words(f"{session.case.technology} {session.case.context}") - GENERIC
    for block in values[:4]:
        entry = catalogue.value(block.key) if block.key else None
        effects = entry.text(session.language).effects if entry else []
        best = max(effects, key=lambda e: len(words(e) & about), default="")
        if best and words(best) & about:
            label = texts.labels["typical_effect"].format(value=block.name)
            found.append(Hypothesis(label=label, text=best))
    return found
