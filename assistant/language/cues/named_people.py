"""Words for one person that a first name follows ("collega Henk", "mijn zus Anna", "our
colleague Ria", "mevrouw Jansen"): one person named in passing, never a party (Dutch and
English)."""

from __future__ import annotations

ONE_PERSON_WORDS = frozenset((
    "collega", "colleague", "buurman", "buurvrouw", "neighbour", "neighbor", "zus", "broer",
    "sister", "brother", "moeder", "vader", "mother", "father", "mevrouw", "meneer", "mevr",
    "mr", "mrs", "ms", "oom", "tante", "uncle", "aunt", "vriend", "vriendin", "friend",
    "manager", "teamleider", "baas", "boss",
))  # fmt: skip
