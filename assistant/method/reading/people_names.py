"""Whether words name people: a word for people or a group in them ("de omwonenden", "ons
wijkteam"), an organisation, or one plural word for people by what they do ("leidsters",
"childminders"); "mensen" alone is nobody in particular (Dutch and English)."""

from __future__ import annotations

import re

from assistant.language.cues.actor_names import (
    AGENT_ENDINGS,
    GENERIC_HEADS,
    HEAD_LINKS,
    NAME_BREAKS,
    NOT_A_NAME_ENDINGS,
    NOT_PEOPLE,
    PERSON_PLURAL_ENDINGS,
    THING_HEADS,
)
from assistant.language.cues.case import TECHNOLOGY_HINT_RE
from assistant.language.cues.grammar import COMPLEMENTISERS, PERSONAL_PRONOUNS
from assistant.language.cues.named_people import ONE_COLLEAGUE_RE, ONE_PERSON_WORDS
from assistant.language.cues.people import GROUP_WORDS, PEOPLE_WORDS
from assistant.language.textparts import strip_article, words
from assistant.method.reading.actor_lists import is_person, names_organisation

PERSON_HEADS = tuple(PEOPLE_WORDS) + tuple(w for g in GROUP_WORDS.values() for w in g)
OWNERS = frozenset(("ons", "onze", "our", "hun", "their", "mijn", "my", "haar", "her"))
QUANTITY_WORDS = frozenset(
    ("sommige", "enkele", "veel", "vele", "bepaalde", "some", "many", "most", "several", "certain")
)  # how many of a group, not its name
FOR_WORDS = frozenset(("voor", "for"))
AGE_LINKS = frozenset(("van", "of"))
MIN_AGENT = 7
SHORT_HEAD = 3  # a word for people this short must start a word ("or " for the works council)


def people_word(word: str) -> bool:
    plural = word.endswith(PERSON_PLURAL_ENDINGS) and word not in NOT_PEOPLE
    return word in PEOPLE_WORDS or plural or agents(word)


def person_name(subject: list[str]) -> str:
    """The words of a subject as a name for people, or "" when they name no people."""
    article = len(subject) > 1 and subject[0].lower() == "het"  # "het waterschap krijgt"
    if not subject or (subject[0].lower() in PERSONAL_PRONOUNS and not article):
        return ""
    if len(subject) > 1 and subject[0].lower() in OWNERS | QUANTITY_WORDS:
        subject = subject[1:]  # "ons wijkteam", "their children", "sommige cliënten"
    one = len(subject) > 1 and subject[0].lower().strip(".") in ONE_PERSON_WORDS
    if one and subject[1][:1].isupper() and not subject[1].isupper():
        return ""  # "collega Henk van inkoop zegt ...": one person by name, no party
    if len(subject) == 2 and _first_name(subject[1]) and _role(subject[0]):
        return person_name(subject[:1])  # "handhaver Jan zegt ...": one of the role's group
    if len(subject) > 1 and subject[-1].lower() in COMPLEMENTISERS:
        subject = subject[:-1]  # "bewoners die klagen ...": cut inside its relative clause
    spot = next((i for i, t in enumerate(subject) if t.lower() in FOR_WORDS), 0)
    if spot and not person_name(subject[:spot]):
        return person_name(subject[spot + 1 :])  # "de wachttijd voor aanvragers": aanvragers
    if len(subject) > 2 and subject[-2].lower() in AGE_LINKS and subject[-1].isdigit():
        return ""  # "mijn buurman van 79", "a man of 83": one person by age, no group
    if _thing_head(subject):
        return ""  # "klachten van scholieren", "letters from people": a thing of people
    name = strip_article(" ".join(subject))
    if ONE_COLLEAGUE_RE.match(name):
        return ""  # "our legal colleague says ...": one colleague passing on a view
    if len(subject) == 1 and name.lower().endswith(NOT_A_NAME_ENDINGS):
        return ""  # "persoonlijk vind ik ...": a word of the speaker's view
    lowered = f" {name.lower()} "
    known = any(head_in(w, lowered) for w in PERSON_HEADS) or names_organisation(name)
    if not (known or agents(name)) or generic_name(name):
        return ""
    return name[:1].upper() + name[1:]


def _thing_head(subject: list[str]) -> bool:
    """Whether the head of a name is a thing people send or say: the word before "van/of/from"
    ("klachten van scholieren", "letters from people") or after a possessive ("kids' own
    words"); "bewoners van de wijk" and "leden van de raad" keep their people."""
    link = next((i for i, t in enumerate(subject) if t.lower() in HEAD_LINKS), 0)
    owned = any(t.endswith(("'s", "'", "’s", "’")) for t in subject[:-1])
    head = subject[link - 1] if link else subject[-1] if owned else ""
    return head.lower() in THING_HEADS


def _role(word: str) -> bool:
    """A word for one person by what they do, not an organisation ("handhaver", "nurse"; not
    "gemeente" in "Gemeente Utrecht")."""
    return (people_word(word.lower()) or is_person(word)) and not names_organisation(word)


def _first_name(word: str) -> bool:
    """A first name: one word with a capital and the rest in lower case ("Jan", "Tom")."""
    return word.isalpha() and word[:1].isupper() and word[1:].islower()


def one_group_word(name: str) -> bool:
    """Whether a name is one plural word for a group of people ("guards", "handhavers"), not
    people in general ("mensen") nor a longer phrase ("missing elderly")."""
    tokens = words(name)
    return len(tokens) == 1 and people_word(tokens[0]) and tokens[0] not in GENERIC_HEADS


def head_in(head: str, lowered: str) -> bool:
    """A word for people in a name; a short one ("or ") only at the start of a word, not in
    "stijfjes voor"."""
    if len(head.strip()) > SHORT_HEAD:
        return head in lowered
    return re.search(rf"(?<![\w']){re.escape(head)}", lowered) is not None


def agents(name: str) -> bool:
    """One plural word for people by what they do ("childminders", "leidsters",
    "taxateurs"), not a thing ("containers", "sensors")."""
    tokens = words(name)
    if len(tokens) != 1 or len(tokens[0]) < MIN_AGENT or tokens[0] in NOT_PEOPLE:
        return False
    return tokens[0].endswith(AGENT_ENDINGS) and TECHNOLOGY_HINT_RE.search(name) is None


def generic_name(name: str) -> bool:
    """ "mensen" alone is nobody in particular; "mensen met een beperking" is someone."""
    tokens = name.lower().split()
    return tokens[0] in GENERIC_HEADS and (len(tokens) == 1 or tokens[1] not in NAME_BREAKS)
