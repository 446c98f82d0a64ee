"""What each scripted turn is (an answer, "next", a command, empty) and in which step it is said,
read from the script alone; and how turn assertions follow turns that are merged or moved."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from assistant.domain.session import Step
from assistant.evals.scenario import Expect, Scenario, TurnSpec
from assistant.evals.variants.words import BACK_RE, EDIT_RE, GOTO_RE, NEXT_WORDS, STEP_WORDS

Role = Literal["answer", "next", "command", "empty"]

#: Checks on a reply that stay true wherever the turn's text ends up.
CONTENT_CHECKS = ("no_verdict", "language", "not_contains", "cited_subset_of_retrieved")
STEP_CHECKS = ("step", "step_reached")


@dataclass(frozen=True)
class Slot:
    index: int
    spec: TurnSpec
    role: Role
    step: Step | None  # the step the turn is said in; None after a jump the script can't follow

    @property
    def text(self) -> str:
        return self.spec.user


def bare(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s'é]", " ", text.lower()).split())


def role_of(text: str, language: str) -> Role:
    if not text.strip():
        return "empty"
    if bare(text) in NEXT_WORDS[language]:
        return "next"
    plain = text.strip()
    if BACK_RE.match(plain) or GOTO_RE.match(plain) or EDIT_RE.search(plain):
        return "command"
    return "answer"


def _after(step: Step | None, text: str, role: Role) -> Step | None:
    if step is None or role not in ("command", "next"):
        return step
    if role == "next":
        return step.next()
    plain = text.strip()
    if BACK_RE.match(plain):
        return step.previous()
    goto = GOTO_RE.match(plain)
    return STEP_WORDS[goto.group("step").lower()] if goto else step


def slots(scenario: Scenario) -> list[Slot]:
    """The turns with their role and step (from the setup's start step and the navigation)."""
    setup = scenario.setup
    step: Step | None = setup.start_step if setup and setup.start_step else Step.CASE
    out: list[Slot] = []
    for n, spec in enumerate(scenario.turns):
        role = role_of(spec.user, scenario.language)
        out.append(Slot(n, spec, role, step))
        step = _after(step, spec.user, role)
    return out


def _fields(expect: Expect | None, names: tuple[str, ...]) -> dict[str, Any]:
    if expect is None:
        return {}
    return {n: getattr(expect, n) for n in names if getattr(expect, n) is not None}


def _expect(fields: dict[str, Any]) -> Expect | None:
    return Expect.model_validate(fields) if fields else None


def without_steps(expect: Expect | None) -> Expect | None:
    """The assertions of a turn that moved: the step it ends in is no longer asserted."""
    if expect is None:
        return None
    return _expect(expect.model_dump(exclude_none=True, exclude=set(STEP_CHECKS)))


def merged_expect(expects: list[Expect | None], keep_steps: bool = True) -> Expect | None:
    """Turns sent as one message: the last turn's assertions (the state after it is the same)
    plus the content checks of the earlier ones (their replies no longer exist on their own)."""
    last = expects[-1]
    fields = last.model_dump(exclude_none=True) if last is not None else {}
    if not keep_steps:
        fields = {k: v for k, v in fields.items() if k not in STEP_CHECKS}
    for earlier in expects[:-1]:
        for name, value in _fields(earlier, CONTENT_CHECKS).items():
            if name == "not_contains":
                fields[name] = list(dict.fromkeys([*fields.get(name, []), *value]))
            else:
                fields.setdefault(name, value)
    return _expect(fields)


def join(first: str, second: str) -> str:
    """Two messages as one: lines stay lines; sentences get a full stop between them."""
    a, b = first.rstrip(), second.strip()
    if "\n" in a or "\n" in b:
        return f"{a}\n{b}"
    return f"{a}{'' if a[-1:] in '.!?:;' else '.'} {b}"
