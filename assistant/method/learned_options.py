"""Measures the rules passed by, told by the learned model of option sentences
(:mod:`assistant.method.reading.option_model`). Only where the rules are unsure: where measures
are given (options asked, or a message at the values step that names measures of its own), a
sentence in which the rules read nothing (or left unread, or read nowhere in the message), or
only an effect or a case note, is a measure when the model is sure of it, or likely and the
learned model of effect sentences unsure it tells an effect (a joint choice: "the controllers
get a training on bias" among measures is no effect on them); before then, a sentence in the
form of a measure wished for, demanded, set as a condition or already taken ("ik zou willen dat
ouders kunnen zien waarom", "only if there is a human check", "after that we set a rule that
...") is one when the model is very sure, kept as a measure said early (it does not move the
conversation). Its kind: the rules' scores weighed with the learned kind, as every option's.
Once values are chosen, a message of measures is read as at the options step and moves the
conversation on to the options. Beside other measures in the message a sentence the model finds
likely is one too, and a question is one only when it proposes a measure ("zou een drempel in de
bot helpen?") or stands beside other measures; talk about measures ("the training one, not the
dashboard") is none. Only with the encoder the model learned from; without it the rules'
reading stays as it was."""

from __future__ import annotations

import numpy as np

from assistant.domain.session import Session, Step
from assistant.language.cues.measure_statements import MEASURE_FORM_RE, PROPOSING_QUESTION_RE
from assistant.language.textparts import words
from assistant.method.changes import Tools, learned_vectors
from assistant.method.reading.effect_model import effect_model
from assistant.method.reading.extraction import OptionDraft, extract_options
from assistant.method.reading.measure_talk import measure_talk
from assistant.method.reading.option_model import (
    LIKELY_OPTION,
    NO_EFFECT_EARLY,
    SURE_EARLY_OPTION,
    SURE_OPTION,
    UNLIKELY_EFFECT,
    VERY_SURE_OPTION,
    option_model,
)
from assistant.method.reading.questions import is_question
from assistant.method.reading.reading import Reading
from assistant.method.reading.segments import split_sentences
from assistant.method.reading.sentence_kinds import suggestion

EARLY_STEPS = (Step.CASE, Step.ACTORS, Step.EFFECTS)  # before the values: measures said early
LATE_STEPS = (Step.OPTIONS,)  # where options are asked
MIN_WORDS = 5  # shorter sentences ("Dat was het.") name no measure of their own
SHARED = 0.5  # the part of its words a sentence shares with an item read from it
MAX_LEAD = 8  # words before a colon that lead into a measure ("Wat ik zou voorstellen: ...")
GIVEN, NAMED, BESIDE, EARLY, NOT_HERE = "given", "named", "beside", "early", "not here"
# Beside a sentence the model is sure of, in the same message where measures are given, a
# sentence it finds likely is one too: a message that hands over measures hands over several
# ("the locks in the tool, yes. Rather that agents swap shifts themselves in the app").
LIKELY_BESIDE_SURE = 0.5


def learned_options(tools: Tools, session: Session, reading: Reading) -> None:
    """The sentences the rules passed by (or read only as an effect or a case note) that the
    model is sure are measures, as options of ``reading``: out of the passed sentences, the
    effects and the case notes they were in."""
    where = measures_where(session, reading)
    if where == NOT_HERE or (reading.intent is not None and not holds_content(reading)):
        return
    texts = unsure_sentences(reading, where != EARLY)
    parts = list(dict.fromkeys(leads_off(texts)))
    vectors = learned_vectors(tools, option_model(), parts) if texts else None
    if vectors is None:
        return
    of_part = dict(zip(parts, option_model().probabilities(parts, vectors), strict=True))
    chances = np.array([max(of_part[t], of_part[without_lead(t)]) for t in texts])
    effects = effect_model().probabilities(texts, vectors[: len(texts)])
    if where == EARLY:
        sure = said_early(chances, effects)
    else:
        sure = measures_given(chances, effects, where)
        if where == GIVEN:
            sure |= _beside(chances, reading)
        sure &= np.array([_may_be_measure(t, chances, reading) for t in texts])
    read = {t: sentence_options(t, reading) for t, s in zip(texts, sure, strict=True) if s}
    taken = {t for t, drafts in read.items() if drafts}
    found = [d for drafts in read.values() for d in drafts]
    if not found:
        return
    reading.passed = [s for s in reading.passed if s not in taken]
    reading.unread = [s for s in reading.unread if s.strip() not in taken]
    take_out_of_effects(reading, taken)
    take_out_of_notes(reading, taken)
    reading.options.extend(found)
    if values_chosen(session) and reading.goto is None:
        reading.goto = Step.OPTIONS  # measures once values are chosen: on to the options
    if where in (EARLY, BESIDE):
        reading.drawn += len(found)  # said early: kept, the conversation stays where it is


