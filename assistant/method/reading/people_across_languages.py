"""Whether two words name the same group of people in Dutch and in English (see
``assistant.language.cues.people_across_languages``): "kassapersoneel" and "staff", "bezoekers"
and "theatregoers", "parents" and "ouders"."""

from __future__ import annotations

from functools import lru_cache

from assistant.language.cues.people_across_languages import (
    ENGLISH_COMPOUND_TAILS,
    MIN_DUTCH_COMPOUND_PART,
    PEOPLE_ACROSS_LANGUAGES,
)


@lru_cache(maxsize=16384)
def same_people_across_languages(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (lower case) are the Dutch and the English word for one group."""
    if a == b:
        return False
    for dutch, english in PEOPLE_ACROSS_LANGUAGES:
        if _dutch(a, dutch) and _english(b, english):
            return True
        if _dutch(b, dutch) and _english(a, english):
            return True
    return False


def _dutch(word: str, forms: tuple[str, ...]) -> bool:
    """``word`` is one of ``forms`` or a compound ending in a long one ("kassapersoneel")."""
    return word in forms or any(
        len(form) >= MIN_DUTCH_COMPOUND_PART and word.endswith(form) for form in forms
    )


def _english(word: str, forms: tuple[str, ...]) -> bool:
    """``word`` is one of ``forms`` or a compound ending in "-goers" ("theatregoers")."""
    return word in forms or any(
        word.endswith(tail) for tail in ENGLISH_COMPOUND_TAILS if tail in forms
    )
