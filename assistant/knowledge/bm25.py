"""BM25 over the chunks with Dutch and English Snowball stemming (bm25s + snowballstemmer).

Each chunk is stemmed in its own language; a query is stemmed in the requested language, or in
both when none is given. Dutch compounds also count as their parts, split against the words of
the indexed chunks ("algoritmeregister" also as "algoritme" and "register"), and a Dutch verb form
in -t counts as its verb ("zegt" as "zeggen", ``assistant.language.verb_forms``), in chunks and in
queries. The index is saved under ``<index dir>/bm25/<fingerprint>-<TOKENS>/`` and rebuilt only
when the collection fingerprint or the way words are read changes.
"""

from __future__ import annotations

import json
import re
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.knowledge.documents import MetaValue, chunk_search_text
from assistant.language.compounds import CompoundSplitter, vocabulary
from assistant.language.verb_forms import VerbForms

if TYPE_CHECKING:
    import bm25s

Records = tuple[list[str], list[str], list[dict[str, MetaValue]]]
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_LANGUAGES = {"nl": "dutch", "en": "english"}
_VOCABULARY = "vocabulary.txt"
#: How words are read into tokens; part of the cache's folder name, so that an index saved by a
#: version that read them otherwise is built again. t2: Dutch verb forms in -t read as their verb.
TOKENS = "t2"


class Tokenizer:
    """Lower-case words, stop words dropped, Snowball stems; thread-safe."""

    def __init__(self) -> None:
        import snowballstemmer
        from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

        self._stemmers = {lang: snowballstemmer.stemmer(name) for lang, name in _LANGUAGES.items()}
        self._stop = {"nl": frozenset(STOPWORDS_DUTCH), "en": frozenset(STOPWORDS_EN)}
        self._lock = threading.Lock()

    def tokens(
        self,
        text: str,
        language: str,
        splitter: CompoundSplitter | None = None,
        forms: VerbForms | None = None,
    ) -> list[str]:
        """Stems of the words of ``text``; with ``splitter``, Dutch compounds are followed by the
        stems of their parts; with ``forms``, Dutch verb forms in -t have their verb's stem."""
        language = language if language in _LANGUAGES else "nl"
        words = _TOKEN.findall(text.lower())
        if splitter is not None and language == "nl":
            words = splitter.expand(words)
        words = [w for w in words if w not in self._stop[language]]
        stems = self.stems(words, language)
        if forms is not None and language == "nl":
            return forms.read(words, stems)
        return stems

    def stems(self, words: list[str], language: str) -> list[str]:
        """The Snowball stem of each of ``words`` (lower-case) in ``language``."""
        with self._lock:
            return list(self._stemmers[language].stemWords(words))

    def query_tokens(
        self,
        query: str,
        language: str | None,
        splitter: CompoundSplitter | None = None,
        forms: VerbForms | None = None,
    ) -> list[str]:
        languages = [language] if language in _LANGUAGES else list(_LANGUAGES)
        seen: dict[str, None] = {}
        for lang in languages:
            seen.update(dict.fromkeys(self.tokens(query, lang or "nl", splitter, forms)))
        return list(seen)


def verb_forms(known: frozenset[str], tokenizer: Tokenizer) -> VerbForms:
    """Dutch verb forms in -t read against the words ``known`` (those of the indexed chunks)."""
    return VerbForms(known, lambda words: tokenizer.stems(words, "nl"))


