"""Effects the rules passed by, told by the learned model of effect sentences
(:mod:`assistant.method.reading.effect_model`). Only where the rules are unsure: before the
values, in a message of which the rules read effects, a sentence in which they read nothing
at all or one they kept as a note to the case in the opening message (a story in a long first
message tells its effects without a direction word: "Ze moesten elk kind twee keer per nacht
controleren."). Such a sentence is an effect when the model is sure of it (and an effect the
rules read without a direction word is dropped when the model is sure it tells none, a
fragment of a few words sooner); its direction is the rules' cue where it has one, else the
direction asked (:func:`unmarked_direction`, the place for a learned direction). A story told
to the case once it is known, or an incident the rules drop as only told, is read the same way
(:func:`story_effects`), with a lower bar: the rules have no effect of it at all. Only with the
encoder the model learned from; without it the rules' reading stays as it was."""

from __future__ import annotations

from assistant.domain.session import Direction, Session, Step
from assistant.language.textparts import words
from assistant.method.changes import Tools, learned_vectors
from assistant.method.reading.durations import duration_trend
from assistant.method.reading.effect_lines import EffectDraft, extract_effects
from assistant.method.reading.effect_model import (
    NO_EFFECT,
    NO_FRAGMENT_EFFECT,
    SURE_EFFECT,
    SURE_NOTED,
    effect_model,
)
from assistant.method.reading.extraction import find_actor
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.questions import is_question
from assistant.method.reading.reading import Reading

EARLY_STEPS = (Step.CASE, Step.ACTORS, Step.EFFECTS)  # where effects are told
MIN_WORDS = 6  # shorter sentences ("Dat was het.") tell no effect of their own
SURE_STORY = 0.6  # from this chance a sentence of a story is an effect (sure: 0.7)


def learned_effects(tools: Tools, session: Session, reading: Reading) -> None:
    """The sentences the rules passed by that the model is sure tell an effect, as effects of
    ``reading`` (after those the rules read); the effects the rules read without a direction
    word that the model is sure tell none, dropped."""
    unsure = unsure_sentences(session, reading)
    unmarked = unmarked_effects(session, reading)
    if not (unsure or unmarked):
        return
    texts = unsure + [d.text for d in unmarked]
    vectors = learned_vectors(tools, effect_model(), texts)
    if vectors is None:
        return
    chances = effect_model().probabilities(texts, vectors)
    read: list[str] = []
    for text, chance in zip(unsure, chances[: len(unsure)], strict=True):
        sure = SURE_EFFECT if text in reading.passed or text in reading.unread else SURE_NOTED
        if chance >= sure and (found := sentence_effects(text, session)):
            reading.effects.extend(found)
            read.append(text)
    reading.unread = [u for u in reading.unread if u not in read]  # read now
    gone = [
        id(d)
        for d, c in zip(unmarked, chances[len(unsure) :], strict=True)
        if c < none_below(d.text)
    ]
    reading.effects = [d for d in reading.effects if id(d) not in gone]


def story_effects(tools: Tools, session: Session, reading: Reading) -> None:
    """The sentences of a story the model is sure tell what happened to people, as effects:
    where the case is asked and already told, those the rules noted to the case ("Een collega
    vertelde dat een bewoner gevallen was en pas na twee dagen gevonden werd"), no longer
    notes; before the values, an incident the rules dropped as only told ("last winter a
    tenant sat in a cold flat for a week")."""
    noted = reading.case_told if session.step == Step.CASE else []
    early = session.step in EARLY_STEPS and reading.intent is None
    told = [s for s in [*noted, *reading.stories] if len(words(s)) >= MIN_WORDS]
    told = [s for s in dict.fromkeys(told) if not is_question(s)]
    if not (early and told):
        return
    vectors = learned_vectors(tools, effect_model(), told)
    if vectors is None:
        return
    chances = effect_model().probabilities(told, vectors)
    sure = [t for t, c in zip(told, chances, strict=True) if c >= SURE_STORY]
    for text in sure:
        reading.effects.extend(sentence_effects(text, session, judged=True))
    reading.passed = [s for s in reading.passed if s not in sure]  # read now
    for facet in ("notes", "users", "decisions"):
        kept = _without_sentences(reading.case.get(facet, ""), sure)
        if kept:
            reading.case[facet] = kept
        else:
            reading.case.pop(facet, None)


def _without_sentences(notes: str, sentences: list[str]) -> str:
    """``notes`` without ``sentences`` (each as the case noted it: a stop may follow it)."""
    for sentence in sentences:
        notes = notes.replace(sentence, "")
    kept = [part.strip() for part in notes.split(". ") if part.strip(" .")]
    return ". ".join(kept).strip()


def unmarked_effects(session: Session, reading: Reading) -> list[EffectDraft]:
    """The effects the rules read before the values from a sentence or a fragment without a
    direction word or marker (their direction only the one asked): those the rules were least
    sure of. A duration compared with now ("doorlooptijd van 6 naar 4 maanden") has one."""
    if session.step not in EARLY_STEPS or reading.intent is not None:
        return []
    return [
        d
        for d in reading.effects
        if clause_direction(d.text) is None and not duration_trend(d.text)
    ]


def none_below(text: str) -> float:
    """The model's chance below which an unmarked effect tells none: a fragment ("Scan team",
    "Agree", "For partners") sooner than a whole sentence."""
    return NO_EFFECT if len(words(text)) >= MIN_WORDS else NO_FRAGMENT_EFFECT


def unsure_sentences(session: Session, reading: Reading) -> list[str]:
    """The sentences of a message that tells effects, before the values, in which the rules
    read nothing (no question, no short remark), or that they left unread where actors are
    asked (a story among the actors: "People at the counter feel watched, anyone in the hall
    sees who opens which box."); where the case is asked, also those the rules kept as a note
    to the case (a story beside the case: "A candidate's mother said she felt watched the whole
    time.")."""
    if session.step not in EARLY_STEPS or reading.intent is not None or not reading.effects:
        return []
    noted = [s for s in reading.noted if s not in reading.case_told]  # later: story_effects
    noted = noted if session.step == Step.CASE else []
    return [
        s
        for s in dict.fromkeys([*reading.passed, *reading.unread, *noted])
        if len(words(s)) >= MIN_WORDS and not is_question(s)
    ]


def sentence_effects(text: str, session: Session, judged: bool = False) -> list[EffectDraft]:
    """The effect of a sentence read as one: its people where they are known actors (a name
    the case did not give stays off the canvas), its direction from the rules' cue. An
    incident told ("last month a tenant ...") is no effect unless ``judged`` one."""
    drafts = extract_effects(text, session.actors, None, unmarked_direction(text, session))
    for draft in drafts:
        known = find_actor(draft.actor_name, session.actors) if draft.actor_name else None
        draft.actor_id = known.id if known is not None else draft.actor_id
        draft.actor_name = ""
        draft.story = draft.story and not judged
    return [d for d in drafts if not (d.story or d.lead_in)]


def unmarked_direction(text: str, session: Session) -> Direction:
    """The direction of an effect whose words give none: the one asked, as the reader takes it
    (the hook for a learned direction of ``text``)."""
    del text  # a learned direction reads the sentence here
    return "negative" if session.meta.get("ask_direction") == "negative" else "positive"
