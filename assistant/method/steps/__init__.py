"""The method's steps, one handler each: what a step proposes on entry, how it uses an answer,
and when it is ready or complete."""

from __future__ import annotations

from assistant.domain.session import Step
from assistant.method.steps.actors import ActorsStep
from assistant.method.steps.base import StepHandler
from assistant.method.steps.case import CaseStep
from assistant.method.steps.effects import EffectsStep
from assistant.method.steps.options import OptionsStep
from assistant.method.steps.summary import SummaryStep
from assistant.method.steps.values import ValuesStep

HANDLERS: dict[Step, StepHandler] = {
    Step.CASE: CaseStep(),
    Step.ACTORS: ActorsStep(),
    Step.EFFECTS: EffectsStep(),
    Step.VALUES: ValuesStep(),
    Step.OPTIONS: OptionsStep(),
    Step.SUMMARY: SummaryStep(),
}

__all__ = ["HANDLERS", "StepHandler"]