def measures_after_values(session: Session, reading: Reading) -> None:
    """Once values are chosen after effects, a message that names measures of its own is an
    answer for the options and moves the conversation on to them: at the values step one
    measure is enough (also while a value of the user's own waits for its meaning); at the
    effects step, where values were chosen early ("then my values are health and equality"),
    a message of two measures or more."""
    own = len(reading.options) - reading.drawn
    if reading.goto is not None or reading.intent is not None or own <= 0:
        return
    if any(q.step == Step.OPTIONS for q in reading.questions):
        return  # "for the options I'll take yours, and ...": the question moves it, proposals too
    chosen = bool(session.chosen_values() and session.effects)
    if chosen and (session.step == Step.VALUES or (session.step == Step.EFFECTS and own >= 2)):
        reading.goto = Step.OPTIONS


def values_chosen(session: Session) -> bool:
    """Values asked and chosen after the effects: a message of measures is an answer for the
    options, also while a value of the user's own waits for its meaning ("wat bedoel je met
    punctualiteit?" answered by "de gevoeligheid per halte instellen wil ik ...")."""
    return session.step == Step.VALUES and bool(session.chosen_values() and session.effects)


def _beside(chances: np.ndarray, reading: Reading) -> np.ndarray:
    """Where measures are given, the sentences the model finds likely when the message hands
    over measures besides: it holds options already, a sentence the model is sure of, or two
    likely ones."""
    likely = chances >= LIKELY_BESIDE_SURE
    over = bool(reading.options) or int(likely.sum()) >= 2 or bool((chances >= SURE_OPTION).any())
    return likely if over else np.zeros_like(likely)


def _may_be_measure(text: str, chances: np.ndarray, reading: Reading) -> bool:
    """A question is a measure only when it proposes one ("zou het helpen als ...?") or stands
    beside other measures; otherwise it asks the assistant something."""
    body = without_lead(text)  # "Wat ik zou toevoegen: ..." asks nothing
    if not is_question(body) or suggestion(body) or measure_form(body):
        return True
    return bool(reading.options) or int((chances >= SURE_OPTION).sum()) >= 2


def measures_where(session: Session, reading: Reading) -> str:
    """How the message stands to measures: ``GIVEN`` where they are given (options asked; at
    the values step once measures were named, in the message or before; a message that moves
    the conversation to the options; one that names measures of its own once values were
    chosen early, beside effects); ``NAMED`` at the values step before any; ``BESIDE`` a
    message that names one of its own among effects; ``EARLY`` before the values otherwise."""
    own = len(reading.options) > reading.drawn
    if session.step in LATE_STEPS:
        return GIVEN
    if session.step == Step.VALUES:
        return GIVEN if own or session.options or values_chosen(session) else NAMED
    if session.step not in EARLY_STEPS:
        return NOT_HERE
    if reading.content_step(early_options=bool(session.effects)) == Step.OPTIONS:
        return GIVEN
    if own and session.chosen_values() and session.effects:
        return GIVEN  # values chosen early, then measures of its own: they are given
    return BESIDE if own else EARLY


def holds_content(reading: Reading) -> bool:
    """A message read as a move or a question as a whole that holds effects or measures too
    ("is it acceptable to propose X? Further, ..."): those are recorded beside it."""
    return bool(reading.effects or len(reading.options) > reading.drawn)


def said_early(options: np.ndarray, effects: np.ndarray) -> np.ndarray:
    """Which sentences in the form of a measure, said before the values, are measures: the
    option model very sure, or sure while the effect model finds no effect in them (a joint
    choice: "that has to stop, blur the ID cards before a photo goes out")."""
    return (options >= VERY_SURE_OPTION) | (
        (options >= SURE_EARLY_OPTION) & (effects <= NO_EFFECT_EARLY)
    )


