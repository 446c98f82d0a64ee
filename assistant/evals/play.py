"""Play one scenario against a chat service and check its assertions."""

from __future__ import annotations

import time
import traceback
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from assistant.domain.session import Actor, Effect, HandlingOption, Session, Step, Value
from assistant.errors import AssistantError, InputError
from assistant.evals.assertions import CheckContext, TurnView, run_checks
from assistant.evals.canvas import Canvas, canvas_of
from assistant.evals.gold import Gold
from assistant.evals.judge import Judge, transcript_text
from assistant.evals.results import (
    AssertionResult,
    CitationRecord,
    RunRecord,
    Status,
    TurnRecord,
    run_status,
)
from assistant.evals.scenario import Expect, Scenario, SessionSeed
from assistant.evals.scoring import ItemScores, score_items
from assistant.evals.simulator import NoUserModel, UserSimulator
from assistant.knowledge.catalogue import Catalogue

if TYPE_CHECKING:
    from assistant.llm.base import ChatModel
    from assistant.services.container import Services


def seed_session(session: Session, seed: SessionSeed) -> None:
    """Fill ``session`` with the scenario's pre-filled state (names become linked ids)."""
    if seed.case is not None:
        session.case = seed.case.model_copy()
    actor_ids: dict[str, str] = {}
    for actor in seed.actor_seeds():
        actor_ids[actor.name] = session.new_id("a")
        session.actors.append(Actor(id=actor_ids[actor.name], name=actor.name, group=actor.group))
    for effect in seed.effects:
        session.effects.append(
            Effect(
                id=session.new_id("e"),
                actor_id=actor_ids.get(effect.actor or ""),
                direction=effect.direction,
                text=effect.text,
            )
        )
    value_ids: dict[str, str] = {}
    for value in seed.value_seeds():
        value_ids[value.name] = session.new_id("v")
        session.values.append(
            Value(
                id=value_ids[value.name],
                name=value.name,
                definition=value.definition,
                priority=value.priority,
            )
        )
    for option in seed.options:
        session.options.append(
            HandlingOption(
                id=session.new_id("o"),
                kind=option.kind,
                text=option.text,
                value_ids=[value_ids[name] for name in option.values],
            )
        )


class ScenarioPlayer:
    """Plays a scenario turn by turn in a fresh session of ``services.chat``."""

    def __init__(
        self,
        services: Services,
        catalogue: Catalogue | None,
        judge: Judge | None = None,
        user_model: ChatModel | None = None,
    ) -> None:
        self.services = services
        self.chat = services.chat
        self.catalogue = catalogue
        self.judge = judge
        self.user_model = user_model

    def play(self, scenario: Scenario) -> RunRecord:
        started = time.perf_counter()
        record = RunRecord(status="error")
        try:
            self._play(scenario, record)
        except AssistantError as exc:
            record.error = f"{exc.message} (fix: {exc.fix})" if exc.fix else exc.message
        except Exception as exc:  # the assistant crashed: an error outcome, with where
            where = traceback.extract_tb(exc.__traceback__)[-1]
            record.error = f"{type(exc).__name__}: {exc} (at {where.filename}:{where.lineno})"
        else:
            record.status = run_status(record.assertions())
        record.duration_s = time.perf_counter() - started
        return record

    def _start(self, scenario: Scenario) -> Session:
        session = self.chat.start(language=scenario.language, title=f"eval {scenario.id}")
        setup = scenario.setup
        if setup is not None and setup.session is not None:
            seed_session(session, setup.session)
            self.services.sessions.save(session)
        if setup is not None and setup.start_step is not None:
            session = self.chat.goto(session.id, setup.start_step)
        return session

    def _play(self, scenario: Scenario, record: RunRecord) -> None:
        session = self._start(scenario)
        record.session_id = session.id
        reached = session.step
        views: list[TurnView] = []
        for n, (text, expect) in enumerate(self._script(scenario, session, views), 1):
            view = self._turn(session.id, n, text)
            views.append(view)
            reached = max(reached, view.session.step, key=lambda s: s.position)
            turn = _record(view)
            if expect is not None:
                ctx = CheckContext(f"turn {n}", [view], view.session, reached, self.catalogue)
                turn.assertions = self._check(expect, ctx, views)
            record.turns.append(turn)
        final = self.chat.load(session.id)
        if scenario.final is not None:
            ctx = CheckContext("final", views, final, reached, self.catalogue)
            record.final = self._check(scenario.final, ctx, views)
        record.final_state = _state(final, reached)
        record.canvas = canvas_of(final, reached)
        if scenario.gold is not None:
            record.items = score_items(record.canvas, scenario.gold)
            record.final += gold_checks(scenario.gold, record.items, record.canvas)

    def _script(
        self, scenario: Scenario, session: Session, views: list[TurnView]
    ) -> Iterator[tuple[str, Expect | None]]:
        """The user's turns: written ones, or those a model writes from a persona and facts."""
        if scenario.simulated_user is None:
            yield from ((spec.user, spec.expect) for spec in scenario.turns)
            return
        if self.user_model is None:
            raise NoUserModel(self.chat.model.backend)
        simulator = UserSimulator(self.user_model, scenario.simulated_user, scenario.language)
        opening = session.transcript[-1].text if session.transcript else ""
        exchanges: list[tuple[str, str]] = []
        for text in simulator.turns(opening, exchanges):
            yield text, None
            exchanges.append((text, views[-1].reply))

    def _turn(self, session_id: str, n: int, text: str) -> TurnView:
        started = time.perf_counter()
        try:
            stream = self.chat.turn(session_id, text)
            reply = "".join(stream)
        except InputError as exc:  # refused input is an answer the user sees
            session = self.chat.load(session_id)
            return TurnView(n, text, f"{exc.message} {exc.fix}".strip(), session)
        session = stream.session
        trace = stream.trace
        if trace is not None and not trace.latency_ms:
            trace = trace.model_copy(update={"latency_ms": (time.perf_counter() - started) * 1e3})
        last = session.transcript[-1] if session.transcript else None
        citations = list(last.citations) if last is not None and last.role == "assistant" else []
        return TurnView(n, text, reply, session.model_copy(deep=True), trace, citations)

    def _check(
        self, expect: Expect, ctx: CheckContext, views: list[TurnView]
    ) -> list[AssertionResult]:
        results = run_checks(expect, ctx)
        if expect.judge:
            results.append(self._judge(expect.judge, ctx.scope, views, results))
        return results

    def _judge(
        self, criterion: str, scope: str, views: list[TurnView], done: list[AssertionResult]
    ) -> AssertionResult:
        skipped = AssertionResult(name="judge", scope=scope, status="skipped", expected=criterion)
        if self.judge is None:
            skipped.actual = "judge off (run with --judge to score it)"
            return skipped
        if any(r.status in ("fail", "error") for r in done):
            skipped.actual = "not judged: the deterministic checks already failed"
            return skipped
        transcript = transcript_text([(v.user, v.reply) for v in views])
        return self.judge.assess(criterion, transcript, scope)


