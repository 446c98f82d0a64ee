"""Vectors computed ahead of time, looked up by model and content hash.

A cache file holds, for one model, the vectors of known texts keyed by a hash of (role, text).
The project ships one for its corpus and value catalogue with the default encoder
(``corpus/.vectors/``), so a fresh data dir embeds none of them: with the packaged encoder that is
the difference between minutes and seconds on first use. Any text not in the file (a changed
corpus file, the user's own documents, other chunk sizes) is simply encoded. Vectors are stored
as float16 (cosine to the float32 original above 0.9999).
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.embeddings.base import Role

if TYPE_CHECKING:
    import numpy as np

KEY_BYTES = 16


def text_key(role: Role, text: str) -> bytes:
    return hashlib.sha256(f"{role}\0{text}".encode()).digest()[:KEY_BYTES]


def cache_path(folder: Path, model_id: str) -> Path:
    """``<folder>/<model id as a file name>.npz``."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", model_id).strip("-.") or "model"
    return folder / f"{slug}.npz"


class VectorCache:
    """Read-only lookups in one cache file (loaded on first use; a missing or unreadable file is
    an empty cache)."""

    def __init__(self, path: Path, model_id: str) -> None:
        self.path = path
        self.model_id = model_id
        self._rows: dict[bytes, int] | None = None
        self._vectors: np.ndarray | None = None
        self._lock = threading.Lock()

    def _load(self) -> dict[bytes, int]:
        with self._lock:
            if self._rows is None:
                self._rows, self._vectors = {}, None
                try:
                    self._read()
                except (OSError, ValueError, KeyError):
                    self._rows, self._vectors = {}, None
            return self._rows

    def _read(self) -> None:
        import numpy as np

        if not self.path.is_file():
            return
        with np.load(self.path, allow_pickle=False) as data:
            if str(data["model_id"]) != self.model_id:
                return
            keys, vectors = data["keys"], data["vectors"]
        self._rows = {bytes(key): row for row, key in enumerate(keys)}
        self._vectors = vectors

    def __len__(self) -> int:
        return len(self._load())

    def __contains__(self, key: object) -> bool:
        return key in self._load()

    def lookup(self, texts: list[str], role: Role) -> list[np.ndarray | None]:
        """The known vector (float32) of each text, ``None`` where the cache lacks it."""
        import numpy as np

        rows = self._load()
        if not rows or self._vectors is None:
            return [None] * len(texts)
        found: list[np.ndarray | None] = []
        for text in texts:
            row = rows.get(text_key(role, text))
            found.append(None if row is None else self._vectors[row].astype(np.float32))
        return found


def write_cache(path: Path, model_id: str, entries: Iterable[tuple[bytes, np.ndarray]]) -> int:
    """Write ``(key, vector)`` pairs (sorted by key, so the file is reproducible); returns the
    number of vectors."""
    import numpy as np

    unique = dict(entries)
    keys = sorted(unique)
    vectors = np.stack([unique[k] for k in keys]).astype(np.float16) if keys else np.zeros((0, 0))
    key_array = np.frombuffer(b"".join(keys), dtype=np.uint8).reshape(len(keys), KEY_BYTES)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.stem}.{os.getpid()}.tmp.npz")
    np.savez_compressed(partial, model_id=np.array(model_id), keys=key_array, vectors=vectors)
    os.replace(partial, path)
    return len(keys)
