"""What every text encoder provides: one method, ``encode``, and what the rest of the app may ask
of it without loading it (its id, languages, dimension and a cheap installation check)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    import numpy as np

#: ``passage``: texts that are stored and searched (indexed chunks). ``query``: search queries, and
#: short texts compared with each other (effects and values, a message and its cues); e5 models are
#: trained with ``query: `` for both.
Role = Literal["query", "passage"]


class Encoder(Protocol):
    """A text encoder. ``encode`` returns one L2-normalised float32 row per text (cosine
    similarity is then a dot product); model-specific details (prefixes, token window) are the
    encoder's own business."""

    @property
    def model_id(self) -> str:
        """Identity of the model and its weights; stored with the index and the vector caches."""
        ...

    @property
    def name(self) -> str:
        """Readable name, e.g. ``multilingual-e5-small``."""
        ...

    @property
    def languages(self) -> str:
        """The languages it was trained on, for ``doctor``."""
        ...

    @property
    def dimension(self) -> int: ...

    @property
    def similarity_floor(self) -> float:
        """The cosine similarity that unrelated short texts still get (e5 models give every pair
        a high one, about 0.75); similarities are read relative to it."""
        ...

    def check(self) -> str:
        """Whether it can load, without loading it: a detail on success, ``BackendUnavailable``
        with the fix otherwise. Cheap (``doctor`` calls it)."""
        ...

    def encode(self, texts: list[str], role: Role) -> np.ndarray: ...
