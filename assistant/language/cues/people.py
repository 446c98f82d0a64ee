"""Who is involved: head words of people and organisations, actor groups and the invitation
group, abbreviations that name a body or not, and the attendees and parties of pasted minutes
and memos ("Aanwezig: ...", "From: ...", "Ahmed from the app vendor") (Dutch and English).
Lists of actors are in ``actor_lists`` and ``actor_list_items``, where a name starts and ends
in ``actor_names``, people inside other sentences in ``people_in_sentences``."""

from __future__ import annotations

import re

from assistant.domain.session import ActorGroup

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
    "onderzoeker", "researcher", "drone pilot", "dronepilot", "piloten", "piloot ", "pilots ",
    # who oversees work on site ("de opzichters", "the site foremen")
    "opzichter", "foreman", "foremen", "warden",
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
    # people by sex or age, owners in the plural, and trades whose plural no ending above finds
    # ("vrouwen krijgen ...", "the kids", "de eigenaren", "de leerkrachten", "radiologen", "de
    # decanen", "secretaries", "schade-experts")
    "vrouwen", "mannen", "kids", "eigenaren", "leerkracht", "radiolo", "patholo", "psycholo",
    "cardiolo", "neurolo", "decaan", "decanen", "student dean", "secretaris", "secretariss",
    "secretaries", "secretary", "experts", "deskundige", "dierenarts", "vets ", "soldaten",
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
