"""A scriptable fake chat model for tests of everything above the adapters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from assistant.llm.base import ChatMessage, ChatModel, GenerationOptions


class FakeChatModel(ChatModel):
    """Replies with queued texts (``enqueue``), or a default; records every call in ``history``.

    A queued reply that is an ``Exception`` instance is raised after ``fail_after`` pieces, to test
    what happens when a model dies mid-stream.
    """

    backend: ClassVar[str] = "fake"

    def __init__(self, default_reply: str = "OK.", piece_size: int = 8) -> None:
        super().__init__("fake")
        self.queue: list[str | Exception] = []
        self.history: list[tuple[list[ChatMessage], GenerationOptions]] = []
        self.default_reply = default_reply
        self.piece_size = piece_size
        self.fail_after = 1

    def enqueue(self, *replies: str | Exception) -> FakeChatModel:
        self.queue.extend(replies)
        return self

    def _stream(self, messages: list[ChatMessage], options: GenerationOptions) -> Iterator[str]:
        self.history.append((list(messages), options))
        reply = self.queue.pop(0) if self.queue else self.default_reply
        if isinstance(reply, Exception):
            yield "partial "[: self.piece_size * self.fail_after]
            raise reply
        for start in range(0, len(reply), self.piece_size):
            yield reply[start : start + self.piece_size]
