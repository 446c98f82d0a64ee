"""Values weighed against each other in the speaker's words: one put at the top or above another
("onafhankelijkheid staat voor mij bovenaan, die vind ik belangrijker dan efficiëntie", "privacy
matters more to me than speed"), one that counts less but still counts ("efficiëntie telt wel
mee", "efficiency matters less than all of those"), and one kept after doubt ("nee, laat maar
privacy", "keep fairness then")."""

from __future__ import annotations

import re

_FOR_ME = r"(?:\s+(?:voor\s+mij|bij\s+mij|wat\s+mij\s+betreft|for\s+me|to\s+me|personally))?"
_SOFT = r"(?:\s+(?:echt|wel|ook|toch|natuurlijk|gewoon|really|still|also|definitely|clearly))*"

# The weighing after a value's name: where it stands, how much it weighs or counts, whether it
# is more or less important. What comes before the weighing is the value's name.
WEIGHING_RE = re.compile(
    r"\s+(?:"
    # "staat voor mij bovenaan", "komt op één", "gaat voorop"
    r"(?:staat|komt|gaat)" + _FOR_ME + _SOFT + r"\s+(?:bovenaan|voorop|vooraan|op\s+(?:nummer\s+)?"
    r"(?:1|één|een)|op\s+de\s+eerste\s+plaats)|"
    # "vind ik belangrijker", "is voor mij minder belangrijk", "weegt zwaarder", "telt wel mee"
    r"(?:vind\s+ik|is|zijn|weegt|wegen|telt|tellen)" + _FOR_ME + _SOFT + r"\s+(?:(?:het\s+)?"
    r"(?:belangrijker|belangrijkst\w*|zwaarder|zwaarst|minder(?:\s+(?:belangrijk|zwaar))?)|mee)\b|"
    # "matters more to me", "counts less", "weighs heavier", "is less important", "comes first"
    r"(?:matters|counts|weighs|is|are|'s)" + _FOR_ME + _SOFT + r"\s+(?:more|less|most|heavier|"
    r"(?:more|less)\s+important|(?:the\s+)?most\s+important|too|as\s+well)\b|"
    r"(?:comes|goes|ranks)"
    + _FOR_ME
    + r"\s+(?:first|on\s+top|at\s+the\s+top|before|above|ahead\s+of)\b"
    r")",
    re.IGNORECASE,
)
# The value weighed against, after the comparison ("... belangrijker dan efficiëntie", "more to
# me than speed").
WEIGHED_AGAINST_RE = re.compile(
    r"\b(?:belangrijker|zwaarder|minder\s+belangrijk|more|less|heavier|more\s+important|"
    r"less\s+important|before|above|ahead\s+of)" + _FOR_ME + r"\s+(?:dan|than)?\s*"
    r"(?P<other>[\w' -]{3,40}?)\s*(?:$|[.,;:!?]|\s+(?:maar|but|en|and|want|because|omdat)\b)",
    re.IGNORECASE,
)
# Words before the value's name that are no part of it ("en", "but honestly", "nee,").
WEIGHED_LEAD_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ook|also|nee|no|ja|yes|ok[eé]?|eerlijk\s+gezegd|honestly|"
    r"echt|really|dus|so)[,]?\s+)*",
    re.IGNORECASE,
)
# A value kept after doubt ("nee, laat maar privacy", "hou dan maar rechtvaardigheid", "keep
# fairness then", "let's go with privacy"): the value after it.
KEPT_AFTER_DOUBT_RE = re.compile(
    r"^(?:(?:nee|no|ok[eé]?|ja|yes|well|nou)[,.]?\s+)*(?:(?:laat|houd|hou|neem)\s+(?:dan\s+)?"
    r"maar|(?:let'?s\s+)?(?:keep|go\s+with|stick\s+with))\s+(?P<value>[\w' -]{3,40}?)"
    r"(?:\s+(?:staan|erin|erbij|dan|then|after\s+all|toch))?\s*[.!]?$",
    re.IGNORECASE,
)
# Words for what is pointed back at, not a value's name ("die", "dat", "it", "all of those").
NO_NAME_WORDS = frozenset((
    "die", "dat", "dit", "het", "deze", "it", "that", "this", "those", "these", "all", "alles",
    "ze", "they", "wat", "what", "which", "er", "there", "niks", "niets", "nothing",
))  # fmt: skip
WEIGHED_NAME_WORDS = 5  # "onafhankelijkheid van de rechter" is a name; more is a clause
# A remark that says what it is really about, a value's name closing it ("the ondernemers' point
# is really about proportionality", "dat gaat eigenlijk over rechtvaardigheid"), or a value named
# as the real issue before its reason ("the bigger issue is trust: if the model cries wolf ...",
# "het echte punt is vertrouwen"): that value.
VALUE_POINTED_AT_RES = (
    re.compile(
        r"\b(?:is|'s|gaat|draait|comes\s+down)\s+(?:(?:really|eigenlijk|vooral|mostly|mainly|"
        r"echt|just|gewoon|more|meer|all|allemaal|to|om)\s+)*(?:about|over|om|to)\s+"
        r"(?P<value>[\w' -]{3,40}?)\s*[.!]?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:(?:but|and|maar|en|honestly|eerlijk\s+gezegd)[,]?\s+)*(?:the|het|de)\s+(?:bigger|"
        r"biggest|real|main|grotere|grootste|echte|belangrijkste)\s+(?:issue|point|thing|concern|"
        r"punt|kwestie|probleem|zorg)\s+(?:is|was)\s+(?P<value>[\w' -]{3,40}?)\s*(?:[:;,.!]|$)",
        re.IGNORECASE,
    ),
)
# A choice announced before a list, also for whom it is made ("voor het team zou ik kiezen:",
# "ik kies:", "for the board I'd pick:"): what follows the colon is what was chosen.
CHOICE_LEAD_RE = re.compile(
    r"^\W*(?:(?:ok[eé]?|helder|clear|right|dan|then|dus|so|nou|well)\W+)*(?:(?:voor|for)\s+"
    r"(?:\w+\s+){1,4}?)?(?:zou\s+ik|ik\s+zou|ik|i'?d|i\s+would|i|we'?d|we)\s+(?:zelf\s+)?"
    r"(?:kiezen|kies|pick|choose|go\s+for)\s*:\s*",
    re.IGNORECASE,
)
