"""Where the shipped resources live (corpus, prompts, evals) relative to the source tree."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """The per-user data dir: ``$XDG_DATA_HOME/ethics-assistant`` or ``~/.local/share/...``."""
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ethics-assistant"


#: Vectors of the shipped corpus and value catalogue for the default encoder (a hidden folder, so
#: indexing the corpus skips it); built by ``ethics-assistant vectors --build``.
SHIPPED_VECTORS_DIR = PROJECT_ROOT / "corpus" / ".vectors"
