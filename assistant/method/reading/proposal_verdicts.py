"""Sentences that judge the option proposals by their place ("De eerste vind ik niks, twee en
drie wel", "Only the second. The first is too expensive and the third needs a decision by the
board", "Accept 1 and 3. Reject 2."): the proposals taken and turned down, read out of the
message so that no verdict or reason becomes a measure of its own."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.domain.session import Session
from assistant.language.cues.proposal_verdicts import (
    ADDED_MEASURE_RE,
    BARE_PLACES_RE,
    MIDDLE_WORDS,
    PLACE_RE,
    REST_PLACE_RE,
    TAKEN_RE,
    TURNED_DOWN_RE,
    VERDICT_CLAUSE_RE,
    VERDICT_OPENING_RE,
    VERDICT_VERB_RE,
    VERDICT_WORDS,
)
from assistant.language.cues.references import NUMBER_WORDS, ORDINALS
from assistant.language.textparts import words
from assistant.method.reading.segments import split_sentences

LEFT_OVER_RE = re.compile(r"^[\s.!?;,]+", re.MULTILINE)  # the stop of a sentence read out
REFUSING_VERBS = ("reject", "skip", "drop", "scrap", "schrap", "laat")


@dataclass
class Verdicts:
    """The proposals taken and turned down by verdict sentences, and the sentences left."""

    taken: list[int] = field(default_factory=list)
    refused: list[int] = field(default_factory=list)
    rest: str = ""

    @property
    def found(self) -> bool:
        return bool(self.taken or self.refused)


def proposal_verdicts(text: str, numbers: list[int]) -> Verdicts:
    """The verdicts on the proposals numbered ``numbers`` in ``text``, and what is left."""
    out = Verdicts(rest=text)
    if not numbers:
        return out
    reason_due = False  # after a sentence that only turns proposals down, its reason follows
    rest_sides: list[bool] = []  # "rest prima", "the others no": for the proposals not named
    for sentence in split_sentences(text):
        taken, refused, left = _sentence_verdict(sentence, numbers, rest_sides)
        if taken is None and reason_due and _reason(sentence):
            out.rest = out.rest.replace(sentence.strip(), "", 1)  # "4 no. Far too expensive."
        reason_due = taken == [] and bool(refused)
        if taken is None or sentence.strip() not in out.rest:
            continue
        out.taken += [n for n in taken if n not in out.taken]
        out.refused += [n for n in refused if n not in out.refused]
        said = re.compile(re.escape(sentence.strip()) + r"\s*[.!?;]*\s*")
        found = said.search(out.rest)
        if found is not None:  # the sentence read out, the measure it adds left in its place
            kept = f"{left}. " if left else ""
            out.rest = out.rest[: found.start()] + kept + out.rest[found.end() :]
    _judge_the_rest(out, numbers, rest_sides)
    out.rest = LEFT_OVER_RE.sub("", out.rest).strip() if out.found else text
    return out


def _judge_the_rest(out: Verdicts, numbers: list[int], sides: list[bool]) -> None:
    """The proposals a message judges as "the rest" ("nr 2 niet, rest prima"): those it names
    nowhere else, taken or turned down as that clause says; only beside a proposal it names."""
    named = {*out.taken, *out.refused}
    if not sides or not named:
        return
    others = [n for n in numbers if n not in named]
    (out.taken if sides[-1] else out.refused).extend(others)


def _reason(sentence: str) -> bool:
    """Whether a sentence after one that only turns proposals down is its reason: short, with no
    label of its own and no measure added ("Far too expensive for a pilot."; not "zelf: bij
    twijfel gaat de schouwmeester alsnog kijken", "plus: ...")."""
    said = sentence.strip()
    short = len(words(said)) <= REASON_WORDS and ":" not in said
    return short and ADDED_MEASURE_RE.match(said) is None


REASON_WORDS = 8


def _sentence_verdict(
    sentence: str, numbers: list[int], rest_sides: list[bool]
) -> tuple[list[int] | None, list[int], str]:
    """The proposals a sentence takes and turns down, and the measure it adds after them; None
    when the sentence is no verdict. The side of a clause about "the rest" goes to
    ``rest_sides``."""
    clauses = [c for c in VERDICT_CLAUSE_RE.split(sentence.strip(" .!?")) if c and c.strip()]
    taken: list[int] = []
    refused: list[int] = []
    side: bool | None = None
    pending: list[str] = []
    for index, clause in enumerate(clauses):
        if BARE_PLACES_RE.match(clause):
            pending += PLACE_RE.findall(clause)  # "twee | en drie wel": judged with the next
            continue
        judged = _clause_verdict(clause, side)
        if judged is None:
            if side is None:
                return None, [], ""  # no verdict opens the sentence
            if ADDED_MEASURE_RE.match(clause.strip()):
                return taken, refused, ", ".join(clauses[index:])
            continue  # the reason for the verdict before it
        side, places = judged
        places, pending = [*pending, *places], []
        if any(REST_PLACE_RE.match(p) for p in places):
            rest_sides.append(side)
            places = [p for p in places if not REST_PLACE_RE.match(p)]
        resolved = [n for p in places for n in _resolved(p, numbers)]
        (taken if side else refused).extend(n for n in resolved if n not in taken + refused)
    if side is None:
        return None, [], ""  # "1 en 3": numbers only, read as a pick elsewhere
    return taken, refused, ""


def _clause_verdict(clause: str, before: bool | None) -> tuple[bool, list[str]] | None:
    """Whether a clause takes (True) or turns down (False) the places it opens with; None when
    it is no verdict. A clause without words of its own keeps the side of the one before."""
    if len(words(clause)) > VERDICT_WORDS:
        return None
    verb = VERDICT_VERB_RE.match(clause)
    if verb is not None:
        refusing = verb.group("verb").lower().startswith(REFUSING_VERBS)
        return not refusing, PLACE_RE.findall(verb.group("places"))
    opening = VERDICT_OPENING_RE.match(clause)
    if opening is None:
        return None
    judged = opening.group("judged")
    if TURNED_DOWN_RE.search(judged):
        side: bool | None = False
    elif TAKEN_RE.search(judged):
        side = True
    else:
        side = before
    if side is None:
        return None
    return side, PLACE_RE.findall(opening.group("places"))


def _resolved(place: str, numbers: list[int]) -> list[int]:
    """The proposal number a place names ("de derde" 3, "the middle one" the middle number,
    "the last" the highest)."""
    if not numbers:
        return []
    said = [w.lower() for w in words(place)]
    for word in said:
        if word.isdigit():
            return [int(word)] if int(word) in numbers else []
        if word in MIDDLE_WORDS:
            return [sorted(numbers)[len(numbers) // 2]] if len(numbers) % 2 else []
        if word in ORDINALS:
            n = ORDINALS[word]
            return [max(numbers)] if n == -1 else ([n] if n in numbers else [])
        if word in NUMBER_WORDS:
            n = NUMBER_WORDS[word]
            return [n] if n in numbers else []
    return []


def offered_numbers(session: Session) -> list[int]:
    """The numbers of the option proposals on the table."""
    return [p.number for p in session.proposals if p.kind == "option"]
