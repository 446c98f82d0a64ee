"""Lexical matching of effect texts against the value catalogue (Dutch and English).

The embedding model is English-only, so Dutch effects ("het gevoel dat je altijd gefilmd wordt")
barely resemble the catalogue's Dutch phrases in vector space. Here every content word is reduced
to stems (two Dutch Snowball stemmers and the English one) and matched against the stems of the
catalogue's names, synonyms and typical effects. Dutch compounds match on substrings: a stem of
at least ``MIN_PART`` letters inside a longer one ("camera" in "cameratoezicht").
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from functools import lru_cache

from assistant.language.cues.grammar import STOPWORDS
from assistant.language.textparts import words

MIN_PART = 5
MIN_WORD = 3
MIN_TOTAL = 2.0  # a text of one or two words cannot match a value completely


@lru_cache(maxsize=1)
def _stemmers() -> tuple[object, ...]:
    import snowballstemmer

    return tuple(snowballstemmer.stemmer(n) for n in ("dutch_porter", "dutch", "english"))


@lru_cache(maxsize=20000)
def stems(word: str) -> frozenset[str]:
    """The word's stems; very short ones (the newer Dutch stemmer's "zon" for "gezondheid") are
    left out, so they cannot match by accident."""
    found = {word}
    for stemmer in _stemmers():
        stem = stemmer.stemWord(word)  # type: ignore[attr-defined]
        if len(stem) >= 4 or stem == word:
            found.add(stem)
    return frozenset(found)


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry meaning (no stop words, numbers or very short words)."""
    found: list[str] = []
    for word in words(text.replace("'", " ").replace("-", " ")):
        usable = len(word) >= MIN_WORD and word not in STOPWORDS and not word.isdigit()
        if usable and word not in found:
            found.append(word)
    return found


def stems_match(a: str, b: str) -> bool:
    """Equal, or the shorter stem (at least ``MIN_PART`` letters) is part of the longer one."""
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_PART and short in long_


class LexicalIndex:
    """Stems of catalogue phrases, each phrase owned by one value (by index)."""

    def __init__(self, phrases: Sequence[str], owners: Sequence[int], n_values: int) -> None:
        self.owners = list(owners)
        self.n_values = n_values
        self._vocab: dict[str, set[int]] = {}
        for index, phrase in enumerate(phrases):
            for word in content_words(phrase):
                for stem in stems(word):
                    self._vocab.setdefault(stem, set()).add(index)
        self._long = [stem for stem in self._vocab if len(stem) >= MIN_PART]
        self._matches: dict[str, frozenset[int]] = {}

    def _phrases_for(self, word: str) -> frozenset[int]:
        """Catalogue phrases that hold a word matching ``word`` (memoised: the index is
        read-only, so a race only computes the same answer twice)."""
        found = self._matches.get(word)
        if found is None:
            found = self._matches[word] = frozenset(self._search(word))
        return found

    def _search(self, word: str) -> set[int]:
        found: set[int] = set()
        for stem in stems(word):
            exact = self._vocab.get(stem)
            if exact:
                found |= exact
            if len(stem) < MIN_PART:
                continue
            for other in self._long:
                if other != stem and (stem in other or other in stem):
                    found |= self._vocab[other]
        return found

    def scores(
        self, text: str, skip: Collection[int] = (), ignore: Collection[str] = ()
    ) -> list[float]:
        """Per value, in [0, 1]: the share of the text's content words (weighted by how specific
        they are: a word that points to few values counts more) that the value's phrases hold.
        ``skip``: phrase indices to leave out (to evaluate on the catalogue's own phrases);
        ``ignore``: words that carry no value here (the names of the actors)."""
        result = [0.0] * self.n_values
        total = 0.0
        for word in content_words(text):
            if word in ignore:
                continue
            hit = {self.owners[p] for p in self._phrases_for(word) if p not in skip}
            weight = (
                1.0
                if not hit
                else math.log(1 + self.n_values / len(hit)) / math.log(1 + self.n_values)
            )
            total += max(weight, 0.5)
            for value in hit:
                result[value] += weight
        return [score / max(total, MIN_TOTAL) for score in result]
