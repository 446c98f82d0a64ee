"""Arrangements of the organisation that decide an option's kind whoever is named in it, and
what people receive to learn (Dutch and English): a cap on staff workload ("no agent handles
more than 20 cases a day", "consulenten minder dossiers per week"), staff taking turns
("medewerkers rouleren"), the order of steps and who is heard first ("the tenant is always
heard first", "altijd eerst contact met de wijkagent") and what is made public or fed back
("het overzicht openbaar", "report the outcome back to the school"): environment; training or
an explanation people get ("ouders krijgen uitleg over wat een signaal betekent", "the panel a
course on bias"): human."""

from __future__ import annotations

import re

# A cap on how much staff take on, or work spread so that nobody carries it all: "no agent
# handles more than 20 a day", "maximaal 30 dossiers per week", "minder adressen per week",
# "nobody does the hard calls all day", "niemand de hele dag".
WORKLOAD_CAP_RE = re.compile(
    r"\b(?:no|niet|geen)\s+(?:\w+\s+){1,2}?(?:handles?|does|takes?|checks?|doet|behandelt|"
    r"neemt|krijgt)\s+(?:more\s+than|meer\s+dan)\s+\d+|"
    r"\b(?:niet|nooit)\s+(?:\w+\s+){0,2}?meer\s+dan\s+\d+\s+(?:[\w-]+\s+){0,3}?(?:per|a|an|each|in\s+de|op\s+een)\s+"
    r"(?:dag|week|maand|dienst|day|week|month|shift)\b|"
    r"\b(?:maximaal|hooguit|ten\s+hoogste|at\s+most|no\s+more\s+than|max(?:imum)?(?:\s+of)?)\s+"
    r"\d+\s+(?:[\w-]+\s+){0,3}?(?:per|a|an|each)\s+(?:dag|week|maand|dienst|day|week|month|"
    r"shift)\b|"
    r"\b(?:minder|fewer|less)\s+(?:[\w-]+\s+){0,2}?(?:per|a|an|each)\s+(?:dag|week|maand|dienst|"
    r"day|week|month|shift)\b|"
    r"\b(?:nobody|no\s+one|niemand)\s+(?:\w+\s+){0,5}?(?:all\s+day|the\s+whole\s+day|"
    r"de\s+hele\s+dag|hele\s+dagen|all\s+week|de\s+hele\s+week)\b|"
    r"\b(?:rotate|rotating|rotation|rouleren|rouleert|roulatie|take\s+turns|taking\s+turns|"
    r"om\s+de\s+beurt|beurtelings|wisselen\s+elkaar\s+af)\b",
    re.IGNORECASE,
)
# The order of a procedure's steps, and who is heard or contacted first: "a staff member calls
# first", "the student is always heard first", "altijd eerst contact met het wijkteam", "de
# uitslag komt pas op tafel nadat het team zelf een advies heeft".
STEP_ORDER_RE = re.compile(
    r"\b(?:calls?|belt|bellen|gebeld|contacts?|contacted|heard|gehoord|hoort|horen|spoken\s+to|"
    r"heard\s+by)\s+(?:\w+\s+){0,2}?(?:first|eerst)\b|"
    r"\b(?:first|eerst)\s+(?:\w+\s+){0,1}?(?:gehoord|heard|gebeld|called|gesprek|"
    r"een\s+gesprek|a\s+conversation|a\s+call)\b|"
    r"\b(?:first|eerste|eerst)\s+contact\s+(?:is|met|with|by|via|door|always|altijd|gaat|goes)\b|"
    r"\b(?:altijd|always)\s+(?:eerst|first)\s+(?:contact|gesprek|een\s+gesprek|gehoord|heard|"
    r"a\s+call|a\s+conversation)\b|"
    r"\b(?:komt|komen|gaat|goes|comes|is\s+shown|wordt\s+getoond|shown|opened)\s+(?:\w+\s+){0,3}?"
    r"(?:pas|only)\s+(?:\w+\s+){0,3}?(?:nadat|na|after|once)\b",
    re.IGNORECASE,
)
# What is made public, kept internal or fed back to others: "het dashboard openbaar maar de
# rest intern", "make the figures public", "de uitkomst terugkoppelen aan de school", "report
# the result back to the garage"; told to the public in a campaign, on the website or in the
# newsletter ("in de publiekscampagne uitleggen dat ...", "explain on the website that ...").
PUBLISHING_RE = re.compile(
    # predicative only: "het dashboard openbaar maar ...", not "een openbaar dashboard"
    r"\bopenbaar(?=\s*(?:$|[.,;:!)])|\s+(?:maken|gemaakt|maakt|maar|en|zijn|is|wordt|worden|"
    r"blijft|blijven|voor\s+iedereen|toegankelijk|beschikbaar|te\s+zien|inzichtelijk)\b)|"
    r"\bpublicly\b|"
    # "de meetgegevens worden publiek", "publiek maken" (not "voor het publiek")
    r"\b(?:wordt|worden|is|zijn|blijft|blijven|maak|maken)\s+(?:[\w-]+\s+){0,2}?(?<!\bhet\s)"
    r"publiek\b(?!\s+(?:van|kan|mag|ziet))|\bpubliek\s+(?:maken|gemaakt)\b|"
    r"\b(?:make|makes|made|making|is|are|be|goes|go|stays?)\s+(?:[\w-]+\s+){0,4}?public\b|"
    r"\bpublic(?:ly)?\s+available\b|"
    r"\b(?:alleen|only|uitsluitend)\s+intern\b|\binternal\s+only\b|"
    r"\b(?:terugkoppel\w*|koppel\w*\s+(?:\w+\s+){0,4}?terug|(?:report|feed)\w*\s+(?:\w+\s+){0,4}?"
    r"back\s+to)\b|"
    r"^(?:in|op|on|via|through)\s+(?:de|het|een|the|a|an|our|onze|ons)\s+[\w-]*(?:campagne|"
    r"campaign|website|nieuwsbrief|newsletter|folder|leaflet|krant|newspaper)\b",
    re.IGNORECASE,
)
# Training or an explanation people get, also with no verb in a short note ("de commissie een
# training over bias", "caregivers get an explanation about what an alert means"): what they
# learn, so human, whoever they are.
LEARNING_RECEIVED_RE = re.compile(
    r"\b(?:krijgt|krijgen|ontvangt|ontvangen|volgt|volgen|gets?|receives?|takes?|follows?|"
    r"^\S+(?:\s+\S+){0,2}?)\s+(?:een\s+|a\s+|an\s+)?(?:korte\s+|short\s+|verplichte\s+|"
    r"mandatory\s+)?(?:training|cursus|uitleg|scholing|bijscholing|explanation|course|workshop|"
    r"briefing|instructie|instruction)(?:\s+(?:over|about|on|in|op|van)\b|\s*[.,;!]?\s*$)",
    re.IGNORECASE,
)
# A session to learn or practise, for the people named after it ("training for investigators on
# tunnel vision", "een cursus voor de wijkagenten", "a session with judges about why ...",
# "uitleg in de klas"): what they learn, so human, whoever runs it.
LEARNING_FOR_RE = re.compile(
    r"\b(?:training|trainingen|cursus|cursussen|e-learning|scholing|bijscholing|workshops?|"
    r"oefensessies?|practice\s+sessions?|sessie|sessies|session|sessions|lessen|lessons?)\s+"
    r"(?:for|voor|with|met)\s+(?:(?:de|het|the|our|onze|all|alle|a|an|een)\s+)?(?P<who>[\w'-]+)"
    r"(?:\s+(?P<then>[\w'-]+))?",  # "sessions for older people": the word after an adjective
    re.IGNORECASE,
)
# Who takes the decision in the end ("a caseworker taking the final decision", "de consulent
# heeft altijd het laatste woord", "de arts bepaalt per bewoner of ..."): an arrangement of the
# procedure.
FINAL_SAY_RE = re.compile(
    r"\b(?:final\s+(?:decision|say|call)|last\s+word|laatste\s+woord|eindbeslissing|"
    r"eindoordeel|(?:beslist|bepaalt)\s+altijd|always\s+(?:decides|has\s+the\s+final))\b|"
    # who decides case by case ("de examencommissie beslist per vak", "the GP decides per patient")
    r"\b(?:beslist|bepaalt|beslissen|bepalen|decides?|determines?)\s+(?:\w+\s+)?(?:per|for\s+each|"
    r"case\s+by\s+case|van\s+geval\s+tot\s+geval)\b|"
    # the decision stays with a person ("ontslag blijft altijd een beslissing van de arts", "the
    # call remains with the officer", "de beslissing ligt bij de consulent")
    r"\b(?:blijft|blijven|remains?|stays?|is\s+always|is\s+altijd)\s+(?:altijd\s+|always\s+)?"
    r"(?:een\s+|de\s+|het\s+|a\s+|the\s+)?(?:beslissing|besluit|keuze|oordeel|decision|call|"
    r"judgement|judgment|choice)\s+(?:van|of|bij|with)\b|"
    r"\b(?:beslissing|besluit|decision|call)\s+(?:ligt|blijft|rests|stays|remains|lies)\s+"
    r"(?:altijd\s+|always\s+)?(?:bij|with)\b",
    re.IGNORECASE,
)
# A way kept as the fallback ("paper forms stay as the official backup", "de gewone sleutel als
# back-up laten bestaan", "het loket blijft als terugvaloptie"): an arrangement for when the
# technology fails or is not wanted, whatever way is kept.
FALLBACK_RE = re.compile(
    r"\b(?:as|als)\s+(?:(?:a|an|the|de|het|een)\s+)?(?:(?:official|officiële|vaste)\s+)?"
    r"(?:back-?up|fallback|terugvaloptie|achtervang|noodoplossing|uitwijkmogelijkheid)\b",
    re.IGNORECASE,
)
# An agreement made with another party, also with the verb split around it ("we spreken met de
# leverancier af dat ...", "afspraak met de vervoerder: ...", "we agree with the supplier that"):
# an arrangement, whatever people or systems the agreement is about.
AGREED_WITH_RE = re.compile(
    r"\b(?:spreken|spreek|spreekt|sprak|spraken)\s+met\s+(?:\S+\s+){1,5}?af\s+dat\b|"
    r"\b(?:afspraak|afspraken|agreement|agreements)\s+met\s+|"
    r"\b(?:agree|agrees|agreed)\s+with\s+(?:the|our|a|an)\s+\w+",
    re.IGNORECASE,
)
# Where data is kept by jurisdiction ("data stored in the EU", "audio blijft binnen de EU", "EU-only
# storage"): a legal requirement laid on those who keep it, whatever system holds the data.
DATA_JURISDICTION_RE = re.compile(
    r"\b(?:in|within|binnen|inside)\s+(?:the\s+|de\s+)?(?:eu|e\.u\.|europe|europa|"
    r"european\s+union|europese\s+unie|eer|eea)\b|\beu[- ](?:only|based|servers?|storage)\b",
    re.IGNORECASE,
)
# Data that goes to someone, or is shared with them ("data goes to the company doctor only",
# "de gegevens gaan alleen naar de meldkamer", "beelden worden gedeeld met de politie"): who gets
# it is an arrangement (the one it goes to is not a system).
DATA_SHARED_RE = re.compile(
    r"\b(?:data|gegevens|beelden|images|footage|opnames|recordings|uitkomsten|results|scores|"
    r"meetgegevens|persoonsgegevens)\s+(?:\w+\s+){0,2}?(?:goes|go|gaan|gaat|shared|gedeeld|"
    r"doorgegeven|passed\s+on|sent|gestuurd|verstuurd)\s+(?:\w+\s+){0,2}?(?:to|naar|with|met|aan)"
    r"\s+(?:(?:de|het|een|the|a|an|our|onze)\s+)?(?P<who>[\w'-]+)",
    re.IGNORECASE,
)
