"""Talk about which kinds of handling options are covered or still missing ("so I have design
and rules", "wat nog ontbreekt is de menskant", "nog niks voor de bewoners zelf", "the officers
themselves need something too"): no option itself; the kind it says is missing is a strong hint
for the measure that follows. Also pointers to options named by others ("Dennis's one", "de twee
adviezen van Ilse neem ik over") and remarks that only point at a measure ("put that in as
well", "zet die er ook bij", "the one I forgot")."""

from __future__ import annotations

import re

from assistant.domain.session import OptionKind

_FILLERS = (
    r"^(?:(?:hmm+|so\s+far|tot\s+nu\s+toe|so|dus|and|en|ok|oké|oke|but|maar|also|ook|well|nou|volgens\s+mij|ik\s+denk"
    r"|ah|oh|ja|yes|right|now|nu|dan|then"
    r"|i\s+think|i\s+guess|though|wel)\s*,?\s+)*"
)
# What opens a statement that a kind is missing: "wat nog ontbreekt is", "mist (er) nog",
# "ik mis nog", "nog niks/niets", "what's (still) missing/thin is", "nothing yet for".
MISSING_LEAD_RE = re.compile(
    _FILLERS + r"(?:wat\s+(?:ik|we|wij)\s+(?:zelf\s+)?(?:nog\s+)?(?:mis|missen)(?:\s+nog)?"
    r"(?:\s+(?:is|zijn))?|"
    r"what\s+(?:i|we)\s+(?:still\s+)?miss(?:\s+still)?(?:\s+(?:is|are))?|"
    r"wat\s+(?:er\s+)?(?:nog\s+)?(?:mist|ontbreekt|ontbreken)(?:\s+nog)?"
    r"(?:\s+(?:is|zijn))?|(?:ik\s+)?mis(?:t)?\s+(?:ik\s+|er\s+)?(?:nog|wel|eigenlijk)"
    r"|(?:er\s+)?ontbreekt\s+(?:er\s+)?(?:nog\s+)?|(?:er\s+is\s+)?(?:nog\s+)?(?:niks|niets)"
    r"(?:\s+nog)?|nog\s+geen|what(?:'?s|\s+is)\s+(?:still\s+)?(?:missing|thin|lacking|absent)"
    r"(?:\s+(?:is|are))?|(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:still\s+)?missing|"
    r"(?:there'?s\s+)?(?:still\s+)?nothing(?:\s+yet)?|(?:am\s+i|are\s+we)\s+missing|"
    r"what\s+(?:i'?m|we'?re|i\s+am|we\s+are)\s+(?:still\s+)?missing(?:\s+(?:is|are))?|"
    r"(?:i|we)\s+(?:still\s+)?miss|"
    r"wat\s+(?:er\s+)?(?:wel|ook|nog|echt)?\s*(?:helpt|zou\s+helpen)(?:\s+(?:is|zijn))?|"
    r"what\s+(?:would|does|could)?\s*(?:really\s+|also\s+)?helps?(?:\s+(?:is|are))?)\b",
    re.IGNORECASE,
)
# Someone who still needs a measure ("the patrol people themselves need something too", "de
# boa's zelf hebben ook iets nodig"): the people named, no measure.
NEEDS_SOMETHING_RE = re.compile(
    _FILLERS + r"(?:the\s+|de\s+|het\s+)?(?:[\w'-]+\s+){1,4}?(?:(?:themselves|zelf)\s+)?"
    r"(?:need|needs|hebben|heeft|verdienen|verdient|deserve|deserves)\s+(?:also\s+|ook\s+)?"
    r"(?:something|iets|smth|anything)(?:\s+(?:too|as\s+well|also|ook|nodig|for\s+them))*"
    r"\s*[.!?]?$",
    re.IGNORECASE,
)
# Help for people themselves, as a lead before the measure ("help for the taxpayer themselves:
# ...", "iets voor de bewoners zelf: ..."): a human measure follows.
SELF_HELP_RE = re.compile(
    _FILLERS + r"(?:(?:some|wat|een\s+beetje)\s+)?(?:help|hulp|support|steun|ondersteuning|"
    r"something|iets|smth|one|eentje)\s+(?:for|voor)\s+(?:[\w'-]+\s+){1,4}?(?:themselves|zelf)"
    r"\s*$",
    re.IGNORECASE,
)
# A statement of the kinds covered so far ("so I have design and rules", "hebben we vooral
# techniek en afspraken", "that's design and one for the people themselves").
COVERED_LEAD_RE = re.compile(
    _FILLERS + r"(?:(?:i|we)(?:'ve|\s+have)?\s+(?:now\s+|already\s+|mostly\s+)?got|"
    r"(?:i|we)\s+(?:now\s+|already\s+|mostly\s+)?have|"
    r"(?:ik|we|wij)\s+(?:heb|hebben)|(?:heb|hebben)\s+(?:ik|we|wij)|(?:that|dat|this|dit)"
    r"(?:'?s|\s+is|\s+zijn|\s+are)|(?:zijn|is)\s+(?:dat|dit|het)|(?:those|these)\s+are)\b",
    re.IGNORECASE,
)
# People a missing measure is for, after the missing kind ("voor de bewoners zelf", "for the
# officers", "richting patiënt en familie", "wat de budgethouder zelf kan doen").
FOR_WHOM_RE = re.compile(
    r"\b(?:voor|for|richting|towards|aimed\s+at|gericht\s+op|wat|what)\b.*$", re.IGNORECASE
)
# The names of the kinds when the speaker says which are covered or missing.
COVERAGE_KIND_WORDS: dict[str, OptionKind] = {
    "design": "design", "ontwerp": "design", "techniek": "design", "technology": "design",
    "technologie": "design", "tech": "design", "technical": "design", "technische": "design",
    "technisch": "design", "designkant": "design", "techniekkant": "design",
    "environment": "environment", "omgeving": "environment", "context": "environment",
    "organisational": "environment", "organizational": "environment", "org": "environment",
    "organisatie": "environment", "organisatorische": "environment", "organisatorisch":
    "environment", "rules": "environment", "regels": "environment", "afspraken":
    "environment", "policy": "environment", "beleid": "environment", "agreements":
    "environment", "organisatiekant": "environment", "contextkant": "environment",
    "omgevingskant": "environment", "ontwerpkant": "design",
    "software": "design", "systeem": "design", "system": "design", "settings": "design",
    "instellingen": "design", "contractual": "environment", "contractueel": "environment",
    "contractuele": "environment",
    "human": "human", "mens": "human", "menskant": "human", "mensenkant": "human", "people":
    "human", "menselijke": "human", "user": "human", "users": "human", "gebruikers": "human",
    "gebruiker": "human", "mensen": "human", "themselves": "human", "zelf": "human",
}  # fmt: skip
# The kind names that may stand after "missing" without making it a measure: "de menskant",
# "the organisational side" (not "rules": "what's missing is a rule that ..." is a measure).
MISSING_KIND_WORDS = frozenset(
    w
    for w in COVERAGE_KIND_WORDS
    if w not in ("rules", "regels", "afspraken", "agreements", "settings", "instellingen")
)
# Other words a statement about kinds may hold ("een soort", "the people side", "iets").
COVERAGE_WORDS = frozenset((
    "a", "an", "the", "de", "het", "een", "and", "en", "or", "of", "side", "kant", "kind",
    "soort", "type", "sort", "one", "ones", "eentje", "iets", "something", "smth", "anything",
    "still", "nog", "thin", "dun", "mostly", "vooral", "vooral", "alleen", "only", "just",
    "already", "al", "now", "nu", "so", "far", "tot", "toe", "zover", "nu", "toch", "eigenlijk",
    "actually", "really", "echt", "option", "options", "optie", "opties", "measure", "maatregel",
    "kinds", "soorten", "both", "allebei", "beide", "too", "ook", "also", "wel", "more", "meer",
    "i", "ik", "we", "wij", "guess", "think", "denk", "hmm", "ok", "right", "isn't", "there",
    "er", "is", "are", "zijn", "yet", "nothing", "niks", "niets", "geen", "no", "wat", "what",
    "two", "twee", "three", "drie", "covered", "gedekt", "have", "hebben", "heb", "got",
    "aan", "in", "itself", "bij", "own", "eigen", "side", "all", "alles", "allemaal", "on",
    "op",
))  # fmt: skip
# Words that point back at a measure or at others' options, naming none ("put that in as well",
# "zet die er ook bij", "the one I forgot", "Dennis's one, obviously", "de twee adviezen van
# Ilse neem ik over", "goed lijstje", "opties die ik zie", "zet het maar op een rij").
POINTER_TALK_WORDS = frozenset((
    "put", "zet", "forgot", "vergat", "vergeten", "left", "out", "missed", "overgeslagen",
    "obviously", "natuurlijk", "uiteraard",
    "course", "advies", "adviezen", "advice", "suggestion", "suggestions", "suggestie",
    "suggesties", "idea", "ideas", "idee", "ideeën", "proposal", "proposals", "voorstel",
    "voorstellen", "lijstje", "rij", "row", "zie", "see", "ga", "door", "naar", "genoemd",
    "noemde", "named", "mentioned", "said", "gezegd", "go", "on", "to", "well", "take", "adopt",
    "overnemen", "neem", "over", "from", "van", "of", "by", "door", "his", "her", "their",
    "zijn", "haar", "hun", "too", "also", "aan", "kijk",
))  # fmt: skip
# The person whose options a pointer names ("Dennis's one", "de adviezen van Ilse").
OWNER_NAME_RE = re.compile(
    r"\b(?P<own>[A-Z][a-zà-ÿ]+)(?:'s|’s)(?=\s|$|[,.])|\b(?:van|from|of|by)\s+(?P<of>[A-Z][a-zà-ÿ]+)"
)
# Who wrote a part of a pasted mail or thread: a header ("From: Dennis Kok", "Van: Ilse") that
# opens it, or a greeting ("Groet, Ilse", "Regards, Dennis") that closes it.
MAIL_HEADER_RE = re.compile(
    r"^(?:from|van|sent|verzonden|subject|onderwerp|to|aan|cc|date|datum)\s*:", re.IGNORECASE
)
SIGN_OFF_RE = re.compile(
    r"^(?:(?:met\s+)?(?:vriendelijke\s+)?groet(?:en)?|regards|kind\s+regards|best|cheers|"
    r"thanks|mvg|dank)\s*,?\s*",
    re.IGNORECASE,
)
# What says a measure is advised in that part ("Mijn advies: ...", "We could let ...", "I'd
# suggest ..."): the measure follows it.
ADVICE_RE = re.compile(
    r"\b(?:mijn\s+advies(?:\s+is)?|my\s+advice(?:\s+is)?|i\s+(?:would\s+|'d\s+)?suggest|"
    r"i\s+propose|ik\s+stel\s+voor(?:\s+om)?|ik\s+zou\s+adviseren|we\s+could|we\s+kunnen|"
    r"we\s+zouden\s+kunnen)\b\s*:?\s*",
    re.IGNORECASE,
)
# Someone's name with 's or after "van"/"from" in a pointer ("Dennis's one", "het idee van
# Ilse"): a person, no measure.
NAMED_OWNER_RE = OWNER_NAME_RE
# Whom a missing measure is for, named in the remark ("iets voor de consulenten zelf", "something
# for the farmers themselves"), and the pronoun that opens the measure after it ("die moeten
# leren ...", "they could get ..."): the measure is about those people.
PEOPLE_THEMSELVES_RE = re.compile(
    r"\b(?:voor|for)\s+(?P<who>(?:(?:de|het|onze|our|the)\s+)?[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:zelf|themselves)\b",
    re.IGNORECASE,
)
OPENING_PRONOUN_RE = re.compile(r"^\s*(?:die|zij|ze|they)\s+(?=\w)", re.IGNORECASE)
# A lead that names only whom the next measure is for ("voor de mensen zelf", "iets voor de
# gebruikers", "for the youth workers themselves", "for the nurses and clients", "one for the
# staff please"): no measure; who it names is checked to be people where it is used.
FOR_PEOPLE_ONLY_RE = re.compile(
    _FILLERS + r"(?:(?:iets|something|smth|one|eentje|een|wat|anything|nog|more)\s+)*"
    r"(?:voor|for)\s+(?P<who>(?:[\w'-]+\s+){0,4}?[\w'-]+?)"
    r"(?:\s+(?:zelf|themselves|himself|herself|then|dan))?(?:\s*,?\s*(?:please|graag|nog|too|ook|"
    r"also|then|dan))*\s*[?.!:]*$",
    re.IGNORECASE,
)
# Words that may join the people in such a lead ("de verpleging en de cliënten").
FOR_PEOPLE_JOINTS = frozenset(("de", "het", "the", "our", "onze", "ons", "all", "alle", "and",
                               "en", "&", "each", "every", "elke", "iedere"))  # fmt: skip
