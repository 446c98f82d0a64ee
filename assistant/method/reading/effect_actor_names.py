"""The subject of an effect as a new actor's name, by the form of the sentence it is told in
(Dutch and English): one person of a story told with an indefinite article is no actor ("een
verpleegkundige vertelde ...", "a mother said ...": gold keeps the group, not the person); a
label in front of a colon that names no people is none either ("vals alarm: ...", "die score:
..."); a subject that runs on into its clause is cut where the clause starts ("rechters zijn
verdeeld" -> "rechters"), and is none when nothing of a name is left ("they're professionals
and ...", "meanwhile a colleague ...")."""

from __future__ import annotations

import re

from assistant.language.cues.actor_names import ARTICLES_AND_OWNERS, NAME_BREAKS
from assistant.language.cues.effect_subjects_told import (
    CLAUSE_OPENERS,
    NAME_PRONOUNS,
    NEGATIONS,
    ONE_PERSON_LEAD_RE,
    OPEN_ENDS,
    RELATIVE_WORDS,
    RUN_ON_WORDS,
)
from assistant.language.cues.grammar import VERB_WORDS
from assistant.method.reading.actor_lists import head_is_person, is_person, names_organisation
from assistant.method.reading.organisation_kinds import organisation_kind

PLURAL_ENDS = ("s", "en", "'s")  # "moeders", "raadsleden", "boa's"
LINE_LEAD_RE = re.compile(r"^[\s\-\u2013\u2014*\u2022+]*(?:(?:en|and|maar|but)\s+)?", re.IGNORECASE)


def effect_actor_name(name: str, text: str) -> str:
    """The name a new actor taken from an effect's subject should have: "" when the subject
    names no actor (one person of a story, a label of things, a clause), the name without the
    clause it runs on into, else ``name``."""
    if one_person_of_a_story(name, text) or label_of_things(name, text):
        return ""
    cut = without_clause(name)
    return cut if cut == name or _names_people(cut) else ""


def one_person_of_a_story(name: str, text: str) -> bool:
    """Whether ``name`` is one person a story tells of with an indefinite article ("een
    raadslid zei ...", "a mother said ...", "één advocaat had ..."), not a party such as "een
    leverancier" or a group ("een paar ouders")."""
    bare = _without_article(name)
    if not bare or _plural(bare) or organisation_kind(bare) or names_organisation(bare):
        return False
    if name.split()[0].lower() in ("één", "eén", "one"):
        return True
    lowered = text.lower()
    spot = lowered.find(bare.lower())
    while spot >= 0:
        if ONE_PERSON_LEAD_RE.search(lowered[:spot]):
            return True
        spot = lowered.find(bare.lower(), spot + 1)
    return False


def label_of_things(name: str, text: str) -> bool:
    """Whether ``name`` is the label in front of a colon that names no people ("vals alarm:
    festival ontruimd ...", "die score: een evv'er zag ...", "minder mooi: ...")."""
    line = LINE_LEAD_RE.sub("", text).lower()
    if not line.startswith(f"{name.lower()}:"):
        return False  # "voor de vogels: ...": whom it is for, a label of people
    return not _names_people(name)


def without_clause(name: str) -> str:
    """``name`` without the clause it runs on into ("Rechters zijn verdeeld" -> "Rechters",
    "Grote clubs verliezen uren en" -> "Grote clubs"); "" when it starts as a clause
    ("Meanwhile a colleague", "They're professionals and"). A relative clause stays ("Werkgevers
    die de brieven krijgen")."""
    tokens = name.split()
    plain = [t.lower().strip(",.;:()") for t in tokens]
    if not plain or plain[0] in CLAUSE_OPENERS | NAME_PRONOUNS:
        return ""
    if NEGATIONS.intersection(plain):
        return name  # "NAM niet heeft geen rol": a party left out, not cut into one
    for i, word in enumerate(plain):
        if word in RELATIVE_WORDS or "(" in tokens[i]:
            break  # a relative clause or a note in brackets: the rest belongs to the name
        if i and (word in RUN_ON_WORDS or word in VERB_WORDS or word in NAME_PRONOUNS):
            tokens, plain = tokens[:i], plain[:i]
            break
    while tokens and tokens[-1] in OPEN_ENDS:  # "... uren en"; not "OR", the works council
        tokens = tokens[:-1]
    return " ".join(tokens)


def _names_people(name: str) -> bool:
    """Whether a name names people or a body by its words, or is an abbreviation ("OR")."""
    if not name:
        return False
    if name.isupper() and len(name) > 1:
        return True  # "OR", "GGD": a body by its letters
    return is_person(name) or head_is_person(name) or bool(organisation_kind(name))


def _without_article(name: str) -> str:
    tokens = name.split()
    while tokens and tokens[0].lower() in ARTICLES_AND_OWNERS | {"één", "eén", "one"}:
        tokens = tokens[1:]
    return " ".join(tokens)


def _plural(name: str) -> bool:
    """Whether the head of ``name`` (its last word before "van", "at", "of" ...) is plural."""
    tokens = [re.sub(r"[^\w'-]", "", t.lower()) for t in name.split()]
    cut = next((i for i, t in enumerate(tokens) if i and t in NAME_BREAKS | {"at", "bij"}), None)
    tokens = tokens[:cut]
    head = tokens[-1] if tokens else ""
    return head.endswith(PLURAL_ENDS) and not head.endswith(("ss", "us", "is"))
