"""Talk about measures read as a measure of its own, sorted out: a measure turned down ("not
the newsletter", "dat infomoment voor tuinders niet"), a doubt or a pause ("ik twijfel of dat
nodig is", "hm, hadn't thought of that"), measures pointed at where they were written ("die
afspraken uit de notulen zijn er twee") are no options; a proposal picked by a word alone
("the appeal one too", "the camera idea above, yes") is a pick by description, looked up
among the proposals; the direction of an effect set ("zet het maar als negatief") is no
measure either (Dutch and English)."""

from __future__ import annotations

from typing import Literal

from assistant.language.cues.measure_talk import (
    DECLINED_MEASURE_RES,
    DIRECTION_SET_RE,
    DOUBT_RE,
    DOUBT_WORDS,
    HEDGED_MEASURE_RE,
    INSTEAD_RE,
    PICKED_BY_WORD_RE,
    WRITTEN_ELSEWHERE_RE,
    WRITTEN_ELSEWHERE_WORDS,
)
from assistant.language.textparts import words
from assistant.method.reading.reading import Reading

Talk = Literal["declined", "doubt", "elsewhere", "picked", "direction"]


def measure_talk(text: str) -> Talk | None:
    """What a text read as a measure is when it names none of its own; None for a measure."""
    said = text.strip()
    count = len(words(said))
    if PICKED_BY_WORD_RE.match(said):
        return "picked"
    if DIRECTION_SET_RE.match(said):
        return "direction"  # "zet het maar als negatief": about an effect
    if any(r.match(said) for r in DECLINED_MEASURE_RES) and not INSTEAD_RE.search(said):
        return "declined"
    hedged = HEDGED_MEASURE_RE.search(said) is not None  # "not sure, maybe a buddy ...": one
    if DOUBT_RE.search(said) and count <= DOUBT_WORDS and not hedged:
        return "doubt"
    if WRITTEN_ELSEWHERE_RE.search(said) and count <= WRITTEN_ELSEWHERE_WORDS:
        return "elsewhere"
    return None


def talk_without_measures(reading: Reading) -> None:
    """The options of ``reading`` without talk about measures: a pick by a word alone goes to
    the picks by description, the rest is dropped."""
    kept = []
    for option in reading.options:
        talk = measure_talk(option.text)
        if talk is None:
            kept.append(option)
        elif talk == "picked" and option.text not in reading.unmatched_picks:
            reading.unmatched_picks.append(option.text)
    reading.options = kept
