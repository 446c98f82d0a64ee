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
    ASIDE_AT_OPTIONS_RE,
    CONCERN_REPEATED_RE,
    DECLINED_MEASURE_RES,
    DIRECTION_SET_RE,
    DOUBT_RE,
    DOUBT_WORDS,
    HEDGED_MEASURE_RE,
    INSTEAD_RE,
    MUST_BE_IN_RE,
    OPTION_CLAIM_RE,
    PICKED_BY_WORD_RE,
    PROPOSAL_RULED_OUT_RE,
    PROPOSALS_JUDGED_RE,
    REMARK_AT_OPTIONS_WORDS,
    REPLY_WISH_RE,
    WRITTEN_ELSEWHERE_RE,
    WRITTEN_ELSEWHERE_WORDS,
)
from assistant.language.textparts import words
from assistant.method.reading.reading import Reading
from assistant.method.reading.side_remarks import joke

Talk = Literal["declined", "doubt", "elsewhere", "picked", "direction", "remark"]


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
    return "remark" if remark_at_options(said) else None


def remark_at_options(said: str) -> bool:
    """A remark beside the options that names no measure: a verdict on the proposals ("te
    algemeen, niet overnemen", "the rest doesn't fit us"), a proposal ruled out before it is read
    ("als er iets over X tussen zit: niet doen"), a wish about the reply ("houd het kort", "kom
    maar met opties"), a worry said again ("as I said, that worry is real"), an aside ("maar dat
    is een andere discussie", "can we even legally ...?", "ik meen dat X zoiets heeft"), a joke
    ("ik gebruik het zelf ook haha"), "dat moet erin" after a measure or a claim that the
    measure before is an option ("dat wil ik als maatregel meenemen")."""
    judged = PROPOSALS_JUDGED_RE.search(said) is not None and not INSTEAD_RE.search(said)
    if judged and len(words(said)) <= REMARK_AT_OPTIONS_WORDS:
        return True
    remarks = (PROPOSAL_RULED_OUT_RE, REPLY_WISH_RE, CONCERN_REPEATED_RE, ASIDE_AT_OPTIONS_RE)
    if any(r.search(said) for r in remarks):
        return True
    if OPTION_CLAIM_RE.match(said) is not None:
        return True  # "dat wil ik als maatregel meenemen": the measure before it is the option
    return MUST_BE_IN_RE.match(said) is not None or joke(said)


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


def option_claim(text: str) -> bool:
    """Whether a sentence only counts the measure before it among the options ("dat wil ik als
    maatregel tegen X meenemen", "I'd count that as an option too"): no measure of its own."""
    return OPTION_CLAIM_RE.match(text.strip()) is not None


def claimed_measure(text: str) -> str:
    """The measure before such a claim closing its sentence after a comma ("we already decided
    X, i'd count that as an option too": X); "" where the sentence ends in no claim."""
    head, comma, tail = text.rpartition(",")
    return head.strip() if comma and head.strip() and option_claim(tail) else ""
