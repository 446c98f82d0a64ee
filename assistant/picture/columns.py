"""What the map shows, whatever draws it: four columns of boxes (actors -> effects -> values ->
handling options) with their links to the previous column, its texts in both languages, colours.

Chosen values come first (★, by priority); values that were suggested or named but not chosen
follow under a header of their own, drawn dashed and grey, so they are visibly apart.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.domain.session import OPTION_KINDS, Language, Session
from assistant.language.labels import label

MAX_ROWS = 40
WRAP = 30
MAX_LINES = 3
TITLE_WRAP = 100
TITLE_LINES = 4

COLOURS = {
    "actor": "#dbe7f5",
    "positive": "#d9f0d9",
    "negative": "#f8dada",
    "value": "#fff1c9",
    "design": "#e6def5",
    "environment": "#dceff0",
    "human": "#f6e3d2",
    "placeholder": "#f2f2f2",
    "header": "#555555",
}
EDGE = {"positive": "#2e7d32", "negative": "#c62828"}
GREY = "#9a9a9a"

TEXTS: dict[Language, dict[str, str]] = {
    "nl": {
        "actors": label("nl", "step.actors"),
        "effects": label("nl", "step.effects") + " (+/−)",
        "values": label("nl", "step.values"),
        "options": label("nl", "step.options"),
        "design": label("nl", "kind.design"),
        "environment": label("nl", "kind.environment"),
        "human": label("nl", "kind.human"),
        "not_chosen": "Genoemd, niet gekozen",
        "no_actors": "nog geen actoren",
        "no_effects": "nog geen effecten",
        "no_values": "nog geen waarden",
        "no_options": "nog geen opties",
        "more": "+{n} meer",
        "untitled": "Casus nog niet beschreven",
        "legend": "groen = positief effect, rood = negatief effect, ★ = gekozen waarde",
        "legend_hints": "gestippeld = suggestie of niet gekozen",
    },
    "en": {
        "actors": label("en", "step.actors"),
        "effects": label("en", "step.effects") + " (+/−)",
        "values": label("en", "step.values"),
        "options": label("en", "step.options"),
        "design": label("en", "kind.design"),
        "environment": label("en", "kind.environment"),
        "human": label("en", "kind.human"),
        "not_chosen": "Named, not chosen",
        "no_actors": "no actors yet",
        "no_effects": "no effects yet",
        "no_values": "no values yet",
        "no_options": "no options yet",
        "more": "+{n} more",
        "untitled": "Case not described yet",
        "legend": "green = positive effect, red = negative effect, ★ = chosen value",
        "legend_hints": "dashed = a suggestion, or not chosen",
    },
}


@dataclass
class Box:
    key: str
    text: str
    colour: str
    edge: str = "#888888"
    dashed: bool = False
    header: bool = False
    links: list[str] = field(default_factory=list)


def shorten(text: str, width: int = WRAP, lines: int = MAX_LINES) -> str:
    """Wrap ``text`` to ``width`` characters, keep at most ``lines`` lines (ellipsis when cut)."""
    clean = " ".join(text.split()) or "-"
    wrapped = textwrap.wrap(clean, width=width, break_long_words=True) or ["-"]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: max(width - 1, 1)].rstrip() + "…"
    return "\n".join(wrapped)


def title_lines(session: Session, language: Language) -> list[str]:
    """The map's title: the case, wrapped (not cut) up to a few lines."""
    text = session.case.technology.strip() or session.title.strip()
    if not text:
        return [TEXTS[language]["untitled"]]
    return shorten(text, TITLE_WRAP, TITLE_LINES).split("\n")


def _cap(boxes: list[Box], t: dict[str, str]) -> list[Box]:
    if len(boxes) <= MAX_ROWS:
        return boxes
    rest = len(boxes) - (MAX_ROWS - 1)
    return [*boxes[: MAX_ROWS - 1], Box("", t["more"].format(n=rest), COLOURS["placeholder"])]


def _placeholder(text: str) -> list[Box]:
    return [Box("", text, COLOURS["placeholder"], dashed=True)]


def _hints(texts: Sequence[str]) -> list[Box]:
    return [Box("", text, COLOURS["placeholder"], dashed=True) for text in texts]


def _values(session: Session, t: dict[str, str]) -> list[Box]:
    chosen = [
        Box(v.id, "★ " + v.name, COLOURS["value"], links=list(v.effect_ids))
        for v in session.chosen_values()
    ]
    others = [
        Box(v.id, v.name, COLOURS["placeholder"], edge=GREY, dashed=True, links=list(v.effect_ids))
        for v in session.values
        if not v.chosen
    ]
    if chosen and others:
        return [*chosen, Box("", t["not_chosen"], "none", header=True), *others]
    return chosen or others


def columns(
    session: Session,
    language: Language,
    actor_hints: Sequence[str] = (),
    value_hints: Sequence[str] = (),
) -> list[list[Box]]:
    """The four columns of boxes, in reading order, with their links to the previous column.

    An empty actor or value column shows ``actor_hints`` / ``value_hints`` as dashed boxes (the
    brief's suggestions), else a placeholder.
    """
    t = TEXTS[language]
    actors = [Box(a.id, a.name, COLOURS["actor"]) for a in session.actors]
    effects = [
        Box(
            e.id,
            ("+ " if e.direction == "positive" else "− ") + e.text,
            COLOURS[e.direction],
            edge=EDGE[e.direction],
            links=[e.actor_id] if e.actor_id else [],
        )
        for e in _effects_in_actor_order(session)
    ]
    options: list[Box] = []
    for kind in OPTION_KINDS:
        of_kind = [o for o in session.options if o.kind == kind]
        if of_kind:
            options.append(Box("", t[kind], "none", header=True))
            options.extend(
                Box(o.id, o.text, COLOURS[kind], links=list(o.value_ids)) for o in of_kind
            )
    return [
        _cap(actors or _hints(actor_hints), t) or _placeholder(t["no_actors"]),
        _cap(effects, t) or _placeholder(t["no_effects"]),
        _cap(_values(session, t) or _hints(value_hints), t) or _placeholder(t["no_values"]),
        _cap(options, t) or _placeholder(t["no_options"]),
    ]


def has_hints(cols: list[list[Box]], language: Language) -> bool:
    """Whether any dashed box is a suggestion or a value not chosen (not a placeholder)."""
    placeholders = set(TEXTS[language].values())
    return any(b.dashed and b.text not in placeholders for col in cols for b in col)


def _effects_in_actor_order(session: Session) -> list[Any]:
    order = {a.id: i for i, a in enumerate(session.actors)}
    return sorted(session.effects, key=lambda e: order.get(e.actor_id or "", len(order)))
