"""Effects told as a scene about one person (Dutch and English): "take a pharmacist whose ...",
"there's a woman in her forties who ...", "ik zie een mevrouw van 80 voor me ...", "een
wijkverpleegkundige die ...". The sentences after such an opener tell what happens to that
person, often in the next message; together they are one effect."""

from __future__ import annotations

import re

# Nouns for one person (a compound such as "wijkverpleegkundige" or "arbeidsmigrant" ends on
# one of them).
_PERSON = (
    r"(?:\w*(?:woman|man|lady|gentleman|mother|father|mum|mom|dad|parent|boy|girl|"
    r"child|kid|son|daughter|teenager|pupil|student|farmer|colleague|resident|pharmacist|nurse|"
    r"doctor|widow|widower|grandmother|grandfather|grandma|grandpa|neighbou?r|driver|patient|"
    r"client|tenant|pensioner|migrant|refugee|person|watcher|volunteer|teacher|mayor|officer|"
    r"employee|worker|carer|caregiver|applicant|voter|citizen|guy|baker|shopkeeper|owner|"
    r"cyclist|pedestrian|visitor|customer|passenger|traveller|commuter|caller|user|participant|"
    r"victim|inmate|detainee|prisoner|suspect|lawyer|judge|cleaner|guard|"
    r"vrouw|mevrouw|meneer|moeder|vader|jongen|meisje|kind|zoon|dochter|tiener|puber|leerling|"
    r"studente?|boerin|boer|collega|bewoner|apotheker|verpleegkundige|arts|dokter|weduwe|"
    r"weduwnaar|oma|opa|buurman|buurvrouw|chauffeur|bestuurder|patiënt|patient|cliënt|huurder|"
    r"gepensioneerde|oudere|vluchteling|persoon|vrijwilliger|leraar|lerares|docent|"
    r"burgemeester|medewerker|werknemer|aanvrager|kiezer|inwoner|ondernemer|bakker|winkelier|"
    r"eigenaar|fietser|voetganger|bezoeker|klant|reiziger|passagier|beller|gebruiker|deelnemer|"
    r"slachtoffer|gedetineerde|verdachte|advocaat|rechter|agent|schoonmaker|bewaker|"
    r"mantelzorger))\b"
)
PERSON_NOUN = _PERSON  # for the story of one person among the effects (cues.stories)
# Up to three words before the person ("een Poolse arbeidsmigrant"), not a preposition or an
# article ("kun jij er nog een voor de gebruiker bedenken").
_ADJ = r"(?:(?!(?:voor|van|aan|naar|de|het|the|for|of|to|from)\b)[\w'-]+,?\s+){0,3}?"
_ONE = r"(?:a|an|one|een|zo'n|zo\s+een)\s+"
# What may stand before the opener: a joint ("maar", "and then"), a label ("Negatief,", "the
# reason we started:", "The less nice side,").
_BEFORE = (
    r"^\W*(?:[\w' -]{0,40}(?::|,)\s+)?(?:(?:but|and|so|well|then|maar|en|dus|nou|toen|dan)\W+)*"
)
SCENE_OPENER_RE = re.compile(
    _BEFORE + r"(?:"
    r"(?:there(?:'s|\s+is|\s+was)|here'?s)\s+(?:also\s+|this\s+)?"
    r"(?:one\s+of\s+(?:our|the|their)\s+"
    + _PERSON
    + r"\W+)?"
    + _ONE
    + _ADJ
    + _PERSON
    + r"|(?:take|picture|imagine|say|consider)\W+(?:for\s+example\s+)?"
    + _ONE
    + _ADJ
    + _PERSON
    + r"|i\s+(?:keep|kept)\s+(?:thinking|coming\s+back\s+to)\s+(?:of\s+|about\s+)?"
    + _ONE
    + _ADJ
    + _PERSON
    + r"|(?:i|we)\s+(?:see|saw|picture|had|met)\s+"
    + _ONE
    + _ADJ
    + _PERSON
    + r"|(?:neem|stel(?:\s+je\s+voor)?|denk\s+aan|zeg)\W+(?:bijvoorbeeld\s+)?"
    + _ONE
    + _ADJ
    + _PERSON
    + r"|ik\s+(?:zie|zag)\s+(?:\w+\s+){0,2}?"
    + _ONE
    + _ADJ
    + _PERSON
    + r"|ik\s+moet\s+(?:\w+\s+){0,2}?denken\s+aan\s+"
    + _ONE
    + _ADJ
    + _PERSON
    + r"|(?:dan\s+)?heb\s+je\s+(?:\w+\s+){0,2}?"
    + _ONE
    + _ADJ
    + _PERSON
    + r"|(?:(?:\w+\s+){0,2}?(?:er\s+\w+|\w+\s+er)\s+(?:\w+\s+){0,2}?)"
    + _ONE
    + _ADJ
    + _PERSON
    + r"|(?:(?:\w+\s+){0,2}?(?:(?:ik|we|wij)\s+(?:had|hadden|heb|hebben|sprak|zag)|"
    r"(?:had|hadden|sprak|zag)\s+(?:ik|we|wij))\s+"
    r"(?:(?:\w+|'s)\s+){0,4}?)"
    + _ONE
    + _ADJ
    + _PERSON
    + r"(?=.*\b(?:die|gelezen|gesproken)\b)"
    + r"|"
    + _ONE
    + _ADJ
    + _PERSON
    + r"(?=\s+(?:who|whose|with|of|in|on|at|from|along|driving|die|wier|wiens|met|van|uit|"
    r"op|bij|werd)\b|,)"
    r")",
    re.IGNORECASE,
)
# One person noun (the person a scene is about).
PERSON_RE = re.compile(_PERSON, re.IGNORECASE)
# A sentence that says a group stands behind the person of a scene ("ouderen zonder smartphone
# zijn dus eigenlijk ook een groep", "and people like her are a group too").
GROUP_REMARK_RE = re.compile(
    r"\b(?:zijn|is|vormen)\s+(?:dus\s+|eigenlijk\s+|ook\s+|wel\s+){0,3}(?:een\s+)?(?:eigen\s+)?"
    r"groep\b|\b(?:are|is|form)\s+(?:really\s+|actually\s+|also\s+|so\s+){0,3}(?:a\s+)?"
    r"(?:group|category)\b",
    re.IGNORECASE,
)
# A sentence that starts on something else after a scene: another point, a label, a turn back.
SCENE_STOP_RE = re.compile(
    r"^\W*(?:(?:and|en|but|maar|o|oh|ah)\W+)?(?:also|ook|daarnaast|bovendien|verder|besides|"
    r"plus|what'?s\s+more|another|one\s+more|nog\s+(?:iets|een\s+ding|eentje|twee)|"
    r"on\s+the\s+other\s+hand|aan\s+de\s+andere\s+kant|wat\s+(?:wel\s+)?(?:beter|goed)|"
    r"the\s+(?:good|upside|positive)|positief|negatief|positive|negative|good\s+stuff|anyway|"
    r"actually|wait|hang\s+on|hold\s+on|i\s+should\s+add|can\s+i\s+(?:still\s+)?add|"
    r"before\s+i\s+forget|voordat\s+ik\s+het\s+vergeet|wacht|ik\s+moet\s+(?:toch\s+)?nog|"
    r"mag\s+ik\s+(?:eerst\s+)?nog|terug\s+naar|back\s+to)\b",
    re.IGNORECASE,
)
# A sentence before a scene that only announces it ("But there's a type of case that really
# worries me.", "Maar er gebeurde ook iets.", "The downside, well."): no effect of its own.
SCENE_LEAD_RE = re.compile(
    r"^\W*(?:[\w' -]{0,40},\s+)?(?:(?:but|and|so|maar|en|dus)\W+)*(?:"
    r"there'?s\s+(?:a|one)\s+(?:type|kind|sort)\s+of\s+(?:case|situation|story)\b.*|"
    r"here'?s\s+what\s+(?:bothers|worries)\s+me|"
    r"er\s+(?:gebeurde|was|is)\s+(?:ook\s+)?(?:iets|wat|één\s+ding|een\s+ding|een\s+geval)|"
    r"(?:the\s+)?(?:downside|down\s+side|less\s+nice\s+side|bad\s+part|negative\s+side)"
    r"(?:\W+well)?|"
    r"(?:het\s+)?(?:nadeel|minder\s+leuke\s+kant|negatieve\s+kant)(?:\W+(?:nou|tja))?"
    r")\W*$",
    re.IGNORECASE,
)
# A sentence that starts on a group of its own ("En de wachtenden worden gefilmd", "the
# residents are ..."): no longer the person of the scene.
GROUP_SUBJECT_RE = re.compile(
    r"^\W*(?:(?:and|en|but|maar|ook|also)\W+)?(?:de|the|our|onze|hun|their|alle|all)\s+"
    r"\w+(?:en|ers|s)\s+(?:worden|zijn|hebben|krijgen|kunnen|moeten|gaan|voelen|verliezen|"
    r"are|were|have|get|can|will|must|feel|lose)\b",
    re.IGNORECASE,
)
# An opener that turns against what was told before it ("Maar ik zie ...", "The less nice side,
# I keep thinking of ...", "Negatief, ...").
SCENE_TURN_RE = re.compile(
    r"^\W*(?:[^,:]{0,40}[,:]\s*)?(?:maar|but|however|echter|negatief|negative|"
    r"(?:the\s+)?(?:downside|less\s+nice\s+side|bad\s+part)|(?:het\s+)?nadeel)\b",
    re.IGNORECASE,
)
# "also"/"ook" among a sentence's first words: another point ("The camera also films ...").
ALSO_RE = re.compile(r"^\W*(?:[\w'-]+\s+){1,3}(?:also|too|ook)\b", re.IGNORECASE)
# A sentence that opens on people named with an article ("En de vrijwilligers van ..."); the
# reader checks that the word is one for people.
PEOPLE_FIRST_RE = re.compile(
    r"^\W*(?:(?:and|en|but|maar)\W+)?(?:de|the|our|onze|hun|their|alle|all)\s+(?P<people>\w+)\b",
    re.IGNORECASE,
)
# The start of a sentence that goes on with one sent before it ("en een huisgenoot die ...",
# "...en toen bleef de slagboom dicht", "and every time she does", "because she's scared").
JOINED_ON_RE = re.compile(
    r"^\W*(?:\.{2,}|…)?\s*(?:en|and|maar|but|want|omdat|because|dus|so|die|who|which|waardoor|"
    r"zodat)\b",
    re.IGNORECASE,
)
