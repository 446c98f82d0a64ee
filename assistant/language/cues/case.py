"""The case: stages, organisations, kinds of technology, and the phrasing of users, decisions and
data (Dutch and English)."""

from __future__ import annotations

import re

from assistant.domain.session import Stage

STAGE_WORDS: dict[Stage, tuple[str, ...]] = {
    "idea": ("idee", "verkenn", "overweg", "idea", "exploring", "considering",
             # in formal words ("een voorgenomen voorziening", "het betreft een voornemen")
             "voornemen", "voorgenomen", "ontwerpfase", "intends to", "intend to",
             # the phase of looking around ("de oriëntatiefase", "still orienting ourselves")
             "oriëntatie", "orientatie", "oriënter", "orienter", "orienting"),
    "pilot": ("pilot", "proef ", "proef,", "proef.", "proefproject", "proefperiode", "proeftuin",
              "proefopstelling", "experiment", "testfase", "test ", "trial",
              "testen we", "we testen", "wij testen", "are testing", "we're testing",
              # in formal words ("beproeft een sensor", "is being tested on closed files")
              "beproef", "beproeving", "being tested", "wordt getest", "worden getest"),
    "in_use": ("in gebruik", "draait al", "gebruiken al", "gebruikt al", "sinds", "in use",
               "already use", "operational",
               # gone live, not live footage ("not live", "live beelden", "watch live")
               "went live", "gone live", "is live", "are live", "is nu live", "staat live",
               "live gegaan", "live since", "live sinds", "running", "in productie", "begon met",
               "begonnen met", "started using", "have been using", "vorig jaar", "last year",
               "in production", "in werking"),
}  # fmt: skip
# The stage words at the start of a word ("verkenn" is in "verkennen").
STAGE_RES: dict[Stage, re.Pattern[str]] = {
    stage: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in stems) + ")", re.IGNORECASE)
    for stage, stems in STAGE_WORDS.items()
}
# Words of a technology in use that a pilot does not have ("in gebruik", "operational"); the
# other words of use ("draait sinds maart", "running") also tell how long a pilot has run.
IN_USE_STRONG_RE = re.compile(
    r"\b(?:in gebruik|gebruiken al|gebruikt al|in use|already use|operational|in productie|"
    r"in production|rolled out|uitgerold)\b",
    re.IGNORECASE,
)
# "since" with a time, in use ("since covid we've used ...", "since January it reads ..."), not
# "since" as a reason ("since we don't know").
SINCE_RE = re.compile(
    r"\bsince\s+(?:covid|corona|last|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"(?:19|20)\d\d|\d+\s+(?:days?|weeks?|months?|years?)|(?:the\s+)?(?:start|spring|summer|"
    r"autumn|fall|winter)|(?:a|one|two|three)\s+(?:weeks?|months?|years?))",
    re.IGNORECASE,
)
# Where an idea came from says nothing about the stage ("het idee kwam van de wethouder").
IDEA_ORIGIN_RE = re.compile(
    r"\b(?:het|dat|dit|this|the|that)\s+(?:idee|idea)\s+(?:kwam|komt|ontstond|came|comes|arose|"
    r"was\s+(?:van|from|of))\b",
    re.IGNORECASE,
)
# Stage phrasing that comes before the stage words: "we willen een pilot" is still an idea.
PLANNED_RE = re.compile(
    r"\b(?:willen|wil|gaan|plannen|denken|overwegen|want|plan|planning|will|would like|"
    r"hope|hopen|straks|binnenkort|soon|next year|volgend jaar|na de|after the)\b"
    r".{0,40}\b(?:pilot|proef|trial|invoeren|starten|start|gebruiken|use)\b|"
    # still thinking it over ("we're thinking about a digital twin ... to test ...")
    r"\b(?:(?:we|wij|i|ik)(?:'re|\s+are|\s+am|'m|\s+zijn|\s+ben)?\s+(?:still\s+|nog\s+)?"
    r"(?:thinking\s+(?:about|of)|aan\s+het\s+nadenken\s+over)|(?:we|wij|ik)\s+(?:denken|denk)\s+"
    r"(?:na\s+over|erover\s+na|aan))\b",
    re.IGNORECASE,
)
_ORG_WORDS = (
    r"gemeente|provincie|ministerie|"
    r"waterschap|politie|veiligheidsregio|bibliotheek|library|"
    r"ggd|omgevingsdienst|municipality|province|ministry|city of|police|water board|"
    r"safety region|woningcorporatie|housing corp\w*|housing association|uwv|svb|duo|"
    r"belastingdienst|rijkswaterstaat|ziekenhuis|hospital|zorgorganisatie|hogeschool|"
    r"universiteit|university|(?:city |county |district )?council|\w+ agency|schoolbestuur|"
    r"school board|scholengemeenschap|scholengroep|rechtbank|rechtspraak|cjib|rdw|ind|coa|"
    r"nvwa|kadaster|rvo|hoogheemraadschap|"
    # bodies of justice, tax and safety ("probation service. risk score tool ...")
    r"reclassering|probation service|raad voor de kinderbescherming|child protection board|"
    r"tax office|tax authorit(?:y|ies)|tax administration|openbaar ministerie|"
    r"(?:public )?prosecution service|brandweer|fire service|fire brigade|inspectorate|"
    r"penitentiaire inrichting|zorgkantoor"
)
ORG_RE = re.compile(
    rf"\b(?:de |het |the |onze |ons |our )?(?:openbare |public )?(?:{_ORG_WORDS})\b"
    r"(?:\s+(?:van\s+|of\s+|in\s+)?(?-i:[A-Z][\w-]+)"
    # a name of several words ("Aa en Maas", "Rijn en IJssel", "Alphen aan den Rijn"), not a
    # second body ("Gemeente Utrecht en Gemeente Zeist")
    r"(?:\s+(?:(?-i:en|and|aan|den|op|de)\s+)*(?!(?-i:De|Het|Een|The|An?|We|Wij|Ik|I|In|Op)\b)"
    rf"(?!(?:{_ORG_WORDS})\b)(?-i:[A-Z][\w-]+))*"
    # or its name in brackets after it ("onze gemeente (Zwolle)", "our council (Zwolle)")
    r"|\s*\((?P<bracketed>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2})\))?",
    re.IGNORECASE,
)
#: Bodies named by the place they govern, whose name a person typing in lower case leaves
#: uncapitalised ("wij als provincie overijssel", "gemeente zwolle wil ...").
PLACE_BODY_WORDS = frozenset((
    "gemeente", "provincie", "waterschap", "hoogheemraadschap", "veiligheidsregio",
    "municipality", "province",
))  # fmt: skip
#: The twelve provinces, recognised in lower case in any message ("provincie overijssel").
PROVINCES = frozenset((
    "groningen", "friesland", "fryslân", "fryslan", "drenthe", "overijssel", "flevoland",
    "gelderland", "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant",
    "limburg",
))  # fmt: skip
#: An owner in front of an organisation's word ("onze gemeente (Zwolle)" -> "gemeente Zwolle").
ORG_OWNER_RE = re.compile(r"^(?:onze|ons|our)\s+", re.IGNORECASE)
#: A label before the technology in an opening: "Idee: ...", "plan = ...", "the idea: ...".
TECHNOLOGY_LABEL_RE = re.compile(
    r"(?:^|[,;]\s*)(?:het |ons |the |our )?(?:idee|plan|voorstel|idea|proposal)\s*[:=]\s*",
    re.IGNORECASE,
)
#: A label over the whole case or over one of its facets ("Casus: ...", "Background: ...",
#: "Aanleiding: ...", "Technologie: ...", "Context: ..."): no part of what the facet holds.
CASE_LABEL_RE = re.compile(
    r"^\s*(?:de\s+|the\s+)?(?:casus|case|achtergrond|background|aanleiding|situatie|situation|"
    r"beschrijving|description|onderwerp|subject|topic|context\s+en\s+aanleiding|technologie|"
    r"technology|techniek|context|organisatie|organisation|organization|fase|stage|status)\s*:\s*",
    re.IGNORECASE,
)
#: A plan told as the case ("Het idee (nog echt een idee) is om een model ... te laten maken",
#: "the plan is to let a model ...", "de bedoeling is dat ..."): the case, not a measure.
PLAN_LEAD_RE = re.compile(
    r"^(?:het|ons|onze|de|the|our)\s+(?:idee|plan|voorstel|voornemen|bedoeling|opzet|ambitie|"
    r"idea|proposal|intention|aim|ambition)\b[^.]{0,80}?\b(?:is|was)\s+(?:om|dat|to|that)\b",
    re.IGNORECASE,
)
TECHNOLOGY_WORDS: dict[str, tuple[str, ...]] = {
    "sensors": ("sensor",),
    "algorithm": ("algoritme", "algorithm", "risicomodel", "risk model", "voorspel", "predict",
                  "risicoscore", "risk score", "profiel", "profiling", "ai-model", "ai model",
                  "machine learning", "machinelearning", "selectiemodel", "model dat",
                  "model that", "model which"),
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
    "vr": ("virtual reality", " vr ", " vr-", " vr,", " vr.", "metaverse", "virtuele wereld",
           "virtual world"),  # " vr" alone would tag "vraag", "vrij", "vrouwen"
    "drones": ("drone",),
}  # fmt: skip
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
# Words that say what the technology is: a sentence about the case without one ("gemeente
# Apeldoorn.", "I work at a benefits agency.") says where, not what.
TECHNOLOGY_HINT_RE = re.compile(
    r"\b(?:ai|a\.i\.|kunstmatige intelligentie|artificial intelligence|systeem\w*|system\w*|"
    r"app|apps|applicati\w*|application|model\w*|software|tool|tools|platform\w*|algorit\w*|"
    r"camera\w*|sensor\w*|drone\w*|chatbot\w*|bot|dashboard\w*|taalmodel\w*|robot\w*|"
    r"scanner\w*|tablet\w*|meter\w*|data|gegevens|technolog\w*|digita\w*|online|website|"
    r"portal\w*|spraakherkenning|speech|vr|virtual|virtuele|monitor\w*|tracking|gps|"
    r"polsband\w*|wristband\w*|slimme|smart|ocr|pipeline\w*|automat\w*|geautomatiseerd\w*|"
    r"radar\w*|satelli\w*|biometri\w*|selfie\w*|gezichtsherkenning|face recognition|"
    r"beeldherkenning|image recognition|herkenning|recognition|scan\w*|ml|machine learning|"
    r"risicoscore\w*|risk scores?|risicoprofiel\w*|risk profil\w*|matching\w*|proctoring)\b",
    re.IGNORECASE,
)
# Saying who you are or where you work, before saying what the technology is.
WHO_WE_ARE_RE = re.compile(
    r"^(?:hoi|hi|hallo|hello)?[,!]?\s*(?:ik werk|i work|wij zijn|we zijn|we are|we're|ik ben|"
    r"i'm|im|i am|wij werken|we work|we at|wij bij|we bij)\b|"
    r"^(?:hoi|hi|hallo|hello)?[,!]?\s*[\w' -]{2,40}\s(?:hier|here)\s*[.,!:-]*\s*$",  # "X team here"
    re.IGNORECASE,
)
# Who is writing, then what they consider, in one sentence ("tax office here (Belastingdienst),
# we're thinking of ...").
HERE_LEAD_RE = re.compile(
    r"^(?:hoi|hi|hallo|hello|hey)?[,!.]?\s*[\w' -]{2,40}(?:\s*\([^()]{2,40}\))?\s(?:hier|here)"
    r"(?:\s*\([^()]{2,40}\))?\s*,",
    re.IGNORECASE,
)
# The "here" after the writer's team or organisation ("tax office here (Belastingdienst)"): no
# part of the context.
HERE_TAIL_RE = re.compile(r"\s+(?:hier|here)\b(?=\s*(?:\(|,|$))", re.IGNORECASE)
# An organisation's name whose words may name a technique ("a provincial road authority",
# "de dienst wegverkeer", "the data office"): no technology when someone says where they work.
ORGANISATION_NAME_RE = re.compile(
    r"\b(?:[\w'-]+\s+){0,2}(?:authority|authorities|board|agency|department|office|service|"
    r"council|ministry|inspectorate|directorate|dienst|autoriteit|bureau|afdeling|directie|"
    r"inspectie|ministerie)\b|\b(?:dienst|afdeling|directie|bureau)\s+[\w'-]+",
    re.IGNORECASE,
)
# Words in front of the technology that only say a topic follows ("Het gaat om spraak-naar-tekst
# bij ...", "It's about drones that ..."): the technology starts after them.
TOPIC_LEAD_RE = re.compile(
    r"^(?:het gaat (?:hier\s+)?(?:om|over)|het betreft|dit gaat over|"
    r"it'?s about|this is about|it concerns|this concerns|"
    # a facilitator's session about it ("I'm facilitating a session next week for the police
    # about using body cams ...", "ik begeleid volgende week een sessie bij de politie over ...")
    r"(?:i'?m|i am|we'?re|we are|ik|we|wij)\s+(?:(?:going to|ga|gaan)\s+)?(?:facilitat\w*|"
    r"prepar\w*|run\w*|organi[sz]\w*|lead\w*|host\w*|plan\w*|begeleid\w*|bereid\w*|"
    r"organiseer\w*|leid\w*|faciliteer\w*|doe|doen|geef|geven)\s+[^.?!]{0,80}?\b(?:a|an|the|our|"
    r"een|de|onze)\s+(?:[\w-]+\s+)?(?:session|workshop|meeting|dialogue|sessie|workshop|"
    r"bijeenkomst|gesprek|dialoog)\b[^.?!]{0,80}?\s(?:about|on|over)\s+(?:(?:using|the use of|"
    r"the deployment of|het gebruik van|de inzet van|het inzetten van)\s+)?)\s*(?=\S)",
    re.IGNORECASE,
)
# After saying who you are, where the technology starts: "I work at a water board, we want ...",
# "wij zijn een GGD en willen een chatbot ...".
WHO_THEN_WHAT_RE = re.compile(
    r"(?:,\s*|\s+(?:and|en)\s+)(?:(?:and|en)\s+)?(?=(?:we|wij|we're|were|ik|i)\b|"
    r"(?:willen|wil|want|wants|overwegen|consider\w*|denken|plannen|gaan|are)\b)|"
    # "wij zijn bij gemeente X bezig met camera's ...", "we at the city of X are looking into ..."
    r"\s+(?:(?:are|is)\s+)?(?:(?:nu|now|al|already)\s+)?(?:bezig met|aan het kijken naar|"
    r"aan het verkennen|aan het onderzoeken|looking into|looking at|working on|exploring|"
    r"thinking about)\s+(?:(?:of|whether)\s+(?:we\s+)?)?",
    re.IGNORECASE,
)
# Where the speaker works, after their role ("I'm a policy officer at COA", "ik ben adviseur bij
# de gemeente Breda"): the organisation, not the role, is the context.
WORKPLACE_RE = re.compile(
    r"\b(?:at|for|with|bij|voor|van)\s+(?P<org>(?:(?:de|het|een|the|a|an)\s+)?[\w&'-]+"
    r"(?:\s+(?!(?:and|en)\s+(?-i:[a-z])|(?:as|als|in|on|op|where|waar|since|sinds)\b)"
    r"[\w&'-]+){0,4}"  # "and"/"en" only inside a name: "waterschap Aa en Maas"
    r"(?:\s*\([^()]{1,40}\))?)"  # "a water board (waterschap)"
    r"(?=\s*(?:[.,;!]|$)|\s+(?:and|en|as|als|in|on|op|where|waar|since|sinds)\b)",
    re.IGNORECASE,
)
# A label in front of what the technology works from ("Inputs: earlier results, complaints, ...",
# "Gegevens: leeftijd, postcode en ...", "Data sources: ..."): a list of data, not of actors.
DATA_LABEL_RE = re.compile(
    r"^\s*(?:(?:de|the|its|our|onze)\s+)?(?:inputs?|invoer|data|gegevens|databronnen|"
    r"data\s*sources|bronnen|sources|kenmerken|features|variabelen|variables|factoren|factors|"
    r"signalen|signals)(?:\s+[\w-]+){0,2}\s*:",
    re.IGNORECASE,
)
# Words right before a list that say what the system works from ("op basis van opleiding,
# beoordelingen en woonplaats", "based on age, income and address", "kijkt naar ..."): the items
# are data, not people or organisations.
DATA_LEAD_RE = re.compile(
    r"\b(?:op\s+basis\s+van|aan\s+de\s+hand\s+van|gebaseerd\s+op|met\s+gegevens\s+over|"
    r"(?:kijkt|keek|kijken)\s+naar|combineert|based\s+on|on\s+the\s+basis\s+of|using|"
    r"(?:looks|looked|look)\s+at|combines|data\s+on|from\s+data\s+about)\s*(?:de|het|the|hun|"
    r"their|zijn|his|haar|her)?\s*$",
    re.IGNORECASE,
)
# What the system puts in front of its users ("een dashboard", "de lijst", "an alert"): the
# words that make "X ziet een dashboard" a line about how it works.
_OUTPUT_WORDS = (
    r"dashboard\w*|lijst(?:en|je)?|overzicht\w*|melding(?:en)?|signaal|signalen|score|scores|"
    r"risicoscore\w*|voorspelling(?:en)?|prediction\w*|uitkomst(?:en)?|kaart(?:en|je)?|"
    r"rapport\w*|advies|adviezen|alert\w*|waarschuwing(?:en)?|notificatie\w*|pushbericht\w*|"
    r"vlag(?:gen)?|list|lists|overview\w*|notification\w*|warning\w*|signals?|predictions?|"
    r"output|outputs|results?|map|maps|reports?|flags?|screen|scherm"
)
# A line that only tells how the system works or who does what with it ("de bedmanagers zien
# een dashboard", "het team gebruikt de lijst om controles te plannen", "bij een detectie gaat
# er automatisch een waarschuwing naar de apps", "the planners get an alert"): the case, not an
# effect on someone, unless its own words judge it.
WORKING_RE = re.compile(
    r"^(?:(?:en|and|dan|then|daarna|vervolgens)\s+)?(?:[\w'-]+\s+){1,5}?"
    r"(?:zie[nt]?|krijg(?:t|en)|gebruik(?:t|en)|werk(?:t|en)\s+met|raadpleeg(?:t|en)|lez(?:en)|leest|"
    r"bekijk(?:t|en)|kijk(?:t|en)\s+(?:op|in|naar)|ontvang(?:t|en)|"
    r"sees?|gets?|uses?|use|work\s+with|works\s+with|consults?|checks?|receives?|reads?|"
    r"look(?:s)?\s+at)\s+"
    r"(?:(?:automatisch|automatically|dan|then|elke\s+\w+|every\s+\w+|ook|also)\s+)?"
    rf"(?:een|de|het|die|dat|deze|a|an|the|that|this|hun|their)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"[\w-]*?(?:{_OUTPUT_WORDS})\b"
    r"|^(?:(?:en|and)\s+)?(?:(?:bij|na)\s+(?:een|elke)\s+\w+\s*,?\s+)?"
    r"(?:krijg(?:t|en)|zie[nt]?|ontvang(?:t|en))\s+(?:de|het)\s+[\w-]+\s+"
    rf"(?:[\w-]+\s+)?(?:automatisch\s+)?(?:een|de|het)\s+(?:[\w-]+\s+)?[\w-]*?(?:{_OUTPUT_WORDS})\b"
    r"|^(?:(?:bij|at|on|na|after)\s+(?:een|elke|a|an|every|each)\s+\w+\s*,?\s+)?"
    r"(?:gaat|gaan|komt|komen|verschijnt|verschijnen|springt|springen|goes|go|appears?)\s+"
    r"(?:er\s+)?(?:automatisch\s+|automatically\s+)?(?:een|de|het|a|an|the)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_OUTPUT_WORDS})\b"
    rf"|\b(?:op basis van|aan de hand van|based on|on the basis of)\s+(?:de|het|die|the|that)\s+"
    rf"(?:[\w-]+\s+){{0,1}}?(?:{_OUTPUT_WORDS})\b",
    re.IGNORECASE,
)
# The purpose after a line about the working ("... om controles te plannen", "... to plan
# inspections"): what it is for, not what it does to someone.
PURPOSE_TAIL_RE = re.compile(r"\s+(?:om|to|in order to)\s+.*$", re.IGNORECASE)
# When the technology starts, told without a verb ("Start gepland voor volgend jaar", "Launch
# planned for May"): a fact of the case, not an instruction to start.
SCHEDULED_RE = re.compile(
    r"^(?:start|begin|livegang|go-live|launch|invoering|rollout|roll-out)\s+(?:is\s+)?"
    r"(?:gepland|voorzien|verwacht|beoogd|planned|scheduled|expected|foreseen)\b",
    re.IGNORECASE,
)
# A sentence whose subject is the technology ("de bot gebruikt onze eigen teksten", "the sensors
# send a reading every hour"): how it works, whatever case question was asked.
TECHNOLOGY_SUBJECT_RE = re.compile(
    r"^\W*(?:(?:and|en|but|maar|ook|also)\s+)?(?:the|de|het|this|dit|deze|our|onze)\s+"
    r"(?:[\w-]+\s+)?(?:model|system|systeem|app|tool|algorithm|algoritme|software|bot|chatbot|"
    r"robot|dashboard|platform|sensor|sensors|sensoren|camera|cameras|camera's|drone|drones|"
    r"taalmodel|scanner)\s+(?!(?:is|zijn|are|was|were|wordt|worden|is\s+not)\b)\w+",
    re.IGNORECASE,
)
# The users labelled in front of a line ("users: the crew and the operators", "gebruikers = de
# monteurs + de centralisten", "used by: ..."): who works with it, wherever the case is asked.
USERS_LABEL_RE = re.compile(
    r"^\s*(?:users?|gebruikers?|used\s+by|gebruikt\s+door|wie\s+gebruikt\s+het|who\s+uses\s+it)"
    r"\s*[:=]\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# A plus between two words inside a sentence of the opening message ("satellietbeelden + ai
# die kroos herkent"): "and", not the sign of a gain (that opens a line: "+ minder lopen").
PLUS_AS_WORD = {"nl": " en ", "en": " and "}
PLUS_BETWEEN_WORDS_RE = re.compile(r"(?<=[^\W\d_]{2})[ \t]+\+[ \t]+(?=[^\W\d_]{2})")
