"""The kind of organisation a short name is, by its head ("Het lab" -> "lab",
"energiebedrijven" -> "energiebedrijf", "the privacy officer" -> "privacy officer")."""

from __future__ import annotations

from assistant.language.cues.actor_names import ARTICLES_AND_OWNERS, NAME_BREAKS
from assistant.language.cues.organisations import (
    COMPOUND_KINDS,
    MIN_COMPOUND_KIND,
    ORGANISATION_KINDS,
    ORGANISATION_PLURALS,
)
from assistant.language.textparts import words

SUBJECT_WORDS = 5  # "de nieuwe leverancier uit Eindhoven levert": the verb within five words


def organisation_kind(name: str) -> str:
    """The kind of organisation a short name is, by its head ("Het lab" -> "lab",
    "energiebedrijven" -> "energiebedrijf", "the privacy officer" -> "privacy officer"); ""
    when its head is no kind of organisation."""
    tokens = words(name)
    while tokens and tokens[0] in ARTICLES_AND_OWNERS:
        tokens = tokens[1:]
    cut = next((i for i, t in enumerate(tokens) if t in NAME_BREAKS), len(tokens))
    tokens = tokens[:cut]  # "het lab van de GGD": the lab
    if not tokens or len(tokens) > SUBJECT_WORDS - 1:
        return ""
    phrase = " ".join(tokens)
    for kind in ORGANISATION_KINDS:
        forms = [kind + ending for ending in ORGANISATION_PLURALS]
        if kind.endswith("f"):
            forms.append(f"{kind[:-1]}ven")  # "energiebedrijven"
        for form in forms:
            compound = len(kind) >= MIN_COMPOUND_KIND or kind in COMPOUND_KINDS
            ends = phrase.endswith(form) if compound else phrase.endswith(f" {form}")
            if phrase == form or ends:
                return kind
    return ""
