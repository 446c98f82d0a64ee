"""Retrieval for the brief: cited passages (only ever from hits) and matching past case files."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.brief.model import SourceRef
from assistant.domain.session import Language
from assistant.errors import AssistantError
from assistant.knowledge.protocols import HitLike, Searcher
from assistant.language.labels import label

if TYPE_CHECKING:
    from assistant.knowledge.catalogue import CaseFile

SNIPPET_CHARS = 240


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    clean = " ".join(text.split())
    return clean if len(clean) <= limit else clean[: limit - 1].rsplit(" ", 1)[0] + " …"


def to_ref(hit: HitLike, language: Language | None = None) -> SourceRef:
    return SourceRef(
        id=hit.id,
        title=hit.title or hit.source or hit.id,
        section=hit.section or "",
        source=source_in(language, hit.source or "") if language else hit.source or "",
        kind=hit.kind or "",
        snippet=snippet(hit.text or ""),
    )


def source_in(language: Language, source: str) -> str:
    """The source line in the brief's language where it is one of ours: the shipped past cases
    all say, in English, that they are illustrative examples written by the project."""
    ours = {label(other, "source.illustrative").rstrip(".") for other in ("nl", "en")}
    if source.strip().rstrip(".") in ours:
        return label(language, "source.illustrative")
    return source


class Retrieval:
    """Runs the brief's queries once and remembers every hit (for value suggestions and tests)."""

    def __init__(self, retriever: Searcher | None, query: str, language: Language) -> None:
        self.retriever = retriever
        self.query = query
        self.language = language
        self.hits: list[HitLike] = []
        self.error: str = ""

    def search(self, kind: str, k: int, language: str | None = None) -> list[HitLike]:
        if self.retriever is None or self.error or not self.query.strip():
            return []
        try:
            found = list(self.retriever.search(self.query, k=k, kind=kind, language=language))
        except AssistantError as exc:
            self.error = exc.message
            return []
        self.hits.extend(found)
        return found

    def cases(self, related: set[str]) -> list[SourceRef]:
        """Past cases: the best hit, and further hits only when they are ``related`` case ids."""
        hits = self.search("cases", 4)
        kept = [h for rank, h in enumerate(hits) if rank == 0 or h.id in related][:3]
        return _unique(to_ref(h, self.language) for h in kept + self.search("outcome", 1))

    def guidance(self) -> list[SourceRef]:
        hits = self.search("method", 3, self.language) or self.search("method", 3)
        return _unique(to_ref(h, self.language) for h in hits)

    def values(self, k: int = 6) -> list[HitLike]:
        return self.search("values", k)


def _unique(refs: Iterable[SourceRef]) -> list[SourceRef]:
    seen: set[str] = set()
    out: list[SourceRef] = []
    for ref in refs:
        if ref.id not in seen:
            seen.add(ref.id)
            out.append(ref)
    return out


STOP = 4


def words(text: str) -> set[str]:
    """Lower-cased words of at least four letters (enough to skip most function words)."""
    return {w for w in re.findall(r"[\w'-]+", text.lower()) if len(w) >= STOP}


def mentions(text: str, phrase: str) -> bool:
    """True when ``phrase`` occurs in ``text`` as whole word(s), case-insensitive."""
    phrase = phrase.lower().strip()
    if len(phrase) < 2:
        return False
    return re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text.lower()) is not None


def matching_cases(cases_dir: Path, tags: set[str]) -> list[CaseFile]:
    """Past case files (``corpus/cases/*.yaml``) about the same technology, best first."""
    import yaml

    from assistant.knowledge.catalogue import CaseFile

    scored: list[tuple[int, CaseFile]] = []
    for path in sorted(cases_dir.glob("*.yaml")) if cases_dir.is_dir() else []:
        try:
            case = CaseFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
        except (OSError, yaml.YAMLError, ValueError):
            continue  # a broken case file only costs its suggestions
        if case.tags and case.tags[0] in tags:
            scored.append((len(tags & set(case.tags)), case))
    scored.sort(key=lambda pair: -pair[0])
    return [case for _, case in scored]
