"""Rule-based extraction of case details, actors, effects, values and options from free text.

Works without any generative model (guided mode) and is the fallback whenever structured output
from a model is missing or invalid. Dutch and English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.knowledge.catalogue import Catalogue, ValueEntry
from assistant.method.lexicon import (
    ACTOR_LABEL_RE,
    GROUP_WORDS,
    KIND_LABEL_RE,
    KIND_LABELS,
    LABEL_RE,
    NEGATIVE_WORDS,
    OPTION_KIND_WORDS,
    ORG_RE,
    POSITIVE_WORDS,
    STAGE_WORDS,
)
from assistant.method.models import Actor, ActorGroup, Direction, OptionKind, Stage
from assistant.method.text import (
    clean_item,
    normalise,
    similar_text,
    split_items,
    strip_article,
    word_count,
)


@dataclass
class EffectDraft:
    text: str
    direction: Direction
    actor_id: str | None = None
    actor_name: str = ""


@dataclass
class OptionDraft:
    text: str
    kind: OptionKind
    value_hint: str = ""


@dataclass
class Extracted:
    """What one user message added, from rules or from a model's structured output."""

    actors: list[str] = field(default_factory=list)
    effects: list[EffectDraft] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    options: list[OptionDraft] = field(default_factory=list)
    source: str = "rules"


def _has(text: str, terms: tuple[str, ...]) -> int:
    lowered = f" {text.lower()} "
    return sum(1 for t in terms if re.search(rf"(?<![\w]){re.escape(t)}", lowered))


def detect_direction(text: str) -> Direction | None:
    """positive/negative from +/- markers and cue words; None when undecided."""
    stripped = text.strip()
    if stripped.startswith("+"):
        return "positive"
    if stripped.startswith(("-", "−", "–")) and not stripped.startswith("- "):
        return "negative"
    pos, neg = _has(text, POSITIVE_WORDS), _has(text, NEGATIVE_WORDS)
    if pos > neg:
        return "positive"
    if neg > pos:
        return "negative"
    return None


def label_direction(label: str) -> Direction:
    negative = ("neg", "nade", "risic", "risk", "harm", "minp", "zorg", "concern", "-")
    return "negative" if label.lower().startswith(negative) else "positive"


def actor_group(name: str) -> ActorGroup:
    lowered = name.lower()
    order: tuple[ActorGroup, ...] = (
        "oversight", "management", "technical", "professionals", "users", "affected",
    )  # fmt: skip
    for group in order:
        terms = GROUP_WORDS[group]
        if any(t in lowered for t in terms):
            return group
    return "other"


def extract_actors(text: str) -> list[str]:
    """Actor names from a list, commas, 'en'/'and' or sentences."""
    names = []
    for item in split_items(text, split_and=True, max_words=8, and_words=6):
        item = strip_article(clean_item(item))
        if item and word_count(item) <= 10:
            names.append(item[:1].upper() + item[1:])
    return names


def find_actor(name: str, actors: list[Actor]) -> Actor | None:
    return next((a for a in actors if similar_text(a.name, name)), None)


def mentioned_actor(text: str, actors: list[Actor]) -> Actor | None:
    lowered = text.lower()
    for actor in actors:
        name = normalise(strip_article(actor.name))
        if len(name) >= 4 and re.search(rf"\b{re.escape(name[: max(4, len(name) - 2)])}", lowered):
            return actor
    return None


def _line_actor(line: str, actors: list[Actor]) -> tuple[str | None, str, str]:
    """(actor id, new actor name, rest of line) for "voor inwoners: ..." or "Inwoners: ..."."""
    match = ACTOR_LABEL_RE.match(line)
    if match:
        name = strip_article(match.group("actor").strip())
        found = find_actor(name, actors)
        return (found.id, "", match.group("rest")) if found else (None, name, match.group("rest"))
    head, sep, rest = line.partition(":")
    if sep and word_count(head) <= 4 and not LABEL_RE.match(head.strip() + ":"):
        found = find_actor(head.strip(), actors)
        if found is not None:
            return found.id, "", rest
    return None, "", line


def _segments(text: str) -> list[tuple[Direction | None, str]]:
    """Split at direction labels ("positief: ... negatief: ...")."""
    matches = list(LABEL_RE.finditer(text))
    if not matches:
        return [(None, text)]
    parts: list[tuple[Direction | None, str]] = []
    if text[: matches[0].start()].strip():
        parts.append((None, text[: matches[0].start()]))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        parts.append((label_direction(match.group("label")), text[match.end() : end]))
    return parts


