"""The guided backend: no generative model.

The method engine always drafts its reply from templates, retrieval and embedding-based
suggestions. With a generative backend the draft is the brief for the model; in guided mode the
draft *is* the reply, so this backend streams the last message's ``draft`` back unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from assistant.llm.base import ChatMessage, ChatModel, GenerationOptions


class GuidedChatModel(ChatModel):
    backend: ClassVar[str] = "guided"
    generative: ClassVar[bool] = False

    def __init__(self) -> None:
        super().__init__("templates")

    def _stream(self, messages: list[ChatMessage], options: GenerationOptions) -> Iterator[str]:
        """Stream the last message back word by word (callers pass the draft as that message)."""
        text = messages[-1].content if messages else ""
        words = text.split(" ")
        for i, word in enumerate(words):
            yield word if i == len(words) - 1 else word + " "
