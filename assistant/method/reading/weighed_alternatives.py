"""Effects said of the alternative a case was weighed against: where the case is told as a
choice between two ways ("Optie A is camera's. Optie B is meer boa's.", "either a chatbot or
longer phone hours"), a sentence while the case and the actors are asked that names only the
second way ("Over de boa's: die kunnen met de jongeren praten, maar ze zijn duur") tells why
it was or was not chosen, no effect of the case."""

from __future__ import annotations

from assistant.domain.session import Session, Step
from assistant.language.cues.weighed_alternatives import (
    ALTERNATIVE_TAIL_RE,
    CHOICE_FRAME_RE,
    CHOICE_MADE_RE,
    FIRST_MARK_RE,
    GENERIC_ALTERNATIVE_WORDS,
    OR_SPLIT_RE,
    SECOND_MARK_RE,
)
from assistant.language.stems import content_words, stems
from assistant.method.reading.actor_lists import is_person
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.segments import split_sentences

EARLY_STEPS = (Step.CASE, Step.ACTORS)


def alternatives(text: str) -> tuple[str, str] | None:
    """The two ways a message weighs (first, second), or None where it weighs none."""
    if CHOICE_FRAME_RE.search(text) is None:
        return None
    second = SECOND_MARK_RE.search(text)
    if second is not None:
        first = FIRST_MARK_RE.search(text[: second.start()])
        start = first.start() if first is not None else 0
        rest = split_sentences(text[second.end() :])
        return text[start : second.start()], rest[0] if rest else ""
    for sentence in split_sentences(text):
        parts = OR_SPLIT_RE.split(sentence)
        if len(parts) >= 2 and len(content_words(parts[-1])) >= 1:
            return " ".join(parts[:-1]), parts[-1]
    return None


def _named_part(way: str) -> str:
    """The words that name a way, before what it would do ("een groep vrijwilligers die rokers
    aanspreekt" -> "een groep vrijwilligers"): up to the first break after a content word."""
    for match in ALTERNATIVE_TAIL_RE.finditer(way):
        if _stem_set(way[: match.start()]):
            return way[: match.start()]
    return way


def _without_people(text: str) -> str:
    """``text`` without its words for people ("zodat consulenten meer gesprekken halen")."""
    return " ".join(word for word in content_words(text) if not is_person(word))


def _stem_set(text: str) -> set[str]:
    found: set[str] = set()
    for word in content_words(text):
        if word not in GENERIC_ALTERNATIVE_WORDS:
            found |= stems(word)
    return found


def _weighed(session: Session, text: str) -> tuple[set[str], set[str]] | None:
    """Stems only the first way has and stems only the second way has, from the first
    message of the session that weighs two (this one included): of the second way the words
    that name it, and of what it would do those that name no people nor any of the actors
    ("een groep vrijwilligers die rokers aanspreekt": not the smokers, whom the chosen way
    meets too)."""
    told = [turn.text for turn in session.transcript if turn.role == "user"]
    actors = _stem_set(" ".join(actor.name for actor in session.actors))
    for message in [*told, text]:
        pair = alternatives(message)
        if pair is not None:
            named = _named_part(pair[1])
            rest = _stem_set(_without_people(pair[1][len(named) :])) - actors  # "die rokers ..."
            first, second = _stem_set(pair[0]), _stem_set(named) | rest
            return first - second, second - first
    return None


def without_alternative_effects(
    drafts: list[EffectDraft], text: str, session: Session
) -> list[EffectDraft]:
    """``drafts`` without the effects whose sentence names the second way and not the first,
    read while the case or the actors are asked or in the message that says which way was
    chosen ("we kiezen de camera's, dan liever geen extra boa's: die vinden we niet")."""
    if not drafts or (session.step not in EARLY_STEPS and CHOICE_MADE_RE.search(text) is None):
        return drafts
    weighed = _weighed(session, text)
    if weighed is None:
        return drafts
    first, second = weighed
    about_second = []
    for sentence in split_sentences(text):
        named = _stem_set(sentence)
        if named & second and not named & first:
            about_second.append(" ".join(sentence.lower().split()))
    if not about_second:
        return drafts
    return [d for d in drafts if not _said_in(d.text, about_second)]


def _said_in(effect: str, sentences: list[str]) -> bool:
    head = " ".join(effect.lower().split()[:4])
    return any(head and head in sentence for sentence in sentences)
