"""Whether a part of a sentence among measures goes on with the measure before it, beyond the
rules of :func:`assistant.method.reading.extraction.option_items`: a condition after it, a
second infinitive of the same verb, or the verb of a subject or a phrase in front that has none
(cue words in :mod:`assistant.language.cues.measure_parts`). One measure told with its
conditions and parts is one option, not several."""

from __future__ import annotations

from assistant.language.cues.grammar import VERB_WORDS
from assistant.language.cues.measure_parts import (
    AFTER_VERB_WORDS,
    ALWAYS_WITH_RE,
    CONDITION_TAIL_RE,
    DECIDER_TAIL_RE,
    INVERTED_SUBJECTS,
    LAID_DOWN_RE,
    LAST_CONDITION_RE,
    NOUN_ENDINGS,
    PART_JOINT_RE,
    REMARK_FOLLOWERS,
    REMARK_OBJECTS,
    REMARK_SPEAKERS,
    REMARK_SUBJECTS,
    REMARK_WORDS,
    RULED_OUT_PHRASE_RE,
    RULED_OUT_WORDS,
    TE_INFINITIVE_RE,
    TO_BEFORE_RE,
    TO_INFINITIVE_RE,
)
from assistant.language.textparts import words
from assistant.method.reading.measure_tails import tail_of_measure
from assistant.method.reading.option_kind_scores import option_kind
from assistant.method.reading.segments import is_clause

MIN_VERB_LENGTH = 4  # "is", "has": too short to tell a verb of the third person by its end


def part_of_measure(measure: str, before: str, piece: str, joint: str, last: bool) -> bool:
    """Whether ``piece`` (after ``joint``) goes on with ``measure`` (the measure so far; ``before``
    the part right before it; ``last``: the piece ends the sentence)."""
    return (
        condition_of_measure(piece, joint, last)
        or bound_of_measure(piece)
        or DECIDER_TAIL_RE.match(piece.strip()) is not None
        or remark_on_measure(piece)
        or that_goes_on(measure, piece, joint)
        or infinitive_goes_on(before, piece, joint)
        or verb_of_subject(measure, piece, joint)
        or tail_of_measure(measure, before, piece, joint)
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


def bound_of_measure(piece: str) -> bool:
    """What the measure rules out or always goes with, told without a verb of its own ("...,
    never from the model's memory", "..., nooit voor groepen kleiner dan twintig", "..., altijd
    naast een eigen observatie")."""
    text, tokens = piece.strip(), words(piece)
    if len(tokens) > RULED_OUT_WORDS or any(t in VERB_WORDS for t in tokens):
        return False
    return RULED_OUT_PHRASE_RE.match(text) is not None or ALWAYS_WITH_RE.match(text) is not None


def remark_on_measure(piece: str) -> bool:
    """A short remark on the measure before, by a pronoun as its subject ("..., dat staat al in
    de wet", "..., that is in the rules already") or as the object of the speaker ("..., we need
    it for the appeals", "..., we'd need that in the regulations")."""
    tokens = words(piece)
    if tokens[:1] in (["maar"], ["but"], ["en"], ["and"]):
        tokens = tokens[1:]
    if len(tokens) < 2 or len(tokens) > REMARK_WORDS or LAID_DOWN_RE.search(piece):
        return False  # "..., and that goes into the funding agreement": a measure of its own
    if tokens[0] in REMARK_SUBJECTS:
        return tokens[1] in VERB_WORDS
    if tokens[0] not in REMARK_SPEAKERS:
        return False
    for index in range(1, min(4, len(tokens))):
        if tokens[index] in REMARK_OBJECTS:
            after = tokens[index + 1 : index + 2]
            return not after or after[0] in REMARK_FOLLOWERS
    return False


def that_goes_on(measure: str, piece: str, joint: str) -> bool:
    """A second "dat"/"that" clause after one the measure already holds ("een regel dat er
    altijd iemand bij is, en dat het rooster niet krimpt", "I want that X, and that Y"): the
    same rule or wish goes on, unless its words point to a kind the measure's words do not."""
    tokens = words(piece)
    if tokens[:1] not in (["dat"], ["that"]) or not is_clause(" ".join(tokens[1:])):
        return False
    if not {"en", "and"} & set(words(joint)) or not {"dat", "that"} & set(words(measure)):
        return False
    kind, earlier = option_kind(piece), option_kind(measure)
    return kind is None or kind == earlier  # "..., en dat we afspreken dat ...": a kind of its own


def measure_head(text: str) -> str:
    """A measure without the tail that says who decides after it ("the AI only gives hints,
    the advisor decides" -> "the AI only gives hints"): its kind is that of its head. What it
    rules out stays ("..., never an automatic no" says a rule of the environment)."""
    head = text
    while True:
        joints = list(PART_JOINT_RE.finditer(head))
        if not joints:
            return head
        last = joints[-1]
        tail = head[last.end() :]
        if not DECIDER_TAIL_RE.match(tail.strip()):
            return head
        head = head[: last.start()]
