"""Which language a text is in: Dutch or English, by counting function words that only one of
the two languages has. One function for the whole package (replies in the evals, documents when
indexing, messages in the conversation)."""

from __future__ import annotations

import re

from assistant.domain.session import Language
from assistant.language.cues.grammar import FUNCTION_WORDS

_WORD = re.compile(r"[a-zà-ÿ']+")
_SHARED = FUNCTION_WORDS["nl"] & FUNCTION_WORDS["en"]
MIN_HITS = 2  # fewer function words than this: too little text to tell


def language_scores(text: str, limit: int = 20000) -> dict[Language, int]:
    """Function-word hits per language in the first ``limit`` characters (words shared by both
    languages count for neither)."""
    words = _WORD.findall(text[:limit].lower())
    return {
        lang: sum(1 for w in words if w in stops and w not in _SHARED)
        for lang, stops in FUNCTION_WORDS.items()
    }


def detect_language(text: str, default: Language | None = None) -> Language | None:
    """``nl`` or ``en``; ``default`` when the text has too few function words to tell."""
    scores = language_scores(text)
    nl, en = scores["nl"], scores["en"]
    if max(nl, en) < MIN_HITS or nl == en:
        return default
    return "nl" if nl > en else "en"
