"""What decides the kind of a handling option: words for each kind, who acts in it and how
(a system, an overseeing body, staff in a routine, people told something), and the verb an
instruction starts with (Dutch and English)."""

from __future__ import annotations

import re

from assistant.domain.session import OptionKind
from assistant.language.cues.measure_joints import REASON_WORDS

OPTION_KIND_WORDS: dict[OptionKind, tuple[str, ...]] = {
    "design": ("systeem toont", "the system shows", "herkent", "recognises", "recognizes",
               "schakelt", "switches", "markeert", "flags", "confidence", "ontwerp", "techniek",
               "technisch", "instelling", "anonimis", "pseudonimis", "anoniem",
               "vervag", "blur", "bewaartermijn", "bewaar", "versleutel", "encrypt", "aggregat",
               "geaggregeerd", "filter", "dashboard", "uitlegscherm", "design", "setting",
               "whitelist", "allowlist", "blocklist", "blacklist", "witte lijst",
               "retention", "store only", "delete after", "verwijder na", "logging",
               # the system keeps a record of who did what
               "log ", "logs ", "logt ", "loggen", "logged", "gelogd", "logboek", "audit trail",
               "audit log",
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
               "keep only", "tellingen", "counts", "link",
               "pop-up", "icoon", "icon", "zichtbaar", "visible", "weergeven",
               "weggooien", "weggegooid", "vernietig", "destroy", "discard", "noodstop",
               "emergency stop", "noodknop", "panic button", "alarmknop",
               # a mark the system puts in what it makes: "a flag in the transcript"
               "a flag in", "een flag in", "een vlag in", "a marker in", "een markering in",
               "a warning in", "een waarschuwing in",
               # what the system recognises, takes in or how it shows people
               "herken", "herkenning", "recognition", "als input", "as input", "pixel",
               "standaard uit", "default off", "off by default", "use only", "only use",
               # which categories or versions the system has, and when it runs
               "categorie", "category", "categories", "versie", "version", "only during",
               "alleen tijdens", "alleen overdag", "during the day", "overdag", "phone alert",
               "push alert", "during school hours", "outside school hours", "tijdens lestijden",
               "tijdens schooltijd", "buiten schooltijd",
               # what the system counts or leaves out of its score
               "niet meetelt", "niet meetellen", "telt niet mee", "tellen niet mee",
               "niet meegeteld", "weegt niet mee", "niet meewegen", "does not count",
               "doesn't count", "don't count", "not counted", "not be counted",
               # what the system marks or leaves out of what it shows
               "gemarkeerd", "weggelaten", "weglaten", "laat weg", "laten weg", "marked",
               "leave out", "leaves out", "left out of",
               # what people get to see of the data: what the system shows them
               "only see", "see only", "sees only", "only sees", "ziet alleen", "zien alleen",
               # how much the system weighs what it takes in, as a setting
               "instelbaar", "verstelbaar", "configurable", "adjustable", "minder zwaar",
               "weigh less",
               "weighs less", "weegt minder", "wegen minder",
               # how the system is built or set, what it weighs or leaves out as a feature
               "zo bouwen", "zo gebouwd", "build it so", "built so", "instellen", "een weging",
               "weighting", "als kenmerk", "as a feature", "as a variable", "als variabele",
               "avatar", "label", "calculator", "rekenhulp", "rekentool",
               # where the data is kept, anonymous as a property of the system
               "anoniem", "centrale server", "central server", "centrale database",
               "central database",
               # fixed in the software itself, not left to anyone's judgement
               "hard-coded", "hardcoded", "ingebouwd", "built in", "built-in",
               "ingeprogrammeerd",
               # a light or signal on the device itself
               "lampje", "lampjes", "indicator", "led-", "signaallamp", "warning light",
               "status light", "a light that", "a light on"),
    "environment": ("werkinstructie", "work instruction", "instructions", "leggen vast",
                    # payments go on while a case is checked: an arrangement
                    "betaal door", "betalen door", "doorbetal", "keep paying", "continue paying",
                    "keeps paying", "payment continues", "betaling loopt door",
                    "vastleggen", "leggen we vast", "lay down", "werkproces", "work process",
                    "hoor en wederhoor", "vergunning", "permit", "richtlijn", "guideline",
                    "opdrachtgever", "client of the", "in the assignment", "assignment to the",
                    "in de opdracht", "opdracht aan de",
                    "rapport", "report", "openbaar", "public",
                    "we'd say", "we zeggen", "minimum share", "afspraak", "afspraken", "beleid",
                    "regel", "protocol", "contract", "inkoop",
                    "register", "toezicht", "commissie", "ethische commissie", "audit", "wet ",
                    "wetten", "wetgeving", "wettelijk",
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
                    # staff time freed and planned or kept in the budget: an arrangement
                    "ingeroosterd", "inroosteren", "roosteren we",
                    "in de planning opgenomen", "rostered", "on the rota", "in the rota",
                    "in the roster", "wegbezuinigd", "wegbezuinigen", "niet bezuinigd",
                    "budgeted", "in de formatie",
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
                    "ouderavond", "parents' evening", "parents evening", "information evening",
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
                    "informatiebordje", "sticker", "signboard", "a sign saying", "a sign that",
                    "gemeentesite", "site van de gemeente", "council website", "council's site",
                    # a way on paper kept for people without a phone
                    "papieren", "op papier", "on paper", "paper form", "paper list",
                    "paper version",
                    "a sign telling", "een bord dat", "een bord met", "borden met",
                    "een bord op", "een bord aan", "a sign on",
                    # a say for others
                    "vermelding", "entry in the", "listed in the",
                    "veto", "vetorecht", "zeggenschap", "a say in", "meebeslis", "beslist mee",
                    "beslissen mee", "meebeslissen", "meepraten", "praat mee", "praten mee",
                    "co-design", "co-designed", "co-designs", "co-decide", "co-decides",
                    "have a say", "has a say",
                    # who takes the decision in the end: an arrangement of the procedure
                    "final decision", "final say", "last word", "laatste woord",
                    "eindbeslissing", "eindoordeel",
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
                    "vertel", "tell ",
                    # evaluated, laid down in rules, told in the school's guide
                    "evalueren", "evalueert", "evaluate", "evaluates", "geëvalueerd",
                    "geevalueerd", "evaluated", "reglement", "schoolgids",
                    "school guide", "prospectus",
                    # rules, regulations and conditions laid down for it, with who consents
                    "regulation", "verordening", "in de concessie", "in the concession",
                    "concessie-eis", "concession clause", "een eis ", "subsidie", "subsidy",
                    "een lening", "a loan", "loans",
                    "kpi", "voorwaarde", "ingestemd", "doorlicht", "bevoegdheid",
                    "the power to", "om advies", "advies vragen", "advies van", "ask advice",
                    "advice from", "validatie", "validation", "valideren", "valideert",
                    "gevalideerd", "validate",
                    # asking the people concerned in a survey
                    "enquête", "enquete", "survey", "vragenlijst", "questionnaire",
                    # who may set the outcome aside, in a meeting of the professions
                    "mag omdraaien", "mogen omdraaien", "mag terugdraaien", "mag afwijken",
                    "mogen afwijken", "may deviate", "can override", "may override", "mdo",
                    "multidisciplinair overleg", "infopagina", "explainer page",
                    # a page that explains it to the public, a memo that reports its use
                    "uitlegpagina", "informatiepagina", "explainer", "info page",
                    "information page", "faq", "veelgestelde vragen",
                    "begeleidende nota", "nota aan", "memo to", "cover note", "vermelden",
                    # people who know it happens: told by the organisation
                    "weten dat er", "weet dat er", "weten dat we", "know that there",
                    "know that we", "know there is", "know there are",
                    "vooraf gemeld", "vooraf melden", "vooraf laten weten", "announce",
                    "aankondig", "notified in advance", "told in advance",
                    # what it costs people
                    "gratis", "kosteloos", "free of charge", "for free", "at no cost",
                    "zonder kosten",
                    # a set period to object or appeal
                    "bezwaarronde", "bezwaartermijn", "bezwaarperiode", "beroepstermijn",
                    "objection period", "appeal period", "period to object", "appeal window",
                    # people who may depart from what the technology says
                    "afwijken van", "afwijkt van", "wijkt af van", "wijken af van",
                    "deviate from", "deviates from", "omdraaien", "overrulen", "overrides the",
                    "override the",
                    # whether taking part is free or required, what a mistake costs people,
                    # time granted before a sanction: rules of the organisation
                    "vrijwillig", "voluntary", "voluntarily", "verplicht", "mandatory",
                    "compulsory", "disciplinary", " disciplinair", "tucht", "sanctie",
                    "sanction", "grace period", "respijt", "coulance", "uitstel van",
                    "overgangsperiode", "transition period", "bedenktijd", "cooling-off",
                    # permission given by someone for each use
                    "met toestemming", "na toestemming", "with permission", "with approval"),
    "human": ("training", "cursus", "opleiding", "opleiden", "opgeleid", "vaardigheden",
              "right to object",
              "recht van bezwaar", "bezwaar maken", "can object", "les ", "lessen", "workshops",
              "interview", "gesprek", "a conversation", "themselves", "zelf ook", "ask them",
              "vragen actief",
              "menselijk contact", "persoonlijk contact", "uitleg aan", "medewerkers leren",
              "leren", "leert", "learns", "skills",
              "awareness", "human contact", "educate", "teach", "workshop",
              "digitale vaardigheid", "keuze", "choice", "opt out", "opt-out", "zelf",
              "train", "alternatief", "alternative", "nee kunnen zeggen",
              "nee zeggen", "say no", "weigeren", "refuse", "coach", "begeleid",
              "signaleren", "oefenen", "practice", "bevragen", "question the",
              "aanspreekpunt", "contactpersoon", "contact person", "persoonlijk gesprek",
              "uitleggen aan", "explain to", "badge", "course", "refresher", "opfris",
              "learn", "briefing", "scholing", "bijscholing", "uitleggen", "explain to",
              "spreekuur", "inloopspreekuur", "vragenuur", "office hours", "drop-in",
              "webinar", "instructiedag", "instruction day", "kennissessie",
              "oefening", "oefendag", "exercise", "drill", "rollenspel", "role play",
              "intervisie", "supervisie", "casuïstiek", "peer supervision", "case discussion",
              "krijgt uitleg", "krijgen uitleg", "get an explanation", "gets an explanation",
              "uitleg in", "explanation in", "in de eigen taal", "in hun eigen taal",
              "in their own language",
              "are briefed", "is briefed", "spreekuur", "meelopen", "meeloop",
              # a lesson, or a call with a person
              "lesson", "lessons", "feedback call", "a call with", "calls back", "call back",
              "belt terug", "terugbel", "terug te bellen", "info session", "information session",
              "infosessie", "informatiesessie", "bespreken met", "bespreekt met", "discuss with",
              "discusses with", "talks with", "talk with", "praat met", "praten met", "oefent",
              "practises", "practices",
              # an instruction for people on what to do, a short talk at work
              "een instructie", "korte instructie", "duidelijke instructie", "an instruction",
              "a clear instruction", "a short instruction", "instructie over", "instruction on",
              "toolbox", "in class", "in de klas", "in de les", "opleiden", "opgeleid",
              "leiden op", "leidt op",
              # a person who keeps judging beside the system
              "human rater", "human reviewer", "human assessor", "human check", "human review",
              "menselijke beoordelaar", "menselijke beoordeling", "menselijke check",
              # objecting in person
              "bezwaar kunnen maken", "bezwaar kan maken", "can object", "object to",
              # a day to study or practise, a call afterwards to go through it
              "studiedag", "studiemiddag", "study day", "oefen", "nabel",
              # people retrained for other work, a session talked through afterwards
              "omschol", "omgeschoold", "bijscholen", "bijgeschoold", "reskill", "upskill",
              "debrief", "nabespreking", "nabespreken", "nagesprek",
              # someone's own doing, said to them
              "yourself", "jezelf", "uzelf",
              # people paired to learn from each other
              "buddy", "maatje"),
}  # fmt: skip
# Who acts in an option: a system ("het model ...", "the dashboard shows ...") makes it a design
# option, people ("rechercheurs krijgen les", "case officers interview ...") a human one.
SYSTEM_SUBJECTS = (
    "systeem", "system", "model", "app", "dashboard", "camera", "tool", "platform", "algoritme",
    "algorithm", "sensor", "software", "bot", "chatbot", "ai", "scanner", "polsband", "score",
    "vertaaltool", "assistent", "assistant", "scherm", "screen", "formulier", "form",
    "samenvatting", "summary", "uitkomst", "output", "uitvoer", "overzicht", "overview",
    "rapportage", "avatar", "calculator", "rekenhulp", "rekentool", "keuzemenu", "menu",
    "keuzehulp",
)  # fmt: skip
# Bodies and roles that oversee, review or decide: an option they act in is about the
# environment ("de FG kijkt vooraf mee", "an ethics board reviews ..."), not about skills.
OVERSIGHT_SUBJECTS = (
    "fg", "functionaris", "dpo", "privacy officer", "data protection officer", "ombudsman",
    "rekenkamer", "auditor", "accountant", "toezichthouder", "toezicht", "inspectie", "commissie",
    "committee", "board", "klankbordgroep", "stuurgroep", "werkgroep", "adviesraad", "panel",
    "sounding board", "steering group", "regulator", "autoriteit", "authority", "audit",
    "ondernemingsraad", "works council", "or", "cliëntenraad", "gemeenteraad", "medezeggenschap",
    "staten", "provinciale staten", "parlement", "parliament", "mr",
)  # fmt: skip
# Bodies with a short name that is also a common word ("or" in English): a body only first in
# the option or after an article ("OR stemt in", "de OR kijkt mee"; not "no ranking or class").
SHORT_BODIES = frozenset(("or", "mr"))
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
# Verbs that place or add devices ("put cheap sensors in the quiet streets", "zet extra camera's
# bij de ingang", "install two scanners"): new technology placed is design, not where it goes.
PLACING_VERBS = frozenset((
    "put", "place", "install", "mount", "add", "deploy", "zet", "plaats", "installeer", "hang",
    "voeg", "monteer",
))  # fmt: skip
# Words before a device that point at one already there ("put the model in the register"):
# that device is moved or listed, not placed.
KNOWN_THING_WORDS = frozenset((
    "the", "this", "that", "our", "de", "het", "dit", "dat", "ons", "onze",
))  # fmt: skip
PLACED_REACH = 3
# When devices are placed, the moment after them is no part of the measure ("... before the
# board decides", "... voordat we iets besluiten").
PLACED_UNTIL_RE = re.compile(r",?\s+(?:before|until|voordat|totdat|tot\s+dat)\s.*$", re.I)
# A power granted, with what it allows after it ("municipalities get the power to ban trucks",
# "de school krijgt de bevoegdheid om te weigeren"): the power decides, not what it allows.
POWER_GRANTED_RE = re.compile(
    r"\b(?P<power>(?:the\s+)?(?:power|powers|authority|mandate)\s+to|(?:de\s+)?(?:bevoegdheid|"
    r"macht|mandaat)\s+om)\s+.*$",
    re.IGNORECASE,
)
# A verb that holds an event, with its article ("hold a yearly drill", "organiseer een avond"):
# the event named after it is the measure.
EVENT_HELD_RE = re.compile(
    r"^(?:(?:en|and|also|ook|then|dan)\s+)?(?:hold|organise|organize|run|plan|houd|hou|"
    r"organiseer|plan)\s+(?:een|a|an)\s+",
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
# The step a measure comes before or after ("..., before deciding", "voordat het gepubliceerd
# wordt", "after their first pickup"): when it happens, not what decides its kind.
TIME_CLAUSE_RE = re.compile(
    r",?\s+(?:before|after|voordat|nadat|prior\s+to)\s+",
    re.IGNORECASE,
)
REASON_CLAUSE_RE = re.compile(
    rf"(?<!\bi)(?<!\bwe)(?<!\byou)(?<!\bthey)(?<!n't)(?<!\bdo),?\s+(?:{REASON_WORDS})\s+",
    re.IGNORECASE,
)
# What people are told in a measure ("de politie krijgt uitleg dat een melding geen bewijs is",
# "staff get an explanation of why ..."): its content, not what decides its kind.
TOLD_CONTENT_RE = re.compile(
    r"\b(?P<told>uitleg|informatie|instructie|voorlichting|explanation|information|instruction|"
    r"briefing|lesson|lessons|les|lessen|course|cursus|training|workshop|uitleggen|explain|"
    r"explaining|vertellen)\s+(?:\w+\s+){0,2}?(?:dat|that|waarom|why|hoe|how|wat|what)\s+.*$|"
    # what a published text says ("the register entry says which traits the model scores", "de
    # brief vermeldt welke gegevens het systeem gebruikt"): its content
    r"\b(?P<published>(?:entry|vermelding|page|pagina|uitlegpagina|letter|brief|leaflet|folder|"
    r"poster|website|notice)\s+(?:says|zegt|explains|legt\s+uit|tells|vermeldt|states|lists|"
    r"noemt|describes|beschrijft|shows|toont))\s+.*$|"
    # what a page of explanation, a leaflet or a memo is about ("een uitlegpagina over wat het
    # model doet", "a leaflet about how ..."): its topic
    r"\b(?P<page>(?:uitlegpagina|informatiepagina|infopagina|explainer\s+page|info\s+page|"
    r"information\s+page)\b[^,.;:]{0,40}?)\s+(?:over|about|on)\s+.*$|"
    r"\b(?P<page2>(?:pagina|page|explainer|folder|leaflet|brochure|faq|nota|memo)\w*)\s+"
    r"(?:\w+\s+){0,2}?(?:over|about|on)\s+(?:wat|hoe|waarom|welke|what|how|why|which)\s+.*$",
    re.IGNORECASE,
)
# What a session to learn is about ("a session with a judge and a lawyer about why every word in
# a report matters", "een cursus voor boa's over hoe het register werkt"): its topic, not what
# decides its kind.
LEARNING_TOPIC_RE = re.compile(
    r"\b(?P<told>(?:session|sessie|training|cursus|course|workshop|lesson|les|e-learning|"
    r"webinar|intervisie|supervisie|bijscholing|opfriscursus|refresher|instructiedag|"
    r"instruction\s+day)\b[^,.;:]{0,60}?)\s+(?:about|over|on)\s+.*$|"
    # practising what comes after ("de operators oefenen in het herkennen van nesten")
    r"\b(?P<practised>(?:oefenen|oefent|practise|practice|practising|practicing))\s+"
    r"(?:in|met|with|on)\s+.*$|"
    # learning how or what ("de buitendienst leert hoe je een valse melding herkent", "staff
    # learn to spot a false alarm")
    r"\b(?P<learnt>(?:leert|leren|learn|learns))\s+(?:hoe|wat|wanneer|waarom|om|how|what|when|"
    r"why|to)\s+.*$",
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
# A measure named as a rule or an agreement, with what it lays down after it ("a school rule
# that every comment has ...", "een afspraak dat de wijkagent ...", "a house rule where ...",
# "een vaste regel om ..."): a rule of the organisation, whoever is named in what it says.
RULE_NAMED_RE = re.compile(
    r"^(?:(?:en|and|ook|also|plus|verder)\s+)?(?:een|a|an|the|de|het)\s+(?:[\w-]+\s+)?"
    r"(?:rule|regel|afspraak|agreement|policy|beleid|protocol|guideline|richtlijn|huisregel|"
    r"spelregel|gedragsregel|gedragscode|code\s+of\s+conduct)\s+(?:that|dat|die|where|waarin|"
    r"to|om|for|voor|saying|stating|on|over)\b",
    re.IGNORECASE,
)
USE_RULE_RE = re.compile(
    # use only once a condition is met: "het model wordt pas ingezet als het aantoonbaar ...",
    # "the tool is only deployed once it has been tested"
    r"\b(?:pas|alleen|only)\s+(?:\w+\s+){0,2}?(?:ingezet|gebruikt|deployed|used|rolled\s+out|"
    r"live)\s+(?:\w+\s+){0,2}?(?:als|wanneer|zodra|nadat|if|when|once|after)\b|"
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
    # what an agreement or a policy says ("the concession agreement says clips never go ...",
    # "het contract bepaalt dat ..."): a rule, whoever it is about
    r"\b(?:agreement|contract|policy|protocol|covenant|overeenkomst|beleid|reglement|regeling|"
    r"convenant|concessie|concession)\s+(?:\w+\s+){0,4}?(?:says|states|stipulates|requires|"
    r"zegt|stelt|bepaalt|regelt|schrijft\s+voor)\b|"
    # what the output may count for: "nooit als enige bewijs", "never the sole evidence", "not
    # based on the counts alone", "niet alleen op de tellingen gebaseerd"
    r"\b(?:nooit|never|niet|not)\s+(?:(?:als|as)\s+)?(?:(?:het|de|the)\s+)?(?:enige|sole|only)\s+"
    r"(?:bewijs|basis|grond|reden|aanleiding|evidence|ground|proof|reason)\b|"
    # "a flag never counts as proof", "een melding geldt nooit als bewijs"
    r"\b(?:nooit|never|niet|not|no\s+longer)\s+(?:counts?|telt|tellen|geldt|gelden|serves?)\s+"
    r"(?:als|as)\s+(?:(?:a|an|een)\s+)?(?:[\w-]+\s+)?(?:proof|evidence|bewijs\w*)\b|"
    r"\b(?:counts?|telt|geldt|serves?)\s+(?:nooit|never|niet|not)\s+(?:als|as)\s+(?:(?:a|an|een)\s+)?"
    r"(?:[\w-]+\s+)?(?:proof|evidence|bewijs\w*)\b|"
    r"\bnot\s+based\s+on\s+(?:[\w-]+\s+){1,4}?(?:alone|only)\b|"
    # the measure set as a condition ("..., dat als harde voorwaarde", "as a hard requirement")
    r"\b(?:als|as)\s+(?:(?:een|a|an)\s+)?(?:(?:harde|vaste|hard|firm|strict|strikte)\s+)?"
    r"(?:voorwaarde|eis|condition|requirement|precondition)\b|"
    # nothing on the output alone ("no tax audit on model output alone", "geen controle
    # alleen op de uitkomst van het model")
    r"\b(?:on|upon)\s+(?:(?:the|its|a)\s+)?(?:[\w'-]+\s+){0,2}?(?:output|outcome|score|scores|"
    r"signal|flag|flags|counts?|prediction)\s+(?:alone|only)\b|"
    r"\b(?:alleen|enkel|uitsluitend|puur)\s+op\s+(?:basis\s+van\s+)?(?:de|het|een)\s+"
    r"(?:[\w-]+\s+)?(?:uitkomst|uitvoer|output|score|signaal|melding|voorspelling)\w*\b|"
    r"\bniet\s+(?:alleen|enkel|uitsluitend)\s+(?:gebaseerd\s+)?op\s+(?:de|het)\s+|"
    # nothing follows without a person ("een markering leidt nooit tot een straf zonder dat een
    # medewerker ...", "a flag never leads to a fine unless an officer ...")
    r"\b(?:nooit|never)\s+(?:\w+\s+){0,3}?(?:tot|to|in)\s+(?:\w+\s+){0,4}?"
    r"(?:zonder|without|unless|tenzij)\b|"
    # no sanction on the output alone ("nooit een boete op basis van alleen de app-uren",
    # "never a fine based on the hours alone", "geen korting zonder gesprek")
    r"\b(?:nooit|never|geen|no)\s+(?:(?:een|a)\s+)?(?:boete|sanctie|straf|korting|fine|sanction|"
    r"penalt|punishment|cut)\w*\s+(?:[\w-]+\s+){0,6}?(?:alleen|enkel|uitsluitend|alone|solely|only|"
    r"zonder|without)\b|"
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
# A measure put into a document of rules or agreements ("in de vergunning voor de aanbieders een
# maximale bewaartermijn", "in het contract met X: ...", "in de begeleidende nota vermelden dat
# ..."): laid down there, whatever it is about.
DOCUMENT_LEAD_RE = re.compile(
    r"^(?:(?:en|and|ook|also|plus)\s+)?(?:in|into)\s+(?:(?:de|het|the|our|ons|onze|een|a|an|"
    r"elk|elke|every|each)\s+)?(?:[\w-]+\s+)?[\w-]*(?:vergunning|contract|overeenkomst|"
    r"convenant|zorgplan|reglement|beleid|protocol|nota|concessie|bestek|sla|permit|licence|"
    r"license|agreement|policy|covenant|memo|regeling|verordening|privacyverklaring|"
    r"privacy\s+statement|werkinstructie|procedure|handboek|handbook)\b",
    re.IGNORECASE,
)
# A step a person takes first, as the condition of the measure ("a label can only be set after
# a bailiff has spoken to the person", "alleen als een handhaver eerst zelf nagaat ..."): a
# procedure, or the person's own work (the person is checked by the reader).
PERSON_FIRST_RE = re.compile(
    r"\b(?:alleen|pas|enkel|uitsluitend|only)\s+(?:\w+\s+){0,3}?(?:na|nadat|als|wanneer|zodra|"
    r"after|once|if|when)\s+(?:een|de|het|a|an|the)\s+(?:[\w-]+\s+)??(?P<person>[\w'-]+)\s+"
    r"(?:\w+\s+){0,2}?(?:has|have|heeft|hebben|eerst|first|zelf|himself|herself|themselves|"
    r"actually|echt|personally|persoonlijk)\b",
    re.IGNORECASE,
)
# What people depart from ("de verpleging mag afwijken van het model", "staff may deviate from
# the score"): the system named there does not act, the departure is left with the verb.
DEPARTED_FROM_RE = re.compile(
    r"\b(?P<verb>(?:afwijken|afwijkt|wijkt\s+af|wijken\s+af|deviate|deviates|depart|departs)\s+"
    r"(?:van|from))\s+(?:(?:de|het|een|the|a|an|its|zijn|haar)\s+)?[\w'-]+",
    re.IGNORECASE,
)
# The maker of the technology who changes it ("vendor adds a bilingual norm", "de leverancier
# past het model aan", "the supplier retrains ..."): the change is to the technology.
MAKER_BUILDS_RE = re.compile(
    r"^(?:(?:en|and|ook|also)\s+)?(?:(?:de|het|the|our|onze|a|an|een)\s+)?(?:[\w-]+\s+)?"
    r"(?:vendor|supplier|leverancier|maker|developer|ontwikkelaar|bouwer|manufacturer|"
    r"fabrikant)s?\s+(?:(?:moet|must|should|zou|kan|can|will|gaat|needs\s+to)\s+)?"
    r"(?:\w+\s+)?(?:adds?|builds?|improves?|retrains?|fix(?:es)?|adjusts?|changes?|updates?|"
    r"tunes?|calibrates?|sets?|configures?|switch(?:es)?|turns?|disables?|limits?|"
    r"voegt|bouwt|past|verbetert|hertraint|wijzigt|kalibreert|zet|stelt|schakelt|beperkt|"
    r"toevoegen|bouwen|aanpassen|verbeteren|hertrainen)\b",
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
# A system used beside a person ("altijd naast een menselijke tolk", "only next to an experienced
# analyst"): people keep doing the work.
BESIDE_PERSON_RE = re.compile(
    r"\b(?:naast|beside|next\s+to|alongside|keep|houd|hou|behoud)\s+(?:een|de|a|an|the)\s+"
    r"(?:menselijke|human|echte|real|ervaren|experienced|getrainde|trained)\s+\w+",
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
    "club", "clubs", "caterer", "cateraar",  # who serve people ("scholen" ends "omscholen")
)  # fmt: skip
# How often or when staff do their part of a measure ("een arts die elke maand een steekproef
# naleest", "guards do a fixed daily round", "no agent handles more than 25 a day", "bij twijfel
# altijd een handhaver laten kijken", "a staff member calls first"): a measure with no words of
# a kind in a routine of the organisation is an environment measure (staff named in front who
# check a sample, or people made to act once a month, stay human: the sets disagree there).
# Staff who take turns at a task ("agents rotate so nobody ...", "medewerkers rouleren", "om de
# beurt"): past the effects, an arrangement of the work, a measure.
TAKING_TURNS_RE = re.compile(
    r"\b(?:rotate|rotating|rouleren|rouleert|take\s+turns|taking\s+turns|in\s+turns|"
    r"om\s+de\s+beurt|beurtelings|wisselen\s+elkaar\s+af)\b",
    re.IGNORECASE,
)
ROUTINE_RE = re.compile(
    r"\b(?:per|elke|iedere|every|each|a|an|once\s+a|twice\s+a|\d+\s*(?:x|keer)\s+(?:per|in\s+de))"
    r"\s+(?:dag|week|maand|kwartaal|jaar|nacht|dienst|day|week|month|quarter|year|night|shift)\b|"
    r"\b(?:dagelijks\w*|wekelijks\w*|maandelijks\w*|jaarlijks\w*|daily|weekly|monthly|yearly|"
    r"annually|quarterly)\b|\b(?:steekproef\w*|sample|rotat\w*|rouler\w*|bij\s+twijfel|"
    r"take\s+turns|taking\s+turns|in\s+turns|om\s+de\s+beurt|beurtelings|wisselen\s+\w+\s+af|"
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
    "free": "environment", "gratis": "environment",  # "free bags at every entrance": a cost
    "mark": "design", "markeer": "design", "load": "design", "laad": "design", "tune": "design",
    "retrain": "design", "hertrain": "design", "configure": "design", "configureer": "design",
    "pixelate": "design", "blur": "design", "filter": "design", "encrypt": "design",
    "versleutel": "design", "hash": "design", "label": "design", "flag": "design",
    # a log the system keeps of what people do ("log every override", "loggen wanneer ...")
    "log": "design", "loggen": "design", "logging": "design",
}  # fmt: skip
# "zelf"/"itself" after a thing where the measure is made ("op de sensor zelf", "in het kastje
# zelf", "on the device itself"): no person who acts.
THING_ITSELF_RE = re.compile(
    r"\b(?P<place>(?:in|op|on|at|inside|aan|voor|to|for)\s+(?:de|het|the|een|a)\s+[\w'-]+)\s+"
    r"(?:zelf|itself|themselves|himself|herself)\b",
    re.IGNORECASE,
)
# What a rule says never happens automatically ("leidt nooit automatisch tot", "never an
# automatic stop"): the word "automatic" there names no setting of the technology.
NOT_AUTOMATIC_RE = re.compile(
    r"\b(?P<no>nooit|never|geen|no)\s+(?:automatisch\w*|automatic\w*|auto-)", re.IGNORECASE
)
# "Zelf" or "myself" said of the speaker who brings in the measure ("zelf wil ik: ...", "zelf zou
# ik willen dat ...", "ik zou zelf ...", "I myself would ..."): the speaker's wish, not people's
# own doing in the measure ("ik kan zelf de score uitzetten" stays).
SPEAKER_SELF_RE = re.compile(
    r"^\W*(?:(?:en|and|ook|also|maar|but)\s+)?(?:zelf\s+(?:wil|zou|denk|vind|dacht|stel)\s+"
    r"(?:ik|wij|we)|(?:ik|wij|we)\s+(?:wil|wilde|zou|zouden|willen|denk|vind|dacht|stel)\s+"
    r"(?:(?:eigenlijk|ook|graag|nog)\s+)*zelf|(?:ik|i)\s+(?:zelf|myself)|myself\s*,?\s+i)\b",
    re.IGNORECASE,
)
# "Dat"/"that" in front of a measure told as a wish ("dat jobcoaches met elke medewerker
# bespreken ...", "that staff check ..."): not who acts in it.
THAT_LEAD_RE = re.compile(r"^\s*(?:(?:en|and)\s+)?(?:dat|that)\s+(?=\w)", re.IGNORECASE)
# What a measure does instead, after a comma ("..., in plaats van wat iemand zelf zegt"): not
# the measure, so not what decides its kind.
INSTEAD_CLAUSE_RE = re.compile(
    # what it replaces, also without a comma ("bellen we eerst in plaats van een automatische
    # afwijzing"), and what it leaves out ("publish the categories, not the thresholds")
    r"(?:,\s*|\s+)(?:in\s+plaats\s+van|instead\s+of|rather\s+than)\b|"
    r",\s*(?:(?:en\s+|and\s+)?(?:niet|not)\s+"
    r"(?:(?:in|op|on|voor|for|aan|to)\s+)?(?:de|het|een|the|a|an)\b|"
    # who else does it now ("..., not just by the family", "..., niet alleen door de ouders")
    r"(?:niet|not)\s+(?:just|only|alleen|enkel|meer)\s+(?:by|door|van)\b)",
    re.I,
)
# A quoted name inside a measure ("haal 'familie als zorgverlener' uit het model", "drop the
# field "age group""): the name of a field or label, no words for the kind.
QUOTED_NAME_RE = re.compile(
    r"(?<!\w)'[^'\n]{2,60}'(?!\w)|\"[^\"\n]{2,60}\"|\u2018[^\u2019\n]{2,60}\u2019|"
    r"\u201c[^\u201d\n]{2,60}\u201d"
)
# A modal that opens a measure asked as a question ("kan de provincie de boer compenseren?",
# "couldn't the vendor add a filter?"): who acts comes after it.
QUESTION_MODALS = frozenset((
    "kan", "kun", "kunnen", "zou", "zouden", "moet", "moeten", "mag", "mogen", "can", "could",
    "couldn't", "couldnt", "can't", "cant", "should", "shouldn't", "would", "wouldn't", "might",
    "cld", "shall",
))  # fmt: skip
# What people get to see or receive of the data, limited ("leidinggevenden krijgen alleen
# teamcijfers", "commanders must never see individual scores", "ouders zien geen namen"): what
# the system shows them, so design, whoever is named in front; not data given on a condition
# ("they only get data with a court order": an arrangement).
DATA_SHOWN_RE = re.compile(
    r"\b(?:(?:krijgen|krijgt|zien|ziet|inzien|ontvangen|ontvangt|get|gets|see|sees|view|views|"
    r"receive|receives)\s+(?:\w+\s+)?(?:alleen|uitsluitend|enkel|geen|nooit|only|no|never)|"
    r"(?:nooit|niet|alleen|never|not|only)\s+(?:\w+\s+)?(?:krijgen|zien|inzien|get|see|view))\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]*(?:cijfers|scores?|gegevens|data|figures|numbers|totals|totalen|"
    r"namen|names|percentages|gemiddelden|averages|aantallen|counts)\b"
    r"(?!\s+(?:with|met|na|after|if|als|when|wanneer|unless|tenzij|once|zodra)\b)",  # a condition
    re.IGNORECASE,
)
# People who can look something up or see it in the technology ("every tenant can look up which
# group their answer went to", "omwonenden moeten op de kaart kunnen zien waarom ..."): a
# feature of the system for its users, so design (not "ik kan zelf ...": their own doing).
SELF_SERVICE_RE = re.compile(
    r"\b(?:(?:can|could|able\s+to)\s+(?:\w+\s+)?(?:look\s+up|check\s+online|download|track)|"
    r"(?:kan|kunnen|kun)\s+(?:\w+\s+){0,4}?(?:opzoeken|nakijken|downloaden)|"
    r"(?:opzoeken|nakijken)\s+kunnen|(?:moeten|moet|zouden|zou)\s+(?:\w+\s+){0,4}?kunnen\s+"
    r"(?:opzoeken|nakijken))\b",
    re.IGNORECASE,
)
# People who upload, correct their data or choose the settings in the technology ("applicants
# can upload a payslip", "kunnen zelf hun gegevens aanpassen", "kiest zelf welke sensoren aan
# staan"): a feature for its users, even done themselves (not "can change their mind").
DATA_EDITED_RE = re.compile(
    r"\b(?:kan|kunnen|kun|can|could|able\s+to|mag|mogen|may)\s+(?:[\w'-]+\s+){0,5}?"
    r"(?:upload(?:en|s)?\b|(?:gegevens|data|details|profiel|profile|instellingen|settings|"
    r"adres|address)\s+(?:aanpassen|wijzigen|corrigeren|bijwerken|veranderen)\b|"
    r"(?:change|edit|correct|update)\s+(?:their|his|her|your|the)\s+(?:own\s+)?(?:data|details|"
    r"profile|settings|address)\b)|"
    r"\b(?:kiest|kiezen|kies|chooses?|picks?|selects?)\s+(?:zelf\s+|themselves\s+)?(?:welke|which)"
    r"\s+(?:sensoren|sensors|gegevens|data|meldingen|notifications|functies|features|apps?)\b",
    re.IGNORECASE,
)
# A rule built into the technology ("als harde regel in het algoritme", "as a hard constraint in
# the model"): a rule it follows, so its design, not a rule of the organisation.
BUILT_IN_RULE_RE = re.compile(
    r"\b(?:als|as\s+an?)\s+(?:[\w-]+\s+)?(?:regel|eis|voorwaarde|rule|requirement|constraint)"
    r"\s+(?:in|into)\s+(?:het|de|the|our|ons|onze)\s+(?P<system>[\w'-]+(?:\s+[\w'-]+)?)",
    re.IGNORECASE,
)
# How a compound that names a system ends ("roostertool", "planningssysteem")
SYSTEM_ENDINGS = ("tool", "systeem", "algoritme", "software", "model")
# Seeing something at a place in the technology ("omwonenden moeten op de kaart kunnen zien
# waarom ...", "tenants can see on the portal who ..."): also a feature for its users.
SEEN_THERE_RE = re.compile(
    r"\b(?:(?:can|could|able\s+to)\s+(?:\w+\s+)?(?:see|view)|(?:kan|kunnen|kun)\s+"
    r"(?:\w+\s+){0,4}?zien|zien\s+kunnen|(?:moeten|moet|zouden|zou)\s+(?:\w+\s+){0,4}?kunnen\s+"
    r"zien)\b",
    re.IGNORECASE,
)
# Words for people's own data or their own part ("their own clip", "hun eigen cijfers"): access
# to what is theirs is a right and their own doing, not a feature alone.
OWN_WORDS = ("own", "eigen")
# A scheme that pairs people ("a buddy system where a young and an old watcher walk together",
# "een maatjessysteem"): people who learn from each other, no technology.
PEOPLE_SCHEME_RE = re.compile(
    r"\b(?P<who>buddy|maatjes?|mentor|peer)[- ]?(?:system|systeem|scheme|regeling)\b",
    re.IGNORECASE,
)
# Machines named like people who read ("the card readers", "de kaartlezers"): they act as the
# technology, not as people.
DEVICE_NAMES = ("card reader", "badge reader", "kaartlezer", "paslezer", "pasjeslezer")
# A person who comes by to look ("komt er een monteur kijken", "een deskundige moet langs kunnen
# komen", "an engineer comes round to check"): human contact on the spot.
COME_BY_RE = re.compile(
    r"\blangs\s+(?:kunnen|mogen|moeten)\s+komen\b|\b(?:kan|kunnen|mag|mogen|moet|moeten)\s+"
    r"(?:\w+\s+){0,2}?langskomen\b|"
    r"\b(?:komt|komen)\s+(?:er\s+)?(?:een|de)\s+\w+\s+(?:kijken|langs)\b|"
    r"\b(?:an?|the)\s+\w+\s+(?:comes?|drops?|pops?)\s+(?:by|round|over)\s+to\s+"
    r"(?:look|check|see)\b",
    re.IGNORECASE,
)
# Endings of a verb or an action noun ("publiceren", "staffing", "buurtbemiddeling",
# "publicatie", "prediction"): a word that only begins with a word for people ("public",
# "staff", "buur") names no one who acts.
ACTION_ENDINGS = ("ing", "ings", "ion", "ions", "tie", "ties", "eren")
# Organisations named in the plural ("municipalities always call first", "gemeenten krijgen de
# kaart"): bodies that act by policy, like one organisation named alone.
BODY_PLURALS = frozenset((
    "gemeenten", "gemeentes", "provincies", "ministeries", "waterschappen", "veiligheidsregio's",
    "ziekenhuizen", "corporaties", "woningcorporaties", "omgevingsdiensten", "rechtbanken",
    "universiteiten", "hogescholen", "schoolbesturen", "municipalities", "provinces",
    "ministries", "water boards", "safety regions", "hospitals", "housing associations",
    "housing corporations", "agencies", "councils", "universities", "courts", "school boards",
))  # fmt: skip
# Machine words that in these measures name a public list more often than a machine ("the
# register entry says ...", "het register vermeldt ..."): no technology that acts.
LIST_MACHINE_WORDS = frozenset(("register",))
# Whom something the system shows is for, at the end of a measure ("show the uncertainty band
# on every chart for the council", "toon de marge in elke grafiek voor de raad"): the audience,
# whose words say nothing of the measure's kind.
AUDIENCE_TAIL_RE = re.compile(
    r"\s+(?:for|voor)\s+(?:the|de|het|our|onze|all|alle)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*[.!]?$",
    re.IGNORECASE,
)

# Words for teaching before a place in the technology ("training in het systeem"): what is
# taught about, no place of the measure.
TAUGHT_IN = frozenset((
    "training", "trainingen", "cursus", "uitleg", "les", "lessen", "instructie", "workshop",
    "scholing", "opleiding", "course", "lesson", "lessons", "instruction", "explanation",
))  # fmt: skip

# Words before a place in the technology that put it inside a clause or make it what is looked at
# ("een oefenavond waarin ... in de app", "meekijken naar de aannames in het model").
CLAUSE_INSIDE = frozenset((
    "waarin", "waarbij", "waar", "die", "dat", "zodat", "where", "which", "who", "that", "so",
    "naar", "over", "about", "at",  # "meekijken naar de aannames in het model": looked at
))  # fmt: skip

# Words that may follow a place in the technology, which is then the head of its phrase ("in de
# app een max ...", "in de software in", "in het keuzemenu, zodat ..."); another word makes a
# compound whose head comes later ("in the algorithm register").
PLACE_FOLLOWERS = frozenset((
    "een", "de", "het", "a", "an", "the", "in", "op", "voor", "for", "met", "with", "zodat", "so",
    "en", "and", "dat", "that", "die", "which", "waar", "where", "zelf", "itself", "of", "or",
))  # fmt: skip
