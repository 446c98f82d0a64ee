"""One turn of a conversation as a lazy stream: plan, save the user turn, stream, save the reply."""

from __future__ import annotations

import time
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING

from assistant.errors import BackendFailed
from assistant.llm.base import ChatMessage, ChatModel
from assistant.llm.guided import GuidedChatModel
from assistant.method import compose
from assistant.method.conductor import TurnPlan
from assistant.method.models import Session, TurnTrace
from assistant.method.plan import Changes, Notice
from assistant.method.verdict import SentenceGate

if TYPE_CHECKING:
    from assistant.services.chat import ChatService


class TurnStream:
    """One reply: iterate for text pieces; afterwards ``session``, ``trace`` and ``text()``."""

    def __init__(self, service: ChatService, session: Session, text: str, truncated: bool) -> None:
        self.service = service
        self.session = session
        self.user_text = text
        self.truncated = truncated
        self.trace: TurnTrace | None = None
        self.plan: TurnPlan | None = None
        self._pieces: list[str] = []
        self._started = False

    def __iter__(self) -> Iterator[str]:
        if self._started:
            yield from list(self._pieces)
            return
        self._started = True
        with self.service.lock(self.session.id):
            for piece in self._run():
                self._pieces.append(piece)
                yield piece

    def text(self) -> str:
        for _ in self:
            pass
        return "".join(self._pieces)

    def _run(self) -> Generator[str, None, None]:
        service, session = self.service, self.session
        started = time.perf_counter()
        changes = Changes()
        if self.truncated:
            changes.notice("truncated", limit=service.settings.sessions.max_input_chars)
        model = service.services.backend.model
        plan = service.conductor.plan(session, self.user_text, model, changes)
        self.plan = plan
        if self.user_text:
            service.store.save(session)
        notices = list(plan.notices)
        generative = model.generative and plan.intent != "empty"
        reply = yield from self._stream(model if generative else GuidedChatModel(), plan, notices)
        passages = plan.passages
        quoted = [p.id for p in plan.draft.quoted]
        enhanced = generative and "verdict_blocked" not in notices
        cited = compose.cited_ids(reply, passages) if enhanced else quoted
        citations = [compose.citation(p) for p in passages if p.id in cited]
        latency = (time.perf_counter() - started) * 1000
        retrieved = [p.id for p in passages]
        self.trace = service.append_reply(
            session, reply, plan.intent, plan.step_before, retrieved, citations, notices, latency
        )
        if self.user_text:
            service.store.save(session)

    def _stream(
        self, model: ChatModel, plan: TurnPlan, notices: list[str]
    ) -> Generator[str, None, str]:
        """Stream the reply and return it. A generative model's text passes a verdict gate a
        sentence at a time; if it judges, the gate closes (notice ``verdict_blocked``) and the
        guided draft ends the reply, so what is shown is what is stored. A failure keeps the
        shown text, adds a notice and the step's question."""
        if not model.generative:
            return (yield from self._stream_draft(model, plan, notices))
        conductor = self.service.conductor
        messages = compose.llm_messages(conductor.prompts, self.session, plan.draft, self.user_text)
        response = model.prompt(messages, max_tokens=conductor.enhance_tokens)
        gate = SentenceGate()
        try:
            for piece in response:
                yield from gate.feed(piece)
                if gate.blocked:
                    break
            yield from gate.flush()
        except BackendFailed as exc:
            yield from gate.flush()
            tail = self._failure_tail(exc, gate.text, plan, notices)
            yield tail
            return gate.text + tail
        if gate.blocked:
            notices.append("verdict_blocked")
        if not gate.text.strip():
            yield plan.draft.text
            return plan.draft.text
        if gate.blocked:
            suffix = "\n\n" + plan.draft.text
        else:
            suffix = compose.question_suffix(gate.text, plan.draft.question)
        yield suffix
        return gate.text + suffix

    def _stream_draft(
        self, model: ChatModel, plan: TurnPlan, notices: list[str]
    ) -> Generator[str, None, str]:
        """Guided mode: the draft is the reply, streamed word by word."""
        response = model.prompt([ChatMessage(role="user", content=plan.draft.text)])
        try:
            yield from response
        except BackendFailed as exc:
            tail = self._failure_tail(exc, response.partial, plan, notices)
            yield tail
            return response.partial + tail
        return response.partial

    def _failure_tail(
        self, exc: BackendFailed, shown: str, plan: TurnPlan, notices: list[str]
    ) -> str:
        notices.append(f"backend_failed: {exc.message}")
        notice = self.service.conductor.prompts.render(
            "notice", self.session.language, n=Notice("backend_failed"), s=self.session
        )
        return compose.failure_tail(shown, plan.draft, notice)
