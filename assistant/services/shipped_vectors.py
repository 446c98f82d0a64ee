"""The vectors that ship with the corpus (``corpus/.vectors/``): which texts they must cover,
building them and checking them.

They cover every chunk of the shipped corpus (as the indexer cuts it with the configured chunk
size), every chunk's aliases (everyday lines; encoded as queries), every phrase of the value
catalogue and every effect of the past cases (for the value suggestions) and every option
pattern's phrases (for the value an option is tied to), so a fresh data dir embeds none of them.
Built with ``ethics-assistant vectors --build`` after the corpus changed; ``--check`` (and a
test) says when they are out of date.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from assistant.embeddings import Embedder, Role
from assistant.embeddings.vector_cache import text_key, write_cache
from assistant.knowledge.catalogue import Catalogue
from assistant.knowledge.chunking import chunk_document
from assistant.knowledge.index import IndexReport, discover
from assistant.knowledge.loaders import load_file
from assistant.method.suggestions import pattern_phrases, value_phrases
from assistant.paths import PROJECT_ROOT, SHIPPED_VECTORS_DIR
from assistant.settings import Settings

SHIPPED_CORPUS = PROJECT_ROOT / "corpus"
BATCH = 32


@dataclass
class ShippedVectors:
    path: Path
    vectors: int
    encoded: int
    seconds: float


def indexed_texts(roots: list[Path], chunk_chars: int) -> list[tuple[Role, str]]:
    """What the indexer embeds for the files below ``roots``: each chunk's search text (as a
    passage) and its aliases (as queries)."""
    texts: list[tuple[Role, str]] = []
    for path in discover(roots, IndexReport()):
        for doc in load_file(path):
            for chunk in chunk_document(doc, chunk_chars):
                texts.append(("passage", chunk.search_text()))
                texts += [("query", alias) for alias in chunk.aliases]
    return texts


def shipped_texts(settings: Settings) -> list[tuple[Role, str]]:
    """The corpus chunks (passages), their aliases, the catalogue's phrases, the past cases'
    effects and the option patterns' phrases (queries)."""
    texts = indexed_texts([SHIPPED_CORPUS], settings.retrieval.chunk_chars)
    catalogue = Catalogue(SHIPPED_CORPUS)
    phrases = [phrase for entry in catalogue.values for phrase in value_phrases(entry)]
    phrases += [example.text for example in catalogue.value_examples]
    phrases += [phrase for pattern in catalogue.options for phrase in pattern_phrases(pattern)]
    texts += [("query", p) for p in phrases]
    return list(dict.fromkeys(texts))


def missing_texts(settings: Settings, embedder: Embedder) -> list[tuple[Role, str]]:
    """Shipped texts whose vectors the shipped file lacks for this encoder."""
    cache = embedder.cache
    if cache is None:
        return shipped_texts(settings)
    return [
        (role, text) for role, text in shipped_texts(settings) if text_key(role, text) not in cache
    ]


def build_shipped_vectors(
    settings: Settings, folder: Path = SHIPPED_VECTORS_DIR, progress: bool = False
) -> ShippedVectors:
    """Write the file for the configured encoder; vectors already in it are kept, only new
    texts are encoded."""
    from tqdm import tqdm

    start = time.perf_counter()
    embedder = Embedder(settings.embeddings, vector_dir=folder)
    texts = shipped_texts(settings)
    encoded = len(missing_texts(settings, embedder))
    entries = []
    roles: dict[Role, str] = {"passage": "Passages", "query": "Phrases"}
    for role, label in roles.items():
        group = [text for r, text in texts if r == role]
        batches = range(0, len(group), BATCH)
        for first in tqdm(batches, desc=label, disable=not progress, leave=False):
            batch = group[first : first + BATCH]
            vectors = embedder.embed(batch) if role == "passage" else embedder.embed_queries(batch)
            entries += [(text_key(role, t), v) for t, v in zip(batch, vectors, strict=True)]
    path = embedder.cache.path if embedder.cache is not None else folder
    count = write_cache(path, embedder.model_id, entries)
    return ShippedVectors(path, count, encoded, time.perf_counter() - start)
