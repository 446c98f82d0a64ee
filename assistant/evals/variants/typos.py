"""Lower case and common typos in the user's answers, never in a word the gold looks for."""

from __future__ import annotations

import random
import re

from assistant.evals.scenario import Scenario, TurnSpec
from assistant.evals.scoring import norm
from assistant.evals.variants.transforms import Outcome
from assistant.evals.variants.turns import slots

#: Misspellings people make often; other words get a swapped, dropped or doubled letter.
COMMON: dict[str, dict[str, str]] = {
    "nl": {"eigenlijk": "eigelijk", "misschien": "misschein", "bijvoorbeeld": "bijvoorbeelt",
           "wordt": "word", "gebruiken": "gebruike", "belangrijk": "belangrijkt",
           "medewerkers": "medewerks", "gegevens": "gegevns", "hebben": "hebbe"},
    "en": {"the": "teh", "their": "thier", "which": "wich", "because": "becuase",
           "receive": "recieve", "people": "poeple", "should": "shoud", "whether": "wether"},
}  # fmt: skip
WORD_RE = re.compile(r"[^\W\d_]+")
RATE = 0.15


def _protected(scenario: Scenario) -> set[str]:
    terms = scenario.gold.terms() if scenario.gold is not None else []
    return {w for term in terms for w in norm(term).split() if len(w) >= 3}


def _guarded(word: str, protected: set[str]) -> bool:
    plain = norm(word)
    return any(p in plain or plain in p for p in protected)


def _misspell(word: str, language: str, rng: random.Random) -> str:
    if word in COMMON[language]:
        return COMMON[language][word]
    j = rng.randrange(1, len(word) - 1)
    match rng.randrange(3):
        case 0:
            return word[:j] + word[j + 1] + word[j] + word[j + 2 :]
        case 1:
            return word[:j] + word[j + 1 :]
        case _:
            return word[:j] + word[j] + word[j:]


def _retype(
    text: str, language: str, protected: set[str], rng: random.Random
) -> tuple[str, list[str]]:
    made: list[str] = []

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        common = word in COMMON[language]
        if _guarded(word, protected) or not (common or len(word) >= 5) or rng.random() > RATE:
            return word
        wrong = _misspell(word, language, rng)
        if wrong != word:
            made.append(f"{word}->{wrong}")
        return wrong

    return WORD_RE.sub(swap, text.lower()), made


def typos(scenario: Scenario, rng: random.Random) -> Outcome | None:
    protected = _protected(scenario)
    turns: list[TurnSpec] = []
    changes: list[str] = []
    for s in slots(scenario):
        if s.role != "answer":
            turns.append(s.spec)
            continue
        text, made = _retype(s.text, scenario.language, protected, rng)
        turns.append(s.spec.model_copy(update={"user": text}))
        if text != s.text:
            changes.append(
                f"turn {s.index + 1}: lower case" + (f", {', '.join(made)}" if made else "")
            )
    return Outcome(turns, changes) if changes else None
