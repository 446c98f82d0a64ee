"""The live canvas as tables: a session's items as rows, and edited rows back to canvas edits.

Each table has the item id in its first (read-only) column, which the page hides (style.py), and
one empty row at the bottom. Saving
compares the rows with the session: a filled bottom row is an addition, a changed row an update, a
row whose text was cleared (or that was deleted) a removal. All rows are checked before anything is
applied, so a typo in one cell loses nothing and changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.domain.session import ActorGroup, Session
from assistant.errors import InputError
from assistant.ui.strings import t

GROUPS: tuple[ActorGroup, ...] = (
    "users",
    "affected",
    "professionals",
    "management",
    "technical",
    "oversight",
    "other",
)
COLUMNS: dict[str, tuple[str, ...]] = {
    "actor": ("col_id", "col_name", "col_group"),
    "effect": ("col_id", "col_actor", "col_direction", "col_text"),
    "value": ("col_id", "col_name", "col_definition", "col_priority", "col_effects"),
    "option": ("col_id", "col_text", "col_values"),
}
STATIC: dict[str, list[int]] = {"actor": [0], "effect": [0], "value": [0, 4], "option": [0]}
WIDTHS: dict[str, list[str | int]] = {  # the id column is hidden (see style.py)
    "actor": [0, "60%", "40%"],
    "effect": [0, "26%", "10%", "64%"],
    "value": [0, "23%", "40%", "15%", "22%"],
    "option": [0, "66%", "34%"],
}
PLUS = {"+", "positief", "positive", "pos", "p"}
MINUS = {"-", "−", "negatief", "negative", "neg", "n"}
SEPARATORS = re.compile(r"[,;\n]")
EFFECT_CHARS = 40


@dataclass
class Edit:
    """One canvas edit for ``ChatService.edit``."""

    kind: str
    action: str
    item_id: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


def headers(kind: str, language: str) -> list[str]:
    return [t(language, key) for key in COLUMNS[kind]]


def _cell(row: list[Any], index: int) -> str:
    value = row[index] if index < len(row) else ""
    if value is None or (isinstance(value, float) and value != value):  # NaN from the grid
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _with_blank(kind: str, rows: list[list[str]]) -> list[list[str]]:
    return [*rows, [""] * len(COLUMNS[kind])]


def group_label(group: str, language: str) -> str:
    return t(language, f"group_{group}")


def rows(session: Session, kind: str, language: str, option_kind: str = "") -> list[list[str]]:
    """The table of ``kind`` (for options: of one ``option_kind``), with an empty row at the end."""
    if kind == "actor":
        found = [[a.id, a.name, group_label(a.group, language)] for a in session.actors]
    elif kind == "effect":
        found = [
            [
                e.id,
                _actor_name(session, e.actor_id),
                "+" if e.direction == "positive" else "−",
                e.text,
            ]
            for e in session.effects
        ]
    elif kind == "value":
        found = [
            [
                v.id,
                v.name,
                v.definition,
                "" if v.priority is None else str(v.priority),
                _effect_texts(session, v.effect_ids),
            ]
            for v in session.values
        ]
    else:
        found = [
            [o.id, o.text, ", ".join(_value_name(session, i) for i in o.value_ids)]
            for o in session.options
            if o.kind == option_kind
        ]
    return _with_blank(kind, found)


def _actor_name(session: Session, actor_id: str | None) -> str:
    actor = session.actor(actor_id)
    return actor.name if actor else ""


def _effect_texts(session: Session, effect_ids: list[str]) -> str:
    """The effects a value came from, by their (shortened) texts: no internal ids on screen."""
    texts = [e.text for e in session.effects if e.id in effect_ids]
    return "; ".join(t if len(t) <= EFFECT_CHARS else t[: EFFECT_CHARS - 1] + "…" for t in texts)


def _value_name(session: Session, value_id: str) -> str:
    value = session.value(value_id)
    return value.name if value else value_id


def _problem(language: str, key: str, fix_key: str, **values: object) -> InputError:
    return InputError(t(language, key, **values), t(language, fix_key, **values))


def _group(cell: str, text: str, language: str) -> str:
    wanted = cell.lower()
    if not wanted:
        return "other"
    for group in GROUPS:
        names = {group, t("nl", f"group_{group}").lower(), t("en", f"group_{group}").lower()}
        if wanted in names:
            return group
    choices = ", ".join(group_label(g, language) for g in GROUPS)
    raise _problem(language, "bad_group", "bad_group_fix", cell=cell, text=text, choices=choices)


def _direction(cell: str, text: str, language: str) -> str:
    wanted = cell.lower()
    if wanted in PLUS:
        return "positive"
    if wanted in MINUS:
        return "negative"
    raise _problem(language, "bad_direction", "bad_direction_fix", cell=cell, text=text)


def _actor_id(session: Session, cell: str, text: str, language: str) -> str | None:
    if not cell:
        return None
    for actor in session.actors:
        if cell.lower() in (actor.id, actor.name.lower()):
            return actor.id
    raise _problem(language, "bad_actor", "bad_actor_fix", cell=cell, text=text)


def _value_ids(session: Session, cell: str, text: str, language: str) -> list[str]:
    found: list[str] = []
    for part in (p.strip() for p in SEPARATORS.split(cell)):
        if not part:
            continue
        value = next(
            (v for v in session.values if part.lower() in (v.id, v.name.lower(), (v.key or ""))),
            None,
        )
        if value is None:
            raise _problem(language, "bad_value", "bad_value_fix", cell=part, text=text)
        if value.id not in found:
            found.append(value.id)
    return found


def _priority(cell: str, text: str, language: str) -> int | None:
    if not cell:
        return None
    try:
        number = int(float(cell))
    except ValueError:
        number = 0
    if number < 1:
        raise _problem(language, "bad_priority", "bad_priority_fix", cell=cell, text=text)
    return number


def _row_data(
    session: Session, kind: str, row: list[Any], language: str, option_kind: str
) -> dict[str, Any]:
    """The item fields a table row asks for (raises ``InputError`` on a bad cell)."""
    if kind == "actor":
        name = _cell(row, 1)
        return {"name": name, "group": _group(_cell(row, 2), name, language)}
    if kind == "effect":
        text = _cell(row, 3)
        return {
            "actor_id": _actor_id(session, _cell(row, 1), text, language),
            "direction": _direction(_cell(row, 2), text, language),
            "text": text,
        }
    if kind == "value":
        name = _cell(row, 1)
        return {
            "name": name,
            "definition": _cell(row, 2),
            "priority": _priority(_cell(row, 3), name, language),
        }
    text = _cell(row, 1)
    return {
        "kind": option_kind,
        "text": text,
        "value_ids": _value_ids(session, _cell(row, 2), text, language),
    }


def _main_text(kind: str, row: list[Any]) -> str:
    return _cell(row, 3 if kind == "effect" else 1)


def _items(session: Session, kind: str, option_kind: str) -> dict[str, Any]:
    attr = {"actor": "actors", "effect": "effects", "value": "values", "option": "options"}[kind]
    items = getattr(session, attr)
    if kind == "option":
        items = [o for o in items if o.kind == option_kind]
    return {item.id: item for item in items}


def table_edits(
    session: Session, kind: str, table: list[list[Any]], language: str, option_kind: str = ""
) -> list[Edit]:
    """The edits that turn the session's items of ``kind`` into ``table`` (checked, not applied)."""
    current = _items(session, kind, option_kind)
    edits: list[Edit] = []
    seen: set[str] = set()
    for row in table:
        item_id = _cell(row, 0)
        if not _main_text(kind, row):
            continue
        data = _row_data(session, kind, row, language, option_kind)
        item = current.get(item_id)
        if item is None:
            if kind == "value":  # let the value catalogue fill what was left empty
                data = {k: v for k, v in data.items() if v not in (None, "")}
            edits.append(Edit(kind, "add", None, data))
            continue
        seen.add(item_id)
        if any(getattr(item, key) != value for key, value in data.items()):
            edits.append(Edit(kind, "update", item_id, data))
    edits += [Edit(kind, "remove", item_id) for item_id in current if item_id not in seen]
    return edits