def gold_checks(gold: Gold, items: ItemScores, canvas: Canvas) -> list[AssertionResult]:
    """The conditions gold sets on the run: the end step and the values named."""
    out: list[AssertionResult] = []
    if gold.end is not None and items.end_ok is not None:
        tied = sorted({o.kind for o in canvas.options if o.values})
        wanted = f"step {gold.end.value} or later"
        if gold.end == Step.OPTIONS:
            wanted = "step options or summary, options of all three kinds tied to values"
        actual = f"step {canvas.step}, kinds tied to values {tied}"
        out.append(_condition("gold_end", items.end_ok, wanted, actual))
    if gold.values_any and items.values_ok is not None:
        hits, need = items.values_hits
        names = [v.name for v in canvas.values]
        actual = f"{hits} hit(s) among session values {names}"
        out.append(
            _condition("gold_values", items.values_ok, f"{need} of {gold.values_any}", actual)
        )
    return out


def _condition(name: str, ok: bool, expected: str, actual: str) -> AssertionResult:
    status: Status = "pass" if ok else "fail"
    return AssertionResult(
        name=name, scope="final", status=status, expected=expected, actual=actual
    )


def _record(view: TurnView) -> TurnRecord:
    trace = view.trace
    return TurnRecord(
        index=view.index,
        user=view.user,
        reply=view.reply,
        step=trace.step.value if trace else view.session.step.value,
        step_after=trace.step_after.value if trace else view.session.step.value,
        intent=trace.intent if trace else "refused",
        language=trace.language if trace else "",
        retrieved_ids=list(trace.retrieved_ids) if trace else [],
        cited_ids=list(trace.cited_ids) if trace else [],
        citations=[CitationRecord(id=c.id, title=c.title, source=c.source) for c in view.citations],
        latency_ms=trace.latency_ms if trace else 0.0,
        notices=list(trace.notices) if trace else ["input refused"],
    )


def _state(session: Session, reached: Step) -> dict[str, Any]:
    return {
        "step": session.step.value,
        "furthest_step": reached.value,
        "actors": len(session.actors),
        "effects": len(session.effects),
        "values": [v.name for v in session.values],
        "chosen_values": [v.name for v in session.chosen_values()],
        "options": {
            k: sum(1 for o in session.options if o.kind == k)
            for k in ("design", "environment", "human")
        },
    }
