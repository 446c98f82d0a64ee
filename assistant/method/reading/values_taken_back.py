"""Values named and taken back in the same message ("equal treatment, and... human dignity? no,
human contact is what I mean", "and accessibility, hmm no, convenience covers that", "gemak ook..
nee laat gemak maar weg, ik bedoel doelmatigheid", "privacy I'd drop actually", "vertrouwen had
ik eerst ook, maar laat maar"): the value taken back is not chosen, nor the words that took it
back."""

from __future__ import annotations

from assistant.language.cues.taken_back import (
    TAKE_BACK_PART_SPLIT_RE,
    TAKEN_BACK_PART_RE,
    VALUE_DROPPED_RES,
)
from assistant.language.textparts import normalise
from assistant.method.reading.reading import Reading
from assistant.method.reading.value_names import ValueChoice


def take_values_taken_back(text: str, reading: Reading) -> None:
    """The values of ``reading`` without those ``text`` takes back, part by part."""
    if not reading.values:
        return
    parts = [p.strip() for p in TAKE_BACK_PART_SPLIT_RE.split(text) if p and p.strip()]
    gone: set[str] = set()
    backs: list[str] = []
    for index, part in enumerate(parts):
        if TAKEN_BACK_PART_RE.match(part):
            before = _named_in(parts[index - 1], reading.values) if index else []
            gone.update(v.name for v in before[-1:])  # "human dignity? no, ..."
            backs.append(part)
            continue
        dropped = _dropped(part, reading.values)
        if dropped:
            gone.update(v.name for v in dropped)  # "nee laat gemak maar weg"
            backs.append(part)
    if not backs:
        return
    plain = [normalise(b) for b in backs]
    reading.values = [v for v in reading.values if v.name not in gone and not _said_in(v, plain)]


def _said_in(value: ValueChoice, backs: list[str]) -> bool:
    """Whether an own value is words of a part that took back ("maar laat maar")."""
    return value.entry is None and any(normalise(value.name) in b for b in backs)


def _named_in(part: str, values: list[ValueChoice]) -> list[ValueChoice]:
    """The values whose words ``part`` holds, in the order said."""
    lowered = normalise(part)
    spots = [(lowered.rfind(normalise(v.said or v.name)), v) for v in values if v.said or v.name]
    return [v for spot, v in sorted(spots, key=lambda s: s[0]) if spot >= 0]


def _dropped(part: str, values: list[ValueChoice]) -> list[ValueChoice]:
    """The values a part drops by their words ("laat gemak maar weg", "privacy I'd drop")."""
    for pattern in VALUE_DROPPED_RES:
        match = pattern.match(part)
        if match is None:
            continue
        what = next((v for k, v in match.groupdict().items() if k.startswith("what") and v), "")
        said = normalise(what)
        named = [v for v in values if said and normalise(v.said or v.name) in said]
        if named:
            return named
    return []
