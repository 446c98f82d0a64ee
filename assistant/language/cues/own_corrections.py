"""Cue words for what people set right in their own words while they tell effects (Dutch and
English): the words that open a correction ("nee wacht", "hmm, no", "o nee"), the part they
take back ("not ignore,", "niet de IB'er,"), a direction set right after the effect ("..., that's
fine actually", "dus eigenlijk is dat positief"), a direction for the people just named with
what it is ("so for them it's mostly positive: less walking in the mud", "voor hen is het
eigenlijk positief: ...") and a part of the message taken back ("so scratch the officer bit",
"schrap het als nadeel")."""

from __future__ import annotations

import re

from assistant.language.cues.late_edits import PLUS_RE

_LEAD_WORD = (
    r"(?:nee|no|nope|neen|o\s+nee|oh\s+nee|oh\s+no|wacht(?:\s+even)?|wait|hmm+|hm|sorry|oops|"
    r"correctie|correction|even\s+corrigeren)"
)
# A part that holds nothing but the words that open a correction ("Nee wacht", "Hmm, no").
LEAD_ONLY_RE = re.compile(rf"^\W*(?:{_LEAD_WORD}\b[\s,.!:\-]*)+$", re.IGNORECASE)
# The words that open a correction, in front of what is set right ("Hmm, no, not ignore, they
# use it ...", "nee wacht, niet de IB'er, de directeur ..."): "nee/no/wacht/wait" with a comma
# after it, or "nee wacht"; not the "no" of "no staff", nor the "wait" of "wait times".
LEAD_RE = re.compile(
    rf"^\W*(?:(?:{_LEAD_WORD}|eh|uh|ah|oh|o)\s*[,!:\-]*\s+)*?"
    r"(?:(?:nee|no|nope|wacht(?:\s+even)?|wait)\s*[,!:\-]+|(?:nee|no)\s+(?:wacht|wait)\b"
    r"(?:\s+even)?\s*[,!:\-]*)\s*"
    rf"(?:(?:{_LEAD_WORD})\s*[,!:\-]+\s*)*",
    re.IGNORECASE,
)
# The part taken back after the opening words: "not ignore, ...", "niet de IB'er, ...".
TAKEN_BACK_RE = re.compile(
    r"^(?:not|niet|geen)\s+(?P<old>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s*,\s*", re.IGNORECASE
)
_PLUS_WORDS = (
    r"(?:plus|pluspunt|voordeel|positief|positive|upside|benefit|fine|prima|ok|oké|okay|goed|"
    r"good|fijn|great|a\s+good\s+thing|een\s+goed\s+ding|winst|a\s+win)"
)
_MINUS_WORDS = (
    r"(?:min|minpunt|nadeel|negatief|minus|negative|downside|bad|slecht|a\s+problem|"
    r"een\s+probleem|a\s+bad\s+thing|een\s+risico|a\s+risk)"
)
_SOFT = r"(?:(?:juist|wel|best|heel|gewoon|quite|really|just|mostly|partly|deels|vooral|toch)\s+)*"
_ACTUALLY = r"(?:actually|eigenlijk|juist|in\s+fact|toch|after\s+all)"
# A direction set right after the effect it is about, as the last part of a sentence or the
# whole of it ("..., that's fine actually", "that's actually a good thing", "dus eigenlijk is
# dat positief", "dat is eigenlijk prima"): a word that sets it right is needed.
TURN_TAIL_RE = re.compile(
    r"(?:^|[,;:]\s*|\s+-\s+)(?:(?:so|and|but|dus|en|maar)\s+)?(?:"
    rf"{_ACTUALLY}\s+(?:is\s+(?:dat|het)|(?:that|it)\s+is|that'?s|it'?s)\s+{_SOFT}(?:een\s+|an?\s+)?"
    rf"(?P<now1>{_PLUS_WORDS}|{_MINUS_WORDS})|"
    rf"(?:dat|het|that|it)\s+is\s+{_ACTUALLY}\s+{_SOFT}(?:een\s+|an?\s+)?"
    rf"(?P<now2>{_PLUS_WORDS}|{_MINUS_WORDS})|"
    rf"(?:that'?s|it'?s|that\s+is|it\s+is|dat\s+is)\s+{_SOFT}(?:een\s+|an?\s+)?"
    rf"(?P<now3>{_PLUS_WORDS}|{_MINUS_WORDS})\s+{_ACTUALLY})"
    r"\s*[.!]*\s*$",
    re.IGNORECASE,
)
PLUS_WORD_RE = re.compile(rf"^{_PLUS_WORDS}$", re.IGNORECASE)
# A direction for the people just named, then what it is ("so for them it's mostly positive:
# less walking in the mud", "and for them it's actually partly positive: ...", "voor hen is het
# eigenlijk positief: minder ...").
FOR_THEM_RE = re.compile(
    r"(?:^|[,;]\s*)(?:(?:so|and|but|dus|en|maar)\s+)?(?:for|voor)\s+(?:them|those|hen|hun|ze|"
    r"die|deze)\s+(?:it'?s|it\s+is|that'?s|is\s+(?:het|dat))\s+"
    rf"(?:(?:{_ACTUALLY}|mostly|partly|really|vooral|deels|wel|juist|gewoon)\s+)*"
    rf"(?:een\s+|an?\s+)?(?P<now>{_PLUS_WORDS}|{_MINUS_WORDS})\s*[:,\-]\s*(?P<new>.+?)\s*[.!]*$",
    re.IGNORECASE,
)
# An effect moved to other people: "niet de IB'er, de directeur doet die gesprekken", "niet de
# technisch adviseurs krijgen er werk bij, dat zijn de teamleiders die ...", "not the drivers
# get the extra work, it's the planners", "not the nurses, the ward managers do those talks".
MOVED_RE = re.compile(
    r"^(?:not|niet)\s+(?P<old>(?:(?:de|het|the|onze|our)\s+)?[\w'-]+(?:\s+[\w'-]+)?)"
    r"(?P<what>\s+(?:krijgen|krijgt|get|gets|hebben|heeft|have|has|doen|doet|do|does|lopen|"
    r"loopt|dragen|draagt|carry|carries|moeten|moet|must)\b[^,;]*)?\s*[,;:]\s*"
    r"(?:(?:dat|het|it|that)\s+(?:zijn|is|are|'s|was|were)\s+|(?:it'?s|that'?s)\s+|"
    r"(?:maar|but)\s+)?(?P<new>(?:de|het|the|onze|our)\s+[\w'-]+(?:\s+[\w'-]+)??)"
    r"(?=\s+(?:die|dat|who|that|doen|doet|do|does|krijgen|krijgt|get|gets|hebben|heeft|have|"
    r"has|moeten|moet|must|zijn|is|are)\b|\s*$)",
    re.IGNORECASE,
)
# A correction in the middle of a sentence: what went before it in the sentence is taken back
# ("Officers feel the tool takes over, no wait, most of them say it backs them up").
MID_LEAD_RE = re.compile(
    r"[,;:]\s*(?:(?:nee|no|nope|o\s+nee|oh\s+no)\s*[,!]?\s*(?:wacht|wait)|"
    r"(?:wacht|wait)\s*[,!]?\s*(?:nee|no))\b\s*[,:!]?\s*",
    re.IGNORECASE,
)
# The same people again after such a correction ("most of them say ...", "de meesten ...").
SAME_PEOPLE_RE = re.compile(
    r"^(?:(?:most|many|some|a\s+few|all|half)\s+of\s+them|they|ze|zij|de\s+meesten|"
    r"velen|sommigen|een\s+paar|de\s+meeste\s+van\s+hen)\b",
    re.IGNORECASE,
)
# Half of an effect taken back: the thing named is no problem after all ("dat lege huis is niet
# erg", "the empty house isn't a big deal", "die extra klik maakt niet uit").
NOT_SO_BAD_RE = re.compile(
    r"^(?:(?:dat|die|het|de|dit|the|that|this)\s+)?(?P<what>[\w'-]+(?:\s+[\w'-]+){0,4}?)\s+"
    r"(?:(?:is|zijn|are|'s|was)\s+(?:eigenlijk\s+|actually\s+|really\s+)?(?:niet\s+(?:zo\s+)?erg|"
    r"geen\s+(?:probleem|punt|ramp)|not\s+(?:so\s+)?bad|not\s+(?:a|an|that\s+big\s+of\s+a)\s+"
    r"(?:problem|issue|big\s+deal|deal)|no\s+(?:problem|big\s+deal)|fine)|isn'?t\s+(?:so\s+|that\s+)?"
    r"(?:bad|a\s+problem|an\s+issue|a\s+big\s+deal)|maakt\s+niet\s+uit|valt\s+(?:wel\s+)?mee|"
    r"doesn'?t\s+matter|does\s+not\s+matter)\b",
    re.IGNORECASE,
)
# The joints between the parts of an effect, where one part can be taken out.
PART_JOINT_RE = re.compile(r"(\s+(?:of|or|en|and)\s+|,\s+)", re.IGNORECASE)
# A reason set right after checking ("Wait, we checked, it's mostly payment history that drives
# it", "nee wacht, we hebben het nagekeken, ..."): the sentence is the correction, no item.
CHECKED_RE = re.compile(
    r"^(?:we|I|ik|wij)\s+(?:(?:have|hebben|heb)\s+)?(?:(?:het|it|dat|that|even)\s+){0,2}(?:checked|looked|nagekeken|gecheckt|"
    r"gekeken|nagevraagd|asked|verified)\b",
    re.IGNORECASE,
)
# The measure kept although its reason was set right ("But I still want it out", "maar ik wil
# het er toch uit", "I'd still drop it"): no value, no option of its own.
STILL_WANT_RE = re.compile(
    r"^\W*(?:(?:but|maar|and|en)\s+)?(?:I|we|ik|wij)\s+(?:(?:still|toch|nog\s+steeds)\s+)?"
    r"(?:want|wil|willen|would|'d|zou|zouden)\s+(?:[\w']+\s+){0,3}?(?:still|toch|nog\s+steeds)?"
    r"\s*(?:[\w']+\s+){0,2}?(?:out|gone|off|in|uit|weg|eruit|erin|drop|remove|schrappen)\b\W*$",
    re.IGNORECASE,
)
# Who agrees with a direction set right, said alone after it ("vinden ze zelf ook", "zegt de
# teamleider ook", "they agree themselves"): no effect.
AGREED_TOO_RE = re.compile(
    r"^\W*(?:(?:vinden|vindt|zeggen|zegt|denken|denkt)\s+(?:ze|zij|hij|de\s+[\w'-]+|[\w'-]+)\s+"
    r"(?:zelf\s+)?ook|(?:they|he|she|the\s+[\w'-]+)\s+(?:agrees?|say\s+so|says\s+so|think\s+so|"
    r"thinks\s+so)(?:\s+(?:too|themselves|as\s+well))?)\W*$",
    re.IGNORECASE,
)
# People named by mistake, taken back ("Niet de verlofunit trouwens, die heeft er niks mee te
# maken", "not the archive team by the way, they have nothing to do with it"): no effect.
NAMED_BY_MISTAKE_RE = re.compile(
    r"^(?:not|niet)\s+(?:(?:de|het|the)\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?(?:\s+(?:trouwens|overigens|"
    r"btw|by\s+the\s+way|though))?\s*,?\s*(?:(?:die|dat|ze|zij|they|it|he|she|those)\s+)?"
    r"(?:(?:heeft|hebben|has|have)\s+(?:er\s+)?(?:niks|niets|nothing)\s+(?:mee\s+te\s+maken|to\s+do\s+with)|"
    r"(?:noemde|noemden)\s+ik\s+(?:net\s+)?(?:verkeerd|per\s+ongeluk)|"
    r"(?:is|are|was|were)\s+not\s+(?:involved|part\s+of\s+it))",
    re.IGNORECASE,
)
# Someone's word for a direction set right, in the sentence after it ("De commandant, die de
# ploegen indeelt, zegt dat mensen dan beter opletten", "the team leader says they ..."): why it
# was set right, no effect of its own.
SAYS_SO_RE = re.compile(
    r"^(?:(?:en|and|want|because)\s+)?(?:de|het|the|onze|our|mijn|my)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?(?:,[^,]{3,60},)?\s+"
    r"(?:zegt|zei|vindt|says|said|thinks|told\s+me)\s+(?:dat|that|ook|too)?\b",
    re.IGNORECASE,
)
# The people named in a correction, then what they get ("not the case handlers but the
# inspectors who become checkers"): the effect is theirs, the others stay.
WHO_THEN_RE = re.compile(
    r"^(?P<who>(?:(?:de|het|the|onze|our)\s+)?[\w'-]+(?:\s+[\w'-]+)??)\s+(?:who|that|which|die|dat)\s+",
    re.IGNORECASE,
)
# A name read from "for them it's actually partly positive": the pronoun, no actor.
PRONOUN_NAME_RE = re.compile(r"^(?:them|those|hen|hun|ze|die|deze)\b", re.IGNORECASE)
# A part of the message taken back ("so scratch the officer bit", "scratch that part", "schrap
# het als nadeel", "dat stuk over de agenten mag weg").
SCRATCH_RE = re.compile(
    r"(?:^|[,;]\s*)(?:(?:so|and|dus|en)\s+)?(?:scratch|forget|drop|schrap|vergeet|skip)\s+"
    r"(?P<what>(?:the|that|this|het|dat|die|dit)(?:\s+[\w'-]+){0,4}?)"
    r"(?:\s+(?:bit|part|one|thing|point|deel|stuk|punt|als\s+(?:nadeel|min|minpunt|voordeel|"
    r"plus)|as\s+a\s+(?:minus|downside|plus|benefit)))?(?:\s+(?:maar|then|dan|too|ook))?"
    r"\s*[.!]*$",
    re.IGNORECASE,
)
SCRATCH_POINTERS = frozenset(("the", "that", "this", "het", "dat", "die", "dit", "bit", "part",
                              "deel", "stuk", "one", "thing", "point", "punt", "over",
                              "about", "with", "met", "from", "van"))  # fmt: skip


