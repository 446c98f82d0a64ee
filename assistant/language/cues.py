"""The one module of cue words, Dutch and English: function and stop words, direction words,
actor groups, stages, organisations, option kinds and technologies. Other modules read their
word lists from here."""

from __future__ import annotations

import re

from assistant.domain.session import ActorGroup, Language, OptionKind, Stage

POSITIVE_WORDS = (
    "voordeel", "voordelen", "positief", "beter", "sneller", "makkelijker", "eenvoudiger",
    "efficiënt",
    "efficiënter", "bespaart", "besparing", "inzicht", "veiliger", "helpt", "kans", "kansen",
    "verbetert", "verbetering", "goedkoper", "gemak", "tijdwinst", "minder werk", "snellere",
    "benefit", "benefits", "positive", "better", "faster", "easier", "saves", "saving", "efficient",
    "insight", "safer", "helps", "opportunity", "improve", "improves", "cheaper", "convenient",
    "gains", "pluspunt", "plus", "winst", "prettiger", "gezonder", "healthier",
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
)  # fmt: skip
LABEL_RE = re.compile(
    r"(?P<label>positief|positieve effecten|positive effects|positive|voordelen|voordeel|benefits?|"
    r"pluspunten|kansen|\+|negatief|negatieve effecten|negative effects|negative|nadelen|nadeel|"
    r"risico'?s|risks?|harms?|minpunten|zorgen|concerns|-)\s*:",
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
    "neg", "nade", "risic", "risk", "harm", "minp", "zorg", "concern", "-", "ongunstig",
    "downside", "drawback", "disadvantage",
)  # fmt: skip
GROUP_WORDS: dict[ActorGroup, tuple[str, ...]] = {
    "affected": ("inwoner", "burger", "bewoner", "resident", "citizen", "public", "publiek",
                 "jongere", "ouder", "kind", "patiënt", "cliënt", "client", "patient", "reiziger",
                 "automobilist", "weggebruiker", "ondernemer", "boer", "passant", "bezoeker",
                 "kwetsbare", "vulnerable", "people", "mensen", "gebruikers van sociale media"),
    "users": ("gebruiker", "user", "operator", "analist", "analyst", "handhaver"),
    "professionals": ("medewerker", "ambtenaar", "employee", "staff", "professional", "agent",
                      "officer", "zorgverlener", "hulpverlener", "consulent", "beleidsmedewerker",
                      "communicatie", "team", "caseworker", "civil servant"),
    "management": ("bestuur", "wethouder", "burgemeester", "college", "raad", "manager",
                   "directie", "council", "mayor", "alderman", "management", "gedeputeerde"),
    "technical": ("leverancier", "supplier", "vendor", "ontwikkelaar", "developer", "ict",
                  "it-afdeling", "data scientist", "datateam", "beheerder", "provider", "bedrijf"),
    "oversight": ("toezicht", "supervis", "autoriteit", "authority", "functionaris", "fg", "dpo",
                  "ombudsman", "rekenkamer", "auditor", "regulator", "inspectie"),
}  # fmt: skip
STAGE_WORDS: dict[Stage, tuple[str, ...]] = {
    "idea": ("idee", "verkenn", "overweg", "idea", "exploring", "considering"),
    "pilot": ("pilot", "proef", "experiment", "testfase", "test ", "trial", "proefproject"),
    "in_use": ("in gebruik", "draait al", "gebruiken al", "gebruikt al", "sinds", "in use",
               "already use", "live", "operational", "running", "in productie"),
}  # fmt: skip
ORG_RE = re.compile(
    r"\b(?:de |het |the )?(?:gemeente|provincie|ministerie|waterschap|politie|veiligheidsregio|"
    r"ggd|omgevingsdienst|municipality|province|ministry|city of|police|water board|"
    r"safety region)(?:\s+(?:van\s+|of\s+)?[A-Z][\w-]+)?",
    re.IGNORECASE,
)
OPTION_KIND_WORDS: dict[OptionKind, tuple[str, ...]] = {
    "design": ("ontwerp", "techniek", "technisch", "instelling", "anonimis", "pseudonimis",
               "vervag", "blur", "bewaartermijn", "bewaar", "versleutel", "encrypt", "aggregat",
               "geaggregeerd", "filter", "dashboard", "uitlegscherm", "design", "setting",
               "retention", "store only", "delete after", "verwijder na", "logging",
               "algoritme aanpassen",
               "drempel", "threshold", "by design", "minimal data", "dataminimalisatie", "opt-in"),
    "environment": ("afspraak", "afspraken", "beleid", "regel", "protocol", "contract", "inkoop",
                    "register", "toezicht", "commissie", "ethische commissie", "audit", "wet",
                    "communicatie", "communiceer", "publiceer", "evaluatie", "evalueer",
                    "governance", "policy", "agreement", "procurement", "oversight", "board",
                    "review", "law", "publish", "communicate", "rule", "clause", "dpia", "iama",
                    "organisatie", "verantwoordelijk", "responsible", "raad informeren"),
    "human": ("training", "cursus", "opleiding", "bewust", "vaardigheden", "bezwaar",
              "menselijk contact", "persoonlijk contact", "uitleg aan", "medewerkers leren",
              "leren", "skills",
              "awareness", "object", "human contact", "educate", "teach", "workshop",
              "digitale vaardigheid", "keuze", "choice", "opt out", "opt-out", "zelf",
              "themselves"),
}  # fmt: skip
KIND_LABEL_RE = re.compile(
    r"^\s*(?P<label>ontwerp|techniek|technologie|design|technology|omgeving|context|environment|"
    r"mens|gebruiker|human|user)\s*:\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
KIND_LABELS: dict[str, OptionKind] = {
    "ontwerp": "design", "techniek": "design", "technologie": "design", "design": "design",
    "technology": "design", "omgeving": "environment", "context": "environment",
    "environment": "environment", "mens": "human", "gebruiker": "human", "human": "human",
    "user": "human",
}  # fmt: skip
TECHNOLOGY_WORDS: dict[str, tuple[str, ...]] = {
    "sensors": ("sensor",),
    "algorithm": ("algoritme", "algorithm", "risicomodel", "risk model", "voorspel", "predict",
                  "risicoscore", "risk score", "profiel", "profiling"),
    "cameras": ("camera",),
    "chatbot": ("chatbot", "chat-bot", "virtuele assistent", "virtual assistant"),
    "generative-ai": ("generatieve", "generative", "chatgpt", "taalmodel", "language model",
                      "llm", "copilot", "genai"),
    "traffic-ai": ("verkeer", "traffic", "kruispunt", "verkeerslicht", "junction", "road", " weg"),
    "social-media-monitoring": ("sociale media", "social media", "sentiment", "scraping",
                                "webscraping", "twitter", "facebook", "online berichten"),
    "dashboard": ("dashboard",),
    "digital-twin": ("digital twin", "digitale tweeling", "digitale twin"),
    "emission-monitoring": ("emissie", "emission", "uitstoot", "stikstof", "ammoniak", "ammonia"),
    "living-lab": ("living lab", "proeftuin", "living-lab"),
    "vr": ("virtual reality", " vr", "metaverse", "virtuele wereld", "virtual world"),
    "drones": ("drone",),
}  # fmt: skip

# Function words that tell Dutch from English (language detection).
_FUNCTION_NL = (
    "de het een en van in is dat die op te zijn voor met niet als er maar om ook bij aan of dit "
    "wat je u uw we wij ze zij hoe welke wie waar wordt worden kan kunnen moet heeft hebben naar "
    "over nog door dan al deze meer geen waarom wilt wil zou jullie mee"
)
_FUNCTION_EN = (
    "the a an and of in is that to are for with not as it but or be on at by this which what who "
    "how where will can could should would have has do does you your we our they their from "
    "about into more no than why any these those was were been"
)
FUNCTION_WORDS: dict[Language, frozenset[str]] = {
    "nl": frozenset(_FUNCTION_NL.split()),
    "en": frozenset(_FUNCTION_EN.split()),
}

# Words that carry no meaning of their own (content-word matching).
_STOP_NL = (
    "aan al alle alles als altijd ander andere ben bij dan dat de deze die dit doen door dus een "
    "eens en er geen had heb hebben heeft hem het hier hij hoe hun iets ik in is ja je jij kan "
    "kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook "
    "op over te tegen toch toen tot u uit uw van veel voor wat we wel wie wij wil worden wordt "
    "zal ze zelf zich zij zijn zo zoals zonder zou zullen waar waarbij daar daardoor krijgen "
    "krijgt gaan gaat komen komt laten weten hoeft hoeven minder"
)
_STOP_EN = (
    "a about all also an and any are as at be been being but by can could did do does for from "
    "get gets had has have he her his how if in into is it its more most no not of on one or our "
    "out over own same she should so some such than that the their them then there these they "
    "this those through to too under up very was we were what when where which while who why "
    "will with would you your less without because being"
)
# Generic words that say nothing about a value (a rare one would otherwise weigh heavily).
_GENERIC = (
    "groot grote klein kleine nieuw nieuwe goed goede echt echte hele heel eerst eerste extra "
    "vaak soms zelden nooit steeds alleen iemand iets elk elke ieder iedere andere waarin "
    "maken maakt staan staat zien ziet blijven blijft hele daarbij erg zeer "
    "big large small new good real whole first often always only someone something every each "
    "make makes made see sees stay stays keep keeps very much many"
)
STOPWORDS = frozenset((_STOP_NL + " " + _STOP_EN + " " + _GENERIC).split())
