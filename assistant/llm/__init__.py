"""Chat-model adapters behind one interface (see ``base``)."""

from assistant.llm.base import ChatMessage, ChatModel, GenerationOptions, Response

__all__ = ["ChatMessage", "ChatModel", "GenerationOptions", "Response"]
