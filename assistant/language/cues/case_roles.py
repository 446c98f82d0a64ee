"""Cue words for someone who holds a role in the case, named with "de"/"the" in a sentence
that tells the case ("alerts go to the probation officer", "de leverancier bewaart de data",
"de coördinator ziet live waar ...") (Dutch and English)."""

from __future__ import annotations

#: The articles that name one known party ("de leverancier", "the probation officer").
ROLE_ARTICLES = frozenset(("de", "het", "the"))
#: Endings of a word for someone by their role or trade ("leverancier", "wethouder",
#: "coördinator", "supervisor", "consultant", "jurist", "agent").
ROLE_ENDINGS = ("er", "eur", "or", "ant", "ist", "ent", "ician")
#: Words two places before the role where the speaker says who they are or where they work
#: ("ik ben de coördinator", "I work at the transport operator", "I'm with the supplier").
OWN_ROLE_LEADS = frozenset((
    "bij", "at", "with", "for", "ben", "am", "i'm", "im", "als", "as", "voor",
))  # fmt: skip
#: Role words that are rooms or things rather than someone ("de meldkamer", "the counter").
NOT_ROLE_ENDINGS = ("kamer", "counter", "computer", "scanner", "sensor", "monitor", "meter",
                    "printer", "server", "register", "filter", "poster", "sticker", "folder",
                    "centre", "center", "letter", "number", "paper", "nummer", "water",
                    "winter", "zomer", "summer", "cluster", "router", "trailer")  # fmt: skip
#: Most words of a role's name ("the wound consultant", "de eigen privacy officer").
ROLE_WORDS = 3
