"""Measures the rules passed by, told by the learned model of option sentences
(:mod:`assistant.method.reading.option_model`). Only where the rules are unsure: where options
are asked, a sentence in which the rules read nothing, or only an effect or a case note, is a
measure when the model is sure of it; before then, a sentence in the form of a measure wished
for, demanded or set as a condition ("ik zou willen dat ouders kunnen zien waarom", "only if
there is a human check") is one when the model is very sure, kept as a measure said early (it
does not move the conversation). Once values are chosen, measures are asked as at the options
step, and measures found then move the conversation on to the options. A measure asked as a
question ("zou een drempel in de bot helpen?") and a sentence beside other measures in a
message of measures need the model to find it likely only. Its kind: the rules' scores weighed
with the learned kind, as every option's. Only with the encoder the model learned from;
without it the rules' reading stays as it was."""

from __future__ import annotations

from assistant.domain.session import Session, Step
from assistant.language.cues.options import MEASURE_FORM_RE
from assistant.language.textparts import words
from assistant.method.changes import Tools, learned_vectors
from assistant.method.reading.extraction import OptionDraft, extract_options
from assistant.method.reading.measure_talk import measure_talk
from assistant.method.reading.option_model import SURE_OPTION, VERY_SURE_OPTION, option_model
from assistant.method.reading.questions import is_question
from assistant.method.reading.reading import Reading
from assistant.method.reading.segments import split_sentences
from assistant.method.reading.sentence_kinds import suggestion

EARLY_STEPS = (Step.CASE, Step.ACTORS, Step.EFFECTS)  # before the values: measures said early
LATE_STEPS = (Step.OPTIONS,)  # where options are asked
MIN_WORDS = 5  # shorter sentences ("Dat was het.") name no measure of their own
# Beside a sentence the model is sure of, in the same message where measures are asked, a
# sentence it finds likely is one too: a message that hands over measures hands over several
# ("the locks in the tool, yes. Rather that agents swap shifts themselves in the app").
LIKELY_BESIDE_SURE = 0.5
NEVER = 2.0  # above any probability
LEAD_WORDS = 7  # "nou wat ik in mijn hoofd heb:" leads a measure in; "X, want Y:" says more


def learned_options(tools: Tools, session: Session, reading: Reading) -> None:
    """The sentences the rules passed by (or read only as an effect or a case note) that the
    model is sure are measures, as options of ``reading``: out of the passed sentences, the
    effects and the case notes they were in."""
    late = session.step in LATE_STEPS or values_chosen(session)
    if reading.intent is not None or not (late or session.step in EARLY_STEPS):
        return
    texts = unsure_sentences(reading, late)
    if not texts:
        return
    chances = _chances(tools, texts)
    if chances is None:
        return
    likely = sum(c >= LIKELY_BESIDE_SURE for c in chances) >= 2  # two measures in one message
    beside = late and (bool(reading.options) or likely or max(chances) >= SURE_OPTION)
    read = {
        t: sentence_options(t, reading)
        for t, c in zip(texts, chances, strict=True)
        if c >= _bar(t, late, beside)
    }
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
    if not late:
        reading.drawn += len(found)  # said early: kept, the conversation stays where it is


def _chances(tools: Tools, texts: list[str]) -> list[float] | None:
    """How likely each text is a measure, the text read whole and without a short lead before
    a colon ("nou wat ik in mijn hoofd heb: we zetten in het script dat ..."); None without
    the model's encoder."""
    bodies = [_without_lead(t) for t in texts]
    vectors = learned_vectors(tools, option_model(), texts + bodies)
    if vectors is None:
        return None
    chances = option_model().probabilities(texts + bodies, vectors)
    return [max(a, b) for a, b in zip(chances[: len(texts)], chances[len(texts) :], strict=True)]


def _without_lead(text: str) -> str:
    """``text`` after a lead of a few words and a colon ("Wat ik wil: ..."), else whole."""
    lead, colon, body = text.partition(":")
    return body.strip() if colon and body.strip() and len(words(lead)) <= LEAD_WORDS else text


def _bar(text: str, late: bool, beside: bool) -> float:
    """How sure the model must be that ``text`` is a measure: very sure before options are
    asked, sure where they are; likely where they are and the message hands over measures
    besides, or the sentence asks a measure as a question ("zou een drempel in de bot
    helpen?", "what if the letter went out a week later?")."""
    if not late:
        return VERY_SURE_OPTION
    if is_question(text) and not suggestion(text):
        return LIKELY_BESIDE_SURE if beside else NEVER  # "een intake met een tolk?" beside
    return LIKELY_BESIDE_SURE if beside or is_question(text) else SURE_OPTION


def values_chosen(session: Session) -> bool:
    """Values asked and chosen after the effects: a message of measures is an answer for the
    options, also while a value of the user's own waits for its meaning ("wat bedoel je met
    punctualiteit?" answered by "de gevoeligheid per halte instellen wil ik ...")."""
    return session.step == Step.VALUES and bool(session.chosen_values() and session.effects)


def unsure_sentences(reading: Reading, late: bool) -> list[str]:
    """The sentences the rules read nothing in (where measures are asked also those left
    unread), or only an effect or a case note, long enough to name a measure; before options
    are asked only those in the form of a measure (:data:`MEASURE_FORM_RE`) or a measure asked
    as a question ("zou het helpen als ...?"), no other question."""
    found = [
        *reading.passed,
        *(reading.unread if late else ()),  # "and changes only with consent, ...": unread
        *(s for d in reading.effects for s in split_sentences(d.text)),
        *split_sentences(reading.case.get("notes", "")),
    ]
    return [
        s
        for s in dict.fromkeys(t.strip() for t in found)
        if len(words(s)) >= MIN_WORDS
        and (late or not is_question(s) or suggestion(s))
        and (late or MEASURE_FORM_RE.search(s) is not None or suggestion(s))
    ]


def sentence_options(text: str, reading: Reading) -> list[OptionDraft]:
    """The measures of a sentence as the rules read measures (none already read from it)."""
    if any(o.text.lower() in text.lower() for o in reading.options):
        return []
    if measure_talk(text) is not None:
        return []  # "the training one, not the dashboard": talk about measures
    return extract_options(text, "design")


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
