"""Changes told in the words about the case (Dutch and English): a contrast of before and now
("vroeger liepen ze de dijk af, nu krijgen ze een melding", "we used to ..., now they ..."),
a consequence for people ("dat scheelt ze nachten", "which means they ..."), and what people
get, lose or go through ("ouderen blijven het hoogste tarief betalen", "they sleep again")."""

from __future__ import annotations

import re

# The now of a before-and-now contrast: after the before in the same sentence ("vroeger ...,
# nu ...", "used to ..., now ..."), or opening the sentence after one that told the before.
NOW_AFTER_BEFORE_RE = re.compile(
    r"\b(?:vroeger|used to|voorheen|previously)\b[^.;]*?,\s*(?:en\s+|and\s+)?(?:nu|now)\b",
    re.IGNORECASE,
)
NOW_OPENS_RE = re.compile(
    r"^\W*(?:(?:en|and|but|maar)\s+)?(?:now|nowadays|these days|nu|tegenwoordig|sindsdien)\b",
    re.IGNORECASE,
)
# A consequence that points back at what was told ("dat scheelt ze nachten", "which really
# helps the water managers", "waardoor ze ...", "so they ..."): with a direction, an effect.
CONSEQUENCE_OPENS_RE = re.compile(
    r"^\W*(?:(?:en|and|but|maar)\s+)?(?:dat|dit|wat|waardoor|daardoor|zodat|dus|daar|that|"
    r"this|which|so)\b",
    re.IGNORECASE,
)
# People taken up again by a pronoun after the change or its consequence ("dat scheelt ze
# nachten", "which helps them", "so they sleep again").
PEOPLE_PRONOUN_RE = re.compile(
    r"\b(?:ze|zij|hen|hun|hem|haar|they|them|their|he|she|him|her)\b", re.IGNORECASE
)
# What people lose or go through: the verb of a change for them ("keep paying the top price",
# "feel heard", "end up waiting"); not "krijgen"/"get", which as often tells how it works ("de
# boomverzorgers krijgen hun werklijst uit het systeem").
EXPERIENCE_RE = re.compile(
    r"\b(?:verliezen|verliest|voelen|voelt|wachten|wacht|slapen|slaapt|"
    r"blijven\s+(?:\w+\s+){0,3}?(?:betalen|wachten|zitten)|raken\s+\w+\s+kwijt|missen|mist|"
    r"kunnen\s+(?:\w+\s+)?niet\s+meer|lopen\s+(?:\w+\s+){0,2}?(?:alleen|minder)|"
    r"lose|loses|lost|feel|feels|felt|wait|waits|sleep|sleeps|slept|"
    r"keep\s+(?:paying|waiting|getting)|end\s+up|ends\s+up|miss|misses|missed|"
    r"can(?:'t|not| no longer)|are\s+expected\s+to|is\s+expected\s+to|"
    r"worden\s+geacht|wordt\s+geacht)\b",
    re.IGNORECASE,
)
# The before of a before-and-now contrast, told alone ("students used to wait days"): how it
# was, no change yet.
FORMERLY_RE = re.compile(r"\b(?:used to|vroeger|voorheen|previously)\b", re.IGNORECASE)
# People a change is told of before its verb, within this many words ("older people without
# the app would keep paying ...").
EXPERIENCE_REACH = 7
# What the technology does, told with it as the subject ("it gives every application a green
# label", "de app stuurt elke avond een lijst"): how it works, the case.
TECHNOLOGY_DOES_RE = re.compile(
    r"^\W*(?:(?:and|en|but|maar)\s+)?(?:it|het|(?:the|de|het|this|dit|deze|our|onze)\s+"
    r"(?:[\w-]+\s+)?(?:model|system|systeem|app|tool|algorithm|algoritme|software|bot|chatbot|"
    r"robot|scan|dashboard|platform|sensor|sensors|sensoren|camera|cameras|camera's))\s+"
    r"(?:gives|geeft|labels|labelt|marks|markeert|sends|stuurt|combines|combineert|ranks|"
    r"rangschikt|scores|calculates|berekent|checks|controleert|measures|meet|counts|telt|"
    r"flags|puts|zet|shows|toont|analyses|analyzes|analyseert|assigns|wijst)\s+"
    r"(?:(?:a|an|the|every|each|all|een|de|het|elke|iedere|alle)\s+)?(?P<object>[\w'-]+(?:\s+[\w'-]+){0,2})",
    re.IGNORECASE,
)
# A pronoun for people ("het algoritme toont je ...", "it shows you ..."; a part that starts
# with one: "je weet niet waarom ..."): what it does to people, not how it works.
PERSON_OBJECT_RE = re.compile(
    r"^\W*(?:je|jou|jij|u|ons|we|wij|me|mij|ze|zij|hen|hun|hem|haar|you|us|them|they|him|her)\b",
    re.IGNORECASE,
)
# The people who use the technology since a moment ("since spring our youth workers use an app
# to ..."): who works with it, the case.
IN_USE_RE = re.compile(
    r"^\W*(?:since|sinds|vanaf|from)\s+(?:[\w-]+\s+){1,3}?(?:[\w'-]+\s+){1,3}?"
    r"(?:use|uses|gebruiken|gebruikt|werken\s+met|work\s+with)\s+(?:an?|een|the|de|het)\s|"
    r"^\W*(?:sinds|vanaf)\s+(?:[\w-]+\s+){1,3}?(?:gebruiken|gebruikt|werken|werkt)\s+"
    r"(?:[\w'-]+\s+){1,3}?(?:met\s+)?(?:een|de|het)\s",
    re.IGNORECASE,
)
