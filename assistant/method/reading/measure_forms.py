"""Whether an item read among measures names none by its form: a verdict on proposals by their
number or a pointer, a decision still to take, a measure turned down or a story told to the
speaker (cue words in :mod:`assistant.language.cues.measure_forms`)."""

from __future__ import annotations

import re

from assistant.language.cues.grammar import STOPWORDS
from assistant.language.cues.measure_forms import (
    ADDED_END_RE,
    ADDED_TO_LIST_RE,
    DECISION_TO_TAKE_RE,
    POINTING_WORDS,
    REPORTED_RE,
    REPORTED_WISH_RE,
    TOLD_STORY_RE,
    TURNED_DOWN_LEAD_RE,
    TURNED_DOWN_TAIL_RE,
    VERDICT_WORDS,
)
from assistant.language.textparts import words
from assistant.method.reading.group_sides import options_left_to_group

STORY_SUBJECT_WORDS = 5  # words before "told me", "zei dat": who told it


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
        or _opens_with(TOLD_STORY_RE.search(text), text)
        or added_to_the_actors(text)  # "the judges should be in the list"
        or reported(text)
        or options_left_to_group(text)  # "de groep gaat zelf opties bedenken"
    )


def reported(text: str) -> bool:
    """What someone is reported to have said or offered, in the speaker's words ("Erik offered
    to run it"), not quoted after a colon ("Die zei laatst: 'we willen zelf kiezen ...'") nor
    a wish told through them ("de OR zei dat er een loket moet komen")."""
    found = REPORTED_RE.search(text)
    if found is None or not _opens_with(found, text) or any(m in text for m in ':"\u201c'):
        return False
    return REPORTED_WISH_RE.search(text[found.end() :]) is None


def added_to_the_actors(text: str) -> bool:
    """Someone asked onto the list of actors ("the judges should be in the list", "de OR moet
    er echt bij"), not a measure with "bij" in it ("het model moet bij elke zin verwijzen")."""
    found = ADDED_TO_LIST_RE.search(text)
    if found is None:
        return False
    return not found.group(0).lower().endswith("bij") or bool(
        ADDED_END_RE.match(text[found.end() :])
    )


def _opens_with(found: re.Match[str] | None, text: str) -> bool:
    """Whether the story opens the item: at most a short subject before it ("an older colleague
    of Anouk's told her ..."), not a tail after a measure ("a course, Priya offered to give it"
    read as one measure)."""
    return found is not None and len(words(text[: found.start()])) <= STORY_SUBJECT_WORDS


def pointer_verdict(text: str) -> bool:
    """Only words that point at proposals or give a verdict on them, one that points at least
    ("the third one I don't like", "Van jouw lijstje: de tweede ja, de rest niet")."""
    tokens = words(text)
    known = POINTING_WORDS | VERDICT_WORDS | STOPWORDS
    return any(t in POINTING_WORDS or t.isdigit() for t in tokens) and all(
        t in known or t.isdigit() for t in tokens
    )
