"""Handling options: words for each kind, kind labels, and how a measure is phrased (Dutch and
English)."""

from __future__ import annotations

import re

from assistant.domain.session import OptionKind

OPTION_KIND_WORDS: dict[OptionKind, tuple[str, ...]] = {
    "design": ("systeem toont", "the system shows", "herkent", "recognises", "recognizes",
               "schakelt", "switches", "markeert", "flags", "confidence", "ontwerp", "techniek",
               "technisch", "instelling", "anonimis", "pseudonimis",
               "vervag", "blur", "bewaartermijn", "bewaar", "versleutel", "encrypt", "aggregat",
               "geaggregeerd", "filter", "dashboard", "uitlegscherm", "design", "setting",
               "retention", "store only", "delete after", "verwijder na", "logging",
               "algoritme aanpassen",
               "drempel", "threshold", "by design", "minimal data", "dataminimalisatie", "opt-in",
               "settings", "instellingen", "delete", "wis ", "gewist", "wissen", "verwijder",
               "store only", "templates", "on the device", "op het apparaat", "lokaal", "locally",
               "tonen", "toon", "show", "scherm", "screen", "melding", "notification",
               "automatisch", "automatic", "in het systeem", "in the system", "redenen erbij",
               "reasons", "redenen", "bewaar", "opslaan", "store", "functie", "feature", "knop",
               "button",
               "software", "model", "versleuteld", "pseudonym", "anonym", "minder gegevens",
               "less data", "eigen servers", "eigen server", "own servers", "own server",
               "on-prem", "on premise", "on-premise", "switch", "turn off", "turn it off",
               "uitzet", "uit te zetten", "uitschakel", "pauzeknop", "pause", "only keep",
               "keep only", "tellingen", "counts", "telefoonnummer", "phone number", "link",
               "pop-up", "icoon", "icon", "zichtbaar", "visible", "weergeven",
               "weggooien", "weggegooid", "vernietig", "destroy", "discard", "noodstop",
               "emergency stop", "noodknop", "panic button", "alarmknop",
               # a mark the system puts in what it makes: "a flag in the transcript"
               "a flag in", "een flag in", "een vlag in", "a marker in", "een markering in",
               "a warning in", "een waarschuwing in",
               # what the system recognises, takes in or how it shows people
               "herken", "herkenning", "recognition", "als input", "as input", "pixel",
               "standaard uit", "default off", "off by default", "use only", "only use"),
    "environment": ("werkinstructie", "work instruction", "instructions", "leggen vast",
                    "vastleggen", "leggen we vast", "lay down", "werkproces", "work process",
                    "hoor en wederhoor", "vergunning", "permit", "richtlijn", "guideline",
                    "opdrachtgever", "client of the", "rapport", "report", "openbaar", "public",
                    "we'd say", "we zeggen", "minimum share", "afspraak", "afspraken", "beleid",
                    "regel", "protocol", "contract", "inkoop",
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
                    "supplier", "informeer", "inform", "website", "brief", "letter", "verslag",
                    "rapportage", "verantwoording", "accountability report", "write into",
                    "written into",
                    # procurement and agreements with others
                    "aanbesteding", "aanbested", "tender", "clausule", "bepaling", "convenant",
                    "bestek", "programma van eisen", "uitvraag", "call for tenders",
                    # who owns the data
                    "blijft van", "blijven van", "blijft eigendom", "blijven eigendom",
                    "stays with", "stay with", "remains with", "remain with", "owned by",
                    # what the law lets lapse
                    "verjaring", "limitation period", "statute of limitations",
                    "covenant", "overeenkomst", "processing agreement",
                    # oversight, review and accountability
                    "onafhankelijk", "independent", "extern", "external", "toets", "rekenkamer",
                    "audit office", "privacy officer", "functionaris", "fg ", "dpo",
                    "data protection officer", "ombudsman", "meekijk", "sign off", "signs off",
                    "accountable", "aanspreekbaar", "eigenaarschap", "ownership",
                    # procedures for people who disagree
                    "bezwaarprocedure", "beroepsprocedure", "klachtenregeling", "appeal",
                    "objection procedure", "complaints procedure", "complaints desk",
                    # time limits and decision moments
                    "proefperiode", "proeftijd", "stopmoment", "beslismoment", "evaluatiemoment",
                    "einddatum", "looptijd", "trial period", "sunset", "end date", "go/no-go",
                    # participation, consultation and communication
                    "inspraak", "participatie", "klankbord", "bewonersavond", "informatieavond",
                    "bijeenkomst", "consultation", "public meeting", "hearing", "sounding board",
                    "steering group", "stuurgroep", "werkgroep", "gemeenteraad", "raad ",
                    "council", "college", "mandaat", "mandate", "legal basis", "grondslag",
                    "juridisch", "legal check", "instemm", "spelregel", "gedragsregel",
                    "huisregel", "campagne", "campaign", "voorlichting", "krant", "newspaper",
                    "nieuwsbrief", "newsletter", "huis-aan-huis", "wijkkrant", "wijkblad",
                    "buurtkrant", "stopt na",
                    "stops after", "ends after", "loopt af", "besluit",
                    "decides", "algorithm register", "medezeggenschap", "wijkraad", "dorpsraad",
                    "bewonersvereniging", "belangenvereniging", "association", "consult",
                    "raadpleeg", "bestuur", "directie", "management", "verantwoord",
                    "impact assessment", "effectbeoordeling", "cliëntenraad", "adviesraad",
                    "jongerenraad", "exitstrateg", "exit strategy",
                    # telling people where it is used
                    "borden", "bord bij", "bebording", "informatiebord", "signs", "signage",
                    "sign at", "op de website", "on the website", "poster", "bordje", "bordjes",
                    "informatiebordje", "sticker",
                    # a say for others
                    "vermelding", "entry in the", "listed in the",
                    "veto", "vetorecht", "zeggenschap", "a say in", "meebeslis", "beslist mee",
                    "beslissen mee", "meebeslissen", "meepraten", "praat mee", "praten mee",
                    "co-design", "co-decide", "co-decides", "have a say", "has a say",
                    # plain communication
                    "brief ", "letter", "simpele taal", "eenvoudige taal", "begrijpelijke taal",
                    "plain language",
                    # service agreements
                    "de sla", "in the sla", "sla met", "sla with", "service level",
                    # the letter with a decision
                    "beschikking", "besluitbrief", "decision letter", "notice of assessment",
                    # rules and arrangements of the organisation: a sample checked, a fee, who
                    # is heard, what is fed back, what the privacy statement says
                    "regeling", "toeslag", "tarief", "tariff", "fee ",
                    "surcharge", "vergoeding", "compensation", "gehoord", "is heard",
                    "are heard", "be heard", "terugkoppel", "koppel terug", "feed back",
                    "report back", "privacyverklaring", "privacy statement", "wijkraad",
                    "vertel", "tell "),
    "human": ("training", "cursus", "opleiding", "vaardigheden", "right to object",
              "recht van bezwaar", "bezwaar maken", "can object", "les ", "lessen", "workshops",
              "interview", "gesprek", "themselves", "zelf ook", "ask them", "vragen actief",
              "menselijk contact", "persoonlijk contact", "uitleg aan", "medewerkers leren",
              "leren", "skills",
              "awareness", "human contact", "educate", "teach", "workshop",
              "digitale vaardigheid", "keuze", "choice", "opt out", "opt-out", "zelf",
              "train", "alternatief", "alternative", "nee kunnen zeggen",
              "nee zeggen", "say no", "weigeren", "refuse", "coach", "begeleid",
              "signaleren", "oefenen", "practice", "bevragen", "question the",
              "aanspreekpunt", "contactpersoon", "contact person", "persoonlijk gesprek",
              "uitleggen aan", "explain to", "badge", "course", "refresher", "opfris",
              "learn", "briefing", "scholing", "bijscholing", "uitleggen", "explain to",
              "spreekuur", "inloopspreekuur", "vragenuur", "office hours", "drop-in",
              "oefening", "oefendag", "exercise", "drill", "rollenspel", "role play",
              "intervisie", "supervisie", "casuïstiek", "peer supervision", "case discussion",
              "krijgt uitleg", "krijgen uitleg", "get an explanation", "gets an explanation",
              "are briefed", "is briefed", "spreekuur", "meelopen", "meeloop"),
}  # fmt: skip
KIND_LABEL_RE = re.compile(
    r"^\s*(?P<label>ontwerp|techniek|technologie|design|technology|omgeving|context|environment|"
    r"mens|gebruiker|human|user|people|organisatie|organisation|organization|techniek zelf|"
    r"technisch|technical|afspraken|beleid|regels|policy|rules|agreements|governance|"
    r"organisatorisch|organisational|organizational|opleiding|training)"
    r"\s*:\s*(?P<rest>.+)$",
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
}  # fmt: skip
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
    r"^(?:en|and|plus)\s+(?:(?:ook|also)\s+)?(?=\w)",  # "and stewards who ...": the measure itself
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
# A lead that announces the options that follow, before a colon or a dash ("Opties:", "Voor
# opties:", "Options -", "Opties die ik zelf zie:", "What I'd propose:", "Wat ik zou willen:",
# "Zelf:", "Mijn ideeën:", "Ik neem over:"): no part of the first measure (its words, "zelf"
# among them, would decide its kind).
ANNOUNCING_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ok[eé]?|okay|so|dus|nou|well|dan|then)\s*,?\s+)?(?=[^:]{0,60}?[:\u2013-])"
    r"(?:(?:voor\s+|for\s+|as\s+|als\s+)?(?:de\s+|the\s+|mijn\s+|my\s+|onze\s+|our\s+)?"
    r"(?:handelings)?(?:opties?|options?|maatregelen|measures|idee[eë]n|ideas|voorstel(?:len)?|"
    r"proposals?|suggesties|suggestions)(?:\s+(?:die|that|which|van|from|of)\s+[^:\u2013-]{0,30}?)?|"
    r"(?:wat|what)\s+(?:ik|i|we|wij)(?:'d|'ll)?\s+[^:\u2013-]{0,30}?|zelf|myself|ik\s+neem\s+over|"
    r"i'?ll\s+take)\s*(?::|\s[\u2013-])\s*",
    re.IGNORECASE,
)
# A number in front of a measure in a list typed on one line ("1) de bot ...", "2. ...").
NUMBER_LEAD_RE = re.compile(r"^\(?\d{1,2}[).]\s+")
# A dash between measures in a line typed as chat ("tune it ... - no storing footage ... -
# controllers decide"): each part a measure of its own.
DASH_JOINT_RE = re.compile(r"\s+[\u2013\u2014-]\s+")
# A measure told as a wish or a hedge: "zou mooi zijn als er ...", "it would be good if there
# was ...", "misschien ...", "maybe ..."; the wish is no part of the measure.
WISH_LEAD_RE = re.compile(
    r"^(?:(?:het|dat|it|that)\s+)?(?:zou|would)\s+(?:be\s+)?(?:(?:echt|really|wel)\s+)?(?:mooi|fijn|goed|"
    r"beter|handig|prettig|good|nice|great|better|helpful)\s+(?:zijn\s+)?(?:be\s+)?(?:als|if)\s+"
    r"(?:(?:er|there)\s+(?:(?:was|were|is|would\s+be|could\s+be)\s+)?)?|"
    r"^(?:misschien|wellicht|eventueel|maybe|perhaps|possibly)\s*,?\s+(?:ook\s+|also\s+)?",
    re.IGNORECASE,
)
# A measure asked as a question ("could we let tenants see their score?", "kunnen we de
# huurders hun score laten zien?"): the measure is what follows the question words.
QUESTION_LEAD_RE = re.compile(
    r"^(?:(?:and|also|so|or|en|ook|of)\s*,?\s+)?(?:(?:could|can|should|shall|might)\s+we\s+"
    r"(?:(?:maybe|perhaps|also)\s+)?(?!not\b)|what\s+if\s+we\s+|how\s+about\s+|"
    r"what\s+about\s+|(?:kunnen|zouden|moeten)\s+(?:we|wij|jullie)\s+(?:misschien\s+|ook\s+)*"
    r"(?!.*\bniet\b))",
    re.IGNORECASE,
)
# A modal left before the closing verbs of a Dutch measure once its question words are gone
# ("... hun score kunnen laten zien" -> "... hun score laten zien").
CLOSING_MODAL_RE = re.compile(r"\s+(?:kunnen|moeten)(?=(?:\s+\w+en){1,2}\s*[?.!]*$)", re.I)
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
# Who acts in an option: a system ("het model ...", "the dashboard shows ...") makes it a design
# option, people ("rechercheurs krijgen les", "case officers interview ...") a human one.
SYSTEM_SUBJECTS = (
    "systeem", "system", "model", "app", "dashboard", "camera", "tool", "platform", "algoritme",
    "algorithm", "sensor", "software", "bot", "chatbot", "ai", "scanner", "polsband", "score",
    "vertaaltool", "assistent", "assistant", "scherm", "screen", "formulier", "form",
    "samenvatting", "summary", "uitkomst", "output", "uitvoer", "overzicht", "overview",
    "rapportage",
)  # fmt: skip
# Bodies and roles that oversee, review or decide: an option they act in is about the
# environment ("de FG kijkt vooraf mee", "an ethics board reviews ..."), not about skills.
OVERSIGHT_SUBJECTS = (
    "fg", "functionaris", "dpo", "privacy officer", "data protection officer", "ombudsman",
    "rekenkamer", "auditor", "accountant", "toezichthouder", "toezicht", "inspectie", "commissie",
    "committee", "board", "klankbordgroep", "stuurgroep", "werkgroep", "adviesraad", "panel",
    "sounding board", "steering group", "regulator", "autoriteit", "authority", "audit",
    "ondernemingsraad", "works council", "or", "cliëntenraad", "gemeenteraad", "medezeggenschap",
    "staten", "provinciale staten", "parlement", "parliament",
)  # fmt: skip
# Verbs that make the people in front receivers, not actors: "bewoners krijgen een brief" is
# about communication, "handhavers krijgen een training" about skills (by its own words), "de
# boer ziet dezelfde cijfers in de app" about the app.
RECEIVING_VERBS = frozenset(("krijgen", "krijgt", "ontvangen", "ontvangt", "get", "gets",
                             "receive", "receives", "ziet", "zien", "see", "sees"))  # fmt: skip