# A kind named with "side" alone, as a remark ("ah, the people side", "de menskant dus"): the
# kind the speaker turns to.
SIDE_WORDS = frozenset(("side", "kant", "dus", "then", "dan", "ah", "oh", "for", "voor", "from",
                        "vanuit", "as", "als", "wat", "betreft", "regarding"))  # fmt: skip
# A remark on what was said before, no measure ("I hadn't thought of that", "daar had ik niet
# aan gedacht", "good point", "goed punt").
REMARK_RE = re.compile(
    r"^(?:i\s+(?:hadn'?t|had\s+not|never|didn'?t)\s+(?:have\s+)?thought\s+(?:of|about)\s+"
    r"(?:that|it|this)(?:\s+(?:yet|before|at\s+all))?|daar\s+had\s+ik\s+(?:nog\s+)?(?:niet|nooit)\s+"
    r"(?:aan\s+)?gedacht|(?:good|fair|valid)\s+point|goed\s+punt|terecht)\s*[.!]*$",
    re.IGNORECASE,
)
# Word endings for members of a body ("commissieleden", "raadsleden", "board members").
GROUP_MEMBER_ENDINGS = ("leden", "members")
# A clause of fillers alone before the talk about kinds ("ah, the people side", "hmm, ...").
FILLER_WORDS = frozenset(("ah", "oh", "hmm", "hm", "ok", "oké", "oke", "ja", "yes", "right",
                          "nou", "well", "so", "dus", "aha"))  # fmt: skip

