"""Dutch compounds, split against a vocabulary: "algoritmeregister" -> algoritme + register.

Dutch writes compounds as one word, so a search for "register" does not match
"algoritmeregister" and "leverancier" does not match "sensorleverancier". A word of at least
``MIN_WORD`` letters is split when it can be read entirely as known words of at least
``MIN_PART`` letters, with Dutch linking sounds between them ("beleid-s-makers",
"boek-en-kast") and an inflection at the end; the reading with the fewest parts wins. The
vocabulary is whatever the caller knows: for search, the words of the indexed documents.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

MIN_WORD = 8
MIN_PART = 4
LINKS = ("", "s", "en", "e")
_WORD = re.compile(rf"[^\W\d_]{{{MIN_PART},}}", re.UNICODE)


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """Lower-cased words of at least ``MIN_PART`` letters in ``texts``."""
    found: set[str] = set()
    for text in texts:
        found.update(_WORD.findall(text.lower()))
    return frozenset(found)


class CompoundSplitter:
    """Splits words against one vocabulary; thread-safe, remembers every word it was asked."""

    def __init__(self, known: Iterable[str]) -> None:
        self.known = frozenset(known)
        self._memo: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()

    def parts(self, word: str) -> tuple[str, ...]:
        """The known words ``word`` is made of (two or more), or ``()`` when it is none."""
        word = word.lower()
        if len(word) < MIN_WORD:
            return ()
        found = self._memo.get(word)
        if found is None:
            found = self._split(word)
            with self._lock:
                self._memo[word] = found
        return found

    def _split(self, word: str) -> tuple[str, ...]:
        """Fewest known parts covering ``word`` (dynamic programming from the end)."""
        size = len(word)
        best: dict[int, tuple[str, ...]] = {size: ()}
        for start in range(size - MIN_PART, -1, -1):
            options = [
                (word[start:end], *best[end + len(link)])
                for end in range(start + MIN_PART, size + 1)
                if word[start:end] in self.known and word[start:end] != word
                for link in LINKS
                if word.startswith(link, end) and end + len(link) in best
            ]
            if options:
                best[start] = min(options, key=len)
        parts = best.get(0, ())
        return parts if len(parts) >= 2 else ()

    def expand(self, words: Iterable[str]) -> list[str]:
        """``words`` with the parts of each compound after it."""
        out: list[str] = []
        for word in words:
            out.append(word)
            out.extend(self.parts(word))
        return out
