"""Whether an effect is good or bad for someone: direction words, labels and markers, and the
words that turn a direction around (Dutch and English)."""

from __future__ import annotations

import re

POSITIVE_WORDS = (
    "voordeel", "voordelen", "positief", "beter", "sneller", "makkelijker", "eenvoudiger",
    "efficiënt",
    "efficiënter", "bespaart", "besparing", "inzicht", "veiliger", "helpt", "kans", "kansen",
    "verbetert", "verbetering", "goedkoper", "gemak", "tijdwinst", "minder werk", "snellere",
    "benefit", "benefits", "positive", "better", "faster", "easier", "saves", "saving", "efficient",
    "insight", "safer", "helps", "opportunity", "improve", "improves", "cheaper", "convenient",
    "gains", "pluspunt", "plus", "winst", "prettiger", "gezonder", "healthier", "scheelt",
    "meer aandacht", "more attention", "meer tijd", "more time", "blij", "happy", "tevreden",
    "satisfied", "veilig", "safe", "quicker", "zicht op", "overzicht", "overview", "grip",
    "duidelijk", "clear", "voorspelbaar", "predictab", "handig", "handy", "rustiger", "calmer",
    "ondersteun", "support", "hulp", "sneller hulp", "know when", "weten wanneer", "op tijd",
    "in time", "eerlijker", "fairer", "nauwkeurig", "accurate", "betrouwbaarder", "reliable",
    "minder fouten", "fewer errors", "goedkoop", "efficiënt", "effectiever", "effective",
    "productiever", "productive", "toegankelijk", "accessible", "geholpen", "gain",
)  # fmt: skip
NEGATIVE_WORDS = (
    "nadeel", "nadelen", "negatief", "risico", "risico's", "zorg", "zorgen", "angst", "bang",
    "bekeken",
    "gevolgd", "inbreuk", "schade", "discriminatie", "fout", "fouten", "uitsluiting", "verlies",
    "stigma", "wantrouwen", "onzeker", "misbruik", "datalek", "ongelijk", "slechter", "duurder",
    "afhankelijk", "minder contact", "onduidelijk", "onterecht", "gecontroleerd", "last",
    "risk", "risks", "harm", "harms", "negative", "worse", "fear", "afraid", "watched", "tracked",
    "intrusion", "bias", "biased", "discrimination", "error", "errors", "mistake", "exclusion",
    "loss", "chilling", "distrust", "concern", "worry", "worried", "misuse", "leak", "unfair",
    "dependent", "surveillance", "drawback", "downside", "minpunt", "profiling", "profilering",
    "stempel", "label", "blind", "blindly", "te veel", "too much", "verkeerd", "wrong", "mis ",
    "het mis", "ernaast", "vernederend", "humiliat", "pushed", "geduwd", "gedwongen", "forced",
    "squeezed", "geperst", "krap", "bespied", "spying", "spied", "kwijt", "lose", "verliez",
    "niet openen", "cannot", "can't", "kan niet", "kunnen niet", "moeilijk", "difficult",
    "eenvormig", "uniform", "belanden", "lek", "rearrange", "omgooien", "ongerust", "anxious",
    "onveilig", "unsafe", "vragen zich af", "wonder", "onzeker", "uncertain", "achterblijv",
    "left behind", "buitengesloten", "excluded", "uitgesloten", "vooroordeel", "prejudice",
    "stress", "druk", "pressure", "overbodig", "redundant", "ontslag", "job loss", "banen",
    "onrecht", "injust", "boete", "fine ", "sanctie", "penalt", "controle", "monitored",
    "in de gaten", "gefilmd", "filmed", "opgenomen", "recorded", "eenzaam", "lonely",
    "kwetsbaar", "vulnerable", "hack", "storing", "outage", "kapot", "breaks", "falen",
    "fails", "worden gevolgd", "verkeerde", "onterechte", "wrongly", "mistaken", "ten onrechte",
    "onvrij", "not free", "less free", "agressie", "aggression", "boos", "angry", "frustr",
    "irritat", "overlast", "nuisance", "kosten", "costs", "duur", "expensive",
)  # fmt: skip
LABEL_RE = re.compile(
    r"(?:(?P<label>positief|positieve effecten|positive effects|positive|voordelen|voordeel|"
    r"benefits?|pluspunten|kansen|\+|negatief|negatieve effecten|negative effects|negative|"
    r"nadelen|nadeel|risico'?s|risks?|harms?|minpunten|zorgen|concerns|-)\s*:|(?:^|(?<=[;.]))\s*(?P<label2>positief|negatief|positive|negative|plus|min|pro|con|upside|"
    r"downside)\s*,)",
    re.IGNORECASE,
)
ACTOR_LABEL_RE = re.compile(r"^\s*(?:voor|for|bij)\s+(?P<actor>[^:]{2,50}):\s*(?P<rest>.*)$", re.I)
_DIR = (
    r"(?:(?:een|het|de|the|a|an)\s+)?(?:positief|negatief|positive|negative|gunstig|ongunstig|"
    r"voordeel|nadeel|pluspunt|minpunt|risico|upside|downside|benefit|drawback|risk|advantage|"
    r"disadvantage)"
)
_THEN = r"(?:\s+(?:is|zijn|are))?\s*(?:\b(?:dat|that)\b|[:,-])?\s*(?P<rest>.*)$"
# An actor with a direction, in either order: "voor X is het negatief: ...", "voor X: negatief
# ...", "for X the downside is ...", "negative for X: ...".
ACTOR_DIRECTION_RES = (
    re.compile(
        rf"^\s*(?:voor|for|bij)\s+(?P<actor>[^:,]{{2,50}}?)\s*:\s*(?P<dir>{_DIR})\b" + _THEN, re.I
    ),
    re.compile(
        r"^\s*(?:voor|for|bij)\s+(?P<actor>[^:,]{2,50}?),?\s+(?:is het|is dat|is dit|is er|"
        rf"zijn er|it is|it's|there is|is)?\s*(?P<dir>{_DIR})\b" + _THEN,
        re.I,
    ),
    re.compile(
        rf"^\s*(?P<dir>{_DIR})\s+(?:voor|for)\s+(?P<actor>[^:]{{2,50}}?)\s*:\s*(?P<rest>.*)$", re.I
    ),
)
NEGATIVE_LABELS = (
    "neg", "nade", "risic", "risk", "harm", "min", "zorg", "concern", "-", "ongunstig",
    "downside", "drawback", "disadvantage", "con",
)  # fmt: skip
NEGATION_RE = re.compile(
    r"\b(?:niet meer|geen\s+\w+\s+meer|no longer|not anymore|nooit meer|niet langer)\b", re.I
)
UNAWARE_RE = re.compile(
    r"\b(?:weten\s+(?:\w+\s+){0,3}niet|weet\s+(?:\w+\s+){0,3}niet|niet\s+weten|"
    r"don'?t know|do not know|doesn'?t know|unaware|not aware|zonder dat\s+\w+\s+(?:het|dat)\s+"
    r"weten|without (?:them |their )?know)",
    re.IGNORECASE,
)
# "minder X" / "less X": positive when X is a burden, negative when X is something good.
FEWER_RE = re.compile(r"\b(?:minder|less|fewer|nauwelijks|hardly)\s+(?P<what>[\w' -]{2,40})", re.I)
BURDENS = (
    "werk", "typwerk", "papier", "administrat", "rijden", "driving", "km", "kilometer", "file",
    "traffic", "agressie", "aggression", "vrachtwagen", "truck", "bijplaats", "afval", "waste",
    "fout", "error", "mistake", "kosten", "cost", "uitstoot", "emission", "overlast", "noise",
    "lawaai", "wacht", "waiting", "delay", "vertraging", "stress", "schade", "damage", "risico",
    "risk", "fraude", "fraud", "criminal", "incident", "ongeluk", "accident", "paperwork",
    "handwerk", "zoekwerk", "ritten", "trips", "calls", "telefoontjes", "onderhoud", "storing",
)  # fmt: skip
CONTRAST_RE = re.compile(r"^(?:maar|but|however|echter|alleen|toch|wel)\b[,]?\s*", re.I)
CONTRAST_SPLIT_RE = re.compile(r"\s*(?:,\s*|\s)(?:maar|but|however|echter)\s+", re.I)
