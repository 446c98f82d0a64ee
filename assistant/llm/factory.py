"""Pick the chat backend from settings; ``auto`` says which one it chose and why."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.errors import BackendUnavailable
from assistant.llm.base import ChatModel, GenerationOptions
from assistant.settings import Settings


@dataclass(frozen=True)
class BackendChoice:
    """The active model, and why it is the one (shown in the UI status line and by the CLI)."""

    model: ChatModel
    requested: str
    active: str
    reason_code: str  # ollama_ok | ollama_down | ollama_model_missing | requested
    reason: str
    fix: str = ""


def generation_defaults(settings: Settings) -> GenerationOptions:
    llm = settings.llm
    return GenerationOptions.parse(
        temperature=llm.temperature, seed=llm.seed, num_ctx=llm.num_ctx, max_tokens=llm.max_tokens
    )


def select_backend(settings: Settings, backend: str | None = None) -> BackendChoice:
    """Build the chat model for ``backend`` (default: ``settings.llm.backend``).

    ``ollama`` and ``embedded`` raise :class:`BackendUnavailable` with the fix when they cannot run;
    ``auto`` never raises: it falls back to guided and says why.
    """
    requested = backend or settings.llm.backend
    if requested == "guided":
        return _guided(requested, "requested", "Guided mode was chosen.")
    if requested == "embedded":
        from assistant.llm.embedded import EmbeddedChatModel

        embedded = EmbeddedChatModel(settings.embedded, generation_defaults(settings))
        embedded.check()
        return BackendChoice(embedded, requested, "embedded", "requested", "Embedded model chosen.")
    from assistant.llm.ollama import OllamaChatModel, probe_ollama

    status = probe_ollama(settings.ollama)
    if requested == "ollama":
        status.raise_for_model(settings.ollama.model)
        model = OllamaChatModel(settings.ollama, generation_defaults(settings))
        return BackendChoice(
            model, requested, "ollama", "requested", status.summary(settings.ollama.model)
        )
    try:
        status.raise_for_model(settings.ollama.model)
    except BackendUnavailable as exc:
        code = "ollama_down" if not status.reachable else "ollama_model_missing"
        return _guided(requested, code, exc.message + "; guided mode is used.", exc.fix)
    model = OllamaChatModel(settings.ollama, generation_defaults(settings))
    return BackendChoice(
        model, requested, "ollama", "ollama_ok", status.summary(settings.ollama.model)
    )


def _guided(requested: str, code: str, reason: str, fix: str = "") -> BackendChoice:
    from assistant.llm.guided import GuidedChatModel

    return BackendChoice(GuidedChatModel(), requested, "guided", code, reason, fix)