def is_plus(word: str) -> bool:
    """Whether a word of a direction set right is a plus ("fine", "prima", "positief")."""
    return PLUS_WORD_RE.match(word.strip()) is not None or PLUS_RE.match(word.strip()) is not None


_WHO = (
    r"(?!(?:niet|not|eigenlijk|juist|actually|really|maar|but)\b)"
    r"(?:(?:de|het|the|onze|our|hun|their|die|those|alle|all)\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?"
)
_MEANT = r"(?:ik\s+bedoelde|bedoelde\s+ik|ik\s+bedoel|bedoel\s+ik|I\s+meant|I\s+mean)"
_ONLY = r"(?:eigenlijk|juist|actually|really|just|zelf)"
# An effect told of the wrong people, set right by who was meant ("dat van ongerust bellen: ik
# bedoelde de familie, niet de patiënten", "bij dat van de scheiding bedoelde ik niet de
# medewerkers maar de huurders zelf", "the 'stay away' one, I meant the away fans, not the home
# fans", "the button pushers thing is about the lock operators, not about the skippers", "het
# nadeel ligt niet bij de advocaten zelf, ik bedoelde de verdachten"): ``new`` the people meant,
# ``old`` the people named before; not "niet alleen" (more people, not others).
MEANT_OTHERS_RES = (
    re.compile(
        rf"\b{_MEANT}\s+(?:{_ONLY}\s+)?(?P<new>{_WHO})\s*(?:,\s*|\s+)(?:en\s+|and\s+)?(?:niet|not|"
        rf"rather\s+than|instead\s+of|in\s+plaats\s+van)\s+(?:(?:over|about|voor|for)\s+)?"
        rf"(?P<old>{_WHO})(?:\s+{_ONLY})?\s*(?:[,;:.!?]|$)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_MEANT}\s+(?:{_ONLY}\s+)?(?:niet|not)\s+(?!alleen\b|only\b|just\b)(?P<old>{_WHO})"
        rf"(?:\s+{_ONLY})?\s*,?\s+(?:maar|but)\s+(?:{_ONLY}\s+)?(?P<new>{_WHO})"
        rf"(?:\s+{_ONLY})?\s*(?:[,;:.!?]|$)",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:is|gaat|was|are)\s+(?:(?:eigenlijk|actually|really)\s+)?(?:about|over|for|voor)\s+"
        rf"(?P<new>{_WHO})\s*,?\s+(?:en\s+|and\s+)?(?:niet|not)\s+(?:(?:about|over|for|voor)\s+)?"
        rf"(?P<old>{_WHO})(?:\s+{_ONLY})?\s*(?:[,;:.!?]|$)",
        re.IGNORECASE,
    ),
    re.compile(
        r"(?:\b(?:het|dat|dit|the|that|this)\s+(?:nadeel|voordeel|effect|probleem|downside|upside|"
        r"benefit|problem)\s+(?:ligt|zit|is|lies)\s+niet\s+bij\s+|\bnot\s+(?:with|for)\s+)"
        rf"(?P<old>{_WHO})(?:\s+{_ONLY})?\s*,\s*{_MEANT}\s+(?P<new>{_WHO})\s*(?:[,;:.!?]|$)",
        re.IGNORECASE,
    ),
)
# The words that point at the effect set right, before who was meant ("dat van", "the ... one"):
# no key words of it.
POINTER_WORDS = frozenset((
    "dat", "die", "van", "het", "bij", "met", "over", "the", "one", "thing", "bit", "part",
    "about", "sorry", "wacht", "nee", "correctie", "correction", "just", "sure", "and", "en",
    "with", "wait", "that", "this", "dit", "deze", "laatste", "last", "effect", "stuk", "punt",
))  # fmt: skip
# What the people meant get, after a colon, with a pronoun for them ("...: die kunnen het bewijs
# niet laten controleren", "...: they can't check the evidence").
THEN_THEY_RE = re.compile(
    r"^:\s*(?:die|ze|zij|they|those|these)\s+(?P<what>[^.;!?]{8,}?)\s*[.;!?]*$", re.IGNORECASE
)
# A phrase started again at once with other words after a correction ("bij de belastingdienst...
# nee sorry, bij het waterschap", "at the tax office - no wait, at the water board", "de
# leraren, ik bedoel de mentoren"): the phrase before the correction is taken back. The new
# phrase opens with the same word as the old; a bare "nee"/"no" counts only after dots or a dash.
# Not after "niet"/"not": "niet de planners, ik bedoelde de teamleiders" moves an item. The phrase
# taken back holds no second opener of its kind: in a list said aloud ("de peuters, de GGD, de
# leerplicht nee sorry ik bedoel de afdeling onderwijs") only the last item goes. A "sorry:"
# before a colon excuses what follows ("nog iets voor de actoren, sorry: de ouders").
_RESTART_OPENERS = (
    r"bij|in|op|voor|van|met|naar|uit|aan|at|on|for|from|with|to|by|de|het|een|the|an?"
)
_RESTART_WORDS = (
    r"(?:(?:nee|no)\s*[,!]?\s*)?(?:sorry|wacht|wait|oops|pardon)|ik\s+bedoel(?:de)?|i\s+mean"
)
RESTARTED_PHRASE_RE = re.compile(
    rf"(?<!\bniet\s)(?<!\bnot\s)(?<!\bgeen\s)\b(?P<opener>{_RESTART_OPENERS})\s+"
    r"(?:(?!\b(?P=opener)\b)[^.!?,;:()\n]){1,60}?\s*"
    rf"(?:(?:\.{{2,}}|…|,|\s[-–—])\s*(?:{_RESTART_WORDS}|nee|no)|\s*,?\s*(?:{_RESTART_WORDS}))"
    r"\b(?!\s*:)[\s,!.]*(?=(?P=opener)\b)",
    re.IGNORECASE,
)
