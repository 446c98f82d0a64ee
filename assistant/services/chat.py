"""The conversation service: start, resume and continue guidance-ethics sessions.

Every turn is saved twice: the user's message before any model is called, and the assistant's
reply (with its trace) after it, so a crash or kill loses no turn. State of a conversation lives
only in its ``Session`` in the store; a per-session lock keeps two turns on one session apart,
turns on different sessions run in parallel.
"""

from __future__ import annotations

import builtins
import threading
import time
from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any

from assistant.errors import BackendFailed, InputError
from assistant.llm.base import ChatMessage, ChatModel
from assistant.llm.guided import GuidedChatModel
from assistant.method import compose
from assistant.method.conductor import Conductor, TurnPlan
from assistant.method.edits import apply_edit
from assistant.method.grounding import Retriever
from assistant.method.models import (
    OPTION_KINDS,
    Citation,
    Language,
    Session,
    Step,
    Turn,
    TurnTrace,
)
from assistant.method.plan import Changes, Notice
from assistant.method.prompts import PromptLibrary
from assistant.method.verdict import SentenceGate

if TYPE_CHECKING:
    from assistant.services.container import Services
    from assistant.store.base import SessionStoreProtocol, SessionSummary

_AUTO: Any = object()


class ChatService:
    def __init__(
        self,
        services: Services,
        retriever: Retriever | None = _AUTO,
        conductor: Conductor | None = None,
    ) -> None:
        """``retriever`` defaults to the knowledge index; ``conductor`` to one built from the
        corpus catalogue, the embedder and the prompt templates (tests and evals may share one)."""
        self.services = services
        self.settings = services.settings
        self._retriever = retriever
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._conductor = conductor

    @property
    def store(self) -> SessionStoreProtocol:
        return self.services.sessions

    @property
    def conductor(self) -> Conductor:
        """Built once (catalogue, embeddings, templates are shared and read-only)."""
        with self._guard:
            if self._conductor is None:
                retriever = self._retriever
                if retriever is _AUTO:
                    retriever = self.services.knowledge
                catalogue = self.services.knowledge.catalogue
                self._conductor = Conductor(
                    catalogue,
                    self.services.suggester,
                    PromptLibrary(),
                    max_values=self.settings.sessions.max_values,
                    retriever=retriever,
                    k=self.settings.retrieval.k,
                )
            return self._conductor

    def lock(self, session_id: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(session_id, threading.Lock())

    def start(
        self, language: Language = "nl", owner: str | None = None, title: str = ""
    ) -> Session:
        """A new session with the opening message, saved."""
        session = Session(language=language, owner=owner, title=title)
        text = self.conductor.opening(session)
        self.append_reply(session, text, "opening", Step.CASE, [], [], [], 0.0)
        self.store.save(session)
        return session

    def load(self, session_id: str, owner: str | None = None) -> Session:
        return self.store.get(session_id, owner=owner)

    def turn(self, session_id: str, text: str, owner: str | None = None) -> TurnStream:
        """Save the user's message and return the reply as a stream (iterate it)."""
        session = self.load(session_id, owner)
        text = (text or "").strip()
        limit = self.settings.sessions.max_input_chars
        truncated = len(text) > limit
        if truncated:
            text = text[:limit]
        if text:
            with self.lock(session.id):
                session.transcript.append(Turn(role="user", text=text, step=session.step))
                self.store.save(session)
        return TurnStream(self, session, text, truncated)

    def edit(
        self,
        session_id: str,
        kind: str,
        action: str,
        item_id: str | None = None,
        data: dict[str, Any] | None = None,
        owner: str | None = None,
    ) -> Session:
        """A canvas edit (add/update/remove an actor, effect, value or option; update the case)."""
        with self.lock(session_id):
            session = self.load(session_id, owner)
            apply_edit(session, kind, action, item_id, data, self.conductor.catalogue)
            self.store.save(session)
            return session

    def goto(self, session_id: str, step: str | Step, owner: str | None = None) -> Session:
        """Jump to ``step``; the step's question is added to the transcript."""
        try:
            target = Step(step)
        except ValueError as exc:
            raise InputError(
                f"Unknown step {step!r}", f"use one of {', '.join(s.value for s in Step)}"
            ) from exc
        with self.lock(session_id):
            session = self.load(session_id, owner)
            before = session.step
            conductor = self.conductor
            changes = Changes()
            tools = conductor.tools(None)
            conductor.move(tools, session, target, changes)
            draft = compose.compose_draft(
                conductor.prompts,
                session,
                changes,
                conductor.step_text(tools, session, changes),
                [],
                None,
            )
            self.append_reply(session, draft.text, "goto", before, [], [], [], 0.0)
            self.store.save(session)
            return session

    def list(self, owner: str | None = None) -> builtins.list[SessionSummary]:
        return self.store.list(owner)

    def delete(self, session_id: str, owner: str | None = None) -> None:
        self.store.delete(session_id, owner)

    def export(self, session_id: str, fmt: str, owner: str | None = None) -> str:
        from assistant.method.export import to_json, to_markdown

        session = self.load(session_id, owner)
        writers = {"json": to_json, "markdown": to_markdown, "md": to_markdown}
        if fmt not in writers:
            raise InputError(f"Unknown export format {fmt!r}", "use json or markdown")
        return writers[fmt](session)

    def append_reply(
        self,
        session: Session,
        text: str,
        intent: str,
        step_before: Step,
        retrieved: builtins.list[str],
        citations: builtins.list[Citation],
        notices: builtins.list[str],
        latency_ms: float,
    ) -> TurnTrace:
        chosen = session.chosen_values()
        trace = TurnTrace(
            step=step_before,
            step_after=session.step,
            language=session.language,
            backend=self.services.backend.active,
            intent=intent,
            values=[v.name for v in chosen],
            options={k: sum(1 for o in session.options if o.kind == k) for k in OPTION_KINDS},
            retrieved_ids=retrieved,
            cited_ids=[c.id for c in citations],
            latency_ms=round(latency_ms, 1),
            notices=notices,
        )
        turn = Turn(role="assistant", text=text, step=session.step, citations=citations)
        turn.trace = trace
        session.transcript.append(turn)
        return trace


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
