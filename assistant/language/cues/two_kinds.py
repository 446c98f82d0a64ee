"""Measures that are defensibly of two kinds, so that the joint choice of kinds may give them
either (Dutch and English): a bound on what the technology may do, laid down or built in ("een
vaste dienstregeling waar het algoritme niet aan mag komen", "the model may never lower a
score"); a consent setting of a channel or system, a setting or people's own choice ("WhatsApp
alleen als je je zelf aanmeldt", "reminders by text only for people who opt in"); and a channel
that stays open or goes ahead of a step, an arrangement or part of how the service is built
("de brief blijft altijd", "announce visits by letter a few days ahead")."""

from __future__ import annotations

import re

# The technology a bound is about: "het algoritme", "the model", "de app".
BOUND_SYSTEMS = frozenset((
    "systeem", "system", "model", "algoritme", "algorithm", "app", "tool", "software", "bot",
    "chatbot", "ai", "platform", "dashboard", "sensor", "camera", "scanner", "planner",
    "selectiemodel", "risicomodel", "rekenmodel",
))  # fmt: skip
# Words that may or must, and words that say not: together, after the technology, a bound on it
# ("waar het algoritme niet aan mag komen", "the model may never", "the tool cannot").
BOUND_MODALS = frozenset((
    "mag", "mogen", "may", "must", "kan", "kunnen", "can", "allowed", "cannot", "can't",
    "mustn't", "moet", "moeten",
))  # fmt: skip
BOUND_NEGATIONS = frozenset(("niet", "nooit", "geen", "never", "not", "no", "cannot", "can't",
                             "mustn't"))  # fmt: skip
BOUND_REACH = 6  # "het algoritme [rond schooltijden] niet aan mag komen"

# Joining or leaving by one's own choice: opt-in, opt-out, signing up, consent.
CONSENT_RE = re.compile(
    r"\b(?:opt[- ]?in|opt[- ]?out|opts?\s+(?:in|out)|opted\s+(?:in|out)|aanmeld\w*|afmeld\w*|"
    r"meld(?:t|en)?\s+(?:je|zich|zichzelf|jezelf|u)\s+(?:\w+\s+){0,2}?(?:aan|af)|"
    r"sign(?:s|ed)?\s+up|unsubscrib\w*|subscrib\w*|consent\w*|toestemming\s+(?:geeft|geven|"
    r"gegeven|vooraf)|zelf\s+(?:aan|uit)\s*zetten|turn\w*\s+(?:it\s+)?(?:on|off)\s+themselves)\b",
    re.IGNORECASE,
)
# A channel or system a consent setting is about ("WhatsApp", "sms", "de app", "notifications").
CHANNEL_SYSTEMS = frozenset((
    "whatsapp", "sms", "text", "texts", "e-mail", "email", "mail", "berichten", "bericht",
    "messages", "message", "notificaties", "notifications", "push", "app", "digitaal", "digital",
    "online", "portaal", "portal", "chat", "chatbot", "bot", "sensor", "sensoren", "sensors",
    "camera", "cameras", "camera's", "tracking", "locatie", "location", "systeem", "system",
))  # fmt: skip

