"""A sentence told while the case is asked that only describes the technology at work (the
cue words: :mod:`assistant.language.cues.technology_at_work`)."""

from __future__ import annotations

from assistant.language.cues.technology_at_work import (
    TECHNOLOGY_WORDS_RE,
    WEIGHING_WORDS_RE,
)
from assistant.method.reading.polarity import direction_strength

WEAK = 1.0  # one direction word, no marker or judgement: it may be one of the case's own things


def describes_the_technology(text: str) -> bool:
    """Whether ``text`` names the technology or its output at work, weighs nothing ("camera's
    aan het begin lezen alle kentekens", "the system determines whether the applicant falls
    within the income limit") and its rules' direction rests on one word at most: a
    description of the case rather than an effect on someone."""
    if TECHNOLOGY_WORDS_RE.search(text) is None or WEIGHING_WORDS_RE.search(text):
        return False
    return direction_strength(text) <= WEAK
