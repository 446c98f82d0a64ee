"""The map picture of a session: actors -> effects -> values -> handling options.

Four columns of boxes joined by lines that follow the session's links (``effect.actor_id``,
``value.effect_ids``, ``option.value_ids``). Long texts are wrapped and cut, empty columns show a
placeholder, so the picture works for a fresh session as well as for a finished one. Used by the UI
(shown and offered as a download) and by the session brief. matplotlib is imported inside the
functions (Agg backend, no display needed).
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.domain.session import OPTION_KINDS, Language, Session
from assistant.language.labels import label

MAX_ROWS = 40
WRAP = 30
MAX_LINES = 3
COLUMN_X = (0.0, 1.0, 2.0, 3.0)
BOX_W = 0.82
ROW_H = 1.0
BOX_H = 0.78

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

TEXTS: dict[Language, dict[str, str]] = {
    "nl": {
        "actors": label("nl", "step.actors"),
        "effects": label("nl", "step.effects") + " (+/−)",
        "values": label("nl", "step.values"),
        "options": label("nl", "step.options"),
        "design": label("nl", "kind.design"),
        "environment": label("nl", "kind.environment"),
        "human": label("nl", "kind.human"),
        "no_actors": "nog geen actoren",
        "no_effects": "nog geen effecten",
        "no_values": "nog geen waarden",
        "no_options": "nog geen opties",
        "more": "+{n} meer",
        "untitled": "Casus nog niet beschreven",
        "legend": "groen = positief effect, rood = negatief effect, ★ = gekozen waarde",
        "legend_hints": "gestippeld = suggestie voor de sessie, nog niet besproken",
    },
    "en": {
        "actors": label("en", "step.actors"),
        "effects": label("en", "step.effects") + " (+/−)",
        "values": label("en", "step.values"),
        "options": label("en", "step.options"),
        "design": label("en", "kind.design"),
        "environment": label("en", "kind.environment"),
        "human": label("en", "kind.human"),
        "no_actors": "no actors yet",
        "no_effects": "no effects yet",
        "no_values": "no values yet",
        "no_options": "no options yet",
        "more": "+{n} more",
        "untitled": "Case not described yet",
        "legend": "green = positive effect, red = negative effect, ★ = chosen value",
        "legend_hints": "dashed = suggestion for the session, not discussed yet",
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


def _cap(boxes: list[Box], t: dict[str, str]) -> list[Box]:
    if len(boxes) <= MAX_ROWS:
        return boxes
    rest = len(boxes) - (MAX_ROWS - 1)
    return [*boxes[: MAX_ROWS - 1], Box("", t["more"].format(n=rest), COLOURS["placeholder"])]


def _placeholder(text: str) -> list[Box]:
    return [Box("", text, COLOURS["placeholder"], dashed=True)]


def _hints(texts: Sequence[str]) -> list[Box]:
    return [Box("", text, COLOURS["placeholder"], dashed=True) for text in texts]


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
    values = [
        Box(v.id, ("★ " if v.chosen else "") + v.name, COLOURS["value"], links=list(v.effect_ids))
        for v in session.values
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
        _cap(values or _hints(value_hints), t) or _placeholder(t["no_values"]),
        _cap(options, t) or _placeholder(t["no_options"]),
    ]


def _effects_in_actor_order(session: Session) -> list[Any]:
    order = {a.id: i for i, a in enumerate(session.actors)}
    return sorted(session.effects, key=lambda e: order.get(e.actor_id or "", len(order)))


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height in pixels, from the PNG header (IHDR)."""
    if png[:8] != b"\x89PNG\r\n\x1a\n" or len(png) < 24:
        raise ValueError("not a PNG image")
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def render_map(
    session: Session,
    language: Language = "nl",
    actor_hints: Sequence[str] = (),
    value_hints: Sequence[str] = (),
) -> bytes:
    """The map as PNG bytes (hints: see :func:`columns`)."""
    return _render(columns(session, language, actor_hints, value_hints), session, language, "png")


def render_map_svg(session: Session, language: Language = "nl") -> bytes:
    """The map as SVG bytes (scales without blur)."""
    return _render(columns(session, language), session, language, "svg")


def _render(cols: list[list[Box]], session: Session, language: Language, fmt: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    rows = max(3, *(len(c) for c in cols))
    height = 1.25 + rows * 0.62
    fig = Figure(figsize=(13.5, height), dpi=110)
    ax = fig.add_axes((0.01, 0.35 / height, 0.98, 1 - 1.05 / height))
    ax.set_xlim(-0.5, 3.5)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.axis("off")
    positions = _draw_columns(ax, cols)
    _draw_links(ax, cols, positions)
    t = TEXTS[language]
    title = shorten(session.case.technology, width=110, lines=1) if session.case.technology else ""
    fig.suptitle(title or t["untitled"], fontsize=12, fontweight="bold", y=1 - 0.08 / height)
    hinted = any(b.dashed and b.text not in t.values() for col in cols for b in col)
    legend = t["legend"] + ("; " + t["legend_hints"] if hinted else "")
    fig.text(0.01, 0.1 / height, legend, fontsize=7.5, color="#555555")
    header = ax.get_xaxis_transform()
    for x, key in zip(COLUMN_X, ("actors", "effects", "values", "options"), strict=True):
        ax.text(x, 1.01, t[key], ha="center", va="bottom", fontsize=10.5, fontweight="bold",
                transform=header)  # fmt: skip
    buffer = io.BytesIO()
    fig.savefig(buffer, format=fmt, facecolor="white")
    return buffer.getvalue()


def _draw_columns(ax: Any, cols: list[list[Box]]) -> dict[str, tuple[float, float]]:
    from matplotlib.patches import FancyBboxPatch

    positions: dict[str, tuple[float, float]] = {}
    for x, boxes in zip(COLUMN_X, cols, strict=True):
        for row, box in enumerate(boxes):
            y = row * ROW_H
            if box.header:
                ax.text(
                    x,
                    y + 0.15,
                    box.text,
                    ha="center",
                    va="center",
                    fontsize=9,
                    fontstyle="italic",
                    color=COLOURS["header"],
                )
                continue
            patch = FancyBboxPatch(
                (x - BOX_W / 2, y - BOX_H / 2), BOX_W, BOX_H,
                boxstyle="round,pad=0.0,rounding_size=0.08",
                facecolor=box.colour, edgecolor=box.edge, linewidth=1.0,
                linestyle="--" if box.dashed else "-", zorder=2,
            )  # fmt: skip
            ax.add_patch(patch)
            ax.text(x, y, shorten(box.text), ha="center", va="center", fontsize=8, zorder=3)
            if box.key:
                positions[box.key] = (x, y)
    return positions


def _draw_links(ax: Any, cols: list[list[Box]], positions: dict[str, tuple[float, float]]) -> None:
    for boxes in cols[1:]:
        for box in boxes:
            if box.key not in positions:
                continue
            x2, y2 = positions[box.key]
            for source in box.links:
                if source not in positions:
                    continue
                x1, y1 = positions[source]
                colour = box.edge if box.edge in EDGE.values() else "#7a7a7a"
                ax.plot(
                    [x1 + BOX_W / 2, x2 - BOX_W / 2], [y1, y2],
                    color=colour, linewidth=0.9, alpha=0.7, zorder=1,
                )  # fmt: skip