class BM25Index:
    def __init__(
        self,
        model: bm25s.BM25,
        records: Records,
        tokenizer: Tokenizer,
        splitter: CompoundSplitter | None = None,
        forms: VerbForms | None = None,
    ) -> None:
        self.model = model
        self.ids, self.texts, self.metas = records
        self.tokenizer = tokenizer
        self.splitter = splitter
        self.forms = forms
        self._kinds = np.array([str(m.get("kind", "")) for m in self.metas])
        self._languages = np.array([str(m.get("language", "")) for m in self.metas])
        self._positions = {chunk_id: i for i, chunk_id in enumerate(self.ids)}
        self._lock = threading.Lock()

    def record(self, chunk_id: str) -> tuple[str, dict[str, MetaValue]] | None:
        """Text and metadata of ``chunk_id`` (``None`` when this index does not hold it)."""
        position = self._positions.get(chunk_id)
        return None if position is None else (self.texts[position], self.metas[position])

    @classmethod
    def build(cls, records: Records, tokenizer: Tokenizer, compounds: bool = True) -> BM25Index:
        """``compounds``: split Dutch compounds against the chunks' own words."""
        import bm25s

        ids, texts, metas = records
        searched = [
            chunk_search_text(str(m.get("title", "")), str(m.get("section", "")), text)
            for text, m in zip(texts, metas, strict=True)
        ]
        known = vocabulary(searched)
        splitter = CompoundSplitter(known) if compounds else None
        forms = verb_forms(known, tokenizer)
        corpus = [
            tokenizer.tokens(text, str(m.get("language", "nl")), splitter, forms)
            for text, m in zip(searched, metas, strict=True)
        ]
        model = bm25s.BM25()
        if ids:
            model.index(corpus, show_progress=False)
        return cls(model, records, tokenizer, splitter, forms)

    def save(self, directory: Path) -> None:
        tmp = directory.with_name(directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if self.ids:
            self.model.save(str(tmp), show_progress=False)
        data = {"ids": self.ids, "texts": self.texts, "metas": self.metas}
        (tmp / "records.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        known = self.splitter.known if self.splitter is not None else None
        words = sorted(known or (self.forms.words if self.forms is not None else ()))
        (tmp / _VOCABULARY).write_text("\n".join(words), encoding="utf-8")
        shutil.rmtree(directory, ignore_errors=True)
        tmp.rename(directory)

    @classmethod
    def load(cls, directory: Path, tokenizer: Tokenizer) -> BM25Index | None:
        import bm25s

        try:
            data = json.loads((directory / "records.json").read_text(encoding="utf-8"))
            records: Records = (data["ids"], data["texts"], data["metas"])
            known = frozenset(
                w for w in (directory / _VOCABULARY).read_text(encoding="utf-8").split("\n") if w
            )
            if records[0]:
                model = bm25s.BM25.load(str(directory), show_progress=False)
            else:
                model = bm25s.BM25()
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return cls(model, records, tokenizer, CompoundSplitter(known), verb_forms(known, tokenizer))

    def search(
        self, query: str, n: int, kinds: list[str] | None = None, language: str | None = None
    ) -> list[tuple[int, float]]:
        """``(record index, score)`` of the best ``n`` matching chunks, best first."""
        tokens = self.tokenizer.query_tokens(query, language, self.splitter, self.forms)
        if not self.ids or not tokens:
            return []
        with self._lock:
            scores = np.asarray(self.model.get_scores(tokens), dtype=float)
        mask = scores > 0
        if kinds:
            mask &= np.isin(self._kinds, kinds)
        if language:
            mask &= self._languages == language
        candidates = np.flatnonzero(mask)
        order = candidates[np.argsort(-scores[candidates], kind="stable")][:n]
        return [(int(i), float(scores[i])) for i in order]


def cached_index(
    cache_dir: Path, fingerprint: str, records: Callable[[], Records], tokenizer: Tokenizer
) -> BM25Index:
    """The BM25 index for ``fingerprint``: loaded from ``cache_dir`` or built and saved there."""
    directory = cache_dir / f"{fingerprint}-{TOKENS}"
    found = BM25Index.load(directory, tokenizer) if directory.is_dir() else None
    if found is not None:
        return found
    index = BM25Index.build(records(), tokenizer)
    try:
        index.save(directory)
        for old in cache_dir.iterdir():
            if old.name != directory.name:
                shutil.rmtree(old, ignore_errors=True)
    except OSError:
        pass  # the cache is an optimisation; searching works from memory
    return index
