"""What loaders produce and the index stores: documents with sections, and chunks.

A ``Document`` is one readable unit with its metadata (id, title, language, kind, source) and a list
of ``Section``s, each keeping its heading path. Chunking turns sections into ``Chunk``s with stable
ids. Structured corpus entries (one value, one option pattern, one case) are ``atomic``: exactly one
chunk whose id is the document id.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from assistant.domain.session import Language
from assistant.language.detect import detect_language

MetaValue = str | int | float | bool

KINDS = ("method", "values", "options", "cases", "outcome", "document")
_KIND_ALIASES = {
    "value": "values",
    "catalogue": "values",
    "option": "options",
    "patterns": "options",
    "case": "cases",
    "outcomes": "outcome",
    "methods": "method",
    "documents": "document",
}


def normalise_kind(kind: str | None, default: str = "document") -> str:
    """Map front-matter kinds (``case``, ``value``...) onto the index kinds."""
    if not kind:
        return default
    key = kind.strip().lower()
    key = _KIND_ALIASES.get(key, key)
    return key if key in KINDS else default


def normalise_language(language: object, text: str, default: Language = "nl") -> Language:
    """The declared language when it is one we speak, else the one detected in ``text``."""
    declared = language.strip().lower() if isinstance(language, str) else ""
    if declared == "nl":
        return "nl"
    if declared == "en":
        return "en"
    return detect_language(text, default) or default


def slugify(text: str, limit: int = 60) -> str:
    """ASCII, lower case, dashes: ``Stap 3: Waarden`` -> ``stap-3-waarden``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:limit].rstrip("-")


@dataclass
class Section:
    path: tuple[str, ...]
    text: str
    #: Short texts that stand for the section in other words (an entry's everyday lines); indexed
    #: as extra vectors of its chunk (``Chunk.aliases``).
    aliases: tuple[str, ...] = ()

    @property
    def heading(self) -> str:
        return " > ".join(self.path)


@dataclass
class Document:
    id: str
    title: str
    language: str
    kind: str
    source: str
    path: str = ""
    sections: list[Section] = field(default_factory=list)
    atomic: bool = False
    meta: dict[str, MetaValue] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.sections)


@dataclass
class Chunk:
    id: str
    text: str
    doc_id: str
    title: str
    section: str
    language: str
    kind: str
    source: str
    path: str
    meta: dict[str, MetaValue] = field(default_factory=dict)
    #: Other representations of the chunk (the everyday lines of a value or option). Each is
    #: indexed as its own vector that points to this chunk; a search that matches one returns
    #: the chunk.
    aliases: tuple[str, ...] = ()

    def search_text(self) -> str:
        """What is embedded and BM25-indexed: title and heading path give the text its context."""
        return chunk_search_text(self.title, self.section, self.text)

    def metadata(self, file_hash: str) -> dict[str, MetaValue]:
        data: dict[str, MetaValue] = dict(self.meta)
        data.update(
            doc_id=self.doc_id,
            title=self.title,
            section=self.section,
            language=self.language,
            kind=self.kind,
            source=self.source,
            path=self.path,
            file_hash=file_hash,
        )
        return data


def chunk_search_text(title: str, section: str, text: str) -> str:
    head = " > ".join(part for part in (title, section) if part)
    return f"{head}\n{text}" if head else text
