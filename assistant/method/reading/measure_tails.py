"""Whether a part cut off by a comma or "en"/"and" is a tail of the measure before it that refers
back to it, not a measure of its own (cue words in :mod:`assistant.language.cues.measure_tails`):
a remark on it by a pronoun ("..., the doctor can ask that", "..., daar maken we een afspraak
over"), an example, a way or how often ("..., bv bij het fruitmoment", "..., via de school",
"..., twee keer per jaar"), what the tool is beside it ("..., de sensor is alleen een tip"), the
rest of a Dutch clause the measure opened ("dat X zichtbaar is en niet automatisch door gaat") or a
second verb of the people it opens with ("care staff ask residents ..., and phone those
people"). A measure and its tail are one option; a list of measures stays a list."""

from __future__ import annotations

from assistant.language.cues.grammar import VERB_WORDS
from assistant.language.cues.measure_joints import PUT_THERE_RE
from assistant.language.cues.measure_parts import LAID_DOWN_RE
from assistant.language.cues.measure_tails import (
    AGREED_WITH_RE,
    AGREED_WITH_WORDS,
    AGREEMENT_CONTENT_WORDS,
    BACK_OBJECT_ENDS,
    BACK_OBJECT_WORDS,
    BASE_VERB_OBJECTS,
    CONTINUED_CLAUSE_WORDS,
    CONTRASTED_STARTS,
    CONTRASTED_WORDS,
    EXAMPLE_TAIL_RE,
    EXAMPLE_WORDS,
    FREQUENCY_TAIL_RE,
    FRONTED_BACK_RE,
    MIN_VERB_END,
    NO_BASE_VERBS,
    NO_VERB_ENDS,
    RELATIVE_SUBORDINATORS,
    SUBORDINATORS,
    TOOL_ROLE_RE,
    TOOL_ROLE_WORDS,
    VERB_CLUSTER,
    WITH_TAIL_RE,
    WITH_TAIL_WORDS,
)
from assistant.language.textparts import words
from assistant.method.reading.actor_lists import is_person

PERSON_HEAD = 3  # "the call centre staff": the people a measure opens with


def tail_of_measure(measure: str, before: str, piece: str, joint: str) -> bool:
    """Whether ``piece`` (after ``joint``) refers back to the part ``before`` it (``measure``:
    the measure so far)."""
    comma = joint.strip() == ","  # ", en een ...": a measure of its own
    return (
        remark_back(piece)
        or (comma and told_with(piece))
        or clause_goes_on(before, piece, joint)
        or ("," in joint and contrast_goes_on(measure))
        or verb_of_people_before(before, piece, joint)
    )


def remark_back(piece: str) -> bool:
    """A short remark whose object points back at the measure ("the doctor can ask that", "dat
    risico nemen we", "daar maken we een afspraak over"); not where it is laid down ("dat
    zetten we in het contract": a measure of its own)."""
    text, tokens = piece.strip(" .!"), words(piece)
    if not tokens or PUT_THERE_RE.match(text) or LAID_DOWN_RE.search(text):
        return False
    if FRONTED_BACK_RE.match(text):
        return True
    short = 2 < len(tokens) <= BACK_OBJECT_WORDS
    return short and tokens[-1] in BACK_OBJECT_ENDS and any(t in VERB_WORDS for t in tokens)


def told_with(piece: str) -> bool:
    """An example, a way, how often, with whom it is agreed or what the tool is, after a comma
    ("..., bv bij het fruitmoment", "..., via de school", "..., met de melding dat er geen baken
    is", "..., eens per maand", "..., afspraak met het OM", "..., de sensor is alleen een
    tip")."""
    text, tokens = piece.strip(), words(piece)
    if EXAMPLE_TAIL_RE.match(text) and len(tokens) <= EXAMPLE_WORDS:
        return True
    if FREQUENCY_TAIL_RE.match(text):
        return True
    if TOOL_ROLE_RE.match(text) and len(tokens) <= TOOL_ROLE_WORDS:
        return True
    if AGREED_WITH_RE.match(text) and len(tokens) <= AGREED_WITH_WORDS:
        content = AGREEMENT_CONTENT_WORDS & set(tokens)
        return not content and not any(t in VERB_WORDS for t in tokens)
    return WITH_TAIL_RE.match(text) is not None and _verbless_head(tokens, WITH_TAIL_WORDS)


