"""Replies among the options that name no measure: agreeing, pointing at what is there, a remark
on an option, a fact about how things are now, and closing ("dit is genoeg") (Dutch and English)."""

from __future__ import annotations

import re

# A fact about how things are now, not a measure: "we hebben al een contract met ...", "there
# is already a complaints procedure".
CASE_FACT_RE = re.compile(
    r"\b(?:al\s+(?:een|sinds|jaren|in)|nu\s+al|"
    r"(?:bestaat|bestaan|staat|staan|is|zijn|hebben|heeft|gebeurt|doen|doet)\s+al|"
    r"(?:heb|hebt|hebben)\s+(?:ik|je|we|wij)\s+(?:zelf\s+)?al|al\s+(?:die|dat|deze|dit)\s|"
    r"(?:heeft|hebben|is|zijn|gebruiken|gebruikt)\s+(?:nu|momenteel|op\s+dit\s+moment)|"
    r"already|currently|at\s+the\s+moment|right\s+now|for\s+years)\b",
    re.IGNORECASE,
)
# A remark about an option just given or about the conversation, not a new one: "dat scheelt
# tijd", "goed idee", "that helps the drivers", "fijn, dit ging sneller dan verwacht" (with a
# direction word, see ``no_measure``).
REMARK_RE = re.compile(
    r"^(?:(?:en|and|ja|yes|ok|oké|fijn|mooi|top|prima|goed|great|nice|good|fine|super|wow)"
    r"\s*[,!]?\s+)?(?:dat|dit|that|this|which|wat|it)\s+"
    r"(?!(?:moet|moeten|zou|should|must|could|kan|kunnen)\b)"
    # "dat de afdeling bereikbaar is ...": a wish as a that-clause, no remark
    r"(?!(?<=dat\s)(?:de|een|alle|elke|iedere|wij|we|onze|hun)\b)|"
    r"^(?P<praise>(?:goed|mooi|prima|sterk|good|nice|great|fine)\s+(?:idee|plan|punt|idea|"
    r"point))\b(?!\s+(?:om|to)\s)",  # "good idea to write ...": the measure follows
    re.IGNORECASE,
)
# Agreement in front of an instruction that points at a proposal ("good, add that").
AGREEING_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|good|goed|ja|yes|prima|fine|great|mooi|top|sure|nice)\b[\s,!.]*)+",
    re.IGNORECASE,
)
# What an instruction without a measure points at: "add that", "doe dat maar", "take it",
# "keep those four".
BARE_OBJECTS = frozenset((
    "that", "dat", "die", "it", "het", "this", "dit", "them", "ze", "those", "these", "deze",
    "maar", "ook", "also", "too", "please", "graag", "then", "dan", "in", "erbij", "toe", "over",
    "one", "een", "two", "twee", "three", "drie", "four", "vier", "five", "vijf", "six", "zes",
    "all", "alle", "allemaal", "both", "beide",
))  # fmt: skip
# Words of a reply among options that points at what is there or closes, naming no measure:
# "keep all of them", "yes, that's the list", "klaar denk ik", "ja, die neem ik er ook bij",
# "doe die laatste er ook bij", "at least one of each kind".
POINTING_WORDS = frozenset((
    "keep", "houd", "hou", "all", "alle", "allemaal", "alles", "of", "them", "those", "these",
    "ze", "die", "deze", "dat", "dit", "that", "that's", "thats", "this", "it", "het", "is",
    "the", "de", "list", "lijst", "done", "klaar", "af", "finished", "denk", "ik", "i", "think",
    "ja", "yes", "ok", "oké", "oke", "okay", "fine", "prima", "goed", "good", "neem", "take",
    "er", "ook", "also", "too", "bij", "erbij", "doe", "do", "add", "voeg", "toe", "laatste",
    "last", "eerste", "first", "tweede", "second", "one", "een", "eentje", "at", "least",
    "minstens", "minimaal", "each", "every", "elke", "per", "kind", "soort", "van", "great",
    "mooi", "wel", "maar", "dan", "then", "please", "graag", "and", "en", "so", "dus", "sure",
    "lijkt", "me", "looks", "perfect", "for", "now", "nu", "voorlopig", "enough", "genoeg",
    "wil", "want", "i'd", "like", "zou", "willen", "we", "are", "zijn", "in", "over", "as",
    "well", "fijn", "top", "super", "nice", "thanks", "dank", "bedankt", "daarmee", "with", "voor",
    "'m", "hem", "him",  # "top, dat is 'm": that is the one
    "akkoord", "agreed", "overnemen", "adopt", "yep", "yeah",  # "akkoord, allemaal overnemen"
))  # fmt: skip
# A short question back to the listener after the options, naming no measure: "What else?",
# "Wat vind jij?", "How about you?", "Anything more?" (not "What about a helpdesk?").
ASKING_BACK_RE = re.compile(
    r"^(?:(?:and|en|so|dus|ok|oké)[,]?\s+)?(?:what|wat|how|hoe|anything|iets|any|nog)\s+"
    r"(?:\w+\s+){0,2}?(?:else|more|meer|anders|jij|je|jou|you|u|ervan|mis\s+ik|am\s+i\s+missing)"
    r"(?:\s+\w+){0,2}\s*\?$",
    re.IGNORECASE,
)
# Closing words after agreeing, not a measure: "dank je wel, hier kan ik mee verder", "thanks,
# this helps".
# Saying that what is there is enough ("dit is genoeg", "that's enough", "dan is het compleet"):
# one phrase, closing a list of options (CLOSING_RE) or, as a whole message, the conversation at any
# step (ENOUGH_RE: "ok, dit is genoeg voor mijn sessiebrief").
_ENOUGH = (
    r"(?:(?:dit|dat|this|that|het|it)(?:'s|\s+is)\s+(?:wel\s+|nu\s+|now\s+)?(?:genoeg|enough|"
    r"voldoende|plenty|compleet|complete)|(?:dan|then)\s+(?:is\s+het|zijn\s+we|ben\s+ik|it'?s|"
    r"we'?re|i'?m|is\s+it)\s+(?:compleet|klaar|rond|af|done|complete|finished|sorted)|"
    r"that\s+completes\s+it)"
)
# Words that close the conversation or a step ("bedankt", "that's all"); also that nothing more
# follows ("verder geen opties meer, dit is het", "no more options, that's it").
CLOSING_RE = re.compile(
    r"\b(?:(?:dank(?:je(?:wel)?|uwel)?|bedankt|thanks?|thank\s+you|thx|merci)\b|"
    r"(?:that|this)\s+covers\s+it|"
    r"dat\s+(?:was\s+het|is\s+alles|dekt\s+het)|that'?s\s+all|(?:hier|daar)\s+kan\s+ik\s+"
    r"(?:mee\s+)?verder|(?:this|that)\s+(?:helps|is\s+helpful)|(?:dit|dat)\s+(?:helpt|is\s+nuttig)|"
    r"(?:dit|dat)\s+is\s+het(?=\s*[.!,]|\s*$)|that'?s\s+it(?=\s*[.!,]|\s*$)|"
    r"(?:geen|no)\s+(?:opties|maatregelen|ideeën|options|measures|ideas)\s+(?:meer|more)\b|"
    r"i\s+can\s+work\s+with\s+(?:this|that)|"
    # the rest left as it stands, after a last measure ("Verder prima zo.", "otherwise fine")
    r"(?:(?<=^)|(?<=verder\s)|(?<=otherwise\s)|(?<=for\s\w{3}\s))(?:prima|goed|fine)\s+(?:zo|as\s+is)"
    r"(?=\s*[.!,]|\s*$)|" + _ENOUGH + ")",
    re.IGNORECASE,
)
ENOUGH_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|ja|yes|goed|prima|nou|so|well|fine)[,!.]?\s+)?"
    + _ENOUGH
    + r"(?:\s+(?:zo|so|hoor|wel|denk ik|i think))?(?:\s+(?:voor|for)\s+(?:mij|me|nu|now|"
    r"vandaag|today|mijn|my|onze|our)\b[^.?!]{0,40})?\s*[.!]?$",
    re.IGNORECASE,
)
