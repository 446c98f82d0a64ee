"""Cue words for people inside sentences that tell the case, an effect or a story (Dutch and
English): someone who reports what was said ("mijn collega van handhaving zei al dat ..."), how
people feel, whom an effect is for, a role or who people are, people in general or anyone at
all, describing words, pieces of a sentence that name no people, parties added by "add" or
"include", endings of a plural and short words inside a name, a group named with a clause
after it, chat shorthand ("lln", "pts"), a quantity in front of a group, and who carries out
a measure or notices an effect ("door de teamchef", "..., dat merken de huurders")."""

from __future__ import annotations

import re

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
    "beslist", "funds", "financiert", "decide", "beslissen", "sign", "tekenen", "approve",
    "goedkeuren",
))  # fmt: skip
# Modal verbs before such a verb ("the gedeputeerde who must decide", "die moet beslissen").
BARE_VERB_MODALS = frozenset((
    "must", "should", "will", "can", "may", "has", "to", "moet", "moeten", "zal", "zullen", "kan",
    "kunnen", "mag", "mogen",
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
# More words a piece of a sentence starts with that make it no name: a negation or a hedge
# ("not unlikely, though, ...", "not a neutral nudge"), an apology ("callers, sorry, residents"),
# "without" ("zonder dat er een collega mee moet"), a place it was taken from ("uit het
# teamoverleg van dinsdag") and the word for pasting or a document's heading ("pasting a teams
# msg", "MEMO - ...", "1. Aanleiding").
FRAGMENT_LEADS_MORE = frozenset((
    "not", "niet", "though", "sorry", "zonder", "without", "uit", "pasting", "plak", "plakken",
    "memo", "notitie", "aanleiding", "iets",
))  # fmt: skip
# Words after "not"/"niet" that go on to name people ("niet alleen de buren maar ook ...").
NOT_ONLY_WORDS = frozenset(("alleen", "only", "just", "enkel", "slechts"))
# Words after "in" that open a phrase of the speaker's or a place, not people ("in mijn woorden",
# "in een huis met twaalf man"); "in het bijzonder reizigers" names them.
IN_PHRASE_WORDS = frozenset(("mijn", "m'n", "my", "onze", "ons", "our", "een", "a"))
# Words that alone name no one, however the reader came to them ("involved, residents ...",
# "plus side: ...", "good list", "bij hoog risico"): a name made only of these is none.
NO_NAME_WORDS = frozenset((
    "involved", "betrokken", "betrokkenen", "side", "kant", "hoog", "laag", "high", "low",
    "good", "goed", "list", "lijst", "iets", "something", "sorry", "though", "plus", "minus",
    # a direction label or an owner's word alone ("the good part:", "het goede eerst:", "voor
    # ons eigen ...": "Eigen")
    "goede", "bad", "slecht", "slechte", "part", "deel", "eerst", "first", "eigen", "own",
    # a word that opens a reply or a clause ("Nou kijk.", "Nee, ...", "deels omdat ...")
    "kijk", "look", "nee", "no", "ja", "yes", "nou", "well", "deels", "partly", "soms",
    "sometimes",
))  # fmt: skip
# Words that say how many or which of some people, not who they are ("verschillende mensen",
# "die mensen", "ten people", "een paar mensen"): before a word for people in general they name
# nobody in particular; a number is read as one as well.
COUNT_LEADS = frozenset((
    "de", "het", "een", "the", "a", "die", "deze", "dat", "those", "these", "that", "this",
    "paar", "couple", "verschillende", "diverse", "various", "different", "several", "sommige",
    "enkele", "veel", "vele", "many", "some", "few", "most", "meeste", "alle", "all", "andere",
    "other", "others", "of", "van", "aantal", "number", "lot", "lots", "heel", "hoop",
))  # fmt: skip
# Words for anyone at all: a clause with one of them is about no group in particular ("nobody
# can see why", "niemand weet wat de camera doet"), not the people of the clause before it.
NO_GROUP_WORDS = frozenset((
    "nobody", "niemand", "everyone", "everybody", "iedereen", "anyone", "iemand", "someone",
    "men", "je", "you", "we", "wij", "ik", "i", "us", "ons",
))  # fmt: skip
# The generic second person ("als de score te laag is sta je er onvoorbereid", "if the alert is
# wrong you run for nothing"): in a clause after people were named in the same part of a
# sentence it takes their place, as "one" would; it names no other group.
GENERIC_YOU_WORDS = frozenset(("je", "jij", "jou", "jouw", "you", "your"))
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
