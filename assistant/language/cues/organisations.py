"""Kinds of organisations and bodies that take part in a public-sector case, and bodies that
speak for a group (Dutch and English): "het lab analyseert de monsters", "de apotheek vult de
rol", "the supplier is a Dutch scale-up", "de FG is geïnformeerd"; "de cliëntenraad" is not
"de cliënten", "the student council" not "the students"."""

from __future__ import annotations

import re

# Kinds of organisations, bodies and roles that act in a case, as the head of a subject. A
# Dutch compound ends in one ("energiebedrijven", "woningcorporaties", "sensorleverancier",
# "datalab"); plurals by "s", "n", "en" or "es" are found from these forms.
ORGANISATION_KINDS = (
    # public bodies and oversight
    "gemeente", "municipality", "municipalities", "provincie", "province", "waterschap",
    "hoogheemraadschap", "water board", "ministerie", "ministry", "ministries", "rijksoverheid",
    "inspectie", "inspectorate", "autoriteit", "authority", "authorities", "toezichthouder",
    "regulator", "ombudsman", "ombudsperson", "rekenkamer", "audit office", "fg", "dpo",
    "functionaris gegevensbescherming", "privacy officer", "data protection officer", "ciso",
    "politie", "police", "brandweer", "fire service", "veiligheidsregio", "omgevingsdienst",
    "rechtbank", "court", "deurwaarder", "bailiff",
    # parties that supply, build or carry out
    "leverancier", "supplier", "vendor", "provider", "aannemer", "contractor", "ontwikkelaar",
    "developer", "adviesbureau", "consultancy", "lab", "laboratorium", "laboratory",
    "laboratories", "apotheek", "pharmacy", "pharmacies", "thuiszorg", "home care",
    "zorgverzekeraar", "verzekeraar", "insurer", "corporatie", "housing association",
    "energiebedrijf", "energieleverancier", "energy company", "energy companies",
    "netbeheerder", "grid operator", "exploitant", "drinkwaterbedrijf", "ziekenhuis", "hospital",
    "verpleeghuis",
    "nursing home", "care home", "consortium", "consortia", "coöperatie", "cooperatie",
    "cooperative", "samenwerkingsverband", "joint venture",
    # bodies inside an organisation, and bodies that speak for a group
    "directie", "management", "bestuur", "raad van bestuur", "ondernemingsraad",
    "works council", "cliëntenraad", "clientenraad", "client council", "medezeggenschapsraad",
    "studentenraad", "student council", "ouderraad", "parent council", "wijkraad",
    "neighbourhood council", "vakbond", "trade union", "ouderenbond", "belangenvereniging",
    "commissie", "committee",
)  # fmt: skip
# Plural endings an organisation's kind takes ("gemeenten", "leveranciers", "corporaties").
ORGANISATION_PLURALS = ("", "s", "n", "en", "es")
MIN_COMPOUND_KIND = 5  # "datalab" holds "lab", but only kinds this long end a compound
COMPOUND_KINDS = frozenset(("lab",))  # short kinds that still end a compound ("datalab")
# Heads of a body that speaks for or works with a group ("studentenraad", "the student
# council", "ouderenbond", "vakbond", "de commissie van toezicht"): not the group itself.
BODY_HEADS = (
    "raad", "council", "bond", "union", "unions", "vereniging", "association", "commissie",
    "committee", "overleg", "panel",
)  # fmt: skip
# What organisations do in a case, beside the finite verbs the grammar knows ("de
# ombudsman schreef", "corporaties melden achterstanden", "the lab sent the results").
ORGANISATION_VERBS = frozenset((
    "schreef", "schrijft", "stuurde", "stuurt", "melden", "meldden", "leveren", "leverde",
    "analyseren", "analyseerde", "adviseert", "adviseerde", "eist", "eisen", "eiste", "wrote",
    "writes", "sent", "report", "reported", "deliver", "delivered", "analysed", "analyzed",
    "advised", "demands", "demanded", "requires", "required",
))  # fmt: skip

# Words in an organisation's name that its abbreviation leaves out ("Raad van State" is "RvS"
# or "RS", "Autoriteit voor de Persoonsgegevens"): the rest give its initials.
NAME_LINK_WORDS = frozenset((
    "de", "het", "der", "den", "van", "voor", "en", "in", "op", "the", "of", "for", "and", "on",
))  # fmt: skip
# Public bodies in chat shorthand before their name ("prov. fryslan", "gem. Utrecht"): spelled
# out, so the name reads as the organisation (not "gem. 3 dagen", an average).
ORGANISATION_SHORTHANDS = {"prov": "provincie", "gem": "gemeente"}
ORGANISATION_SHORTHAND_RE = re.compile(r"\b(?P<short>prov|gem)\.\s+(?=[^\W\d])", re.IGNORECASE)
