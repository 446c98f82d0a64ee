"""Plain-text checks: which language a reply is in, and whether it gives an ethical verdict
(the verdict phrases live in ``assistant.method.verdict``: the product guards its replies with
the same detection the evals check them with)."""

from __future__ import annotations

from assistant.language.detect import detect_language, language_scores
from assistant.method.verdict import VerdictHit, find_verdicts

__all__ = ["VerdictHit", "detect_language", "find_verdicts", "language_scores", "normalise"]


def normalise(text: str) -> str:
    """Lower case, quotes unified, whitespace collapsed: for finding quoted evidence."""
    table = str.maketrans({q: '"' for q in "“”„«»"} | {q: "'" for q in "‘’"})
    return " ".join(text.translate(table).lower().split())