# A channel to the people concerned that stays open or goes ahead ("de brief blijft altijd",
# "a paper form remains available", "we houden een loket open", "announce visits by letter a
# few days ahead").
CHANNEL_RE = re.compile(
    r"\b(?:brief|brieven|letter|letters|papier\w*|paper|post|balie|loket|desk|counter|telefoon\w*|"
    r"phone|telefonisch\w*)\b",
    re.IGNORECASE,
)
KEPT_OR_AHEAD_RE = re.compile(
    r"\b(?:blijft|blijven|behouden|bestaan|beschikbaar|stays?|remains?|available|kept|vooraf|"
    r"van\s+tevoren|ahead|in\s+advance|beforehand|aankondig\w*|kondig\w*\s+\w+\s+aan|announc\w*|"
    r"(?:houden|houdt|keep|keeps)\s+(?:\w+\s+){0,4}?open)\b",
    re.IGNORECASE,
)
# A say for the people affected ("leerlingen laten meebeslissen via de leerlingenraad", "tenants
# have a say in ..."): an arrangement of the organisation, or what those people do themselves.
SAY_RE = re.compile(
    r"\b(?:meebeslis\w*|beslis\w*\s+mee|meepraten|praten\s+mee|praat\s+mee|meedenken|"
    r"denken\s+mee|have\s+a\s+say|has\s+a\s+say|co-decid\w*|co-design\w*|inspraak|zeggenschap)\b",
    re.IGNORECASE,
)
# A check or judgement done by a person, told as an arrangement ("afspreken dat beschikkingen
# altijd door een vertaler worden nagelezen", "every report is read by an officer"): a procedure
# of the organisation, or the people's own work.
DONE_BY_PERSON_RE = re.compile(
    r"\b(?:door|by)\s+(?:een|de|het|a|an|the|twee|two)\s+(?:\w+\s+)??(?P<person>[\w'-]+)",
    re.IGNORECASE,
)
# A duty laid on someone to tell, give or account for something ("landlords have to give their
# tenants a letter", "the judge must motivate the amount", "de verhuurder moet een brief
# sturen"): a rule, or what those people do; not what they receive or learn.
DUTY_RE = re.compile(
    r"\b(?:have\s+to|has\s+to|must|need\s+to|needs\s+to|moet|moeten|verplicht\s+(?:om\s+)?)"
    r"\s+(?:(?:also|always|first|ook|altijd|eerst)\s+)?(?:\w+\s+){0,5}?(?:give|send|tell|"
    r"inform|explain|motivate|justify|report|publish|geven|sturen|vertellen|informeren|"
    r"uitleggen|motiveren|verantwoorden|melden|publiceren)\b",
    re.IGNORECASE,
)
# A right people are always given ("de verdachte mag altijd zelf kiezen", "the suspect may always
# choose", "tenants can always ask for a person"): people's own choice, or a rule that grants it.
RIGHT_GRANTED_RE = re.compile(
    r"\b(?:altijd\s+(?:\w+\s+){0,2}?(?:mag|mogen|kan|kunnen)|(?:mag|mogen|kan|kunnen)\s+altijd|"
    r"always\s+(?:be\s+)?(?:allowed|able|free)|(?:may|can)\s+always|has\s+the\s+right|have\s+the\s+right|"
    r"heeft\s+het\s+recht|hebben\s+het\s+recht)\b",
    re.IGNORECASE,
)
# A rule that nothing happens without a step ("geen kap zonder dat een boomverzorger de boom heeft
# gezien", "no fine without a person looking at it"): laid down, or the people's own check.
NONE_WITHOUT_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:geen|no|nooit|never)\s+(?:[\w'-]+\s+){0,4}?(?:zonder|without)\b",
    re.IGNORECASE,
)
# A feature that brings a person within reach ("a button to get a human", "een knop naar een
# medewerker", "a link to a real person"; not "the letter says how to reach a person"): built
# in, and the human contact it gives.
PERSON_REACHED_RE = re.compile(
    r"\b(?:button|knop|link|option|optie|menu|toets|number|nummer)\b[^.;]{0,20}?"
    r"\b(?:to\s+(?:get|reach|call|speak\s+to|talk\s+to)|naar|met)\s+(?:a|an|een)\s+"
    r"(?:real\s+|echte\s+|live\s+)?(?:human|person|mens|medewerker|employee|staff\s+member)\b",
    re.IGNORECASE,
)
# What a person does as a check ("checks", "controleert", "leest na", "reviews", "beoordeelt").
CHECK_WORDS = (
    "check", "controle", "controleer", "nalees", "nagelezen", "leest na", "lezen na", "review",
    "beoordeel", "bekijk", "inspect", "verify", "verifieer", "approve", "keur",
)  # fmt: skip
# A word of checking in a sentence, with what ends it ("controle", "controleur", "checks").
CHECK_WORD_RE = re.compile(r"\b(?:" + "|".join(CHECK_WORDS) + r")\w*", re.IGNORECASE)
# Plain words for a person, not a role ("door een mens", "by a human", "iemand van het team").
PLAIN_PERSON_WORDS = frozenset(("mens", "human", "iemand", "someone", "somebody", "mensen",
                                "humans", "people"))  # fmt: skip
# Endings of words for someone who does a task ("vertaler", "diver", "assessor", "analist").
DOER_ENDINGS = ("er", "or", "ist", "eur")
# Machines named like someone who does a task ("door een computer", "by a scanner"): no person.
MACHINE_WORDS = frozenset((
    "computer", "scanner", "server", "router", "printer", "filter", "tracker", "monitor",
    "detector", "sensor", "processor", "reader", "recorder", "timer", "meter", "counter",
    "register", "container", "generator", "calculator", "motor", "teller", "rekenmachine",
))  # fmt: skip
# Information handed to people or a desk staffed for their questions ("folder aanpassen zodat
# vrouwen weten ...", "crews get a leaflet", "een helpdesk voor kleine vervoerders"): the
# organisation's communication and service, or what those people get to learn and ask.
INFO_FOR_PEOPLE_RE = re.compile(
    r"\b(?:folder|folders|leaflet|leaflets|brochure|brochures|flyer|flyers|foldertje|"
    r"helpdesk\w*|help\s+desk|servicedesk|service\s+desk|hotline|klantenservice|"
    r"customer\s+service|informatiebalie|information\s+desk)\b",
    re.IGNORECASE,
)
# A letter or message to each person that says how or why their outcome came about ("elke
# vereniging krijgt een uitslagbrief waarin staat hoe hun uren tot stand kwamen", "a paragraph in
# the letter saying how the value was calculated"): communication of the organisation, or an
# explanation the system puts out with each outcome.
OUTCOME_EXPLAINED_RE = re.compile(
    r"\b(?:\w*brief|\w*letter|bericht|message|notice|mail|melding|notification)s?\s+"
    r"(?:\w+\s+){0,3}?(?:waarin|die|dat|that|which|saying|stating|says|zegt|vermeldt|explains|"
    r"legt\s+uit)\s+(?:[\w-]+\s+){0,6}?(?:hoe|waarom|why|how|welke|which)\b",
    re.IGNORECASE,
)
