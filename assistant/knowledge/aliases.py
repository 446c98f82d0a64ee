"""The chunks' aliases in memory: other words for a chunk (a value's or option's everyday lines),
one vector each, searched exactly.

They are stored in Chroma beside the chunks (``VectorStore.alias_rows``) and loaded once per
collection fingerprint, like BM25: a filtered Chroma query (a language) cost about 25 ms even on
a few hundred aliases, a product with the matrix well under one. A search gives each parent chunk
once, with the similarity of its best alias (max-sim).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class AliasIndex:
    parents: list[str]
    vectors: np.ndarray
    kinds: np.ndarray
    languages: np.ndarray

    @classmethod
    def build(
        cls, parents: list[str], vectors: np.ndarray, kinds: list[str], languages: list[str]
    ) -> AliasIndex:
        matrix = np.asarray(vectors, dtype=np.float32)
        matrix = matrix.reshape(len(parents), -1) if parents else np.zeros((0, 0), np.float32)
        return cls(parents, matrix, np.array(kinds), np.array(languages))

    def __len__(self) -> int:
        return len(self.parents)

    def search(
        self, vector: list[float], n: int, kinds: list[str] | None, language: str | None
    ) -> list[tuple[str, float]]:
        """``(parent chunk id, similarity of its best alias)`` for the best ``n`` parents."""
        if not self.parents or n < 1:
            return []
        similarities = self.vectors @ np.asarray(vector, dtype=np.float32)
        mask = np.ones(len(self.parents), dtype=bool)
        if kinds:
            mask &= np.isin(self.kinds, kinds)
        if language:
            mask &= self.languages == language
        candidates = np.flatnonzero(mask)
        best: dict[str, float] = {}
        for i in candidates[np.argsort(-similarities[candidates], kind="stable")]:
            best.setdefault(self.parents[i], float(similarities[i]))
            if len(best) == n:
                break
        return list(best.items())
