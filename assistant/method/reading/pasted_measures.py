"""A pointer back to the measures of a text pasted before (a letter's requests, a memo's
proposal, the action points of minutes), naming none of them: "die drie uit de mail",
"the three from the association are good", "the actions miss a context one", "wat mist er
nog bij die actiepunten?". What the speaker adds after it ("+ training voor de boa's") is a
measure of their own; a kind said to be missing is the kind of the measure that follows."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.session import OptionKind
from assistant.language.cues.kind_coverage import COVERAGE_KIND_WORDS, COVERAGE_WORDS
from assistant.language.cues.measure_talk import OPTION_TALK_WORDS
from assistant.language.cues.replies import POINTING_WORDS
from assistant.language.cues.reported_measures import (
    PASTED_COUNT_POINTER_RE,
    PASTED_MEASURES_WORD_RE,
    PASTED_MISSING_WORDS,
    PASTED_POINTER_TALK_WORDS,
    POINTER_JOINT_RE,
)
from assistant.language.textparts import words


@dataclass(frozen=True)
class PastedPointer:
    """A pointer to pasted measures: the measure said after it, and a kind said missing."""

    added: str = ""
    missing: OptionKind | None = None
    counted: bool = True  # by number and source, not only by what they are


def _talk_only(text: str) -> bool:
    """Whether ``text`` holds no measure: only words of approval, of options or of kinds."""
    known = PASTED_POINTER_TALK_WORDS | POINTING_WORDS | COVERAGE_WORDS | OPTION_TALK_WORDS
    return all(t in known or t in COVERAGE_KIND_WORDS for t in words(text))


def _missing_kind(text: str) -> OptionKind | None:
    """The one kind ``text`` says is missing ("miss a context one"), if it says so."""
    tokens = words(text)
    if not any(t in PASTED_MISSING_WORDS for t in tokens):
        return None
    kinds = {COVERAGE_KIND_WORDS[t] for t in tokens if t in COVERAGE_KIND_WORDS}
    return kinds.pop() if len(kinds) == 1 else None


def pasted_pointer(text: str) -> PastedPointer | None:
    """A pointer to the measures of a text pasted before, by their number and source ("die
    drie uit de mail", "the three from the association are good") or by what they are ("the
    actions miss a context one"), naming no measure itself but what it joins on ("+ ...")."""
    said = text.strip().rstrip(".!?")
    counted = PASTED_COUNT_POINTER_RE.match(said)
    if counted is not None:
        after = said[counted.end() :]
        joint = POINTER_JOINT_RE.match(after)
        if joint is not None and words(after[joint.end() :]):
            return PastedPointer(added=after[joint.end() :].strip())
        return PastedPointer(missing=_missing_kind(after)) if _talk_only(after) else None
    named = PASTED_MEASURES_WORD_RE.search(said)
    if named is None:
        return None
    rest = said[: named.start()] + " " + said[named.end() :]
    return PastedPointer(missing=_missing_kind(rest), counted=False) if _talk_only(rest) else None
