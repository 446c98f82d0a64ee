"""Words for one person that a first name follows ("collega Henk", "mijn zus Anna", "our
colleague Ria", "mevrouw Jansen"): one person named in passing, never a party (Dutch and
English)."""

from __future__ import annotations

import re

ONE_PERSON_WORDS = frozenset((
    "collega", "colleague", "buurman", "buurvrouw", "neighbour", "neighbor", "zus", "broer",
    "sister", "brother", "moeder", "vader", "mother", "father", "mevrouw", "meneer", "mevr",
    "mr", "mrs", "ms", "oom", "tante", "uncle", "aunt", "vriend", "vriendin", "friend",
    "manager", "teamleider", "baas", "boss",
))  # fmt: skip
# One colleague of the speaker named by their field, who tells what others think ("our legal
# colleague says ...", "een juridische collega", "een collega-rechter zei: ..."): one person who
# passes on a view, never a party (colleagues in the plural are a group).
ONE_COLLEAGUE_RE = re.compile(
    r"^(?:[\w'-]+\s+)?(?:collega|colleague|co-worker|coworker)$|^(?:collega|colleague)-[\w-]+$",
    re.IGNORECASE,
)
