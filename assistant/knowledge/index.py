"""Incremental indexing: content hashes decide what is embedded, replaced or deleted.

Unchanged files embed nothing (recognised from the manifest without opening Chroma); changed files
have their chunks replaced; files that disappeared below an indexed root are deleted. A different
embedding model or chunking re-embeds everything, so vectors of different models never mix. A
chunk's aliases (the everyday lines of values and options) are embedded as queries and stored
beside the chunks with the chunk as their ``parent``.
Unreadable or unsupported files become per-file errors; the rest is still indexed.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from assistant.errors import AssistantError, IndexBroken
from assistant.knowledge import manifest as mf
from assistant.knowledge.chunking import chunk_document
from assistant.knowledge.documents import Chunk, MetaValue
from assistant.knowledge.loaders import is_supported, load_file
from assistant.knowledge.vectorstore import VectorStore, alias_id, location, looks_corrupt
from assistant.settings import Settings


class EmbedderLike(Protocol):
    @property
    def model_id(self) -> str: ...
    @property
    def dimension(self) -> int: ...
    def embed(self, texts: list[str]) -> Any:
        """Vectors of indexed passages."""
        ...

    def embed_queries(self, texts: list[str]) -> Any:
        """Vectors of search queries."""
        ...


@dataclass
class FileError:
    path: str
    message: str
    fix: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" + (f" - {self.fix}" if self.fix else "")


@dataclass
class IndexReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    chunks: int = 0
    embedded: int = 0
    seconds: float = 0.0
    rebuilt: str = ""
    model: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Plan:
    hashes: dict[str, str]
    load: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _under(path: str, roots: list[Path]) -> bool:
    candidate = Path(path)
    return any(candidate == root or root in candidate.parents for root in roots)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def discover(roots: list[Path], report: IndexReport) -> list[Path]:
    """Files below ``roots`` without hidden ones; missing roots and unsupported files reported."""
    found: list[Path] = []
    for root in roots:
        if root.is_file():
            found.append(root)
        elif root.is_dir():
            found.extend(
                p
                for p in sorted(root.rglob("*"))
                if p.is_file() and not _hidden(p.relative_to(root))
            )
        elif not root.exists():
            report.errors.append(FileError(str(root), "does not exist", "check the path"))
    files = []
    for path in dict.fromkeys(found):
        if is_supported(path):
            files.append(path)
        else:
            ext = path.suffix or "(none)"
            fix = "convert it to Markdown, text, YAML, HTML, PDF or DOCX"
            report.errors.append(FileError(str(path), f"unsupported file type {ext}", fix))
    return files


def _hash_files(files: list[Path], report: IndexReport) -> dict[str, str]:
    hashes = {}
    for path in files:
        try:
            hashes[str(path)] = mf.file_hash(path)
        except OSError as exc:
            fix = "check the file's permissions"
            report.errors.append(FileError(str(path), f"cannot be read ({exc.strerror})", fix))
    return hashes


def plan(
    known: dict[str, tuple[str, list[str]]],
    hashes: dict[str, str],
    roots: list[Path],
    present: set[str],
) -> _Plan:
    result = _Plan(hashes)
    for path, sha in hashes.items():
        entry = known.get(path)
        (result.unchanged if entry and entry[0] == sha else result.load).append(path)
    result.removed = [p for p in known if p not in present and _under(p, roots)]
    return result


def _progress(items: Iterable[Any], enabled: bool, desc: str, total: int | None = None) -> Any:
    from tqdm import tqdm

    return tqdm(items, desc=desc, total=total, file=sys.stderr, disable=not enabled, leave=False)


class Indexer:
    def __init__(
        self, settings: Settings, embedder: EmbedderLike, store: Callable[[], VectorStore]
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self._store = store
        self.location = location(settings)
        self.signature = mf.signature(settings.retrieval.chunk_chars)
        self.manifest_path = mf.manifest_path(settings.index_dir, self.location)
        self._manifest_cache: tuple[tuple[int, int] | None, mf.Manifest | None] | None = None

    def manifest(self) -> mf.Manifest | None:
        """The manifest, re-read only when its file changed (it is checked on every search)."""
        try:
            stat = self.manifest_path.stat()
            key: tuple[int, int] | None = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            key = None
        if key is None or self._manifest_cache is None or self._manifest_cache[0] != key:
            self._manifest_cache = (key, mf.load_manifest(self.manifest_path))
        found = self._manifest_cache[1]
        if found and found.matches(self.location, self.embedder.model_id, self.signature):
            return found
        return None

    def run(self, paths: list[Path], rebuild: bool = False, progress: bool = True) -> IndexReport:
        start = time.perf_counter()
        report = IndexReport(model=self.embedder.model_id)
        roots = [p.expanduser().resolve() for p in paths]
        files = discover(roots, report)
        hashes = _hash_files(files, report)
        present = {str(p) for p in files}
        cached = None if rebuild else self._trusted_manifest()
        work = plan(cached.files, hashes, roots, present) if cached else None
        if cached and work and not work.load and not work.removed:
            report.skipped = work.unchanged
            report.chunks = cached.chunk_count
        else:
            self._apply(roots, hashes, present, rebuild, report, progress)
        report.seconds = time.perf_counter() - start
        return report

    def _trusted_manifest(self) -> mf.Manifest | None:
        if self.settings.vectorstore.mode != "persistent" or looks_corrupt(self.settings):
            return None
        db = self.settings.index_dir / "chroma" / "chroma.sqlite3"
        return self.manifest() if db.exists() else None

    def _reset_reason(self, store: VectorStore, rebuild: bool) -> str:
        meta = store.metadata()
        if rebuild:
            return "rebuild requested"
        if meta is None:
            return "new index"
        if meta.get("model_id") != self.embedder.model_id:
            return f"embedding model changed ({meta.get('model_id')} -> {self.embedder.model_id})"
        return mf.signature_change(str(meta.get("signature", "")), self.signature)

    def _apply(
        self,
        roots: list[Path],
        hashes: dict[str, str],
        present: set[str],
        rebuild: bool,
        report: IndexReport,
        progress: bool,
    ) -> None:
        store = self._store()
        reason = self._reset_reason(store, rebuild)
        if reason:
            old = self._readable_paths(store) if reason != "new index" else []
            store.create(self.embedder.model_id, self.embedder.dimension, self.signature)
            extra = [Path(p) for p in old if Path(p).is_file() and str(p) not in present]
            hashes = {**hashes, **_hash_files(extra, report)}
            present |= {str(p) for p in extra}
            report.rebuilt = reason
        known = store.state().files
        work = plan(known, hashes, roots, present)
        free = set(work.load) | set(work.removed)
        taken = {i: p for p, (_, ids) in known.items() if p not in free for i in ids}
        chunks, loaded = self._load(work.load, taken, report, progress)
        vectors = self._embed(chunks, progress, report.rebuilt)
        stale = [i for p in [*loaded, *work.removed] if p in known for i in known[p][1]]
        store.delete(stale)
        metas = [c.metadata(hashes[c.path]) for c in chunks]
        store.add([c.id for c in chunks], vectors, [c.text for c in chunks], metas)
        self._add_aliases(store, chunks, progress)
        report.added = [p for p in loaded if p not in known]
        report.updated = [p for p in loaded if p in known]
        report.removed = work.removed
        report.skipped = work.unchanged
        report.embedded = len(chunks)
        self._save(store, report)

    def _add_aliases(self, store: VectorStore, chunks: list[Chunk], progress: bool) -> None:
        """Each chunk's aliases as vectors of their own that name the chunk (``parent``),
        encoded as queries: they are short texts in the words of a question."""
        ids: list[str] = []
        texts: list[str] = []
        metas: list[dict[str, MetaValue]] = []
        for chunk in chunks:
            for n, text in enumerate(chunk.aliases):
                ids.append(alias_id(chunk.id, n))
                texts.append(text)
                metas.append({"parent": chunk.id, "kind": chunk.kind, "language": chunk.language})
        if not ids:
            return
        size = self.settings.embeddings.batch_size
        vectors = np.zeros((len(ids), self.embedder.dimension), dtype=np.float32)
        for start in _progress(range(0, len(ids), size), progress, "Embedding aliases"):
            batch = texts[start : start + size]
            vectors[start : start + len(batch)] = self.embedder.embed_queries(batch)
        store.add(ids, vectors, texts, metas, aliases=True)

    def _readable_paths(self, store: VectorStore) -> list[str]:
        try:
            return list(store.state().files)
        except IndexBroken:
            return []

    def _save(self, store: VectorStore, report: IndexReport) -> None:
        files = store.state().files
        dimension = int((store.metadata() or {}).get("dimension", 0))
        manifest = mf.Manifest(
            self.location, self.embedder.model_id, dimension, self.signature, files
        )
        manifest.fingerprint = mf.fingerprint(files, manifest.model_id, self.signature)
        mf.save_manifest(self.manifest_path, manifest)
        report.chunks = manifest.chunk_count

    def _load(
        self, paths: list[str], taken: dict[str, str], report: IndexReport, progress: bool
    ) -> tuple[list[Chunk], list[str]]:
        """Chunks of ``paths``; ``taken`` maps chunk ids already owned by other files."""
        chunks: list[Chunk] = []
        loaded: list[str] = []
        for path in _progress(paths, progress, "Reading"):
            try:
                file_chunks = self._chunks(Path(path), taken)
            except AssistantError as exc:
                report.errors.append(FileError(path, exc.message, exc.fix))
                continue
            except Exception as exc:  # a broken file must not stop the rest
                fix = "check the file, or leave it out"
                report.errors.append(FileError(path, f"could not be read ({exc})", fix))
                continue
            taken.update({c.id: path for c in file_chunks})
            chunks.extend(file_chunks)
            loaded.append(path)
        return chunks, loaded

    def _chunks(self, path: Path, taken: dict[str, str]) -> list[Chunk]:
        from assistant.errors import InputError

        chunks: list[Chunk] = []
        for doc in load_file(path):
            doc_chunks = chunk_document(doc, self.settings.retrieval.chunk_chars)
            if any(taken.get(c.id, str(path)) != str(path) for c in doc_chunks):
                doc.id = f"{doc.id}~{hashlib.sha256(str(path).encode()).hexdigest()[:6]}"
                doc_chunks = chunk_document(doc, self.settings.retrieval.chunk_chars)
            chunks.extend(doc_chunks)
        counts = Counter(c.id for c in chunks)
        duplicates = sorted(i for i, n in counts.items() if n > 1)
        if duplicates:
            raise InputError(
                f"has duplicate ids: {', '.join(duplicates[:5])}", "give every entry its own id"
            )
        return chunks

    def _embed(self, chunks: list[Chunk], progress: bool, reason: str = "") -> np.ndarray:
        """One float32 row per chunk, in the chunks' order (no chunks: the model stays unloaded).
        The progress bar says why everything is embedded again (``reason``: another encoder, or
        another index format)."""
        if not chunks:
            return np.zeros((0, 0), dtype=np.float32)
        size = self.settings.embeddings.batch_size
        batches = range(0, len(chunks), size)
        total = len(batches)
        # Batches of similar length pad less; rows go back in the chunks' order.
        order = sorted(range(len(chunks)), key=lambda i: len(chunks[i].search_text()))
        vectors = np.zeros((len(chunks), self.embedder.dimension), dtype=np.float32)
        again = reason.startswith(("embedding model", "index format"))
        desc = f"Embedding again, {reason}" if again else "Embedding"
        for start in _progress(batches, progress and total > 0, desc, total):
            batch = order[start : start + size]
            texts = [chunks[i].search_text() for i in batch]
            vectors[batch] = np.asarray(self.embedder.embed(texts), dtype=np.float32)
        return vectors
