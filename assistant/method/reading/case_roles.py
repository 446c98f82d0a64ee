"""Someone named by their role in a sentence that tells the case: "de" or "the" and a word for
a person or party by their trade ("alerts go to the probation officer", "de leverancier bewaart
de ruwe data", "bij een brand ziet de bevelvoerder een icoon"): an actor, wherever in the
sentence. Not the speaker's own role or workplace ("ik werk bij de leverancier", "I'm the
coordinator"), not an organisation of government (mostly the speaker's own; its name ends in
no role), not a thing whose name ends like a role ("de meldkamer", "the counter"), not a plural
(groups in the case are read by ``passing_actors.case_people``) and not a name with capitals
("the Dutch police")."""

from __future__ import annotations

import re

from assistant.language.cues.actor_names import GENERIC_HEADS, NAME_BREAKS, NOT_PEOPLE, STAFF_HEADS
from assistant.language.cues.case import TECHNOLOGY_HINT_RE
from assistant.language.cues.case_roles import (
    NOT_ROLE_ENDINGS,
    OWN_ROLE_LEADS,
    ROLE_ARTICLES,
    ROLE_ENDINGS,
    ROLE_WORDS,
)
from assistant.language.cues.people import GROUP_WORDS
from assistant.method.reading.actor_lists import actor_name, names_people
from assistant.method.reading.organisation_kinds import organisation_kind

WORD_RE = re.compile(r"^[a-zà-ÿ][a-zà-ÿ'-]*$")  # lower case: "the Dutch police" is a name
SUPPLIERS = frozenset(("leverancier", "vendor", "contractor", "supplier", "aannemer"))
GROUP_HEADS = tuple(w for heads in GROUP_WORDS.values() for w in heads if " " not in w)
LEAD_GAP = 2  # "bij de leverancier": the lead stands two places before the role


def case_roles(text: str) -> list[str]:
    """The parties ``text`` names by their role after "de"/"the" (see the module)."""
    tokens = text.split()
    found: list[str] = []
    for spot, token in enumerate(tokens):
        if token.lower() not in ROLE_ARTICLES or _own(tokens, spot):
            continue
        name = _role(tokens[spot + 1 : spot + 1 + ROLE_WORDS])
        if name and name not in found:
            found.append(name)
    return found


def _own(tokens: list[str], spot: int) -> bool:
    """Whether the article stands where the speaker says who they are ("ik werk bij de ...")."""
    lead = tokens[spot - 1].lower().strip(",.;:") if spot else ""
    return lead in OWN_ROLE_LEADS or (spot >= LEAD_GAP and lead in ("ben", "am"))


def _role(after: list[str]) -> str:
    """The longest run of lower-case words after an article that ends in a role, else ""."""
    words: list[str] = []
    for token in after:
        word = token.strip(',.;:!?()"')
        if not WORD_RE.match(word) or word in NAME_BREAKS or word in ROLE_ARTICLES:
            break
        words.append(word)
        if token[-1:] in ",.;:!?)":
            break
    for size in range(len(words), 0, -1):
        thing = size < len(words) and TECHNOLOGY_HINT_RE.search(words[size]) is not None
        if _role_word(words[size - 1]) and not thing:  # not "the journey planner app"
            while size < len(words) and words[size] in STAFF_HEADS:
                size += 1  # "the customer service team": the team, not the customer
            return actor_name(" ".join(words[:size]))
    return ""


def _role_word(word: str) -> bool:
    """A singular word for someone by their role or trade, or a supplier."""
    if word in SUPPLIERS:
        return True
    if word in GENERIC_HEADS or word in NOT_PEOPLE or word.endswith(NOT_ROLE_ENDINGS):
        return False
    if not word.endswith(ROLE_ENDINGS):
        return False  # "de gemeente", "the police": mostly the speaker's own organisation
    return names_people(word) or bool(organisation_kind(word)) or word.endswith(GROUP_HEADS)
