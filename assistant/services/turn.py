"""One turn of a conversation as a lazy stream: plan, save the user turn, stream, save the reply."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Protocol

from assistant.domain.session import Citation, Session, Step, TurnTrace
from assistant.llm.base import ChatModel
from assistant.method.changes import Changes
from assistant.method.conductor import Conductor, TurnPlan
from assistant.store.base import SessionStoreProtocol


class TurnHost(Protocol):
    """What a turn needs from the chat service that runs it."""

    @property
    def store(self) -> SessionStoreProtocol: ...

    @property
    def conductor(self) -> Conductor: ...

    @property
    def model(self) -> ChatModel: ...

    def lock(self, session_id: str) -> threading.Lock: ...

    def append_reply(
        self,
        session: Session,
        text: str,
        intent: str,
        step_before: Step,
        retrieved: list[str],
        citations: list[Citation],
        notices: list[str],
        latency_ms: float,
    ) -> TurnTrace: ...


class TurnStream:
    """One reply: iterate for text pieces; afterwards ``session``, ``trace`` and ``text()``."""

    def __init__(self, host: TurnHost, session: Session, text: str, notice_limit: int | None):
        """``notice_limit``: the message was cut to this many characters (None: it was not)."""
        self.host = host
        self.session = session
        self.user_text = text
        self.notice_limit = notice_limit
        self.trace: TurnTrace | None = None
        self.plan: TurnPlan | None = None
        self._pieces: list[str] = []
        self._started = False

    def __iter__(self) -> Iterator[str]:
        if self._started:
            yield from list(self._pieces)
            return
        self._started = True
        with self.host.lock(self.session.id):
            for piece in self._run():
                self._pieces.append(piece)
                yield piece

    def text(self) -> str:
        for _ in self:
            pass
        return "".join(self._pieces)

    def _run(self) -> Iterator[str]:
        host, session = self.host, self.session
        started = time.perf_counter()
        changes = Changes()
        if self.notice_limit is not None:
            changes.notice("truncated", limit=self.notice_limit)
        model = host.model
        plan = host.conductor.plan(session, self.user_text, model, changes)
        self.plan = plan
        if self.user_text:
            host.store.save(session)
        reply = yield from host.conductor.reply(session, plan).stream(model, self.user_text)
        latency = (time.perf_counter() - started) * 1000
        self.trace = host.append_reply(
            session,
            reply.text,
            plan.intent,
            plan.step_before,
            reply.retrieved,
            reply.citations,
            reply.notices,
            latency,
        )
        if self.user_text:
            host.store.save(session)
