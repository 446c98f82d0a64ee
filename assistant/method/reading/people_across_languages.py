"""Whether two words name the same group of people in Dutch and in English (see
``assistant.language.cues.people_across_languages``): "kassapersoneel" and "staff", "bezoekers"
and "theatregoers", "parents" and "ouders"."""

from __future__ import annotations

from functools import lru_cache

from assistant.language.cues.people_across_languages import (
    ENGLISH_COMPOUND_TAILS,
    EVERYDAY_GROUP_WORDS,
    MIN_DUTCH_COMPOUND_PART,
    OWNER_WORDS,
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


@lru_cache(maxsize=16384)
def everyday_word_for(word: str, head: str) -> bool:
    """Whether ``word`` (lower case) is an everyday word for the group whose name has the head
    word ``head`` ("kids" for "Leerlingen", "de ouders" for "Gezinnen", "een vader" for
    "Ouders")."""
    return any(word in everyday and head in names for everyday, names in EVERYDAY_GROUP_WORDS)


def everyday_spots(tokens: list[str], head: str) -> list[int]:
    """Where ``tokens`` name the group of ``head`` by an everyday word, not after an owner."""
    return [
        i
        for i, t in enumerate(tokens)
        if everyday_word_for(t, head) and not (i and tokens[i - 1] in OWNER_WORDS)
    ]
