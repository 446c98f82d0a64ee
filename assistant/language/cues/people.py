"""Who is involved: head words of people and organisations, actor groups, and the lead-ins and
tails around a list of actors (Dutch and English)."""

from __future__ import annotations

import re

from assistant.domain.session import ActorGroup
from assistant.language.cues.formal import FORMAL_ACTOR_LEAD, FORMAL_STANCE

GROUP_WORDS: dict[ActorGroup, tuple[str, ...]] = {
    "affected": ("inwoner", "burger", "bewoner", "resident", "citizen", "public", "publiek",
                 "jongere", "ouder", "kind", "patiënt", "cliënt", "client", "patient", "reiziger",
                 "automobilist", "weggebruiker", "ondernemer", "boer", "passant", "bezoeker",
                 "kwetsbare", "vulnerable", "people", "mensen", "gebruikers van sociale media",
                 "parent", "child", "pupil", "visitor", "passenger", "traveller", "farmer",
                 "tourist", "toerist", "huishouden", "gezin", "household", "famil"),
    "users": ("gebruiker", "user", "operator", "analist", "analyst", "handhaver"),
    "professionals": ("medewerker", "ambtenaar", "employee", "staff", "professional", "agent",
                      "officer", "zorgverlener", "hulpverlener", "consulent", "beleidsmedewerker",
                      "communicatie", "team", "caseworker", "civil servant"),
    "management": ("bestuur", "wethouder", "burgemeester", "college", "raad", "manager",
                   "directie", "council", "mayor", "alderman", "management", "gedeputeerde"),
    "technical": ("leverancier", "supplier", "vendor", "ontwikkelaar", "developer", "ict",
                  "it-afdeling", "data scientist", "datateam", "beheerder", "provider", "bedrijf"),
    "oversight": ("toezicht", "supervis", "autoriteit", "authority", "authorities", "functionaris",
                  "fg", "dpo",
                  "ombudsman", "rekenkamer", "auditor", "regulator", "inspectie"),
}  # fmt: skip
# More words for the invitation group of an actor only (the session brief's table, the groups
# still missing); not words for people in general, which GROUP_WORDS also serves.
INVITATION_WORDS: dict[ActorGroup, tuple[str, ...]] = {
    "affected": ("driver", "trucker", "courier", "koerier", "cyclist", "fietser", "voetganger",
                 "pedestrian", "tenant", "huurder", "student", "leerling", "deelnemer",
                 "participant", "aanvrager", "applicant", "gedetineerde", "detainee",
                 "mantelzorger", "passagier", "omwonende", "neighbour", "nieuwkomer",
                 "newcomer", "statushouder", "status holder", "asielzoeker", "asylum seeker",
                 "vluchteling", "refugee", "migrant", "homeowner", "huiseigenaar", "werkzoekende",
                 "jobseeker", "job seeker", "uitkeringsgerechtigde", "claimant"),
    "professionals": ("politie", "police", "prosecutor", "openbaar ministerie",
                      "officier van justitie", "cjib", "docent", "teacher", "nurse", "verpleeg",
                      "doctor"),
    "oversight": ("rechter", "rechtbank", "judge", "court", "data protection", "privacy officer"),
}  # fmt: skip
# Head words of people and organisations (stems; "ouder" also finds "ouderen").
PEOPLE_WORDS = (
    "mensen", "people", "persoon", "personen", "person", "iedereen", "everyone", "groep", "group",
    "familie", "family", "families", "kinderen", "children", "leerling", "student", "pupil",
    "gezin", "ouders", "parents", "ouderen", "elderly", "werkgever", "employer", "vakbond", "union",
    "collega", "colleague", "directeur", "director", "raad", "council", "wijkraad", "or ",
    "ondernemingsraad", "works council", "vervoerder", "operator", "aannemer", "contractor",
    "inzamelaar", "collector", "conducteur", "conductor", "schipper", "skipper", "boa", "nurse",
    "verpleeg", "verzorg", "mantelzorg", "carer", "caregiver", "client", "klant", "customer",
    "jurist", "lawyer", "legal department", "afdeling", "department", "dienst", "service",
    "ministerie",
    "ministry", "gemeente", "municipality", "provincie", "province", "rijk", "overheid", "horeca",
    "middenstand", "bedrijfsleven", "hospitality",
    "government", "politie", "police", "school", "organisatie", "organisation", "organization",
    "bureau", "office", "team", "meldkamer", "control room", "bedrijf", "company", "microsoft",
    "google", "winkelier", "shopkeeper", "bewoner", "buur", "neighbour", "omwonende", "visitor",
    "bezoeker", "driver", "chauffeur", "bestuurder", "gedeputeerde", "minister", "wethouder",
    "leiding", "leader", "planner", "coordinator", "coördinator", "organisator", "organiser",
    "organizer", "beperking", "disabilit",
    "handicap", "doelgroep", "slachtoffer", "victim", "patiënt", "patient", "arts", "doctor",
    "huisarts", "zorgverzekeraar", "insurer", "verzekeraar", "belastingbetaler", "taxpayer",
    "journalist", "pers", "media", "parlement", "kamer", "ngo", "belangenorganisatie", "cio",
    "privacy officer", "functionaris", "security", "beveiliging", "helpdesk", "docent", "teacher",
    "agent", "boer", "farmer", "ondernemer", "entrepreneur", "owner", "eigenaar", "rechter",
    "judge", "advocaat", "inspecteur", "huurder", "tenant", "landlord", "verhuurder",
    "inspector", "buren", "neighbor", "toezichthouder", "ambtenaren", "medewerkers",
    "gebruikers", "users", "residents", "citizens", "staff", "employees", "managers", "teams",
    "nurses", "clients", "families", "carers", "officers",
    "toerist", "tourist", "passagier", "passenger", "traveller", "jongeren",
    "zzp", "freelancer", "nazaten", "descendant", "aanvrager", "applicant", "requester",
    "woningzoekend", "schoonmaker", "cleaner", "vrijwilliger", "volunteer", "genealog",
    "onderzoeker", "researcher", "drone pilot", "dronepilot", "piloten",
    # who oversees work on site ("de opzichters", "the site foremen")
    "opzichter", "foreman", "foremen",
    # groups with a plural of their own ("the fishermen are furious", "de leraren", "crews")
    "fishermen", "fisherman", "crews", "crew ", "leraar", "leraren", "bemanning",
    # people who talk to others on the street or at the door ("stewards die eerst met groepen
    # praten", "hosts who ...")
    "steward", "gastheer", "gastheren", "gastvrouw", "host", "jongerenwerker", "youth worker",
    "straatcoach", "street coach", "buurtbemiddelaar", "mediator", "portier", "bouncer",
    "beveiliger", "security guard", "conciërge", "caretaker", "begeleider", "mentor", "buddy",
    "werkcoach", "jobcoach", "job coach", "coaches",
    # people by where they live, learn or are held ("scholieren", "huisgenoten", "guards")
    "scholier", "scholieren", "huisgenot", "huisgenoten", "housemates", "roommates",
    "guards", "gedetineerden", "gepensioneerden",
    "ambassadeur", "ambassador",
    # organisations and trades by their kind ("de zwemvereniging", "the shipping companies",
    # "de loodsen", "the water board")
    "vereniging", "association", "club", "stichting", "foundation", "corporatie",
    "housing association", "institution", "instantie", "agency", "brigade",
    "rederij", "shipping compan",
    "maatschappij", "loodsen", "waterschap", "water board", "milieudienst", "omgevingsdienst",
    "veiligheidsregio", "brandweer", "fire brigade", "ziekenhuis", "hospital",
    "universiteit", "university", "hogeschool", "woningbouw", "makelaar",
    "estate agent", "vervoersbedrijf", "transport compan", "uitzendbureau", "nabestaanden",
    "relatives", "members", "gasten", "guest", "meester", "master ", "masters", "kooplui",
    "kooplieden", "werklui", "stallholder", "trader",
    # groups by a trait or a situation ("laaggeletterden", "anderstaligen", "status holders",
    # "passers-by", "hikers")
    "laaggeletterd", "anderstalig", "dakloz", "homeless", "werkloz", "unemployed", "gehandicapt",
    "slechtziend", "slechthorend", "migrant", "vluchteling", "refugee", "asielzoeker",
    "asylum seeker", "nieuwkomer", "newcomer", "statushouder", "status holder", "huisgeno",
    "housemate", "voorbijganger", "passer-by", "passers-by", "wandelaar", "walker", "hiker",
    "fietser", "cyclist", "consument", "consumer", "huishoudens", "households",
    # a country's posts abroad ("de ambassades", "the embassies and consulates")
    "ambassade", "embass", "consulaat", "consulate", "embassies", "consulates", "ambassades",
    # who advises or collects by trade ("the wound consultant", "de deurwaarders", "bailiffs")
    "consultant", "deurwaarder", "bailiff",
    # care and legal trades, commanders, call centres ("de chirurgen", "the psychiatrist", "de
    # notaris", "de bevelvoerder", "het callcenter")
    "psychiatr", "logopedist", "notaris", "notary", "bevelvoerder",
    "commandant", "commander", "callcenter", "call centre", "call center",
    # people by who they are with or what they are suspected of ("de klasgenoten", "women in
    # the block", "de verdachten", "roommates", "dike watchers", "de wijkraden")
    "klasgeno", "klasgenoten", "classmate", "classmates", "chirurgen", "surgeons", "women",
    "verdachten", "suspects", "roommate", "watchers",
    "wijkraden", "municipalities", "night watch", "nachtwacht",
    # people of culture, sport, defence, elections, cemeteries and the courts ("natuurfotografen",
    # "de suppoosten", "conservatoren", "kiezers", "watersporters", "militairen", "griffiers",
    # "rechthebbenden", "erfgenamen")
    "fotograaf", "fotografen", "photographer", "suppoost", "conservator", "curator", "kiezer",
    "voter", "sporter", "athlete", "spelers", "players", "militair", "soldier", "reservist",
    "griffier", "court clerk", "rechthebbend", "rights holder", "erfgenam",
)  # fmt: skip
# Abbreviations that name a law, a document or a technique, not an organisation ("de AVG", "the
# DPIA"); other abbreviations after an article name an organisation ("de GGD", "het CJIB").
NOT_ORGANISATION_ABBREVIATIONS = frozenset((
    "AVG", "GDPR", "DPIA", "IAMA", "AI", "API", "GPS", "ANPR", "CCTV", "KPI", "OCR", "LLM", "BSN",
    "WOZ", "RFID", "QR", "SMS", "PDF", "VR", "AR", "ML", "IOT", "APP", "WIFI", "ID", "EU", "NL",
    "CO2", "PM", "FAQ", "URL", "USB", "LED", "CPU", "GPU", "SLA", "BIO", "ISO", "NEN", "WMO",
    "WW", "AOW", "CAO", "OK", "AOB", "TBC", "TBD", "WVTTK", "FYI", "ASAP", "NB", "PS",
))  # fmt: skip
# Words that open a clause, a remark or a time, not a name, in a list nothing announced ("when a
# roommate opens the door", "sinds dit schooljaar", "wacht, correctie").
NOT_NAME_LEADS = frozenset((
    "when", "which", "where", "while", "if", "since", "as", "because", "just", "no", "not",
    "last", "next", "also", "als", "wanneer", "waar", "terwijl", "sinds", "omdat", "want",
    "vorige", "vorig", "volgend", "volgende", "afgelopen", "geen", "niet", "wacht", "correctie",
    "persoonlijk", "personally", "zoals", "like", "over", "about", "dus",
    "so", "maar", "but", "ook", "alleen", "only",
))  # fmt: skip
# A line of attendees in pasted minutes ("Aanwezig: ...", "Present: ...").
PRESENT_RE = re.compile(
    r"^(?:aanwezig(?:en)?|deelnemers|present|attendees|participants|in attendance)\s*:\s*"
    r"(?P<names>.+)$",
    re.IGNORECASE,
)
# A pasted memo's sender or addressee that is an office or a body, not a person ("From:
# wethouder for public space, gemeente Arnhem", "Aan: college van B&W", "Van: programmateam
# Wijken", "To: tenants' committee Overvecht"): involved in the case.
MAIL_PARTY_RE = re.compile(
    r"^>?\s*(?:van|from|aan|to)\s*:\s*(?P<party>(?:de\s+|het\s+|the\s+)?(?:wethouder|burgemeester|"
    r"college|gemeenteraad|directie|bestuur|programmateam|stuurgroep|alderman|mayor|"
    r"(?:[\w'-]+\s+)?[\w'-]*(?:raad|commissie|vereniging|committee|council|association|board))\b"
    r"[^,<(@]{0,40})",
    re.IGNORECASE,
)
ABBREVIATION_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
# The plural of an abbreviation for people ("GPs", "MPs", "BOA's"): the abbreviation before it.
ABBREVIATION_PLURAL_RE = re.compile(r"^(?P<short>[A-Z][A-Z0-9&]{1,5})'?s$")
# An attendee from another organisation, by first name and organisation, with the role in
# brackets ("Kees van Vattenfall (laadpaalexploitant)", "Anna from Alliander (grid operator)"):
# the organisation in that role is involved, not the person.
PERSON_OF_ORGANISATION_RE = re.compile(
    r"^\s*[A-Z][a-z\u00e0-\u00ff]+\s+(?:van|from|of)\s+(?P<org>[A-Z][\w&-]*)\s*"
    r"(?:\((?P<role>[^)]*)\))?\s*$"
)
# Someone present for a group, without a name for the group ("Ahmed from the app vendor", "rep
# of the parent panel", "Ineke namens de cliëntenraad"): the group is involved, not the person.
PERSON_FOR_GROUP_RE = re.compile(
    r"^\s*(?:[A-Z][a-z\u00e0-\u00ff]+|(?i:rep|representative|vertegenwoordiger|iemand|someone))"
    r"\s+(?i:from|of|van|namens|for|voor)\s+(?i:the|de|het)\s+(?P<group>[\w&' -]{2,40}?)\s*"
    r"(?:\([^)]*\))?\s*$"
)
# A role in brackets that says whom someone came for ("namens de laboranten", "for the
# parents", "on behalf of the union"): that group is involved.
ON_BEHALF_RE = re.compile(
    r"^(?:namens|voor|for|on\s+behalf\s+of|representing|rep\s+of|van)\s+(?:de|het|the)?\s*",
    re.IGNORECASE,
)
# A role in brackets that is a body or a party of its own ("Ineke (cliëntenraad)", "Tom
# (leverancier ScreenVision)"), not a function or department ("Mehmet (informatiemanagement)").
BODY_ROLE_ENDS = (
    "raad", "vereniging", "bond", "commissie", "panel", "council", "association", "committee",
    "union", "leverancier", "supplier", "vendor",
)  # fmt: skip
# A lead of the speaker's own before a colon ("The people around it, roughly in the order they
# came up: ...", "Rond het project zitten best veel partijen: ..."): no question, no second colon.
OWN_LEAD_RE = re.compile(r"^(?P<lead>[^:?]{3,160}):\s*(?P<names>[^:?]+)$")
# Words that open or link clauses, never part of a name before its verb ("maar de kabel", "nu
# kunnen trainers", "waardoor ze", "ik ben docent").
CLAUSE_WORDS = frozenset((
    "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "het", "er", "i", "you", "they",
    "he", "she", "it", "there", "maar", "but", "en", "and", "of", "or", "dus", "so", "nu", "now",
    "dan", "then", "toen", "ook", "also", "waardoor", "waar", "where", "which", "die", "dat",
    "that", "who", "wie", "als", "if", "when", "wanneer", "omdat", "because", "want", "niet",
    "not", "geen", "no", "sometimes", "soms", "vaak", "often", "still", "nog", "al", "already",
    "zelf", "zich", "themselves", "hun", "their", "onze", "our", "mijn", "my", "ons", "us",
    "to", "naar", "aan", "about", "over", "like", "zoals",
))  # fmt: skip
# Words that give a quantity or part of a group ("veel ouders", "most tenants", "sommige
# bewoners"): the group is the actor.
QUANTITY_WORDS = frozenset((
    "veel", "vele", "sommige", "meeste", "alle", "enkele", "weinig", "minder", "meer", "many",
    "most", "some", "all", "few", "fewer", "several", "more", "both", "beide",
))  # fmt: skip
# Words in such a lead that say the list holds something other than people ("effecten:",
# "de risico's die ik zie:", "wishes:").
NOT_PEOPLE_LEAD_RE = re.compile(
    r"\b(?:effect\w*|gevolg\w*|waarde\w*|values?|optie\w*|options?|maatregel\w*|measures?|"
    r"risico\w*|risks?|voordel\w*|nadel\w*|advantages?|downsides?|upsides?|benefits?|"
    r"data|gegevens|kenmerken|features|stappen|steps|vragen|questions|actiepunt\w*|actions?|"
    r"besluit\w*|decisions?|agenda|positief|negatief|positive|negative|pluspunt\w*|"
    r"minpunt\w*|zorg(?:en)?|worr(?:y|ies)|concerns?|wens\w*|wish\w*|idee\w*|ideas?|"
    r"voorstel\w*|proposals?|aanwezig\w*|present|attendees)\b",
    re.IGNORECASE,
)
# Lead-ins and tails around a list of actors ("betrokken zijn ...", "... zijn betrokken").
ACTOR_LEAD_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oh|oh wait|wait|en|and|ook|also|verder|daarnaast|plus|verder zijn|"
    r"further|so|dus)\b[,:]?\s*)*"
    r"(?P<main>"
    + FORMAL_ACTOR_LEAD
    + r"|(?:de\s+)?(?:betrokken(?:en)?|actoren|stakeholders|belanghebbenden|partijen)"
    r"(?:\s+(?:zijn|are|zou ik zeggen|denk ik|zoals ik ze zie|die ik zie|as i see them|i see|"
    r"i'?d list|volgens mij))?\s*(?:[:,]|\s-+\s)?|"
    r"(?:zijn|are)\s+(?:er\s+)?(?:ook\s+)?"
    r"(?:betrokken|involved)\s*:?|it affects|this affects|(?:the\s+)?affected are|"
    r"(?:the\s+)?involved are|"
    r"(?:the |my |our )?(?:actors|stakeholders|people involved|parties) "
    r"(?:are|would be|will be|include)|(?:the\s+)?(?:people|ppl) involved(?:\s+are)?|"
    r"(?:the )?actors(?::|\s+-+\s)|"
    r"(?:(?:so\s+)?far|tot nu toe|until now|for now|right now)?\s*,?\s*(?:i have|i've got|"
    r"ik heb|heb ik)(?:\s+(?:nu|er|al|zelf|zelf al|tot nu toe|so far|now|already|myself|"
    r"on the list|op de lijst|on my list|op mijn lijstje|op mijn lijst))*"
    r"\s*:|"
    r"(?:(?:main|key|belangrijkste|de|the)\s+)?(?:groups|groepen|parties|partijen|players|"
    r"spelers)\s*:|"
    r"(?:(?:the\s+|de\s+)?(?:others?|other\s+people|those|all\s+those|ook|also|verder|nog|"
    r"more|andere|anderen|"
    r"meer|overige|further)\s+)?(?:involved|affected|betrokken(?:en)?|geraakt)\s*(?::|\s+-+\s)|"
    r"(?:dan\s+)?(?:zijn het|het zijn)\s*:|(?:wie|who)\b[^:,.?]{0,30}:|"
    # a list said as the answer ("Dan zijn het de ondernemers, ...", "then it's the owners, ...")
    r"(?:(?:(?:dan|then)\s+)?(?:it'?s|they'?re)(?=\s+[\w' -]{2,40},\s[\w' -]{2,40},)|"
    r"(?:dan\s+)?(?:zijn het|zijn dat))(?![^?]*\?\s*$)\s*:?|"
    r"(?:it|this|that)\s+involves\s*:?|"
    r"(?:ik denk (?:(?:zelf|zelf ook|vooral|dan|eerst|ook|als eerste)\s+)?aan|denk aan|"
    r"i(?:'m| am) thinking (?:of|about)|i think (?:(?:mainly|first|mostly)\s+)?of|think of|"
    r"dat zijn|those are|these are|namelijk|"
    r"het gaat om|het gaat over|it'?s about|it concerns|this concerns|dit raakt|that'?s|"
    r"(?:we have|we hebben|je hebt|jij hebt|u hebt|you have|you've got|er zijn|there are)"
    r"(?:\s+(?:natuurlijk|uiteraard|eigenlijk|dan|ook|sowieso|of course|obviously|also))*"
    r"(?!\s+(?:\w+ed|received|got|gotten|had|been|seen|heard|ge\w+|ontvangen|al)\b))"
    r"\b:?|"
    r"(?:wie|who)\s+(?:zijn|are)\s+(?:er\s+)?(?:betrokken|involved)\s*[:?]?)?\s*"
    # whose view, after the lead ("betrokken zijn wat ons betreft ...", "involved are, in our
    # view, ...")
    r"(?:,?\s*" + FORMAL_STANCE + r"\s*[:,]?\s*)?",
    re.IGNORECASE,
)
ACTOR_TAIL_RE = re.compile(
    r"\s*,?\s*(?:(?:zijn|is|worden|raken)\s+(?:er\s+)?(?:ook\s+)?(?:allemaal\s+)?"
    r"(?:betrokken|geraakt)(?:\s+bij)?|(?:horen|hoort)\s+er\s*(?:(?:natuurlijk|eigenlijk|zeker|ook|nog)\s+)*bij|"
    r"(?:are|is)\s+(?:also\s+)?(?:involved|affected)(?:\s+too)?|(?:too|ook(?:\s+wel|\s+nog)?|"
    r"as well|iig|in ieder geval)|"
    r"should be (?:added|included|(?:in\s+)?(?:there|on it|on the list|in it)(?:\s+too)?)|"
    # put on the list ("de fietsersbond hoort wel op de lijst", "belongs on the list")
    r"(?:horen|hoort|moeten|moet)\s+(?:(?:wel|ook|nog|zeker|eigenlijk)\s+)*op\s+de\s+lijst"
    r"(?:\s+(?:staan|komen|erbij))?|(?:belong|belongs)\s+on\s+the\s+list(?:\s+too)?|"
    # named on their own ("arbeidsmigranten wil ik apart noemen", "migrant workers I'd name
    # separately")
    r"(?:wil|zou)\s+ik\s+(?:(?:ook|nog|even|graag|wel)\s+)*(?:apart|los|afzonderlijk)\s+"
    r"(?:noemen|vermelden)|i(?:'d|\s+would|\s+want\s+to)?\s+(?:also\s+)?(?:like\s+to\s+)?"
    r"(?:name|mention|list)\s+(?:them\s+)?(?:separately|on\s+their\s+own)|"
    r"(?:moeten|moet|zitten|zit) er ?(?:ook )?bij|natuurlijk|of course|(?:zijn|are)\s+(?:de|the)\s+"
    r"(?:(?:belangrijkste|voornaamste|main|key|most important)\s+)?(?:partijen|betrokkenen|"
    r"actoren|spelers|stakeholders|parties|actors|players))\s*[.!]*$",
    re.IGNORECASE,
)
# A tail that says the names before it are involved, with more names after it ("X en Y zijn
# betrokken, en ook Z", "X and Y are involved, and also Z"): read as a comma.
MID_TAIL_RE = re.compile(
    r"\s+(?:(?:zijn|is|are)\s+(?:er\s+)?(?:ook\s+)?(?:allemaal\s+)?(?:betrokken|involved)|"
    r"(?:horen|hoort)\s+er\s+(?:(?:natuurlijk|eigenlijk|zeker|ook|nog)\s+)*bij)"
    r"\s*,\s*(?:(?:en|and|plus)\s+)?(?:(?:ook|also|nog|then)\s+)?",
    re.IGNORECASE,
)
# "Verder zijn X en Y betrokken": the verb in front, "betrokken" at the end.
INVERTED_LEAD_RE = re.compile(
    r"^(?:(?:verder|daarnaast|dan|ook|en|bovendien)\s+)+(?:zijn|zitten)\s+(?:er\s+)?(?:ook\s+)?"
    r"(?:nog\s+)?(?P<names>.+?)\s+(?:ook\s+)?(?:betrokken|erbij|er\s+bij)\s*[.!]*$",
    re.IGNORECASE,
)
# Lead-ins that always announce actors ("betrokken zijn", "stakeholders:", "involved are"); the
# others ("het gaat om", "ik denk aan") only before names of people.
STRONG_LEAD_RE = re.compile(
    r"^(?:(?:o ja|oh|en|and|ook|also|verder|daarnaast|plus|so|dus)\b[,:]?\s*)*(?:"
    + FORMAL_ACTOR_LEAD
    + r"|(?:de\s+)?"
    r"(?:betrokken(?:en)?|actoren|stakeholders|belanghebbenden)\b|(?:zijn|are)\s+(?:er\s+)?"
    r"(?:ook\s+)?(?:betrokken|involved)|(?:the\s+|those\s+|all\s+those\s+)?involved\b|"
    r"(?:the\s+)?affected are|"
    r"(?:the\s+)?(?:people|ppl|parties)\s+involved\b|affected\s*:|"
    r"(?:dan\s+)?(?:zijn het|het zijn)\s*:|(?:wie|who)\b[^:,.?]{0,30}:|"
    # a list said as the answer ("Dan zijn het de ondernemers, ...", "then it's the owners, ...")
    r"(?:(?:(?:dan|then)\s+)?(?:it'?s|they'?re)(?=\s+[\w' -]{2,40},\s[\w' -]{2,40},)|"
    r"(?:dan\s+)?(?:zijn het|zijn dat))(?![^?]*\?\s*$)\s*:?|"
    r"(?:it|this|that)\s+involves\s*:?|"
    r"(?:the |my |our )?(?:actors|stakeholders|people involved|parties) are|"
    r"(?:wie|who)\s+(?:zijn|are)\s+(?:er\s+)?(?:betrokken|involved))",
    re.IGNORECASE,
)
# A lead-in that adds to what was said before ("en verder de GGD en de school", "and also the
# union"): names after it, once the actors step is past, are actors added late.
LATE_ADDITION_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:verder|daarnaast|bovendien|ook(?:\s+nog)?|nog|plus|also|further|"
    r"furthermore|besides|additionally|then there'?s)\b",
    re.IGNORECASE,
)
# Words that open an afterthought ("o ja, ...", "oh, and ...", "o wacht, ...", "oh wait, and"):
# what follows is read as if said on its own.
AFTERTHOUGHT_RE = re.compile(
    r"^(?:o+h?\s+ja|oja|oh+|o\s+wacht|oh\s+wait|ah)(?:\s*[,!]\s*|\s+)(?:(?:en|and)\b\s*)?",
    re.IGNORECASE,
)
# One more party after a list of actors, with a lead that adds it and what is said of it
# after a comma or a hedge ("En de studentenraad, die is nog niet gevraagd.", "also families of
# detainees i guess", "oh and the works council too"): the party.
AFTER_A_LIST_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oja|ohja|oh|en|and|also|ook|plus)\b[,]?\s+)+(?P<who>[^,.;:!?]{2,60}?)"
    r"(?:\s*,\s*(?:die|dat|wie|who|which|that)\b.*|\s+(?:i guess|i think|i suppose|denk ik|"
    r"geloof ik|trouwens|btw|too|ook|as well|natuurlijk|of course|vanwege|because of)\b.*)?[.!]?$",
    re.IGNORECASE,
)
# A party added with the reason it is involved ("En de MR, want die moet instemmen.", "and the
# union, because they negotiate the rosters"): the party; the reason may tell an effect.
REASONED_PARTY_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oja|oh|en|and|ook|also|plus)\b[,]?\s+)+(?:ook\s+|also\s+)?"
    r"(?P<who>(?:de|het|the|onze|our)\s+[^,.;:!?]{2,50}?)\s*,\s*"
    r"(?:want|omdat|because|since|as)\s+(?P<rest>[^.;!?]+?)[.!]?$",
    re.IGNORECASE,
)
# "Vergeet de GGD niet, die ...", "don't forget the union": an actor added in passing.
FORGET_RE = re.compile(
    r"^(?:(?:o ja|oh|en|and|maar|but)[,]?\s+)?(?:vergeet\s+(?P<nl>.+?)\s+niet\b|"
    r"(?:don'?t|do not) forget\s+(?:about\s+)?(?P<en>[^,.;]+))",
    re.IGNORECASE,
)
# "Bijna vergeten: X en Y", "oh, and I forgot: the X": names added after saying they were
# nearly left out.
FORGOT_LEAD_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oja|oh|o|en|and|maar|but)\b[,!]?\s*)*(?:(?:ik\s+was\s+|ik\s+ben\s+)?"
    r"(?:bijna|haast|nog)?\s*vergeten|(?:i\s+)?(?:almost\s+|nearly\s+)?forgot(?:ten)?)"
    r"\s*:\s*(?P<who>.+)$",
    re.IGNORECASE,
)
# A sentence that only adds someone in passing ("o ja, en de nazaten.", "oh and the cleaners
# too"): an actor, whatever the sentences after it say.
ADDED_RE = re.compile(
    r"^(?:o ja|oh ja|oh|o|ah|oja)[,!]?\s+(?:en|and)\s+(?P<who>[^,.;:!?]{2,60}?)"
    r"(?:\s+(?:ook|too|also|as well))?[.!]?$",
    re.IGNORECASE,
)
# One more party added after an interjection, with a comment, a condition or a hedge after it
# ("O, en de griffie.", "o en boeren, hij vliegt over hun land", "ow en de AP misschien", "oh
# and the ombudsman, they get the complaints anyway"): the party, named by the words right
# after "en"/"and"; not asked ("oh en de ombudsman misschien?"), and "ook"/"natuurlijk" only at
# the end ("o, en de camera's leggen natuurlijk ook ..." is a clause).
AFTERTHOUGHT_PARTY_RE = re.compile(
    r"^(?:o+h?|ow|owh|ah|oja|o+h? ja)[,!]?\s+(?:en|and)\s+(?:ook\s+|also\s+)?"
    r"(?P<who>(?:de|het|the)\s+[^,.;:!?]{2,50}?|[^\s,.;:!?]{3,30})"
    r"(?:\s*[,\-\u2013].*|\s+(?:als|if|want|omdat|because|misschien|wellicht|maybe|perhaps|"
    r"denk ik|i guess|i think)\b.*|\s+(?:natuurlijk|of course|ook|too|also|as well))?[.!]?$",
    re.IGNORECASE,
)
# Parties named as a guess, with no verb of their own ("Misschien de Autoriteit
# Persoonsgegevens.", "en wellicht deurwaarders, als een regeling misloopt", "The landlords
# maybe.", "perhaps also the works council"): a hedge before or after the names, a condition or
# reason after a comma left off.
HEDGE_WORDS = (
    r"(?:misschien|wellicht|mogelijk|eventueel|maybe|perhaps|possibly|i\s+suppose|i\s+guess|"
    r"denk\s+ik)"
)
SUGGESTED_RE = re.compile(
    rf"^(?:(?:en|and|of|or|plus|ook|also)\s+)?(?:(?P<lead>{HEDGE_WORDS})\s+(?:ook\s+|also\s+)?)?"
    r"(?P<who>[^,.;:!?]{2,80}?)"
    rf"(?:[\s,]+(?P<tail>{HEDGE_WORDS})(?:\s+(?:ook|too|also|as well))?)?"
    r"(?:\s*,\s*(?:als|wanneer|zodra|indien|omdat|want|if|when|once|because|since|although|"
    r"though|even\s+though|hoewel|al)\b[^.;!?]*)?"
    r"[\s.!?]*$",
    re.IGNORECASE,
)
# Words put in front of a Dutch main clause, after which its verb comes before its subject ("dan
# krijgen de bewoners ...", "bij beide voorstellen krijgen ouders ...").
FRONT_ADVERBS = frozenset((
    "dan", "toen", "nu", "straks", "daarna", "daardoor", "hierdoor", "daarom", "zo", "ook",
    "dus", "vaak", "soms", "misschien", "eerst", "later", "vervolgens", "uiteindelijk", "al",
    "nog", "voortaan", "binnenkort", "tegenwoordig", "vroeger", "daarbij", "bovendien",
))  # fmt: skip
FRONT_PREPOSITIONS = frozenset((
    "bij", "in", "na", "met", "door", "zonder", "tijdens", "volgens", "op", "onder", "sinds",
    "vanaf", "per", "binnen", "voor",
))  # fmt: skip
# Words a place or an arrangement starts with, never the name of a party added ("add: in the
# contract with the insurer, ...", "voeg toe: bij elke melding ...").
PLACE_PREPOSITIONS = frozenset((
    "in", "into", "with", "at", "on", "under", "during", "within", "after", "before", "bij", "na",
    "met", "door", "zonder", "tijdens", "op", "onder", "binnen",
))  # fmt: skip
# Words a lead before a colon starts with when it says how or when, not who ("Liever zo: ...",
# "Before anything else: ...", "Rather: ..."): no actor's label.
ADVERB_LABEL_STARTS = PLACE_PREPOSITIONS | frozenset((
    "liever", "rather", "eerst", "first", "sowieso", "anyway", "kortom", "overigens",
    "alternatively", "alternatief", "preferably", "instead", "anders", "otherwise",
))  # fmt: skip
# A party added with what it is after a comma, no verb of its own ("En de commissie van toezicht,
# de commissie die elke gevangenis heeft.", "And the ethics committee, the board that approves
# it."); not one taken up by "die"/"who" ("en de bewoners, die klagen ...": an effect).
APPOSED_RE = re.compile(
    r"^(?:en|and|plus)\s+(?:ook\s+|also\s+)?(?P<who>(?:de|het|the)\s+[^,.;:!?]{2,60}?)\s*,\s*"
    r"(?:de|het|een|the|a|an)\b[^.;!?]*[.!]?$",
    re.IGNORECASE,
)
# People obliged to do something ("zij moeten de app uitleggen", "they have to explain it"): what
# the technology asks of them.
OBLIGED_RE = re.compile(
    r"^(?:zij|ze|hij|they|he|she|we|wij)\s+(?:moeten|moet|must|have to|has to|need to|"
    r"needs to)\b",
    re.IGNORECASE,
)
# Someone said not to be involved ("the IT department is not really involved", "de leverancier
# hoort er eigenlijk niet bij"): about who the actors are, no effect.
NOT_INVOLVED_RE = re.compile(
    r"^(?:(?:en|and|ook|also|maar|but)\s+)?[^,.;:!?]{2,50}?\s+(?:(?:is|are|was|were)\s+(?:not|niet|"
    r"geen)\s+(?:really\s+|echt\s+|eigenlijk\s+|directly\s+|direct\s+)?(?:involved|betrokken)|"
    r"(?:hoort|horen)\s+er\s+(?:eigenlijk\s+|echt\s+)?niet\s+bij|"
    r"(?:zijn|is)\s+er\s+(?:eigenlijk\s+|echt\s+)?niet\s+bij\s+betrokken)\s*[.!]?$",
    re.IGNORECASE,
)
# Someone added with what follows about them ("de ouders horen er ook bij, want bij hen ...",
# "the works council must be added, they worry about ..."): an actor; what follows may be an
# effect about it (``reason``: it was given as the reason why).
ADDED_WITH_REST_RE = re.compile(
    r"^(?:(?:o ja|oh ja|oja|ohja|oh|o|en|and|ook|also|verder|plus)[,]?\s+|"
    r"(?:nog\s+)?vergeten\s*:\s*|forgot(?:\s+one)?\s*:\s*|(?:ik\s+zou|i'?d|i\s+would)\s+)*"
    r"(?P<who>[^,.;:!?]{2,60}?)\s+(?:(?:horen|hoort|moeten|moet|zitten|zit)\s+er\s*(?:ook\s+|nog\s+|"
    r"zeker\s+|natuurlijk\s+|uiteraard\s+|eigenlijk\s+|wel\s+|echt\s+|dus\s+|toch\s+|"
    r"even\s+|maar\s+)*bij|(?:horen|hoort|moeten|moet)\s+(?:ook\s+|nog\s+|echt\s+)*op\s+de\s+"
    r"(?:actoren)?lijst|"
    r"(?:zijn|is)\s+ook\s+betrokken|(?:are|is)\s+also\s+involved|"
    r"(?:must|should|needs? to|has to|have to)\s+(?:also\s+)?be\s+(?:added|included|listed|"
    r"(?:in|on)\s+(?:the|my|our|this|that)\s+(?:actors?\s+)?list|in\s+there|on\s+there|an\s+actor)|"
    r"(?:belong|belongs)\s+(?:(?:on|in)\s+(?:the|my|our|this)\s+(?:actors?\s+)?list|in it|there)|"
    r"(?:horen|hoort|moeten|moet)\s+(?:(?:wel|ook|nog|zeker|eigenlijk)\s+)*op\s+de\s+lijst|"
    # a party said to want a part in it ("de wethouder wil er wat mee", "the union wants in")
    r"(?:wil|willen|zal|zullen)\s+(?:er\s+)?(?:ook\s+|vast\s+|zeker\s+)*(?:wat|iets)\s+mee|"
    r"(?:wil|willen)\s+(?:er\s+)?(?:ook\s+|vast\s+|zeker\s+)*(?:over\s+)?(?:meepraten|"
    r"meedenken|meebeslissen|inspraak|betrokken\s+worden|bij\s+betrokken\s+worden)|"
    r"(?:wants?|will want)\s+(?:in(?:\s+on\s+(?:this|it|that))?|a say(?:\s+in\s+(?:this|it))?|"
    r"to be (?:involved|heard|consulted))|"
    r"(?:moet|moeten|wil|willen)\s+(?:er\s+)?(?:ook\s+|nog\s+|zeker\s+)*(?:naar\s+kijken|"
    r"meekijken)|(?:needs?|has|have|wants?)\s+to\s+(?:look at|see|sign off on)\s+(?:it|this)|"
    r"(?:ook\s+)?als\s+actor(?:en)?(?:\s+ook)?(?:\s+(?:noemen|toevoegen|zien|meenemen))?|"
    r"(?:too\s+|also\s+)?as\s+(?:an?\s+)?actors?(?:\s+too)?)"
    r"(?:\s+(?:too|as well|ook|natuurlijk|of course))?"
    r"\s*(?:(?:[,;:]\s*|\s+(?=want|omdat|because|since))(?:(?P<reason>want|omdat|because|since|as)"
    r"\s+)?(?P<rest>.+?))?[.!]?$",
    re.IGNORECASE,
)
# Words that start a part of a list that is no name: a relative clause or a reason
# ("de inspecteurs, die de bezoeken afleggen", "huurders, want de WOZ ...").
NOT_A_NAME_RE = re.compile(
    r"^(?:die|dat|wie|waarvan|want|omdat|who|that|which|whose|because|since|as they|zodat|"
    r"(?:some|many|most|all|one|each|none)\s+of\s+(?:whom|which|them)|"
    r"(?:sommigen|velen|een\s+deel)\s+(?:van\s+wie|daarvan))\b",
    re.IGNORECASE,
)
# Words after which an actor's name goes on as a qualifier ("bewoners met een vergunning",
# "people who moved", "de inspecteurs, die ...").
NAME_BREAKS = frozenset((
    "met", "van", "die", "dat", "wie", "waarvan", "voor", "in", "op", "uit", "zonder", "als",
    "want", "with", "of", "who", "that", "which", "whose", "for", "on", "from", "without", "as",
    "because", "vh", "vd",
    # where the people are: "Perceeleigenaren langs de sloten", "Youth around the station" (not
    # "at": "the people at most risk", "people at the lockers" are one name)
    "langs", "bij", "aan", "naast", "achter", "rond", "rondom", "onder", "along", "near",
    "behind", "around", "under",
))  # fmt: skip
# Rooms of a house whose name holds a word for people ("kamer" for the Kamer, "postkamer" for the
# mail room's staff): a room, no one ("bewegingssensoren in slaapkamer en badkamer").
ROOM_WORDS = ("badkamer", "slaapkamer", "woonkamer", "huiskamer", "wachtkamer", "kinderkamer",
              "studeerkamer", "kleedkamer", "zolderkamer", "logeerkamer")  # fmt: skip
