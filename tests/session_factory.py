"""Shared by the session tests: a fully filled session and raw SQL on a session database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from assistant.domain.session import (
    Actor,
    Case,
    Citation,
    Effect,
    HandlingOption,
    Session,
    Step,
    Turn,
    TurnTrace,
    Value,
)


def rich_session(language: str = "nl", owner: str | None = None, title: str = "") -> Session:
    dutch = language == "nl"
    session = Session(
        language="nl" if dutch else "en",
        owner=owner,
        title=title,
        step=Step.OPTIONS,
        case=Case(
            technology="Sentimentmonitoring van sociale media"
            if dutch
            else "Social media sentiment monitoring",
            context="Gemeente, team communicatie" if dutch else "Municipality, communications",
            users="Communicatieadviseurs" if dutch else "Communication advisers",
            decisions="Welke onderwerpen aandacht krijgen"
            if dutch
            else "Which topics get attention",
            stage="pilot",
        ),
        meta={"asked": ["case"], "counter": 3},
    )
    session.actors = [
        Actor(id="a1", name="Inwoners" if dutch else "Residents", group="affected"),
        Actor(id="a2", name="Communicatieadviseurs" if dutch else "Advisers", group="users"),
    ]
    session.effects = [
        Effect(
            id="e1",
            actor_id="a1",
            direction="negative",
            text="Voelen zich bekeken" if dutch else "Feel watched",
        ),
        Effect(
            id="e2",
            actor_id="a1",
            direction="positive",
            text="Zorgen worden eerder gehoord" if dutch else "Concerns are heard sooner",
        ),
        Effect(
            id="e3",
            actor_id="a2",
            direction="positive",
            text="Sneller overzicht" if dutch else "Faster overview",
        ),
        Effect(
            id="e4",
            actor_id=None,
            direction="negative",
            text="Afhankelijk van platformen" if dutch else "Dependent on platforms",
        ),
    ]
    session.values = [
        Value(
            id="v1",
            name="Privacy",
            key="privacy",
            priority=1,
            effect_ids=["e1"],
            definition="Zelf bepalen wie wat over je weet"
            if dutch
            else "Deciding who knows what about you",
        ),
        Value(
            id="v2",
            name="Transparantie" if dutch else "Transparency",
            key="transparency",
            priority=2,
            effect_ids=["e1", "e2"],
            definition="Open over wat er gebeurt" if dutch else "Being open about what happens",
        ),
        Value(id="v3", name="Efficiëntie" if dutch else "Efficiency", effect_ids=["e3"]),
    ]
    session.options = [
        HandlingOption(
            id="o1",
            kind="design",
            value_ids=["v1"],
            text="Alleen geaggregeerde cijfers" if dutch else "Aggregates only",
        ),
        HandlingOption(
            id="o2",
            kind="environment",
            value_ids=["v2"],
            text="Registreren in het algoritmeregister"
            if dutch
            else "Publish in the algorithm register",
        ),
        HandlingOption(
            id="o3",
            kind="human",
            value_ids=["v1", "v2"],
            text="Training voor adviseurs" if dutch else "Training for advisers",
        ),
    ]
    trace = TurnTrace(
        step=Step.VALUES,
        step_after=Step.OPTIONS,
        language=session.language,
        backend="guided",
        intent="next",
        values=["Privacy"],
        options={"design": 1},
        retrieved_ids=["c1", "c2"],
        cited_ids=["c1"],
        latency_ms=12.5,
        notices=["truncated"],
    )
    session.transcript = [
        Turn(role="user", text="Volgende" if dutch else "Next", step=Step.VALUES),
        Turn(
            role="assistant",
            text="Regel één\n\nRegel twee" if dutch else "Line one\n\nLine two",
            step=Step.OPTIONS,
            trace=trace,
            citations=[
                Citation(
                    id="c1",
                    title="Waardenlijst" if dutch else "Value list",
                    section="Privacy",
                    source="corpus/values.yaml",
                    snippet="...",
                )
            ],
        ),
    ]
    return session


def query_db(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def execute_db(path: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()
