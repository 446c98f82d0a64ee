"""Whether an item read among measures names none by its form: a verdict on proposals by their
number or a pointer, a decision still to take, a measure turned down or a story told to the
speaker (cue words in
:mod:`assistant.language.cues.measure_forms`)."""

from __future__ import annotations

from assistant.language.cues.grammar import STOPWORDS
from assistant.language.cues.measure_forms import (
    DECISION_TO_TAKE_RE,
    POINTING_WORDS,
    TOLD_STORY_RE,
    TURNED_DOWN_LEAD_RE,
    TURNED_DOWN_TAIL_RE,
    VERDICT_WORDS,
)
from assistant.language.cues.options import ADDED_TO_LIST_RE
from assistant.language.textparts import words


def names_no_measure(item: str) -> bool:
    """A verdict on proposals ("De vierde vind ik ook goed"), a decision to take ("we must
    decide whether to continue"), a measure turned down ("X hoeft niet", "I'm dropping X") or a
    story told to the speaker ("a parent came up to me at the open evening")."""
    text = item.strip()
    return (
        pointer_verdict(text)
        or DECISION_TO_TAKE_RE.search(text) is not None
        or TURNED_DOWN_TAIL_RE.search(text) is not None
        or TURNED_DOWN_LEAD_RE.match(text) is not None
        or TOLD_STORY_RE.search(text) is not None
        or ADDED_TO_LIST_RE.search(text) is not None  # "the judges should be in the list"
    )


def pointer_verdict(text: str) -> bool:
    """Only words that point at proposals or give a verdict on them, one that points at least
    ("the third one I don't like", "Van jouw lijstje: de tweede ja, de rest niet")."""
    tokens = words(text)
    known = POINTING_WORDS | VERDICT_WORDS | STOPWORDS
    return any(t in POINTING_WORDS or t.isdigit() for t in tokens) and all(
        t in known or t.isdigit() for t in tokens
    )
