"""Sentences in the words about the case that tell what changes for someone, not what the
technology does or who runs it: a contrast of before and now about people ("vroeger liepen de
dijkwachters ..., nu krijgen ze ..."), a consequence with a direction that names them ("dat
scheelt ze nachten in de kou", "which really helps the water managers"), and people who
lose or go through something ("older people would keep paying the top price"). The now after a
sentence of how it was begins with that sentence (``with_how_it_was``); what the technology does
to things or who uses it since when is the case (``how_it_works``)."""

from __future__ import annotations

import re

from assistant.domain.session import Actor
from assistant.language.cues.changes_told import (
    CONSEQUENCE_OPENS_RE,
    EXPERIENCE_RE,
    EXPERIENCE_REACH,
    FORMERLY_RE,
    IN_USE_RE,
    NOW_AFTER_BEFORE_RE,
    NOW_OPENS_RE,
    PEOPLE_PRONOUN_RE,
    PERSON_OBJECT_RE,
    TECHNOLOGY_DOES_RE,
)
from assistant.language.cues.direction import PLAN_RE
from assistant.language.textparts import words
from assistant.method.reading.actor_lists import is_person
from assistant.method.reading.clause_subjects import subject_person
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.people_names import people_word
from assistant.method.reading.questions import is_question
from assistant.method.reading.segments import clauses, is_clause
from assistant.method.reading.sentence_kinds import description, has_direction, names_people

MIN_CHANGE_WORDS = 5  # "nu werkt het" tells no change for anyone


def told_change(text: str, actors: list[Actor], formerly: bool = False) -> bool:
    """Whether a sentence about the case tells what changes for people (see module);
    ``formerly``: the sentence before told how it was ("students used to wait days")."""
    stripped = text.strip()
    if len(words(stripped)) < MIN_CHANGE_WORDS or is_question(stripped):
        return False
    if PLAN_RE.match(stripped) or not is_clause(stripped) or description(stripped, actors):
        return False
    now = NOW_AFTER_BEFORE_RE.search(stripped) is not None
    now = now or (formerly and NOW_OPENS_RE.match(stripped) is not None)
    if FORMERLY_RE.search(stripped) and not now:
        return False  # "students used to wait days for an answer": how it was
    if not _people_in(stripped, actors):
        return False
    pieces = [p for c in clauses(stripped) for p in re.split(r"[,;:]\s+", c)]
    if now or any(_consequence(p) for p in pieces):
        return True  # "nu krijgen ze een melding", "dat scheelt ze nachten in de kou"
    return any(_goes_through(c, actors) for c in clauses(stripped))


def _consequence(clause: str) -> bool:
    """A clause that points back and says what that does, with a direction ("which really
    helps the water managers", "waardoor ze minder rijden")."""
    return CONSEQUENCE_OPENS_RE.match(clause) is not None and has_direction(clause)


def _people_in(text: str, actors: list[Actor]) -> bool:
    """Whether a sentence names people: a word for them, a known actor or a pronoun."""
    tokens = words(text)
    return names_people(tokens, text, actors) or PEOPLE_PRONOUN_RE.search(text) is not None


def _goes_through(clause: str, actors: list[Actor]) -> bool:
    """People named before the verb of what they get, lose or go through ("ouderen zonder app
    blijven het hoogste tarief betalen", "some youth workers feel they're expected to ...")."""
    verb = EXPERIENCE_RE.search(clause)
    if verb is None:
        return False
    front = clause[: verb.start()]
    tokens = words(front)
    if not tokens or len(tokens) > EXPERIENCE_REACH:
        return False
    return bool(subject_person(front)) or names_people(tokens, front, actors)


def how_it_was(sentence: str) -> str:
    """The sentence where it tells how it was, before a now ("students used to wait days"),
    else ""."""
    stripped = sentence.strip()
    if FORMERLY_RE.search(stripped) is None or NOW_AFTER_BEFORE_RE.search(stripped):
        return ""
    return stripped.rstrip(" .;")


def with_how_it_was(before: str, sentence: str, drafts: list[EffectDraft]) -> None:
    """The first effect of a sentence that tells the now after a sentence of how it was ("Ze
    googelden soms een kandidaat. Nu wordt iedereen ...") begins with that sentence: the change
    is the contrast."""
    if not (before and drafts and NOW_OPENS_RE.match(sentence.strip())):
        return
    drafts[0].text = f"{before}. {drafts[0].text}"
    formerly = FORMERLY_RE.search(before)
    if formerly is not None and not (drafts[0].actor_id or drafts[0].actor_name):
        drafts[0].actor_name = _people_before(before[: formerly.start()])  # "students used to"


def _people_before(front: str) -> str:
    """The people the words before "used to" name ("students", "our youth workers"), as the
    subject of a plain verb; "" when they name none ("we", "the app")."""
    if not front.strip() or not is_person(front.strip()):
        return ""
    return subject_person(f"{front.strip()} are")


def how_it_works(text: str) -> bool:
    """A sentence about the case that tells what the technology does to things ("it gives every
    application a green label") or who uses it since when ("since spring our youth workers use
    an app to ..."), whatever its words of a direction: the case, no effect. The technology
    doing something to people ("the model flags poor families") is not told so."""
    stripped = text.strip()
    if IN_USE_RE.match(stripped):
        return True
    does = TECHNOLOGY_DOES_RE.match(stripped)
    if does is None:
        return False
    thing = does.group("object")
    if PERSON_OBJECT_RE.match(thing) or names_people(words(thing), thing, []):
        return False  # "het algoritme toont je alleen wie past": what it does to people
    later = [p for p in re.split(r"[,;]\s+", stripped)[1:] if p.strip()]
    return not people_word(words(thing)[0]) and not any(_people_go_through(p) for p in later)


def _people_go_through(piece: str) -> bool:
    """A later part of a sentence that tells what people go through ("..., je weet niet
    waarom je iemand niet te zien krijgt")."""
    return PERSON_OBJECT_RE.match(piece) is not None or bool(subject_person(piece))