def extract_effects(
    text: str,
    actors: list[Actor],
    focus_actor_id: str | None,
    default_direction: Direction,
) -> list[EffectDraft]:
    """Effects with direction and actor from bullets, labels, commas or sentences."""
    lines = [line for line in re.split(r"\n+", text) if line.strip()]
    plus_minus = any(line.strip().startswith("+") for line in lines)
    drafts: list[EffectDraft] = []
    for line in lines:
        actor_id, new_name, rest = _line_actor(line, actors)
        marker: Direction | None = None
        stripped = rest.strip()
        if plus_minus and stripped.startswith(("-", "−", "–")):
            marker = "negative"
        elif stripped.startswith("+"):
            marker = "positive"
        rest = stripped.lstrip("+-−– ")
        for label_dir, segment in _segments(rest):
            for item in split_items(segment, split_and=False, max_words=6):
                direction = label_dir or marker or detect_direction(item) or default_direction
                actor = None if (actor_id or new_name) else mentioned_actor(item, actors)
                drafts.append(
                    EffectDraft(
                        text=item[:1].upper() + item[1:],
                        direction=direction,
                        actor_id=actor_id or (actor.id if actor else focus_actor_id),
                        actor_name=new_name,
                    )
                )
    return drafts


def _mentions(text: str, catalogue: Catalogue) -> list[tuple[int, ValueEntry]]:
    """Catalogue values named in ``text`` (longest names win: "vrijheid van meningsuiting" is
    not also "vrijheid"), in the order they appear."""
    lowered = text.lower()
    spans: list[tuple[int, int, ValueEntry]] = []
    for entry in catalogue.values:
        for name in entry.names():
            if len(name) < 3:
                continue
            for match in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", lowered):
                spans.append((match.start(), match.end(), entry))
    spans.sort(key=lambda span: (span[0], -(span[1] - span[0])))
    found: list[tuple[int, ValueEntry]] = []
    covered_until = -1
    for start, end, entry in spans:
        if start < covered_until:
            continue
        covered_until = end
        if all(entry is not e for _s, e in found):
            found.append((start, entry))
    return found


@dataclass
class ValueChoice:
    name: str
    entry: ValueEntry | None = None
    number: int | None = None


def match_values(text: str, catalogue: Catalogue) -> list[ValueChoice]:
    """Values the user named, in the order named: catalogue names and synonyms (nl and en),
    numbers that refer to proposals, and short unknown names as the user's own values."""
    numbers = parse_numbers(text)
    if numbers:
        return [ValueChoice(name="", number=n) for n in numbers]
    mentions = _mentions(text, catalogue)
    choices = [ValueChoice(name=entry.id, entry=entry) for _pos, entry in mentions]
    for item in split_items(text, split_and=True, max_words=4, and_words=3):
        item = strip_article(item)
        lowered = item.lower()
        names = [name for _p, e in mentions for name in e.names()]
        if any(lowered in name or name in lowered for name in names):
            continue
        entry = _fuzzy_value(item, catalogue)
        if entry is not None and all(c.entry is not entry for c in choices):
            choices.append(ValueChoice(name=entry.id, entry=entry))
        elif entry is None and 1 <= word_count(item) <= 3:
            choices.append(ValueChoice(name=item[:1].upper() + item[1:]))
    return choices


def _fuzzy_value(item: str, catalogue: Catalogue) -> ValueEntry | None:
    exact = catalogue.find_value(item)
    if exact is not None:
        return exact
    for entry in catalogue.values:
        if any(len(n) >= 5 and similar_text(n, item) for n in entry.names()):
            return entry
    return None


ALL_RE = re.compile(
    r"(ja |yes )?(neem |take )?(ze |them )?(alle|all|allemaal|alles|everything)\w*"
    r"( drie| three| of them| van)?"
)


def parse_numbers(text: str) -> list[int] | None:
    """[1, 3] for "1 en 3" / "neem 1, 3" / "take 1 and 3"; [0] for "all"; None otherwise."""
    cleaned = normalise(text)
    cleaned = re.sub(r"^(neem|kies|graag|take|choose|pick|ja|yes)\b[ ,:]*", "", cleaned)
    if ALL_RE.fullmatch(cleaned):
        return [0]
    if not re.fullmatch(r"(\d{1,2}|,|en|and|&|\s|nummer|number|nr|optie|option|\.)+", cleaned):
        return None
    return [int(n) for n in re.findall(r"\d{1,2}", cleaned)] or None


def extract_options(text: str, default_kind: OptionKind) -> list[OptionDraft]:
    """Handling options; the kind from a label ("ontwerp: ..."), cue words, or the kind asked."""
    drafts: list[OptionDraft] = []
    for line in re.split(r"\n+", text):
        label = KIND_LABEL_RE.match(line)
        explicit = KIND_LABELS[label.group("label").lower()] if label else None
        body = label.group("rest") if label else line
        for item in split_items(body, split_and=False, max_words=3):
            kind = explicit or option_kind(item) or default_kind
            drafts.append(OptionDraft(text=item[:1].upper() + item[1:], kind=kind))
    return drafts


def option_kind(text: str) -> OptionKind | None:
    scores = {kind: _has(text, words) for kind, words in OPTION_KIND_WORDS.items()}
    best = max(scores.values())
    winners = [k for k, s in scores.items() if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def detect_stage(text: str) -> Stage | None:
    lowered = f" {text.lower()} "
    order: tuple[Stage, ...] = ("in_use", "pilot", "idea")
    for stage in order:
        if any(word in lowered for word in STAGE_WORDS[stage]):
            return stage
    return None


def detect_context(text: str) -> str:
    match = ORG_RE.search(text)
    return match.group(0).strip() if match else ""
