"""The one module of cue words, Dutch and English: function and stop words, direction words,
actor groups, stages, organisations, option kinds and technologies. Other modules read their
word lists from here."""

from __future__ import annotations

import re

from assistant.domain.session import ActorGroup, Language, OptionKind, Stage, Step

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
    r"safety region)(?:\s+(?:van\s+|of\s+)?(?-i:[A-Z][\w-]+))?",
    re.IGNORECASE,
)
OPTION_KIND_WORDS: dict[OptionKind, tuple[str, ...]] = {
    "design": ("ontwerp", "techniek", "technisch", "instelling", "anonimis", "pseudonimis",
               "vervag", "blur", "bewaartermijn", "bewaar", "versleutel", "encrypt", "aggregat",
               "geaggregeerd", "filter", "dashboard", "uitlegscherm", "design", "setting",
               "retention", "store only", "delete after", "verwijder na", "logging",
               "algoritme aanpassen",
               "drempel", "threshold", "by design", "minimal data", "dataminimalisatie", "opt-in",
               "settings", "instellingen", "delete", "wis ", "gewist", "wissen", "verwijder",
               "store only", "templates", "on the device", "op het apparaat", "lokaal", "locally",
               "tonen", "toon", "show", "scherm", "screen", "melding", "notification",
               "automatisch", "automatic", "in het systeem", "in the system", "redenen erbij",
               "reasons", "bewaar", "opslaan", "store", "functie", "feature", "knop", "button",
               "software", "model", "versleuteld", "pseudonym", "anonym", "minder gegevens",
               "less data"),
    "environment": ("afspraak", "afspraken", "beleid", "regel", "protocol", "contract", "inkoop",
                    "register", "toezicht", "commissie", "ethische commissie", "audit", "wet",
                    "communicatie", "communiceer", "publiceer", "evaluatie", "evalueer",
                    "governance", "policy", "agreement", "procurement", "oversight", "board",
                    "review", "law", "publish", "communicate", "rule", "clause", "dpia", "iama",
                    "organisatie", "verantwoordelijk", "responsible", "raad informeren",
                    "spreken af", "afspreken", "agree", "works council", "ondernemingsraad",
                    "instemming", "consent", "algoritmeregister", "huisbezoek", "nooit alleen",
                    "never solely", "procedure", "toestemming van de", "approval", "goedkeuring",
                    "klachten", "complaint", "meldpunt", "nalezen", "controleren", "check",
                    "overrule", "vier ogen", "four eyes", "contract", "leverancier", "vendor",
                    "supplier", "informeer", "inform", "website", "brief", "letter"),
    "human": ("training", "cursus", "opleiding", "bewust", "vaardigheden", "bezwaar",
              "menselijk contact", "persoonlijk contact", "uitleg aan", "medewerkers leren",
              "leren", "skills",
              "awareness", "object", "human contact", "educate", "teach", "workshop",
              "digitale vaardigheid", "keuze", "choice", "opt out", "opt-out", "zelf",
              "themselves", "train", "alternatief", "alternative", "nee kunnen zeggen",
              "nee zeggen", "say no", "weigeren", "refuse", "coach", "begeleid", "flag",
              "signaleren", "signal", "oefenen", "practice", "bevragen", "question the",
              "aanspreekpunt", "contactpersoon", "contact person", "persoonlijk gesprek",
              "uitleggen aan", "explain to", "badge"),
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

# ---- Conversation: steps, navigation, short replies, questions about the method.
STEP_WORDS: dict[Step, tuple[str, ...]] = {
    Step.CASE: ("casus", "case", "technologie", "technology", "begin", "start"),
    Step.ACTORS: ("actoren", "actors", "betrokkenen", "stakeholders", "actor", "belanghebbenden"),
    Step.EFFECTS: ("effecten", "effects", "gevolgen", "effect", "consequences"),
    Step.VALUES: ("waarden", "values", "waarde", "value"),
    Step.OPTIONS: (
        "handelingsopties",
        "opties",
        "options",
        "maatregelen",
        "handling options",
        "actions",
    ),
    Step.SUMMARY: ("samenvatting", "summary", "afronding", "wrap-up", "wrap up", "einde", "end"),
}
NEXT = (
    "volgende", "verder", "door", "ga door", "ga verder", "next", "continue", "go on", "move on",
)  # fmt: skip
BACK = ("terug", "vorige", "ga terug", "back", "go back", "previous", "vorige stap")
AFFIRM = (
    "ja", "klopt", "ja klopt", "dat klopt", "ok", "oké", "oke", "okay", "prima", "goed", "akkoord",
    "ja hoor", "yes", "yep", "correct", "right", "sure", "agreed", "sounds good", "fine",
    "ja graag", "yes please", "prima zo", "goed zo", "that's right", "looks good",
    "ziet er goed uit",
)  # fmt: skip
DONE = (
    "dat is alles", "dat was het", "niets meer", "niks meer", "geen", "niets", "niks", "geen idee",
    "that's all", "that is all", "nothing else", "nothing", "none", "no more", "nee dat is alles",
    "no that's all", "weet ik niet", "i don't know", "i do not know", "klaar", "done",
)  # fmt: skip
NO = ("nee", "no", "nope", "niet helemaal", "not quite")
HELP = (
    "help", "hulp", "wat bedoel je", "wat moet ik", "wat betekent", "hoe werkt", "uitleg",
    "what do you mean", "what should i", "how does this work", "explain", "what does",
)  # fmt: skip
WHAT_IS_RE = re.compile(
    r"^(?:wat|what)\s+(?:is|zijn|are|means|betekent|betekenen)\s+(?:een|a|an|the|de|het)?\s*"
    r"(?P<term>[\w -]{2,40})$"
)
METHOD_TERMS: dict[Step, tuple[str, ...]] = {
    Step.CASE: ("casus", "case"),
    Step.ACTORS: ("actor", "actoren", "actors", "betrokkene", "betrokkenen", "stakeholder",
                  "stakeholders"),
    Step.EFFECTS: ("effect", "effecten", "effects", "gevolg", "gevolgen"),
    Step.VALUES: ("waarde", "waarden", "value", "values"),
    Step.OPTIONS: ("handelingsoptie", "handelingsopties", "optie", "opties", "option", "options",
                   "maatregel", "maatregelen"),
    Step.SUMMARY: ("samenvatting", "summary", "afronding"),
}  # fmt: skip
GENERAL_TERMS = ("begeleidingsethiek", "guidance ethics", "methode", "method", "aanpak",
                 "approach", "stap", "step", "stappen", "steps")  # fmt: skip

# ---- Reading a message: what kind of thing each sentence holds (assistant/method/reading).
# Lead-ins and tails around a list of actors ("betrokken zijn ...", "... zijn betrokken").
ACTOR_LEAD_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oh|oh wait|wait|en|and|ook|also|verder|daarnaast|plus)\b[,:]?\s*)*"
    r"(?:(?:de\s+)?(?:betrokken(?:en)?|actoren|stakeholders|belanghebbenden|partijen)"
    r"(?:\s+(?:zijn|zou ik zeggen|denk ik))?\s*[:,]?|it affects|this affects|affected are|"
    r"involved are|the (?:actors|stakeholders|people involved) are|(?:the )?actors:|"
    r"(?:ik denk aan|denk aan|i think of|think of|dat zijn|those are|these are|namelijk)\b:?|"
    r"(?:wie|who)\s+(?:zijn|are)\s+(?:er\s+)?(?:betrokken|involved)\s*[:?]?)?\s*",
    re.IGNORECASE,
)
ACTOR_TAIL_RE = re.compile(
    r"\s*,?\s*(?:(?:zijn|is|worden|raken)\s+(?:er\s+)?(?:ook\s+)?(?:allemaal\s+)?"
    r"(?:betrokken|geraakt)(?:\s+bij)?|(?:horen|hoort)\s+er\s*(?:ook\s+)?bij|"
    r"(?:are|is)\s+(?:also\s+)?(?:involved|affected)(?:\s+too)?|(?:too|ook|as well)|"
    r"should be (?:added|included)|(?:moeten|moet) er (?:ook )?bij)\s*[.!]*$",
    re.IGNORECASE,
)
# Head words of people and organisations (stems; "ouder" also finds "ouderen").
PEOPLE_WORDS = (
    "mensen", "people", "persoon", "personen", "person", "iedereen", "everyone", "groep", "group",
    "familie", "family", "families", "kinderen", "children", "leerling", "student", "pupil",
    "ouders", "parents", "ouderen", "elderly", "werkgever", "employer", "vakbond", "union",
    "collega", "colleague", "directeur", "director", "raad", "council", "wijkraad", "or ",
    "ondernemingsraad", "works council", "vervoerder", "operator", "aannemer", "contractor",
    "inzamelaar", "collector", "conducteur", "conductor", "schipper", "skipper", "boa", "nurse",
    "verpleeg", "verzorg", "mantelzorg", "carer", "caregiver", "client", "klant", "customer",
    "jurist", "lawyer", "legal", "afdeling", "department", "dienst", "service", "ministerie",
    "ministry", "gemeente", "municipality", "provincie", "province", "rijk", "overheid",
    "government", "politie", "police", "school", "organisatie", "organisation", "organization",
    "bureau", "office", "team", "meldkamer", "control room", "bedrijf", "company", "microsoft",
    "google", "winkelier", "shopkeeper", "bewoner", "buur", "neighbour", "omwonende", "visitor",
    "bezoeker", "driver", "chauffeur", "bestuurder", "gedeputeerde", "minister", "wethouder",
    "leiding", "leader", "planner", "coordinator", "coördinator", "beperking", "disabilit",
    "handicap", "doelgroep", "slachtoffer", "victim", "patiënt", "patient", "arts", "doctor",
    "huisarts", "zorgverzekeraar", "insurer", "verzekeraar", "belastingbetaler", "taxpayer",
    "journalist", "pers", "media", "parlement", "kamer", "ngo", "belangenorganisatie", "cio",
    "privacy officer", "functionaris", "security", "beveiliging", "helpdesk", "docent",
    "teacher", "agent", "boer", "farmer", "ondernemer", "entrepreneur", "owner", "eigenaar",
    "rechter", "judge", "advocaat", "inspecteur", "inspector", "toezichthouder", "ambtenaren",
    "medewerkers", "gebruikers", "users", "residents", "citizens", "staff", "employees",
    "managers", "teams", "nurses", "clients", "families", "carers", "officers",
)  # fmt: skip
# Finite verbs and auxiliaries: a list item that holds one is a clause, not a name.
VERB_WORDS = frozenset(
    [
        "is",
        "zijn",
        "was",
        "waren",
        "wordt",
        "worden",
        "werd",
        "werden",
        "kan",
        "kunnen",
        "kon",
        "konden",
        "moet",
        "moeten",
        "mag",
        "mogen",
        "zal",
        "zullen",
        "zou",
        "zouden",
        "wil",
        "willen",
        "heeft",
        "hebben",
        "had",
        "hadden",
        "gaat",
        "gaan",
        "ging",
        "krijgt",
        "krijgen",
        "voelt",
        "voelen",
        "voel",
        "weet",
        "weten",
        "raakt",
        "raken",
        "maakt",
        "maken",
        "ziet",
        "zien",
        "komt",
        "komen",
        "blijft",
        "blijven",
        "scheelt",
        "helpt",
        "helpen",
        "gebruikt",
        "gebruiken",
        "neemt",
        "nemen",
        "geeft",
        "geven",
        "houdt",
        "houden",
        "staat",
        "staan",
        "loopt",
        "lopen",
        "hoeft",
        "hoeven",
        "vindt",
        "vinden",
        "denkt",
        "denken",
        "werkt",
        "verliest",
        "verliezen",
        "vraagt",
        "plant",
        "bepaalt",
        "bepalen",
        "beslist",
        "beslissen",
        "leidt",
        "kost",
        "levert",
        "are",
        "am",
        "were",
        "be",
        "been",
        "being",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "get",
        "gets",
        "got",
        "feel",
        "feels",
        "felt",
        "know",
        "knows",
        "lose",
        "loses",
        "lost",
        "make",
        "makes",
        "made",
        "see",
        "sees",
        "become",
        "becomes",
        "saves",
        "save",
        "takes",
        "take",
        "gives",
        "give",
        "goes",
        "go",
        "comes",
        "come",
        "decides",
        "decide",
        "refuse",
        "refuses",
        "wonder",
        "wonders",
    ]
)
# Words that start an instruction or a measure (handling options).
OPTION_START_RE = re.compile(
    r"^(?:(?:en|and|also|ook|daarnaast|verder|then|dan)\s+)?(?:we\s+(?:zouden|moeten|"
    r"spreken|could|should|must)\b|(?:laat|zorg|bewaar|verwijder|wis|train|"
    r"leg|spreek|maak|bied|beperk|publiceer|informeer|vraag|geef|zet|voeg|stel|houd|hou|"
    r"toon|gebruik|betrek|regel|organiseer|evalueer|controleer|check|anonimiseer|versleutel|"
    r"let|keep|store|delete|ask|add|train|make|offer|limit|publish|inform|give|set|show|use|"
    r"involve|allow|require|review|audit|explain|tell|provide|remove|encrypt|anonymise|"
    r"anonymize|blur|turn|build|run|hold|create|introduce|appoint|agree|write|check|"
    r"discuss|bespreek|stop|schakel|start|begin|kies|choose|do not|don't|never|nooit|"
    r"always|altijd)\b)",
    re.IGNORECASE,
)
OPTION_CUE_RE = re.compile(
    r"\b(?:moet(?:en)?\s+(?:altijd|kunnen|worden)|mogen\s+(?:altijd|nooit)|spreken\s+af|"
    r"afspraak\s+dat|afspreken|should|must|ought to|we could|kunnen we|zouden we|zou je|"
    r"by (?:adding|keeping|using)|door (?:te|een)|optie|option|maatregel|measure|"
    r"in de instellingen|in the settings|altijd\s+\w+\s+kunnen|always be able)\b",
    re.IGNORECASE,
)
CONTRAST_RE = re.compile(r"^(?:maar|but|however|echter|alleen|toch|wel)\b[,]?\s*", re.I)
CONTRAST_SPLIT_RE = re.compile(r"\s*(?:,\s*|\s)(?:maar|but|however|echter)\s+", re.I)
SUBORDINATE_RE = re.compile(
    r"^(?:als|wanneer|omdat|doordat|zodat|terwijl|hoewel|if|when|because|so that|while|"
    r"although|unless|tenzij|voordat|before|nadat|after)\b",
    re.IGNORECASE,
)
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
# Saying you cannot think of something ("ik zou niet weten welke", "no idea").
CANNOT_THINK_RE = re.compile(
    r"\b(?:zou\s+(?:\w+\s+){0,3}niet\s+weten|weet\s+(?:ik\s+)?(?:\w+\s+){0,2}niet|geen idee|"
    r"kan\s+(?:ik\s+)?(?:er\s+)?(?:\w+\s+){0,2}niet\s+(?:op\s+)?(?:komen|bedenken)|"
    r"can'?t think|cannot think|no idea|don'?t know (?:any|which|what)|i do not know|"
    r"not sure which|niks te bedenken|lastig te bedenken|hard to think)\b",
    re.IGNORECASE,
)
# Questions that ask the method's own question ("welke waarden spelen hier?").
METHOD_QUESTION_RES: dict[Step, re.Pattern[str]] = {
    Step.ACTORS: re.compile(
        r"\b(?:wie|who)\b.*\b(?:actor|actoren|actors|betrokken|involved|affected|stakeholder|"
        r"meenemen|include|nog meer|else|vergeten|forget|missing|mis ik)|"
        r"\b(?:welke|which|what)\s+(?:actoren|actors|stakeholders|betrokkenen|partijen|parties)",
        re.I,
    ),
    Step.EFFECTS: re.compile(
        r"\b(?:effect|effecten|effects|gevolgen|consequences|nadelen|voordelen|risico|risks|"
        r"downsides|upsides|benefits)\b.*\?|^(?:negatieve|positieve|negative|positive)\s+"
        r"(?:effecten|effects)\b|\bwat\s+(?:zijn|kunnen)\s+(?:de\s+)?(?:nadelen|voordelen|"
        r"risico)|\bwhat (?:are|could be) the (?:downsides|risks|benefits)",
        re.I,
    ),
    Step.VALUES: re.compile(
        r"\b(?:welke|which|what)\s+(?:waarden|waarde|values|value)\b|"
        r"\b(?:waarden|values)\b.*\?|\b(?:welke|which|what)\b.*\b(?:waarden|values)\b",
        re.I,
    ),
    Step.OPTIONS: re.compile(
        r"\bwat\s+(?:kunnen|kan|moeten|zouden)\s+(?:we|wij|ik|je)\s+(?:eraan\s+)?(?:doen|"
        r"ondernemen)|\bwhat\s+(?:can|could|should)\s+(?:we|i)\s+do\b|\b(?:welke|which|what)\s+"
        r"(?:handelingsopties|opties|options|maatregelen|measures)|\b(?:opties|options|"
        r"maatregelen|measures|handelingsopties)\b.*\?|\bhoe\s+(?:kunnen|kan)\s+(?:we|ik)\b.*"
        r"\b(?:voorkomen|beschermen|oplossen|verbeteren)|\bhow\s+(?:can|could)\s+we\b.*"
        r"\b(?:prevent|protect|mitigate|address)",
        re.I,
    ),
}
# Asking the assistant to propose or give examples ("doe maar een voorstel", "geef voorbeelden").
PROPOSE_RE = re.compile(
    r"\b(?:voorstel|voorstellen|stel\s+(?:\w+\s+)?voor|suggestie|suggesties|voorbeeld|"
    r"voorbeelden|ideeën|ideeen|inspiratie|suggest|suggestion|suggestions|propose|proposal|"
    r"example|examples|ideas|help me|help mij|help je me|zie jij|do you see|would you)\b",
    re.IGNORECASE,
)
PER_KIND_RE = re.compile(r"\b(?:per soort|per kind|each kind|van elke soort|of each kind)\b", re.I)
# Asking what comes next ("en nu?", "what now?").
WHAT_NOW_RE = re.compile(
    r"^(?:en\s+)?(?:nu|wat nu|hoe nu verder|en dan|wat is de volgende stap|what now|now what|"
    r"what'?s next|and now|then what)\s*\??$",
    re.IGNORECASE,
)
# Going back to a step inside a longer message ("kun je nog eens terug naar de actoren?").
BACK_TO_RE = re.compile(
    r"\b(?:terug|back|opnieuw|nog eens)\b.{0,20}?\b(?:naar|to)\s+(?:de\s+|het\s+|the\s+)?"
    r"(?:stap\s+|step\s+)?(?P<step>\w+)",
    re.IGNORECASE,
)
# Referring to proposals: "die eerste drie", "nummer 1 en 3", "neem ze allemaal over".
NUMBER_WORDS = {
    "een": 1, "één": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4,
    "four": 4, "vijf": 5, "five": 5, "zes": 6, "six": 6,
}  # fmt: skip
ORDINALS = {
    "eerste": 1, "first": 1, "tweede": 2, "second": 2, "derde": 3, "third": 3, "vierde": 4,
    "fourth": 4, "vijfde": 5, "fifth": 5, "zesde": 6, "sixth": 6, "laatste": -1, "last": -1,
}  # fmt: skip
ADOPT_RE = re.compile(
    r"\b(?:neem|nemen|take|adopt|use|gebruik|pak|kies|choose|pick|akkoord met|agree with|"
    r"ga voor|go with|die zijn goed|these are good|those are good|they are good|prima|goed zo|"
    r"sounds good|looks good|klinkt goed|lijkt me goed|mee eens|fine by me|doe maar|ok[eé]?|"
    r"okay|yes|ja)\b",
    re.IGNORECASE,
)
ALL_WORDS_RE = re.compile(
    r"\b(?:alle|allemaal|alles|all|everything|both|beide|ze|die|them|those|these|deze)\b", re.I
)
# Text that is not about the case: instructions to the assistant, greetings, complaints.
INSTRUCTION_RE = re.compile(
    r"\b(?:negeer|vergeet|ignore|forget|disregard)\s+(?:\w+\s+){0,3}(?:instructies|instructions|"
    r"regels|rules|prompt|opdracht)|\b(?:je bent nu|you are now|act as|doe alsof|pretend|"
    r"system prompt|systeemprompt|jailbreak|developer mode)\b|\b(?:schrijf|write|vertel|tell)\s+"
    r"(?:me\s+)?(?:een|a)\s+(?:gedicht|poem|mop|joke|verhaal|story)",
    re.IGNORECASE,
)
GREETING_RE = re.compile(
    r"^(?:hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|good morning|"
    r"good afternoon|dag|beste|dank je(?: wel)?|bedankt|thanks|thank you|top|mooi|super|"
    r"fijn|great|nice|cool|o ja|oh|oké|ok|okay|prima|ja|yes)\b[\s,!.:]*",
    re.IGNORECASE,
)
COMPLAINT_RE = re.compile(
    r"\b(?:je begrijpt (?:me|het) niet|dit werkt niet|dat klopt niet|wat een onzin|"
    r"slaat nergens op|you don'?t understand|this (?:doesn'?t|does not) work|useless|"
    r"nutteloos|waardeloos|irritant|annoying|stom|stupid)\b",
    re.IGNORECASE,
)
MARKUP_RE = re.compile(r"<[^>]{1,200}>|```[\s\S]*?```|\*\*|__|`|^#+\s*", re.MULTILINE)
# Headers that say what the lines below them hold ("Betrokken:", "Effecten:", "Opties:").
HEADER_STEPS: dict[str, Step] = {
    "betrokken": Step.ACTORS, "betrokkenen": Step.ACTORS, "actoren": Step.ACTORS,
    "actors": Step.ACTORS, "stakeholders": Step.ACTORS, "involved": Step.ACTORS,
    "effecten": Step.EFFECTS, "effects": Step.EFFECTS, "gevolgen": Step.EFFECTS,
    "waarden": Step.VALUES, "values": Step.VALUES, "opties": Step.OPTIONS,
    "options": Step.OPTIONS, "handelingsopties": Step.OPTIONS, "maatregelen": Step.OPTIONS,
    "measures": Step.OPTIONS,
}  # fmt: skip
# Stage phrasing that comes before the stage words: "we willen een pilot" is still an idea.
PLANNED_RE = re.compile(
    r"\b(?:willen|wil|gaan|plannen|denken|overwegen|want|plan|planning|will|would like|"
    r"hope|hopen|straks|binnenkort|soon|next year|volgend jaar|na de|after the)\b"
    r".{0,40}\b(?:pilot|proef|trial|invoeren|starten|start|gebruiken|use)\b",
    re.IGNORECASE,
)
DECISION_RE = re.compile(
    r"\b(?:beslis\w*|bepaal\w*|besluit\w*|kiezen|kiest|keuze|selecteer\w*|plannen|plant|"
    r"inzet\w*|prioriteit\w*|decide\w*|decision\w*|choose|chooses|select\w*|approve\w*|"
    r"prioriti[sz]\w*|plan the|plans)\b",
    re.IGNORECASE,
)
USERS_RE = re.compile(
    r"\b(?:gebruik(?:t|en)|werk(?:t|en) (?:ermee|mee)|bedien\w*|runs? it|uses?|operates?|"
    r"work with it|plant daarop|plannen daarop|kijk(?:t|en) mee|bekijk(?:t|en)|read the)\b",
    re.IGNORECASE,
)
DATA_RE = re.compile(
    r"\b(?:bewaar\w*|opgeslagen|opslaan|bewaartermijn|gewist|verwijderd|dagen|weken|maanden|"
    r"kept|stored|retention|deleted|days|weeks|months|gegevens|data|persoonsgegevens|"
    r"personal data)\b",
    re.IGNORECASE,
)
