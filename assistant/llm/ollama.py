"""Ollama backend: a probe that says exactly what to run, and a streaming chat model.

``probe_ollama`` asks ``GET /api/version`` and ``GET /api/tags`` with one short overall budget
(``ollama.probe_timeout_s``), so a closed port or a silent host is reported in seconds.

``OllamaChatModel`` streams through langchain-ollama's ``ChatOllama``. It works with the way we
need timeouts and failures to behave: ``ChatOllama`` passes ``client_kwargs`` to the ``httpx``
client of the ``ollama`` package, so an ``httpx.Timeout`` whose read timeout is
``ollama.timeout_s`` cuts off a server that goes silent between two tokens, and transport errors
(a connection closed mid-stream, an HTTP 404 for a model that is not pulled) reach us unchanged
through ``ChatOllama.stream``. We translate them into :class:`BackendFailed` with the fix; the
text received so far stays in ``Response.partial``. A stream that ends without Ollama's final
``done`` message is treated as broken too.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from assistant.errors import BackendFailed, BackendUnavailable
from assistant.llm.base import ChatMessage, ChatModel, GenerationOptions
from assistant.settings import OllamaSettings

if TYPE_CHECKING:
    from langchain_core.messages import BaseMessage
    from langchain_ollama import ChatOllama

START_FIX = "start it with `ollama serve` or set OLLAMA_HOST"


def _full_tag(model: str) -> str:
    """Ollama lists ``llama3`` as ``llama3:latest``."""
    return model if ":" in model else f"{model}:latest"


@dataclass(frozen=True)
class OllamaStatus:
    """What a probe found: whether the server answered, its version and its pulled models."""

    host: str
    reachable: bool
    version: str | None = None
    models: tuple[str, ...] = ()
    error: str | None = None

    def has_model(self, model: str) -> bool:
        return _full_tag(model) in {_full_tag(name) for name in self.models}

    def raise_for_model(self, model: str) -> None:
        """Raise :class:`BackendUnavailable` with the command to run unless ``model`` can chat."""
        if not self.reachable:
            raise BackendUnavailable(f"Ollama is not reachable at {self.host}", START_FIX)
        if not self.has_model(model):
            raise BackendUnavailable(
                f"Model {model} is not pulled on {self.host}", f"run `ollama pull {model}`"
            )

    def summary(self, model: str | None = None) -> str:
        if not self.reachable:
            return f"Ollama is not reachable at {self.host} ({self.error or 'no answer'})."
        text = f"Ollama {self.version or '(unknown version)'} at {self.host}"
        if model is None:
            return f"{text}, {len(self.models)} model(s) pulled."
        state = "pulled" if self.has_model(model) else "not pulled"
        return f"{text}, model {model} {state}."


def probe_ollama(settings: OllamaSettings) -> OllamaStatus:
    """Ask the server for its version and models within ``settings.probe_timeout_s`` in total."""
    import httpx

    deadline = time.monotonic() + settings.probe_timeout_s

    def get(client: httpx.Client, path: str) -> Any:
        remaining = max(deadline - time.monotonic(), 0.01)
        response = client.get(path, timeout=remaining)
        response.raise_for_status()
        return response.json()

    try:
        with httpx.Client(base_url=settings.host) as client:
            version = get(client, "/api/version").get("version")
            tags = get(client, "/api/tags").get("models") or []
    except httpx.TimeoutException:
        error = f"no answer within {settings.probe_timeout_s:g} s"
        return OllamaStatus(settings.host, False, error=error)
    except httpx.HTTPStatusError as exc:
        path = exc.request.url.path
        error = f"HTTP {exc.response.status_code} from {path}; is this an Ollama server?"
        return OllamaStatus(settings.host, False, error=error)
    except (httpx.HTTPError, ValueError, AttributeError) as exc:
        return OllamaStatus(settings.host, False, error=_short_error(exc))
    names = tuple(str(m.get("name") or m.get("model")) for m in tags if isinstance(m, dict))
    return OllamaStatus(settings.host, True, version=version, models=names)


def _short_error(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if "Connection refused" in text or "Errno 111" in text:
        return "connection refused"
    return text.splitlines()[0][:200]


class OllamaChatModel(ChatModel):
    """Chat through an Ollama server (langchain-ollama ``ChatOllama``), streaming."""

    backend: ClassVar[str] = "ollama"

    def __init__(
        self,
        settings: OllamaSettings,
        defaults: GenerationOptions | None = None,
        model: str | None = None,
    ) -> None:
        super().__init__(model or settings.model, defaults)
        self.settings = settings
        self._chat: ChatOllama | None = None
        self._lock = threading.Lock()

    @property
    def client(self) -> ChatOllama:
        """One ``ChatOllama`` per instance (its httpx client is thread-safe), built on first use."""
        with self._lock:
            if self._chat is None:
                import httpx
                from langchain_ollama import ChatOllama

                timeout = httpx.Timeout(
                    self.settings.timeout_s, connect=self.settings.probe_timeout_s
                )
                self._chat = ChatOllama(
                    model=self.name,
                    base_url=self.settings.host,
                    keep_alive=self.settings.keep_alive,
                    client_kwargs={"timeout": timeout},
                )
            return self._chat

    def prepare(self) -> None:
        """Import langchain-ollama and build the client now (1.2 s on 2 cores), not in the first
        turn; no request is made."""
        self.client  # noqa: B018

    def request_options(self, options: GenerationOptions) -> dict[str, Any]:
        """Ollama's ``options`` for one request (``max_tokens`` is Ollama's ``num_predict``)."""
        mapped: dict[str, Any] = {
            "temperature": options.temperature,
            "num_ctx": options.num_ctx,
            "num_predict": options.max_tokens,
        }
        if options.seed is not None:
            mapped["seed"] = options.seed
        return mapped

    def _stream(self, messages: list[ChatMessage], options: GenerationOptions) -> Iterator[str]:
        stream = self.client.stream(
            _to_langchain(messages),
            options=self.request_options(options),
            format=options.json_schema,
        )
        done = False
        try:
            for chunk in stream:
                done = done or bool(chunk.response_metadata.get("done"))
                if isinstance(chunk.content, str):
                    yield chunk.content
        except Exception as exc:
            raise self._failure(exc) from exc
        if not done:
            raise BackendFailed(
                f"Ollama at {self.settings.host} ended the reply before it was complete",
                "try again; if it keeps happening check the Ollama server log",
            )

    def _failure(self, exc: Exception) -> BackendFailed:
        """The error a user sees for a transport or server failure, with its fix."""
        import httpx
        from ollama import ResponseError

        host = self.settings.host
        if isinstance(exc, httpx.TimeoutException):
            return BackendFailed(
                f"Ollama at {host} sent nothing for {self.settings.timeout_s:g} s; "
                "the reply was cut off",
                "try again, use a smaller model, or raise ASSISTANT_OLLAMA__TIMEOUT_S",
            )
        if isinstance(exc, ResponseError) and exc.status_code == 404:
            return BackendFailed(
                f"Model {self.name} is not pulled on {host}", f"run `ollama pull {self.name}`"
            )
        if isinstance(exc, ResponseError):
            return BackendFailed(
                f"Ollama at {host} answered with an error: {exc.error}",
                "check the Ollama server log, then run `ethics-assistant doctor`",
            )
        if isinstance(exc, ConnectionError | httpx.ConnectError):
            return BackendFailed(f"Ollama is not reachable at {host}", START_FIX)
        if isinstance(exc, httpx.TransportError):
            return BackendFailed(
                f"Ollama at {host} closed the connection in the middle of the reply",
                "check that the Ollama server is still running (`ollama serve`), then try again",
            )
        return BackendFailed(
            f"The Ollama reply failed: {exc}", "try again; run `ethics-assistant doctor`"
        )


def _to_langchain(messages: list[ChatMessage]) -> list[BaseMessage]:
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    return [kinds[m.role](content=m.content) for m in messages]
