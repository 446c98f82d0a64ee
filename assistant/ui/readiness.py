"""First use without waiting: the server answers at once while the knowledge index is built and
the models are loaded in the background; the status line shows which phase it is in.

A turn while the index is still being built goes on without sources (``ReadyRetriever``; the
page says why) instead of waiting for the whole corpus to be embedded: the case, the first step,
needs none. Once the index is ready every turn retrieves as usual.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from assistant.errors import AssistantError, IndexBroken

if TYPE_CHECKING:
    from collections.abc import Sequence

    from assistant.knowledge.protocols import HitLike, Searcher
    from assistant.services.container import Services

log = logging.getLogger("assistant.ui")
Phase = Literal["index", "models", "ready", "failed"]


@dataclass
class Readiness:
    """Where the background preparation is (read by every page's status line)."""

    phase: Phase = "index"
    error: str = ""
    started: float = field(default_factory=time.monotonic)
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def ready(self) -> bool:
        return self.phase in ("ready", "failed")

    @property
    def seconds(self) -> int:
        return int(time.monotonic() - self.started)

    @classmethod
    def already(cls) -> Readiness:
        """Nothing to wait for (tests, or a caller that prepared everything itself)."""
        readiness = cls(phase="ready")
        readiness.done.set()
        return readiness


class ReadyRetriever:
    """The knowledge index for turns, once it is ready; before that a turn's search fails at
    once (the turn goes on without sources) rather than waiting for the build."""

    def __init__(self, inner: Searcher, readiness: Readiness) -> None:
        self.inner = inner
        self.readiness = readiness

    def search(
        self,
        query: str,
        k: int | None = None,
        kind: str | None = None,
        language: str | None = None,
    ) -> Sequence[HitLike]:
        if self.readiness.phase == "index":
            raise IndexBroken(
                "The knowledge index is still being built",
                "wait until the status line says it is ready",
            )
        return self.inner.search(query, k, kind, language)

    def search_ahead(self, query: str) -> None:
        if self.readiness.phase != "index":  # while the index builds, the search fails anyway
            self.inner.search_ahead(query)


def prepare_in_background(services: Services, readiness: Readiness | None = None) -> Readiness:
    """Build or update the corpus index, then load the models and the value catalogue's vectors
    (``Services.warm_up``), in a thread; the server runs for long, so its heap is frozen after.
    ``readiness``: the one the page already reports (default: a new one)."""
    readiness = readiness or Readiness()
    readiness.started = time.monotonic()
    thread = threading.Thread(
        target=_prepare, args=(services, readiness), name="prepare", daemon=True
    )
    thread.start()
    return readiness


def _prepare(services: Services, readiness: Readiness) -> None:
    try:
        services.prepare_index(progress=False)
        readiness.phase = "models"
        services.warm_up(freeze=True)
        readiness.phase = "ready"
    except AssistantError as exc:  # the first turn meets the same problem and shows its fix
        log.warning("Preparing failed: %s (%s)", exc.message, exc.fix)
        readiness.error = f"{exc.message} ({exc.fix})" if exc.fix else exc.message
        readiness.phase = "failed"
    except Exception as exc:  # never leave the status line waiting forever
        log.exception("Preparing failed")
        readiness.error = str(exc) or type(exc).__name__
        readiness.phase = "failed"
    finally:
        readiness.done.set()
