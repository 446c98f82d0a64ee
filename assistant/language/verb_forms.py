"""Dutch verb forms in -t read as their verb: "zegt" as "zeggen", "vertelt" as "vertellen".

Snowball's Dutch stemmer takes the ending off an infinitive or a plural ("zeggen" -> "zeg",
"vertellen" -> "vertel", "vinden" -> "vind") but leaves the present tense of "jij", "hij" and
"het" as it is ("zegt", "vertelt", "vindt"), so a question in everyday words ("de computer zegt
nee") shares no word with a text that says "niemand kan me zeggen waarom". Such a form is the
verb's stem plus -t, its infinitive the stem plus -en. A word in -t is read as its verb when no
other known word shares the word's own stem (a noun in -t with forms of its own, "dienst" and
"diensten", keeps its stem) and the vocabulary knows the verb: some known word has the stem of the
word without its -t ("zegt": "zeggen" has "zeg"), or the infinitive itself is a known word
("levert": "leveren", whose stem "leveer" the stemmer spells otherwise). The vocabulary is whatever
the caller knows: for search, the words of the indexed documents (as for compounds,
``assistant.language.compounds``).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable

#: Shortest word read as a verb form ("zegt", "legt"; not "met", "dat").
MIN_WORD = 4

#: Stems of Dutch words, in order (thread-safe).
Stemmer = Callable[[list[str]], list[str]]


class VerbForms:
    """Reads words in -t against one vocabulary; thread-safe, remembers every word it was asked."""

    def __init__(self, known: Iterable[str], stem: Stemmer) -> None:
        words = sorted(set(known))
        self._words = frozenset(words)
        self._stems = Counter(stem(words))
        self._stem = stem
        self._memo: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def words(self) -> frozenset[str]:
        """The vocabulary."""
        return self._words

    def read(self, words: list[str], stems: list[str]) -> list[str]:
        """``stems`` (of ``words``, one each) with each verb form in -t read as its verb."""
        return [self.stem_of(word, stem) for word, stem in zip(words, stems, strict=True)]

    def stem_of(self, word: str, stem: str) -> str:
        """The stem ``word`` is indexed and searched by (``stem``: its own)."""
        if len(word) < MIN_WORD or not word.endswith("t"):
            return stem
        found = self._memo.get(word)
        if found is None:
            found = self._verb_stem(word, stem)
            with self._lock:
                self._memo[word] = found
        return found

    def _verb_stem(self, word: str, stem: str) -> str:
        if self._stems[stem] > (word in self._words):  # another known word has its stem
            return stem
        infinitive = word[:-1] + "en"
        verb, spelled = self._stem([word[:-1], infinitive])
        if verb != stem and verb in self._stems:
            return verb
        if spelled != stem and infinitive in self._words:
            return spelled
        return stem
