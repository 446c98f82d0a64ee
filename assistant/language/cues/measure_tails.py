"""Tails of one measure that a comma or "en"/"and" cuts off and that refer back to it (Dutch and
English): a remark whose object points back ("..., the doctor can ask that", "..., dat risico
nemen we", "..., daar maken we een afspraak over"), an example or the way it goes ("..., bv bij
het fruitmoment", "..., via de school", "..., with real cases as examples"), how often ("...,
twee keer per jaar"), what the tool is beside it ("..., de sensor is alleen een tip"), and the
rest of a clause the measure opened ("dat X zichtbaar is en niet automatisch door gaat")."""

from __future__ import annotations

import re

# The last word of a short remark that points back at the measure before ("..., the doctor can
# ask that", "..., the scan company can set that", "..., tell drivers they may do that").
BACK_OBJECT_ENDS = frozenset(("that", "this", "dat", "dit"))
BACK_OBJECT_WORDS = 8
# A Dutch remark with the pronoun back in front and its subject after the verb ("..., maar dat
# risico nemen we", "..., daar maken we een afspraak over met de politie", "..., dat spreken we
# met de burgemeesters af").
FRONTED_BACK_RE = re.compile(
    r"^(?:(?:maar|en|dus)\s+)?(?:dat|dit|daar|daarover|daarvoor)(?:\s+\w+)?\s+\w+\s+"
    r"(?:we|wij|ik|ze|zij|jullie)\b",
    re.IGNORECASE,
)
# A figure given as an example after a comma ("..., say one in five", "..., zeg maximaal drie per
# dag"): part of the measure before it.
EXAMPLE_FIGURE = (
    r"(?:say|zeg|zeg\s+maar|let's\s+say|laten\s+we\s+zeggen)\s+(?=\d|(?:one|two|three|four|five|"
    r"six|ten|twenty|a|an|once|twice|never|at\s+most|max(?:imum)?|no\s+more|een|twee|drie|vier|"
    r"vijf|zes|tien|twintig|nooit|hooguit|maximaal|hoogstens|niet\s+meer)\b)"
)
# An example, a way or a scope after a comma, with no verb of its own in front ("..., bv bij het
# fruitmoment", "..., zoals de wet ook zegt", "..., such as volunteering", "..., via de school",
# "..., over hoe het loopt", "..., zeker als het om familie gaat", "..., especially for ...",
# a figure given as an example).
EXAMPLE_TAIL_RE = re.compile(
    r"^(?:(?:and|en|maar|but)\s+)?(?:bv\.?|bijv\.?|bijvoorbeeld|zoals|such\s+as|e\.g\.|"
    r"for\s+(?:example|instance)|like\s+(?:a|an|the)\b|via|through|over\s+hoe|about\s+how|"
    + EXAMPLE_FIGURE
    + r"|"
    r"(?:zeker|vooral|juist|especially|particularly)\s+(?:als|bij|voor|wanneer|if|when|for|with)|"
    r"met\s+[\w\s'-]{1,40}\s+als\s+voorbeeld|with\s+[\w\s'-]{1,40}\s+as\s+(?:an\s+)?examples?)\b",
    re.IGNORECASE,
)
EXAMPLE_WORDS = 10
# What goes with the measure before, after a comma, told without a verb in front of a clause
# that explains it ("..., met de melding dat er geen baken is", "..., with a note on why"):
# part of that measure. Longer, or with a verb of its own, it is a measure of its own.
WITH_TAIL_RE = re.compile(r"^(?:met|with)\s+(?:de|het|een|the|a|an)\s+\w+", re.IGNORECASE)
WITH_TAIL_WORDS = 8
# With whom or where the measure before is agreed, told tersely after a comma ("..., afspraak met
# het OM", "..., governance-afspraak met de RvB", "..., a decision for the board"): part of it.
# An agreement that says what it holds ("..., een afspraak met de leverancier over ...") is a
# measure of its own.
AGREED_WITH_RE = re.compile(
    r"^(?:(?:een|a|an|de|the)\s+)?[\w-]*(?:afspraak|agreement|decision|besluit|beslissing)\s+"
    r"(?:met|in|van|voor|with|for|of|by)\s",
    re.IGNORECASE,
)
AGREED_WITH_WORDS = 8
AGREEMENT_CONTENT_WORDS = frozenset(("over", "about", "dat", "that", "on", "to"))
# How often the measure before happens, told after a comma ("..., twee keer per jaar", "...,
# eens per maand", "..., elk kwartaal", "..., once a year", "..., every month").
FREQUENCY_TAIL_RE = re.compile(
    r"^(?:(?:een|één|twee|drie|vier|vijf|zes|\d+|one|two|three|four|five|six)\s+(?:keer|maal|"
    r"times)|eens|elke?|iedere?|every|each|once|twice)\s+(?:per\s+|a\s+|an\s+|in\s+(?:de|het|the)"
    r"\s+)?\w+\s*[.!]*$",
    re.IGNORECASE,
)
# What the tool is beside the measure before ("..., de sensor is alleen een tip", "..., the
# model is only input for planning", "..., de camera is een extra oog"): a remark, not a measure.
TOOL_ROLE_RE = re.compile(
    r"^(?:(?:the|de|het|die|that)\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:is|are|blijft|blijven|"
    r"stays|remains)\s+(?:alleen|only|just|slechts|maar|(?:een|an?)\s+extra|extra|nothing\s+"
    r"more\s+than|niet\s+meer\s+dan)\b",
    re.IGNORECASE,
)
TOOL_ROLE_WORDS = 9
# What a part that names what is not meant opens with ("not a ban on worksheets, but a rule
# ...", "niet elke zaak twee keer, wel een steekproef ..."); "no"/"geen"/"never" open a measure
# of their own ("no storing footage", "geen kentekens").
CONTRASTED_STARTS = frozenset(("not", "niet"))
CONTRASTED_WORDS = 10
# A Dutch clause opened by one of these runs on to its verb at the end ("dat het niveau alleen
# voor de leerkracht zichtbaar is", "voordat een inspecteur het profiel heeft bekeken"); after
# "en", a part with its verb at the end goes on with that clause ("... en niet automatisch naar
# groep 3 gaat", "... en de aanbieder een brief heeft gehad").
SUBORDINATORS = frozenset((
    "dat", "als", "voordat", "nadat", "zodat", "tenzij", "wanneer", "zodra", "hoe", "die",
    "omdat", "waar", "waarin", "welke", "wie",
))  # fmt: skip
# Relative words: their clause may end inside the subject of a main clause whose verbs follow
# ("aanvragers bij wie het niet lukt moeten kunnen bellen"), so two verbs at the end of the part
# before are those of a main clause, not of the relative clause.
RELATIVE_SUBORDINATORS = frozenset(("die", "wie", "waar", "waarin", "welke"))
VERB_CLUSTER = 3  # "heeft gehad", "kunnen worden gebruikt": the verbs at the end of a clause
CONTINUED_CLAUSE_WORDS = 12
MIN_VERB_END = 4  # "bepaalt", "uitlegt": a Dutch finite verb by its end; not "met", "niet"
# Words in -t or -en that end a Dutch part without being its verb.
NO_VERB_ENDS = frozenset((
    "niet", "met", "wat", "dat", "het", "uit", "heen", "toe", "even", "open", "samen", "tegen",
    "boven", "buiten", "binnen", "alleen", "meteen", "geen", "een", "eigen", "allemaal",
))  # fmt: skip
# What follows an English verb in its base form that opens a part after "and" ("..., and phone
# those people", "... and keep them posted", "... and explain the score"): its object.
BASE_VERB_OBJECTS = frozenset((
    "the", "a", "an", "them", "those", "these", "it", "this", "that", "their", "his", "her",
    "what", "why", "how", "who", "whether", "if",
))  # fmt: skip
# Words that open a part without being a verb in its base form.
NO_BASE_VERBS = frozenset((
    "the", "a", "an", "no", "not", "never", "only", "all", "each", "every", "we", "they", "i",
    "you", "he", "she", "it", "also", "then", "so", "but", "or", "if", "when", "that", "this",
    "there", "here", "more", "less", "some", "any", "one", "two", "three", "in", "on", "at",
    "for", "with", "by", "from", "to", "into", "of", "via", "after", "before", "during",
    "without", "under", "over", "per",
))  # fmt: skip
