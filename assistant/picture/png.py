"""The map as a PNG (or matplotlib SVG) picture, for the session brief (Word, PDF, Markdown).

Four columns of boxes joined by lines that follow the session's links (``effect.actor_id``,
``value.effect_ids``, ``option.value_ids``); long texts are wrapped and cut, empty columns show a
placeholder (see ``assistant/picture/columns.py``). matplotlib is imported inside the functions
(Agg backend, no display needed).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from assistant.domain.session import Language, Session
from assistant.picture.columns import (
    COLOURS,
    EDGE,
    TEXTS,
    Box,
    columns,
    has_hints,
    shorten,
    title_lines,
)

COLUMN_X = (0.0, 1.0, 2.0, 3.0)
BOX_W = 0.82
ROW_H = 1.0
BOX_H = 0.78


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

    title = title_lines(session, language)
    top = 0.45 + 0.25 * len(title)  # inches above the boxes: title and column headers
    rows = max(3, *(len(c) for c in cols))
    height = 1.0 + 0.25 * len(title) + rows * 0.62
    fig = Figure(figsize=(13.5, height), dpi=110)
    ax = fig.add_axes((0.01, 0.35 / height, 0.98, 1 - (0.35 + top) / height))
    ax.set_xlim(-0.5, 3.5)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.axis("off")
    positions = _draw_columns(ax, cols)
    _draw_links(ax, cols, positions)
    t = TEXTS[language]
    fig.suptitle("\n".join(title), fontsize=12, fontweight="bold", y=1 - 0.08 / height, va="top")
    legend = t["legend"] + ("; " + t["legend_hints"] if has_hints(cols, language) else "")
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
                    linestyle="--" if box.dashed else "-",
                )  # fmt: skip
