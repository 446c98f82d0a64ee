"""Pieces of one effect read as two: the rules split a sentence at its commas and joining words
("veel minder rondrijden, gerichter handhaven", "more alerts, so more workload", "minder
appen achter het stuur, dus minder ongelukken"), and where two pieces that follow each other
in the message end up with the same people and the same direction, they tell one effect in
the speaker's words. Recorded as one, with the words between them as said; pieces of other
people or of the other direction stay apart ("agents save time, drivers get more fines")."""

from __future__ import annotations

import re

from assistant.domain.session import Effect, Session
from assistant.language.cues.direction import PIECES_TURNED_RE

# Between two pieces of one effect: at most a few joining words ("en", "dus", "so", "which
# means"), no end of a sentence, line or list item, and no colon (a label opens a new item).
MAX_JOINING_WORDS = 3
SENTENCE_BREAK_RE = re.compile(r"[.!?;:\n]|\s[-+•*]\s")
WORD_RE = re.compile(r"\w+")


def join_pieces(session: Session, added: list[Effect], text: str) -> list[Effect]:
    """``added`` (the effects just recorded from ``text``, in order) with each run of pieces of
    one effect joined into its first: the others leave the session. The effects kept."""
    kept: list[Effect] = []
    lowered = text.lower()
    end = -1  # where the last kept effect ends in the message, -1 where it cannot be found
    for effect in added:
        start = lowered.find(effect.text.lower(), max(end, 0))
        if kept and _one_effect(kept[-1], effect) and _joined_by(lowered, end, start):
            kept[-1].text += text[end:start] + text[start : start + len(effect.text)]
            session.effects = [e for e in session.effects if e.id != effect.id]
        else:
            kept.append(effect)
        end = start + len(effect.text) if start >= 0 else -1
    return kept


def _one_effect(before: Effect, effect: Effect) -> bool:
    return before.actor_id == effect.actor_id and before.direction == effect.direction


def _joined_by(lowered: str, end: int, start: int) -> bool:
    """Whether the words between two pieces (found at ``end`` and ``start`` of the message, -1
    where not found) join them within one sentence."""
    if end < 0 or start < 0:
        return False
    gap = lowered[end:start]
    if SENTENCE_BREAK_RE.search(gap) or PIECES_TURNED_RE.search(gap):
        return False
    return len(WORD_RE.findall(gap)) <= MAX_JOINING_WORDS
