"""Cue words for the items of a list of actors and what comes with them (Dutch and English): a
question tag or a reason after the list, a label that opens a message about the actors
("who: ...", "betrokken: ..."), the part of a group meant ("bewoners (vooral ouderen)"), a
party put on the list in other words ("X hoort er ook bij"), words that name nobody alone, "or
whoever ..." and "whoever ...", people the technology stands in for, and the neighbours named
by a word or a description."""

from __future__ import annotations

import re

# A question tag typed after a list ("..., and the woo people right?", "..., en de GGD toch?"):
# the list does not ask anything.
LIST_TAG_RE = re.compile(r"\s+(?:right|toch|or not|of niet)\s*(?=\?\s*$)", re.I)
# A reason after the last name of a list ("..., and people who file requests because the
# transcripts are public", "..., en de GGD want die doet preventie"): no part of the name.
LIST_REASON_RE = re.compile(r"\s+(?:because|since|want|omdat|aangezien)\s[^,]*$", re.I)
# People the technology stands in for, named after its verb ("scanauto's die kentekens scannen
# ipv handhavers die lopen", "read plates instead of wardens"): the group, without the lead.
INSTEAD_OF_LEAD_RE = re.compile(
    r"^(?:ipv|i\.p\.v\.?|in\s+plaats\s+van|instead\s+of|rather\s+than)\s+", re.IGNORECASE
)
# A message that opens with a label for the actors ("who: ...", "betrokken: ...", "stakeholders
# - ..."): a list of actors, also while the case is asked.
ACTORS_LABEL_RE = re.compile(
    r"^(?:(?:ok[eé]?|oké|en|and|so|dus)[,\s]+)?(?:who|wie|betrokken(?:en)?|actoren|actors|"
    r"stakeholders|belanghebbenden|partijen|parties|involved|people\s+involved)\s*(?::|\s-+\s)",
    re.IGNORECASE,
)
# A remark in brackets after a group that names the part of it meant ("night passengers (lots
# of students and women travelling alone)", "bewoners (vooral ouderen, maar ook gezinnen)",
# "the people looked for (missing persons but also suspects)"): the lead that says so, and the
# joints between the parts; its parts are actors of their own.
GROUP_PART_LEAD_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:(?:lots\s+of|a\s+lot\s+of|many|plenty\s+of|veel|vele|also|ook|"
    r"especially|esp\.?|vooral|met\s+name|in\s+particular|in\s+het\s+bijzonder|particularly|"
    r"some|sommige|enkele|several|including|incl\.?|waaronder|onder\s+wie|but\s+also|"
    r"maar\s+ook)\s+)+",
    re.IGNORECASE,
)
GROUP_PART_JOINT_RE = re.compile(
    r"\s*[,+;/]\s*|\s+(?:en|and|plus|or|but\s+also|maar\s+ook|as\s+well\s+as)\s+", re.IGNORECASE
)
GROUP_PART_WORDS = 5  # a part is a short name ("women travelling alone"), not a clause
# The words of such an addition that put the party on the list itself ("X hoort er ook bij",
# "X should be on the list", "X belongs on the actor list"): the party is an actor whatever word
# names it ("de huurdersvereniging", "the safety region"); "X wants a say" needs people.
LISTED_ADDITION_RE = re.compile(
    r"\b(?:er\s*(?:(?:ook|nog|zeker|natuurlijk|uiteraard|eigenlijk|wel|echt|dus|toch|even|maar)"
    r"\s+)*bij|op\s+de\s+(?:actoren)?lijst|(?:in|on)\s+(?:the|my|our|this|that)\s+(?:actors?\s+)?"
    r"list|be\s+(?:added|included|listed|in\s+there|on\s+there|an\s+actor)|"
    r"belongs?\s+(?:in it|there)|"
    r"als\s+actor(?:en)?|as\s+(?:an?\s+)?actors?|ook\s+(?:een\s+)?(?:actor|actoren)|"
    r"also\s+(?:an?\s+)?actors?|actors?\s+too)\b",
    re.IGNORECASE,
)
# Words for a party that say only what kind of body it is ("het bedrijf dat de tours maakt",
# "the company that builds the glasses"): the clause after it says which one, and stays.
GENERIC_PARTY_HEADS = frozenset((
    "bedrijf", "bedrijven", "company", "companies", "firm", "firms", "firma", "organisatie",
    "organisaties", "organisation", "organisations", "organization", "organizations", "partij",
    "partijen", "party", "parties", "bureau", "agency", "instantie", "instanties", "stichting",
    "foundation", "team", "afdeling", "department", "unit", "sectie", "section",
))  # fmt: skip
# Words that alone name nobody in particular ("People", "Mensen", "Others", "Us"): as the whole
# of a new actor's name, a piece of a sentence ("the people being looked for (...)").
ANYONE_NAMES = frozenset((
    "mensen", "people", "personen", "persons", "iedereen", "everyone", "everybody", "groep",
    "group", "groepen", "groups", "others", "anderen", "us", "ons", "wij", "we",
))  # fmt: skip
# An item of a list of people that goes on with whoever else it may be ("hun kinderen of wie
# het bericht krijgt", "their children or whoever gets the text", "the GP or anyone who ..."):
# the people named, the rest no part of their name.
OR_WHOEVER_RE = re.compile(
    r"\s+(?:or|of)\s+(?:whoever|anyone\s+(?:who|else)|anybody\s+(?:who|else)|wie\s+(?:er\s+)?"
    r"(?:ook\s+|dan\s+)?|iemand\s+anders|wie\s+dan\s+ook)\b.*$",
    re.IGNORECASE,
)
# A word after a group's name that stresses the group itself ("voor de IND zelf: ...", "for the
# hospital itself: ..."): no part of the name.
ITSELF_TAIL_RE = re.compile(r"\s+(?:zelf|zelve|itself|themselves|ourselves)$", re.IGNORECASE)
# A label that points at a thing said before ("dat vergelijken met de buren: ...", "this ranking
# thing: ..."): its topic, no group, unless the word after the pointer is people ("dat team").
THING_POINTER_RE = re.compile(r"^(?:dat|dit|that|this)\s+(?P<head>[\w'-]+)", re.IGNORECASE)
# The people who live near the thing, by one word ("de buren", "omwonenden", "the neighbours")
# and by a description an actor may be named with ("mensen die bij de brug wonen", "people
# living near the bridges", "residents close to the site"): the same group.
NEIGHBOUR_WORDS = frozenset(
    {"buren", "omwonenden", "buurtbewoners", "neighbours", "neighbors", "neighbourhood",
     "neighborhood"}
)  # fmt: skip
LIVING_NEAR_RE = re.compile(
    r"\b(?:living|live|lives|wonen|wonend|wonende|woont)\s+(?:(?:right|vlak|dicht)\s+)?"
    r"(?:near|next\s+to|close\s+to|around|along|by|beside|bij|naast|langs|rond|vlakbij|"
    r"dichtbij|nabij|aan|in\s+de\s+buurt\s+van|om\s+)\b|"
    r"\b(?:near|bij|naast|langs|rond|nabij|close\s+to|next\s+to)\b[\w' -]{2,40}\b"
    r"(?:wonen|woont|live|lives)\b|\b(?:omwonend|nearby\s+residents|residents\s+(?:near|close\s+to|next\s+to|along|"
    r"around|nearby))",
    re.IGNORECASE,
)
# Whoever is meant, named by what they do or undergo, as a later item of a list of people ("and
# whoever is named in the documents", "wie er in de stukken staat"): the people who do so.
WHOEVER_RE = re.compile(
    r"^(?:(?:and|en|plus)\s+)?(?:(?P<en>whoever|anyone\s+who|anybody\s+who|everyone\s+who)|"
    r"(?P<nl>wie\s+er|iedereen\s+die|ieder\s+die))\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# The verb after "whoever" in the plural after "people who" ("whoever is named" -> "people who are
# named").
WHOEVER_VERBS = {"is": "are", "was": "were", "has": "have", "gets": "get", "does": "do"}
# The same in Dutch, where the verb ends the clause ("wie er in de brief staat" -> "mensen die in
# de brief staan").
WHOEVER_VERBS_NL = {
    "is": "zijn", "was": "waren", "wordt": "worden", "werd": "werden", "heeft": "hebben",
    "staat": "staan", "krijgt": "krijgen", "gaat": "gaan", "komt": "komen", "woont": "wonen",
    "werkt": "werken", "zit": "zitten", "moet": "moeten", "kan": "kunnen", "wil": "willen",
}  # fmt: skip