def measures_given(options: np.ndarray, effects: np.ndarray, where: str) -> np.ndarray:
    """Which sentences are measures: where measures are ``given``, the option model sure, or
    likely while the effect model is unsure; elsewhere (the values step before any measure, a
    measure among effects) only sentences both models agree on, and at the values step beside
    one of those the rest as where measures are given."""
    unsure_effect = effects <= UNLIKELY_EFFECT
    likely = (options >= SURE_OPTION) | ((options >= LIKELY_OPTION) & unsure_effect)
    agreed = (options >= SURE_OPTION) & unsure_effect
    if where == GIVEN or (where == NAMED and agreed.any()):
        return likely
    return agreed


def leads_off(texts: list[str]) -> list[str]:
    """Each sentence, then each sentence without a short lead before a colon ("A few things we
    already discuss: show ...", "own ones: ...", "Actiepunten: ..."), or the sentence again."""
    return [*texts, *(without_lead(t) for t in texts)]


def without_lead(text: str) -> str:
    lead, colon, rest = text.partition(":")
    return rest.strip() if colon and rest.strip() and len(words(lead)) <= MAX_LEAD else text


def unsure_sentences(reading: Reading, late: bool) -> list[str]:
    """The sentences the rules read nothing in, or only an effect or a case note, long enough
    to name a measure; where measures are given also those left unread or read nowhere, a
    question only there (the model judges it as sure); before then only those in the form of a
    measure (:data:`MEASURE_FORM_RE`), also left unread, a question only when it proposes one
    (:data:`PROPOSING_QUESTION_RE`)."""
    found = [
        *reading.passed,
        *(s for d in reading.effects for s in split_sentences(d.text)),
        *split_sentences(reading.case.get("notes", "")),
    ]
    found.extend(reading.unread)
    if late:
        found.extend(unaccounted(reading))
    return [
        s
        for s in dict.fromkeys(t.strip() for t in found)
        if len(words(s)) >= MIN_WORDS and (late or measure_form(s))
    ]


def measure_form(text: str) -> bool:
    """A sentence in the form of a measure, or a question that proposes one."""
    if is_question(text):
        return PROPOSING_QUESTION_RE.search(text) is not None or suggestion(text)
    return MEASURE_FORM_RE.search(text) is not None or suggestion(text)


def unaccounted(reading: Reading) -> list[str]:
    """The sentences of the message that share no words with anything read from it (an actor
    named in it, "vergeet de belangenclubs niet", accounts for it too)."""
    items = [
        *(o.text for o in reading.options),
        *(e.text for e in reading.effects),
        *reading.passed,
        *reading.noted,
        *reading.actors,
        *reading.users,
        *reading.ignored,  # left out: noise
        *reading.turned_down,  # a measure asked and turned down at once
    ]
    read = [set(words(i)) for i in items if words(i)]
    sentences = [s for line in reading.text.splitlines() for s in split_sentences(line)]
    return [s for s in sentences if not any(_shared(set(words(s)), item) for item in read)]


def _shared(sentence: set[str], item: set[str]) -> bool:
    """Whether a sentence and an item share most of the words of the shorter."""
    return bool(sentence) and len(sentence & item) >= SHARED * min(len(sentence), len(item))


def sentence_options(text: str, reading: Reading) -> list[OptionDraft]:
    """The measures of a sentence as the rules read measures (none already read from it),
    without a short lead before a colon."""
    if any(o.text.lower() in text.lower() for o in reading.options):
        return []
    if measure_talk(text) is not None:
        return []  # "the training one, not the dashboard": talk about measures
    return extract_options(without_lead(text), "design")


def take_out_of_effects(reading: Reading, taken: set[str]) -> None:
    """The effects without the sentences read as measures (an effect of those alone gone)."""
    for draft in reading.effects:
        kept = [s for s in split_sentences(draft.text) if s.strip() not in taken]
        draft.text = " ".join(kept)
    reading.effects = [d for d in reading.effects if d.text.strip()]


def take_out_of_notes(reading: Reading, taken: set[str]) -> None:
    """The case notes without the sentences read as measures."""
    notes = reading.case.get("notes")
    if notes:
        kept = " ".join(s for s in split_sentences(notes) if s.strip() not in taken)
        if kept:
            reading.case["notes"] = kept
        else:
            del reading.case["notes"]
