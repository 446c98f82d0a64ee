"""Cue words for what goes in front of a handling option or around it in a list (Dutch and
English): kind labels ("Technisch: ...", "(design)"), leads that are no part of the measure (an
opinion, the speaker's own addition, a wish or a question before it, "Opties:", "mijn idee: ..."),
proposals taken, changed or turned down by their number ("1 en 2 zijn goed, 3 niet"), numbers,
dashes and pluses between measures typed on one line, and what follows a measure without being
one (a retraction, a doubt, a wish after it). Clauses that go on with the measure before are in
``measure_joints``; what decides an option's kind is in ``option_kinds``."""

from __future__ import annotations

import re

from assistant.domain.session import OptionKind
from assistant.language.cues.references import TURNED_DOWN_WORDS

KIND_LABEL_RE = re.compile(
    r"^\s*(?P<label>ontwerp|techniek|technologie|design|technology|omgeving|context|environment|"
    r"mens|gebruiker|human|user|people|organisatie|organisation|organization|techniek zelf|"
    r"technisch|technical|afspraken|beleid|regels|policy|rules|agreements|governance|"
    r"organisatorisch|organisational|organizational|opleiding|training|rule|regel|contract|"
    r"env|envir|tech|omg)"  # shorthand ("env: ...", "tech: ...")
    r"(?:\s*:|[-\s]?wise\s*[:,]?)\s*(?P<rest>.+)$",  # "design-wise, ...", "environment wise ..."
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
    "afspraak": "environment", "agreement": "environment", "env": "environment",
    "envir": "environment", "tech": "design", "omg": "environment",
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
# The speaker's own addition announced as a clause or as a part of the technology, with the
# measure after it ("what I'd add myself is a help desk ...", "wat ik zelf nog zou toevoegen is
# een ...", "en dan nog iets aan de software: dat ...", "one more thing for the app: ..."): a
# measure wherever said, also where the values are asked.
ADDED_MEASURE_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ook|also|dan|then|verder|besides)\s*,?\s+)*(?:"
    r"what\s+(?:i|we)(?:'d|\s+would)?\s+(?:also\s+)?add(?:\s+(?:myself|ourselves))?\s+is\s+"
    r"(?:a|an|to|some)\b|"
    r"wat\s+(?:ik|wij|we)\s+(?:zelf\s+)?(?:nog\s+)?(?:zou|zouden|wil|willen)\s+(?:zelf\s+)?"
    r"(?:nog\s+)?toevoegen(?:\s+is\s+een\b|\s*:)|"
    r"(?:nog\s+|one\s+more\s+|another\s+)?(?:iets|something|thing|eentje|one)\s+(?:aan|in|voor|"
    r"for|in|on|about)\s+(?:de|het|the)\s+(?:software|systeem|system|app|model|tool|techniek|"
    r"technology|technologie|programma|program)\s*:\s*\w)",
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
    r"(?:(?:maybe|perhaps|also|just|simply)\s+)?(?!not\b)|what\s+if\s+we\s+|how\s+about\s*:?\s+|"
    r"what\s+about\s*:?\s+|wat\s+dacht\s+je\s+van\s*:?\s+|(?:kunnen|zouden|moeten)\s+(?:we|wij|jullie)\s+"
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
# The speaker's wish in front of a measure told as a clause ("wat ik zelf zou willen is dat een
# kastje ...", "en zelf wil ik nog dat er ...", "I'd also love it if the leaders ...", "I wish
# we had ..."): no part of it.
WISH_THAT_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ook|also|verder|daarnaast|besides|plus|zelf|myself)\s*,?\s+){0,2}"
    r"(?:wat\s+(?:ik|wij|we)\s+"
    r"(?:zelf\s+)?(?:(?:zou|zouden)\s+)?"
    r"(?:graag\s+)?(?:wil|willen)(?:\s+is)?|ik\s+zou\s+(?:(?:ook|zelf|graag)\s+)*willen|"
    # "verder zou ik willen dat ...", "daarnaast zouden we graag zien dat ..."
    r"(?:zou|zouden)\s+(?:ik|wij|we)\s+(?:(?:ook|zelf|graag|nog)\s+)*(?:willen|zien)(?=\s+dat\b)|"
    r"what\s+(?:i|we)(?:'d|\s+would)?\s+(?:really\s+)?(?:want|like)(?:\s+is)?|"
    # "what I'd add myself is a ...", "wat ik zelf nog zou toevoegen is een ..."
    r"what\s+(?:i|we)(?:'d|\s+would)?\s+(?:also\s+)?add(?:\s+(?:myself|ourselves))?\s+is|"
    r"wat\s+(?:ik|wij|we)\s+(?:zelf\s+)?(?:nog\s+)?(?:zou|zouden|wil|willen)\s+(?:zelf\s+)?"
    r"(?:nog\s+)?toevoegen(?:\s+is)?|"
    r"i'?d\s+(?:also\s+|really\s+)?love\s+it\s+if|i\s+wish|"
    # "verder wil ik dat er ...", "I want that ...", "goed idee om ...", "good idea to ..."
    r"(?:ik\s+wil|wil\s+ik|we\s+willen|willen\s+we)(?:\s+(?:ook|graag|nog|zelf))*(?=\s+dat\b)|"
    r"(?:i|we)\s+(?:also\s+|really\s+)?want(?=\s+that\b)|(?:een\s+)?(?:goed|prima|leuk|slim)\s+idee\s+om|"
    r"(?:a\s+)?(?:good|great|nice)\s+idea\s+to|"
    # "I like the idea of asking ...", "ik vind het een goed idee om ...", "ik zie wel iets in"
    r"(?:i|we)\s+(?:really\s+|do\s+)?(?:like|love)\s+the\s+idea\s+of|"
    r"(?:ik|wij|we)\s+(?:vind|vinden|zie|zien)\s+(?:het\s+)?(?:wel\s+)?(?:een\s+)?(?:goed|mooi|"
    r"leuk|prima|sterk)\s+idee\s+om|(?:ik|wij|we)\s+(?:zie|zien)\s+(?:wel\s+)?(?:wat|iets)\s+in|"
    # after turning a proposal down: what is taken instead ("wel: ...", "instead: ...")
    r"(?:maar\s+)?wel(?:\s+graag)?\s*:|instead\s*:|in\s+plaats\s+daarvan\s*:|"
    r"what\s+i\s+do\s+like\s*:)\s+(?:(?:dat|that)\s+)?(?=\w)",
    re.IGNORECASE,
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
# A number that opens each measure of a list typed on one line ("1 blokkade nooit automatisch
# 2 in de melding uitleggen waarom 3 ...", "options: 1 keep a card 2 parents only see ..."): the
# numbers 1, 2, 3 ... in order mark where each measure starts.
NUMBERED_RUN_RE = re.compile(r"(?<!\S)(?P<n>\d{1,2})[).:]?\s+(?=[^\W\d_])")

