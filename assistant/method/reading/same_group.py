"""One group named twice in other words, so that it stays one actor: an everyday word for a
group already on the canvas ("the kids" for "Pupils", "een moeder" for "Ouders"), the word a
known name gives in brackets ("opzichters" for "Inspectors (opzichters)"), or a known name's
own words in another order ("officers at the gate" for "Gate officers")."""

from __future__ import annotations

from assistant.domain.session import Actor
from assistant.language.cues.actor_names import NAME_ORDER_LINK_WORDS
from assistant.language.cues.people_across_languages import (
    PARENT_GROUP_HEADS,
    YOUNG_GROUP_HEADS,
    YOUNG_GROUP_NAMES,
)
from assistant.language.textparts import strip_article, words
from assistant.method.reading.mentions import BRACKETS_RE, head_word, name_words, same_word
from assistant.method.reading.people_across_languages import everyday_word_for

GROUP_NAMES = frozenset((*YOUNG_GROUP_HEADS, *PARENT_GROUP_HEADS))
MIN_REORDERED = 2  # one word alone is the same name, not another order


def same_group_actor(name: str, actors: list[Actor]) -> Actor | None:
    """The one known actor that ``name`` names in other words (see the module), else None."""
    found = [
        a
        for a in actors
        if everyday_name_for(name, a.name)
        or everyday_name_for(a.name, name)
        or bracketed_alias(name, a.name)
        or bracketed_alias(a.name, name)
        or _same_words_reordered(name, a.name)
    ]
    return found[0] if len(found) == 1 else None


def better_group_name(known: str, name: str) -> bool:
    """Whether ``name``, naming the group of the known actor ``known``, is the better name for
    it: the group's own name for an everyday word ("Pupils" for "Kids"), the name that gives
    the known one in brackets ("Inspectors (opzichters)" for "Opzichter"), or the same words
    in fewer ("Gate officers" for "Officers at the gate")."""
    if everyday_name_for(known, name) or bracketed_alias(known, name):
        return True
    return _same_words_reordered(name, known) and len(words(name)) < len(words(known))


def everyday_name_for(name: str, known: str) -> bool:
    """Whether ``name`` is only an everyday word for the group ``known`` names ("Kids" for
    "Pupils" or "Children in the household"); a word that is itself a group's name ("ouders",
    "parents") names that group, not another."""
    own = name_words(name)
    if len(own) != 1 or own[0] in GROUP_NAMES:
        return False
    head = head_word(known)
    if " ".join(name_words(known)) in YOUNG_GROUP_NAMES:
        head = YOUNG_GROUP_HEADS[-1]  # "Young people" are the youngsters
    return bool(head) and everyday_word_for(own[0], head)


def bracketed_alias(name: str, known: str) -> bool:
    """Whether ``name`` is one word that ``known`` gives in its brackets as its other name
    ("Opzichter" for "Inspectors (opzichters)"); abbreviations are found by their own rule."""
    own = name_words(name)
    if len(own) != 1 or "(" in name:
        return False
    inside = [w for part in BRACKETS_RE.findall(known) for w in words(part.strip("()"))]
    return len(inside) == 1 and same_word(own[0], inside[0])


def _same_words_reordered(name: str, known: str) -> bool:
    """Whether ``name`` and ``known`` hold the same words in another order, linking words
    aside ("Officers at the gate" and "Gate officers")."""
    mine, theirs = _content_words(name), _content_words(known)
    if len(mine) < MIN_REORDERED or len(mine) != len(theirs) or mine == theirs:
        return False
    left = list(theirs)
    for word in mine:
        match = next((w for w in left if same_word(word, w)), None)
        if match is None:
            return False
        left.remove(match)
    return True


def _content_words(name: str) -> list[str]:
    plain = strip_article(BRACKETS_RE.sub(" ", name))
    return [w for w in words(plain) if w not in NAME_ORDER_LINK_WORDS]
