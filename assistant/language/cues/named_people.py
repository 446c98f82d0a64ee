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

# Words that tell one person of a group apart without making another group of them ("één
# mantelzorger", "een oudere dijkwachter", "a young farmer"): that person is one of the group.
ONE_OF_THE_GROUP_WORDS = frozenset((
    "één", "eén", "een", "one", "a", "an", "the", "de", "het", "die", "that", "this", "deze",
    "oud", "oude", "oudere", "jong", "jonge", "jongere", "nieuwe", "ervaren", "boze", "andere",
    "old", "older", "young", "younger", "new", "experienced", "angry", "other", "another",
    "senior", "junior",
))  # fmt: skip
