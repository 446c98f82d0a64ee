"""Deterministic assertions on a turn (its reply, trace and the session after it) or a whole run.

Each check returns ``(passed, actual, evidence)``. In a turn the checks see that one turn; under
``final`` they see every turn and the finished session.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.domain.session import Citation, OptionKind, Session, Step, TurnTrace
from assistant.evals.results import AssertionResult, Status
from assistant.evals.scenario import EffectsMin, Expect, ValuesExpect
from assistant.evals.textcheck import detect_language, language_scores
from assistant.knowledge.catalogue import Catalogue
from assistant.method.verdict import find_verdicts


@dataclass
class TurnView:
    """What one turn produced, as the assertions see it."""

    index: int
    user: str
    reply: str
    session: Session = field(repr=False)
    trace: TurnTrace | None = None
    citations: list[Citation] = field(default_factory=list)


@dataclass
class CheckContext:
    scope: str
    turns: list[TurnView]
    session: Session
    reached: Step
    catalogue: Catalogue | None = None

    @property
    def text(self) -> str:
        return "\n".join(t.reply for t in self.turns)


Check = tuple[bool, str, str]


def snippet(text: str, start: int = 0, end: int | None = None, width: int = 60) -> str:
    end = start if end is None else end
    lo, hi = max(0, start - width), min(len(text), end + width)
    body = text[lo:hi].replace("\n", " ").strip()
    return f"{'...' if lo else ''}{body}{'...' if hi < len(text) else ''}"


def _step(expected: Step, ctx: CheckContext) -> Check:
    return ctx.session.step == expected, ctx.session.step.value, ""


def _step_reached(expected: Step, ctx: CheckContext) -> Check:
    return ctx.reached.position >= expected.position, f"furthest step {ctx.reached.value}", ""


def value_key(name: str, catalogue: Catalogue | None) -> str:
    """The catalogue id a value name or synonym stands for (else the name itself)."""
    if catalogue is not None:
        entry = catalogue.find_value(name) or catalogue.value(name.strip())
        if entry is not None:
            return entry.id
    return name.lower().strip()


def _values(expected: ValuesExpect, ctx: CheckContext) -> Check:
    values = ctx.session.chosen_values() if expected.chosen_only else ctx.session.values
    present = {v.key or value_key(v.name, ctx.catalogue) for v in values}
    for v in values:  # a free-text name can still be a catalogue synonym
        present.add(value_key(v.name, ctx.catalogue))
    wanted = {value_key(name, ctx.catalogue): name for name in expected.any_of}
    hits = sorted(wanted[key] for key in wanted if key in present)
    names = [v.name for v in values]
    actual = f"{len(hits)} hit(s) {hits} among session values {names}"
    return len(hits) >= expected.min_hits, actual, ""


def _options_kinds(expected: list[OptionKind], ctx: CheckContext) -> Check:
    options = ctx.session.options
    kinds = sorted({o.kind for o in options})
    missing = [k for k in expected if k not in kinds]
    untied = [o for o in options if not any(ctx.session.value(v) for v in o.value_ids)]
    actual = f"kinds {kinds}, {len(options)} option(s), {len(untied)} not tied to a value"
    evidence = f"missing kinds {missing}" if missing else ""
    if untied:
        evidence = (evidence + "; " if evidence else "") + f"untied: {untied[0].text[:80]!r}"
    return not missing and not untied, actual, evidence


def _actors_min(expected: int, ctx: CheckContext) -> Check:
    names = [a.name for a in ctx.session.actors]
    return len(names) >= expected, f"{len(names)} actor(s) {names[:8]}", ""


def _effects_min(expected: EffectsMin, ctx: CheckContext) -> Check:
    effects = ctx.session.effects
    pos = sum(1 for e in effects if e.direction == "positive")
    neg = len(effects) - pos
    ok = len(effects) >= expected.total and pos >= expected.positive and neg >= expected.negative
    return ok, f"{len(effects)} effect(s): {pos} positive, {neg} negative", ""


def _cited_subset(expected: bool, ctx: CheckContext) -> Check:
    stray: list[str] = []
    for turn in ctx.turns:
        retrieved = set(turn.trace.retrieved_ids if turn.trace else [])
        cited = set(turn.trace.cited_ids if turn.trace else []) | {c.id for c in turn.citations}
        stray.extend(f"turn {turn.index}: {cid}" for cid in sorted(cited - retrieved))
    ok = not stray if expected else bool(stray)
    return ok, f"{len(stray)} cited id(s) not retrieved", "; ".join(stray[:5])


def _retrieval_includes(expected: list[str], ctx: CheckContext) -> Check:
    haystack: list[str] = []
    for turn in ctx.turns:
        haystack.extend(turn.trace.retrieved_ids if turn.trace else [])
        haystack.extend(f"{c.id} {c.source} {c.title}" for c in turn.citations)
    lowered = [h.lower() for h in haystack]
    missing = [n for n in expected if not any(n.lower() in h for h in lowered)]
    return not missing, f"missing {missing} in {len(haystack)} retrieved", ", ".join(haystack[:6])


def _language(expected: str, ctx: CheckContext) -> Check:
    for turn in ctx.turns:
        found = detect_language(turn.reply)
        if found != expected:
            scores = language_scores(turn.reply)
            actual = f"turn {turn.index}: {found or 'undetermined'} (scores {scores})"
            return False, actual, snippet(turn.reply, 0, 0, 100)
    return True, expected, ""


def _contains(expected: list[str], ctx: CheckContext) -> Check:
    text = ctx.text.lower()
    missing = [needle for needle in expected if needle.lower() not in text]
    return not missing, f"missing {missing}" if missing else "all found", snippet(ctx.text, 0, 0)


def _not_contains(expected: list[str], ctx: CheckContext) -> Check:
    text = ctx.text.lower()
    for needle in expected:
        at = text.find(needle.lower())
        if at >= 0:
            return False, f"found {needle!r}", snippet(ctx.text, at, at + len(needle))
    return True, "none found", ""


def _regex(expected: list[str], ctx: CheckContext) -> Check:
    missing = [p for p in expected if not re.search(p, ctx.text, re.IGNORECASE)]
    return not missing, f"no match for {missing}" if missing else "all match", snippet(ctx.text)


def _no_verdict(expected: bool, ctx: CheckContext) -> Check:
    for turn in ctx.turns:
        hits = find_verdicts(turn.reply)
        if hits and expected:
            return False, f"turn {turn.index}: verdict {hits[0].phrase!r}", hits[0].context
    return True, "no verdict", ""


def _latency(expected: float, ctx: CheckContext) -> Check:
    slowest = max((t.trace.latency_ms for t in ctx.turns if t.trace), default=0.0)
    return slowest <= expected, f"{slowest:.0f} ms", ""


CHECKS: dict[str, Callable[[Any, CheckContext], Check]] = {
    "step": _step,
    "step_reached": _step_reached,
    "values_include_any": _values,
    "options_kinds": _options_kinds,
    "actors_min": _actors_min,
    "effects_min": _effects_min,
    "cited_subset_of_retrieved": _cited_subset,
    "retrieval_includes": _retrieval_includes,
    "language": _language,
    "contains": _contains,
    "not_contains": _not_contains,
    "regex": _regex,
    "no_verdict": _no_verdict,
    "latency_ms_max": _latency,
}


def _shown(value: Any) -> str:
    if hasattr(value, "model_dump"):
        return str(value.model_dump(exclude_defaults=True))
    return str(value.value if isinstance(value, Step) else value)


def run_checks(expect: Expect, ctx: CheckContext) -> list[AssertionResult]:
    """Every deterministic assertion set in ``expect`` (the judge is run separately)."""
    results: list[AssertionResult] = []
    for name, check in CHECKS.items():
        expected = getattr(expect, name)
        if expected is None:
            continue
        status: Status
        try:
            passed, actual, evidence = check(expected, ctx)
        except Exception as exc:  # a broken check is an error outcome, never a pass
            passed, actual, evidence = False, f"check failed: {exc}", ""
            status = "error"
        else:
            status = "pass" if passed else "fail"
        results.append(
            AssertionResult(
                name=name,
                scope=ctx.scope,
                status=status,
                expected=_shown(expected),
                actual=actual,
                evidence="" if passed else evidence,
            )
        )
    return results
