"""Whether a part of a sentence among measures goes on with the measure before it, beyond the
rules of :func:`assistant.method.reading.extraction.option_items`: a condition after it, a
second infinitive of the same verb, or the verb of a subject or a phrase in front that has none
(cue words in :mod:`assistant.language.cues.measure_parts`). One measure told with its
conditions and parts is one option, not several."""

from __future__ import annotations

from assistant.language.cues.grammar import VERB_WORDS
from assistant.language.cues.measure_parts import (
    AFTER_VERB_WORDS,
    CONDITION_TAIL_RE,
    INVERTED_SUBJECTS,
    LAST_CONDITION_RE,
    NOUN_ENDINGS,
    TE_INFINITIVE_RE,
    TO_BEFORE_RE,
    TO_INFINITIVE_RE,
)
from assistant.language.textparts import words
from assistant.method.reading.segments import is_clause

MIN_VERB_LENGTH = 4  # "is", "has": too short to tell a verb of the third person by its end


def part_of_measure(measure: str, before: str, piece: str, joint: str, last: bool) -> bool:
    """Whether ``piece`` (after ``joint``) goes on with ``measure`` (the measure so far; ``before``
    the part right before it; ``last``: the piece ends the sentence)."""
    return (
        condition_of_measure(piece, joint, last)
        or infinitive_goes_on(before, piece, joint)
        or verb_of_subject(measure, piece, joint)
    )


def condition_of_measure(piece: str, joint: str, last: bool) -> bool:
    """A condition after a comma ("..., even if the blur works", "..., voor als hij iets
    persoonlijks vertelt"), or one that ends the sentence ("..., als dat technisch kan")."""
    if "," not in joint:
        return False
    text = piece.strip()
    return CONDITION_TAIL_RE.match(text) is not None or (
        last and LAST_CONDITION_RE.match(text) is not None
    )


def infinitive_goes_on(before: str, piece: str, joint: str) -> bool:
    """A second infinitive of the verb before ("taught to X and to Y", "getraind om X te
    gebruiken en het gesprek aan te gaan"): no subject or verb of its own before it."""
    if "en" not in words(joint) and "and" not in words(joint) and "," not in joint:
        return False
    text = piece.strip()
    if TO_INFINITIVE_RE.match(text):
        return TO_BEFORE_RE.search(before) is not None
    found = TE_INFINITIVE_RE.search(text)
    if found is None or TE_INFINITIVE_RE.search(before) is None:
        return False
    lead = words(text[: found.start()])
    return not any(w in VERB_WORDS for w in lead)


def verb_of_subject(measure: str, piece: str, joint: str) -> bool:
    """A finite verb that opens the part: after a comma while the measure so far has none, of
    its subject ("A steward, not the camera, decides ...") or a phrase in front of it ("Bij
    zware zaken, moet er altijd eerst een medewerker bellen"); after "and" a verb of the third
    person going on with the subject before ("..., and does it away from the queue")."""
    tokens = words(piece)
    if len(tokens) < 2:
        return False
    english = third_person(tokens[0]) and tokens[1] in AFTER_VERB_WORDS
    if "and" in words(joint) or "en" in words(joint):
        return english  # "..., en zet het model ...": a second measure told as an instruction
    if "," not in joint or is_clause(measure):
        return False
    return english or (tokens[0] in VERB_WORDS and tokens[1] in INVERTED_SUBJECTS)


def third_person(word: str) -> bool:
    """An English verb of the third person by its form ("decides", "opens"), no noun ending."""
    return len(word) >= MIN_VERB_LENGTH and word.endswith("s") and not word.endswith(NOUN_ENDINGS)