# A question which kind a measure just named is ("is dat context of design?", "valt dat onder
# mens?", "is that human or context?", "which kind is that?"): about the option, not off topic.
_KIND_NAMES = (
    r"(?:ontwerp|design|techniek|technologie|technology|context|omgeving|environment|mens|"
    r"gebruiker|human|user|people)"
)
KIND_QUESTION_RE = re.compile(
    r"^(?:(?:en|and|of|or|maar|but)\s+)?(?:is|valt|hoort|zou|would|does|falls?|counts?|"
    r"welke\s+soort|which\s+kind|wat\s+voor\s+soort|what\s+kind)\b[^?]{0,40}?"
    rf"(?:\b{_KIND_NAMES}\b[^?]{{0,25}}|\bsoort\b|\bkind\b)\?\s*$",
    re.IGNORECASE,
)
# Looking back over the measures before saying which kinds they are ("looking at it again,
# that's all settings", "als ik ze zo teruglees zijn dat vooral ...", "nu ik het zo teruglees:
# ..."): a lead, no measure.
LOOKING_BACK_RE = re.compile(
    r"^\W*(?:(?:hm+|hmm+|ok|so|dus|en|and|nou|well)\s*,?\s+)*(?:looking\s+(?:at\s+(?:it|them|this|"
    r"these|those|the\s+list)\s+)?(?:again|back)|reading\s+(?:it|them|this|these)\s+(?:back|"
    r"again|over)|(?:als|nu)\s+ik\s+(?:ze|het|dit|die|deze|alles)\s+(?:zo\s+|nog\s+eens\s+)*"
    r"(?:teruglees|terugzie|nalees|bekijk|overzie|lees|zie))(?:\s*[,:]\s*|\s+)",
    re.IGNORECASE,
)
# People for whom the speaker has no measure yet ("aan de mensen zelf had ik eigenlijk nog niet
# gedacht", "voor de bewoners zelf heb ik nog niks", "I hadn't thought of the people themselves
# yet", "for the drivers themselves we have nothing yet"): the human kind is missing.
NOT_THOUGHT_OF_RE = re.compile(
    r"^\W*(?:(?:en|and|maar|but)\s+)?(?:(?:aan|voor)\s+(?:[\w'-]+\s+){1,5}?(?:zelf\s+)?"
    r"(?:had|heb|hebben|hadden)\s+(?:ik|we|wij)\s+(?:eigenlijk\s+|nog\s+|echt\s+|helemaal\s+)*"
    r"(?:niet\s+(?:aan\s+)?gedacht|nooit\s+(?:aan\s+)?gedacht|niks|niets)|"
    r"(?:i|we)\s+(?:hadn'?t|haven'?t|had\s+not|have\s+not)\s+(?:really\s+|yet\s+|even\s+)*"
    r"thought\s+(?:of|about)\s+(?:[\w'-]+\s+){0,4}?[\w'-]+|for\s+(?:[\w'-]+\s+){1,5}?"
    r"(?:themselves\s+)?(?:i|we)\s+(?:have|'ve\s+got|got)\s+nothing)(?:\s+(?:yet|so\s+far|"
    r"really))*\s*[.!?]*$",
    re.IGNORECASE,
)
