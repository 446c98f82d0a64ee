"""The one chat-model interface every backend implements.

A backend implements ``_stream(messages, options)``, yielding text pieces. Callers use
``model.prompt(messages)`` which returns a lazy :class:`Response`: iterate it to stream, or call
``.text()`` to collect. Streaming and blocking share one path.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import AssistantError, BackendFailed, ConfigError

Role = Literal["system", "user", "assistant"]


class ChatMessage(BaseModel):
    role: Role
    content: str


class GenerationOptions(BaseModel):
    """Validated generation options; unknown options are an error."""

    model_config = ConfigDict(extra="forbid")

    temperature: float = Field(0.3, ge=0.0, le=2.0)
    seed: int | None = None
    num_ctx: int = Field(4096, ge=256, le=131072)
    max_tokens: int = Field(512, ge=1, le=8192)
    json_schema: dict[str, Any] | None = Field(
        None, description="Ask for JSON matching this schema (structured output)."
    )

    @classmethod
    def parse(cls, **options: Any) -> GenerationOptions:
        try:
            return cls(**options)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
            )
            raise ConfigError(
                f"Invalid model options: {problems}",
                "use temperature (0-2), seed, num_ctx (256-131072), max_tokens (1-8192)",
            ) from exc


class Response:
    """A lazy reply: iterate to stream pieces, ``text()`` to collect them.

    If the backend fails mid-stream the pieces received so far are kept in ``partial`` and the
    error (a :class:`BackendFailed`) is raised to the caller, who decides how to end the turn.
    """

    def __init__(self, pieces: Iterator[str], model_name: str) -> None:
        self._pieces = pieces
        self._chunks: list[str] = []
        self._done = False
        self.model_name = model_name
        self.started = time.perf_counter()
        self.first_token_s: float | None = None
        self.duration_s: float | None = None

    def __iter__(self) -> Iterator[str]:
        if self._done:
            yield from self._chunks
            return
        try:
            for piece in self._pieces:
                if not piece:
                    continue
                if self.first_token_s is None:
                    self.first_token_s = time.perf_counter() - self.started
                self._chunks.append(piece)
                yield piece
        finally:
            self._done = True
            self.duration_s = time.perf_counter() - self.started

    @property
    def partial(self) -> str:
        return "".join(self._chunks)

    def text(self) -> str:
        for _ in self:
            pass
        return self.partial


class ChatModel(ABC):
    """Base class: subclasses set ``backend`` and implement ``_stream``."""

    backend: ClassVar[str] = "base"
    #: False for the guided backend: callers then use template text instead of generation.
    generative: ClassVar[bool] = True
    #: False when the backend cannot hold its output to a JSON schema: callers then extract
    #: items with their own rules instead of asking the model.
    structured_output: ClassVar[bool] = True

    def __init__(self, name: str, defaults: GenerationOptions | None = None) -> None:
        self.name = name
        self.defaults = defaults or GenerationOptions()

    def prompt(self, messages: list[ChatMessage], **options: Any) -> Response:
        merged = GenerationOptions.parse(**{**self.defaults.model_dump(), **options})
        return Response(self._guarded(messages, merged), self.name)

    def _guarded(self, messages: list[ChatMessage], options: GenerationOptions) -> Iterator[str]:
        try:
            yield from self._stream(messages, options)
        except AssistantError:
            raise
        except Exception as exc:  # a backend's own error becomes one the edge can show
            raise BackendFailed(
                f"The {self.backend} model failed while answering: {exc}",
                "try again; if it keeps failing run `ethics-assistant doctor`",
            ) from exc

    @abstractmethod
    def _stream(self, messages: list[ChatMessage], options: GenerationOptions) -> Iterator[str]:
        """Yield the reply in pieces."""

    def prepare(self) -> None:  # noqa: B027 - optional: most backends have nothing to build
        """Build what the first request would otherwise wait for, without calling the model
        (``serve`` does this before the first user). Nothing to build by default."""

    def describe(self) -> str:
        return f"{self.backend}:{self.name}"
