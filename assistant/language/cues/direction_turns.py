"""Cue words for what turns or sets the direction of a clause beyond a plain "niet"/"minder":
what "zonder"/"without" reaches over ("zonder zich te schamen", "without having to wait"),
finding a bad thing ("finds more fraud", "fraude wordt eerder opgespoord"), a burden that is
small ("de schulden zijn dan nog klein", "the risk stays low"), fewer people or things needed
("far fewer exam rooms needed", "met minder mensen"), the people a praise is for ("great for
people who had to ...": who they are, not what happens) and data or work that goes to a cloud
or supplier abroad ("the audio goes to a US cloud")."""

from __future__ import annotations

import re

# Words that "zonder"/"without" reaches over to the word it turns ("zonder zich te schamen",
# "zonder te hoeven wachten", "without having to queue", "without being judged", "without
# feeling watched").
WITHOUT_GLUE = frozenset((
    "zich", "te", "je", "ze", "hen", "me", "mij", "ons", "hoeven", "meer", "nog", "langer",
    "to", "having", "have", "being", "be", "getting", "get", "feeling", "feel", "any", "longer",
    "themselves", "yourself", "myself", "ourselves",
))  # fmt: skip
# Turning words long and unlike other words enough to be read with one letter off ("insted of
# waiting", "witout asking"); "anders" is left out, as "andere" is another word.
TYPO_TOLERANT_FLIPS = ("instead", "without", "nauwelijks")
# Finding, catching or spotting something bad is good ("finds more fraud", "catches errors
# earlier", "spoort meer fraude op", "ontdekt fouten sneller"); the plain Dutch "vinden" is left
# out, as it mostly gives an opinion ("ze vinden het lastig").
FINDING_WORDS = frozenset((
    "find", "finds", "finding", "found", "detect", "detects", "detected", "detecting", "catch",
    "catches", "caught", "catching", "spot", "spots", "spotted", "spotting", "uncover",
    "uncovers", "uncovered", "opsporen", "spoort", "spoorde", "opgespoord", "ontdekt",
    "ontdekken", "ontdekte", "ontdekten", "gevonden", "signaleert", "signaleren", "gesignaleerd",
    "betrapt", "onderschept", "intercepts", "intercepted",
))  # fmt: skip
# The same, said after the bad thing ("fraude wordt sneller opgespoord", "errors are caught").
FOUND_PARTICIPLES = frozenset((
    "found", "detected", "caught", "spotted", "uncovered", "intercepted", "opgespoord",
    "ontdekt", "gevonden", "gesignaleerd", "betrapt", "onderschept",
))  # fmt: skip
# Words that may stand between a finding verb and the bad thing found ("finds far more fraud",
# "spoort veel eerder fouten op").
FINDING_GLUE = frozenset((
    "de", "het", "een", "the", "a", "an", "more", "meer", "much", "many", "far", "veel",
    "extra", "also", "ook", "earlier", "eerder", "sooner", "faster", "sneller", "vaker", "often",
    "more often", "all", "alle", "every", "elke", "elk", "any", "enige", "real", "echte",
))  # fmt: skip
FINDING_REACH = 3
# A bad thing said to be small ("de schulden zijn dan nog klein", "the risk stays low", "de kans
# op fouten is gering"): a copula, then one of these within the same clause.
COPULAS = frozenset((
    "is", "zijn", "are", "was", "were", "blijft", "blijven", "stays", "stay", "remains",
    "remain", "wordt", "worden", "becomes", "become", "lijkt", "lijken", "seems", "seem",
))  # fmt: skip
SMALL_WORDS = frozenset((
    "klein", "kleiner", "small", "smaller", "laag", "lager", "low", "lower", "gering", "beperkt",
    "limited", "minimal", "minimaal", "tiny", "verwaarloosbaar", "negligible",
))  # fmt: skip
# Fewer people or things needed for the work ("far fewer exam rooms and invigilators needed",
# "minder mensen nodig", "meer controle met minder mensen", "with less staff"): a saving.
SAVING_RE = re.compile(
    r"\b(?:minder|fewer|less)\s+(?:(?!terwijl\b|while\b|whereas\b|maar\b|but\b|hoewel\b|"
    r"although\b)[\w'-]+\s+){0,5}?(?:nodig|needed|required|vereist)\b|"
    r"\b(?:met|with)\s+(?:(?:veel|far|much)\s+)?(?:minder|fewer|less)\s+(?:mensen|personeel|"
    r"medewerkers|collega's|fte|people|staff|personnel|officers|agenten|handhavers)\b",
    re.IGNORECASE,
)
# A praise for people followed by who they are ("which is great for people who had to
# pre-finance", "fijn voor ouders die nu moeten wachten"): the clause about who they are tells no
# direction; it is cut off at ``who``.
PRAISED_PEOPLE_RE = re.compile(
    r"\b(?:great|good|nice|helpful|a relief|a win|fijn|mooi|goed|prettig|handig|winst|"
    r"een uitkomst|een verademing|gunstig)\s+(?:voor|for)\s+(?:(?:de|het|the|all|alle)\s+)?"
    r"[\w'-]+\s+(?P<who>who|that|die|dat)\b",
    re.IGNORECASE,
)
# Data or work that goes to a cloud, company or server abroad ("the audio goes to a US cloud",
# "de gegevens staan op Amerikaanse servers", "stored outside the EU"): a dependence that is
# bad for whoever it is told of.
ABROAD_RE = re.compile(
    r"\b(?:us|usa|u\.s\.|american|amerikaanse?|chinese|foreign|buitenlandse?|non-eu)\s+"
    r"(?:cloud|clouds|server|servers|company|companies|bedrijf|bedrijven|tech|provider|"
    r"providers|leverancier|leveranciers|supplier|suppliers|vendor|big tech|datacenter|"
    r"datacentre|data centre|data center)\b|"
    r"\b(?:outside|buiten)\s+(?:the\s+|de\s+)?(?:eu|europa|europe|eer|eea)\b",
    re.IGNORECASE,
)
# People or private places caught on camera on the way ("je ziet de slaapkamer", "de camera's
# leggen ook voorbijgangers en voortuinen vast", "huisgenoten lopen door beeld", "the cameras see
# every car in detail"): bad for whoever is caught, where no other word decides. Gardens and
# windows only when filmed or recorded ("bewoners zien hun tuin opbloeien" is no camera).
_PRIVATE = (
    r"slaapkamers?|bedrooms?|woonkamers?|living rooms?|voorbijgangers|omstanders|passers-?by|"
    r"bystanders|huisgenoten|housemates|roommates|gezichten|faces|every car|elke auto|"
    r"iedere auto|in detail|tot in detail|kentekens|number plates|license plates|"
    # whether someone is home, where people eat and sleep ("je ziet of iemand thuis is")
    r"(?:of|wie)\s+(?:er\s+)?iemand\s+thuis\s+is|wie\s+er\s+thuis\s+is|(?:whether|if)\s+"
    r"(?:someone|anyone|somebody)\s+is\s+(?:at\s+)?home|who\s+is\s+(?:at\s+)?home|"
    r"waar\s+(?:ze|zij|mensen|de\s+\w+)\s+(?:ook\s+)?(?:eten|slapen|wonen|douchen)|where\s+"
    r"(?:they|people|the\s+\w+)\s+(?:also\s+)?(?:eat|sleep|live|shower)"
)
_GROUNDS = (
    r"voortuinen|voortuin|achtertuinen|achtertuin|tuinen|gardens?|back ?yards?|erven|ramen|windows"
)
_RECORDING = (
    r"filmt|filmen|film|films|filming|fotografeert|fotograferen|photographs|photograph|legt|leggen|"
    r"vastgelegd|records?|recording|recorded|captures?|captured|registreert|registreren|opgenomen"
)
_GAP = r"\b\W+(?:[\w']+\W+){0,5}?"
CAPTURE_RE = re.compile(
    rf"\b(?:ziet|zien|zie|zag|see|sees|saw|'see'|{_RECORDING}){_GAP}(?:{_PRIVATE})\b|"
    rf"\b(?:{_RECORDING}){_GAP}(?:{_GROUNDS})\b|"
    rf"\b(?:{_PRIVATE})\b\W+(?:[\w']+\W+){{0,3}}?(?:door|in|op|on)\s+(?:het\s+|de\s+|the\s+)?(?:[\w']+\s+)?"
    r"(?:beeld|beelden|foto|camera|opnames?|footage|images?|recordings?|video)\b|"
    r"\b(?:mensen|people|bewoners|residents)\s+in\s+(?:de|hun|their|the)\s+(?:tuin|garden)\b",
    re.IGNORECASE,
)
# A tail that says the thing told before it shrinks ("huurders wachten twee winters, dat wordt
# korter", "patients wait a year, which will get shorter"): it turns the clause before it.
SHRINKING_TAIL_RE = re.compile(
    r"[,;:]\s*(?:en\s+|and\s+)?(?:dat|dit|die|that|this|which|it)\s+(?:[\w']+\s+){0,2}?"
    r"(?:wordt|worden|gaat|gaan|will|gets|get|is\s+getting|goes|go)\s+(?:[\w']+\s+){0,2}?"
    r"(?:korter|kleiner|minder|shorter|smaller|less|fewer|down|omlaag)\b[\s\w']{0,30}[.!]?$|"
    # or that it goes away ("..., dat valt weg", "..., that goes away", "..., which is gone")
    r"[,;:]\s*(?:en\s+|and\s+)?(?:dat|dit|die|that|this|which|it)\s+(?:[\w']+\s+){0,2}?"
    r"(?:valt|vallen|gaat|goes|is|'s)\s+(?:helemaal\s+|straks\s+|dan\s+|then\s+|all\s+)?"
    r"(?:weg|away|gone)\b\s*[.!]?$|"
    r"[,;:]\s*(?:en\s+|and\s+)?(?:dat|dit|die|that|this|which|it)\s+(?:vervalt|verdwijnt|"
    r"disappears|vanishes)\b\s*[.!]?$",
    re.IGNORECASE,
)
# A tail that calls what is told before it the aim ("minder infecties, daar doen we het voor",
# "fewer crashes, that's the whole point", "..., which is exactly why we want this"): a gain.
GOAL_TAIL_RE = re.compile(
    r"[,;:]\s*(?:en\s+|and\s+)?(?:(?:daar|daarvoor|dat|dit)\s+(?:doen|deden)\s+(?:we|wij|ze|zij)\s+"
    r"(?:het|dit|dat)\s+(?:[\w']+\s+){0,2}?voor|(?:daar|dat|dit)\s+(?:is|was)\s+het\s+"
    r"(?:[\w']+\s+){0,2}?om\s+begonnen|(?:dat|dit)\s+is\s+(?:precies\s+|juist\s+|nou\s+)?"
    r"(?:de\s+bedoeling|het\s+doel)|(?:that|this|which|it)(?:'s|\s+is)\s+(?:exactly\s+|"
    r"precisely\s+|just\s+)?(?:the\s+(?:whole\s+|entire\s+)?(?:point|aim|goal)|what\s+(?:we|it)"
    r"(?:'re|'s|\s+are|\s+is)?\s+(?:do(?:ing)?\s+it\s+)?for|why\s+we\s+(?:want|do|did|started|"
    r"chose|bought)))\b[\s\w']{0,30}[.!]?$",
    re.IGNORECASE,
)
# A tail that judges what is told before it ("..., which is right", "... which is huge",
# "..., wat ik prima vind", "..., dat is niet oké"): the judgement gives the direction, turned
# by a "not"/"niet" in ``gap``.
JUDGING_TAIL_RE = re.compile(
    r"(?:,\s*|\s+)(?:and\s+|en\s+)?(?:(?:which|that|this|it)"
    r"(?:'s|\s+is|\s+was|\s+feels|\s+would\s+be)"
    r"|(?:dat|dit|wat)\s+(?:is|was|voelt|lijkt\s+me)|wat\s+(?:ik|we|wij|zij|ze)"
    r"|(?:dat|dit)\s+vind(?:en)?\s+(?:ik|we|wij|ze|zij))\s+(?P<gap>(?:[\w']+\s+){0,3}?)"
    r"(?P<word>[\w'é]+)(?:\s+(?:thing|things|ding|zaak|news|nieuws|step|stap))?"
    r"(?:\s+(?:vind|vinden|to\s+me|for\s+them|voor\s+hen|hoor|eigenlijk|really|too|ook))?"
    r"\s*[.!]?$",
    re.IGNORECASE,
)
JUDGING_GOOD = frozenset((
    "good", "great", "huge", "right", "fine", "ok", "okay", "wonderful", "excellent", "fantastic",
    "amazing", "brilliant", "nice", "fair", "goed", "mooi", "prima", "fijn", "top", "geweldig",
    "prachtig", "terecht", "oké", "oke", "belangrijkste", "winst",
))  # fmt: skip
JUDGING_BAD = frozenset((
    "bad", "wrong", "terrible", "awful", "unfair", "worrying", "scary", "shame", "pity", "sad",
    "slecht", "fout", "kwalijk", "jammer", "zorgelijk", "erg", "naar", "vervelend", "eng",
    "onterecht", "oneerlijk", "schandalig", "zonde", "verkeerd", "zorgwekkend",
))  # fmt: skip
JUDGING_NOT = frozenset(("not", "niet", "never", "nooit", "hardly", "nauwelijks", "geen"))
# A tail that says it went worse before ("we krijgen iedereen door de kuur, dat lukte vroeger
# veel minder", "..., which used to be much harder", "that never happened before"): what is
# told now is a gain.
WORSE_BEFORE_RE = re.compile(
    r"[,;:]\s*(?:en\s+|and\s+)?(?:dat|dit|that|this|which|it)\s+(?:(?:lukte|ging|gebeurde|kon|"
    r"was)\s+(?:[\w']+\s+){0,2}?(?:vroeger|eerst|eerder|voorheen)\s+(?:[\w']+\s+){0,2}?"
    r"(?:minder|slechter|niet|nooit|zelden|lastiger|moeilijker)|(?:used\s+to\s+be|was)\s+"
    r"(?:[\w']+\s+){0,2}?(?:harder|worse|rare|rarer|difficult|impossible)|(?:never|rarely|"
    r"seldom)\s+(?:happened|worked)\s+(?:before|in\s+the\s+past))\b[\s\w']{0,30}[.!]?$",
    re.IGNORECASE,
)
