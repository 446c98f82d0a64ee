"""Pieces of a sentence the reader may take for a new actor's name that name no one: a label
made of the speaker's words ("mine would be: ...", "voor mij gaat het om: ..."), a condition
("if so: ..."), a lead-in to a step ("effects i hear: ..."), the words before a clause that
start with a question word, a modal verb or a preposition ("welke kamer er ...", "kunnen
buurtconsulenten ...?", "aan bewoners"), a topic after a bullet inside a line ("- false flags:
...") (Dutch and English). A value of some people ("autonomie van de student") is no actor either;
whether its head is a value the catalogue says."""

from __future__ import annotations

import re

from assistant.language.cues.actor_list_items import ANYONE_NAMES
from assistant.language.cues.actor_names import DENIED_NAME_PATTERNS, NAME_BREAKS
from assistant.language.cues.figure_changes import NUMBER_WORDS
from assistant.language.cues.people_in_sentences import (
    COUNT_LEADS,
    FRAGMENT_LEADS,
    FRAGMENT_LEADS_MORE,
    IN_PHRASE_WORDS,
    METHOD_NAME_WORDS,
    NO_NAME_WORDS,
    NOT_ONLY_WORDS,
)
from assistant.language.textparts import strip_article, words
from assistant.method.reading.actor_lists import (
    head_is_person,
    is_person,
    people_only_after_head,
)

LINK_WORDS = frozenset((
    "van", "voor", "naar", "richting", "jegens", "tussen", "of", "for", "to", "towards",
    "between", "in",  # "vertrouwen in de overheid", "trust in the authorities"
))  # fmt: skip
BULLET_RE = re.compile(r"^\s*[-\u2013\u2014*\u2022]+\s*")


def fragment_name(name: str) -> bool:
    """Whether a new actor's name is a piece of a sentence, not a name of people."""
    tokens = [t.strip(".,;:!?()'\"") for t in name.lower().split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return False
    if tokens[0] in FRAGMENT_LEADS or any(w in METHOD_NAME_WORDS for w in words(name)):
        return True
    if _no_name_words(tokens):
        return True
    if anyone_counted(name):
        return True  # "People", "de mensen", "verschillende mensen": nobody in particular
    if BULLET_RE.match(name):
        bare = BULLET_RE.sub("", name)  # "- false flags: ...", "- black box: ...": a topic
        return not (is_person(bare) or head_is_person(bare))
    return False


def anyone_counted(name: str) -> bool:
    """Whether ``name`` is a word for people in general, alone or after words that only count
    or point at them ("Mensen", "die mensen", "verschillende mensen", "ten people", "40
    mensen"), not "older people" or "mensen met een beperking"."""
    tokens = words(name)
    if not tokens or tokens[-1] not in ANYONE_NAMES:
        return False
    return all(_counts(t) for t in tokens[:-1])


def _counts(token: str) -> bool:
    """Whether a word before a word for people only counts or points at them."""
    return token in COUNT_LEADS or token in NUMBER_WORDS or token.isdigit()


def names_no_one(name: str) -> bool:
    """Whether ``name`` is made of words that name no one (see ``_no_name_words``): narrower
    than ``fragment_name``, for names the reader gave an effect ("Bij gescheiden ouders"
    stays)."""
    tokens = [t for t in (t.strip(".,;:!?()'\"") for t in name.lower().split()) if t]
    return bool(tokens) and (_no_name_words(tokens) or anyone_counted(name))


def _no_name_words(tokens: list[str]) -> bool:
    """Whether the words of a name make no name: a number alone ("45", an age), words that
    alone name no one ("involved", "good list"), or the start of a piece of a sentence ("not
    unlikely", "sorry", "uit het teamoverleg", "MEMO", "in mijn woorden"), not "niet alleen de
    buren" or "in het bijzonder reizigers"."""
    if all(t.isdigit() for t in tokens) or all(t in NO_NAME_WORDS for t in tokens):
        return True
    second = tokens[1] if len(tokens) > 1 else ""
    if tokens[0] in ("not", "niet"):
        return second not in NOT_ONLY_WORDS
    if tokens[0] == "in":
        return second in IN_PHRASE_WORDS
    return tokens[0] in FRAGMENT_LEADS_MORE


def value_head(name: str) -> str:
    """The words before the people a name is of or for, when only those follow ("autonomie van
    de student" -> "autonomie", "respect for tenants" -> "respect"), or after the people it is
    of ("children's privacy" -> "privacy"), else ""."""
    owner, mark, owned = name.partition("'s ")
    if mark and owned and is_person(owner):
        return owned.strip().lower()  # "children's privacy", "the tenants' voice" is not
    if not people_only_after_head(name):
        return ""
    tokens = words(strip_article(name))
    cut = next((i for i, t in enumerate(tokens) if t in LINK_WORDS), len(tokens))
    return " ".join(tokens[:cut])


def without_fragments(names: list[str]) -> list[str]:
    """``names`` without those that are pieces of a sentence."""
    return [n for n in names if not fragment_name(n)]


def without_denied(names: list[str], text: str) -> list[str]:
    """``names`` without those ``text`` takes back after naming them ("de leverancier... nee
    sorry die is er niet", "the vendor, no wait, not the vendor: ..."); a name only said in its
    denial stays ("niet de planners, ik bedoelde de teamleiders" moves an item)."""
    return [n for n in names if not _denied(n, text)]


def _denied(name: str, text: str) -> bool:
    tokens = words(strip_article(name))
    cut = next((i for i, t in enumerate(tokens) if t in NAME_BREAKS), len(tokens))
    if not tokens or cut == 0:
        return False
    key = r"\s+".join(re.escape(t) for t in tokens[:cut])
    plain = text.lower()
    denial, gone = (re.compile(p.format(name=key)) for p in DENIED_NAME_PATTERNS)
    if gone.search(plain):
        return True  # "de leverancier... nee sorry die is er niet"
    return any(  # "geen leverancier", "niet de minister": after the name was said
        re.search(rf"\b{key}\b", plain[: found.start()]) for found in denial.finditer(plain)
    )
