"""The conversation service: start, resume and continue guidance-ethics sessions, and every other
operation on a session (list, show, export, delete, language, share). The UI and the CLI touch
sessions only through it.

Every turn is saved twice: the user's message before any model is called, and the assistant's
reply (with its trace) after it, so a crash or kill loses no turn. State of a conversation lives
only in its ``Session`` in the store; a per-session lock keeps two turns on one session apart,
turns on different sessions run in parallel.

Ownership: every operation takes ``owner``, and every session it touches is read through
``load`` (``summary`` for list-like reads), where the store answers ``NotFound`` for a session of
someone else; ``owner=None`` means every session (the CLI, run by the machine's own user). The
web UI always passes an owner: the logged-in user, or without login the browser's owner key.
"""

from __future__ import annotations

import builtins
import threading
from typing import TYPE_CHECKING, Any, Protocol

from assistant.domain.session import (
    OPTION_KINDS,
    Citation,
    Language,
    Session,
    Step,
    Turn,
    TurnTrace,
)
from assistant.errors import InputError, NotFound
from assistant.knowledge.protocols import Searcher
from assistant.llm.base import ChatModel
from assistant.method.conductor import Conductor
from assistant.method.editing.canvas import apply_edit
from assistant.method.templates import PromptLibrary
from assistant.services.turn import TurnStream

if TYPE_CHECKING:
    from assistant.knowledge.service import KnowledgeService
    from assistant.llm.factory import BackendChoice
    from assistant.method.suggestions import ValueSuggester
    from assistant.settings import Settings
    from assistant.store.base import SessionStoreProtocol, SessionSummary


class ChatResources(Protocol):
    """The shared adapters a chat service uses (``Services`` provides them, built lazily)."""

    settings: Settings

    @property
    def sessions(self) -> SessionStoreProtocol: ...

    @property
    def knowledge(self) -> KnowledgeService: ...

    @property
    def suggester(self) -> ValueSuggester: ...

    @property
    def backend(self) -> BackendChoice: ...


_AUTO: Any = object()
EXPORTS = ("json", "md", "markdown")


class OutcomeNotReady(InputError):
    """Sharing asked for before the session reached its summary with a described case."""


class ChatService:
    def __init__(
        self,
        services: ChatResources,
        retriever: Searcher | None = _AUTO,
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
    def model(self) -> ChatModel:
        """The active chat model (guided, embedded or Ollama)."""
        return self.services.backend.model

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
        """The session when ``owner`` may touch it; ``NotFound`` for a missing session and for
        someone else's alike (the store checks the owner in the same query)."""
        return self.store.get(session_id, owner=owner)

    def turn(self, session_id: str, text: str, owner: str | None = None) -> TurnStream:
        """Save the user's message and return the reply as a stream (iterate it)."""
        session = self.load(session_id, owner)
        text = (text or "").strip()
        limit = self.settings.sessions.max_input_chars
        cut = limit if len(text) > limit else None
        if cut is not None:
            text = text[:limit]
        if text:
            self.conductor.search_ahead(session, text, self.model)
            with self.lock(session.id):
                session.transcript.append(Turn(role="user", text=text, step=session.step))
                self.store.save(session)
        return TurnStream(self, session, text, cut)

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
            draft = self.conductor.goto(session, target)
            self.append_reply(session, draft.text, "goto", before, [], [], [], 0.0)
            self.store.save(session)
            return session

    def list(self, owner: str | None = None, limit: int = 100) -> builtins.list[SessionSummary]:
        """Summaries of ``owner``'s sessions (all with ``None``), most recently updated first."""
        return self.store.list(owner, limit)

    def summary(self, session_id: str, owner: str | None = None) -> SessionSummary:
        """One session's summary without decoding it (a damaged session can still be deleted)."""
        return self.store.summary(session_id, owner)

    @property
    def location(self) -> str:
        """Where the sessions live, for messages."""
        return self.store.location

    def delete(self, session_id: str, owner: str | None = None) -> None:
        self.store.delete(session_id, owner)

    def discard_unused(self, session_id: str, owner: str | None = None) -> bool:
        """Delete a session nobody wrote in (left for another one); True when it was deleted."""
        with self.lock(session_id):
            try:
                session = self.load(session_id, owner)
            except NotFound:
                return False
            if session.written_in():
                return False
            self.store.delete(session_id, owner)
            return True

    def export(self, session_id: str, fmt: str, owner: str | None = None) -> str:
        """The session as versioned JSON (``json``) or a Markdown report (``md``)."""
        from assistant.store.export import to_json, to_markdown

        if fmt not in EXPORTS:
            raise InputError(f"Unknown export format {fmt!r}", "use json or md")
        session = self.load(session_id, owner)
        return to_json(session) if fmt == "json" else to_markdown(session)

    def set_language(
        self, session_id: str, language: Language, owner: str | None = None
    ) -> Session:
        """Continue the session in ``language``; a session nobody wrote in starts over in it,
        under the same id (a message sent while the switch is under way finds it)."""
        with self.lock(session_id):
            session = self.load(session_id, owner)
            if session.language == language:
                return session
            session.language = language
            if not session.written_in():
                session.transcript = []
                text = self.conductor.opening(session)
                self.append_reply(session, text, "opening", Step.CASE, [], [], [], 0.0)
            self.store.save(session)
            return session

    def share_outcome(self, session_id: str, owner: str | None = None) -> tuple[Session, str]:
        """Index the session's scrubbed outcome (no transcript) as a past case; returns the
        session (marked shared) and the outcome's id. Only a finished session can share."""
        with self.lock(session_id):
            session = self.load(session_id, owner)
            if session.step != Step.SUMMARY or not session.case.technology.strip():
                raise OutcomeNotReady(
                    "There is no outcome to share yet",
                    "first work through all the steps, up to and including the summary",
                )
            outcome = self.services.knowledge.share_outcome(session)
            session.shared = True
            self.store.save(session)
            return session, outcome

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
