"""Answers to what the user asks of the method: a question about a step ("welke waarden spelen
hier?"), a request for proposals ("graag je voorstellen", also for the next step: "verder graag
jouw voorstellen", and right after asking what a step means), and "I can't think of any". Each
is answered with proposals (values, options), prompts (effects) or an explanation."""

from __future__ import annotations

from collections.abc import Callable

from assistant.domain.session import OptionKind, Session, Step
from assistant.method.changes import Changes, Tools
from assistant.method.proposals import (
    adopt,
    offer_effect_prompts,
    propose_option_patterns,
    propose_values,
)
from assistant.method.reading.reading import Question, Reading
from assistant.method.steps import HANDLERS

VALUES_FOR_OPTIONS = 2  # chosen values after which a bare request for proposals is for options
MORE_PER_KIND = 2  # proposals per kind when the numbers picked go past those of one per kind
Mover = Callable[[Tools, Session, Step, Changes], None]
"""The conductor's move to a step (its entry: proposals for values and options)."""


def answer_question(
    tools: Tools, session: Session, question: Question, changes: Changes, move: Mover
) -> None:
    """Go to the step the question is about and answer it there (proposals for values and
    options, prompts for effects, an explanation for the others)."""
    target = question.step
    if question.onward and HANDLERS[session.step].ready(session):
        target = session.step.next()  # "verder graag jouw voorstellen"
    elif _options_wanted(session, question):
        target = Step.OPTIONS  # values chosen, then "voorstellen graag": for the options
    if target != session.step:
        move(tools, session, target, changes)
    if target == Step.VALUES:
        if not changes.proposed:
            propose(tools, session, changes)
        if session.chosen_values() and question.propose and session.proposals:
            changes.notice("more_values")  # "give me some examples" after choosing
    elif target == Step.OPTIONS:
        few = (question.per_kind or question.kind) and not question.one_each
        per_kind = MORE_PER_KIND if few else 1  # "een voorstel per soort": one of each
        propose(tools, session, changes, per_kind, question.kind)
        session.meta["options_asked"] = True  # "prima" next: take them
    elif target == Step.EFFECTS and (question.direction == "negative" or question.propose):
        offer_effect_prompts(tools, session, changes, "negative")
    elif not changes.moved or question.propose:
        changes.notice("help", step=target.value)
    if question.adopt and session.proposals:  # "opties neem ik van jou over"
        adopt(tools, session, [], changes)


def options_picked_early(
    tools: Tools, session: Session, reading: Reading, changes: Changes, move: Mover
) -> None:
    """Numbers picked where values are asked that are of the options not yet shown ("opties:
    ..., 1 en 2 van jou ook"): the options step and its proposals, enough for the numbers, which
    are then adopted as for "opties neem ik van jou over" (all of them for "take them all")."""
    if not reading.options_picked or session.step != Step.VALUES or reading.reference is None:
        return
    move(tools, session, Step.OPTIONS, changes)
    if max(reading.reference, default=0) > len(session.proposals):
        propose_option_patterns(tools, session, MORE_PER_KIND)
        changes.proposed = bool(session.proposals)


def _options_wanted(session: Session, question: Question) -> bool:
    """A bare request for proposals ("voorstellen graag", "your suggestions?") once values are
    chosen asks for options: the values' proposals were shown when the step was entered."""
    bare = question.propose and not question.named and question.step == Step.VALUES
    enough = len(session.chosen_values()) >= VALUES_FOR_OPTIONS
    return bare and session.step == Step.VALUES and enough


def propose(
    tools: Tools,
    session: Session,
    changes: Changes,
    per_kind: int = 1,
    kind: OptionKind | None = None,
) -> None:
    """Proposals for the current step: values from the effects, options for the values (of
    ``kind`` only when one was asked for)."""
    if session.step == Step.VALUES:
        propose_values(tools, session)
    elif session.step == Step.OPTIONS:
        propose_option_patterns(tools, session, per_kind, kind)
    changes.proposed = bool(session.proposals)


def answer_cannot_think(tools: Tools, session: Session, changes: Changes) -> None:
    """ "Ik zou niet weten welke": proposals, prompts, or what the step asks for."""
    if session.step in (Step.VALUES, Step.OPTIONS):
        propose(tools, session, changes)
    elif session.step in (Step.CASE, Step.ACTORS):
        changes.notice("help", step=session.step.value)
    else:
        offer_effect_prompts(tools, session, changes, "negative")


def question_after_help(session: Session, reading: Reading) -> None:
    """A request for proposals right after a question about another step's meaning ("wat
    bedoel je met waarden?" - "doe maar een voorstel") asks for that step's proposals."""
    topic = session.meta.pop("help_topic", None)
    if topic not in (Step.VALUES.value, Step.OPTIONS.value):
        return
    for question in reading.questions:
        if question.propose and question.step == session.step:
            question.step = Step(topic)
