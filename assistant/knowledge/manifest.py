"""The index manifest: a local record of what the collection holds, per source file.

The collection is the truth (every chunk carries its file's path and content hash); the manifest
is a cache of it, written after each index run, so an unchanged corpus is recognised without
opening Chroma or loading the embedding model. It also carries the collection fingerprint that
keys the BM25 cache.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

#: 3: chunks carry alias vectors (the everyday lines of values and options) in a second collection.
INDEX_FORMAT = 3


def signature(chunk_chars: int) -> str:
    """Changes when chunking or what is indexed of a chunk changes; a different signature
    re-indexes everything."""
    return f"format{INDEX_FORMAT}-chars{chunk_chars}"


def signature_change(old: str, new: str) -> str:
    """Why an index with signature ``old`` is rebuilt for ``new`` ("" when they are equal)."""
    if old == new:
        return ""
    if old.split("-")[0] != new.split("-")[0]:
        return f"index format changed ({old or 'none'} -> {new}): every chunk is indexed again"
    return "chunking settings changed"


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(files: dict[str, tuple[str, list[str]]], model_id: str, sig: str) -> str:
    digest = hashlib.sha256(f"{model_id}\n{sig}\n".encode())
    for path in sorted(files):
        file_sha, ids = files[path]
        digest.update(f"{path}\0{file_sha}\0{','.join(sorted(ids))}\n".encode())
    return digest.hexdigest()[:20]


@dataclass
class Manifest:
    location: str
    model_id: str
    dimension: int
    signature: str
    files: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    fingerprint: str = ""

    @property
    def chunk_count(self) -> int:
        return sum(len(ids) for _, ids in self.files.values())

    def matches(self, location: str, model_id: str, sig: str) -> bool:
        return (self.location, self.model_id, self.signature) == (location, model_id, sig)


def manifest_path(index_dir: Path, location: str) -> Path:
    key = hashlib.sha256(location.encode()).hexdigest()[:12]
    return index_dir / f"manifest-{key}.json"


def load_manifest(path: Path) -> Manifest | None:
    """The saved manifest, or ``None`` when missing or unreadable (the collection is asked then)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = {p: (str(h), list(ids)) for p, (h, ids) in data.pop("files").items()}
        return Manifest(files=files, **data)
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def save_manifest(path: Path, manifest: Manifest) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(asdict(manifest), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
