"""What the method engine and the brief need from retrieval: hits with these fields, one search
(and the start of one that is likely to follow)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class HitLike(Protocol):
    id: str
    text: str
    title: str
    section: str
    source: str
    kind: str
    language: str
    score: float


class Searcher(Protocol):
    def search(
        self,
        query: str,
        k: int | None = None,
        kind: str | None = None,
        language: str | None = None,
    ) -> Sequence[HitLike]: ...

    def search_ahead(self, query: str) -> None:
        """Start the work of a ``search`` for ``query`` that is likely to follow (its query
        vector); the search gives the same hits either way."""
