"""Parts of one measure that a comma or "en"/"and" cuts off (Dutch and English): a condition
after it ("..., als dat technisch kan", "..., even if the blur works"), a second infinitive of the
same verb ("leren om X te doen en Y te checken", "taught to X and to Y") and the verb of a
subject or a fronted phrase that has none ("Bij zware zaken, moet er ...", "A steward, not the
camera, decides ...")."""

from __future__ import annotations

import re

# A condition or concession after a comma, anywhere in a measure: part of the measure before
# it ("..., ook als de zaak daardoor later wordt", "..., voor als hij iets persoonlijks vertelt",
# "..., even if the blur is supposed to work", "..., whatever the score says"), or what it stands
# apart from ("..., independent from us", "..., los van het aantal meldingen").
CONDITION_TAIL_RE = re.compile(
    r"^(?:(?:but|maar|en|and)\s+)?(?:(?:even|also|ook|zelfs|not\s+even)\s+(?:if|als|when|"
    r"wanneer|though|indien)|voor\s+als|for\s+when|in\s+case|voor\s+het\s+geval|whatever|"
    r"no\s+matter|regardless|ongeacht|hoe\s+dan\s+ook|wat\s+(?:[\w']+\s+){1,4}ook|"
    # what the measure stands apart from ("..., independent from us", "..., los van het aantal
    # meldingen", "..., irrespective of the score")
    r"independent(?:ly)?\s+(?:of|from)|irrespective\s+of|separate(?:ly)?\s+from|los\s+van|"
    r"onafhankelijk\s+van|apart\s+van)\b",
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
# What a measure rules out or keeps to, told after it without a verb of its own ("..., never
# from the model's memory", "..., nooit voor groepen kleiner dan twintig mensen", "..., and
# never just the final score"): part of the measure before it.
RULED_OUT_PHRASE_RE = re.compile(
    r"^(?:(?:but|maar|en|and)\s+)?(?:never|nooit|not|niet)\s+\w", re.IGNORECASE
)
# What a measure always goes with, told after it without a verb of its own ("..., altijd naast
# een eigen observatie", "..., always together with a colleague", "..., altijd eerst een
# telefoontje"): part of the measure before it.
ALWAYS_WITH_RE = re.compile(
    r"^(?:(?:but|maar|en|and)\s+)?(?:always|altijd)\s+(?:first|eerst|naast|samen\s+met|met|"
    r"na|via|bij|door|with|together\s+with|alongside|next\s+to|after|through|by)\b",
    re.IGNORECASE,
)
RULED_OUT_WORDS = 9  # "nooit voor groepjes kleiner dan vijftig mensen": still one phrase
# Who decides in the end, told after a measure that makes a tool advise ("the score is only a
# hint, the planner decides", "het advies is een suggestie, de arts kiest zelf", "..., and a
# reviewer signs off"): part of that measure, no measure of its own.
DECIDER_TAIL_RE = re.compile(
    r"^(?:(?:but|maar|en|and|then|dan)\s+)?(?:(?:the|a|an|de|het|een|our|onze|ons|their|hun)\s+)?"
    r"(?:[\w'-]+\s+){0,2}[\w'-]+\s+(?:decides|chooses|choose|decide|beslist|beslissen|kiest|"
    r"kiezen|besluit|besluiten|signs\s+off|sign\s+off|tekent\s+af|has\s+the\s+(?:final|last)\s+"
    r"(?:say|word)|heeft\s+het\s+laatste\s+woord|makes\s+the\s+(?:final\s+)?(?:call|decision)|"
    r"neemt\s+het\s+(?:laatste\s+)?besluit)"
    r"(?:\s+(?:zelf|themselves|himself|herself|always|altijd|dan|then|uiteindelijk|"
    r"in\s+the\s+end))?\s*[.!]*$",
    re.IGNORECASE,
)
# A remark on the measure before, by a pronoun as its subject ("..., dat staat al in de wet",
# "..., that is already in the rules") or its object ("..., we need it for the appeals", "...,
# we'd need that in the regulations", "..., maar dat risico nemen we"): no measure of its own.
REMARK_SUBJECTS = frozenset(("dat", "dit", "that", "this", "it", "het"))
REMARK_SPEAKERS = frozenset(("we", "wij", "i", "ik", "we'd", "i'd", "we'll", "i'll"))
REMARK_OBJECTS = frozenset(("it", "that", "this", "them", "dat", "dit", "het"))
REMARK_WORDS = 8
# What may follow such an object pronoun (nothing, a preposition or an adverb): not an article
# or a noun, so "het" and "that" are no article or conjunction ("we zetten het model uit", "I
# want that the camera ...").
REMARK_FOLLOWERS = frozenset((
    "in", "into", "for", "on", "at", "to", "too", "also", "as", "anyway", "already", "voor", "op",
    "bij", "ook", "al", "wel", "niet", "nog", "eigenlijk", "gewoon", "dan", "then", "now", "nu",
))  # fmt: skip
# Where a measure is laid down: a remark that names it is a measure of its own ("..., and that
# goes into the funding agreement", "..., we'd need that in the regulations").
LAID_DOWN_RE = re.compile(
    r"\b(?:contract\w*|agreements?|overeenkomst\w*|convenant\w*|covenants?|concessie\w*|"
    r"concessions?|regulations?|reglement\w*|regeling\w*|protocol\w*|polic(?:y|ies)|beleid\w*|"
    r"werkinstructie\w*|instructions?|handbook|handboek|plan)\b",
    re.IGNORECASE,
)
# Where one part of a sentence among measures ends and the next begins: a comma or "en"/"and".
PART_JOINT_RE = re.compile(r"\s*,\s*(?:(?:en|and)\s+)?|\s+(?:en|and)\s+", re.IGNORECASE)
