"""The transformations. Each takes a scenario's turns and a seeded random generator and returns
the new turns with what changed, or None when it does not apply to the scenario. None changes
what the user means, nor the words the gold looks for."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.domain.session import Step
from assistant.evals.scenario import Scenario, TurnSpec
from assistant.evals.scoring import norm
from assistant.evals.variants.turns import Slot, join, merged_expect, slots, without_steps
from assistant.evals.variants.words import AND_WORD, BULLET_RE, METHOD_QUESTIONS, NEXT_SYNONYMS


@dataclass
class Outcome:
    turns: list[TurnSpec]
    changes: list[str]
    not_items: list[str] = field(default_factory=list)  # texts that must not become items


Transform = Callable[[Scenario, random.Random], Outcome | None]


def _specs(items: list[Slot]) -> list[TurnSpec]:
    return [s.spec for s in items]


def _quote(text: str) -> str:
    short = " ".join(text.split())
    return repr(short if len(short) <= 40 else short[:37] + "...")


def merge(scenario: Scenario, rng: random.Random) -> Outcome | None:
    """Two consecutive turns of one step (an answer and the next answer or "next") as one."""
    items = slots(scenario)
    pairs = [
        i
        for i in range(len(items) - 1)
        if items[i].role == "answer" and items[i + 1].role in ("answer", "next")
    ]
    if not pairs:
        return None
    i = rng.choice(pairs)
    a, b = items[i].spec, items[i + 1].spec
    one = TurnSpec(user=join(a.user, b.user), expect=merged_expect([a.expect, b.expect]))
    turns = [*_specs(items[:i]), one, *_specs(items[i + 2 :])]
    return Outcome(turns, [f"turns {i + 1} and {i + 2} sent as one message"])


def case_in_one(scenario: Scenario, rng: random.Random) -> Outcome | None:
    """Everything said about the case (the first run of answers in the case step) in one message."""
    items = slots(scenario)
    start = next((s.index for s in items if s.step == Step.CASE and s.role == "answer"), None)
    if start is None:
        return None
    end = start
    while (
        end + 1 < len(items)
        and items[end + 1].role == "answer"
        and items[end + 1].step == Step.CASE
    ):
        end += 1
    if end == start:
        return None
    block = items[start : end + 1]
    text = block[0].text
    for s in block[1:]:
        text = join(text, s.text)
    one = TurnSpec(user=text, expect=merged_expect([s.spec.expect for s in block]))
    turns = [*_specs(items[:start]), one, *_specs(items[end + 1 :])]
    return Outcome(turns, [f"the case (turns {start + 1}-{end + 1}) told in one message"])


def nav_synonyms(scenario: Scenario, rng: random.Random) -> Outcome | None:
    """Every "next" said with another word ("ga door", "ok", "prima", "verder")."""
    items = slots(scenario)
    if not any(s.role == "next" for s in items):
        return None
    turns: list[TurnSpec] = []
    changes: list[str] = []
    for s in items:
        if s.role != "next":
            turns.append(s.spec)
            continue
        word = rng.choice([w for w in NEXT_SYNONYMS[scenario.language] if norm(w) != norm(s.text)])
        turns.append(s.spec.model_copy(update={"user": word}))
        changes.append(f"turn {s.index + 1}: {_quote(s.text)} -> {_quote(word)}")
    return Outcome(turns, changes)


def nav_dropped(scenario: Scenario, rng: random.Random) -> Outcome | None:
    """One "next" left out: the user answers the next step's question straight away."""
    items = slots(scenario)
    drops = [
        s.index for s in items[:-1] if s.role == "next" and items[s.index + 1].role == "answer"
    ]
    if not drops:
        return None
    i = rng.choice(drops)
    after = items[i + 1].spec
    expect = merged_expect([items[i].spec.expect, after.expect], keep_steps=False)
    turns = [*_specs(items[:i]), TurnSpec(user=after.user, expect=expect), *_specs(items[i + 2 :])]
    return Outcome(turns, [f"turn {i + 1} ({_quote(items[i].text)}) left out"])


def early(scenario: Scenario, rng: random.Random) -> Outcome | None:
    """The actors or the effects given one step early: before the "next" that asks for them."""
    items = slots(scenario)
    moves = [
        s.index
        for s in items[:-1]
        if s.role == "next"
        and items[s.index + 1].role == "answer"
        and items[s.index + 1].step in (Step.ACTORS, Step.EFFECTS)
    ]
    if not moves:
        return None
    i = rng.choice(moves)
    nav, answer = items[i], items[i + 1]
    moved = TurnSpec(user=answer.text, expect=without_steps(answer.spec.expect))
    turns = [*_specs(items[:i]), moved, nav.spec, *_specs(items[i + 2 :])]
    step = answer.step.value if answer.step else "?"
    return Outcome(turns, [f"turn {i + 2} ({step}) given before turn {i + 1} ({_quote(nav.text)})"])


def question(scenario: Scenario, rng: random.Random) -> Outcome | None:
    """The user first asks the method's question of a step back ("welke waarden spelen hier?")."""
    items = slots(scenario)
    asked = METHOD_QUESTIONS[scenario.language]
    firsts: dict[Step, Slot] = {}
    for s in items:
        if s.role == "answer" and s.step in asked and not s.text.rstrip().endswith("?"):
            firsts.setdefault(s.step, s)
    if not firsts:
        return None
    at = firsts[rng.choice(sorted(firsts, key=lambda step: step.position))]
    text = asked[at.step]  # type: ignore[index]
    turns = [*_specs(items[: at.index]), TurnSpec(user=text), *_specs(items[at.index :])]
    return Outcome(turns, [f"{_quote(text)} asked before turn {at.index + 1}"], [text])


def _to_sentence(text: str, language: str) -> str | None:
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) >= 2 and all(BULLET_RE.match(line) for line in lines):
        items = [BULLET_RE.sub("", line).strip().rstrip(".;,") for line in lines]
        return f"{', '.join(items[:-1])} {AND_WORD[language]} {items[-1]}."
    if len(lines) >= 2:
        return " ".join(
            line.strip() + ("" if line.strip()[-1] in ".!?:;" else ".") for line in lines
        )
    return None


def _to_bullets(text: str, language: str, rng: random.Random) -> str | None:
    if "\n" in text or len(text) > 240:
        return None
    parts = re.split(rf",\s*|\s+{AND_WORD[language]}\s+", text.strip().rstrip("."))
    if len(parts) < 3 or any(not p or len(p.split()) > 6 for p in parts):
        return None
    marker = rng.choice(("- ", "* ", "numbered"))
    return "\n".join(
        (f"{n}. " if marker == "numbered" else marker) + p for n, p in enumerate(parts, 1)
    )


def reformat(scenario: Scenario, rng: random.Random) -> Outcome | None:
    """Bullets become a sentence, lines become one paragraph, a comma list becomes bullets."""
    turns: list[TurnSpec] = []
    changes: list[str] = []
    for s in slots(scenario):
        new = None
        if s.role == "answer":
            new = _to_sentence(s.text, scenario.language)
            shape = "sentences"
            if new is None and s.step in (Step.ACTORS, Step.VALUES):
                new, shape = _to_bullets(s.text, scenario.language, rng), "a list"
        turns.append(s.spec if new is None else s.spec.model_copy(update={"user": new}))
        if new is not None:
            changes.append(f"turn {s.index + 1} written as {shape}")
    return Outcome(turns, changes) if changes else None
