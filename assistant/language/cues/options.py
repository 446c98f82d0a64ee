"""Handling options: kind labels and how a measure is phrased: instructions, wishes, questions
that propose, commitments, leads and joints between measures (Dutch and English). What decides
an option's kind is in ``option_kinds``; replies among options that name none in ``replies``."""

from __future__ import annotations

import re

from assistant.domain.session import OptionKind
from assistant.language.cues.references import TURNED_DOWN_WORDS

KIND_LABEL_RE = re.compile(
    r"^\s*(?P<label>ontwerp|techniek|technologie|design|technology|omgeving|context|environment|"
    r"mens|gebruiker|human|user|people|organisatie|organisation|organization|techniek zelf|"
    r"technisch|technical|afspraken|beleid|regels|policy|rules|agreements|governance|"
    r"organisatorisch|organisational|organizational|opleiding|training|rule|regel|contract)"
    r"\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# Such a label after "en"/"and" in a sentence among options ("En technisch: een controle zonder
# bevinding ...", "and policy: ..."): the kind of what follows.
JOINED_KIND_LABEL_RE = re.compile(
    r"^\s*(?:en|and|ook|also|plus|verder)\s+" + KIND_LABEL_RE.pattern.removeprefix(r"^\s*"),
    re.IGNORECASE,
)
# Kind labels that also label the case ("Context: ...", "Technologie: ...", "Gebruikers: ..."):
# kind labels only once the values are past.
CASE_LABELS = frozenset((
    "context", "technologie", "technology", "organisatie", "organisation", "organization",
    "gebruiker", "user", "people", "techniek", "mens",
))  # fmt: skip
KIND_LABELS: dict[str, OptionKind] = {
    "ontwerp": "design", "techniek": "design", "technologie": "design", "design": "design",
    "technology": "design", "omgeving": "environment", "context": "environment",
    "environment": "environment", "mens": "human", "gebruiker": "human", "human": "human",
    "user": "human", "people": "human", "organisatie": "environment",
    "organisation": "environment", "organization": "environment", "techniek zelf": "design",
    "technisch": "design", "technical": "design", "afspraken": "environment",
    "beleid": "environment", "regels": "environment", "policy": "environment",
    "rules": "environment", "agreements": "environment", "governance": "environment",
    "organisatorisch": "environment", "organisational": "environment",
    "organizational": "environment", "opleiding": "human", "training": "human",
    "rule": "environment", "regel": "environment", "contract": "environment",
    "afspraak": "environment", "agreement": "environment",
}  # fmt: skip
# A kind named in brackets after a measure ("delete raw plates at the camera (design)", "een
# cursus (mens)"): the measure's kind, not part of its text.
_BRACKET_KIND = (
    r"\((?P<label>ontwerp|techniek|technologie|design|technology|omgeving|context|environment|"
    r"mens|gebruiker|human|user|people|organisatie|organisation|organization|afspraak|afspraken|"
    r"beleid|policy|agreement|rules|regels)(?:\s*[/+&]\s*[\w ]{2,20})?\)"
)
KIND_TAIL_RE = re.compile(r"\s*" + _BRACKET_KIND + r"\s*[.!]?\s*$", re.IGNORECASE)
# Such a kind before the next measure of a list ("... (design), a written agreement ..."): where
# one measure ends.
KIND_THEN_NEXT_RE = re.compile(
    _BRACKET_KIND + r"\s*[,;]\s*(?:(?:and|en|plus|&)\s+)?", re.IGNORECASE
)
# An opinion or addition in front of a measure, not part of it: "ik zou zelf zeggen dat een
# notulist ...", "en zelf zou ik zeggen: ...", "I'd say ...", "also: ...".
OPINION_LEAD_RE = re.compile(
    r"^(?:(?:goed|prima|ok[eé]?|okay|ja|yes|good|fine|mooi)\s*[,!.]?\s+)?"
    r"(?:(?:en|and|ook|also|maar|but)\s*[:,]?\s+)?(?:(?:ik|wij|we)\s+zou(?:den)?\s+(?:zelf\s+)?"
    r"zeggen|(?:zelf\s+)?zou\s+ik\s+(?:zelf\s+)?zeggen|i'?d\s+say|i\s+would\s+say|ik\s+denk|"
    r"i\s+think|volgens\s+mij|mijn\s+voorstel\s+is|my\s+suggestion\s+is|ik\s+stel\s+voor|"
    r"i\s+suggest|ik\s+zou\s+(?:zelf\s+)?(?:ook\s+)?(?:graag\s+)?willen|i\s+would\s+(?:also\s+)?like|i'?d\s+(?:also\s+)?like|i'?m\s+thinking\s+(?:of|about)|"
    r"i\s+am\s+thinking\s+(?:of|about)|(?:ik\s+)?denk\s+(?:ik\s+)?aan|"
    r"(?:zelf\s+)?dacht\s+ik\s+(?:zelf\s+)?(?:al\s+)?(?:aan\s+)?|ik\s+dacht\s+(?:zelf\s+)?(?:al\s+)?"
    r"(?:aan\s+)?|i\s+(?:already\s+)?thought(?:\s+of)?)\s*(?:,\s*)?(?:dat\s+|that\s+)?[:,]?\s*|"
    r"^(?:en|and|ook|also|plus)\s*:\s*|"
    r"^(?:(?:ik|we|wij)\s+dacht(?:en)?|(?:i|we)\s+(?:was|were)\s+thinking|(?:i|we)\s+thought)"
    r"\s*:\s*|"  # "I was thinking: only use ...", "ik dacht: ..."
    r"^(?:en|and|plus)\s+(?:(?:ook|also)\s+)?(?=\w)|"  # "and stewards who ...": the measure itself
    # an afterthought: "oja en de patient mag ...", "oh and also ...", "o ja, nog ..."
    r"^(?:oja|ohja|o\s+ja|oh\s+ja|oh|o)\s*[,!.]?\s+(?:(?:en|and|ook|also|nog)\s+)*(?=\w)",
    re.IGNORECASE,
)
# Words that announce the speaker's own addition or plan, in front of the measure: "zelf wil ik
# nog toevoegen dat ...", "add one from me, ...", "I'd add that ...", "ok dan doen we dit: ...",
# "here's what we'll do: ..."; alone they name no measure.
ADDING_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ook|also|ok[eé]?|okay|dan|then|so|dus|akkoord|agreed|prima|fine|goed|good|ja|"
    r"yes|sure)\s*,?\s+)*(?:"
    r"(?:zelf\s+)?(?:wil|zou)\s+ik\s+(?:er\s+)?(?:zelf\s+)?(?:graag\s+)?(?:nog|ook)?\s*"
    r"(?:iets\s+|een\s+)?toevoegen|ik\s+(?:wil|zou)\s+(?:er\s+)?(?:zelf\s+)?(?:graag\s+)?"
    r"(?:nog|ook)?\s*(?:iets\s+|een\s+|eentje\s+)?(?:aan\s+)?(?:toevoegen|aanvullen)|"
    r"(?:voeg|zet)\s+(?:er\s+)?(?:nog\s+)?(?:een|eentje)\s+(?:van\s+mij|van\s+mezelf)(?:\s+"
    r"(?:toe|bij))?|nog\s+(?:een|eentje)\s+van\s+mij|"
    r"i'?d\s+(?:also\s+)?(?:like\s+to\s+)?add|i\s+(?:would|want\s+to|wanna)\s+(?:also\s+)?add|"
    r"let\s+me\s+add|add\s+(?:one|another)\s+(?:more\s+)?(?:from\s+me|of\s+my\s+own|of\s+mine)|"
    r"(?:and\s+)?one\s+more\s+(?:from\s+me|of\s+my\s+own)|"
    r"(?:dan\s+)?doen\s+we\s+(?:dit|het\s+volgende)|dit\s+gaan\s+we\s+doen|"
    r"here'?s\s+what\s+we'?(?:ll|re\s+going\s+to)\s+do|we'?ll\s+do\s+(?:this|the\s+following)|"
    r"(?:this|that)\s+is\s+what\s+we'?ll\s+do|(?:add|voeg\s+(?:nog\s+)?toe)(?=\s*:))"
    r"\s*(?:[:,]\s*|\s+(?:dat|that)\s+|$)",
    re.IGNORECASE,
)
# What the speaker's team already had in mind, in front of the measure ("we were thinking the list
# only advises", "wij dachten zelf aan een folder", "we zaten te denken aan ..."): no part of it.
THOUGHT_LEAD_RE = re.compile(
    r"^(?:(?:so|and|en|dus|nou)\s*,?\s+)?(?:we\s+(?:were|are)\s+thinking|we'?re\s+thinking|"
    r"wij?\s+(?:dachten|denken)(?:\s+zelf)?(?:\s+al)?|we\s+zaten\s+te\s+denken)"
    r"(?:\s+(?:of|about|that|aan|dat))?\s*:?\s+(?=\w)",
    re.IGNORECASE,
)
# One measure of the speaker's own, announced before a colon ("ik heb er zelf al een: ...", "eentje
# van mij: ...", "one from me: ...", "and another one: ...", "I have one myself: ..."): the lead
# names no measure; what follows the colon is the option.
OWN_ONE_LEAD = (
    r"(?:ik\s+heb\s+er\s+(?:zelf\s+|ook\s+|al\s+|nog\s+)*(?:een|eentje|\xe9\xe9n)"
    r"(?:\s+van\s+mezelf)?|(?:nog\s+)?(?:een|eentje|\xe9\xe9n)\s+van\s+(?:mij|mezelf)|"
    r"i\s+(?:already\s+)?have\s+one(?:\s+myself|\s+of\s+my\s+own)?|i'?ve\s+got\s+one"
    r"(?:\s+myself|\s+of\s+my\s+own)?|(?:one|another(?:\s+one)?)\s+(?:from\s+me|of\s+my\s+own|"
    r"of\s+mine)|mine|(?:en\s+)?(?:die\s+)?van\s+mij(?:zelf)?|(?:and\s+)?my\s+own(?:\s+ones?)?)"
)
# A lead that announces the options that follow, before a colon or a dash ("Opties:", "Voor
# opties:", "Options -", "Opties die ik zelf zie:", "What I'd propose:", "Wat ik zou willen:",
# "Zelf:", "Mijn ideeën:", "Ik neem over:"): no part of the first measure (its words, "zelf"
# among them, would decide its kind).
# A word that agrees or goes on, with a colon, in front of the first measure ("ok: voice
# option on the tablet", "oké, dus: ...", "right so: ..."): no part of the measure.
AGREEING_COLON_LEAD_RE = re.compile(
    r"^(?:ok[eé]?|okay|oke|prima|goed|right|fine|alright|nou|so|dus|well)(?:[,\s]+(?:so|dus|"
    r"then|dan))?\s*:\s*",
    re.IGNORECASE,
)
# Owners named with announced measures ("..., with who would own them:", "with owners:", "met
# wie het oppakt:", "met eigenaar:"): part of the lead; the owners follow each measure.
OWNERS_NAMED = (
    r"(?:\s*,?\s*(?:with|met)\s+(?:who(?:\s+would)?\s+(?:own|owns|take|takes)\s+(?:them|it|each)|"
    r"(?:their\s+|an?\s+|hun\s+|een\s+)?(?:owners?|eigenaars?|eigenaren|trekkers?)(?:\s+each)?|"
    r"wie\s+(?:ze|het|dat)\s+(?:oppakt|oppakken|trekt|doet)))?"
)
ANNOUNCING_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ok[eé]?|okay|so|dus|nou|well|dan|then)\s*,?\s+)?(?=[^:]{0,80}?[:\u2013-])"
    r"(?:(?:voor\s+|for\s+|as\s+|als\s+)?(?:de\s+|the\s+|mijn\s+|my\s+|onze\s+|our\s+)?"
    r"(?:[a-z]+'s\s+)?"  # "the group's ideas"
    r"(?:handelings)?(?:opties?|options?|maatregelen|measures|idee(?:[eë]n)?|ideas?|voorstel(?:len)?|"
    r"proposals?|suggesties|suggestions)(?:\s+(?:die|that|which|van|from|of)\s+[^:\u2013-]{0,30}?|"
    r"\s+(?:the|de|het|we|wij|they|ze|zij)\s+[^:,\u2013-]{0,30}?)?"  # "options the group floated"
    + OWNERS_NAMED
    + r"|"
    r"(?:wat|what)\s+(?:ik|i|we|wij)(?:'d|'ll)?\s+[^:\u2013-]{0,30}?|zelf|myself|ik\s+neem\s+over|"
    r"(?:ik\s+)?denk\s+(?:ik\s+)?(?:zelf\s+|ook\s+)?aan|(?:we|wij)\s+denken\s+(?:zelf\s+|ook\s+)?aan|"
    r"i'?m\s+(?:also\s+)?thinking\s+of|we'?re\s+(?:also\s+)?thinking\s+of|"
    r"maak\s+er(?:\s*van)?|vervang\s+(?:het|die|dat|hem)(?:\s+maar)?\s+door|replace\s+(?:it|that|them)"
    r"\s+with|make\s+it|change\s+it\s+to|"
    r"i\s+(?:would\s+)?think\s+of|(?:zelf\s+)?dacht\s+ik\s+(?:zelf\s+)?(?:al\s+)?aan|"
    r"ik\s+dacht\s+(?:zelf\s+)?(?:al\s+)?aan|i'?ll\s+take|another\s+one|"
    + OWN_ONE_LEAD
    + r")\s*(?::|\s[\u2013-])\s*",
    re.IGNORECASE,
)
# Proposals turned down by number among those taken ("1 en 2 zijn goed, 3 niet", "not 3", "4
# liever niet"): no measure.
REJECTED_NUMBERS_RE = re.compile(
    r"^(?:(?:maar|but|en|and)\s+)?(?:(?:nummer|number|nr)\.?\s*)?\d{1,2}(?:\s*(?:,|en|and|&)\s*"
    r"\d{1,2})*\s+(?:(?:liever|rather|even|gewoon)\s+)?(?:"
    + TURNED_DOWN_WORDS
    + r"|doen\s+we\s+niet)"
    r"[\s.!]*$|^(?:(?:maar|but|en|and)\s+)?(?:niet|not|geen|no|skip)\s+(?:(?:nummer|number|nr)"
    r"\.?\s*)?\d{1,2}(?:\s*(?:,|en|and|&)\s*\d{1,2})*[\s.!]*$",
    re.IGNORECASE,
)
# A proposal turned down by number with its reason after it ("2 nee, geen toestemming vragen, dat
# werkt niet", "no to 3, we're not putting that in the contract"): the lead; what follows is the
# reason, no measure, unless it offers something instead (``COUNTER_LEAD_RE``).
_SENTENCE_START = r"(?:(?<=^)|(?<=[.;!?]\s)|(?<=\n))"
_NUMBERS = (
    r"(?:(?:nummer|number|nr|voorstel|proposal)\.?\s*)?\d{1,2}(?:\s*(?:,|en|and|&)\s*\d{1,2})*"
)
REFUSED_NUMBER_LEAD_RE = re.compile(
    _SENTENCE_START
    + r"(?:(?:maar|but|en|and)\s+)?(?:"
    + _NUMBERS
    + r"\s+(?:(?:liever|rather|gewoon)\s+)?"
    + TURNED_DOWN_WORDS
    + r"|(?:nee|no|niet|not)\s+(?:to|op|voor|for)?\s*"
    + _NUMBERS
    + r")"
    r"\s*[,:;\u2013-]\s*",
    re.IGNORECASE,
)
# A measure of the speaker's own list turned down in it, with or without its reason ("een grote
# voorlichtingscampagne niet, te duur", "no to a separate entrance for children, too complicated",
# "een training voor docenten doen we niet, die hebben ...", "an app we won't do"): no measure.
REFUSED_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ok|oh|o)\s*,?\s+)*(?:(?:(?:no|nee|niet)\s+(?:to|tegen)\s+[^,.;:]{3,80}|"
    r"(?:een|de|het|a|an|the)\s+[^,.;:]{3,60}?\s+(?:doen\s+we\s+niet|hoeft\s+niet|"
    r"willen\s+we\s+niet|komt\s+er\s+niet|we\s+won'?t\s+do|we'?re\s+not\s+doing|is\s+not\s+"
    r"needed|isn'?t\s+needed|is\s+niet\s+nodig))(?:\s*[,;:\u2013-]\s*[^.!?]{0,120})?|"
    # a measure named with "a" and turned down with why ("een campagne niet, te duur")
    r"(?:een|a|an)\s+[^,.;:]{3,50}?\s+(?:niet|not)\s*[,;:\u2013-]\s*(?:(?:veel|way|much|far|"
    r"gewoon|just)\s+)?(?:te|too)\b[^.!?]{0,100})[\s.!]*$",
    re.IGNORECASE,
)
COUNTER_LEAD_RE = re.compile(
    r"^(?:(?:maar|but)\s+)?(?:liever|rather|instead|in\s+plaats\s+daarvan|wel|beter|better)\b[\s,:]*"
    r"|^(?:maar|but)\s+",
    re.IGNORECASE,
)
# A proposal taken with a change ("3 anders: ...", "1 partly: ...", "2 aangepast - ..."): the
# changed version is the measure; the lead goes.
CHANGED_NUMBER_LEAD_RE = re.compile(
    _SENTENCE_START
    + _NUMBERS
    + r"\s+(?:anders|aangepast|deels|gedeeltelijk|half|partly|partially|changed|"
    r"modified|adjusted|met\s+(?:een\s+)?aanpassing|with\s+(?:a\s+)?change)\s*[,:;\u2013-]\s*",
    re.IGNORECASE,
)
# A number in front of a measure in a list typed on one line ("1) de bot ...", "2. ...").
NUMBER_LEAD_RE = re.compile(r"^\(?\d{1,2}[).]\s+")
# A dash or pluses between measures in a line typed as chat ("tune it ... - no storing footage
# ... - controllers decide", "calibrate ... + publish ... + crews get ..."): each part a measure
# of its own.
DASH_JOINT_RE = re.compile(r"\s+[\u2013\u2014+-]\s+")
# A plus within one measure ("tablet gets voice + pictograms, and ...", "a letter + a page on
# the site"): one alone, or too few words on either side of it up to a comma.
PLUS_JOINT_RE = re.compile(r"\s+\+\s+")
# A measure told as a wish or a hedge: "zou mooi zijn als er ...", "it would be good if there
# was ...", "misschien ...", "maybe ..."; the wish is no part of the measure.
WISH_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|besides|plus)\s*,?\s+)?"  # "daarnaast zou het ..."
    r"(?:(?:het|dat|it|that)\s+)?(?:zou|would)\s+(?:(?:het|dat|'t)\s+)?(?:be\s+)?"
    r"(?:(?:echt|really|wel)\s+)?(?:mooi|fijn|goed|"
    r"beter|handig|prettig|good|nice|great|better|helpful)\s+(?:zijn\s+)?(?:be\s+)?(?:als|if)\s+"
    r"(?:(?:er|there)\s+(?:(?:was|were|is|would\s+be|could\s+be)\s+)?)?|"
    r"^(?:misschien|wellicht|eventueel|maybe|perhaps|possibly)\s*,?\s+(?:ook\s+|also\s+)?"
    r"(?:(?:iets|something)\s+(?:met|als|zoals|with|like)\s+(?:dat\s+|that\s+)?)?",
    re.IGNORECASE,
)
# A measure asked as a question ("could we let tenants see their score?", "kunnen we de
# huurders hun score laten zien?"): the measure is what follows the question words.
QUESTION_LEAD_RE = re.compile(
    r"^(?:(?:and|also|so|or|en|ook|of)\s*,?\s+)?(?:(?:is|would)\s+it\s+(?:be\s+)?possible\s+"
    r"to\s+|(?:is|zou)\s+het\s+(?:niet\s+)?mogelijk\s+(?:zijn\s+)?om\s+|"
    r"(?:could|can|should|shall|might|couldn'?t|can'?t|shouldn'?t|cld)\s+we\s+"
    r"(?:(?:maybe|perhaps|also|just|simply)\s+)?(?!not\b)|what\s+if\s+we\s+|how\s+about\s+|"
    r"what\s+about\s+|(?:kunnen|zouden|moeten)\s+(?:we|wij|jullie)\s+"
    r"(?:(?:misschien|ook|daarnaast|verder|ernaast|dan|niet|gewoon|simpelweg)\s+)*"
    r"(?!.*\bniet\b))",
    re.IGNORECASE,
)
# A modal left before the closing verbs of a Dutch measure once its question words are gone
# ("... hun score kunnen laten zien" -> "... hun score laten zien").
CLOSING_MODAL_RE = re.compile(r"\s+(?:kunnen|moeten)(?=(?:\s+\w+en){1,2}\s*[?.!]*$)", re.I)
# The speaker's own wish before a measure named by a noun ("I want a free practice day for ...",
# "ik wil graag een vast aanspreekpunt"): the wish is no part of the measure; the article stays.
OWN_WISH_LEAD_RE = re.compile(
    r"^(?:ik\s+wil|wil\s+ik|we\s+willen|wij\s+willen|i\s+want|we\s+want|i'?d\s+(?:like|want)|"
    r"i\s+would\s+like|we'?d\s+like|we\s+would\s+like|"
    # "wat ik graag zou willen is een ...", "what we need is a ..."
    r"(?:wat|what)\s+(?:ik|we|wij|i)\b[^?,.]{0,30}?\b(?:wil|willen|wens|wensen|nodig\s+heb|"
    r"nodig\s+hebben|like|want|need|love)\s+(?:is|was))\s+(?:(?:ook|graag|nog|zelf|also|still|really|myself)\s+)*"
    r"(?=(?:een|a|an)\s+\w)",
    re.IGNORECASE,
)
# The speaker taking back the measure just said, within one message ("a letter to residents, no
# wait, that's not right, it should be ...", "camera's bij de ingang, nee, gewoon helemaal
# niet", "..., scratch that, ..."): that measure is not meant; what follows may replace it.
RETRACTION_RE = re.compile(
    r"[\s,;:.!\u2013\u2014-]*\b(?:(?:no|nee|nope)\s*[,.!]?\s*(?:(?:wait|wacht)|scratch\s+that|"
    r"ik\s+bedoel|i\s+mean|i\s+meant|"
    r"forget\s+that|laat\s+maar|vergeet\s+dat(?:\s+maar)?|(?:gewoon\s+)?helemaal\s+niet|"
    r"not\s+at\s+all|toch\s+niet|eigenlijk\s+niet|actually\s+not)|(?:wait|wacht)\s*,\s*(?:no|nee)|"
    r"scratch\s+that|strike\s+that|forget\s+that|never\s*mind)(?=\s*[,;:.!\u2013\u2014-]|\s*$)"
    r"(?:[\s,;:.!\u2013\u2014-]*(?:that'?s|that\s+is|dat\s+is|dat\s+klopt|klopt)\s+(?:not\s+right|"
    r"wrong|niet(?:\s+goed|\s+juist)?|fout)\b)?[\s,;:.!\u2013\u2014-]*",
    re.IGNORECASE,
)
# A doubt about the measure just asked, after it ("..., or would that kill the point?", "..., of
# is dat te veel?", "..., or is that overkill?"): no measure of its own.
DOUBT_TAIL_RE = re.compile(
    r"[\s,;]+(?:or|of)\s+(?:would|wouldn'?t|does|doesn'?t|is|isn'?t|will|won'?t|zou|is|maakt|"
    r"wordt|gaat|werkt)\s+(?:that|this|it|dat|dit|het|'t|t)\b[^.?!]*[?.!]*\s*$",
    re.IGNORECASE,
)
# The same wish after the measure: "..., dat zou mooi zijn", "..., that would be nice".
WISH_TAIL_RE = re.compile(
    r"[\s,]+(?:dat|het|that|it)?\s*(?:zou|would)\s+(?:be\s+)?(?:(?:echt|really|wel)\s+)?(?:mooi|fijn|goed|"
    r"beter|handig|prettig|good|nice|great|better|helpful)\s*(?:zijn|be)?\s*(?:denk ik|i think)?"
    r"[\s.!]*$",
    re.IGNORECASE,
)
# Words that start an instruction or a measure (handling options).
# The speaker's organisation commits to a measure, said past the effects ("also we add a line
# under each answer", "we'll train the staff", "daarnaast zetten we ...", "wij gaan ... sturen").
_WE_VERBS_EN = (
    r"add|put|give|train|offer|limit|publish|inform|ask|send|show|tell|keep|delete|remove|check|"
    r"review|audit|explain|involve|hold|run|write|label|mark|appoint|introduce|set up|build|"
    r"provide|require|report|invite|organi[sz]e|arrange|anonymi[sz]e|blur|encrypt|log"
)
_WE_VERBS_NL = (
    r"voegen|zetten|geven|trainen|bieden|beperken|publiceren|informeren|vragen|sturen|tonen|"
    r"laten|houden|bewaren|verwijderen|wissen|controleren|toetsen|leggen|maken|schrijven|"
    r"vermelden|melden|plaatsen|organiseren|regelen|betrekken|nodigen|spreken|stellen|stoppen|"
    r"beginnen|starten|anonimiseren|versleutelen|evalueren|bespreken|zorgen"
)
COMMITMENT_RE = re.compile(
    r"^(?:(?:en|and|also|ook|daarnaast|verder|then|dan|so|dus|plus)\s*,?\s+)?(?:we|wij)"
    r"(?:'ll)?\s+(?:(?:will|shall|are going to|also|then|always|gaan|zullen|ook|dan|altijd)\s+)*"
    rf"(?:{_WE_VERBS_EN}|{_WE_VERBS_NL})\b"
    rf"|^(?:(?:en|and|ook|daarnaast|verder|dan)\s*,?\s+)?(?:we|wij)\s+(?:gaan|zullen)\s+"
    rf"[^.,;]{{0,60}}\b(?:{_WE_VERBS_NL})\b"
    rf"|^(?:ook|daarnaast|verder|dan|en|bovendien)\s+(?:{_WE_VERBS_NL}|gaan|zullen)\s+(?:we|wij)\b",
    re.IGNORECASE,
)
# Where a commitment goes on with what it says or does ("... saying AI helped draft it"): the
# direction words after it describe the measure, they tell no effect.
COMMITMENT_TAIL_RE = re.compile(
    r"\s(?:saying|stating|that|which|so that|explaining|telling|met de tekst|waarin|dat|die|"
    r"zodat|waarop)\s.*$",
    re.IGNORECASE,
)
OPTION_START_RE = re.compile(
    r"^(?:(?:en|and|also|ook|daarnaast|verder|then|dan)\s+)?(?:we\s+(?:zouden|moeten|"
    r"spreken|could|should|must)\b|(?:laat|zorg|bewaar|verwijder|wis|train|"
    r"leg|spreek|maak|bied|beperk|publiceer|informeer|vraag|geef|zet|voeg|stel|houd|hou|"
    r"toon|gebruik|betrek|regel|organiseer|evalueer|controleer|check|anonimiseer|versleutel|"
    r"let|keep|store|delete|ask|add|train|make|offer|limit|publish|inform|give|set|show|use|"
    r"involve|allow|require|review|audit|explain|tell|provide|remove|encrypt|anonymise|"
    r"anonymize|blur|turn|build|run|hold|create|introduce|appoint|agree|write|check|"
    r"discuss|bespreek|stop|schakel|start|begin|kies|choose|do not|don't|never|nooit|sign|teken|"
    r"put|send|stuur|invite|nodig|appoint|arrange|organi[sz]e|report|rapporteer|"
    r"always|altijd)\b)",
    re.IGNORECASE,
)
# A measure of a subject, then a second measure of the same subject after "en"/"and" ("we
# passen de weging aan en spreken met de leverancier af dat ...", "we zetten het in het script
# en leggen in het contract vast ...", "we'll round the times and ask the vendor to ..."): the
# subject that opens the first, and the verb (for "we" in Dutch its plural) that opens the
# second.
SUBJECT_LEAD_RE = re.compile(
    r"^(?:(?:en|and|dus|so|dan|then|ok[eé]?)\s+)?(?:we|wij|ik|i|we'?ll|we\s+will|we\s+gaan|"
    r"we\s+are\s+going\s+to|we'?re\s+going\s+to|ik\s+ga)\s+\w",
    re.IGNORECASE,
)
NEXT_PREDICATE_RE = re.compile(
    r"^(?:(?:ook|also|dan|then|daarnaast)\s+)?(?:leggen|spreken|maken|bieden|beperken|"
    r"publiceren|informeren|vragen|geven|zetten|voegen|stellen|houden|tonen|gebruiken|"
    r"betrekken|regelen|organiseren|evalueren|controleren|checken|bewaren|verwijderen|wissen|"
    r"trainen|laten|zorgen|sturen|nodigen|kiezen|tekenen|stoppen|schakelen|starten|bespreken|"
    r"passen|bellen|leren|schrijven|melden|ask|agree|put|send|give|offer|train|tell|inform|"
    r"publish|write|add|set|make|arrange|invite|limit|delete|keep|store|check|review|appoint|"
    r"explain|report|involve|hold|run|build|switch|turn)\s+\w",
    re.IGNORECASE,
)
OPTION_CUE_RE = re.compile(
    r"\b(?:moet(?:en)?\s+(?:altijd|kunnen|worden)|mogen\s+(?:altijd|nooit)|spreken\s+af|"
    r"afspraak\s+dat|afspreken|regel\s+dat|rule\s+that|should|must|ought to|we could|"
    r"kunnen we|zouden we|zou je|"
    r"by (?:adding|keeping|using)|door te|optie|option|maatregel|measure|"
    r"in de instellingen|in the settings|altijd\s+\w+\s+kunnen|always be able|"
    r"zou(?:den)?\s+(?:\w+\s+){0,7}moeten|"
    r"(?:need|needs|krijgen|krijgt|get|gets)\s+(?:\w+\s+){0,2}(?:training|coaching|cursus|"
    r"course|scholing|opleiding|begeleiding)|(?:hebben|heeft)\s+(?:\w+\s+){0,2}(?:training|"
    r"coaching|cursus|scholing|opleiding|begeleiding)\s+nodig)\b",
    re.IGNORECASE,
)
# A proposal in the form of a wish or a question: "zouden we niet ... kunnen?", "what if we
# kept ...?", "misschien moeten ...", "it would help if ...", "het lijkt me goed als ...".
SUGGESTION_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ok|oké|oke|nou|well|so|dus|verder|daarnaast|ook|also|further)"
    r"\s*,?\s+)?(?:"
    r"zouden\s+we|zou\s+je|zou\s+het|kunnen\s+we|kunnen\s+ze|kan\s+er|moeten\s+we|"
    r"wat\s+als|wat\s+(?:vind|denk)\s+(?:je|jij|u)\s+van|waarom\s+niet|"
    r"(?:mss|misschien|wellicht|maybe|perhaps)\s+(?:ook\s+|also\s+)?(?:moet|moeten|kunnen|kan|"
    r"zou|zouden|should|could|we|is\s+het|it'?s|een|an?|de|het|the)|"
    r"het\s+zou\s+(?:helpen|goed|fijn|mooi|beter|handig)|het\s+lijkt\s+me|"
    r"(?:would|wouldn'?t|does|doesn'?t|will)\s+it\s+help|helpt\s+het\s+(?:als|om)|"
    r"ik\s+zou\s+graag|ik\s+denk\s+(?:zelf\s+|ook\s+|vooral\s+)?aan|denk\s+(?:ik\s+)?aan|"
    r"i'?m\s+(?:also\s+)?thinking\s+of|"
    r"i\s+(?:would\s+)?think\s+of|"
    r"could\s+we|couldn'?t\s+we|can\s+we|can'?t\s+we|should\s+we|shouldn'?t\s+we|"
    r"(?:can|could|should|kunnen|kan|zou|zouden|moeten)\s+(?:\w+\s+){0,3}(?:niet|not)\b|"
    r"(?:could|can|kan|kunnen|zou|zouden)\s+(?:the|de|het|die|dat|this|dit|onze|our)\s+\w+|"
    r"what\s+if|how\s+about|what\s+about|why\s+not|"
    r"(?:it\s+)?would\s+(?:help|be\s+good|be\s+better|be\s+nice|be\s+great|make\s+sense)|"
    # a measure asked whether it helps: "zou een drempel in de bot helpen?", "would a second
    # check before the letter help?"
    r"(?:zou|zouden|would|could)\s+(?:een|an?)\s+(?:[\w'-]+\s+){1,8}?(?:helpen|help|werken|"
    r"work|schelen)\b|"
    r"would\s+it\s+(?:help|be\s+(?:good|better|wise|an\s+idea))|"
    r"(?:het\s+)?zou\s+(?:mooi|fijn|goed|beter|handig)\s+zijn|"
    r"i'?d\s+like|i\s+would\s+like|i'?d\s+want|we\s+might|we\s+may\s+want|"
    # a need in the conditional: "so we'd need an independent check of ...", "we zouden een
    # onafhankelijke toets nodig hebben"
    r"(?:we|i)(?:'?d|\s+would)\s+(?:(?:also|then|really|probably)\s+)?need\s+(?:an?|the|some)|"
    r"(?:we|wij|ik)\s+zou(?:den)?\s+(?:(?:dan|wel|ook|eigenlijk)\s+)*(?:een|de|het)\s+"
    r"[^.?!]*\bnodig\s+hebben|"
    # asked whether it can be done: "couldn't the vendor add ...", "is it possible to train
    # ...", "cld the algorithm also stop ...", "is het mogelijk om ...", "kan de leverancier ..."
    r"(?:couldn'?t|can'?t|cld|cn|shouldn'?t|shld|konden|kon)\s+(?:the|de|het|die|dat|this|dit|"
    r"onze|our|they|ze|zij|you|jullie)\s+\w+|(?:can|could|kunnen|kan)\s+(?:they|ze|zij|people|"
    r"mensen)\s+\w+|"
    r"(?:is|would)\s+it\s+(?:be\s+)?possible\s+(?:to|that)|"
    r"(?:is|zou)\s+het\s+(?:niet\s+)?mogelijk\s+(?:zijn\s+)?(?:om|dat)|"
    r"(?:kan|kunnen|zou|zouden)\s+(?:er|jullie)\s+(?:niet\s+)?(?:ook\s+)?\w+)\b",
    re.IGNORECASE,
)
# A measure asked as a question about people or about what there should be, past the effects:
# "can officers get a refresher on ...?", "kunnen wijkagenten vaker langs ...?", "should there be
# a sign ...?", "zou t kunnen dat de app alleen ...?". The word after the modal must be people
# (checked where it is used) or "there"/"er"; "will officers lose ...?" asks no measure.
PEOPLE_ASKED_RE = re.compile(
    r"^(?:(?:en|and|ook|also|of|or|maar|but|verder|dus|so)\s*,?\s+)?"
    r"(?:can|could|should|shall|shouldn'?t|couldn'?t|kunnen|kan|zouden|zou|moeten|moet|mogen|mag)"
    r"\s+(?:(?:de|het|een|onze|our|the|a|an|alle|all|all\s+the|elke|every|each|iedere)\s+)?"
    r"(?P<who>[\w'-]+)\s+\w",
    re.IGNORECASE,
)
THERE_ASKED_RE = re.compile(
    r"^(?:(?:en|and|ook|also|of|or|maar|but|verder|dus|so)\s*,?\s+)?"
    r"(?:(?:should|shouldn'?t|could|can|must)\s+there\s+(?:not\s+)?be|"
    r"(?:moet|moeten|mag|mogen|komt|komen)\s+er\s+(?:niet\s+)?(?:ook\s+)?(?:een|geen)|"
    r"zou\s+(?:het|t|'t)\s+(?:niet\s+)?kunnen\s+dat)\b",
    re.IGNORECASE,
)
# A wish about a measure in a sentence that is no question: "er moet een meldpunt komen",
# "there should be an appeals route".
WISH_RE = re.compile(
    r"\b(?:er\s+(?:moet|moeten|mag|komt|komen|zou|zouden)\b.*\b(?:komen|zijn|bij|worden)|"
    r"there\s+(?:should|must|has\s+to|needs\s+to|ought\s+to)\s+be|"
    r"(?:laten|let)\s+(?:doen|maken|toetsen|checken|uitvoeren)|laten\s+we|let'?s)\b|"
    r"\blaten\s+\w+en\s*[.!]?\s*$",  # "de raad laten meekijken"
    re.IGNORECASE,
)
# A measure named without a verb ("een onafhankelijk meldpunt", "a clause in the tender"):
# it starts with an article.
NOUN_MEASURE_RE = re.compile(r"^(?:(?:en|and|ook|also|plus)\s+)?(?:een|a|an)\s+\w", re.I)
# One more measure named without a verb, added to what was given ("en ff een bord bij de
# pilotstrook", "and also a sign at the test strip").
ONE_MORE_MEASURE_RE = re.compile(
    r"^(?:en|and|ook|also|plus)\s+(?:(?:ook|also|ff|even|just|nog|maybe|misschien)\s+)*"
    r"(?:een|a|an)\s+\w",
    re.I,
)
# A correction of an option ("niet X maar Y", "not X but Y"): it proposes Y.
CORRECTION_RE = re.compile(r"\b(?:niet|not|geen|no)\b.*\b(?:maar|but|rather)\b", re.I)
# Words of a request to the assistant ("laat eens voorbeelden zien", "give me some ideas"), as
# opposed to an instruction that is a measure ("geef bewoners een keuze", "laat de raad
# meekijken").
TO_ASSISTANT_RE = re.compile(
    r"\b(?:me|mij|us|eens)\b|^\w+\s+(?:(?:wat|some|een\s+paar|a\s+few|nog|more)\s+)?"
    r"(?:voorbeeld\w*|examples?|suggesties|suggestions|voorstellen|proposals|idee[eë]n|ideas|"
    r"opties|options)\b",
    re.IGNORECASE,
)
# Settings that some option patterns only fit (their ``settings``): words in the case that say
# the technology is used there ("zorg" in a compound, not the verb "zorgen").
SETTING_RES: dict[str, re.Pattern[str]] = {
    "care": re.compile(
        r"\b(?:\w*(?<!be)zorg(?!en\b|t\b)\w*|(?:health\s*|home\s+|elderly\s+|youth\s+)?care\b|"
        r"cli[eë]nt\w*|pati[eë]nt\w*|verpleeg\w*|verzorg\w*|nurs\w*|dementi\w*|carers?|"
        r"ziekenhui\w*|hospital\w*|huisarts\w*|wijkverpleg\w*)",
        re.IGNORECASE,
    ),
    "farming": re.compile(
        r"\b(?:boer\w*|farm\w*|veehoud\w*|agrar\w*|agricultur\w*|landbouw\w*|stallen|"
        r"livestock|melkvee\w*|dairy|varkens\w*|pigs?|akkerbouw\w*)\b",
        re.IGNORECASE,
    ),
}
# Where a measure can follow an effect in one sentence: "bewoners voelen zich bekeken, dus er
# moet een meldpunt komen", "drivers lose time; maybe we should ...".
MEASURE_AFTER_RE = re.compile(
    r"\s*(?:;|,|\s-\s)\s*(?:(?:dus|daarom|so|therefore|hence|and\s+so|en\s+dus)\s*,?\s+)?",
    re.IGNORECASE,
)
# The words in a joint before a measure that draw it from what was said ("..., dus ...", "...,
# so ...", "daarom", "therefore").
CONSEQUENCE_JOINT_RE = re.compile(r"\b(?:dus|daarom|so|therefore|hence)\b", re.IGNORECASE)
# A rule for what something must or may do, drawn after an effect: a subject of a few words,
# then a modal ("rondhangen moet uit de detectie", "the report must stay with the trainers",
# "we should add a ..."); the subject is checked for people apart.
RULE_MODAL_RE = re.compile(
    r"^(?P<subject>(?:[\w'-]+\s+){1,5}?)(?:moet|moeten|mag|mogen|should|must|ought\s+to|"
    r"has\s+to|have\s+to|needs?\s+to)\b",
    re.IGNORECASE,
)
# A measure said inside an effect or right after it, up to where the measure starts: what the
# effect hangs on ("..., tenzij we ...", "..., unless we ...", "..., mits ...", "..., provided
# ..."), how it is caught ("dat kun je opvangen door ...", "you can catch that by ...", "dat is op
# te lossen met ..."), or what would help ("het zou al helpen als ...", "it would help if ...").
_CATCH_VERBS = (
    r"opvangen|oplossen|ondervangen|voorkomen|verhelpen|tegengaan|beperken|ondervangen|catch|"
    r"solve|fix|prevent|mitigate|address|avoid|handle|limit|tackle|offset|counter"
)
_CATCH_WAYS = r"(?:\w+\s+){0,2}?(?:door|met|via|by|with|through)\s+"
MEASURE_CLAUSE_RE = re.compile(
    r"(?:,\s*|\s+[\u2013\u2014-]\s+)(?:tenzij|unless)\s+(?:we|wij|jullie|je|you)\s+(?=\w)|"
    r"(?:,\s*|\s+[\u2013\u2014-]\s+)(?:tenzij|unless)\s+(?=(?:er|there)\s+(?:een|a|an)\b)|"
    r"(?:,\s*|\s+[\u2013\u2014-]\s+)(?P<provided>mits|provided(?:\s+that)?|op\s+voorwaarde\s+"
    r"dat|on\s+condition\s+that)\s+|"
    r"(?:^|,\s*|\s+[\u2013\u2014-]\s+)(?:(?:maar|but|en|and)\s+)?(?:dat|dit|het|that|this|it)\s+"
    r"(?:kun|kan|kunnen|could|can)\s+(?:je|we|jullie|u|you)\s+(?:(?:wel|prima|makkelijk|goed|"
    rf"deels|gewoon|easily|partly|simply|wel\s+deels)\s+)*(?:{_CATCH_VERBS})\s+{_CATCH_WAYS}|"
    r"(?:^|,\s*|\s+[\u2013\u2014-]\s+)(?:(?:maar|but|en|and)\s+)?(?:je|we|you)\s+(?:kunt|kan|"
    r"kunnen|can|could)\s+(?:dat|dit|het|that|this|it)\s+(?:(?:wel|prima|makkelijk|goed|deels|"
    rf"gewoon|easily|partly|simply)\s+)*(?:{_CATCH_VERBS})\s+{_CATCH_WAYS}|"
    r"(?:^|,\s*|\s+[\u2013\u2014-]\s+)(?:(?:but|and)\s+)?(?:you|we)\s+(?:can|could)\s+"
    rf"(?:(?:easily|partly|simply|still)\s+)*(?:{_CATCH_VERBS})\s+(?:that|this|it)\s+{_CATCH_WAYS}|"
    r"(?:^|,\s*|\s+[\u2013\u2014-]\s+)(?:(?:maar|but|en|and)\s+)?(?:dat|dit|that|this|it)\s+"
    r"(?:is|can\s+be)\s+(?:wel\s+|prima\s+|easily\s+)?(?:op\s+te\s+lossen|op\s+te\s+vangen|"
    rf"te\s+ondervangen|solved|fixed|caught|prevented|mitigated|handled)\s+{_CATCH_WAYS}|"
    r"^(?:(?:maar|but|en|and)\s*,?\s+)?(?:het|dat|it|that)\s+(?:zou|would)\s+(?:(?:al|wel|echt|"
    r"enorm|veel|already|really|a\s+lot|much)\s+)*(?:helpen|help|schelen)\s+(?:als|if|wanneer|"
    r"when)\s+(?:(?:er|there)\s+(?:(?:was|were|is|would\s+be)\s+)?)?|"
    r"^(?:(?:maar|but|en|and)\s*,?\s+)?(?:wat|what)\s+(?:zou\s+|would\s+)?(?:helpen|helpt|help|"
    r"helps)\s+(?:\w+\s+){0,2}?(?:is|zou\s+zijn|would\s+be)\s*:?\s+",
    re.IGNORECASE,
)
# A period in a measure about data ("na 24 uur", "after a week", "binnen een maand").
PERIOD_RE = re.compile(
    r"\b(?:na|after|binnen|within|elke|every|per)\s+(?:\w+\s+)?(?:uur|hours?|dag|dagen|days?|"
    r"week|weken|weeks|maand|maanden|months?|jaar|jaren|years?|minuten|minutes?)\b",
    re.IGNORECASE,
)
# A rule for what a system may no longer do ("het model mag geen postcodes meer gebruiken"):
# a measure where the system acts (said of people it is an effect: "bewoners mogen niet meer").
NO_LONGER_RE = re.compile(
    r"\b(?:moet|moeten|mag|mogen)\s+(?:\w+\s+){0,3}(?:niet|geen)\s+(?:\w+\s+){0,3}meer\b|"
    r"\b(?:should|must|may)\s+(?:no\s+longer|not\s+\w+\s+any\s*more)\b",
    re.IGNORECASE,
)
# A sentence that says it gives options ("als opties heb ik ...", "mijn opties zijn ...", "as
# options I have ...", "options I can think of: ..."): options, whatever step it is.
OPTIONS_ANNOUNCED_RE = re.compile(
    r"^(?:(?:en|and|ok|nou|well|so)\W+)?(?:als (?:handelings)?opties?|als maatregelen?|"
    r"mijn opties|onze opties|as options?|as measures?|my options|our options|"
    r"(?:handelings)?opties die ik|options i|(?:for|voor) (?:de |the )?(?:handelings)?"
    r"(?:options?|opties?|measures?|maatregelen) (?:i|ik|we|wij|denk|think))\b",
    re.IGNORECASE,
)
# A message that opens about the options, with or without a colon ("opties, hmm. ...",
# "Options I'd push: ...", "maatregelen die ik kan bedenken:", "ok handling options:").
OPTIONS_OPENING_RE = re.compile(
    r"^\W*(?:(?:en|and|ok[eé]?|okay|so|dus|nou|well|dan|then)\W+)*"
    r"(?:(?:mijn|my|onze|our|de|the|some)\s+)?(?:handling\s+|handelings)?"
    r"(?:opties|options|maatregelen|measures)\b",
    re.IGNORECASE,
)
# A message that opens as one about the options ("opties: ...", "Options: ...", "maatregelen -").
OPTIONS_LABEL_RE = re.compile(
    r"^\W*(?:(?:en|and|ok[eé]?|dan|then)\s*,?\s+)?(?:(?:mijn|my|onze|our|de|the)\s+)?"
    r"(?:handelings)?(?:opties|options|maatregelen|measures)\s*(?::|\s[\u2013-])",
    re.IGNORECASE,
)
# A label that announces a list of measures, wherever it is said ("Ik stel voor:", "Opties die ik
# wil voorleggen:", "Mijn ideeën:", "we hebben afgesproken:", "I propose:", "For the session I
# want to bring three starters:", "Agreed:"): the items under or after it are measures proposed.
ANNOUNCED_MEASURES_RE = re.compile(
    r"^[^:\n]{0,60}?\b(?:stel(?:len)?\s+(?:ik|we|wij)?\s*voor|(?:voorstel(?:len)?|opties|"
    r"maatregelen|idee(?:\u00ebn|en)|afspraken)\b"
    r"[^:\n]{0,40}|(?:we\s+hebben\s+)?afgesproken|(?:i|we)\s+(?:would\s+)?(?:propose|suggest)|"
    r"(?:proposals?|options|measures|ideas|starters)\b[^:\n]{0,40}|(?:we\s+)?agreed)\s*:",
    re.IGNORECASE,
)
# An item of a list of measures: numbered, lettered or a bullet ("1. ...", "(b) ...", "- ...").
MEASURE_ITEM_RE = re.compile(
    r"(?:^|(?<=[\s;]))(?:\d{1,2}[.)]|\(?[a-h]\)|[-*\u2022\u2013])\s+(?=\w)", re.MULTILINE
)
# "X laten meekijken", "let the council look at ...": a measure once options are being given.
LET_DO_RE = re.compile(r"\blaten\s+\w+en\b|^(?:\w+\W+)?let\s+(?:the|our|de|het)\b", re.IGNORECASE)
# A second measure in the same frame as the first: "ik denk aan een noodstop en aan een vaste
# afspraak ...", "I'm thinking of a pause button and of a clear rule ..." (the preposition is
# repeated in front of the second one and dropped from it).
PARALLEL_PREP_RE = re.compile(r"^(?:aan|of|about)\s+(?=(?:een|de|het|a|an|the)\s)", re.IGNORECASE)
# People made to act by a causative verb, named by a pronoun: "we moeten ze een dag per maand
# laten meelopen", "let them sit in on the first calls" (a human option: what people do).
PEOPLE_CAUSED_RE = re.compile(
    r"\b(?:ze|hen|hun|them)\s+(?:[\w'-]+\s+){0,7}?laten\s+\w+en\b|"
    r"\b(?:let|have|get)\s+them\b",
    re.IGNORECASE,
)
# Where a measure is made, in front of it: "in the tool itself, ...", "in de app: ...", "op het
# scherm ..." (a system named there makes it a design option).
PLACE_LEAD_RE = re.compile(
    r"^(?:(?:and|en|ook|also|plus)\s+)?(?:in|op|on|within|inside|into)\s+(?:(?:the|de|het|a|"
    r"een|our|onze)\s+)?(?P<place>[\w'-]+)(?:\s+(?:itself|zelf))?\s*$",
    re.IGNORECASE,
)
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
# Asking for someone to be added to the list ("the works council must be added too", "the
# judges should be in the list", "de OR moet er echt bij", "de buren horen er dus ook bij"):
# about the actors, not a measure.
ADDED_TO_LIST_RE = re.compile(
    r"\b(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:added|included|listed|"
    r"mentioned|named|(?:on|in)\s+the\s+list|in\s+there|an?\s+actors?\b|one\s+of\s+the\s+"
    r"actors)\b|"
    r"\b(?:moet|moeten)\s+(?:er\s+)?(?:(?:ook|nog|echt|wel|dus|zeker)\s+)*(?:bij|erbij|"
    r"worden\s+toegevoegd|toegevoegd\s+worden|genoemd\s+worden|worden\s+genoemd)\b"
    r"(?!\s+(?:zijn|zitten|staan|blijven|komen|kijken))|"  # "moet er wel bij zijn": present
    r"\b(?:hoort|horen)\s+er\s+(?:(?:ook|nog|echt|wel|dus|zeker)\s+)*bij\b",
    re.IGNORECASE,
)

