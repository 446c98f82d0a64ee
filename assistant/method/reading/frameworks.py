"""A law, framework or assessment named as where the project stands ("must comply with AVG,
DPIA done", "IAMA gepland voor Q2", "grondslag AVG art. 6 nog uitzoeken"): a fact of the case,
no measure; "DPIA laten doen vóór go-live" asks for something done and stays a measure."""

from __future__ import annotations

from assistant.language.cues.frameworks import FRAMEWORK_NAMES, NUMBER_RE, STATUS_WORDS
from assistant.language.textparts import words


def framework_status(text: str) -> bool:
    """Whether ``text`` only names laws, frameworks or assessments and where they stand (done,
    planned, to comply with, to be checked), naming one at least."""
    said = [w.strip("-.'") for w in words(text.replace("+", " "))]
    said = [w for w in said if w]
    named = [w for w in said if w in FRAMEWORK_NAMES]
    known = FRAMEWORK_NAMES | STATUS_WORDS
    return bool(named) and all(w in known or NUMBER_RE.match(w) for w in said)
