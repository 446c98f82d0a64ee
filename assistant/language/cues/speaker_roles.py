"""Cue words for the speaker's own role: how someone says what they are ("ik ben leerkracht van
groep 4", "I'm a community officer", "als wijkverpleegkundige merk ik ...") and the organisation
a role works for when the actors name the organisation, not the role ("ik ben wijkagent" with
"Politie" listed)."""

from __future__ import annotations

import re

# Saying one's own role: the role is the word(s) after it ("ik ben leerkracht", "I am a nurse",
# "ik werk als handhaver"); "ik ben bang/blij" is no role (the role must be a person word).
OWN_ROLE_RE = re.compile(
    r"\b(?:ik ben|ik werk als|i'?m|i am|i work as)\s+(?:een\s+|de\s+|a\s+|an\s+|the\s+)?"
    r"(?P<role>[\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)
# Role words by the ending of the role, and the organisation they work for ("wijkagent",
# "rechercheur", "police officer" -> "politie"/"police").
ROLE_ORGANISATIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("agent", "rechercheur", "police officer", "community officer", "detective", "cop"),
        ("politie", "police"),
    ),
    (("brandweerman", "brandweervrouw", "firefighter"), ("brandweer", "fire service")),
    (("handhaver", "boa"), ("handhaving", "enforcement")),
)

# Last words of a role held by one person, who speaks for themselves in minutes or a thread even
# when the role opens with an organisation ("GP liaison: ...", "Privacy officer: ...",
# "Patient council rep: ...", "FG-adviseur: ...").
ONE_PERSON_ROLE_ENDS = (
    "officer", "rep", "representative", "liaison", "scientist", "coordinator", "adviser",
    "advisor", "consultant", "spokesperson", "secretary", "chair", "analyst", "adviseur",
    "coördinator", "coordinator", "woordvoerder", "secretaris", "voorzitter", "analist",
    "vertegenwoordiger", "functionaris",
)  # fmt: skip
# The speaker naming the group they speak as in front of an effect ("ik als teamleider ...",
# "wij als wijkverpleegkundigen ...", "we as inspectors ...", "I as the planner ..."): the
# effect is that group's.
SPEAKING_AS_RE = re.compile(
    r"^(?:ik|wij|we|i)\s+(?:als|as)\s+(?:de\s+|het\s+|een\s+|the\s+|a\s+|an\s+)?"
    r"(?P<role>[\w'-]+)\b",
    re.IGNORECASE,
)