# Measures told as what stands once the values are chosen (read only past the effects): what is
# made unrecognisable ("gezichten en kentekens vervagen op de camera", "faces are blurred"), a
# check that always comes first ("een handhaver kijkt altijd eerst zelf voor er een boete
# uitgaat", "a person always checks first"), what people receive ("bewoners krijgen een brief
# met uitleg", "residents get a letter explaining ...").
UNRECOGNISABLE_RE = re.compile(
    r"\b(?:vervagen|vervaagd|blurren|geblurd|blurred|blur|anonimiseren|geanonimiseerd|"
    r"anonymi[sz]ed|pseudonimiseren|gepseudonimiseerd|pseudonymi[sz]ed|versleutelen|versleuteld|"
    r"encrypted|onherkenbaar|unrecogni[sz]able|afgeschermd|masked)\b",
    re.IGNORECASE,
)
CHECKED_FIRST_RE = re.compile(
    r"\b(?:altijd|always)\s+(?:\w+\s+){0,2}?(?:eerst|first)\b|"
    r"\b(?:eerst|first)\b[^.!?]{0,40}?\b(?:voordat|voor\s+er|before)\b",
    re.IGNORECASE,
)
RECEIVED_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s+)?"
    r"(?:de\s+|het\s+|alle\s+|the\s+|all\s+)?(?P<who>[\w-]+)\s+(?:krijgen|krijgt|ontvangen|"
    r"ontvangt|get|gets|receive|receives)\s+(?:een|a|an)\s+(?P<what>.+)$",
    re.IGNORECASE,
)
# People told, informed or asked, past the effects ("families get told the risk level and why",
# "bewoners worden vooraf ingelicht", "ouders krijgen altijd te horen waarom"): a measure; "who"
# must be people, checked where it is used.
INFORMED_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s+)?(?:de\s+|het\s+|alle\s+|the\s+|"
    r"all\s+)?(?P<who>[\w-]+)\s+(?:(?:get|gets|are|is|will\s+be|worden|wordt)\s+(?:\w+\s+)?"
    r"(?:told|informed|notified|asked|ingelicht|ge[iï]nformeerd|gevraagd)|(?:krijgen|krijgt)\s+"
    r"(?:\w+\s+){0,2}?te\s+horen)\b",
    re.IGNORECASE,
)
# A measure told as what people have to do for others or learn, past the effects ("landlords
# have to give their tenants a letter ...", "onze opzichters moeten leren de beelden uit te
# leggen", "de verhuurders moeten hun huurders een brief sturen"), or an instruction or course
# they get ("boas get a clear instruction when to ...", "wijkagenten krijgen een korte
# opfriscursus"); "who" must be people, checked where it is used.
_OBLIGED_VERBS_EN = (
    r"learn|give|send|tell|explain|inform|offer|ask|attend|follow|take|get|be\s+trained|"
    r"be\s+told|be\s+informed|be\s+briefed|check\s+with|call|visit|show"
)
_OBLIGED_VERBS_NL = (
    r"leren|geven|sturen|vertellen|uitleggen|uit\s+te\s+leggen|informeren|aanbieden|bieden|"
    r"volgen|bellen|langsgaan|langskomen|tonen|laten\s+zien|krijgen|vragen"
)
OBLIGED_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s*,?\s+)?"
    r"(?:(?:de|het|onze|our|the|alle|all|all\s+the|elke|every|each|iedere)\s+)?(?P<who>[\w'-]+)\s+"
    r"(?:(?:have\s+to|has\s+to|must|need\s+to|needs\s+to|should)\s+(?:(?:also|first|always)\s+)?"
    rf"(?:{_OBLIGED_VERBS_EN})\b|"
    r"(?:moeten|moet|zouden\s+moeten|zou\s+moeten)\b[^.;?!]{0,80}?\b"
    rf"(?:{_OBLIGED_VERBS_NL})\b)",
    re.IGNORECASE,
)
TAUGHT_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s*,?\s+)?"
    r"(?:(?:de|het|onze|our|the|alle|all|all\s+the|elke|every|each|iedere)\s+)?(?P<who>[\w'-]+)\s+"
    r"(?:get|gets|receive|receives|krijgen|krijgt|ontvangen|ontvangt)\s+(?:(?:also|ook)\s+)?"
    r"(?:a|an|een)\s+(?:[\w'-]+\s+){0,2}?(?:instruction|instructie|training|briefing|"
    r"refresher|course|cursus|opfriscursus|workshop|uitleg|explanation|session|sessie|les|"
    r"lesson|toolbox)",
    re.IGNORECASE,
)
# Talk about options that names no measure itself: a lead before a dash or colon ("one small
# thing - ...", "a design thing - ...", "aanvulling op de mens-optie - ...", "from the other
# kinds: ..."), a remark on a kind ("that's a contract thing i guess", "is dat context of
# design?"), a pointer to options told elsewhere ("the three actions from the minutes are our
# options", "opties die ik zelf al had"). Words of the kinds themselves are in KIND_TALK_WORDS.
OPTION_TALK_WORDS = frozenset((
    "option", "options", "optie", "opties", "thing", "things", "ding", "dingen", "dingetje",
    "kwestie", "matter", "more", "meer", "nog", "small", "little", "klein", "kleine", "klein",
    "another", "other", "others", "andere", "ander", "extra", "side", "kant", "kinds", "soorten",
    "from", "uit", "on", "op", "aanvulling", "addition", "to", "aan", "guess", "suppose", "say",
    "zeg", "volgens", "mij", "my", "mijn", "our", "onze", "ons", "own", "eigen", "zelf", "al",
    "already", "had", "have", "got", "heb", "hebben", "meteen", "straight", "away", "right",
    "actually", "eigenlijk", "change", "verander", "wijzig", "pas", "replace", "vervang",
    "actions", "action", "points", "actiepunten", "actiepunt", "acties", "minutes", "notulen",
    "meeting", "overleg", "vergadering", "same", "hetzelfde", "dezelfde", "zelfde", "two",
    "three", "four", "twee", "drie", "vier", "or", "which", "welke", "there", "daar", "nog",
    "one", "een", "wait", "wacht", "oh", "o", "hmm", "k", "kk", "next", "volgende", "verder",
    "whether", "of", "bedoel", "mean", "meant", "would", "be", "zijn", "is", "are", "was", "wat",
    "what", "hoort", "belongs", "fits", "past", "onder", "under", "a", "an", "ours", "mine",
    # closing remarks: "ok, rond maar af", "anders mag je afronden", "you can wrap up"
    "rond", "afronden", "afsluiten", "wrap", "up", "finish", "anders", "otherwise", "mag", "je",
    "you", "can", "may", "genoeg", "enough", "mis", "missing", "iets", "something", "anything",
    # agreeing, taking over, denying: "jep neem over", "we'd do all five", "no, that's not true"
    "jep", "yep", "yup", "over", "your", "ones", "we're", "we'd", "we've", "five", "vijf", "no",
    "nee", "not", "true", "klopt", "done",
    # a stance: "de actiepunten zijn wat mij betreft de opties", "as far as I'm concerned"
    "betreft", "far", "i'm", "concerned",
    # talk about how to go on with the options: "let's do both then", "I've got some", "yours
    # first", "stel maar iets voor", "dan ben ik voor nu klaar", "idk", "geef maar een lijst met
    # opties, per soort"
    "idk", "dunno", "both", "allebei", "beide", "let's", "lets", "do", "doen", "then", "dan",
    "yours", "jouw", "jij", "first", "eerst", "i've", "got", "some", "stel", "voor", "maar",
    "ben", "klaar", "nu", "for", "now", "ik", "i", "give", "geef", "list", "lijst", "met", "per",
    "soort", "sort", "kind", "type", "ready", "go", "ahead", "er", "paar", "few", "couple", "de",
    "het", "the", "jouwe", "but", "myself", "mezelf",
    # a pointer to measures listed in what was pasted: "in de notulen stonden ook actiepunten,
    # die wil ik als opties", "the minutes also had action points, I want those as options"
    "in", "stonden", "stond", "staan", "stood", "were", "had", "ook", "also", "die", "those",
    "these", "deze", "wil", "want", "als", "as", "points", "items", "punten", "verslag",
    # "de actiepunten uit de notulen zijn toch al opties?", "all of them from the minutes"
    "toch", "van", "all", "alle", "allemaal", "them", "ze",
    # the step named as a heading: "ok maatregelen.", "right, measures then"
    "measure", "measures", "maatregel", "maatregelen", "handelingsoptie", "handelingsopties",
    # "de actiepunten zijn wat mij betreft de opties", "as far as I'm concerned"
    "betreft", "far", "i'm", "concerned",
))  # fmt: skip
# The end of a word that names a meeting or its minutes ("collectievenoverleg", "teamvergadering",
# "board meeting"): talk about where options stand, no measure.
MEETING_WORD_ENDS = ("overleg", "vergadering", "verslag", "notulen", "meeting", "minutes")
# Words that make a lead talk about options (not a mere "maar:" or "ok so:" before an effect).
OPTION_TALK_MARKERS = frozenset((
    "option", "options", "optie", "opties", "thing", "things", "ding", "dingen", "dingetje",
    "kwestie", "matter", "side", "kant", "kinds", "soorten", "aanvulling", "addition", "actions",
    "actiepunten", "acties", "minutes", "notulen", "extra", "another", "andere", "more", "meer",
    "small", "klein", "kleine", "add", "voeg", "ours",
))  # fmt: skip
# The names of the kinds in talk about options ("a design thing", "op de mens-optie", "on the
# context side"): the kind of the measure that follows.
KIND_TALK_WORDS: dict[str, OptionKind] = {
    "design": "design", "ontwerp": "design", "technology": "design", "technologie": "design",
    "techniek": "design", "technical": "design", "technische": "design", "tech": "design",
    "environment": "environment", "omgeving": "environment", "context": "environment",
    "organisation": "environment", "organization": "environment", "organisatie": "environment",
    "human": "human", "mens": "human", "menselijke": "human", "user": "human",
    "gebruiker": "human", "people": "human",
}  # fmt: skip
# The word a remark names a kind of option by ("a contract thing", "een contractding"): the
# word before it is that kind's name, not a measure.
KIND_NOUNS = frozenset(("thing", "ding", "kwestie", "matter", "side", "kant", "optie", "option"))
# Where a lead about options ends and the measure begins: a colon or a dash between spaces.
LEAD_END_RE = re.compile(r"\s*:\s+|\s+[\u2013\u2014-]\s+")
# What a measure does instead, after a comma ("..., in plaats van wat iemand zelf zegt",
# "..., instead of the app"): part of that measure.
# What follows from it, too ("..., dan ziet de camera de dieren beter", "..., then nobody ...").
INSTEAD_START_RE = re.compile(
    r"^(?:in\s+plaats\s+van|instead\s+of|rather\s+than|dan|then)\b", re.IGNORECASE
)
# A short comment on the measure before ("That would solve a lot", "dat scheelt een hoop"): it
# points back and names no measure of its own.
COMMENT_BACK_RE = re.compile(
    r"^(?:that'?s\b|(?:that|this|dat|dit|which|wat|het)\s+(?:would|will|could|should|zou|zal|"
    r"kan|scheelt|helps|helpt|solves|lost|is|sounds|klinkt)\b)",
    re.IGNORECASE,
)
COMMENT_WORDS = 7
# Such a comment that says what the measure is or where it lies ("that's policy at ministry
# level", "dat is iets voor de gemeente"): a comment even with words of a kind in it.
COMMENT_IS_RE = re.compile(r"^(?:that'?s|(?:that|this|dat|dit)\s+is)\s+(?!not\b|niet\b)", re.I)
# The speaker's wish in front of a measure told as a clause ("wat ik zelf zou willen is dat een
# kastje ...", "I'd also love it if the leaders ...", "I wish we had ..."): no part of it.
WISH_THAT_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ook|also|verder|daarnaast|besides|plus)\s*,?\s+)?(?:wat\s+(?:ik|wij|we)\s+"
    r"(?:zelf\s+)?(?:(?:zou|zouden)\s+)?"
    r"(?:graag\s+)?(?:wil|willen)(?:\s+is)?|ik\s+zou\s+(?:(?:ook|zelf|graag)\s+)*willen|"
    r"what\s+(?:i|we)(?:'d|\s+would)?\s+(?:really\s+)?(?:want|like)(?:\s+is)?|"
    r"i'?d\s+(?:also\s+|really\s+)?love\s+it\s+if|i\s+wish|"
    # "verder wil ik dat er ...", "I want that ...", "goed idee om ...", "good idea to ..."
    r"(?:ik\s+wil|wil\s+ik|we\s+willen|willen\s+we)(?:\s+(?:ook|graag|nog|zelf))*(?=\s+dat\b)|"
    r"(?:i|we)\s+(?:also\s+|really\s+)?want(?=\s+that\b)|(?:een\s+)?(?:goed|prima|leuk|slim)\s+idee\s+om|"
    r"(?:a\s+)?(?:good|great|nice)\s+idea\s+to|"
    # after turning a proposal down: what is taken instead ("wel: ...", "instead: ...")
    r"(?:maar\s+)?wel(?:\s+graag)?\s*:|instead\s*:|in\s+plaats\s+daarvan\s*:|"
    r"what\s+i\s+do\s+like\s*:)\s+(?:(?:dat|that)\s+)?(?=\w)",
    re.IGNORECASE,
)
# "Add" in front of people where actors are asked ("add the parents of young candidates", "voeg
# de tolken toe"): people for the list, no measure.
ADD_PEOPLE_LEAD_RE = re.compile(
    r"^(?:(?:and|en|also|ook|plus|oh|o)\s*,?\s+)?(?:please\s+)?(?:add|voeg)\s+"
    r"(?:(?:also|ook|nog|er|even)\s+)*",
    re.IGNORECASE,
)
ADDED_PEOPLE_REACH = 3
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
# Capitalised words that name no one in particular ("Niemand wil een camera", "Ik wil ...").
NO_NAMES = (
    r"(?:Niemand|Iedereen|Nobody|Everyone|Everybody|Ik|Je|Jij|We|Wij|Hij|Zij|Ze|Men|You|He|"
    r"She|They|It|Het|Dat|Dit|Die|Er|Nu|Now|Who|Wie|Dan|Then|Ook|Also)"
)
# A measure someone put forward, as minutes report it ("Joost vraagt of er een toezichthouder
# moet komen", "Anna stelt voor de data korter te bewaren", "Tom asks whether the unit should
# get a private mode", "the chair proposes an audit", "Els wil een whitelist"): a proposal, no
# effect on anyone.
REPORTED_PROPOSAL_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:[\w -]{2,30}:\s*)?"
    r"(?:(?!" + NO_NAMES + r"\b)[A-Z][a-z\u00e0-\u00ff]+|(?:[Dd]e|[Tt]he)\s+"
    r"(?:voorzitter|chair))\s+(?:"
    r"(?:wil|wilde|wants|wanted)\s+(?:een|a|an|dat|that|the|de|het)\b|"
    r"(?:vraagt|vroeg|asks|asked)\s+(?:zich\s+af\s+)?(?:of|whether|if)\b.{3,160}?"
    r"\b(?:moet|moeten|zou|zouden|kan|kunnen|mag|mogen|should|could|would|can|might)\b|"
    r"(?:stelt|stelde)\s+voor\b|(?:suggests|suggested|proposes|proposed|recommends|"
    r"recommended|adviseert|adviseerde|pleit|pleitte)\b)",
)
# The lead of a measure someone put forward, reported where values or options are asked ("Els
# wil een whitelist ...", "Joost stelt voor om de beelden te wissen", "Anna proposes a
# whitelist"): the measure is what follows.
REPORTED_LEAD_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?!" + NO_NAMES + r"\b)[A-Z][a-z\u00e0-\u00ff]+|(?:[Dd]e|[Tt]he)\s+"
    r"(?:voorzitter|chair))\s+(?:(?:wil|wilde|wants|wanted)(?=\s+(?:een|a|an|de|het|the)\b)|"
    r"(?:stelt|stelde)\s+voor(?:\s+om)?|(?:suggests|suggested|proposes|proposed|recommends|"
    r"recommended)|(?:adviseert|adviseerde)(?:\s+om)?|(?:pleit|pleitte)\s+voor)\s+(?=\w)",
    re.MULTILINE,
)
# One idea or measure of the speaker's own, announced with a colon ("mijn idee: ...", "zelf dacht
# ik aan: ...", "ik heb er zelf al een: ...", "one from me: ..."): options, where values or
# options are asked.
OWN_IDEA_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ok[e\xe9]?|okay|so|dus|nou|well|dan|then|opties\?|options\?)\s*,?\s+)?(?:"
    r"(?:(?:mijn|my|een|an?|nog\s+een|another)\s+)?(?:idee|idea|voorstel|suggestie|suggestion)|"
    r"(?:(?:zelf|ik)\s+)?dacht\s+(?:ik\s+)?(?:zelf\s+)?(?:al\s+)?aan|"
    r"i\s+(?:was\s+)?(?:already\s+)?thinking\s+of|another\s+one|" + OWN_ONE_LEAD + r")\s*:\s*\w",
    re.IGNORECASE,
)
# A label of minutes in front of a measure ("Afgesproken: ...", "Actiepunt: ...", "Vraag van de
# buurt: ...", "Agreed: ...", "Action point: ...", "Question from legal: ..."): what was agreed
# or asked there; the label names no measure and no kind.
MINUTES_LABEL_RE = re.compile(
    r"^(?:afgesproken|besloten|besluit|actiepunt(?:en)?|actie|afspraak|agreed|decided|decision|"
    r"action(?:\s+points?|\s+items?)?|(?:vraag|verzoek|voorstel|idee|suggestie)\s+(?:van|uit)\s+"
    r"[^:]{2,30}?|(?:question|request|proposal|idea|suggestion)\s+(?:from|by)\s+[^:]{2,30}?)"
    r"\s*:\s+(?=\w)",
    re.IGNORECASE,
)
# A pointer to the measures in pasted minutes ("de actiepunten uit de notulen zijn al opties", "the
# options in the minutes, all of them", "neem de actiepunten uit het verslag over"): it names the
# minutes or their action points.
MINUTES_POINTER_RE = re.compile(
    r"\b(?:notulen|verslag|actiepunten|acties|minutes|action\s+points|action\s+items|actions)\b",
    re.IGNORECASE,
)
# A line of minutes that lists action points ("3. Actiepunten: ...", "Action: Bas tests ...").
MINUTES_ACTIONS_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:actiepunt(?:en)?|acties|actie|action(?:\s+points?|\s+items?)?|"
    r"actions)\s*:\s*",
    re.IGNORECASE,
)
# A label over the measures a pasted letter, memo or mail asks for or puts forward ("Wij vragen
# de provincie om: ...", "Maatregelen: ...", "Aanbevelingen:", "We ask for: ...", "Measures
# proposed: ...", "We ask the council to: ..."): what follows are measures, not effects.
REQUESTED_MEASURES_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:"
    r"(?:voorgestelde\s+|gevraagde\s+|mogelijke\s+)?maatregel(?:en)?(?:\s+voorgesteld)?|"
    r"aanbeveling(?:en)?|(?:ons|onze)\s+(?:verzoek(?:en)?|advies|aanbevelingen)|"
    r"(?:wij|we)\s+(?:vragen|verzoeken|adviseren)(?:\s+(?:de|het|u|jullie)\b[^:]{0,40}?)?"
    r"(?:\s+om)?|"
    r"(?:proposed\s+|possible\s+|requested\s+)?measures(?:\s+proposed)?|recommendations?|"
    r"(?:our\s+)?requests?|(?:we|i)\s+(?:ask|request|recommend|urge)(?:\s+(?:for|you|the)\b"
    r"[^:]{0,40}?)?)\s*:\s*",
    re.IGNORECASE,
)
# A label that puts a proposal forward ("Voorstel: ...", "Proposal: ...", "Wat mij betreft:
# ..."): measures only once a pasted text has told its effects (a writer's own advice also
# when no effects follow it), for in a plan or minutes a proposal may well describe the
# technology itself ("Voorstel: een taalmodel leest de antwoorden ...").
PROPOSAL_LABEL_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:(?P<plan>voorstel(?:len)?|proposals?)|wat\s+mij\s+betreft|as\s+far\s+"
    r"as\s+i'?m\s+concerned)\s*:\s*",
    re.IGNORECASE,
)
# A pointer to the measures of a text pasted before, by their number and where they came from
# ("die drie uit de mail", "de drie uit de memo", "die twee van het ROCOV", "the three from the
# association", "the two in the letter"): they are taken over. Not the assistant's own ("the
# three from your list", "de twee uit de voorstellen").
PASTED_COUNT_POINTER_RE = re.compile(
    r"^(?:(?:ok[eé]?|ja|yes|dus|so|maatregelen|measures|opties|options)\s*[,:]?\s+)*"
    r"(?:die|de|deze|alle|the|those|these|all)\s+(?:twee|drie|vier|vijf|two|three|four|five|\d)"
    r"(?:\s+(?:maatregelen|opties|verzoeken|voorstellen|punten|measures|options|requests|"
    r"proposals|points|ideas|ideeën))?\s+(?:uit|van|in|from|of|in)\s+"
    r"(?!(?:your|je|jouw|uw|jullie|you)\b|(?:de|het|the)\s+(?:lijst|list|voorstellen|suggesties|"
    r"suggestions|proposals)\b)(?:(?:de|het|die|dat|the|"
    r"that|this|their|hun|onze|our)\s+)?[\w'-]+(?:\s+(?!(?:plus|and|en|ook|also)\b)[\w'-]+)?",
    re.IGNORECASE,
)
# A pointer to the measures or action points of a text pasted before ("die actiepunten", "the
# actions", "de maatregelen uit de memo"), in a remark about which kind they lack ("the actions
# miss a context one", "wat mist er nog bij die actiepunten?").
PASTED_MEASURES_WORD_RE = re.compile(
    r"\b(?:actiepunten|acties|actions|action\s+points|action\s+items|maatregelen|measures|"
    r"verzoeken|requests|aanbevelingen|recommendations)\b",
    re.IGNORECASE,
)
# What a pointer to pasted measures may hold besides the pointer ("... zijn goed", "... are
# good", "wat mist er nog bij ...", "... miss a context one"): no measure of its own.
PASTED_POINTER_TALK_WORDS = frozenset((
    "are", "zijn", "were", "waren", "miss", "misses", "missing", "mist", "missen", "mis", "lack",
    "lacks", "lacking", "ontbreekt", "ontbreken", "need", "needs", "nodig", "a", "an", "what",
    "wat", "bij", "in", "from", "uit", "with", "met", "we", "our", "onze", "wil", "want", "want",
    "fine", "solid", "sound", "prima", "sterk", "strong", "right", "terecht", "agree", "eens",
    "also", "ook", "still", "nog", "over", "overnemen", "just", "gewoon", "them", "all", "alle",
))  # fmt: skip
# The words of a pointer that say a kind is missing ("the actions miss a context one").
PASTED_MISSING_WORDS = frozenset((
    "miss", "misses", "missing", "mist", "missen", "mis", "lack", "lacks", "lacking",
    "ontbreekt", "ontbreken",
))  # fmt: skip
# What joins a measure of one's own to the pointer ("die drie uit de mail + training ...",
# "the three from the letter plus a help desk"): the measure after it.
POINTER_JOINT_RE = re.compile(r"^\s*(?:\+|&|,?\s*(?:plus|en\s+ook|and\s+also|en|and)\b)\s*")
# A header over the action points of minutes ("3. Actiepunten:", "Item 3 - Action points",
# "Afspraken"): the bullets below it are action points.
ACTIONS_HEADER_RE = re.compile(
    r"^\W*(?:\d+[.)]\s*)?(?:(?:item|punt|agendapunt)\s*\d+\s*[-\u2013:.]\s*)?"
    r"(?:actiepunten|acties|afspraken|action\s+points|action\s+items|actions|agreed\s+actions)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# The label of one action point and who takes it on ("AP1 (Mehmet): ...", "AP2 Ruud - ...",
# "Actie 3 Harm: ...", "Action (Tom): ..."): the owner is no actor and no part of the measure.
ACTION_LABEL_RE = re.compile(
    r"^\W*(?i:(?:ap|ai|a|actiepunt|actie|action(?:\s+point|\s+item)?)\s*\d{1,2}\b|actie|action)"
    r"\s*(?:\([^)]{1,40}\)|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s*(?::|\s[-\u2013\u2014])\s+(?=\w)"
)
# A measure asked in minutes ("should we not publish the criteria?", "kan de provincie de boer
# compenseren?"): put forward, as a question.
MINUTES_ASKED_RE = re.compile(
    r"^(?:(?:should|shall)\s+we\s+not|(?:kan|kunnen|zou|zouden|moet|moeten|can|could|should)\s+"
    r"(?:we|wij|the|de|het|er))\b",
    re.IGNORECASE,
)
# Chatter among options that names no measure ("ja lastig", "let's go through it then", "kan
# dat een waarde zijn?", "hmm tricky"): no option.
OPTIONS_CHATTER_RE = re.compile(
    r"^(?:(?:ja|yes|ok[eé]?|okay|nou|well|hmm+|ah|oh|tja|pff)\s*[,!.]*\s*)*"
    r"(?:(?:lastig|moeilijk|tricky|hard|difficult|pittig)(?:\s+(?:hoor|one|hè|he))?|"
    r"let'?s\s+(?:go\s+through|do|look\s+at)\s+(?:it|this|them|that)(?:\s+(?:then|now))?|"
    r"laten\s+we\s+(?:ze|het|die)\s+(?:dan\s+|maar\s+)*(?:doorlopen|doen|bekijken)|"
    r"(?:kan|mag|is)\s+dat\s+(?:ook\s+)?een\s+waarde(?:\s+zijn)?|"
    r"(?:can|could|is)\s+(?:that|this)\s+(?:also\s+)?(?:be\s+)?a\s+value|"
    r"(?:goed|terecht|sterk)\s+punt|(?:good|fair|valid)\s+point)\s*[?.!]*$",
    re.IGNORECASE,
)
# A number that opens each measure of a list typed on one line ("1 blokkade nooit automatisch
# 2 in de melding uitleggen waarom 3 ...", "options: 1 keep a card 2 parents only see ..."): the
# numbers 1, 2, 3 ... in order mark where each measure starts.
NUMBERED_RUN_RE = re.compile(r"(?<!\S)(?P<n>\d{1,2})[).:]?\s+(?=[^\W\d_])")
# People who learn how to do something, told as a statement among options ("de schippers leren
# hoe ze de camera uitzetten", "the wardens learn when to ignore an alert"): a measure for them.
LEARN_HOW_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s*,?\s+)?"
    r"(?:(?:de|het|onze|our|the|alle|all)\s+)?(?P<who>[\w'-]+)\s+(?:leren|leert|learn|learns)\s+"
    r"(?:(?:also|ook|eerst|first|not|never)\s+)?(?:hoe|how|om|to|wat|what|wanneer|when)\b|"
    # a skill named by its object: "organisatoren leren de neerslagkaart lezen", "de planners
    # leren de voorspelling niet blind te volgen"
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s*,?\s+)?"
    r"(?:(?:de|het|onze|alle)\s+)?(?P<learner>[\w'-]+)\s+(?:leren|leert)\s+(?:de|het|een|hun|"
    r"zijn|haar)\s+(?:[\w'-]+\s+){0,2}?(?:lezen|gebruiken|herkennen|begrijpen|uitleggen|"
    r"interpreteren|bedienen|duiden|(?:niet\s+)?(?:(?:blind|zomaar|meteen|klakkeloos)\s+)?"
    r"te\s+\w+)\b|"
    # taught by the speaker: "we leren de planners de kaart te lezen", "we teach staff to ..."
    r"^(?:(?:en|and|ook|also|daarnaast|verder|plus|dan|then)\s*,?\s+)?(?:we|wij)\s+"
    r"(?:leren|teach)\s+(?:(?:de|het|onze|alle|our|the|all)\s+)?(?P<taught>[\w'-]+)\s+"
    r"(?:(?:de|het|een|hun|how|to|not\s+to|om|hoe)\b)",
    re.IGNORECASE,
)
# A condition on going ahead at all, before what it takes ("als we dit doen, dan moet er ...",
# "als we het al doen, dan alleen als ...", "if it goes ahead, I'd want ..."): a measure follows.
GOING_AHEAD_LEAD_RE = re.compile(
    r"^(?:als|if|wanneer|when)\s+(?:we|wij|jullie|you|it|het|dit|this|dat|that)\s+"
    r"(?:\w+\s+){0,3}?(?:doen|doorgaat|doorgaan|invoeren|inzetten|goes\s+ahead|go\s+ahead|"
    r"do\s+(?:it|this|that)|introduce\s+(?:it|this)|happens|gebeurt)\s*,\s*(?:(?:dan|then)\s+)?",
    re.IGNORECASE,
)
# What a measure after such a condition says: what must, may only or never be, what the speaker
# wants ("dan moet er een telefoonnummer blijven", "I'd want location used only while ...").
DEMANDED_RE = re.compile(
    r"\b(?:moet|moeten|mag|mogen|alleen|uitsluitend|nooit|wil|willen|must|should|only|never|"
    r"want)\b",
    re.IGNORECASE,
)
# A rule told as the only condition under which something may happen ("alleen als een handhaver
# eerst zelf nagaat ...", "only if a person checked it", "as long as a boa reviews every clip").
CONDITIONED_RULE_RE = re.compile(
    r"^(?:(?:dan|then|maar|but)\s+)?(?:alleen|uitsluitend|only)\s+(?:als|if|when|wanneer|"
    r"nadat|after|zolang)\b|^(?:zolang|as\s+long\s+as|provided\s+that|op\s+voorwaarde\s+dat|mits|"
    r"on\s+condition\s+that)\b",
    re.IGNORECASE,
)
# Going ahead told as tied to one condition ("alleen als de OR instemt met een draaiboek mag het
# doorgaan", "het mag wat mij betreft pas live als ...", "only if the council signs off on a
# protocol can it go ahead", "it should only go live once ..."): the condition is a measure, also
# where effects are told.
_GO_ON = (
    r"(?:door(?:gaan)?|verder(?:gaan)?|starten|beginnen|live|ingevoerd|go\s+ahead|continue|"
    r"proceed|start|go\s+live)"
)
_MAY = r"(?:mag|kan|gaat|moet|can|may|should|will|could)"
_IT = r"(?:het|dit|dat|it|this|that|we|wij)"
GO_AHEAD_IF_RE = re.compile(
    r"^(?:(?:maar|en|dus|but|and|so)\s*,?\s+)?(?:alleen|pas|uitsluitend|only)\s+(?:als|wanneer|"
    rf"nadat|indien|if|when|once|after)\s+(?P<condition>[^.?!]{{6,}}?),?\s+{_MAY}\s+{_IT}\s+"
    rf"(?:(?!niet\b|not\b)\w+\s+){{0,4}}?{_GO_ON}\b|"
    rf"\b{_IT}\s+{_MAY}\s+(?:\w+\s+){{0,4}}?(?:alleen|pas|uitsluitend|only)\s+(?:\w+\s+){{0,2}}?"
    rf"{_GO_ON}\s+(?:\w+\s+){{0,4}}?(?:als|wanneer|nadat|mits|indien|if|when|once|after|"
    r"provided)\s+(?P<after>.+)",
    re.IGNORECASE,
)
# A rule that limits where or for whom something is used ("alleen bij zware zaken ...", "only
# for missing persons, not for burglaries"), or a measure offered as an alternative ("als
# alternatief een QR-code ...", "as an alternative, ...", "alternatively, ..."): past the
# effects a measure where it tells no change.
SCOPED_RULE_RE = re.compile(
    r"^(?:(?:dan|then|maar|but)\s+)?(?:alleen|uitsluitend|only)\s+(?:voor|for|bij|in|op|at|"
    r"tijdens|during|within|binnen)\b|^(?:als\s+alternatief|as\s+an\s+alternative|"
    r"alternatively|bij\s+wijze\s+van\s+alternatief)\b",
    re.IGNORECASE,
)
# A wish for a measure inside the sentence, its object between the verbs ("voor de thuiszorg
# zou ik een aparte vergunning willen", "ik zou het fijn vinden als de wijkcoaches ...",
# "if so, I'd want ...").
WISH_INSIDE_RE = re.compile(
    r"\b(?:zou|zouden)\s+(?:ik|we|wij)\s+(?:\w+\s+){1,8}?willen\b|"
    r"\b(?:ik|we|wij)\s+zou(?:den)?\s+het\s+(?:fijn|goed|mooi|prettig|beter)\s+vinden\s+als\b|"
    r"\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|really\s+)?(?:want|like)\b",
    re.IGNORECASE,
)
# Words that join a sentence on or name its topic before the measure ("en ook:", "o, en de
# boetes:", "and also"): left out to see how the measure starts.
MEASURE_JOIN_LEAD_RE = re.compile(
    r"^(?:(?:o|oh|en|and|ook|also|plus|verder|maar|but)\b\s*[,:]?\s*)+(?:[\w' -]{1,30}:\s*)?",
    re.IGNORECASE,
)
# A sentence that only announces the speaker's own wishes, with none after it ("ik schrijf
# gewoon op wat ik zou willen", "I'll just say what I'd want"): talk, no measure.
WISHES_ANNOUNCED_RE = re.compile(
    r"\b(?:wat|what)\s+(?:ik|wij|we|i)(?:'d|\s+would|\s+zou|\s+zouden)?\s+"
    r"(?:(?:graag|zelf|eigenlijk|really|myself)\s+)*(?:willen|wil|want|like|propose|voorstel)"
    r"\s*[.!:]?\s*$",
    re.IGNORECASE,
)
# The speaker's (or a party's) condition for going ahead, told before the options are asked ("ik
# zie het alleen zitten als ...", "alleen als de huurders het weten vind ik het verdedigbaar",
# "de OR heeft gezegd: alleen als ...", "I'd only agree if ...", "my condition: only if ...",
# "we hebben met de leverancier afgesproken dat ..."): a measure, wherever it is said.
STATED_CONDITION_RE = re.compile(
    r"\b(?:ik|we|wij)\s+(?:(?:zie|zien)\s+het|wil|willen|ga|gaan)\s+(?:het\s+)?(?:\w+\s+){0,2}?"
    r"(?:alleen|pas|uitsluitend)\s+(?:\w+\s+){0,5}?(?:als|wanneer|mits|zolang)\b|"
    r"\b(?:ik|we|wij)\s+(?:vind|vinden)\s+het\s+(?:\w+\s+){0,2}?(?:alleen|pas)\s+(?:acceptabel|"
    r"goed|ok[eé]?|prima|verdedigbaar|aanvaardbaar|verantwoord)\s+(?:als|wanneer|mits|zolang)\b|"
    r"^(?:(?:maar|en)\s+)?(?:alleen|pas|uitsluitend)\s+(?:als|wanneer|zolang)\b[^.?!]*"
    r"\b(?:vind|zie|ga|wil|kan)\s+ik\b|"
    r"[:]\s*(?:alleen|uitsluitend|only)\s+(?:als|if|wanneer|when|zolang)\b|"
    r"\b(?:mijn|onze|hun)\s+(?:harde\s+|enige\s+)?(?:voorwaarde|ondergrens)\s*"
    r"(?::|is\s+(?:dat\b|:))|\bde\s+enige\s+voorwaarde\s+is\b|"
    r"\b(?:we|wij)\s+hebben\s+(?:\w+\s+){0,4}?afgesproken\s+dat\b|"
    r"\b(?:i|we)(?:'d|\s+would|'ll|\s+will)\s+only\s+(?:[\w']+\s+){1,5}?"
    r"(?:if|when|as\s+long\s+as|provided)\b|"
    r"\b(?:my|our|their)\s+(?:hard\s+|only\s+|one\s+)?condition\s*(?::|is\s+(?:that\b|:))|"
    r"\bthe\s+only\s+condition\s+is\b|"
    # a use the speaker would only allow in part ("I'd only do it for photos older than 80 years",
    # "ik zou het alleen voor oude foto's doen")
    r"\b(?:i|we)(?:'d|\s+would)\s+only\s+(?:do|use|run|allow|deploy|start|roll\s+out)\s+"
    r"(?:it|this|that|them)\s+(?:for|with|on|in|at|where)\b|"
    r"\b(?:ik|we|wij)\s+(?:zou|zouden)\s+(?:het|dit|dat)\s+alleen\s+(?:[\w'-]+\s+){0,8}?"
    r"(?:doen|gebruiken|inzetten|toestaan|toepassen)\b|"
    r"\bwe(?:'ve|\s+have)\s+(?:already\s+)?agreed\s+(?:\w+\s+){0,4}?that\b|"
    r"^(?:als|if)\s+(?:we|wij)\s+(?:\w+\s+){0,2}?(?:do|doen)\s+(?:anything|something|it|iets|"
    r"het)\b[^,.?!]*,\s*(?:(?:dan|then)\s+)?(?:alleen|uitsluitend|only|nooit|never)\b|"
    # a bare condition, a sentence of its own without a clause of what then happens ("Alleen
    # als de gegevens in Nederland blijven.", "ok, and only if the data stay in the EU")
    r"^(?:(?:ok[eé]?|okay|ja|yes|en|and|maar|but|wel|dus|so)\s*,?\s+){0,3}(?:alleen|uitsluitend|"
    r"only)\s+(?:als|wanneer|mits|zolang|if|when|as\s+long\s+as|provided)\s+"
    # not with what then happens after it, its verb before its subject ("alleen als het regent
    # gaat het feest niet door", "only if the check finds a signal do they visit")
    r"(?![^,;:?]*\b(?:gaat|gaan|is|zijn|wordt|worden|kan|kunnen|mag|mogen|moet|moeten|zal|zullen|"
    r"komt|komen|krijgt|krijgen|heeft|hebben|blijft|blijven|do|does|did|will|can|may|must|"
    r"should|would|are)\s+(?:het|de|die|dat|een|er|ze|zij|hij|we|wij|je|jij|u|they|we|you|it|he|"
    r"she|there|the|we)\b)[^,;:?]+[.!]?\s*$",
    re.IGNORECASE,
)
# What is fixed for the speaker, as a lead before the measure ("wat voor ons vaststaat: ...",
# "what's non-negotiable for me: ..."): a condition, though it opens like a question.
FIXED_FOR_SPEAKER_RE = re.compile(
    r"\bwat\s+(?:voor\s+(?:mij|ons)\s+)?vast\s*staat(?:\s+voor\s+(?:mij|ons))?\s*:\s*\S|"
    r"\b(?:what(?:'s|\s+is)\s+)?(?:non-negotiable|fixed)\s+for\s+(?:me|us)\s*:\s*\S",
    re.IGNORECASE,
)
# A measure already put in place, told as done ("toen dat misging hebben we in de software
# ingesteld dat ...", "daarna hebben we met de fotografen afgesproken dat ...", "we also capped
# what a minor can be billed", "we've set the tool so that ..."): a measure, wherever it is said.
MEASURE_TAKEN_RE = re.compile(
    r"\bhebben\s+(?:we|wij)\s+(?:\w+\s+){0,6}?(?:ingesteld|afgesproken|vastgelegd|besloten|"
    r"bepaald|geregeld|ingebouwd)\s+dat\b|"
    r"\b(?:we|wij)\s+hebben\s+(?:\w+\s+){0,6}?(?:ingesteld|vastgelegd|besloten|bepaald|"
    r"ingebouwd)\s+dat\b|"
    r"\bwe(?:'ve|\s+have)?\s+(?:also\s+|then\s+|since\s+|now\s+|already\s+)*(?:capped|"
    r"limited|restricted)\s+(?:what|how|the|it|its|their|our)\b|"
    r"\bwe(?:'ve|\s+have)?\s+(?:also\s+|then\s+|since\s+|now\s+|already\s+)*(?:set|"
    r"configured|changed|built)\s+(?:\w+\s+){1,6}?so\s+that\b|"
    r"\bwe(?:'ve|\s+have)?\s+(?:also\s+|then\s+|since\s+|now\s+|already\s+)*(?:agreed|"
    r"decided|made\s+it\s+a\s+rule)\s+(?:\w+\s+){0,4}?that\b",
    re.IGNORECASE,
)
# A measure asked as a negated question, which proposes it ("kunnen we de opname niet beperken
# tot ...?", "moeten de ouders niet eerst een brief krijgen?", "can't we just let people ...?",
# "shouldn't the staff get ...?"): a measure at any step.
NEGATED_ASK_RE = re.compile(
    r"^(?:(?:en|and|maar|but|dus|so|ok|nou|well)\s*,?\s+)?(?:[\w' ]{1,25}:\s*)?(?:"
    r"(?:kunnen|moeten|zouden|kun|kan|moet|zou)\s+(?:we|wij|jullie|je|u|ze|zij|de\s+\w+|"
    r"\w+)\s+(?:\w+\s+){0,5}?niet\s+(?!zijn\b|waar\b)|"
    r"(?:can'?t|couldn'?t|shouldn'?t|cannot)\s+(?:we|you|they|the\s+\w+)\s+(?!be\b)|"
    r"(?:can|could|should)\s+(?:we|you|they)\s+not\s+|why\s+(?:not|don'?t\s+we)\s+)",
    re.IGNORECASE,
)
# A measure after a hedge that is no verb ("misschien dat ze zelf een plek mogen kiezen?", "mss
# voor hen een uitleg op locatie?", "maybe something like a card at the door", "perhaps for them
# a short talk instead of ..."): a measure where it tells no change for people.
HEDGED_MEASURE_RE = re.compile(
    r"^(?:(?:en|and|of|or|dus|so|verder|ook|also)\s*,?\s+)?(?:"
    r"(?:mss|misschien|wellicht|eventueel)\s+(?:ook\s+)?(?:dat|voor\s+(?:hen|hun|ze|die|de|het)|"
    r"iets\s+(?:met|als|voor|zoals)|(?:gewoon\s+)?(?:geen|nooit))|"
    r"(?:maybe|perhaps|possibly)\s+(?:also\s+)?(?:something\s+(?:like|with|for)|"
    r"for\s+(?:them|him|her|the|those)|(?:just\s+)?(?:don'?t|do\s+not|never|no)))\b",
    re.IGNORECASE,
)
# What goes before a proposal told in a later clause with "let's say:" ("we can't change the
# bus lol, so let's say: the operator explains ...", "..., dus laten we zeggen: ..."): the
# measure is what follows the colon.
LATER_PROPOSAL_LEAD_RE = re.compile(
    r"^(?:[^:.!?]*?[,;]\s*)?(?:(?:so|dus|then|dan|and|en|but|maar)\s+)?(?:laten\s+we|let'?s|let\s+us)\s+"
    r"(?:say|zeggen|make\s+it|maken\s+we\s+er\s+van|do\s+this|doen\s+we)\s*:\s*(?=\w)",
    re.IGNORECASE,
)
# The aim after a measure in the same sentence ("..., zodat de burgemeesters leren ...", "...,
# so that residents know ..."): words about what it achieves, not a value named.
AIM_CLAUSE_RE = re.compile(r",?\s+(?:zodat|opdat|so\s+that|in\s+order\s+(?:that|to))\b", re.I)
# A hedge in front of a proposal, up to its subject ("misschien moet", "maybe", "misschien iets
# met dat", "perhaps something like"), and a word that limits what a thing does or who gets it
# ("alleen", "only", "nooit", "never", "pas na", "unless"): a hedged rule for the technology;
# a rule's modal after its subject ("maybe the summary should only ...").
RULE_AFTER_SUBJECT_RE = re.compile(
    r"^(?:[\w'-]+\s+){1,5}?(?:moet|moeten|mag|mogen|should|must|may|hoeft|hoeven)\b", re.I
)
# People allowed to do something, told where options are asked ("de chauffeurs mogen de route
# aanpassen als ze iets zien wat de software mist", "drivers may change the route"): a measure,
# unless what they may do stops ("bewoners mogen niet meer parkeren": an effect).
PERMISSION_RE = re.compile(
    r"^(?:[\w'-]+\s+){1,5}?(?:mogen|mag|may|(?:are|is)\s+allowed\s+to|get\s+to)\s+"
    r"(?!(?:\w+\s+){0,3}?(?:niet\s+meer|nooit\s+meer|no\s+longer|not\s+any\s*more)\b)",
    re.I,
)
# A rule for every case, told where options are asked ("every flagged application still gets
# read in full by an officer", "an officer reads each flagged one", "elke melding krijgt ..."):
# a measure, whatever words of harm it holds.
EVERY_CASE_RE = re.compile(
    r"\b(?:every|each|elke|iedere)\s+(?!(?:day|night|week|month|year|morning|evening|time|"
    r"shift|dag|nacht|week|maand|jaar|ochtend|avond|keer|dienst)\b)",
    re.I,
)
HEDGE_LEAD_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ok|oké|oke|so|dus|of|or)\s*,?\s+)?(?:mss|misschien|wellicht|maybe|"
    r"perhaps)\s+(?P<frame>(?:iets\s+(?:met|als|zoals)|something\s+(?:like|with))\s+"
    r"(?:dat\s+|that\s+)?|(?P<modal>moet|moeten|zou|zouden|kan|kunnen|mag|mogen|should|could|"
    r"can|must)\s+)?",
    re.IGNORECASE,
)
RESTRICTION_RE = re.compile(
    r"\b(?:alleen|uitsluitend|enkel|nooit|tenzij|only|never|unless|pas\s+(?:na|als|nadat|wanneer)|"
    r"not\s+until|no\s+longer|niet\s+meer)\b",
    re.IGNORECASE,
)
# Where a stated condition's own words start ("ik zie het alleen zitten als ...", "I'd only agree
# if ...", "my condition: only if ..."): the measure is what follows, led by "alleen als"/"only if".
CONDITION_CLAUSE_RE = re.compile(
    r"\b(?P<only>alleen|uitsluitend|pas|only)\b(?:\s+[\w']+){0,3}?\s+"
    r"(?P<if>als|wanneer|zolang|mits|if|when|as\s+long\s+as)\s+",
    re.IGNORECASE,
)
# The speaker's stance after a condition ("... vind ik het verdedigbaar", "..., dat is voor mij
# de ondergrens", "..., that's my bottom line"): no part of the measure.
CONDITION_TAIL_RE = re.compile(
    r"(?:,?\s+(?:vind|zie|ga|kan|wil)\s+ik\b|,\s*(?:dat\s+is|that'?s|that\s+is)\b)[^.?!]*$",
    re.IGNORECASE,
)
# An instruction to add a measure to the list ("Vul nog aan bij de maatregelen dat de OR ...",
# "zet bij de opties nog: ...", "Add to the measures that the council ...", "put under the
# options that ..."): the measure follows, at whatever step it is said.
ADD_TO_OPTIONS_LEAD_RE = re.compile(
    r"(?:^|(?<=[.!]\s))(?:(?P<nl>(?:vul|zet|noteer|schrijf|neem)\s+(?:(?:nog|ook|even|graag)\s+)*"
    r"(?:aan\s+)?(?:bij|onder|in)\s+(?:de|het\s+lijstje)\s+(?:maatregelen|opties|handelingsopties)"
    r"|voeg\s+(?:(?:nog|ook|even|graag)\s+)*(?:aan|bij)\s+de\s+(?:maatregelen|opties|"
    r"handelingsopties)\s+(?:(?:nog|ook)\s+)*toe)(?:\s+(?:nog|ook|even|graag))*\s*(?:dat\s+|:\s*)"
    r"|(?P<en>(?:add|put|note|write)\s+(?:(?:also|down)\s+)?(?:to|under|in|among|with)\s+the\s+"
    r"(?:measures|options)(?:\s+(?:also|too|as\s+well))?\s*(?:that\s+|:\s*)))",
    re.IGNORECASE,
)
# A sentence in the form of a measure wished for, demanded or set as a condition, wherever in it
# ("ik zou willen dat ouders ...", "het moet uit te zetten zijn", "only if there is a human
# check", "we need a way to ..."), or already taken ("voortaan ...", "we set a rule"): where
# the learned model of option sentences is very sure, a measure also before options are asked.
MEASURE_FORM_RE = re.compile(
    r"\b(?:moet|moeten|moest|zou|zouden|wil|willen|graag|wens|eis|voorwaarde|mits|tenzij|"
    r"alleen\s+(?:als|wanneer|na|met)|pas\s+(?:als|na|nadat|wanneer)|zolang|afgesproken|"
    r"afspreken|spreken\s+(?:we\s+)?af|laten\s+we|should|must|would|want|wish|need|needs|"
    r"has\s+to|have\s+to|only\s+(?:if|when|after|with)|unless|provided|as\s+long\s+as|"
    r"condition|require[sd]?|agreed|let'?s|"
    # a measure already taken: "daarna hebben we ingesteld dat ...", "after that we set a rule"
    r"voortaan|ingesteld|ingevoerd|vastgelegd|set\s+(?:a|the)\s+rule|introduced|from\s+now\s+on)\b",
    re.IGNORECASE,
)
# A question that proposes a measure ("kunnen we niet gewoon ...?", "zou het helpen als de app
# ...?", "we zouden misschien ... moeten ...?", "can't we ...?", "would it help if ...?"): in
# the form of a measure, also before options are asked.
PROPOSING_QUESTION_RE = re.compile(
    r"\b(?:(?:kunnen|zouden|zullen)\s+we|we\s+zouden|zou\s+het\s+(?:helpen|werken)|"
    r"is\s+het\s+een\s+idee|wat\s+als\s+we|(?:can'?t|could|should|shall)\s+we|"
    r"we\s+(?:could|should)|would\s+it\s+(?:help|work)|what\s+if\s+we|how\s+about)\b",
    re.IGNORECASE,
)
# A measure put as a question and turned down at once, with or without its reason ("een app om
# thuis te oefenen? nee, liever niet, dat ...", "a paid premium tier? obviously not", "- a second
# camera? no, we have enough of those"): no measure, and its reason none either. What is offered
# instead after the refusal stays ("... ? nee, liever een folder"). Two words at least
# ("efficiëntie? nee" turns down a value); a real question ("is dat genoeg? nee, ...", "values,
# what would you say? no, let me try: ...", "what if ...? no idea") is no measure put as one.
_REFUSAL = (
    r"(?:nee|nope|nah|no(?!\s+(?:idea|doubt|clue|one|longer|more|matter))|never|nooit|"
    r"(?:liever|echt|zeker|absoluut|helemaal|beslist|natuurlijk|gewoon)\s+niet|"
    r"(?:obviously|definitely|absolutely|certainly|rather|really|probably|of\s+course|hell)\s+not|"
    r"not\s+really|no\s+way|geen\s+sprake\s+van|niet\s+doen|joh|hoor|thanks|dank\s*je|"
    r"i\s+don'?t\s+think\s+so|(?:ik\s+)?denk\s+het\s+niet|(?:eerder|juist)\s+niet)"
)
_REAL_QUESTION_OPENING = (
    r"(?:(?:en|and|maar|but|of|or)\s+)?(?:wat|wie|waar|wanneer|waarom|hoe|welke?|is|zijn|was|waren|"
    r"wordt|worden|heeft|hebben|kan|kunnen|moet|moeten|mag|mogen|zou|zouden|gaat|gaan|doet|doen|"
    r"klopt|snap|weet|what|who|where|when|why|how|which|are|were|do|does|did|will|would|can|could|"
    r"should|shall|may|might|has|have|had|isn'?t|aren'?t|don'?t|doesn'?t|won'?t|wouldn'?t|"
    r"right|ok(?:ay)?|toch|echt|really|zo|so)\b"
)
_ASKING_WORD = r"(?:wat|wie|hoe|waarom|welke|what|who|how|why|which|is\s+dat|is\s+that)"
TURNED_DOWN_QUESTION_RE = re.compile(
    r"(?:(?<=^)|(?<=[.;!?]\s)|(?<=\n))(?P<lead>\s*(?:[-*\u2022]\s*|\d{1,2}[.)]?\s+)?)"
    r"(?!" + _REAL_QUESTION_OPENING + r")(?![^.;!?\n]*\b" + _ASKING_WORD + r"\b)"
    r"(?P<asked>[^.;!?\n\s]+\s[^.;!?\n]{1,160}\?)\s*"
    r"(?P<no>" + _REFUSAL + r"(?:[\s,!]+" + _REFUSAL + r")*)(?=[\s,.;:!\u2013-]|$)"
    r"(?P<why>[^.;!?\n]*)(?P<end>[.;!]*[ \t]*)",
    re.IGNORECASE,
)
