"""Tables and checklists pasted from Word, Excel or markdown, made plain lines the reader
knows: a checkbox in front of an item drops ("- [ ] geen opslag" -> "- geen opslag"), the rule
under a header row and the header row itself drop, a row whose columns say a direction
("actor | positive | negative") becomes one labelled line per filled cell ("positive for
hikers: safer"), and any other row its cells after a colon ("| techniek | live dashboard |" ->
"techniek: live dashboard")."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.language.cues.direction_labels import DIRECTION_HEADING_RE
from assistant.language.cues.pasted_tables import (
    CELL_ASIDE_RE,
    CHECKBOX_RE,
    COLUMN_WORD_RE,
    EMPTY_CELL_RE,
    MINUS_COLUMN_RE,
    PIPE_CELLS_RE,
    PLUS_COLUMN_RE,
    TABLE_RULE_RE,
)
from assistant.method.reading.line_actors import label_direction

MIN_ROWS = 2  # one line with a pipe or a tab is a signature or a heading, not a table


def tables_as_lines(text: str) -> str:
    """``text`` with its checkboxes dropped and its tables (two or more rows of cells between
    pipes or tabs) written as plain lines."""
    text = CHECKBOX_RE.sub(lambda m: m.group("lead") or "- ", text)
    if "|" not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    start = 0
    while start < len(lines):
        end = _table_end(lines, start)
        if end - start >= MIN_ROWS:
            out.extend(_table_lines(lines[start:end]))
            start = end
        else:
            out.append(lines[start])
            start += 1
    return "\n".join(out)


def _cells(line: str) -> list[str] | None:
    """The cells of a table row, or None for a line that is no row."""
    if "\t" in line and "|" not in line:
        cells = line.split("\t")
    else:
        match = PIPE_CELLS_RE.match(line)
        if match is None:
            return None
        cells = match.group("cells").split("|")
    return [cell.strip() for cell in cells] if len(cells) >= 2 else None


def _table_end(lines: list[str], start: int) -> int:
    """The end of the run of table rows (and rules) from ``start``; ``start`` where none."""
    end = start
    while end < len(lines) and (TABLE_RULE_RE.match(lines[end]) or _cells(lines[end]) is not None):
        end += 1
    return end


def _header(cells: list[str]) -> bool:
    """A row that only names columns ("Soort | Optie", "actor, positive, negative")."""
    filled = [cell for cell in cells if cell]
    return bool(filled) and all(
        COLUMN_WORD_RE.match(cell) or _column_direction(cell) is not None for cell in filled
    )


def _column_direction(cell: str) -> str | None:
    """The direction a column's heading names: a label ("Nadelen", "risks"), a sign ("+",
    "❌") or a pro/con word; None for any other heading."""
    if PLUS_COLUMN_RE.match(cell):
        return "positive"
    if MINUS_COLUMN_RE.match(cell):
        return "negative"
    return label_direction(cell) if DIRECTION_HEADING_RE.match(cell) else None


def _table_lines(block: list[str]) -> list[str]:
    """The rows of one table as plain lines, without its rules and its header row."""
    rows = [_cells(line) for line in block if not TABLE_RULE_RE.match(line)]
    cell_rows = [row for row in rows if row is not None]
    ruled = len(block) > 1 and TABLE_RULE_RE.match(block[1]) is not None
    head: list[str] = []
    if cell_rows and (ruled or _header(cell_rows[0])):
        head, cell_rows = cell_rows[0], cell_rows[1:]
    named = {i: _column_direction(cell) for i, cell in enumerate(head)}
    sides = {i: side for i, side in named.items() if side is not None}
    lines: list[str] = []
    for row in cell_rows:
        lines.extend(_sided_row(row, sides) if sides else _plain_row(row))
    return lines


def _filled(cell: str) -> bool:
    return EMPTY_CELL_RE.match(cell) is None


def _sided_row(row: list[str], sides: Mapping[int, str]) -> list[str]:
    """One line per filled cell under a direction column: "negative for X: ..."."""
    who = CELL_ASIDE_RE.sub(" ", row[0]).strip() if 0 not in sides else ""
    lines = []
    for i, direction in sides.items():
        if i < len(row) and _filled(row[i]):
            lines.append(f"{direction} for {who}: {row[i]}" if who else f"{direction}: {row[i]}")
    return lines


def _plain_row(row: list[str]) -> list[str]:
    """The filled cells of a row, the first as a label: "techniek: live dashboard"."""
    filled = [cell for cell in row if _filled(cell)]
    if len(filled) < 2:
        return filled
    return [re.sub(r"[:\s]+$", "", filled[0]) + ": " + "; ".join(filled[1:])]
