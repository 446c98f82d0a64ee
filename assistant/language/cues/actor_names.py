"""Cue words for where an actor's name starts, goes on and ends (Dutch and English): words
that start no name, words after which a name goes on as a qualifier ("bewoners met een
vergunning", "mensen die ..."), endings of words for people, heads that say nothing alone
("mensen"), labels in front of a line that name no actor ("correctie: ...", "een collega zei:
..."), amounts and descriptions in a list, and fillers and hedges said before or after a
name ("ok so residents", "de ouders denk ik"); also one older person told of by title or age
("mevrouw Jansen (83)"), the speaker's own organisation in brackets ("us (the wijkteam)") and
people caught by the technology ("de camera's fotograferen ook voorbijgangers")."""

from __future__ import annotations

import re

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
    # what is planned, announced ("The plan: a model gives ...", "het idee: camera's die ...")
    "plan", "the plan", "het plan", "our plan", "ons plan", "idea", "the idea", "idee", "het idee",
    "our idea", "ons idee",
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
# Words that tie a thing to the people it belongs to ("klachten van scholieren", "letters from
# people"): the head of the name stands before them.
HEAD_LINKS = frozenset(("van", "of", "from"))
# Heads for what people send, say or leave behind: a name with one of them as its head is that
# thing, not the people ("klachten van scholieren", "letters from people", "kids' own words").
THING_HEADS = frozenset((
    "klacht", "klachten", "melding", "meldingen", "brief", "brieven", "beeld", "beelden", "foto",
    "foto's", "naam", "namen", "gegevens", "biometrie", "aanvraag", "aanvragen", "woorden",
    "verhalen", "reacties", "antwoorden", "vragen", "dossiers", "berichten", "mails",
    "opmerkingen", "ritten", "stemmen", "signalen", "zorgen", "ervaringen", "wensen",
    "complaint", "complaints", "letter", "letters", "image", "images", "photo", "photos",
    "picture", "pictures", "name", "names", "data", "biometrics", "application", "applications",
    "request", "requests", "word", "words", "stories", "reactions", "answers", "questions",
    "files", "records", "messages", "emails", "mails", "comments", "trips", "voices", "reports",
    "worries", "experiences", "wishes", "details",
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
    r"in\s+a\s+(?:way|sense)|in\s+some\s+ways?|in\s+zekere\s+zin|op\s+een\s+manier|"
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
    r"great|nice|effecten|effects|waarden|values|opties|options|actoren|actors|volgende|next|"
    r"wacht|wait|hold on|trouwens|by the way|btw)"
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
    r"sometimes|soms|often|vaak|occasionally|af en toe|mostly|meestal|"
    r"haha+|hihi|lol)\b[\s?.!]*)+$|"
    r"\s*\([^)\s]+\s[^)]*\)|"
    # one word of how often or how sure in brackets ("ouders (soms)", "parents (sometimes)")
    r"\s*\((?:soms|sometimes|vaak|often|meestal|mostly|ook|also|misschien|maybe|perhaps|"
    r"eventueel|possibly|indirect|indirectly|deels|partly|zijdelings)\)",
    re.IGNORECASE,
)
# Examples after a group of people ("schuldeisers zoals de zorgverzekeraar", "creditors such as
# the health insurer"): the group is the name.
EXAMPLES_TAIL_RE = re.compile(
    r"[\s,]+(?:zoals|such as|bijvoorbeeld|bijv\.?|bv\.?|e\.g\.?|for example|for instance)\s+.+$",
    re.IGNORECASE,
)
# People and what they do with it, as an item of a list ("de vergunningverleners werken ermee",
# "bedrijven vragen aan", "the planners work with it"): the people are the name.
PEOPLE_AT_WORK_RE = re.compile(
    r"^(?P<name>(?:(?:de|het|the)\s+)?[^\W\d_][\w-]*)\s+[a-z]+\s+(?:ermee|daarmee|mee|aan|af|op|in|uit|toe|"
    r"with\s+it|with\s+them|on\s+it|it)\s*[.!]?$",
    re.IGNORECASE,
)
# Words that link a name's head to the place or body it qualifies, left out when a name is
# compared with a known one in another order ("officers at the gate" are the "gate officers",
# "medewerkers bij de balie" the "baliemedewerkers").
NAME_ORDER_LINK_WORDS = frozenset((
    "de", "het", "der", "den", "van", "voor", "bij", "aan", "op", "in", "the", "of", "for", "at",
    "on", "in",
))  # fmt: skip
# An actor named and taken back in the same message: the name said again after a word that denies
# it, as a phrase of its own ("de leverancier van het model. Nee wacht, geen leverancier, ...",
# "... de Raad van Bestuur bedoel ik, niet de minister", "the vendor, well, not the vendor: ..."),
# or followed at once by words that say it is not there ("de leverancier... nee sorry die is er
# niet", "the vendor, no wait, there is none"). {name} is the name's words before a qualifier.
DENIED_NAME_PATTERNS = (
    r"\b(?:geen|niet\s+(?:de|het|een)|no|not\s+(?:the|a|an))\s+{name}(?=\s*(?:[,.;:!?)…]|$|"
    r"\s+(?:maar|but)\b))",
    r"\b{name}(?:\s+[\w'-]+){{0,4}}?\s*(?:\.{{2,}}|…|,|\s[-–—])\s*(?:(?:nee|no|oh)\s*[,!]?\s*)?"
    r"(?:(?:sorry|wacht|wait|oops)\s*[,!]?\s*)?(?:(?:die|dat)\s+(?:is|zijn|doet|doen)\s+(?:er\s+)?(?:niet|geen)\b|"
    r"(?:there\s+is\s+none|(?:they|that\s+one|it)\s*(?:'re|'s|\s+are|\s+is)\s+not\s+(?:in\s+it|"
    r"involved|there)))",
)
