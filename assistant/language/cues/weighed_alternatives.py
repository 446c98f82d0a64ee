"""Cue words for a case told as a choice between two alternatives ("er liggen twee opties",
"Optie B is ...", "either a chatbot or longer phone hours", "de wethouder wil kiezen: X, of
Y"): the frame that says a choice is on the table and the marks that open the other one."""

from __future__ import annotations

import re

# A choice on the table between two ways to go.
CHOICE_FRAME_RE = re.compile(
    r"\b(?:twee|two)\s+(?:[\w-]+\s+)?(?:opties|options|routes|smaken|ideeën|ideas|"
    r"alternatieven|alternatives|varianten|scenario'?s|keuzes|choices|things|dingen|"
    r"mogelijkheden|possibilities|plannen|plans|sporen|paden|paths)\b|"
    r"\b(?:er\s+ligt\s+een\s+keuze|a\s+choice\s+between|(?:wil|wants?\s+to|must|moet)\s+"
    r"(?:nu\s+|now\s+)?(?:kiezen|choose|pick(?:\s+one)?|decide)|either|weighing|afwegen|"
    r"optie\s+[ab]|option\s+[ab])\b",
    re.IGNORECASE,
)
# Where the second alternative opens: "Optie B is ...", "B: ...", ", of een ...", " or ...".
SECOND_MARK_RE = re.compile(
    r"\b(?:optie|option|variant|route)\s+(?:b|2|twee|two)\b|(?:^|[.;]\s+)b\s*[:)]\s*", re.IGNORECASE
)
FIRST_MARK_RE = re.compile(
    r"\b(?:optie|option|variant|route)\s+(?:a|1|één|een|one)\b|(?:^|[:.;]\s+)a\s*[:)]\s*",
    re.IGNORECASE,
)
# Dutch "of" before a Dutch word only: English "secretary of the board" weighs nothing.
OR_SPLIT_RE = re.compile(
    r",\s*(?:of(?!\s+(?:the|a|an|our|their|its)\b)|or)\s+|"
    r"\s+of\s+(?=(?:een|de|het|meer|langere|extra)\b)|"
    r"\s+or\s+(?=(?:a|an|the|more|longer|hiring|extra)\b)",
    re.IGNORECASE,
)
# Where the name of the second way ends and what it would do begins ("een groep vrijwilligers
# | die rokers aanspreekt", "het gesprek via videobellen | zodat consulenten ...").
ALTERNATIVE_TAIL_RE = re.compile(
    r"\s(?:die|dat|waar|wie|zodat|via|uit|van|voor|met|in|op|bij|om|omdat|tegen|that|who|which|"
    r"where|so|from|of|for|with|in|at|to|on|because|against)\s|[;:(]",
    re.IGNORECASE,
)
# Words in an alternative that say little of what it is ("meer", "extra", "langere").
GENERIC_ALTERNATIVE_WORDS = frozenset(
    [
        "optie",
        "option",
        "opties",
        "options",
        "extra",
        "meer",
        "more",
        "langere",
        "longer",
        "groep",
        "group",
        "andere",
        "other",
        "nieuwe",
        "new",
        "hiring",
        "aannemen",
        "inzetten",
        "inzet",
        "twee",
        "two",
        "programme",
        "programma",
        "wil",
        "wants",
    ]
)

# A choice made between ways ("we kiezen de sensoren", "het wordt de chatbot", "dan liever geen
# vrijwilligers", "de beluren blijven zoals ze zijn", "the board chose bodycams", "we'll go with
# the chatbot").
CHOICE_MADE = (
    r"\b(?:kiezen|kiest|koos|kozen)\s+(?:nu\s+|dus\s+|toch\s+)?(?:voor\s+)?(?:de|het|een|optie)\b|"
    r"^\W*(?:(?:oké|ok[eé]?|goed|dus|so|nou)\W+)*het\s+wordt\s+(?:de|het|een|optie)\b|"
    r"\b(?:dan\s+)?liever\s+geen\b|\b(?:blijft|blijven)\s+(?:gewoon\s+)?zoals\s+(?:het|ze|hij|die)\s+"
    r"(?:is|zijn|was|waren)\b|\b(?:chose|picked|opted\s+for|went\s+(?:for|with)|settled\s+on|"
    r"(?:we'?re|we\s+are)\s+going\s+with|we(?:'ll|\s+will)?\s+go\s+with)\b|"
    r"\bstays?\s+as\s+(?:it|they)\s+(?:is|are)\b"
)
CHOICE_MADE_RE = re.compile(CHOICE_MADE, re.IGNORECASE)
