"""Actors and effects added late, once the effects are past (Dutch and English): the names of
an actor announced as forgotten and what the sentence says of them ("One more actor I forgot:
the wind farm operators.", "I forgot German day-trippers, their foreign cards get rejected",
"o, de kinderen zelf had ik nog niet bij de effecten"), the people of an effect announced as
forgotten ("an effect I forgot, new donors: ..."), and a direction said of the effect told just
before ("Negative for them.", "zet dat er ook bij, als positief")."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.session import Direction
from assistant.language.cues.late_additions import (
    ACTOR_ANNOUNCED_RE,
    ADD_WITH_COLON_RE,
    AS_ACTOR_RE,
    DIRECTION_SAID_RE,
    EFFECT_FOR_RE,
    FORGOT_NAMES_RE,
    NOT_YET_RE,
    RELATIVE_AFTER_NAME_RE,
)
from assistant.language.textparts import words
from assistant.method.reading.actor_lists import head_is_person, is_person, names_in_list
from assistant.method.reading.questions import is_question

NAME_WORDS = 10  # "de ouders die geen smartphone hebben of het niet willen" at most


@dataclass
class LateAddition:
    """People added late (``names``) and what the sentence says of them (``rest``, "" if
    nothing); ``effect``: the sentence announced an effect, so ``rest`` is one."""

    names: list[str]
    rest: str = ""
    effect: bool = False


def late_addition(text: str) -> LateAddition | None:
    """The people a sentence adds late, as an actor or with an effect announced as forgotten,
    and what it says of them; None when it adds no one."""
    stripped = text.strip()
    if is_question(stripped):
        return None
    effect = EFFECT_FOR_RE.match(stripped)
    if effect is not None:
        names = _people(effect.group("who"))
        return LateAddition(names, effect.group("rest"), effect=True) if names else None
    not_yet = NOT_YET_RE.match(stripped)
    if not_yet is not None:
        names = _people(not_yet.group("nl") or not_yet.group("en") or "")
        return LateAddition(names) if names else None
    add = ADD_WITH_COLON_RE.match(stripped)
    if add is not None:  # "Add the X: they pay for it"
        names = _people(add.group("who"))
        return LateAddition(names, add.group("rest").strip(" .")) if names else None
    led = ACTOR_ANNOUNCED_RE.match(stripped) or FORGOT_NAMES_RE.match(stripped)
    if led is None:
        return None
    who, _comma, rest = led.group("rest").partition(",")
    if ":" in who:
        return None  # "ik vergat nog iets: studenten die ...": an effect announced, no names
    who = AS_ACTOR_RE.split(who, maxsplit=1)[0]
    names = _people(who) if len(words(who)) <= NAME_WORDS else []
    if not names:  # "the judge who has to rely on what everyone found out": the judge, and that
        names, said = _named_before_clause(who)
        rest = rest or said
    return LateAddition(names, rest.strip(" .")) if names else None


def _named_before_clause(who: str) -> tuple[list[str], str]:
    """The people named before a clause about them ("the judge who has to rely on ...") and
    the clause told of them ("the judge has to rely on ..."); none when no people lead."""
    parts = RELATIVE_AFTER_NAME_RE.split(who, maxsplit=1)
    if len(parts) < 2:
        return [], ""
    names = _people(parts[0])
    return (names, f"{parts[0]} {parts[1]}") if names else ([], "")


def _people(text: str) -> list[str]:
    """The names in ``text`` when each is people or a group of them."""
    names = names_in_list(text.strip(" .!"))
    if not names or not all(is_person(n) or head_is_person(n) for n in names):
        return []
    return names


def direction_said(text: str) -> Direction | None:
    """The direction a sentence gives the effect before it, when that is all it says."""
    found = DIRECTION_SAID_RE.match(text.strip())
    if found is None or is_question(text):
        return None
    return "positive" if found.group("pos") else "negative"
