"""Values named and taken back in the same message ("equal treatment, and... human dignity? no,
human contact is what I mean", "and accessibility, hmm no, convenience covers that", "gemak ook..
nee laat gemak maar weg, ik bedoel doelmatigheid", "privacy I'd drop actually", "vertrouwen had
ik eerst ook, maar laat maar"): the value taken back is not chosen, nor the words that took it
back. A chosen value replaced by another in a later message ("replace autonomy with trust")
is a correction of it."""

from __future__ import annotations

import re

from assistant.domain.session import Session, Value
from assistant.knowledge.catalogue import Catalogue, ValueEntry
from assistant.language.cues.taken_back import (
    TAKE_BACK_PART_SPLIT_RE,
    TAKEN_BACK_PART_RE,
    VALUE_DROPPED_RES,
    VALUE_REPLACED_RES,
    VALUE_WORD_RE,
)
from assistant.language.cues.weighed_values import KEPT_AFTER_DOUBT_RE
from assistant.language.textparts import normalise, strip_article, words
from assistant.method.reading.intents import Intent
from assistant.method.reading.reading import Reading
from assistant.method.reading.value_names import ValueChoice

MAX_PARTS_BACK = 2  # the value, then a question about it
SENTENCE_END_RE = re.compile(r"[.;!?](?:\s|$)|\n|$")


def take_values_taken_back(text: str, reading: Reading) -> None:
    """The values of ``reading`` without those ``text`` takes back, part by part."""
    if not reading.values:
        return
    parts = [p.strip() for p in TAKE_BACK_PART_SPLIT_RE.split(text) if p and p.strip()]
    gone: set[str] = set()
    backs: list[str] = []
    for index, part in enumerate(parts):
        if TAKEN_BACK_PART_RE.match(part):
            before = _named_before(parts[:index], reading.values)
            gone.update(v.name for v in before[-1:])  # "human dignity? no, ..."
            backs.append(part)
            if before and "?" in text:  # "X, is dat een waarde? Nee, laat maar": asked, no item
                told = set(words(" ".join(parts[max(0, index - MAX_PARTS_BACK) : index])))
                reading.effects = [e for e in reading.effects if not set(words(e.text)) <= told]
            continue
        dropped = _dropped(part, reading.values)
        if dropped:
            gone.update(v.name for v in dropped)  # "nee laat gemak maar weg"
            backs.append(part)
    if not backs:
        return
    gone -= _kept_after_doubt(parts, reading.values)  # "..., of toch rust? nee, laat maar privacy"
    plain = [normalise(b) for b in backs]
    reading.values = [v for v in reading.values if v.name not in gone and not _said_in(v, plain)]


def take_values_turned_down(text: str, reading: Reading, catalogue: Catalogue) -> None:
    """A value turned down in a part of its own, also one not read as chosen ("X wil ik niet
    bovenaan", "I disagree that X should be the first value, that's the aim"): that part is no
    effect and no option, and the value is not chosen. The part names a catalogue value, or
    says it is about a value ("als waarde", "the first value")."""
    for part in (p.strip() for p in TAKE_BACK_PART_SPLIT_RE.split(text) if p and p.strip()):
        found = [m for p in VALUE_DROPPED_RES if (m := p.match(part)) is not None]
        named = [e for m in found for e in _turned_down(m, catalogue)]
        if not named and not (found and VALUE_WORD_RE.search(part)):
            continue
        said = normalise(part)
        reading.effects = [d for d in reading.effects if not _part_of(d.text, said)]
        reading.options = [o for o in reading.options if not _part_of(o.text, said)]
        reading.values = [v for v in reading.values if v.entry is None or v.entry not in named]


def _turned_down(match: re.Match[str], catalogue: Catalogue) -> list[ValueEntry]:
    """The catalogue value a part that drops one names (by its whole words), if any."""
    what = next((v for k, v in match.groupdict().items() if k.startswith("what") and v), "")
    entry = catalogue.find_value(strip_article(what.strip())) if what else None
    return [entry] if entry is not None else []


def _part_of(item: str, said: str) -> bool:
    """Whether an item read holds the words of the part (or is some of them)."""
    plain = normalise(item)
    return bool(plain) and (said in plain or plain in said)


def _said_in(value: ValueChoice, backs: list[str]) -> bool:
    """Whether an own value is words of a part that took back ("maar laat maar")."""
    return value.entry is None and any(normalise(value.name) in b for b in backs)


def _kept_after_doubt(parts: list[str], values: list[ValueChoice]) -> set[str]:
    """The names of the values a part keeps after doubt ("nee, laat maar privacy", "keep
    fairness then"): not taken back by the "no" before it."""
    kept = [m.group("value") for p in parts if (m := KEPT_AFTER_DOUBT_RE.match(p)) is not None]
    said = [normalise(k) for k in kept]
    return {v.name for v in values if any(normalise(v.said or v.name) in k for k in said)}


def _named_before(parts: list[str], values: list[ValueChoice]) -> list[ValueChoice]:
    """The values named in the nearest of the parts before that names any, up to a question
    about it ("nationale veiligheid, is dat een waarde op dit niveau? nee, laat maar")."""
    for part in reversed(parts[-MAX_PARTS_BACK:]):
        named = _named_in(part, values)
        if named or TAKEN_BACK_PART_RE.match(part):
            return named
    return []


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


def take_values_replaced(
    text: str, session: Session, reading: Reading, catalogue: Catalogue
) -> None:
    """A chosen value replaced by another ("replace autonomy with trust", "eerlijkheid is niet
    het goede woord, ik bedoel betrouwbaarheid"): a correction of that value (it keeps its
    place); what was read in the words that said so is no item."""
    if reading.intent is not None or not session.chosen_values():
        return
    for pattern in VALUE_REPLACED_RES:
        match = pattern.search(text)
        old = _chosen(match.group("old"), session, catalogue) if match else None
        new = _value_named(match.group("new"), catalogue) if match else ""
        if match is None or old is None or not new:
            continue
        reading.intent = Intent("correct", target=old.name, replacement=new)
        end = SENTENCE_END_RE.search(text, match.end())
        said = normalise(text[match.start() : end.end() if end else len(text)])
        reading.values = [v for v in reading.values if normalise(v.said or v.name) not in said]
        reading.effects = [d for d in reading.effects if not _overlaps(d.text, said)]
        reading.options = [o for o in reading.options if not _overlaps(o.text, said)]
        reading.actors = [n for n in reading.actors if normalise(n) not in said]
        return


def _overlaps(item: str, said: str) -> bool:
    """Whether an item read is words of the replacement, or holds them all."""
    plain = normalise(item)
    return bool(plain) and (plain in said or said in plain)


def _chosen(name: str, session: Session, catalogue: Catalogue) -> Value | None:
    """The chosen value ``name`` names, by its name or its catalogue entry."""
    tokens = name.split()
    for start in range(len(tokens)):  # "ik wil gelijke toegang": "gelijke toegang"
        said = " ".join(tokens[start:])
        entry = catalogue.find_value(said)
        for value in session.chosen_values():
            if normalise(value.name).startswith(normalise(said)) or (
                entry and value.key == entry.id
            ):
                return value
    return None


def _value_named(said: str, catalogue: Catalogue) -> str:
    """The catalogue value the words open with ("betrouwbaarheid van het model":
    "betrouwbaarheid", "professionele autonomie van de verpleegkundige"), else ""."""
    tokens = said.split()
    for end in range(len(tokens), 0, -1):
        entry = catalogue.find_value(" ".join(tokens[:end]))
        if entry is not None:
            return " ".join(tokens[:end])
    return ""
