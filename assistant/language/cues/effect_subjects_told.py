"""Cue words for the subject of an effect that is no actor's name (Dutch and English): one person
of a story told with an indefinite article ("een verpleegkundige vertelde ...", "a mother said
..."), and the words that show a subject runs on into its clause ("rechters zijn verdeeld",
"they're professionals and ...")."""

from __future__ import annotations

import re

# An indefinite article or "one" right before the person a story tells of ("een raadslid zei",
# "a corporal, Dennis, ...", "één advocaat had ...", "one of my students").
ONE_PERSON_LEAD_RE = re.compile(
    r"(?:^|[\s(:;,\-])(?:een|één|eén|a|an|one|one of (?:my|our|the|their)|een van (?:onze|mijn|de"
    r"|hun))\s+$",
    re.IGNORECASE,
)
# Words that start a clause, not a name ("meanwhile a colleague", "sinds dit schooljaar").
CLAUSE_OPENERS = frozenset((
    "meanwhile", "since", "sinds", "toen", "then", "nowadays", "tegenwoordig", "inmiddels",
    "intussen", "ondertussen",
))  # fmt: skip
# Words that join a subject to the rest of its clause: a name ends before them ("rechters zijn
# verdeeld", "buschauffeurs zijn dubbel", "camera filmt ook mensen").
# Not "niet"/"not": "de NAM niet, die ..." leaves a party out, and is read as that elsewhere.
RUN_ON_WORDS = frozenset((
    "ook", "nog", "wel", "al", "also", "too", "still", "already",
    "isn't", "aren't", "they're", "we're", "it's", "zag", "zagen", "vreest", "vrezen", "admitted",
    "sees", "saw", "found", "had", "has",
))  # fmt: skip
# Pronouns that cannot be part of a group's name.
NAME_PRONOUNS = frozenset((
    "they", "they'd", "they're", "he", "she", "it", "we", "i", "ze", "zij", "hij", "wij", "ik",
))  # fmt: skip
# Words a name cannot end with: the clause was cut off after them ("grote clubs verliezen uren
# en").
OPEN_ENDS = frozenset(("en", "and", "or", "maar", "but", "dat", "that", "om", "to"))
# Words that start a relative clause inside a name ("werkgevers die de brieven krijgen"): its
# verbs belong to the clause, and the name holds them.
RELATIVE_WORDS = frozenset(("die", "dat", "wier", "waar", "who", "whose", "that", "which", "where"))
# Negations: a subject with one ("de NAM niet heeft ...") says a party plays no part; such a
# name is left as it is, for the readers of parties left out.
NEGATIONS = frozenset(("niet", "nooit", "geen", "not", "never", "no"))
