"""The conductor finishes a reply: the guided draft streamed as it is, or a generative model's
rewording streamed through a verdict gate, with the sources it may cite and what happened."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field

from assistant.domain.session import Citation, Session
from assistant.errors import BackendFailed
from assistant.llm.base import ChatMessage, ChatModel
from assistant.llm.guided import GuidedChatModel
from assistant.method import compose
from assistant.method.changes import Notice
from assistant.method.templates import PromptLibrary
from assistant.method.verdict import SentenceGate

# A generative model rewords the draft: a short reply, no rambling.
ENHANCE_TOKENS = 160


@dataclass
class FinishedReply:
    """What a streamed reply ended as: its text, the sources it cites (only retrieved ones), the
    ids retrieved for it and the turn's notices."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    retrieved: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


@dataclass
class ReplyWriter:
    """Streams one reply for a planned turn (``draft`` from ``Conductor.plan``)."""

    prompts: PromptLibrary
    session: Session
    draft: compose.Draft
    intent: str
    notices: list[str]
    enhance_tokens: int = ENHANCE_TOKENS

    def stream(self, model: ChatModel, user_text: str) -> Generator[str, None, FinishedReply]:
        generative = model.generative and self.intent != "empty"
        if generative:
            text = yield from self._stream_model(model, user_text)
        else:
            text = yield from self._stream_draft(GuidedChatModel())
        passages = self.draft.passages
        enhanced = generative and "verdict_blocked" not in self.notices
        cited = compose.cited_ids(text, passages) if enhanced else [p.id for p in self.draft.quoted]
        citations = [compose.citation(p) for p in passages if p.id in cited]
        return FinishedReply(text, citations, [p.id for p in passages], self.notices)

    def _stream_model(self, model: ChatModel, user_text: str) -> Generator[str, None, str]:
        """A generative model's text passes a verdict gate a sentence at a time; if it judges,
        the gate closes (notice ``verdict_blocked``) and the guided draft ends the reply, so
        what is shown is what is stored. A failure keeps the shown text, adds a notice and the
        step's question."""
        draft = self.draft
        messages = compose.llm_messages(self.prompts, self.session, draft, user_text)
        response = model.prompt(messages, max_tokens=self.enhance_tokens)
        gate = SentenceGate()
        try:
            for piece in response:
                yield from gate.feed(piece)
                if gate.blocked:
                    break
            yield from gate.flush()
        except BackendFailed as exc:
            yield from gate.flush()
            tail = self._failure_tail(exc, gate.text)
            yield tail
            return gate.text + tail
        if gate.blocked:
            self.notices.append("verdict_blocked")
        if not gate.text.strip():
            yield draft.text
            return draft.text
        if gate.blocked:
            suffix = "\n\n" + draft.text
        else:
            suffix = compose.question_suffix(gate.text, draft.question)
        yield suffix
        return gate.text + suffix

    def _stream_draft(self, model: ChatModel) -> Generator[str, None, str]:
        """Guided mode: the draft is the reply, streamed word by word."""
        response = model.prompt([ChatMessage(role="user", content=self.draft.text)])
        try:
            yield from response
        except BackendFailed as exc:
            tail = self._failure_tail(exc, response.partial)
            yield tail
            return response.partial + tail
        return response.partial

    def _failure_tail(self, exc: BackendFailed, shown: str) -> str:
        self.notices.append(f"backend_failed: {exc.message}")
        notice = self.prompts.render(
            "notice", self.session.language, notice=Notice("backend_failed"), session=self.session
        )
        return compose.failure_tail(shown, self.draft, notice)
