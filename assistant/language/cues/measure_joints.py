"""Cue words for the joints within and between handling options (Dutch and English): a part
after a comma, "en"/"and" or a full stop that goes on with the measure before instead of
naming one of its own (a reason, a condition, where it is laid down or put, "dat leggen we vast
in het contract", a check or a telling after it, what it is instead of, a verb that shares the
subject before), and a measure named after one before it ("Of een zone zonder camera's?")."""

from __future__ import annotations

import re

# A wish that goes on in the next sentence: "Ik zou willen dat ... . En dat de commissie ...",
# "I'd like ... . And that the board ...".
WISH_GOES_ON_RE = re.compile(r"^(?:en|and|ook|also|plus)\s+(?:dat|that)\s+\w", re.IGNORECASE)
# Words a part after a comma starts with when it goes on with the part before ("..., met uitleg",
# "..., for the staff", "..., zoals ...", "..., it sends you to ..."): no measure of its own in a
# list typed tersely.
LIST_PART_STARTS = frozenset((
    "met", "with", "in", "op", "on", "by", "door", "voor", "for", "zonder", "without", "na",
    "per", "zoals", "like", "bijvoorbeeld", "e.g.", "eg", "dus", "ook", "also", "maar", "but",
    "alleen", "only", "niet", "not", "of", "or", "van", "from", "tot", "to", "at", "bij", "om",
    "geen", "no", "pas", "daarna", "vervolgens", "afterwards", "eerst", "first",
    # what the thing in the measure does instead ("the bot never gives dosages, it sends you
    # to a nurse")
    "it", "instead",
))  # fmt: skip
# A measure named after one before it, as a noun with a joint in front: "Of een zone zonder camera's
# rond scholen?", "En een stukje in de wijkkrant", "or a short course for ...".
MEASURE_GOES_ON_RE = re.compile(
    r"^(?:of|or|en|and|plus|ook|also|daarnaast|verder)\s+(?:(?:misschien|maybe|perhaps|ook|also)"
    r"\s+)?(?:een|a|an)\s+\w",
    re.IGNORECASE,
)
# The speaker's own wish for a measure, also after a joint with the verb first: "verder wil ik
# vastleggen dat ...", "ik wil graag een vast aanspreekpunt", "and I want a free practice day".
OWN_WISH_RE = re.compile(
    r"^(?!.*\b(?:actoren|effecten|waarden|stap|actors|effects|values|step)\b)"  # about the method
    r"(?:(?:en|and|verder|daarnaast|ook|also|plus|further(?:more)?|tot\s+slot|finally)\s*,?\s+)?"
    r"(?:(?:ik\s+wil|wil\s+ik|we\s+willen|wij\s+willen|willen\s+we|i\s+want|we\s+want|i'?d\s+want|"
    # "wat ik zelf zou willen is dat ...", "ik zou graag willen dat ...", "what I'd want is ..."
    r"wat\s+(?:ik|wij|we)\s+(?:(?:zelf|graag|echt|eigenlijk)\s+)?(?:(?:zou|zouden)\s+)?"
    r"(?:graag\s+)?(?:wil|willen|nodig\s+(?:heb|hebben))(?:\s+is)?|"
    r"ik\s+zou\s+(?:(?:ook|zelf|graag)\s+)*willen|"
    r"what\s+(?:i|we)(?:'d|\s+would)?\s+(?:really\s+)?(?:want|like|need)(?:\s+is)?)"
    r"\s+(?:(?:ook|graag|nog|er|also|still|really|to)\s+)*(?:vastleggen|afspreken|regelen|invoeren|"
    r"lay\s+down|agree|arrange|make\s+sure|ensure|require|introduce|"
    r"(?:een|a|an)\s+\w|(?:dat|that)\s+(?:er|there|de|het|the|een|a|an|elke|every|iedere)\b)|"
    # "I'd also love it if the leaders ...", "I wish we had an agreement ..."
    r"i'?d\s+(?:also\s+|really\s+)?love\s+it\s+if\s+\w|i\s+wish\s+(?:we|there)\b)",
    re.IGNORECASE,
)
# A reason after a measure, not a measure of its own: "..., want veel chauffeurs denken ...",
# "..., because drivers think ...".
REASON_WORDS = r"want|omdat|aangezien|zodat|because|since|so\s+that"
REASON_START_RE = re.compile(rf"^(?:{REASON_WORDS}|as)\b", re.IGNORECASE)
# Where the measure before is laid down, after a comma ("data blijft van ons, vastleggen in het
# contract", "..., written into the contract"): part of that measure, not one of its own.
LAID_DOWN_TAIL_RE = re.compile(
    r"^(?:(?:en|and|dat|that|this|dit)\s+)?(?:(?:is|wordt|moet|must\s+be|to\s+be)\s+)?"
    r"(?:vastleggen|vastgelegd|vast\s+te\s+leggen|opnemen|opgenomen|written|laid\s+down|put|set\s+down|"
    r"recorded)\s+(?:down\s+)?(?:in|into)\b|"
    # where the speaker wants it ("..., I want that in the model too", "..., dat wil ik in de app")
    r"^(?:(?:i|we)\s+(?:want|would\s+like|'d\s+like)\s+(?:that|it|this|those)\s+(?:also\s+)?"
    r"(?:in|into)|(?:dat|die|dit|het)\s+(?:wil|willen)\s+(?:ik|we|wij)\s+(?:ook\s+)?(?:in|op))\b",
    re.IGNORECASE,
)
# A measure that puts the one before it somewhere, as a part or sentence of its own ("...; that
# goes in the tenant contract", "Dat leggen we vast in het huurcontract.", "We put that in the
# procurement contract too."): an arrangement of its own, that says what it lays down.
PUT_THERE_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:dat|that|this|dit|die|it)\s+(?:(?:also|then|ook|dan)\s+)?"
    r"(?:goes|go|belongs|gaat|komt|hoort|leggen\s+(?:we|wij)\s+(?:ook\s+)?vast|"
    r"zetten\s+(?:we|wij)(?:\s+ook)?|nemen\s+(?:we|wij)\s+(?:ook\s+)?op|"
    r"(?:we|i)\s+(?:also\s+)?(?:put|write|lay\s+down))\s+(?:(?:also|ook)\s+)?(?:in|into)\b|"
    r"^(?:(?:en|and)\s+)?(?:we|wij|i|ik)\s+(?:also\s+|ook\s+)?(?:put|write|lay\s+down|zetten|zet|"
    r"leggen|leg|nemen|neem|schrijven|schrijf)\s+(?:that|this|it|dat|dit|het)\s+(?:also\s+|ook\s+)?"
    r"(?:vast\s+)?(?:in|into|op)\b",
    re.IGNORECASE,
)
# Where the measure before is put, by a pronoun for it, as a clause after a comma, "and" or a
# full stop ("..., we write that into the watch plan", "..., and that goes into the protocol",
# "..., build that into the check", "..., dat moet de leverancier in de software regelen", "..., en
# we publiceren dat"): part of that measure, not one of its own, and of that measure's kind. Not
# a contract or an agreement with another party ("..., and we put that in the contract with the
# supplier"): an arrangement of its own around the technology (environment).
_PLACING_VERBS = (
    r"(?:write|put|build|bake|include|lay\s+down|set\s+down|publish|practi[sc]e|train|drill|"
    r"arrange)"
)
_DUTCH_PLACING = (
    r"(?:zetten|zet|schrijven|schrijf|leggen|leg|bouwen|bouw|publiceren|publiceer|"
    r"oefenen|oefen|regelen|regel|trainen|train|opnemen|vastleggen|afspreken|spreken)"
)
_BACK = r"(?:that|this|it|those|them)"
_DUTCH_BACK = r"(?:dat|dit|het|die|deze)"
_REST = r"(?:\s+[\w'./-]+){0,8}\s*[.!]*$"
# Where it goes, after the pronoun: nothing ("we publish that"), or a place ("into the plan").
_PLACE_REST = (
    r"(?:\s+(?:also|too|as\s+well))?(?:\s*[.!]*$|\s+(?:in|into|on|down|up)\b"
    rf"(?!\s+(?:as\s+well|too|also)\b){_REST})"
)
_DUTCH_PLACE = r"(?:de|het|ons|onze|een|hun)\s+[\w'-]+(?:\s+[\w'-]+)?"
_AGREEMENT = (
    r"(?![^,;]*\b(?:contract\w*|agreements?|overeenkomst\w*|convenant\w*|covenants?|"
    r"concessie\w*|concession\w*|sla)\b)"
)
_PLACED_BACK = (
    rf"{_AGREEMENT}(?:(?:and|en|also|ook|then|dan)\s+)*(?:"
    rf"(?:(?:we|i|they|you|we'll|i'll|we'd|i'd)\s+)?(?:(?:will|would|can|should|must|shall|"
    rf"also)\s+)*{_PLACING_VERBS}\s+{_BACK}\b{_PLACE_REST}|"
    rf"{_BACK}\s+(?:(?:also|then|will|should|must|can)\s+)*(?:goes|go|comes|come|gets|get|is|be)"
    rf"\s+(?:(?:put|written|laid\s+down|included|recorded)\s+)?(?:in|into|on)\b{_REST}|"
    rf"{_DUTCH_BACK}\s+{_DUTCH_PLACING}\s+(?:we|wij|ze|zij|ik)\b{_REST}|"
    rf"{_DUTCH_BACK}\s+(?:nemen|neem)\s+(?:we|wij|ze|zij|ik)\s+(?:ook\s+)?op\b{_REST}|"
    rf"(?:we|wij|ze|zij|ik)\s+{_DUTCH_PLACING}\s+{_DUTCH_BACK}\b{_REST}|"
    rf"{_DUTCH_BACK}\s+(?:komt|gaat)\s+(?:(?:ook|dan|er)\s+)?(?:in|op)\s+{_DUTCH_PLACE}\s*[.!]*$|"
    rf"{_DUTCH_BACK}\s+(?:moet|moeten|wordt|kan|kunnen|zal)\s+(?:\w+\s+){{0,3}}?(?:in|op)\s+"
    rf"{_DUTCH_PLACE}\s+(?:{_DUTCH_PLACING}|gezet|opgenomen|vastgelegd|geregeld|geschreven)"
    r"\s*[.!]*$)"
)
PLACED_BACK_RE = re.compile("^" + _PLACED_BACK, re.IGNORECASE)
# The same at the end of the measure: the kind is that of the measure before it.
PLACED_BACK_TAIL_RE = re.compile(r"(?:\s*,|\s+(?=(?:and|en)\s))\s*" + _PLACED_BACK, re.I)
# A short negated tail after a comma that says what the measure rules out ("the model only
# flags, never rejects", "het systeem signaleert alleen, beslist nooit"): part of that measure.
RULED_OUT_TAIL_RE = re.compile(
    r"^(?:(?:maar|but|en|and)\s+)?(?:[\w'-]+\s+)?(?:never|nooit|not|niet|no\s+longer|"
    r"niet\s+meer)(?:\s+[\w'-]+){0,3}\s*[.!?]*$",
    re.IGNORECASE,
)
# A second question word after "en"/"and" that goes on with the one before ("praten over wanneer
# je de tutor gebruikt en wanneer je een klasgenoot vraagt", "about when to use it and when to
# ask a classmate"): the same measure.
WH_GOES_ON_RE = re.compile(
    r"^(?:wanneer|waar|hoe|waarom|welke|when|where|how|why|which|what)\s+(?:to\s+|je\s+|ze\s+)?\w",
    re.IGNORECASE,
)
# A condition or a reason after a comma that belongs to the measure before it ("..., only if
# the check finds a signal do they visit", "..., alleen als de FG akkoord geeft", "..., too much
# at stake there", "..., te duur voor nu"): part of that measure, no measure of its own.
CONDITION_GOES_ON_RE = re.compile(
    r"^(?:(?:but|maar|en|and)\s+)?(?:only\s+(?:if|when|after|once)|alleen\s+(?:als|wanneer|na|"
    r"indien|nadat)|uitsluitend\s+(?:als|na)|unless|tenzij|mits|provided|as\s+long\s+as|zolang|"
    r"pas\s+(?:als|na|wanneer|nadat))\b|"
    r"^(?:(?:want|omdat|because|since)\s+)?(?:(?:dat|het|that|it)\s*(?:is|'s)\s+)?"
    r"(?:(?:veel|way|much|far)\s+)?(?:te|too)\s+(?:much|many|little|few|veel|weinig|duur|"
    r"expensive|riskant|risky|groot|big|zwaar|heavy|ingewikkeld|complex|complicated|gevoelig|"
    r"sensitive)\b[^,]{0,40}$",
    re.IGNORECASE,
)
# A condition in front of a measure ("if the alert rate goes above ten a day, the supplier ...",
# "als een melder twee keer loos alarm geeft, komt er ..."): part of the measure after the comma.
CONDITION_LEAD_RE = re.compile(
    r"^(?:(?:en|and|maar|but)\s+)?(?:if|when|whenever|once|as\s+soon\s+as|als|wanneer|zodra|"
    r"indien|mocht)\s+\w",
    re.IGNORECASE,
)
# What a measure does instead, after a comma ("..., in plaats van wat iemand zelf zegt",
# "..., instead of the app"): part of that measure.
# What follows from it, too ("..., dan ziet de camera de dieren beter", "..., then nobody ...").
INSTEAD_START_RE = re.compile(
    r"^(?:in\s+plaats\s+van|instead\s+of|rather\s+than|dan|then)\b", re.IGNORECASE
)
# A finite verb that opens a part after "en"/"and" with no subject of its own: it goes on with
# the subject of the clause before ("centralisten mogen overrulen en krijgen daar een training
# in", "the guards may stop it and are trained for that"); no imperative ("and get ...").
SHARED_SUBJECT_VERBS = frozenset((
    "krijgen", "krijgt", "mogen", "mag", "kunnen", "kan", "moeten", "moet", "gaan", "gaat",
    "zijn", "is", "hebben", "heeft", "worden", "wordt", "houden", "houdt", "volgen", "volgt",
    "leren", "leert", "ontvangen", "ontvangt", "are", "can", "may", "must", "will", "receive",
    "receives", "gets", "has", "have", "learn", "learns", "follow", "follows",
))  # fmt: skip
# People named as a label before a measure for them ("en voor de chauffeurs: ...", "for visitors
# in a wheelchair: ...", "en iets voor de klantmanagers: ...").
# What a measure is instead of, at its end ("een training om het gesprek te voeren ipv te
# controleren", "..., rather than checking on them"): what it replaces tells no direction.
INSTEAD_TAIL_RE = re.compile(
    r"[\s,]+(?:ipv|i\.p\.v\.|in\s+plaats\s+van|instead\s+of|rather\s+than)\b.*$", re.I
)
FOR_PEOPLE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|plus)\s+)?(?:(?:iets|something|nog\s+iets|een\s+optie)\s+)?(?:voor|for)\s+\w",
    re.IGNORECASE,
)
# A check on what the measure before does, after "and"/"en" ("drop age as an input and check what
# that does to accuracy", "haal de leeftijd eruit en kijk wat dat doet met de score"): part of
# that measure.
_FOLLOW_UP_CHECK = (
    r"(?:(?:then|dan|daarna|afterwards)\s+)?(?:check|see|look\s+at|kijk|bekijk|test|meet|"
    r"measure|monitor|evalueer|evaluate|track|volg)\s+(?:what|how|wat|hoe|whether|if|of)\s+"
    r"(?:that|this|dat|dit|het|it)\b"
)
FOLLOW_UP_CHECK_RE = re.compile("^" + _FOLLOW_UP_CHECK, re.IGNORECASE)
# The same check at the end of the measure: the kind is that of the measure before it.
FOLLOW_UP_TAIL_RE = re.compile(r",?\s+(?:and|en)\s+" + _FOLLOW_UP_CHECK + ".*$", re.IGNORECASE)
# Telling people of the measure before, by a pronoun ("..., and tell clients that", "and inform
# the parents about it", "en dat ook aan de cliënten vertellen", "en laten de ouders dat weten"):
# part of that measure, no measure of its own.
# What the measure before never gives, as a bare noun after "and" ("the model gives a confidence
# level and never a single region", "het model geeft een kans en nooit één regio"): part of it.
NEVER_THING_RE = re.compile(
    r"^(?:never|nooit)\s+(?:a|an|one|een|één|the|de|het)\s+(?:\w+\s+)?\w+\s*[.!]*$", re.I
)
_TELLS_BACK = (
    r"(?:(?:tell|inform|notify|vertel|informeer)\b"
    r"[^.,;]{0,40}?\b(?:that|this|it|about\s+(?:it|that|this)|dat|dit|het|daarover|erover)|"
    r"(?:dat|dit|het)\s+(?:ook\s+)?(?:aan\s+[^.,;]{1,30}\s+)?(?:vertellen|melden|uitleggen|"
    r"laten\s+weten)|(?:laat|laten)\s+[^.,;]{1,30}\s+(?:dat|dit|het)\s+(?:ook\s+)?weten|"
    r"let\s+[^.,;]{1,30}\s+know(?:\s+about\s+(?:it|that|this))?)\s*[?.!]*$"
)
TELLS_BACK_RE = re.compile(r"^(?:(?:and|en|also|ook|then|dan)\s+)*" + _TELLS_BACK, re.I)
# The same telling at the end of the measure: the kind is that of the measure before it.
TELLS_BACK_TAIL_RE = re.compile(r",?\s+(?:and|en)\s+(?:(?:also|ook)\s+)?" + _TELLS_BACK, re.I)