def _verbless_head(tokens: list[str], most: int) -> bool:
    """No verb before a clause that explains it ("met de melding dat er ..."), and short."""
    head = tokens[: tokens.index("dat")] if "dat" in tokens else tokens
    head = head[: head.index("that")] if "that" in head else head
    return len(head) <= most and not any(t in VERB_WORDS for t in head)


def contrast_goes_on(measure: str) -> bool:
    """A part after "not X," ("not a ban on worksheets, but a rule that ...", "niet elke zaak
    twee keer laten beoordelen, wel een steekproef ..."): what is meant instead of what is not;
    the two are one measure (a correction), not a measure and its opposite."""
    head = words(measure.rsplit(":", 1)[-1])
    return bool(head) and head[0] in CONTRASTED_STARTS and len(head) <= CONTRASTED_WORDS


def clause_goes_on(before: str, piece: str, joint: str) -> bool:
    """After "en" (no comma), a Dutch part with its verbs at the end and none before them and no
    clause of its own, where the part
    before ends a clause opened by "dat", "als", "voordat" ... with its verb ("dat reisdata na
    30 dagen weg zijn en nooit voor marketing worden gebruikt"): the same clause goes on."""
    if joint.strip().lower() != "en":
        return False  # ", en ...": a measure of its own
    tokens, earlier = words(piece), words(before)
    if len(tokens) < 2 or len(tokens) > CONTINUED_CLAUSE_WORDS or not earlier:
        return False
    if SUBORDINATORS & set(tokens) or "zodat" in tokens:
        return False  # "... en begeleiders bespreken het zodat ...": its own verb in the middle
    if not _clause_open_to_end(earlier):
        return False
    front = tokens[: len(tokens) - VERB_CLUSTER] if len(tokens) > VERB_CLUSTER else tokens[:1]
    return _verb_end(tokens) and not any(t in VERB_WORDS for t in front)


def _clause_open_to_end(tokens: list[str]) -> bool:
    """Whether Dutch words end a clause opened by a subordinating word with its verb; after a
    relative word only with one verb at the end (two are those of a main clause after it)."""
    opened = SUBORDINATORS & set(tokens[:-1])
    if not opened or not _verb_end(tokens):
        return False
    relative = opened <= RELATIVE_SUBORDINATORS
    return not (relative and len(tokens) > 1 and tokens[-2] in VERB_WORDS)


def _verb_end(tokens: list[str]) -> bool:
    """Whether Dutch words end on a verb: a known one, a participle, a form in -t or an
    infinitive after a known verb ("kunnen bedienen")."""
    last = tokens[-1]
    if last in VERB_WORDS:
        return True
    if len(last) < MIN_VERB_END or last in NO_VERB_ENDS:
        return False
    if last.startswith("ge") and last.endswith(("d", "t")):
        return True
    infinitive = last.endswith("en") and len(tokens) > 1 and tokens[-2] in VERB_WORDS
    return infinitive or (last.endswith("t") and not last.endswith(("st", "nt", "ct", "ft")))


def verb_of_people_before(before: str, piece: str, joint: str) -> bool:
    """After "and", an English verb in its base form with its object ("..., and phone those
    people", "... and keep them posted") going on with the people the part before opens with
    ("care staff ask residents ...", "the collectives help farmers ...")."""
    if "and" not in words(joint):
        return False
    tokens, earlier = words(piece), words(before)
    if len(tokens) < 2 or tokens[0] in NO_BASE_VERBS or tokens[0].endswith(("ing", "ed", "s")):
        return False
    if tokens[1] not in BASE_VERB_OBJECTS:
        return False
    head = [w for w in earlier[:PERSON_HEAD] if w not in ("the", "a", "an", "our", "all")]
    return any(is_person(w) for w in head)
