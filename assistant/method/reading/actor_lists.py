"""Actors from the way people list them: commas with "en"/"and", bullets, "betrokken zijn ...",
"... zijn betrokken", "o ja, X hoort er ook bij", "behalve X en Y", relative clauses."""

from __future__ import annotations

import re

from assistant.language.cues.case import STAGE_WORDS
from assistant.language.cues.people import ACTOR_LEAD_RE, ACTOR_TAIL_RE, GROUP_WORDS, PEOPLE_WORDS
from assistant.language.textparts import clean_item, words
from assistant.method.reading.segments import is_clause

MAX_NAME_WORDS = 9
RELATIVE_RE = re.compile(r"\s+(?:die|dat|wie|who|that|which|waarvan|whose)\s+", re.I)
OWNER_RE = re.compile(
    r"^(?:de|het|een|the|a|an|hun|haar|zijn|onze|ons|their|our|its|his|her)\s+", re.I
)
BESIDES_RE = re.compile(
    r"\b(?:behalve|naast|buiten|besides|apart from|other than|except)\s+(?P<names>[^?.!]+)", re.I
)
ITEM_SPLIT_RE = re.compile(r"\s*,\s*(?:en\s+|and\s+|&\s+)?|\s+(?:en|and|&|plus)\s+", re.I)
ALL_PEOPLE = tuple(PEOPLE_WORDS) + tuple(w for group in GROUP_WORDS.values() for w in group)


def has_lead(text: str) -> bool:
    """Whether the sentence announces actors ("betrokken zijn ...", "... horen er ook bij")."""
    stripped = text.strip().rstrip(".!")
    lead = ACTOR_LEAD_RE.match(stripped)
    return bool(lead and lead.group(0).strip(" ,:")) or bool(ACTOR_TAIL_RE.search(stripped))


def list_items(text: str) -> list[str]:
    """The parts of a list sentence, lead-in and tail removed (not yet cleaned)."""
    body = ACTOR_LEAD_RE.sub("", text.strip().rstrip(".!"), count=1)
    body = ACTOR_TAIL_RE.sub("", body)
    return [p for p in ITEM_SPLIT_RE.split(body) if p and p.strip(" ,.")]


def actor_name(item: str) -> str:
    """``item`` as a name: no article or possessive, a long relative clause cut off."""
    name = clean_item(item)
    name = OWNER_RE.sub("", name)
    if len(words(name)) > MAX_NAME_WORDS:
        name = RELATIVE_RE.split(name, maxsplit=1)[0]
    name = " ".join(name.split()[:MAX_NAME_WORDS])
    return name[:1].upper() + name[1:] if name else ""


def head(item: str) -> str:
    """The item without a relative clause ("burgers die gefilmd worden" -> "burgers")."""
    return RELATIVE_RE.split(item, maxsplit=1)[0]


def is_person(item: str) -> bool:
    lowered = f" {item.lower()} "
    return any(w in lowered for w in ALL_PEOPLE if w)


def names_in_list(text: str) -> list[str]:
    """Actor names when ``text`` is a list of names, else []. A list: parts that are no
    clauses (once a relative clause is cut off), none about the stage."""
    items = list_items(text)
    if not items or any(is_clause(head(i)) or len(words(i)) > 12 for i in items):
        return []
    lowered = text.lower()
    if any(word in lowered for words_ in STAGE_WORDS.values() for word in words_):
        return []
    return [n for n in (actor_name(i) for i in items) if n]


def names_besides(text: str) -> list[str]:
    """Actors named in a question: "wie nog meer, behalve bewoners en de inzamelaar?"."""
    match = BESIDES_RE.search(text)
    if match is None:
        return []
    return names_in_list(match.group("names"))
