"""Where the shipped resources live: the corpus, the prompts and the eval scenarios.

In a source tree (a clone, an editable install) they are the folders ``corpus/``, ``prompts/`` and
``evals/`` at the repository root. A built wheel (``pip install .``, a container) carries copies of
them as package data in ``assistant/_resources/`` (see ``setup.py``). :func:`resource_dir` gives
the one this installation has.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

PACKAGE_DIR = Path(__file__).resolve().parent
#: The repository root in a source tree; in an installed wheel it is site-packages (no resources).
PROJECT_ROOT = PACKAGE_DIR.parent
PACKAGED_RESOURCES = PACKAGE_DIR / "_resources"
Resource = Literal["corpus", "prompts", "evals"]
RESOURCES: tuple[Resource, ...] = ("corpus", "prompts", "evals")


def resource_dir(name: Resource) -> Path:
    """``corpus``, ``prompts`` or ``evals``: the installed package's copy when it has one (a wheel),
    else the source tree's folder."""
    packaged = PACKAGED_RESOURCES / name
    return packaged if packaged.is_dir() else PROJECT_ROOT / name


def default_data_dir() -> Path:
    """The per-user data dir: ``$XDG_DATA_HOME/ethics-assistant`` or ``~/.local/share/...``."""
    import os

    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "ethics-assistant"


#: Vectors of the shipped corpus and value catalogue for the default encoder (a hidden folder, so
#: indexing the corpus skips it); built into the source tree by ``ethics-assistant vectors
#: --build``.
SHIPPED_VECTORS_DIR = PROJECT_ROOT / "corpus" / ".vectors"


def shipped_vectors_dir() -> Path:
    """Where this installation's shipped vectors are read from: the installed package's copy of
    the corpus (a wheel), else the source tree's (``SHIPPED_VECTORS_DIR``)."""
    return resource_dir("corpus") / ".vectors"