# One older person told of by title or age ("mevr (87) zei ...", "mevrouw Jansen (83)", "een man
# van 91", "Mrs Smith, 84,", "a lady of 90"): one of the elderly, whose actor has a word below.
ELDER_PERSON_RE = re.compile(
    r"\b(?i:mevr(?:ouw)?|meneer|dhr|mr|mrs|ms|man|vrouw|dame|heer|lady|gentleman|woman|"
    r"oma|opa|grandma|grandpa)\b\.?(?:\s+[A-Z][\w'-]+){0,3}\s*(?:\(\s*|,\s*|\s+(?:van|of)\s+)"
    r"(?:[7-9]\d|1[01]\d)\b",
)
ELDER_WORDS = ("ouderen", "senior", "elderly", "older", "bejaard", "pensioners",
               "gepensioneerd", "65-plus", "75-plus", "80-plus", "aow")  # fmt: skip
# Endings of plural nouns for people ("behandelaars", "inspecteurs", "tolken" is found as a
# people word): the head of a name, not its qualifier ("behandelaars bezwaar").
PERSON_PLURAL_ENDINGS = (
    "aars", "ers", "eurs", "isten", "enten", "anten", "igen", "enden", "ors", "ists", "ants",
    "ents", "ees", "ians", "gerechtigden", "hebbenden",
)  # fmt: skip
# Endings of plural words for people by what they do, as the subject of an effect
# ("childminders", "leidsters", "taxateurs", "specialisten"), and plurals with those endings
# that are things.
AGENT_ENDINGS = ("ers", "aars", "eurs", "isten", "sters")
# Endings of a Dutch word for one person by what they do ("controleur", "inspecteur",
# "behandelaar"): a word that starts like a direction word is the person, not the thing.
PERSON_SINGULAR_ENDINGS = ("eur", "aar")
NOT_PEOPLE = frozenset((
    "containers", "computers", "servers", "printers", "numbers", "letters", "papers", "orders",
    "incidenten", "incidents", "comments", "documenten", "documents", "momenten", "moments",
    "elementen", "elements", "segmenten", "segments", "argumenten", "arguments",
    "fragmenten", "fragments", "instrumenten", "instruments", "experimenten", "experiments",
    "registers", "filters", "barriers", "borders", "centers", "centres", "meters", "folders",
    "markers", "parameters", "clusters", "posters", "stickers", "vouchers", "trailers", "chapters",
    "layers", "headers", "kilometers", "lockers", "routers", "timers", "reminders", "answers",
    "matters", "waters", "winters", "summers", "covers", "towers", "shelters", "flyers",
    "banners", "triggers", "sliders", "dossiers", "cijfers", "sensors", "monitors", "motors",
    "doors", "floors", "errors", "colors", "colours", "factors", "vectors", "detectors",
    "processors", "indicators", "tractors", "sectors", "mirrors", "elevators", "generators",
    "radiators", "connectors", "scanners", "trackers", "chargers", "heaters", "lasers",
    "smartphones", "tablets", "chips",
    # things that end like a plural for people ("so payments stop", "kranten", "voertuigen")
    "payments", "appointments", "treatments", "statements", "assessments", "agreements",
    "requirements", "investments", "settlements", "shipments", "attachments", "events",
    "announcements", "measurements", "improvements", "amendments", "components", "accidents",
    "plants", "grants", "restaurants", "variants", "warrants", "accenten", "patenten",
    "componenten", "ingredienten", "ingrediënten", "kranten", "kanten", "planten", "varianten",
    "voertuigen", "vliegtuigen", "vaartuigen", "weekenden", "kisten",
    # words that end like a plural for people but say how or where ("anders dan ik zei",
    # "otherwise", "elders", "voorheen")
    "anders", "elders", "wonders", "others'", "together", "whether", "rather", "further",
))  # fmt: skip
# Endings of words for one person in a role ("notulist", "inspecteur", "ambtenaar").
SINGULAR_PERSON_ENDINGS = ("ist", "eur", "aar")
# Endings of Dutch adjectives that end like one person in a role ("verstelbaar", "zichtbaar",
# "bereikbaar" are no "behandelaar").
ADJECTIVE_ENDINGS = ("baar",)
# Heads that say nothing on their own: "mensen" is an actor only with its qualifier.
GENERIC_HEADS = frozenset((
    "mensen", "people", "personen", "persons", "iedereen", "everyone", "groep", "group",
    "groepen", "groups",
))  # fmt: skip
# Heads of a team's name that people leave out when they speak of the team by its work
# ("road maintenance" for "Road maintenance staff", "handhaving" for "Team handhaving").
STAFF_HEADS = frozenset((
    "staff", "team", "teams", "department", "unit", "service", "medewerkers", "afdeling",
    "dienst", "personeel", "employees",
))  # fmt: skip
MIN_TEAM_WORD = 6  # one word alone names the team only when it is this long ("handhaving")
ARTICLES_AND_OWNERS = frozenset((
    "de", "het", "een", "the", "a", "an", "hun", "their", "our", "onze", "ons", "zijn", "haar",
    "its",
))  # fmt: skip
# "Themselves" after a name in a list ("the tenants themselves", "de ouders zelf"): emphasis,
# not the object of a verb.
SELF_TAIL_RE = re.compile(r"\s+(?:zelf|zelve|themselves|himself|herself|itself)$", re.I)
# The speaker's own organisation named in brackets in a list ("us (the wijkteam)", "wij (de
# afdeling handhaving)"): the name in the brackets.
OWN_ORGANISATION_RE = re.compile(
    r"^(?:us|we|wij|ons|onszelf|ourselves|me|ik|mij)\s*\(\s*(?:the\s+|de\s+|het\s+|our\s+|"
    r"ons\s+|onze\s+)?(?P<name>[^()]{2,60})\)\s*$",
    re.IGNORECASE,
)
# Words that end a list item without being part of the name ("de inwoners natuurlijk").
NAME_TAIL_WORDS = frozenset((
    "natuurlijk", "uiteraard", "ook", "zelf", "too", "also", "of course", "obviously",
    "themselves", "itself", "himself", "herself", "mostly", "mainly", "especially", "primarily",
    "vooral", "voornamelijk", "vooraan", "hoofdzakelijk", "eigenlijk", "really", "dus",
))  # fmt: skip
# Words that end the subject of a clause before its verb ("mensen zich ...", "ouders ook ...").
SUBJECT_STOPS = frozenset((
    "zich", "zichzelf", "ook", "niet", "nooit", "wel", "er", "dan", "al", "soms", "vaak", "nog",
    "misschien", "themselves", "also", "often", "sometimes", "maybe", "never", "not", "still",
    "finally", "eindelijk", "already", "really", "echt", "just", "gewoon", "suddenly", "ineens",
    "opeens", "straks", "soon",
))  # fmt: skip
# Labels in front of a line that name no actor ("correctie: ...", "update: ...").
# Labels that say what a line is about rather than who ("planning: ...", "timeline: ...",
# "kosten: ...", "background: ..."): the line tells the case, not an effect on someone.
TOPIC_LABELS = (
    "planning", "timeline", "tijdpad", "tijdlijn", "tijdplan", "achtergrond", "background",
    "kosten", "costs", "cost", "budget", "status", "stand van zaken", "fase", "stage",
    "doel", "goal", "aim", "purpose", "juridisch", "legal", "wettelijke basis", "legal basis",
    "grondslag", "werking", "hoe het werkt", "how it works", "bewaartermijn", "retention",
    "aanbesteding", "tender", "procurement",
    "looptijd", "duration", "scope", "cijfers", "figures", "numbers", "bron", "source", "bijlage",
    "attachment", "onderwerp", "subject", "datum", "date", "deadline", "historie", "history",
    "geschiedenis", "besluit", "besluitvorming", "decision", "next steps", "volgende stappen",
    "aanleiding", "voorstel", "het voorstel", "proposal", "the proposal",
    # the fields of a case typed as a form ("**Organisatie:** ...", "Technology: ...") and a
    # personal remark announced ("Persoonlijk: ...", "Personally: ...")
    "organisatie", "organisation", "organization", "techniek", "technologie", "technology",
    "casus", "case", "context", "persoonlijk", "personally", "personal note",
)  # fmt: skip
TOPIC_LABEL_RE = re.compile(rf"^\s*(?:{'|'.join(TOPIC_LABELS)})\s*:", re.IGNORECASE)
# Labels in front of a line that name no actor ("correctie: ...", "update: ...", "wat ik hoop:
# ...").
NOT_AN_ACTOR_LABELS = frozenset((
    "correctie", "correction", "aanvulling", "addition", "update", "let op", "note", "ps",
    "p.s.", "nb", "n.b.", "edit", "verbetering", "oh", "o ja", "trouwens", "by the way",
    "wat ik hoop", "wat ik verwacht", "wat ik vrees", "mijn hoop", "mijn zorg", "mijn zorgen",
    "what i hope", "what i expect", "what i fear", "my hope", "my worry", "my concern",
    "the hope", "de hoop", *TOPIC_LABELS,
    # a thing forgotten before ("o ja, vergeten: ...", "forgot one: ...")
    "vergeten", "o ja vergeten", "oh ja vergeten", "nog vergeten", "forgot", "forgot one",
    "oh wait", "o wacht", "wacht", "nog iets", "one more",
    # a heading of gains ("verwachte opbrengst: ...") is a direction label
    "verwachte opbrengst", "verwachte opbrengsten", "beoogde opbrengst", "beoogde opbrengsten",
    "expected benefits", "expected gains",
    # a time a story is told of ("before: ..., now: ...", "vroeger: ..., nu: ...")
    "before", "now", "after", "then", "vroeger", "nu", "toen", "daarna", "eerst", "straks",
    "first", "later", "vroeger en nu", "before and after", "voorheen", "nowadays", "tegenwoordig",
))  # fmt: skip
# Words a remark in front of a line is made of ("correctie trouwens: ...", "wacht, correctie:
# ...", "oh wait, one more: ..."): a label of only such words names no actor.
ASIDE_WORDS = frozenset((
    *(w for w in NOT_AN_ACTOR_LABELS if " " not in w), "trouwens", "overigens", "btw", "sorry",
    "oeps", "oops", "nog", "even", "dan", "toch", "ook", "also", "and", "en", "o", "ja", "oh",
    "ah", "wait", "hmm", "kleine", "small", "quick", "one", "more", "een", "a", "another",
))  # fmt: skip
# A label that says who said what follows ("een collega zei: ...", "my manager said: ..."): a
# quote, its speaker no actor.
QUOTE_LABEL_RE = re.compile(
    r"\b(?:zei|zegt|zeiden|vroeg|schreef|riep|said|says|asked|wrote)\s*$", re.IGNORECASE
)
# Dutch adjectives and adverbs ("persoonlijk", "eigenlijk"): a word for people inside them
# ("persoon") makes no name.
NOT_A_NAME_ENDINGS = ("lijk", "lijke")
# Conjunctions in front of a label ("En de buschauffeurs: ...", "And the drivers: ..."): no
# part of the name.
LEADING_CONJUNCTION_RE = re.compile(
    r"^(?:(?:en|and|maar|but|plus|of|or)\s+(?:(?:ook|also)\s+)?|(?:ook|also)\s+)", re.IGNORECASE
)  # "and the drivers: ...", "also the family - ..."
# Labels in front of a line that name no actor by their first word: a part of the case or a
# step ("bij gordel: ...", "eff: ...", "wat het oplevert: ...", "inputs: ...", "new this
# year: ...").
# Minute and agenda items in front of a line ("4. Rondvraag: ...", "AOB: ...", "Signalen uit de
# proef: ..."): no actor, and what follows is read as it is.
_AGENDA_LABELS = (
    r"rondvraag|w\.?v\.?t\.?t\.?k|aob|any other business|mededeling\w*|announcements?|"
    r"agenda\w*|signal\w*|terugkoppeling|feedback|update|verslag|minutes|notulen"
)
AGENDA_LABEL_RE = re.compile(rf"^(?:{_AGENDA_LABELS})\b", re.IGNORECASE)
NOT_AN_ACTOR_LABEL_RE = re.compile(
    r"^(?:bij|at|in|over|about|wat|what|hoe|how|waarom|why|waar|where|new|nieuw|good|bad|goed|"
    r"slecht|eff|effect\w*|risico\w*|risks?|upsides?|downsides?|voordel\w*|nadel\w*|"
    r"pluspunt\w*|minpunt\w*|inputs?|invoer|options?|opties|optie|vergeten|forgot\w*|"
    r"kosten|costs?|planning|stand|status|actiepunt\w*|action\w*|"
    rf"{_AGENDA_LABELS})\b",
    re.IGNORECASE,
)
# A part of a list that states an amount, a cost or a rate ("licentie 65k per jaar", "updates
# per kwartaal", "costs EUR 20,000"): the list holds facts about the case, not names.
AMOUNT_RE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:k|m|mln|miljoen|million|euro|eur|%|procent|percent)\b|[€$]\s*\d|"
    r"\bper\s+(?:jaar|maand|week|dag|kwartaal|uur|year|month|day|quarter|hour)\b",
    re.IGNORECASE,
)
# A description of the last name in a list ("... en de leverancier, een startup uit Eindhoven",
# "... and the vendor, a firm from Delft"): no name of its own.
END_APPOSITION_RE = re.compile(
    r"\s(?:en|and)\s+[^,]{2,60},\s*(?:een|a|an)\s+[^,]{2,60}[.!]?\s*$", re.IGNORECASE
)
# People caught by the technology, named after its verb ("de camera's fotograferen ook
# wandelaars, mountainbikers en stelletjes", "the dashcams also film cyclists and
# pedestrians"): actors, whatever the effect says of them.
CAPTURED_RE = re.compile(
    r"^[^,.;:]{0,50}?\b(?:fotografeer\w*|fotografeert|fotograferen|filmt|filmen|registreert|"
    r"registreren|scant|scannen|leg(?:t|gen)|ziet|zien|herkent|herkennen|volgt|volgen|"
    r"films?|records?|captures?|photographs?|tracks?|detects?|sees?|picks?\s+up)\s+"
    r"(?:(?:natuurlijk|ook|ook\s+gewoon|gewoon|zelfs|also|of course|even|too)\s+)*"
    r"(?P<who>[^.;:!?]+)",
    re.IGNORECASE,
)
# Words after a group that make a subgroup of its own ("studenten met een functiebeperking" are
# not "studenten", "fietsers zonder app" not "fietsers").
SUBGROUP_WORDS = frozenset(("met", "zonder", "with", "without"))
# Words after which a name goes on to say which people it means ("mensen die slecht ter been
# zijn", "ouderen met minder digitale vaardigheden", "residents who ..."): a direction word after
# them belongs to the name, before them it makes the item a statement ("kinderen steken veiliger
# over", "residents sleep better").
# Pronouns for some of the people already named; followed by a verb they open a statement
# ("sommigen zetten hun fiets ernaast", "others just ignore the signs"), not a name.
SOME_OF_THEM = frozenset((
    "sommigen", "anderen", "velen", "enkelen", "meesten", "sommige", "others", "many", "most",
    "some",
))  # fmt: skip
NAME_QUALIFIER_WORDS = frozenset((
    "die", "dat", "wie", "waarvan", "met", "zonder", "van", "in", "op", "uit", "bij", "voor",
    "who", "that", "which", "whose", "with", "without", "of", "in", "on", "from", "at", "for",
))  # fmt: skip
# Words that start a place after a name ("de omwonenden aan de overkant", "residents along the
# route"): where a long subject's name ends.
PLACE_QUALIFIER_WORDS = frozenset((
    "in", "op", "bij", "aan", "achter", "naast", "rond", "rondom", "langs", "tegenover", "at",
    "on", "near", "behind", "along", "around", "beside", "opposite", "next",
))  # fmt: skip
# Words said before a name while thinking, hedging or going on ("ok so residents", "nou ja de
# wijkagent", "I'd say the drivers", "en dan natuurlijk de ondernemers", "vooral ouderen", "over
# de boeren"), and
# remarks or step names standing alone before or instead of a name ("lastig.", "jammer. goed,
# effecten.").
FILLER_LEAD_RE = re.compile(
    r"^(?:(?:ok(?:ay|e|é)?|oké|so|well|right|alright|um+|uhm*|uh+|eh+m?|hm+|ah|oh|o|nou(?:\s+ja)?|"
    r"tja|ja|yes|yeah|maybe|perhaps|probably|possibly|misschien|waarschijnlijk|wellicht|"
    r"idd|inderdaad|indeed|eigenlijk|actually|basically|dus|"
    r"(?:over|about)(?= (?:de|het|the|onze|our) )|"  # "over de boeren: ...": what it is about
    r"i'?d say|i would say|i think(?! (?:\w+ )?of)|i guess|i suppose|"
    r"ik zou (?:zelf |wel |dan )?zeggen|"
    r"ik denk(?! (?:\w+ )?aan)|zeg maar|"
    r"let'?s say|laten we zeggen|even denken|eens kijken|let me think|let'?s see|dan|then|"
    r"natuurlijk|uiteraard|of course|obviously|sowieso|zeker|certainly|definitely|vooral|"
    r"especially|esp\.?|espec\.?|mainly|mostly|in particular|met name|m\.n\.|vnl\.?|incl\.?|"
    r"including|inclusief|waaronder|also|ook|en|"
    r"and|plus|"
    r"verder|daarnaast|"
    r"bovendien|besides(?: that)?|additionally|furthermore|"
    r"tot slot|finally|lastly|ten slotte|maar|but|wel|daarna|then|in de eerste plaats|"
    r"eerst|first(?: of all)?|vervolgens|volgens mij|wat mij betreft|in elk geval|in ieder geval|"
    r"in any case|"
    r"(?:lastig|moeilijk|goede vraag|goeie vraag|lastige vraag|good question|tricky|"
    r"hard to say|tough one|jammer|helaas|goed|mooi|top|prima|pity|too bad|shame|good|fine|"
    r"not sure|niet zeker|geen idee|no idea|weet ik niet|"
    r"great|nice|effecten|effects|waarden|values|opties|options|actoren|actors|volgende|next)"
    r"(?=\s*[,.!?:;]|$))(?![\w'])[\s,.:;!?-]*)+",
    re.IGNORECASE,
)
# Hedges and remarks after a name ("de ouders denk ik", "the parents I guess", "de raad
# natuurlijk", "the council (not the mayor)").
HEDGE_TAIL_RE = re.compile(
    r"(?:[\s,]+(?:i guess|i think|i suppose|i'?d say|i would say|denk ik|zou ik zeggen|lijkt me|"
    r"natuurlijk|uiteraard|of course|obviously|ook|too|also|as well|toch|right|enzo|"
    r"en zo|and so on|etc|enzovoort|zeg maar|or so|of zo|ofzo|of zoiets|or something|"
    r"or whatever|or sth|i'?m afraid|vermoed ik|in elk geval|"
    r"in ieder geval|at least|anyway|sowieso|volgens mij|wat mij betreft|i reckon|maybe|perhaps|"
    r"probably|possibly|misschien|wellicht|waarschijnlijk|obvs|obv|ofc|eigenlijk|actually|"
    r"haha+|hihi|lol)\b[\s?.!]*)+$|"
    r"\s*\([^)\s]+\s[^)]*\)",
    re.IGNORECASE,
)
# The user's own question about who is involved, answered in the same sentence ("who's
# involved, hmm, the parents, the school"; "wie nog meer.. de ouders"; the answer must name
# people).
SELF_QUESTION_RE = re.compile(
    r"^(?:wie|who)(?:'s|'re)?\b[^,:;?]{0,50}?(?:\?|[,:;]|\.\.+|\s-+\s)\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_PERSON_LEAD = r"^(?:(?:mijn|m'n|onze|ons|een|de|het|my|our|a|the)\s+)?"
# Someone in a story: "mijn collega van handhaving zei al dat ...", "the ward nurse told me
# that ...": the one who speaks is involved (for a colleague: the team they work in). Only
# verbs of saying, before what was said ("de bewoners vinden sneller een plek" tells no story).
# The passive in front of a telling verb ("applicants are not told that ..."): no teller.
_NOT_TELLER = r"(?!(?:are|is|were|was|been|being|get|gets|got|worden|wordt|werd|werden)\b)"
# A report said without "that" before what was said (English): "judges say children now get
# ...", "our members tell us older claimants feel ...": what was said may open with people.
BARE_REPORT_RE = re.compile(
    _PERSON_LEAD
    + r"(?P<who>"
    + _NOT_TELLER
    + r"[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:say|says|said|tell\s+(?:us|me)|told\s+(?:us|me)|"
    r"report|reports|reported|notice|noticed|find|found)\s+(?P<rest>\w.*)$",
    re.IGNORECASE,
)
REPORTER_RE = re.compile(
    _PERSON_LEAD
    + r"(?P<who>"
    + _NOT_TELLER
    + r"[\w'-]+(?:\s+"
    + _NOT_TELLER
    + r"[\w'-]+){0,4}?)(?:\s+(?:al|ook|nog|laatst|onlangs|"
    r"gisteren|toen|already|also|just|recently|yesterday|once))*\s+(?:zei|zegt|zeggen|zeiden|"
    r"vertelde|vertelt|vertellen|waarschuwde|waarschuwt|merkte op|klaagt|klaagde|said|says|"
    r"told|tells|warned|warns|noticed|complained|complains|mentioned|mentions|melden|meldt|"
    r"meldden|signaleren|signaleert|report|reports|reported|say)"
    r"(?:\s+(?:me|mij|ons|us|him|her|hem|haar|al|ook|already|also|laatst|once))*"
    r"\s*(?:\bdat\b|\bthat\b|:|,|\b(?:it|they|he|she|we|there|het|ze|hij|zij|er)\b)",
    re.IGNORECASE,
)
# The subject of what a team's member is said to say when it is about the team itself ("mijn
# collega van handhaving zegt dat ze ...", "a colleague from the desk says we ...").
TEAM_PRONOUNS = frozenset(("ze", "zij", "we", "wij", "they", "hun", "their", "our", "onze"))
# A short clause that only says how people feel ("de ouders zijn blij", "fraud team is happy",
# "horeca is tevreden"): the clause after it says what about.
FEELING_RE = re.compile(
    r"^(?:(?:de|het|onze|ons|the|our)\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|zijn|are|was|waren|"
    r"were)\s+(?:(?:erg|heel|echt|best|wel|ook|zo|very|really|quite|so|also|pretty)\s+)*"
    r"(?:super|dol)?(?:blij|happy|glad|tevreden|pleased|content|enthousiast|enthusiastic|bang|scared|"
    r"afraid|boos|angry|bezorgd|worried|ongerust|upset|teleurgesteld|disappointed|opgelucht|"
    r"relieved|kwaad|furious)$",
    re.IGNORECASE,
)
# Whom an effect is for, inside its clause ("minder papierwerk voor de handhavers", "stressful
# for students", "wasted trips for our controllers"): those people are its actor.
FOR_WHOM_RE = re.compile(
    r"\b(?:voor|for)\s+(?P<who>(?:(?:de|het|the|our|onze|ons|hun|their)\s+)?[\w'-]+"
    r"(?:\s+[\w'-]+){0,2})",
    re.IGNORECASE,
)
# Words for the speaker that name nobody in particular ("ze zei", "iemand zei", "it says").
NOT_A_SPEAKER = frozenset((
    "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "men", "het", "dat", "dit", "iemand",
    "i", "you", "he", "she", "they", "we", "it", "that", "this", "someone", "somebody", "one",
))  # fmt: skip
# A colleague or boss named by the team they work in ("collega van handhaving", "a colleague
# from enforcement", "iemand bij de GGD").
COLLEAGUE_RE = re.compile(
    r"^(?:collega'?s?|colleagues?|iemand|someone|somebody|manager|leidinggevende|baas|boss|"
    r"teamleider|team lead)\s+(?:van|bij|uit|in|from|at|in)\s+(?:de\s+|het\s+|the\s+)?"
    r"(?P<team>.+)$",
    re.IGNORECASE,
)
# What someone does in the case, said of them: a role, not an effect ("de leverancier levert de
# camera's", "the supplier maintains the servers").
ROLE_RE = re.compile(
    _PERSON_LEAD + r"(?P<who>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:levert|leveren|beheert|beheren|"
    r"bouwt|bouwen|onderhoudt|onderhouden|ontwikkelt|ontwikkelen|installeert|installeren|host|"
    r"hosten|delivers|deliver|supplies|supply|builds|build|maintains|maintain|develops|develop|"
    r"installs|install|hosts)\s+(?P<what>(?:de|het|een|die|alle|onze|hun|the|a|an|all|our|their|"
    r"its|this|that)\b.+)$",
    re.IGNORECASE,
)
# Who some people are ("dijkwachters zijn deels vrijwilligers die ...", "the interpreters are
# mostly freelancers"): a description of them, no effect; the people it names are involved.
IDENTITY_RE = re.compile(
    _PERSON_LEAD + r"(?P<who>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:zijn|is|are)\s+"
    r"(?:(?:deels|vaak|meestal|grotendeels|allemaal|ook|bijna|mostly|often|partly|largely|all|"
    r"also|nearly|usually)\s+)*(?P<what>[\w'-]+(?:\s+[\w'-]+)?)(?:\s+(?:die|dat|who|that)\b.*)?"
    r"[.!]?$",
    re.IGNORECASE,
)
# A subject put in front and taken up again ("mensen met een uitkering, die worden ...",
# "people on benefits, they get ...", "the cleaners, who ...", "de boeren, hun land ...").
POSSESSIVES = frozenset(("hun", "their"))
DISLOCATED_RE = re.compile(
    r"^(?P<who>[^,;:]{2,60}?),\s*(?:(?:die|dat|zij|ze|they|who)\s+|(?=(?:hun|their)\s+\w))"
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
# Verbs that need an object, said bare after a name ("MPs who ask", "burgers die aanvragen"):
# the clause says no more than the name, so it is left out of it.
BARE_OBJECT_VERBS = frozenset((
    "ask", "asks", "use", "uses", "read", "reads", "send", "sends", "receive", "receives", "get",
    "gets", "apply", "applies", "request", "requests", "vragen", "vraagt", "gebruiken",
    "gebruikt", "lezen", "leest", "sturen", "stuurt", "ontvangen", "ontvangt", "krijgen",
    "krijgt", "aanvragen", "vraagt aan", "pays", "pay", "betaalt", "betalen", "decides",
    "beslist", "funds", "financiert",
))  # fmt: skip
# Subjects that name people in general, not a group ("mensen die ...", "people who ...").
GENERIC_SUBJECTS = frozenset(("mensen", "people", "wie", "whoever", "iedereen", "everyone"))
# Words for one person in general as the subject of an effect ("dan krijgt iemand een stempel",
# "anyone with a tic gets flagged"): the effect is about the public the case serves.
ANYONE_WORDS = frozenset(("iemand", "someone", "somebody", "anyone", "anybody"))
# A describing word before a word for people, joined to another by "en"/"and" ("dove en
# slechthorende inwoners", "older and younger residents", "deaf and blind residents"): Dutch
# inflected adjectives end in -e; English ones by their ending or from a short list.
DESCRIBING_ENDINGS = ("e", "ed", "ing", "ly", "ble", "ful", "ic", "ish", "ive")
DESCRIBING_WORDS = frozenset(
    (
        "deaf",
        "blind",
        "young",
        "old",
        "older",
        "younger",
        "elder",
        "poor",
        "sick",
        "ill",
        "mute",
        "local",
        "rural",
        "urban",
    )
)
# Words a piece of a sentence starts with that make it no name of people, when the reader took
# it for one (a label "mine would be: ...", "if so: ...", "voor mij gaat het om: ..."; the
# words before a clause "welke kamer er ...", "kunnen buurtconsulenten ...?", "aan bewoners"):
# the speaker, a condition, a question or modal word, or a preposition (Dutch and English).
FRAGMENT_LEADS = frozenset((
    # the speaker
    "mij", "me", "ik", "mine", "i", "i'm", "im", "i'd", "i've", "myself", "mijzelf",
    # a condition or a link to what was said before
    "if", "als", "indien", "zo", "so", "then", "dan", "anders", "otherwise",
    # a question or a modal verb
    "welke", "welk", "wat", "which", "what", "kunnen", "kan", "kun", "moet", "moeten", "zou",
    "zouden", "mag", "mogen", "can", "could", "should", "would", "will", "must", "may", "shall",
    # a preposition: the people are the object of what went before
    "aan", "to", "tegen", "towards", "via", "of",
    # an object pronoun or a question back: what went before is about them ("them it's partly")
    "them", "him", "hen", "hem", "bedoelt", "bedoel", "mean",
    # no one or anyone in particular ("no staff to write it", "everyone on the motorway")
    "no", "geen", "nobody", "niemand", "everyone", "everybody", "iedereen", "anyone", "iemand",
    # a time or a comparison that opens a sentence ("Straks moet ze ...", "afterwards she's
    # afraid ...", "like older people ...", "met de camera zagen ze ...")
    "straks", "nu", "toen", "vroeger", "daarna", "soon", "now", "afterwards", "afterward",
    "like", "zoals", "bij", "met", "with",
))  # fmt: skip
# Words for anyone at all: a clause with one of them is about no group in particular ("nobody
# can see why", "niemand weet wat de camera doet"), not the people of the clause before it.
NO_GROUP_WORDS = frozenset((
    "nobody", "niemand", "everyone", "everybody", "iedereen", "anyone", "iemand", "someone",
    "men", "je", "you", "we", "wij", "ik", "i", "us", "ons",
))  # fmt: skip
# Words of the method inside a piece of a sentence ("effects i hear: ...", "values we share:
# ..."): a lead-in to the step, not people.
METHOD_NAME_WORDS = frozenset((
    "effect", "effects", "effecten", "value", "values", "waarde", "waarden", "option",
    "options", "optie", "opties", "actor", "actors", "actoren",
))  # fmt: skip
# Endings of a plural ("advocaten", "lawyers", "parties"): a group named after one of them.
PLURAL_ENDINGS = ("s", "en", "ies")
# Short words that may follow a word for people inside a name ("dronepiloot vh bedrijf",
# "supervisor at parks", "gemeente ivm de vergunning"); another word there after a word for
# people makes a clause without its verb recognised ("kinderen beschermen tegen pesten", "the
# officer stays responsible"), no name (Dutch and English).
NAME_LINKS = frozenset((
    "vh", "vd", "v/d", "at", "bij", "aan", "near", "bij", "rond", "around", "under", "onder",
    "ivm", "i.v.m.", "en", "and", "&", "uit", "in", "op", "from", "via", "per", "(",
))  # fmt: skip
# "Add" with only names as its object ("voeg de Fryske Akademy en de wijkraad nog toe", "add the
# Rotary Club and the caretakers too"): people for the list of actors, at any step.
ADD_NAMES_RE = re.compile(
    r"^(?:(?:and|en|also|ook|plus|oh|o|ok|oké|oke)\s*,?\s+)?(?:please\s+)?(?:add|voeg|vul\s+(?:nog\s+)?aan\s+met|aanvullen\s+met)\s+"
    r"(?P<who>.+?)(?:\s+(?:nog|ook|er|even|maar|graag))*(?:\s+(?:toe|bij|erbij))?"
    r"(?:\s+(?:too|as\s+well|also|please))?"
    r"(?:\s*,\s*(?:they|die|ze|zij|want|omdat|because|since)\b[^.!?]*)?\s*[.!]?$",
    re.IGNORECASE,
)
# Putting parties on the list in other words than "add" ("include the port then", "zet de
# notaris er maar bij", "put the union on the list", "neem de wijkraden mee").
INCLUDE_NAMES_RE = re.compile(
    r"^(?:(?:and|en|also|ook|plus|oh|o|ok|okay|oké|oke|so|dus|then|dan)\s*,?\s+)*(?:please\s+)?"
    r"(?:include\s+(?P<who>.+?)|(?:put|zet|neem)\s+(?P<put>.+?)\s+(?:(?:also|too|ook|nog|maar|dan|"
    r"even)\s+)*(?:on\s+(?:the|my|our)\s+(?:actors?\s+)?list|op\s+de\s+(?:actoren)?lijst|"
    r"er\s*(?:(?:ook|nog|maar|dan|even)\s+)*bij|mee))"
    r"(?:\s+(?:then|dan|too|also|as\s+well|ook|nog|maar|please|graag))*\s*[.!]?$",
    re.IGNORECASE,
)
ADDED_NAME_WORDS = 4  # "de Fryske Akademy", not a measure told at length
ADDED_NAMES_MAX = 5
# People written in chat shorthand ("lln worden gefilmd", "older pts drop out", "mdw moeten
# ..."): spelled out, so the effect finds whom it is about. Not after a number ("5 pts").
PEOPLE_SHORTHANDS = {
    "lln": "leerlingen", "ptn": "patiënten", "mdw": "medewerkers", "mdws": "medewerkers",
    "pts": "patients", "pt's": "patients", "studs": "students", "ppl": "people",
}  # fmt: skip
PEOPLE_SHORTHAND_RE = re.compile(
    r"(?<!\d\s)(?<!\d)\b(?:" + "|".join(re.escape(w) for w in PEOPLE_SHORTHANDS) + r")\b",
    re.IGNORECASE,
)
# A group named with a clause after it ("de scholen die de hallen overdag gebruiken", "tenants
# who rent a garage"): a name, however long, not a sentence about something.
NAME_WITH_CLAUSE_RE = re.compile(
    r"^(?:(?:de|het|the|onze|our)\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:die|dat|wie|who|that|which)\s",
    re.IGNORECASE,
)
# A pointing word in front of a group that opens a clause ("die subsidieadviseurs gaan ...",
# "those volunteers will ..."): the group follows.
POINTING_LEAD_RE = re.compile(r"^(?:die|deze|those|these)\s+(?=\w)", re.IGNORECASE)
# A word of quantity or part in front of a group ("sommige cliënten", "veel ouders", "de meeste
# dijkwachters", "most of the tenants", "a lot of volunteers", "some of the younger volunteers"):
# how many of them, not part of the group's name; the group follows.
QUANTITY_LEAD_RE = re.compile(
    r"^(?:(?:de|het|the)\s+)?(?:(?:many|most|some|all|half|a\s+few|several|veel|sommige|enkele|"
    r"een\s+paar|een\s+aantal|een\s+deel|de\s+helft)\s+"
    r"(?:of|van)|sommige|enkele|veel|vele|meeste|een\s+paar|een\s+aantal|een\s+hoop|bepaalde|"
    r"bijna\s+alle|alle|some|many|most|a\s+few|several|certain|a\s+lot\s+of|lots\s+of|"
    r"plenty\s+of|a\s+number\s+of|(?:almost|nearly)\s+all|all|(?:the\s+)?majority\s+of)\s+"
    r"(?:(?:de|het|the|onze|our|hun|their|those|these|die|deze)\s+)?(?=\w)",
    re.IGNORECASE,
)
# Who carries out a measure, named after "door"/"by" ("een steekproef door de teamchef", "a
# weekly review by senior consular staff"): a party involved, though named only in the option;
# not the speaker's own ("checked by our DPO": "our" names no party).
OPTION_AGENT_RE = re.compile(
    # not "door" of a verb before a preposition ("verwijst door naar een verpleegkundige")
    r"\b(?:door(?!\s+(?:naar|met|op|in|aan|te|voor|tot|bij|om|en|of)\b)|by)\s+"
    r"(?:(?:de|het|een|the|a|an)\s+)?"
    r"(?P<who>[\w'-]+(?:\s+[\w'-]+){0,2})",
    re.IGNORECASE,
)
# Who carries out a measure without naming a party ("door een collega", "by a human").
ANYONE_AGENTS = frozenset((
    "collega", "colleague", "collega's", "colleagues", "mens", "human", "persoon", "person",
    "iemand", "someone", "mensen", "people", "team",
))  # fmt: skip
# Words that make a party one more of a kind ("door een tweede coördinator", "by another
# nurse"): the kind is the party.
ONE_MORE_WORDS = frozenset((
    "tweede", "derde", "andere", "ander", "extra", "second", "third", "another", "other",
))  # fmt: skip

# People named as the ones who notice what the clause before tells ("..., dat merken de huurders
# echt", "..., and the drivers feel it", "..., which the nurses notice"): whom it is an effect for.
NOTICED_BY_RE = re.compile(
    r"[,;]\s*(?:(?:en|and|maar|but)\s+)?(?:dat|dit|that|which)\s+(?:(?:merken|voelen|zien|ervaren|"
    r"merkt|voelt|ziet|ervaart|notice|feel|see|noticed|felt)\s+(?P<people>(?:de|het|onze|the|"
    r"our)\s+\w+)|(?P<people2>(?:the|our)\s+\w+)\s+(?:notice|feel|see|noticed|felt)\b)",
    re.IGNORECASE,
)
# A question tag typed after a list ("..., and the woo people right?", "..., en de GGD toch?"):
# the list does not ask anything.
LIST_TAG_RE = re.compile(r"\s+(?:right|toch|or not|of niet)\s*(?=\?\s*$)", re.I)
# A reason after the last name of a list ("..., and people who file requests because the
# transcripts are public", "..., en de GGD want die doet preventie"): no part of the name.
LIST_REASON_RE = re.compile(r"\s+(?:because|since|want|omdat|aangezien)\s[^,]*$", re.I)
# People the technology stands in for, named after its verb ("scanauto's die kentekens scannen
# ipv handhavers die lopen", "read plates instead of wardens"): the group, without the lead.
INSTEAD_OF_LEAD_RE = re.compile(
    r"^(?:ipv|i\.p\.v\.?|in\s+plaats\s+van|instead\s+of|rather\s+than)\s+", re.IGNORECASE
)
# A message that opens with a label for the actors ("who: ...", "betrokken: ...", "stakeholders
# - ..."): a list of actors, also while the case is asked.
ACTORS_LABEL_RE = re.compile(
    r"^(?:(?:ok[eé]?|oké|en|and|so|dus)[,\s]+)?(?:who|wie|betrokken(?:en)?|actoren|actors|"
    r"stakeholders|belanghebbenden|partijen|parties|involved|people\s+involved)\s*(?::|\s-+\s)",
    re.IGNORECASE,
)
# A remark in brackets after a group that names the part of it meant ("night passengers (lots
# of students and women travelling alone)", "bewoners (vooral ouderen, maar ook gezinnen)",
# "the people looked for (missing persons but also suspects)"): the lead that says so, and the
# joints between the parts; its parts are actors of their own.
GROUP_PART_LEAD_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:(?:lots\s+of|a\s+lot\s+of|many|plenty\s+of|veel|vele|also|ook|"
    r"especially|esp\.?|vooral|met\s+name|in\s+particular|in\s+het\s+bijzonder|particularly|"
    r"some|sommige|enkele|several|including|incl\.?|waaronder|onder\s+wie|but\s+also|"
    r"maar\s+ook)\s+)+",
    re.IGNORECASE,
)
GROUP_PART_JOINT_RE = re.compile(
    r"\s*[,+;/]\s*|\s+(?:en|and|plus|or|but\s+also|maar\s+ook|as\s+well\s+as)\s+", re.IGNORECASE
)
GROUP_PART_WORDS = 5  # a part is a short name ("women travelling alone"), not a clause
# The words of such an addition that put the party on the list itself ("X hoort er ook bij",
# "X should be on the list", "X belongs on the actor list"): the party is an actor whatever word
# names it ("de huurdersvereniging", "the safety region"); "X wants a say" needs people.
LISTED_ADDITION_RE = re.compile(
    r"\b(?:er\s*(?:(?:ook|nog|zeker|natuurlijk|uiteraard|eigenlijk|wel|echt|dus|toch|even|maar)"
    r"\s+)*bij|op\s+de\s+(?:actoren)?lijst|(?:in|on)\s+(?:the|my|our|this|that)\s+(?:actors?\s+)?"
    r"list|be\s+(?:added|included|listed|in\s+there|on\s+there|an\s+actor)|"
    r"belongs?\s+(?:in it|there)|"
    r"als\s+actor(?:en)?|as\s+(?:an?\s+)?actors?)\b",
    re.IGNORECASE,
)
# Words for a party that say only what kind of body it is ("het bedrijf dat de tours maakt",
# "the company that builds the glasses"): the clause after it says which one, and stays.
GENERIC_PARTY_HEADS = frozenset((
    "bedrijf", "bedrijven", "company", "companies", "firm", "firms", "firma", "organisatie",
    "organisaties", "organisation", "organisations", "organization", "organizations", "partij",
    "partijen", "party", "parties", "bureau", "agency", "instantie", "instanties", "stichting",
    "foundation",
))  # fmt: skip
# Words that alone name nobody in particular ("People", "Mensen", "Others", "Us"): as the whole
# of a new actor's name, a piece of a sentence ("the people being looked for (...)").
ANYONE_NAMES = frozenset((
    "mensen", "people", "personen", "persons", "iedereen", "everyone", "everybody", "groep",
    "group", "groepen", "groups", "others", "anderen", "us", "ons", "wij", "we",
))  # fmt: skip

# An item of a list of people that goes on with whoever else it may be ("hun kinderen of wie
# het bericht krijgt", "their children or whoever gets the text", "the GP or anyone who ..."):
# the people named, the rest no part of their name.
OR_WHOEVER_RE = re.compile(
    r"\s+(?:or|of)\s+(?:whoever|anyone\s+(?:who|else)|anybody\s+(?:who|else)|wie\s+(?:er\s+)?"
    r"(?:ook\s+|dan\s+)?|iemand\s+anders|wie\s+dan\s+ook)\b.*$",
    re.IGNORECASE,
)
# A word after a group's name that stresses the group itself ("voor de IND zelf: ...", "for the
# hospital itself: ..."): no part of the name.
ITSELF_TAIL_RE = re.compile(r"\s+(?:zelf|zelve|itself|themselves|ourselves)$", re.IGNORECASE)
# A label that points at a thing said before ("dat vergelijken met de buren: ...", "this ranking
# thing: ..."): its topic, no group, unless the word after the pointer is people ("dat team").
THING_POINTER_RE = re.compile(r"^(?:dat|dit|that|this)\s+(?P<head>[\w'-]+)", re.IGNORECASE)

# The people who live near the thing, by one word ("de buren", "omwonenden", "the neighbours")
# and by a description an actor may be named with ("mensen die bij de brug wonen", "people
# living near the bridges", "residents close to the site"): the same group.
NEIGHBOUR_WORDS = frozenset(
    {"buren", "omwonenden", "buurtbewoners", "neighbours", "neighbors", "neighbourhood",
     "neighborhood"}
)  # fmt: skip
LIVING_NEAR_RE = re.compile(
    r"\b(?:living|live|lives|wonen|wonend|wonende|woont)\s+(?:(?:right|vlak|dicht)\s+)?"
    r"(?:near|next\s+to|close\s+to|around|along|by|beside|bij|naast|langs|rond|vlakbij|"
    r"dichtbij|nabij|aan|in\s+de\s+buurt\s+van|om\s+)\b|"
    r"\b(?:near|bij|naast|langs|rond|nabij|close\s+to|next\s+to)\b[\w' -]{2,40}\b"
    r"(?:wonen|woont|live|lives)\b|\b(?:omwonend|nearby\s+residents|residents\s+(?:near|close\s+to|next\s+to|along|"
    r"around|nearby))",
    re.IGNORECASE,
)

# Whoever is meant, named by what they do or undergo, as a later item of a list of people ("and
# whoever is named in the documents", "wie er in de stukken staat"): the people who do so.
WHOEVER_RE = re.compile(
    r"^(?:(?:and|en|plus)\s+)?(?:(?P<en>whoever|anyone\s+who|anybody\s+who|everyone\s+who)|"
    r"(?P<nl>wie\s+er|iedereen\s+die|ieder\s+die))\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# The verb after "whoever" in the plural after "people who" ("whoever is named" -> "people who are
# named").
WHOEVER_VERBS = {"is": "are", "was": "were", "has": "have", "gets": "get", "does": "do"}
# The same in Dutch, where the verb ends the clause ("wie er in de brief staat" -> "mensen die in
# de brief staan").
WHOEVER_VERBS_NL = {
    "is": "zijn", "was": "waren", "wordt": "worden", "werd": "werden", "heeft": "hebben",
    "staat": "staan", "krijgt": "krijgen", "gaat": "gaan", "komt": "komen", "woont": "wonen",
    "werkt": "werken", "zit": "zitten", "moet": "moeten", "kan": "kunnen", "wil": "willen",
}  # fmt: skip
