"""Heading-aware chunking with sentence-boundary splitting and stable chunk ids.

Each section keeps its heading path (``Stap 3 > Tips``) as the chunk's ``section``. Paragraphs are
packed up to ``chunk_chars``; a paragraph that is too long is split at sentence boundaries, and a
sentence that is still too long at whitespace. Chunk ids are ``<doc id>#<section slug>-<n>``
(``<doc id>#<n>`` without a heading), so re-indexing the same text gives the same ids.
A chunk's aliases (indexed as extra vectors of it) are its section's aliases (an entry's everyday
lines); a section cut into several chunks gives them to its first.
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.knowledge.documents import Chunk, Document, slugify

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9À-Ý])")
_PARAGRAPH = re.compile(r"\n\s*\n")


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _hard_split(text: str, size: int) -> list[str]:
    pieces: list[str] = []
    while len(text) > size:
        cut = text.rfind(" ", 0, size)
        cut = cut if cut > size // 2 else size
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces


def _units(text: str, size: int) -> list[str]:
    """Paragraphs, or sentences (or word-bounded pieces) of paragraphs longer than ``size``."""
    units: list[str] = []
    for paragraph in _PARAGRAPH.split(text):
        paragraph = paragraph.strip()
        if not paragraph:
            continue
        if len(paragraph) <= size:
            units.append(paragraph)
            continue
        for sentence in split_sentences(paragraph):
            units.extend([sentence] if len(sentence) <= size else _hard_split(sentence, size))
    return units


def pack(text: str, size: int) -> list[str]:
    """Greedy packing of paragraphs/sentences into pieces of at most about ``size`` characters."""
    pieces: list[str] = []
    current = ""
    for unit in _units(text, size):
        glue = "\n\n" if "\n" in unit or current.endswith("\n") else " "
        joined = f"{current}{glue}{unit}" if current else unit
        if current and len(joined) > size:
            pieces.append(current)
            current = unit
        else:
            current = joined
    if current:
        pieces.append(current)
    return pieces


def _section_slug(path: tuple[str, ...], top: str) -> str:
    """Slug of the heading path without the document's single top heading (usually its H1)."""
    parts = list(path[1:] if path and top and path[0] == top else path)
    return slugify("-".join(parts), limit=80)


def _single_top(doc: Document) -> str:
    tops = {s.path[0] if s.path else "" for s in doc.sections}
    return tops.pop() if len(tops) == 1 else ""


def chunk_document(doc: Document, chunk_chars: int) -> list[Chunk]:
    """The chunks of ``doc``; an atomic document gives one chunk with the document's id."""
    if doc.atomic:
        heading = doc.sections[0].heading if doc.sections else ""
        aliases = tuple(a for s in doc.sections for a in s.aliases)
        return [_chunk(doc, doc.id, doc.text.strip(), heading, aliases)]
    chunks: list[Chunk] = []
    seen: Counter[str] = Counter()
    top = _single_top(doc)
    for section in doc.sections:
        slug = _section_slug(section.path, top)
        heading = " > ".join(p for p in section.path if p.strip().lower() != doc.title.lower())
        for first, piece in enumerate(pack(section.text, chunk_chars)):
            n = seen[slug]
            seen[slug] += 1
            chunk_id = f"{doc.id}#{slug}-{n}" if slug else f"{doc.id}#{n}"
            aliases = section.aliases if first == 0 else ()
            chunks.append(_chunk(doc, chunk_id, piece, heading, aliases))
    return chunks


def _chunk(
    doc: Document, chunk_id: str, text: str, section: str, aliases: tuple[str, ...] = ()
) -> Chunk:
    return Chunk(
        id=chunk_id,
        text=text,
        doc_id=doc.id,
        title=doc.title,
        section=section,
        language=doc.language,
        kind=doc.kind,
        source=doc.source,
        path=doc.path,
        meta=dict(doc.meta),
        aliases=tuple(dict.fromkeys(aliases)),
    )