# A verb that starts an instruction: the people after it undergo the measure ("tell residents
# by letter", "informeer bewoners"); after a causative verb they act ("laat medewerkers ...").
IMPERATIVE_RE = re.compile(
    r"^(?:(?:en|and|also|ook|daarnaast|verder|then|dan)\s+)?(?P<verb>laat|let|have|get|zorg|"
    r"bewaar|verwijder|wis|leg|spreek|maak|bied|beperk|publiceer|informeer|vraag|geef|zet|voeg|"
    r"stel|houd|hou|toon|gebruik|betrek|regel|organiseer|evalueer|controleer|anonimiseer|"
    r"versleutel|keep|store|delete|ask|add|make|offer|limit|publish|inform|give|set|show|use|"
    r"involve|allow|require|review|audit|explain|tell|provide|remove|encrypt|anonymise|anonymize|"
    r"blur|build|run|hold|create|introduce|appoint|agree|write|check|discuss|bespreek|sign|"
    r"teken|send|stuur|put|invite|nodig|schrijf|organise|organize|arrange|plan)\b",
    re.IGNORECASE,
)
CAUSATIVE_VERBS = frozenset(("laat", "let", "have", "get"))
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
    r"ik\s+zou\s+graag|ik\s+denk\s+aan|denk\s+(?:ik\s+)?aan|i'?m\s+thinking\s+of|"
    r"i\s+(?:would\s+)?think\s+of|"
    r"could\s+we|couldn'?t\s+we|can\s+we|can'?t\s+we|should\s+we|shouldn'?t\s+we|"
    r"(?:can|could|should|kunnen|kan|zou|zouden|moeten)\s+(?:\w+\s+){0,3}(?:niet|not)\b|"
    r"(?:could|can|kan|kunnen|zou|zouden)\s+(?:the|de|het|die|dat|this|dit|onze|our)\s+\w+|"
    r"what\s+if|how\s+about|what\s+about|why\s+not|"
    r"(?:it\s+)?would\s+(?:help|be\s+good|be\s+better|be\s+nice|be\s+great|make\s+sense)|"
    r"would\s+it\s+(?:help|be\s+(?:good|better|wise|an\s+idea))|"
    r"(?:het\s+)?zou\s+(?:mooi|fijn|goed|beter|handig)\s+zijn|"
    r"i'?d\s+like|i\s+would\s+like|i'?d\s+want|we\s+might|we\s+may\s+want)\b",
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
# A fact about how things are now, not a measure: "we hebben al een contract met ...", "there
# is already a complaints procedure".
CASE_FACT_RE = re.compile(
    r"\b(?:al\s+(?:een|sinds|jaren|in)|nu\s+al|"
    r"(?:bestaat|bestaan|staat|staan|is|zijn|hebben|heeft|gebeurt|doen|doet)\s+al|"
    r"(?:heb|hebt|hebben)\s+(?:ik|je|we|wij)\s+(?:zelf\s+)?al|al\s+(?:die|dat|deze|dit)\s|"
    r"(?:heeft|hebben|is|zijn|gebruiken|gebruikt)\s+(?:nu|momenteel|op\s+dit\s+moment)|"
    r"already|currently|at\s+the\s+moment|right\s+now|for\s+years)\b",
    re.IGNORECASE,
)
# A remark about an option just given or about the conversation, not a new one: "dat scheelt
# tijd", "goed idee", "that helps the drivers", "fijn, dit ging sneller dan verwacht" (with a
# direction word, see ``no_measure``).
REMARK_RE = re.compile(
    r"^(?:(?:en|and|ja|yes|ok|oké|fijn|mooi|top|prima|goed|great|nice|good|fine|super|wow)"
    r"\s*[,!]?\s+)?(?:dat|dit|that|this|which|wat|it)\s+"
    r"(?!(?:moet|moeten|zou|should|must|could|kan|kunnen)\b)|"
    r"^(?P<praise>(?:goed|mooi|prima|sterk|good|nice|great|fine)\s+(?:idee|plan|punt|idea|"
    r"point))\b",
    re.IGNORECASE,
)
# A measure named without a verb ("een onafhankelijk meldpunt", "a clause in the tender"):
# it starts with an article.
NOUN_MEASURE_RE = re.compile(r"^(?:(?:en|and|ook|also|plus)\s+)?(?:een|a|an)\s+\w", re.I)
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
# Agreement in front of an instruction that points at a proposal ("good, add that").
AGREEING_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|good|goed|ja|yes|prima|fine|great|mooi|top|sure|nice)\b[\s,!.]*)+",
    re.IGNORECASE,
)
# What an instruction without a measure points at: "add that", "doe dat maar", "take it",
# "keep those four".
BARE_OBJECTS = frozenset((
    "that", "dat", "die", "it", "het", "this", "dit", "them", "ze", "those", "these", "deze",
    "maar", "ook", "also", "too", "please", "graag", "then", "dan", "in", "erbij", "toe", "over",
    "one", "een", "two", "twee", "three", "drie", "four", "vier", "five", "vijf", "six", "zes",
    "all", "alle", "allemaal", "both", "beide",
))  # fmt: skip
# Words of a reply among options that points at what is there or closes, naming no measure:
# "keep all of them", "yes, that's the list", "klaar denk ik", "ja, die neem ik er ook bij",
# "doe die laatste er ook bij", "at least one of each kind".
POINTING_WORDS = frozenset((
    "keep", "houd", "hou", "all", "alle", "allemaal", "alles", "of", "them", "those", "these",
    "ze", "die", "deze", "dat", "dit", "that", "that's", "thats", "this", "it", "het", "is",
    "the", "de", "list", "lijst", "done", "klaar", "af", "finished", "denk", "ik", "i", "think",
    "ja", "yes", "ok", "oké", "oke", "okay", "fine", "prima", "goed", "good", "neem", "take",
    "er", "ook", "also", "too", "bij", "erbij", "doe", "do", "add", "voeg", "toe", "laatste",
    "last", "eerste", "first", "tweede", "second", "one", "een", "eentje", "at", "least",
    "minstens", "minimaal", "each", "every", "elke", "per", "kind", "soort", "van", "great",
    "mooi", "wel", "maar", "dan", "then", "please", "graag", "and", "en", "so", "dus", "sure",
    "lijkt", "me", "looks", "perfect", "for", "now", "nu", "voorlopig", "enough", "genoeg",
    "wil", "want", "i'd", "like", "zou", "willen", "we", "are", "zijn", "in", "over", "as",
    "well", "fijn", "top", "super", "nice", "thanks", "dank", "bedankt", "daarmee", "with", "voor",
))  # fmt: skip
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
# "..., for the staff", "..., zoals ..."): no measure of its own in a list typed tersely.
LIST_PART_STARTS = frozenset((
    "met", "with", "in", "op", "on", "by", "door", "voor", "for", "zonder", "without", "na",
    "per", "zoals", "like", "bijvoorbeeld", "e.g.", "eg", "dus", "ook", "also", "maar", "but",
    "alleen", "only", "niet", "not", "of", "or", "van", "from", "tot", "to", "at", "bij", "om",
    "geen", "no", "pas", "daarna", "vervolgens", "afterwards", "eerst", "first",
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
    r"(?:ik\s+wil|wil\s+ik|we\s+willen|wij\s+willen|willen\s+we|i\s+want|we\s+want|i'?d\s+want)"
    r"\s+(?:(?:ook|graag|nog|er|also|still|really|to)\s+)*(?:vastleggen|afspreken|regelen|invoeren|"
    r"lay\s+down|agree|arrange|make\s+sure|ensure|require|introduce|"
    r"(?:een|a|an)\s+\w|(?:dat|that)\s+(?:er|there|de|het|the|een|a|an|elke|every|iedere)\b)",
    re.IGNORECASE,
)
# A reason after a measure, not a measure of its own: "..., want veel chauffeurs denken ...",
# "..., because drivers think ...".
_REASONS = r"want|omdat|aangezien|zodat|because|since|so\s+that"
REASON_START_RE = re.compile(rf"^(?:{_REASONS}|as)\b", re.IGNORECASE)
# Closing words after agreeing, not a measure: "dank je wel, hier kan ik mee verder", "thanks,
# this helps".
# Saying that what is there is enough ("dit is genoeg", "that's enough", "dan is het compleet"):
# one phrase, closing a list of options (CLOSING_RE) or, as a whole message, the conversation at any
# step (ENOUGH_RE: "ok, dit is genoeg voor mijn sessiebrief").
_ENOUGH = (
    r"(?:(?:dit|dat|this|that|het|it)(?:'s|\s+is)\s+(?:wel\s+|nu\s+|now\s+)?(?:genoeg|enough|"
    r"voldoende|plenty|compleet|complete)|(?:dan|then)\s+(?:is\s+het|zijn\s+we|ben\s+ik|it'?s|"
    r"we'?re|i'?m|is\s+it)\s+(?:compleet|klaar|rond|af|done|complete|finished|sorted)|"
    r"that\s+completes\s+it)"
)
CLOSING_RE = re.compile(
    r"\b(?:(?:dank(?:je(?:wel)?|uwel)?|bedankt|thanks?|thank\s+you|thx|merci)\b|"
    r"(?:that|this)\s+covers\s+it|"
    r"dat\s+(?:was\s+het|is\s+alles|dekt\s+het)|that'?s\s+all|(?:hier|daar)\s+kan\s+ik\s+"
    r"(?:mee\s+)?verder|(?:this|that)\s+(?:helps|is\s+helpful)|(?:dit|dat)\s+(?:helpt|is\s+nuttig)|"
    r"i\s+can\s+work\s+with\s+(?:this|that)|" + _ENOUGH + ")",
    re.IGNORECASE,
)
ENOUGH_RE = re.compile(
    r"^(?:(?:ok[eé]?|okay|ja|yes|goed|prima|nou|so|well|fine)[,!.]?\s+)?"
    + _ENOUGH
    + r"(?:\s+(?:zo|so|hoor|wel|denk ik|i think))?(?:\s+(?:voor|for)\s+(?:mij|me|nu|now|"
    r"vandaag|today|mijn|my|onze|our)\b[^.?!]{0,40})?\s*[.!]?$",
    re.IGNORECASE,
)
# What a system holds, right after an instruction verb: "use only building data", "bewaar
# alleen de tellingen", "delete the images": a measure on the technology (design).
DATA_WORDS = frozenset((
    "data", "gegevens", "beelden", "images", "logs", "foto's", "photos", "opnames", "recordings",
    "persoonsgegevens", "personal",
))  # fmt: skip
DATA_REACH = 4
# A reason or a purpose after a measure ("..., want ...", "..., zodat de jurist ...", "..., so
# that staff ..."): not the measure, so not what decides its kind. English "I want", "we want"
# is no Dutch "want" (because).
REASON_CLAUSE_RE = re.compile(
    rf"(?<!\bi)(?<!\bwe)(?<!\byou)(?<!\bthey)(?<!n't)(?<!\bdo),?\s+(?:{_REASONS})\s+",
    re.IGNORECASE,
)
# What people are told in a measure ("de politie krijgt uitleg dat een melding geen bewijs is",
# "staff get an explanation of why ..."): its content, not what decides its kind.
TOLD_CONTENT_RE = re.compile(
    r"\b(?P<told>uitleg|informatie|instructie|voorlichting|explanation|information|instruction|"
    r"briefing)\s+(?:\w+\s+){0,2}?(?:dat|that|waarom|why|hoe|how)\s+.*$",
    re.IGNORECASE,
)
# Where the measure before is laid down, after a comma ("data blijft van ons, vastleggen in het
# contract", "..., written into the contract"): part of that measure, not one of its own.
LAID_DOWN_TAIL_RE = re.compile(
    r"^(?:(?:en|and|dat|that|this|dit)\s+)?(?:(?:is|wordt|moet|must\s+be|to\s+be)\s+)?"
    r"(?:vastleggen|vastgelegd|vast\s+te\s+leggen|opnemen|opgenomen|written|laid\s+down|put|set\s+down|"
    r"recorded)\s+(?:down\s+)?(?:in|into)\b",
    re.IGNORECASE,
)
# Asking for someone to be added to the list ("the works council must be added too", "de OR
# moet er ook bij", "de buren horen er ook bij"): about the actors, not a measure.
ADDED_TO_LIST_RE = re.compile(
    r"\b(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:added|included|listed|"
    r"mentioned|named|on\s+the\s+list)\b|"
    r"\b(?:moet|moeten)\s+(?:er\s+)?(?:ook\s+|nog\s+)*(?:bij|erbij|worden\s+toegevoegd|"
    r"toegevoegd\s+worden|genoemd\s+worden|worden\s+genoemd)\b|"
    r"\b(?:hoort|horen)\s+er\s+(?:ook\s+|nog\s+)*bij\b",
    re.IGNORECASE,
)
# What a measure does without ("een jaarlijkse oefening zonder model", "a manual check without
# the app"): the system named there is absent, so its words do not make the measure design.
WITHOUT_RE = re.compile(
    r"\b(?:zonder|without)\s+(?:(?:de|het|een|the|a|an|ons|onze|our)\s+)?[\w'-]+", re.IGNORECASE
)
# A rule about how the system's output is used: it may never decide alone ("het model mag nooit
# alleen beslissen over ...", "a sensor failure never leads to a fine by itself"), or the rule is
# laid down somewhere ("..., written in the enforcement policy", "vastgelegd in het contract"):
# a measure in the organisation around the technology (environment), whoever is its subject.
USE_RULE_RE = re.compile(
    r"\b(?:mag|mogen|kan|kunnen)\s+(?:\w+\s+){0,3}?(?:nooit|niet)\s+(?:\w+\s+){0,2}?"
    r"(?:alleen|zelfstandig|in\s+(?:zijn|haar)\s+eentje)\s+(?:\w+\s+){0,3}?"
    r"(?:beslis\w*|besluit\w*|bepal\w*|oordel\w*)|"
    r"\b(?:never|not|no)\s+(?:\w+\s+){0,4}?(?:decide\w*|decision\w*|leads?\s+to|result\w*\s+in)"
    r"\s+(?:\w+\s+){0,4}?(?:on\s+its\s+own|by\s+itself|alone|solely)\b|"
    r"\b(?:may|can|must)\s+never\s+(?:decide|judge)\s+(?:\w+\s+){0,3}?(?:alone|on\s+its\s+own|by\s+itself)|"
    r"\b(?:written|laid\s+down|set\s+down|recorded|included|stated|vastgelegd|opgenomen|"
    r"vast\s+te\s+leggen)\s+in\s+(?:the|our|a|an|de|het|ons|onze|een)\s+(?:[\w-]+\s+)?"
    r"[\w-]*(?:policy|beleid|contract|protocol|regeling|rules|agreement|overeenkomst|"
    r"instructie|instruction|reglement|convenant|covenant|verordening|bylaw)|"
    # a rule laid down about what people do: "vastleggen dat een handhaver altijd ...", "lay
    # down that an officer always ..."
    r"\b(?:vastleggen|vast\s+te\s+leggen|afspreken|lay\s+down|agree)\s+(?:dat|that)\b|"
    # what the output may count for: "nooit als enige bewijs", "never the sole evidence", "not
    # based on the counts alone", "niet alleen op de tellingen gebaseerd"
    r"\b(?:nooit|never|niet|not)\s+(?:(?:als|as)\s+)?(?:(?:het|de|the)\s+)?(?:enige|sole|only)\s+"
    r"(?:bewijs|basis|grond|evidence|ground|proof)\b|"
    r"\bnot\s+based\s+on\s+(?:[\w-]+\s+){1,4}?(?:alone|only)\b|"
    r"\bniet\s+(?:alleen|enkel|uitsluitend)\s+(?:gebaseerd\s+)?op\s+(?:de|het)\s+|"
    # nothing follows automatically ("never an automatic stop", "een flag leidt nooit
    # automatisch tot een sanctie", "never auto-closing lanes", "geen automatische afwijzing")
    r"\b(?:nooit|never|geen|no)\s+(?:\w+\s+)?(?:automatisch\w*|automatic\w*|auto-\w+)|"
    # only after a person has looked ("alleen na gesprek met de docent", "only after a human
    # review", "pas na een menselijke beoordeling")
    r"\b(?:alleen|pas|enkel|only)\s+(?:\w+\s+)?(?:na|nadat|after|once)\s+(?:\w+\s+){0,3}?"
    r"(?:gesprek\w*|beoordeling\w*|review\w*|conversation\w*|contact|overleg\w*|toets\w*|"
    r"controle\w*|check\w*|hoor\w*|goedkeuring\w*|approval\w*)",
    re.IGNORECASE,
)
# A case handed to a person ("bijzondere gevallen gaan altijd naar een taxateur", "unusual
# houses are always sent to an assessor"): what people do (the person is the group's word).
ROUTED_TO_RE = re.compile(
    r"\b(?:gaan|gaat|go|goes|gestuurd|doorgestuurd|sent|passed|forwarded|routed)\s+"
    r"(?:altijd\s+|always\s+|eerst\s+|first\s+)?(?:naar|to)\s+(?:een|de|a|an|the)\s+"
    r"(?:\w+\s+)?(?P<person>[\w-]+)",
    re.IGNORECASE,
)
# A system named as the place where people receive something ("... ziet de cijfers in de app",
# "... sees the same data on a screen"): the measure is made in the technology.
SYSTEM_PLACE_RE = re.compile(
    r"\b(?:in|op|on|via|through)\s+(?:(?:de|het|een|the|a|an|hun|their|zijn|his|her)\s+)?"
    r"(?:eigen\s+|own\s+)?(?P<place>[\w'-]+)",
    re.IGNORECASE,
)
# Bodies that speak for a group (an association, a union, a council) and parties bound by
# contract (the supplier): an option they act in ("de huurdersvereniging beslist mee", "the
# cyclists' union co-designs ...", "the vendor contract says ...") is about the organisation
# around the technology, not about people's own skills.
SPEAKING_BODY_ENDINGS = (
    "vereniging", "bond", "raad", "union", "association", "council", "federatie", "federation",
    "leverancier", "vendor", "supplier", "contractor", "aannemer",
    "bedrijf", "bedrijven", "company", "companies", "business", "businesses",  # organisations
)  # fmt: skip
# How often or when staff do their part of a measure ("een arts die elke maand een steekproef
# naleest", "guards do a fixed daily round", "no agent handles more than 25 a day", "bij twijfel
# altijd een handhaver laten kijken", "a staff member calls first"): a measure with no words of
# a kind in a routine of the organisation is an environment measure (staff named in front who
# check a sample, or people made to act once a month, stay human: the sets disagree there).
ROUTINE_RE = re.compile(
    r"\b(?:per|elke|iedere|every|each|a|an|once\s+a|twice\s+a|\d+\s*(?:x|keer)\s+(?:per|in\s+de))"
    r"\s+(?:dag|week|maand|kwartaal|jaar|nacht|dienst|day|week|month|quarter|year|night|shift)\b|"
    r"\b(?:dagelijks\w*|wekelijks\w*|maandelijks\w*|jaarlijks\w*|daily|weekly|monthly|yearly|"
    r"annually|quarterly)\b|\b(?:steekproef\w*|sample|rotat\w*|rouler\w*|bij\s+twijfel|"
    r"(?:when|if)\s+in\s+doubt|in\s+case\s+of\s+doubt|no\s+matter\s+what|hoe\s+dan\s+ook|"
    r"more\s+than\s+\d+|meer\s+dan\s+\d+|minder\s+\w+\s+per)\b|\b(?:calls?|belt|bellen)\s+"
    r"(?:\w+\s+)?(?:first|eerst)\b",
    re.IGNORECASE,
)
# The verb an instruction starts with, by the kind it points to ("publish once a year how many
# ...", "tell callers upfront ...": the organisation tells; "mark every passage ...", "load the
# register into the tool": the technology is changed).
VERB_KINDS: dict[str, OptionKind] = {
    "publish": "environment", "publiceer": "environment", "tell": "environment",
    "vertel": "environment", "inform": "environment", "informeer": "environment",
    "report": "environment", "rapporteer": "environment", "agree": "environment",
    "announce": "environment", "evaluate": "environment", "evalueer": "environment",
    "consult": "environment", "raadpleeg": "environment", "write": "environment",
    "mark": "design", "markeer": "design", "load": "design", "laad": "design", "tune": "design",
    "retrain": "design", "hertrain": "design", "configure": "design", "configureer": "design",
    "pixelate": "design", "blur": "design", "filter": "design", "encrypt": "design",
    "versleutel": "design", "hash": "design", "label": "design", "flag": "design",
}  # fmt: skip
# "zelf"/"itself" after a thing where the measure is made ("op de sensor zelf", "in het kastje
# zelf", "on the device itself"): no person who acts.
THING_ITSELF_RE = re.compile(
    r"\b(?P<place>(?:in|op|on|at|inside)\s+(?:de|het|the|een|a)\s+[\w'-]+)\s+(?:zelf|itself)\b",
    re.IGNORECASE,
)
# What a rule says never happens automatically ("leidt nooit automatisch tot", "never an
# automatic stop"): the word "automatic" there names no setting of the technology.
NOT_AUTOMATIC_RE = re.compile(
    r"\b(?P<no>nooit|never|geen|no)\s+(?:automatisch\w*|automatic\w*|auto-)", re.IGNORECASE
)
