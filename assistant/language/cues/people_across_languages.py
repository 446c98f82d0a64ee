"""The same group of people in Dutch and in English, for a conversation that switches language:
an effect told in Dutch about actors named in English ("het kassapersoneel" are the "box office
staff", "vaste bezoekers" the "regular theatregoers"), or one told in English about actors named
in Dutch ("the parents" are the "ouders"). Each pair holds the forms of one word in each
language, singular and plural; a Dutch compound ends in its Dutch word ("kassapersoneel",
"buurtbewoners") and an English one in "-goers" ("theatregoers"). Only
words that differ between the two languages: a word both share ("team", "boa") needs no pair."""

from __future__ import annotations

PEOPLE_ACROSS_LANGUAGES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("personeel", "medewerker", "medewerkers"), ("staff", "employee", "employees", "workers")),
    (("bezoeker", "bezoekers"), ("visitor", "visitors", "goer", "goers")),
    (("ouder", "ouders"), ("parent", "parents")),
    (("leerling", "leerlingen", "scholier", "scholieren"), ("pupil", "pupils")),
    (
        ("leraar", "leraren", "docent", "docenten", "leerkracht", "leerkrachten"),
        ("teacher", "teachers"),
    ),
    (("kind", "kinderen"), ("child", "children", "kids")),
    (("jongere", "jongeren"), ("youngster", "youngsters", "youth")),
    (("oudere", "ouderen", "senioren"), ("elderly", "seniors", "pensioners")),
    (
        ("bewoner", "bewoners", "omwonende", "omwonenden", "inwoner", "inwoners"),
        ("resident", "residents", "inhabitant", "inhabitants"),
    ),
    (("buren", "buurman", "buurvrouw"), ("neighbour", "neighbours", "neighbor", "neighbors")),
    (("burger", "burgers"), ("citizen", "citizens")),
    (("reiziger", "reizigers"), ("traveller", "travellers", "traveler", "travelers")),
    (("gebruiker", "gebruikers"), ("user", "users")),
    (("klant", "klanten"), ("customer", "customers", "client", "clients")),
    (("leverancier", "leveranciers"), ("vendor", "vendors", "supplier", "suppliers")),
    (("gemeenteraad", "raadsleden", "raadslid"), ("council", "councillors", "councilors")),
    (("wethouder", "wethouders"), ("alderman", "aldermen", "alderwoman")),
    (("ambtenaar", "ambtenaren"), ("servant", "servants", "officials")),
    (("kiezer", "kiezers"), ("voter", "voters")),
    (("wandelaar", "wandelaars"), ("walker", "walkers", "hiker", "hikers")),
    (("fietser", "fietsers"), ("cyclist", "cyclists")),
    (("schipper", "schippers"), ("skipper", "skippers", "boatmen", "bargemen")),
    (("bemanning", "bemanningsleden"), ("crew", "crews")),
    (("onderzoeker", "onderzoekers"), ("researcher", "researchers")),
    (("erfgenaam", "erfgenamen"), ("heir", "heirs")),
    (
        ("nabestaande", "nabestaanden", "familieleden", "familielid"),
        ("relative", "relatives", "bereaved"),
    ),
    (("ondernemer", "ondernemers"), ("entrepreneur", "entrepreneurs", "business owners")),
    (
        ("koopman", "kooplui", "kooplieden", "marktkooplui", "standhouder", "standhouders"),
        ("trader", "traders", "stallholder", "stallholders"),
    ),
    (("sporter", "sporters"), ("athlete", "athletes")),
    (("vrijwilliger", "vrijwilligers"), ("volunteer", "volunteers")),
    (("rechter", "rechters"), ("judge", "judges")),
    (("griffier", "griffiers"), ("clerk", "clerks")),
    (("advocaat", "advocaten"), ("lawyer", "lawyers")),
    (("patiënt", "patiënten", "patient", "patienten"), ("patient", "patients")),
    (("verpleegkundige", "verpleegkundigen"), ("nurse", "nurses")),
    (("artsen", "dokter", "dokters"), ("doctor", "doctors", "physician", "physicians")),
    (("agenten", "politie"), ("police",)),
    (("handhaver", "handhavers"), ("enforcer", "enforcers")),
    (("boswachter", "boswachters"), ("ranger", "rangers")),
    (("eigenaar", "eigenaren", "eigenaars"), ("owner", "owners")),
    (("huurder", "huurders"), ("tenant", "tenants")),
    (("werkzoekende", "werkzoekenden"), ("jobseeker", "jobseekers")),
    (("militair", "militairen"), ("soldier", "soldiers", "servicemen")),
    (("studenten",), ("students",)),
    (("mensen",), ("people",)),
    (("vrouwen",), ("women",)),
    (("mannen",), ("men",)),
)
# A Dutch word this long may end a compound ("kassapersoneel", "buurtbewoners"); a shorter one
# ends unrelated words too ("ouders" ends "pashouders").
MIN_DUTCH_COMPOUND_PART = 7
# The English words that end a compound of the same group ("theatregoers", "concertgoers"); other
# English words end unrelated ones ("parent" ends "transparent").
ENGLISH_COMPOUND_TAILS = ("goer", "goers")
# Everyday words for a group named otherwise on the canvas, in either language: "kids" for the
# pupils, children or students, "de ouders" for the families a case serves, one father, mother,
# boy or girl of a story for the parents or the young. Each entry holds the everyday words and
# the head words of the names they stand for; they find a known actor by one of those names only
# when no actor is named by the words themselves, and not after an owner ("mijn moeder").
YOUNG_GROUP_HEADS = (
    "kind", "kinderen", "child", "children", "leerling", "leerlingen", "pupil", "pupils",
    "scholier", "scholieren", "student", "students", "jongere", "jongeren", "youngster",
    "youngsters",
)  # fmt: skip
# Names of the young said in two words, whose head ("people") names no one in particular.
YOUNG_GROUP_NAMES = ("young people", "jonge mensen", "young persons")
PARENT_GROUP_HEADS = (
    "ouder", "ouders", "parent", "parents", "gezin", "gezinnen", "families", "family",
    "huishoudens", "households",
)  # fmt: skip
EVERYDAY_GROUP_WORDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("kids", "jongen", "meisje", "boy", "girl"), YOUNG_GROUP_HEADS),
    (("ouders", "parents"), PARENT_GROUP_HEADS[4:]),
    (("vader", "moeder", "father", "mother", "dad", "mum", "mom"), PARENT_GROUP_HEADS),
)
# Words that make the person after them the speaker's own ("mijn moeder", "her father").
OWNER_WORDS = frozenset(
    ("mijn", "m'n", "haar", "zijn", "z'n", "hun", "onze", "ons", "my", "her", "his", "their", "our")
)
