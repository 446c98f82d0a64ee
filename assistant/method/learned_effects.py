"""Effects the rules passed by, told by the learned model of effect sentences
(:mod:`assistant.method.reading.effect_model`). Only where the rules are unsure: before the
values, in a message of which the rules read effects, a sentence in which they read nothing
at all or one they kept as a note to the case in the opening message (a story in a long first
message tells its effects without a direction word: "Ze moesten elk kind twee keer per nacht
controleren."). Such a sentence is an effect when the model is sure of it (and an effect the
rules read without a direction word is dropped when the model is sure it tells none, a
fragment of a few words sooner; where the case or the effects are asked and from the values
on, so is any effect the rules read, direction word or not, one that names no one sooner:
:func:`doubted_effects`); its direction is the rules' cue where it has one, else the
direction asked (:func:`unmarked_direction`, the place for a learned direction). A story told
to the case once it is known, or an incident the rules drop as only told, is read the same way
(:func:`story_effects`), with a lower bar: the rules have no effect of it at all. Only with the
encoder the model learned from; without it the rules' reading stays as it was."""

from __future__ import annotations

from assistant.domain.session import Direction, Session, Step
from assistant.language.textparts import words
from assistant.method.changes import Tools, learned_chances
from assistant.method.reading.case_clauses import names_people_only
from assistant.method.reading.durations import duration_trend
from assistant.method.reading.effect_lines import EffectDraft, extract_effects
from assistant.method.reading.effect_model import (
    NO_EFFECT,
    NO_EFFECT_OF_NO_ONE,
    NO_EFFECT_PAST,
    NO_FRAGMENT_EFFECT,
    SURE_EFFECT,
    SURE_IN_STORY,
    SURE_LOST,
    SURE_NOTE_IN_STORY,
    SURE_NOTE_ONLY,
    SURE_NOTED,
    SURE_OF_WORKINGS,
    effect_model,
)
from assistant.method.reading.effect_subjects import draft_actor
from assistant.method.reading.extraction import find_actor
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.questions import is_question
from assistant.method.reading.reading import Reading
from assistant.method.reading.segments import sentences
from assistant.method.reading.technology_at_work import describes_the_technology

EARLY_STEPS = (Step.CASE, Step.ACTORS, Step.EFFECTS)  # where effects are told
MIN_WORDS = 6  # shorter sentences ("Dat was het.") tell no effect of their own
FOR_WHOM_WORDS = 3  # "Voor vrijwilligers", "for the drivers": whom, no effect of its own
# From this chance a sentence of a story is an effect (sure: 0.7). 0.6 until the twenty-sixth
# round: on the case steps of the development pool that lost a gold effect the rules never read,
# from 0.45 to 0.6 3 of 4 such sentences of a story told to the case hold one ("Ina gaf dat door
# en de ouderenadviseur stond dezelfde middag bij haar op de stoep").
SURE_STORY = 0.45
CONTENT_LETTERS = 3
KEPT_SHARE = 0.6  # of the shorter text's words: an item read from a sentence keeps it


def learned_effects(tools: Tools, session: Session, reading: Reading) -> list[str]:
    """The sentences the rules passed by that the model is sure tell an effect, as effects of
    ``reading`` (after those the rules read); the effects the rules read that the model is sure
    tell none (:func:`doubted_effects`), dropped. The new people those dropped name (a list of
    people read as an effect: "Rolstoelgebruikers, de wachtende reizigers, ...") are returned:
    they stay actors."""
    unsure = unsure_sentences(session, reading)
    lost = lost_sentences(session, reading, unsure)
    unsure = unsure + lost
    doubted = doubted_effects(session, reading)
    if not (unsure or doubted):
        return []
    texts = unsure + [d.text for d, _ in doubted]
    chances = learned_chances(tools, effect_model(), texts)
    if chances is None:
        return []
    read: list[str] = []
    for text, chance in zip(unsure, chances[: len(unsure)], strict=True):
        bar = SURE_LOST if text in lost else sure_of(text, reading, session.step)
        found = sentence_effects(text, session, judged=True) if chance >= bar else []
        if len(found) > 1 and (chance < SURE_EFFECT or text in reading.listed):
            found = [whole(found[0], text)]  # split where the rules are unsure: one effect
        if found:
            reading.effects.extend(found)
            read.append(text)
    reading.unread = [u for u in reading.unread if u not in read]  # read now
    gone = [d for (d, bar), c in zip(doubted, chances[len(unsure) :], strict=True) if c < bar]
    reading.effects = [d for d in reading.effects if all(d is not g for g in gone)]
    return [d.actor_name for d in gone if d.actor_name and not d.actor_id]


def whole(draft: EffectDraft, text: str) -> EffectDraft:
    """``draft`` (the first effect the rules split from ``text``) as the whole sentence: a
    sentence the model judged as a whole ("bezoekers sneller binnen, minder rij bij de poort")
    is one effect, with the people and direction of its first part."""
    draft.text = text[:1].upper() + text[1:].rstrip(" .")
    return draft


