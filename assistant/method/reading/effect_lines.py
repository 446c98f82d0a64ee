"""Effects from free text: per line an actor ("voor inwoners: ...", "negative for staff: ..."),
direction labels and markers, then the items (Dutch and English)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.session import Actor, Direction
from assistant.language.cues import (
    ACTOR_DIRECTION_RES,
    ACTOR_LABEL_RE,
    LABEL_RE,
    NEGATIVE_LABELS,
    NEGATIVE_WORDS,
    POSITIVE_WORDS,
)
from assistant.language.textparts import (
    normalise,
    similar_text,
    split_items,
    strip_article,
    word_count,
)

ARTICLE_RE = re.compile(r"^(?:een|het|de|the|a|an)\s+", re.I)


@dataclass
class EffectDraft:
    text: str
    direction: Direction
    actor_id: str | None = None
    actor_name: str = ""


@dataclass
class LineActor:
    """Who a line is about (a known actor's id or a new name), its direction, and the rest."""

    actor_id: str | None
    new_name: str
    rest: str
    direction: Direction | None = None


def count_terms(text: str, terms: tuple[str, ...]) -> int:
    lowered = f" {text.lower()} "
    return sum(1 for t in terms if re.search(rf"(?<![\w]){re.escape(t)}", lowered))


def detect_direction(text: str) -> Direction | None:
    """positive/negative from +/- markers and cue words; None when undecided."""
    stripped = text.strip()
    if stripped.startswith("+"):
        return "positive"
    if stripped.startswith(("-", "−", "–")) and not stripped.startswith("- "):
        return "negative"
    pos, neg = count_terms(text, POSITIVE_WORDS), count_terms(text, NEGATIVE_WORDS)
    if pos > neg:
        return "positive"
    if neg > pos:
        return "negative"
    return None


def label_direction(label: str) -> Direction:
    word = ARTICLE_RE.sub("", label.strip().lower())
    return "negative" if word.startswith(NEGATIVE_LABELS) else "positive"


def find_actor(name: str, actors: list[Actor]) -> Actor | None:
    return next((a for a in actors if similar_text(a.name, name)), None)


def mentioned_actor(text: str, actors: list[Actor]) -> Actor | None:
    lowered = text.lower()
    for actor in actors:
        name = normalise(strip_article(actor.name))
        if len(name) >= 4 and re.search(rf"\b{re.escape(name[: max(4, len(name) - 2)])}", lowered):
            return actor
    return None


def _named_actor(
    name: str, actors: list[Actor], rest: str, direction: Direction | None
) -> LineActor:
    name = strip_article(name.strip())
    found = find_actor(name, actors)
    if found is not None:
        return LineActor(found.id, "", rest, direction)
    return LineActor(None, name, rest, direction)


def line_actor(line: str, actors: list[Actor]) -> LineActor:
    """The actor and direction of "voor inwoners: ...", "Inwoners: ...", "voor X is het negatief:
    ...", "negative for X: ..." (either order, nl and en)."""
    for pattern in ACTOR_DIRECTION_RES:
        match = pattern.match(line)
        if match:
            direction = label_direction(match.group("dir"))
            return _named_actor(match.group("actor"), actors, match.group("rest"), direction)
    match = ACTOR_LABEL_RE.match(line)
    if match:
        return _named_actor(match.group("actor"), actors, match.group("rest"), None)
    head, sep, rest = line.partition(":")
    if sep and word_count(head) <= 4 and not LABEL_RE.match(head.strip() + ":"):
        found = find_actor(head.strip(), actors)
        if found is not None:
            return LineActor(found.id, "", rest)
    return LineActor(None, "", line)


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
        who = line_actor(line, actors)
        marker: Direction | None = who.direction
        stripped = who.rest.strip()
        if plus_minus and stripped.startswith(("-", "−", "–")):
            marker = "negative"
        elif stripped.startswith("+"):
            marker = "positive"
        rest = stripped.lstrip("+-−– ")
        named = bool(who.actor_id or who.new_name)
        for label_dir, segment in _segments(rest):
            for item in split_items(segment, split_and=False, max_words=6):
                direction = label_dir or marker or detect_direction(item) or default_direction
                actor = None if named else mentioned_actor(item, actors)
                drafts.append(
                    EffectDraft(
                        text=item[:1].upper() + item[1:],
                        direction=direction,
                        actor_id=who.actor_id or (actor.id if actor else focus_actor_id),
                        actor_name=who.new_name,
                    )
                )
    return drafts
