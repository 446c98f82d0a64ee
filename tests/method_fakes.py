"""Helpers for the method-engine tests: a scripted retriever and a small session builder."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from assistant.domain.session import (
    Actor,
    Effect,
    HandlingOption,
    Proposal,
    Session,
    Step,
    Turn,
    Value,
)


@dataclass
class FakeHit:
    id: str
    text: str
    title: str = ""
    section: str = ""
    source: str = ""
    kind: str = "method"
    language: str = "nl"
    score: float = 1.0


@dataclass
class FakeRetriever:
    """Returns ``hits`` for every query and records the queries (and those asked ahead);
    ``fail`` raises instead."""

    hits: list[FakeHit] = field(default_factory=list)
    queries: list[str] = field(default_factory=list)
    fail: Exception | None = None
    ahead: list[str] = field(default_factory=list)

    def search_ahead(self, query: str) -> None:
        self.ahead.append(query)

    def search(
        self, query: str, k: int | None = None, kind: str | None = None, language: str | None = None
    ) -> list[FakeHit]:
        self.queries.append(query)
        if self.fail is not None:
            raise self.fail
        return self.hits[: k or len(self.hits)]


def sample_hits() -> list[FakeHit]:
    return [
        FakeHit("method-steps-nl#2", "Bij effecten kijk je per actor naar voor- en nadelen.",
                "Stappen", "Effecten", "corpus/method/steps-nl.md", "method", "nl"),
        FakeHit("case-sentiment#1", "Een gemeente volgde berichten op sociale media over een azc.",
                "Sentimentmonitoring", "Casus", "corpus/cases/x.yaml", "cases", "nl"),
        FakeHit("case-twin-en#1", "A province used a digital twin for green space.",
                "Digital twin", "Case", "corpus/cases/y.yaml", "cases", "en"),
    ]  # fmt: skip


def session_at(step: Step, language: str = "nl") -> Session:
    """A session about sentiment monitoring, filled up to ``step``."""
    session = Session(language=language)  # type: ignore[arg-type]
    session.case.technology = "Sentimentmonitoring van sociale media door de gemeente"
    session.case.context = "Gemeente Utrecht"
    session.case.users = "Team communicatie"
    session.case.decisions = "Communicatie over projecten"
    session.case.stage = "pilot"
    session.meta["case_asked"] = ["context", "decisions", "stage", "users"]
    if step.position >= Step.EFFECTS.position:
        session.actors = [Actor(id="a1", name="Inwoners", group="affected"),
                          Actor(id="a2", name="Medewerkers", group="professionals")]  # fmt: skip
    if step.position >= Step.VALUES.position:
        session.effects = [
            Effect(
                id="e1", actor_id="a1", direction="negative", text="Inwoners voelen zich bekeken"
            ),
            Effect(id="e2", actor_id="a1", direction="positive", text="Sneller gehoord worden"),
            Effect(id="e3", actor_id="a2", direction="positive", text="Minder handmatig werk"),
            Effect(id="e4", actor_id="a2", direction="negative", text="Fouten bij ironie"),
        ]
    if step.position >= Step.OPTIONS.position:
        session.values = [
            Value(id="v1", name="Privacy", key="privacy", definition="d", priority=1),
            Value(id="v2", name="Transparantie", key="transparency", definition="d", priority=2),
            Value(id="v3", name="Vrijheid van meningsuiting", key="freedom-of-expression",
                  definition="d", priority=3),
        ]  # fmt: skip
    if step == Step.SUMMARY:
        session.options = [
            HandlingOption(id="o1", kind="design", text="Alleen aggregaten", value_ids=["v1"]),
            HandlingOption(id="o2", kind="environment", text="Register", value_ids=["v2"]),
            HandlingOption(id="o3", kind="human", text="Training", value_ids=["v3"]),
        ]
    session.step = step
    return session


def reading_session(
    step: Step, language: str, technology: str, actors: tuple[str, ...] = ()
) -> Session:
    """A session at ``step`` about ``technology`` with ``actors``, for reading messages."""
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    session.case.technology = technology
    session.actors = [Actor(id=f"a{i}", name=n) for i, n in enumerate(actors, start=1)]
    return session


def with_retriever(conductor: Any, retriever: FakeRetriever, k: int = 3) -> Any:
    """A conductor like ``conductor`` (its catalogue and suggester) that searches ``retriever``."""
    from assistant.method.conductor import Conductor
    from assistant.method.templates import PromptLibrary

    return Conductor(
        conductor.catalogue, conductor.suggester, PromptLibrary(), retriever=retriever, k=k
    )


def read_in(
    reader: Any,
    text: str,
    actors: tuple[str, ...],
    language: str,
    technology: str,
    step: Step = Step.EFFECTS,
) -> Any:
    """What ``reader`` reads in ``text`` at ``step`` of a session about ``technology`` whose
    actors (ids equal to their names) are ``actors``."""
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    session.case.technology = technology
    session.actors = [Actor(id=name, name=name) for name in actors]
    return reader.read(text, session)


def told(reading: Any) -> list[tuple[str, str, str]]:
    """(text, direction, actor) of each effect read; the actor by id or by its new name."""
    return [(e.text, e.direction or "", e.actor_id or e.actor_name) for e in reading.effects]


# Conversation sets no learned model may train on: the untouched ones, dev25 and dev26 (the check
# of the shipped models), dev45 to dev48 (this round's check sets) and those being written.
UNTOUCHED = {
    "holdout",
    *(f"holdout{n}" for n in range(3, 8)),
    "dev25",
    "dev26",
    *(f"dev{n}" for n in range(45, 51)),
}

# The reader's direction tests: a library with self-checkout (nl), a clinic's triage app (en).
LIBRARY = ("Bezoekers", "Medewerkers", "Leveranciers", "Bibliotheekbestuur")
CLINIC = ("Patients", "Doctors", "Suppliers", "Clinic board")


def read_effects(reader: Any, text: str, actors: tuple[str, ...], language: str) -> Any:
    """What ``reader`` reads at the effects step of the library (nl) or clinic (en) session."""
    technology = "een zelfscankassa" if language == "nl" else "a triage app"
    return read_in(reader, text, actors, language, technology, Step.EFFECTS)


def directions(reading: Any) -> list[str]:
    return [e.direction or "" for e in reading.effects]


def options_proposed(
    proposals: tuple[tuple[str, str], ...], technology: str, language: str = "nl"
) -> Session:
    """A session at the options step with ``proposals`` ((kind, text), numbered from 1) on the
    table."""
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.OPTIONS
    session.case.technology = technology
    session.proposals = [
        Proposal(number=n, kind="option", ref=f"p{n}", text=text, option_kind=kind)  # type: ignore[arg-type]
        for n, (kind, text) in enumerate(proposals, 1)
    ]
    return session


class EncoderTools:
    """Turn tools that hold only an encoder (as ``tools.suggester.embedder``): what the learned
    kind, direction and effect models read with."""

    def __init__(self, embedder: object) -> None:
        self.suggester = SimpleNamespace(embedder=embedder)


def options_session(*kinds: str, asked: str | None = None) -> Session:
    """A session holding one option of each of ``kinds``; ``asked``: the kind asked for last."""
    session = Session()
    for index, kind in enumerate(kinds):
        session.options.append(HandlingOption(id=f"o{index}", kind=kind, text=f"option {index}"))  # type: ignore[arg-type]
    session.meta["options_focus"] = asked
    return session


def kinds_chosen(embedder: object, text: str, session: Session) -> list[str]:
    """The kinds the options of ``text`` get, weighed with the kind model and chosen together
    with those of ``session``."""
    from assistant.method.reading.extraction import extract_options
    from assistant.method.recording import choose_kinds, weigh_learned_kinds

    drafts = extract_options(text, "design")
    weigh_learned_kinds(EncoderTools(embedder), drafts)  # type: ignore[arg-type]
    choose_kinds(session, drafts)
    return [d.kind for d in drafts]


def converse(conductor: Any, language: str, turns: list[str]) -> Session:
    """A conversation as the chat service holds it: each message in the transcript first."""
    session = Session(language=language)  # type: ignore[arg-type]
    for text in turns:
        session.transcript.append(Turn(role="user", text=text, step=session.step))
        conductor.plan(session, text)
    return session


def numbered_actors(*names: str) -> list[Actor]:
    """Actors with the given names, their ids numbered from 0."""
    return [Actor(id=str(i), name=n) for i, n in enumerate(names)]


def drafted_actor(text: str, actors: list[Actor]) -> str:
    """The name of the actor ``draft_actor`` ties ``text`` to, or "new X" for a new one."""
    from assistant.method.reading.effect_subjects import draft_actor

    found = draft_actor(text, actors)
    assert found is not None
    actor_id, new = found
    return next(a.name for a in actors if a.id == actor_id) if actor_id else f"new {new}"


def values_proposed(language: str, chosen: bool) -> Session:
    """A session at the values about a bus-planning app: one effect, three values (the first
    chosen when ``chosen``) and the other two proposed."""
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.VALUES
    session.case.technology = "Een app die ritten van buurtbusjes plant"
    session.actors = [Actor(id="a1", name="Reizigers")]
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="negative", text="Ouderen zonder smartphone"),
    ]
    session.values = [
        Value(id="v1", name="Inclusie", key="inclusion", priority=1 if chosen else None),
        Value(id="v2", name="Privacy", key="privacy"),
        Value(id="v3", name="Transparantie", key="transparency"),
    ]
    session.proposals = [
        Proposal(number=1, kind="value", ref="v2", text="Privacy"),
        Proposal(number=2, kind="value", ref="v3", text="Transparantie"),
    ]
    return session


def value_proposals(count: int) -> Session:
    """A session at the values step with ``count`` value proposals ("Value 1", ...) on the
    table, numbered from 1."""
    session = session_at(Step.VALUES, "en")
    session.proposals = [
        Proposal(number=n, kind="value", ref=f"v{n}", text=f"Value {n}")
        for n in range(1, count + 1)
    ]
    return session
