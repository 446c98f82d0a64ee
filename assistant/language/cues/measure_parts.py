"""Parts of one measure that a comma or "en"/"and" cuts off (Dutch and English): a condition
after it ("..., als dat technisch kan", "..., even if the blur works"), a second infinitive of the
same verb ("leren om X te doen en Y te checken", "taught to X and to Y") and the verb of a
subject or a fronted phrase that has none ("Bij zware zaken, moet er ...", "A steward, not the
camera, decides ...")."""

from __future__ import annotations

import re

# A condition or concession after a comma, anywhere in a measure: part of the measure before
# it ("..., ook als de zaak daardoor later wordt", "..., voor als hij iets persoonlijks vertelt",
# "..., even if the blur is supposed to work", "..., whatever the score says").
CONDITION_TAIL_RE = re.compile(
    r"^(?:(?:but|maar|en|and)\s+)?(?:(?:even|also|ook|zelfs|not\s+even)\s+(?:if|als|when|"
    r"wanneer|though|indien)|voor\s+als|for\s+when|in\s+case|voor\s+het\s+geval|whatever|"
    r"no\s+matter|regardless|ongeacht|hoe\s+dan\s+ook|wat\s+(?:[\w']+\s+){1,4}ook)\b",
    re.IGNORECASE,
)
# A condition that ends the sentence ("..., als dat technisch kan", "..., if possible", "...,
# wanneer een melder erom vraagt"): part of the measure before it.
LAST_CONDITION_RE = re.compile(
    r"^(?:(?:but|maar)\s+)?(?:if|als|indien|when|wanneer|zodra|as\s+soon\s+as|waar|where)\s+\w",
    re.IGNORECASE,
)
# An English infinitive after "and"/"or" ("teach officers to write short and to check ..."),
# and one in the part before it.
TO_INFINITIVE_RE = re.compile(r"^(?:(?:and|or)\s+)?to\s+[a-z]", re.IGNORECASE)
TO_BEFORE_RE = re.compile(r"\bto\s+[a-z]+", re.IGNORECASE)
# A Dutch infinitive with "te" ("... het gesprek aan te gaan", "... na elk punt te checken of
# ..."), and one in the part before it ("om ... te gebruiken", "leren ... te schrijven").
TE_INFINITIVE_RE = re.compile(r"\bte\s+[a-z]+(?:en|n)\b", re.IGNORECASE)
# What follows a verb that opens a Dutch main clause after a phrase in front ("Bij zware zaken,
# moet er ...", "Na een melding, krijgt de bewoner ..."): the subject after the verb.
INVERTED_SUBJECTS = frozenset((
    "er", "de", "het", "een", "ze", "we", "wij", "hij", "zij", "je", "jij", "u", "men", "die",
    "dat", "elke", "ieder", "iedere", "iedereen", "niemand", "altijd", "nooit", "dan",
))  # fmt: skip
# What follows an English verb of the third person that opens a part ("decides to ...", "opens
# the door", "does it ..."): no noun in the plural ("bus stops near ...").
AFTER_VERB_WORDS = frozenset((
    "the", "a", "an", "it", "them", "this", "that", "these", "those", "to", "every", "each",
    "all", "no", "only", "down", "up", "out", "back", "off", "with", "for", "in", "on", "his",
    "her", "their", "its", "our", "your", "whether", "if", "what", "who", "how", "why", "where",
))  # fmt: skip
# English verbs with the third person -s that are no verb of a subject before them ("..., always
# tells ..." is one; "..., bus stops" is no verb): words ending in these are nouns as often.
NOUN_ENDINGS = ("ss", "us", "is", "ics")
