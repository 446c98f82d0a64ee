"""A duration compared with how it goes now ("a stack takes them 6 hrs, with the tool maybe 2",
"binnen 2 dagen in plaats van 3 weken", "de achterstand ging van 9 naar 4 maanden"): shorter
is a gain, longer a loss; at least one of the two amounts is said with its unit of time."""

from __future__ import annotations

import re

from assistant.language.cues.durations import DURATION_COMPARE_RES, NUMBER_WORDS, UNIT_MINUTES


def duration_trend(text: str) -> int:
    """1 where ``text`` compares a duration that gets shorter, -1 where it gets longer, else 0."""
    for pattern in DURATION_COMPARE_RES:
        for found in pattern.finditer(text):
            old, new = _minutes(found, "old"), _minutes(found, "new")
            if old is not None and new is not None and old != new:
                return 1 if new < old else -1
    return 0


def _minutes(found: re.Match[str], name: str) -> float | None:
    """The amount ``name`` in minutes; the unit of the other amount where it has none; None
    where neither has one."""
    number = _number(found.group(name))
    other = "new" if name == "old" else "old"
    unit = (found.group(f"{name}u") or found.group(f"{other}u") or "").lower()
    if number is None or unit not in UNIT_MINUTES:
        return None
    return number * UNIT_MINUTES[unit]


def _number(said: str) -> float | None:
    said = said.lower().replace(",", ".")
    if said in NUMBER_WORDS:
        return float(NUMBER_WORDS[said])
    try:
        return float(said)
    except ValueError:
        return None