def sure_of(text: str, reading: Reading, step: Step) -> float:
    """The model's chance from which an unsure sentence of ``reading`` is an effect: one in
    which the rules read nothing, or one they kept as a note to the case after the message told
    an effect (the later sentences of a story: "Een paar ervaringen. ... Hij had wel gemaaid,
    maar het was dagenlang bewolkt geweest."), sooner than one noted before it (the case), and
    one they only kept as a note (no facet read in it: a story beside the case) sooner than one
    in which they read nothing; where actors are asked, one the rules could not read (a story
    among the actors: "He went to the medic on his own ...") sooner than elsewhere."""
    unsure = text in reading.passed or text in reading.unread
    if text in reading.in_story:
        return SURE_NOTE_IN_STORY
    if unsure and step == Step.ACTORS:
        return SURE_IN_STORY
    if step == Step.CASE and text in reading.noted and text in reading.passed:
        return SURE_NOTE_ONLY  # only kept as a note: a story beside the case
    return SURE_EFFECT if unsure else SURE_NOTED


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
    chances = learned_chances(tools, effect_model(), told)
    if chances is None:
        return
    sure = [t for t, c in zip(told, chances, strict=True) if c >= story_bar(t, reading)]
    for text in sure:
        reading.effects.extend(sentence_effects(text, session, judged=True))
    reading.passed = [s for s in reading.passed if s not in sure]  # read now
    for facet in ("notes", "users", "decisions"):
        kept = _without_sentences(reading.case.get(facet, ""), sure)
        if kept:
            reading.case[facet] = kept
        else:
            reading.case.pop(facet, None)


def story_bar(text: str, reading: Reading) -> float:
    """The model's chance from which a sentence of a story told to the case is an effect: a
    later sentence of it, after the message told an effect, sooner (as in the opening message:
    :func:`sure_of`)."""
    return SURE_NOTE_IN_STORY if text in reading.in_story else SURE_STORY


def _without_sentences(notes: str, sentences: list[str]) -> str:
    """``notes`` without ``sentences`` (each as the case noted it: a stop may follow it)."""
    for sentence in sentences:
        notes = notes.replace(sentence, "")
    kept = [part.strip() for part in notes.split(". ") if part.strip(" .")]
    return ". ".join(kept).strip()


def doubted_effects(session: Session, reading: Reading) -> list[tuple[EffectDraft, float]]:
    """The effects the rules read with the model's chance below which each tells none: before
    the values, one without a direction word, sign or label (its direction only the one asked: those
    the rules were least sure of), a fragment sooner than a sentence (:func:`none_below`); where
    the case or the effects are asked and from the values on, any effect, one that names no one
    sooner (:func:`doubted_below`). Not an effect the message adds by command."""
    if reading.intent is not None:
        return []
    early = session.step in EARLY_STEPS
    found = []
    for draft in reading.effects:
        signed = draft.weighed is None and signed_effect(draft.text)
        unmarked = early and not signed and clause_direction(draft.text) is None
        unmarked = unmarked and not duration_trend(draft.text)  # "van 6 naar 4 maanden"
        bar = max(none_below(draft.text) if unmarked else 0.0, doubted_below(draft, session))
        if bar > 0.0:
            found.append((draft, bar))
    return found


def signed_effect(text: str) -> bool:
    """Whether an effect whose direction a sign or label decided ("+ procespartijen: 24/7
    antwoord") tells something of its own: more than a word, not only the people it is for
    ("Voor vrijwilligers")."""
    said = words(text)
    for_whom = said[:1] in (["voor"], ["for"]) and len(said) <= FOR_WHOM_WORDS
    return len(said) > 1 and not (for_whom or names_people_only(text))


def none_below(text: str) -> float:
    """The model's chance below which an unmarked effect tells none: a fragment ("Scan team",
    "Agree", "For partners") sooner than a whole sentence."""
    return NO_EFFECT if len(words(text)) >= MIN_WORDS else NO_FRAGMENT_EFFECT


def doubted_below(draft: EffectDraft, session: Session) -> float:
    """The model's chance below which any effect the rules read tells none, direction word or
    not: a remark, a value, a question or a measure read as one ("Veiligheid mag 4e", "Do these
    cover the three kinds?", "A fine can follow"). Where the case or the effects are asked, the
    same bar whether it names someone or not (a detail of a story or of the case with its
    people: "The municipality sent him a letter", "het team controleert steekproefsgewijs");
    from the values on, one that names no one sooner. None where actors are asked (0.0): there
    the rules read effects from lines of people, which the model, learned from whole
    sentences, misjudges. Where the case is asked, a sentence that only describes the
    technology at work ("camera's lezen alle kentekens en berekenen de gemiddelde snelheid")
    needs the model surer (:func:`describes_the_technology`)."""
    if session.step == Step.ACTORS:
        return 0.0
    if session.step == Step.CASE and describes_the_technology(draft.text):
        return SURE_OF_WORKINGS
    if session.step in EARLY_STEPS:
        return NO_EFFECT_OF_NO_ONE
    return NO_EFFECT if draft.actor_id or draft.actor_name else NO_EFFECT_PAST


