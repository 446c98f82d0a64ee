"""What a turn changed and what the conductor decided: the inputs of the reply templates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from assistant.domain.session import Effect, HandlingOption, Step

if TYPE_CHECKING:
    import numpy as np

    from assistant.knowledge.catalogue import Catalogue
    from assistant.llm.base import ChatModel
    from assistant.method.suggestions import TextEmbedder, ValueSuggester
    from assistant.method.templates import PromptLibrary


@dataclass
class Notice:
    """A message to the user that is not part of the step's question (verdict, off-topic...)."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Changes:
    """Everything a turn changed, for the reflection at the top of the reply."""

    case: dict[str, str] = field(default_factory=dict)
    actors: list[str] = field(default_factory=list)
    effects: list[Effect] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    reordered: list[str] = field(default_factory=list)  # chosen values in their new order
    definitions: list[str] = field(default_factory=list)
    options: list[HandlingOption] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    corrected: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    moved: tuple[Step, Step] | None = None
    ignored: list[str] = field(default_factory=list)
    turned_down: list[str] = field(default_factory=list)  # measures asked and turned down at once
    prompts: list[str] = field(default_factory=list)
    proposed: bool = False
    adopted: bool = False
    notices: list[Notice] = field(default_factory=list)
    trace_notes: list[str] = field(default_factory=list)

    def notice(self, kind: str, **data: Any) -> None:
        self.notices.append(Notice(kind, data))
        self.trace_notes.append(kind)

    @property
    def empty(self) -> bool:
        return not (
            self.case or self.actors or self.effects or self.values or self.reordered
            or self.definitions
            or self.options or self.removed or self.corrected or self.skipped or self.moved
            or self.ignored or self.turned_down or self.prompts
        )  # fmt: skip

    @property
    def recorded(self) -> bool:
        """Whether the turn recorded or changed anything in the session."""
        return bool(
            self.case or self.actors or self.effects or self.values or self.reordered
            or self.definitions
            or self.options or self.removed or self.corrected or self.adopted
        )  # fmt: skip


@dataclass
class Tools:
    """What the step handlers need for one turn (built per turn; shared parts are read-only)."""

    catalogue: Catalogue
    suggester: ValueSuggester
    prompts: PromptLibrary
    max_values: int
    model: ChatModel | None = None  # a generative model, for structured extraction

    @property
    def generative(self) -> bool:
        return self.model is not None and self.model.generative


class Learned(Protocol):
    """A model learned over the vectors of one encoder (the kind, direction and effect models)."""

    def fits(self, encoder: str) -> bool: ...


def learned_encoder(tools: Any, learned: Learned) -> TextEmbedder | None:
    """The encoder a learned model reads with: the value suggester's, when it is the one the
    model learned from; None otherwise (another encoder, or tools without one), and the rules
    decide alone."""
    embedder = getattr(getattr(tools, "suggester", None), "embedder", None)
    if embedder is None or not learned.fits(str(getattr(embedder, "model_id", ""))):
        return None
    return embedder


class Weighing(Learned, Protocol):
    """A learned model that gives each text a chance (the kind and sentence models)."""

    def probabilities(self, texts: list[str], vectors: np.ndarray) -> np.ndarray: ...


def learned_chances(tools: Any, learned: Weighing, texts: list[str]) -> np.ndarray | None:
    """What a learned model gives ``texts``; None where its encoder is not at hand and the rules
    decide alone (:func:`learned_vectors`)."""
    vectors = learned_vectors(tools, learned, texts)
    return None if vectors is None else learned.probabilities(texts, vectors)


def learned_vectors(tools: Any, learned: Learned, texts: list[str]) -> np.ndarray | None:
    """The vectors a learned model reads ``texts`` with; None where the model's encoder is not
    at hand (:func:`learned_encoder`) and the rules decide alone."""
    embedder = learned_encoder(tools, learned)
    return None if embedder is None else embedder.embed_queries(texts)
