"""The direction of a figure told before and after: a lead time that gets shorter or a share
of wrong results that falls is a gain ("verwerking gaat van 5 dagen naar dezelfde dag", "sick
leave went from 9% to 6%"), the same figure rising a loss; a share of work done that rises is
a gain ("92% done within two weeks, at the clinic 60%")."""

from __future__ import annotations

import re

from assistant.domain.session import Direction
from assistant.language.cues.direction import BURDENS
from assistant.language.cues.figure_changes import (
    BECOMES_RE,
    FROM_TO_RE,
    NUMBER_WORDS,
    SAME_DAY_RE,
    SHOULD_FALL,
    SHOULD_RISE,
    THEN_NOW_RE,
    TIME_UNITS,
)
from assistant.language.textparts import words

SAME_DAY_HOURS = 8.0
OPEN_WORD = "open"  # opening hours: longer is better


def figure_change_direction(text: str) -> Direction | None:
    """positive/negative for the first figure told before and after whose measure says which
    way is good; None without one."""
    for pattern in (FROM_TO_RE, BECOMES_RE, THEN_NOW_RE):
        found = pattern.search(text)
        while found is not None:
            falls = _falls(found)
            good = _good_way(text, found) if falls is not None else None
            if falls is not None and good is not None:
                return "positive" if falls == (good == "down") else "negative"
            found = pattern.search(text, found.start() + 1)  # "een handhaver 30 minuten ..."
    return None


def _falls(found: re.Match[str]) -> bool | None:
    """Whether the second figure is below the first (in hours where either is a time); None
    where they cannot be compared or are equal."""
    unit_a, unit_b = _unit(found.group("ua")), _unit(found.group("ub"))
    before = _amount(found.group("a"), unit_a or unit_b)
    after = _amount(found.group("b"), unit_b or unit_a)
    if before is None or after is None or before == after:
        return None
    return after < before


def _good_way(text: str, found: re.Match[str]) -> str | None:
    """ "down" where the figure measures time or a burden, "up" where it measures work done;
    None where the words do not say."""
    lowered = text.lower()
    timed = _unit(found.group("ua")) or _unit(found.group("ub"))
    if timed or SAME_DAY_RE.match(found.group("b").strip()):
        return None if OPEN_WORD in lowered else "down"  # "opening hours from 40 to 20"
    down = any(w in lowered for w in SHOULD_FALL) or any(_burden(w) for w in words(lowered))
    down = down or any(b in lowered for b in BURDENS if " " in b)  # "sick leave"
    up = any(w in lowered for w in SHOULD_RISE)
    if down == up:
        return None
    return "down" if down else "up"


def _burden(word: str) -> bool:
    return any(word.startswith(b) for b in BURDENS if len(b) >= 4)


def _unit(unit: str | None) -> float | None:
    """Hours in one of ``unit``, where it is a unit of time."""
    return TIME_UNITS.get((unit or "").strip().lower())


def _amount(number: str, hours: float | None) -> float | None:
    """The figure as a number (in hours where ``hours`` is its unit); None where unread."""
    number = number.strip().lower()
    if SAME_DAY_RE.match(number):
        return SAME_DAY_HOURS
    value = NUMBER_WORDS.get(number)
    if value is None:
        try:
            value = float(number.replace(",", "."))
        except ValueError:
            return None
    return value * (hours or 1.0)
