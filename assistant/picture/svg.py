"""The map as a light, self-contained SVG for the web page: plain Python, no matplotlib, so it
costs about a millisecond, and nothing in it makes a browser fetch anything (no links, no images,
no fonts; every text is escaped). The browser turns it into a PNG download by itself."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

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

WIDTH = 1200
COLUMN_W = WIDTH / 4
BOX_W = 250
ROW_H = 64
BOX_H = 52
LINE_H = 14
TITLE_H = 22
FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"


def _x(column: int) -> float:
    return COLUMN_W * column + COLUMN_W / 2


def _text(x: float, y: float, lines: list[str], size: float, **style: str) -> str:
    """A centred block of ``lines`` around ``y``."""
    extra = "".join(f" {name.replace('_', '-')}={quoteattr(v)}" for name, v in style.items())
    first = y - (len(lines) - 1) * size * 0.6 + size * 0.35
    spans = "".join(
        f'<tspan x="{x:.0f}" y="{first + i * size * 1.2:.1f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text font-size="{size}" text-anchor="middle"{extra}>{spans}</text>'


def _box(x: float, y: float, box: Box) -> str:
    if box.header:
        return _text(x, y + 10, [box.text], 11, font_style="italic", fill=COLOURS["header"])
    dash = ' stroke-dasharray="5 3"' if box.dashed else ""
    rect = (
        f'<rect x="{x - BOX_W / 2:.0f}" y="{y - BOX_H / 2:.0f}" width="{BOX_W}" '
        f'height="{BOX_H}" rx="8" fill="{box.colour}" stroke="{box.edge}"{dash}/>'
    )
    return rect + _text(x, y, shorten(box.text).split("\n"), 11)


def _links(cols: list[list[Box]], top: float) -> list[str]:
    where = {
        box.key: (_x(c), top + row * ROW_H)
        for c, boxes in enumerate(cols)
        for row, box in enumerate(boxes)
        if box.key and not box.header
    }
    lines = []
    for c, boxes in enumerate(cols[1:], 1):
        for row, box in enumerate(boxes):
            for source in box.links:
                if not box.key or source not in where or where[source][0] != _x(c - 1):
                    continue
                x1, y1 = where[source]
                colour = box.edge if box.edge in EDGE.values() else "#7a7a7a"
                dash = ' stroke-dasharray="4 3"' if box.dashed else ""
                lines.append(
                    f'<line x1="{x1 + BOX_W / 2:.0f}" y1="{y1:.0f}" x2="{_x(c) - BOX_W / 2:.0f}" '
                    f'y2="{top + row * ROW_H:.0f}" stroke="{colour}" stroke-opacity="0.7"{dash}/>'
                )
    return lines


def map_svg(session: Session, language: Language = "nl") -> str:
    """The map as an ``<svg>`` element (scales to its container's width)."""
    t = TEXTS[language]
    cols = columns(session, language)
    title = title_lines(session, language)
    header_y = 16 + len(title) * TITLE_H
    top = header_y + 20 + BOX_H / 2
    rows = max(3, *(len(c) for c in cols))
    height = top + rows * ROW_H + 10
    parts = [_text(WIDTH / 2, 8 + len(title) * TITLE_H / 2, title, 16, font_weight="bold")]
    for c, key in enumerate(("actors", "effects", "values", "options")):
        parts.append(_text(_x(c), header_y, [t[key]], 13, font_weight="bold"))
    parts += _links(cols, top)
    for c, boxes in enumerate(cols):
        parts += [_box(_x(c), top + row * ROW_H, box) for row, box in enumerate(boxes)]
    legend = t["legend"] + ("; " + t["legend_hints"] if has_hints(cols, language) else "")
    parts.append(
        f'<text x="8" y="{height - 4:.0f}" font-size="10" fill="#555555">{escape(legend)}</text>'
    )
    label = quoteattr(" · ".join(title))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height + 6:.0f}" '
        f'width="100%" role="img" aria-label={label} font-family="{FONT}" '
        f'style="background:#ffffff">' + "".join(parts) + "</svg>"
    )