# A short label that names what the measure after it is about ("And the footage: shouldn't
# there be a rule ...", "En de beelden: die gaan na een week weg"): a topic, no part of the test
# whether a measure follows (the label stays in the measure's text).
TOPIC_LEAD_RE = re.compile(
    r"^\s*(?:(?:and|en|as\s+for|wat\s+betreft|over|about|dan)\s+)?"
    r"(?:(?:the|de|het|die|dat|that|our|onze|ons|those|these)\s+)?"
    # not an alternative weighed ("Optie B: we send it to the lab as now")
    r"(?!(?:optie|option|alternatief|alternative|scenario|variant|plan)\b)"
    r"[^\W\d_][\w'’]+(?:[\s-][^\W\d_][\w'’]+)?\s*:\s+(?=\S)",
    re.IGNORECASE,
)
# A proposal praised by a word of it before the user says the measure in their own words ("Die
# van de opnameknop vind ik goed: de opname start pas als ...", "yeah the briefing one is good,
# we could ask ...", "I like the helpline one: ..."): the words after it are the measure.
PRAISED_PICK_LEAD_RE = re.compile(
    r"^\s*(?:(?:ja|yes|yeah|ok|oké|oke|nou)\s*[,!]?\s+)?(?:"
    r"(?:die|de|het|dat)\s+(?:van|met|over)\s+(?:de\s+|het\s+|die\s+)?[\w'-]+(?:\s+[\w'-]+){0,3}?"
    r"\s+(?:vind|vond)\s+ik\s+(?:wel\s+|echt\s+|heel\s+|erg\s+|best\s+)*(?:goed|mooi|sterk|prima|"
    r"handig|een\s+goeie|een\s+goede)|"
    r"(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?\s+one\s+(?:is|sounds|seems)\s+(?:really\s+|very\s+)?"
    r"(?:good|great|fine|nice|useful|sensible)|"
    r"the\s+one\s+(?:about|with|on)\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?\s+i\s+(?:really\s+)?"
    r"like|i\s+(?:really\s+)?like\s+the\s+[\w'-]+(?:\s+[\w'-]+){0,2}?\s+one"
    # not a pick that follows ("..., neem die ook mee", "..., take it too")
    r")\s*[:,]\s+(?!(?:neem|pak|zet|doe|voeg|take|add|include|put)\b)(?=\S+(?:\s+\S+){3})",
    re.IGNORECASE,
)