def unsure_sentences(session: Session, reading: Reading) -> list[str]:
    """The sentences of a message that tells effects, before the values, in which the rules
    read nothing (no question, no short remark), or that they left unread where actors are
    asked (a story among the actors: "People at the counter feel watched, anyone in the hall
    sees who opens which box."); where the case is asked, also those the rules kept as a note
    to the case (a story beside the case: "A candidate's mother said she felt watched the whole
    time."); where actors are asked, those they read as a list of actors without a lead ("For
    tenants it's much quicker, a decision in weeks instead of a year": the model sure of it
    as of a note)."""
    if session.step not in EARLY_STEPS or reading.intent is not None:
        return []
    if not reading.effects:
        return story_among_actors(session, reading)
    noted = [s for s in reading.noted if s not in reading.case_told]  # later: story_effects
    noted = noted if session.step == Step.CASE else []
    listed = reading.listed if session.step in (Step.ACTORS, Step.EFFECTS) else []
    return [
        s
        for s in dict.fromkeys([*reading.passed, *reading.unread, *noted, *listed])
        if len(words(s)) >= MIN_WORDS and not is_question(s)
    ]


def lost_sentences(session: Session, reading: Reading, unsure: list[str]) -> list[str]:
    """The sentences of a message that tells effects, before the values, of which the rules
    kept nothing: no effect, measure, note to the case or story of it (read only as people: "En
    de wijkagenten rijden minder dubbele ritten, want ze zien wie er al is geweest"; or an
    effect read and dropped again), besides the ``unsure`` ones; no question, no short remark."""
    if session.step not in EARLY_STEPS or reading.intent is not None or not reading.effects:
        return []
    kept = [
        *(d.text for d in reading.effects),
        *(o.text for o in reading.options),
        *reading.case.values(),
        *reading.noted,
        *reading.stories,
        *reading.ignored,
        *reading.turned_down,
    ]
    said = [s.text for s in sentences(reading.text)]
    return [
        s
        for s in dict.fromkeys(said)
        if len(words(s)) >= MIN_WORDS
        and s not in unsure
        and not is_question(s)
        and not any(_shares_most(s, k) for k in kept)
    ]


def _shares_most(sentence: str, item: str) -> bool:
    """Whether ``item`` was read from ``sentence`` (or the sentence is part of it): most words
    of the shorter of the two (of more than three letters: not "on the", "en de") are in the
    other."""
    said, read = _content_words(sentence), _content_words(item)
    if not (said and read):
        return False
    return len(said & read) >= KEPT_SHARE * min(len(said), len(read))


def _content_words(text: str) -> set[str]:
    return {w for w in words(text) if len(w) > CONTENT_LETTERS}


def story_among_actors(session: Session, reading: Reading) -> list[str]:
    """Where actors are asked, the sentences of a message in which the rules read nothing at
    all, no effect either: a story told before the effects are asked ("What we saw in the pilot. ...
    Some nurses leave the badge in their locker, they don't want their breaks counted"). Not
    a line of names, read as actors."""
    if session.step != Step.ACTORS:
        return []
    return [
        s
        for s in dict.fromkeys([*reading.passed, *reading.unread])
        if len(words(s)) >= MIN_WORDS and not is_question(s) and s not in reading.listed
    ]


def sentence_effects(text: str, session: Session, judged: bool = False) -> list[EffectDraft]:
    """The effect of a sentence read as one: its people where they are known actors (a name
    the case did not give stays off the canvas), its direction from the rules' cue. An
    incident told ("last month a tenant ...") is no effect unless ``judged`` one; a sentence
    judged one in which the rules' clauses find none (a case fact to them: "en dan gaat de
    premie omhoog voor ev-rijders", "students with autism often don't look at a screen") is
    one as a whole (:func:`whole_sentence`)."""
    drafts = extract_effects(text, session.actors, None, unmarked_direction(text, session))
    for draft in drafts:
        known = find_actor(draft.actor_name, session.actors) if draft.actor_name else None
        draft.actor_id = known.id if known is not None else draft.actor_id
        draft.actor_name = ""
        draft.story = draft.story and not judged
    if judged and not drafts:
        return [whole_sentence(text, session)]
    return [d for d in drafts if not (d.story or d.lead_in or d.unchanged)]


def whole_sentence(text: str, session: Session) -> EffectDraft:
    """``text`` as one effect: of the known actor it names first (its label: "schouwers:
    minder kilometers lopen"), in the direction of its own words, else the one asked."""
    found = draft_actor(text, session.actors)
    known = find_actor(found[1], session.actors) if found and found[1] else None
    actor_id = found[0] if found else None
    body = text.strip().rstrip(" .")
    told = clause_direction(body)
    direction = told or unmarked_direction(text, session)
    weighed = None if told else (direction, 0.0)
    return EffectDraft(
        body[:1].upper() + body[1:],
        direction,
        actor_id or (known.id if known is not None else None),
        weighed=weighed,
    )


def unmarked_direction(text: str, session: Session) -> Direction:
    """The direction of an effect whose words give none: the one asked, as the reader takes it
    (the hook for a learned direction of ``text``)."""
    del text  # a learned direction reads the sentence here
    return "negative" if session.meta.get("ask_direction") == "negative" else "positive"
