"""Cue words for actors regrouped in a later turn (Dutch and English): one group split in two
("other road users is really two groups: cyclists and pedestrians", "familie is bij ons twee
groepen: ..."), groups merged ("boa's en handhaving is voor mij één groep", "politie en VR neem
ik samen als 'hulpdiensten'", "merge the nurses and the carers"), who was meant instead ("I meant
the remote operators", "met natuurorganisaties bedoel ik alleen de Vogelbescherming") and a
group that should be apart ("status holders should be a separate group")."""

from __future__ import annotations

import re

_HEDGE = (
    r"(?:really|actually|just|truly|here|for\s+(?:me|us)|in\s+our\s+case|eigenlijk|echt|gewoon|"
    r"hier|hoor|toch|wel|bij\s+ons|voor\s+(?:mij|ons))"
)
# How many groups a split makes ("two", "twee", "drie"): the names to look for after it.
GROUP_COUNTS = {"two": 2, "2": 2, "twee": 2, "three": 3, "3": 3, "drie": 3}
# A part that splits a known group ("other road users is really two groups", "managers is two
# groups really", "ouders en kinderen zijn eigenlijk twee groepen hoor", "bewoners zijn twee
# groepen"), or with the new groups in it ("split the parents into mothers and fathers",
# "splits de ouders in ...", "de ouders opsplitsen in ...").
SPLIT_RES = (
    re.compile(
        rf"^(?P<who>.+?)\s+(?:is|are|zijn|form|vormen)\s+(?:{_HEDGE}\s+)*(?P<count>two|2|twee|"
        rf"three|3|drie)\s+(?:separate\s+|different\s+|aparte\s+|verschillende\s+)?(?:groups|"
        rf"groepen)(?:\s+{_HEDGE})*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:(?:i'?d|we'?d|let'?s|please|you\s+can|je\s+kunt|kun\s+je)\s+)?(?:split|splits|"
        r"divide|separate)\s+(?P<who>.+?)\s+(?:into|in|up\s+into|op\s+in)\s+(?P<new>.+)$|"
        r"^(?P<who2>.+?)\s+(?:splitsen|opsplitsen|uitsplitsen|should\s+be\s+split)\s+"
        r"(?:in|into)\s+(?P<new2>.+)$",
        re.IGNORECASE,
    ),
)
# A part that merges known groups into one ("boa's en handhaving is voor mij één groep",
# "pharmacists and assistants are really one group", "politie en veiligheidsregio neem ik samen
# als 'hulpdiensten'", "merge the nurses and the carers into care staff", "take X and Y together
# as ...", "X en Y samenvoegen tot ...", "voeg X en Y samen").
MERGE_RES = (
    re.compile(
        rf"^(?P<who>.+?)\s+(?:is|are|zijn)\s+(?:{_HEDGE}\s+)*(?:één|een|1|one|dezelfde|the\s+"
        rf"same|hetzelfde)\s+(?:groep|group|team|club)(?:\s+{_HEDGE})*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<who>.+?)\s+(?:neem|noem|zie|tel|zet)\s+ik\s+(?:gewoon\s+|liever\s+)?samen"
        r"(?:\s+(?:als|onder)\s+(?P<new>.+))?$|"
        r"^(?P<who2>.+?)\s+(?:samenvoegen|samennemen|samen\s+nemen|bij\s+elkaar\s+nemen)"
        r"(?:\s+(?:tot|als|onder)\s+(?P<new2>.+))?$|"
        r"^voeg\s+(?P<who3>.+?)\s+samen(?:\s+(?:tot|als)\s+(?P<new3>.+))?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?:(?:i'?d|we'?d|i\s+would|let'?s|please|just|you\s+can)\s+)*(?:merge|combine|"
        r"(?:take|put|group|lump|count)\s+(?P<who2>.+?)\s+together)(?:\s+(?P<who>.+?))?"
        r"(?:\s+(?:as|into|under)\s+(?P<new>.+))?$",
        re.IGNORECASE,
    ),
)
# A part that says who was meant, after a name taken off ("I meant the remote operators in the
# control room", "ik bedoelde de backoffice", "bedoel ik eigenlijk de POH").
MEANT_RE = re.compile(
    r"^(?:(?:i|ik)\s+(?:meant|mean|bedoel|bedoelde|bedoelden)|bedoel(?:de)?\s+ik|what\s+i\s+"
    r"meant\s+(?:is|was)|wat\s+ik\s+bedoel(?:de)?\s+(?:is|zijn|was))\s+(?:(?:eigenlijk|actually|"
    r"really|gewoon|just|vooral|mostly|mainly)\s+)*(?P<who>.+)$",
    re.IGNORECASE,
)
# A part that says what a known name meant ("met natuurorganisaties bedoel ik eigenlijk alleen
# de Vogelbescherming", "by managers I mean the team leads"): ``who`` renamed to ``new``.
MEANT_BY_RE = re.compile(
    r"^(?:met|with|by)\s+(?P<who>.+?)\s+(?:bedoel(?:de)?\s+ik|i\s+(?:mean|meant))\s+"
    r"(?:(?:eigenlijk|actually|really|alleen|only|just|gewoon|vooral|mostly)\s+)*(?P<new>.+)$",
    re.IGNORECASE,
)
# A part that wants a group of its own ("the HV says status holders should be a separate group",
# "statushouders zijn echt een aparte groep", "zzp'ers verdienen een eigen groep").
OWN_GROUP_RE = re.compile(
    r"^(?:.+?\b(?:says|say|said|thinks|think|zegt|zeggen|zei|vindt|vinden)\s+(?:that\s+|dat\s+)?)?"
    r"(?P<who>.+?)\s+(?:should\s+be|must\s+be|are|is|zijn|moeten|moet|verdienen|verdient|"
    r"deserve|deserves?)\s+(?:(?:really|actually|eigenlijk|echt|wel)\s+)*(?:a\s+separate|"
    r"their\s+own|a\s+group\s+of\s+their\s+own|een\s+aparte|een\s+eigen|apart)(?:\s+(?:group|"
    r"groep|actor|actoren|stakeholder))?(?:\s+(?:worden|zijn|too|ook))?$",
    re.IGNORECASE,
)
# A part that only agrees or adds the group just named by a pronoun ("fair enough", "add them",
# "klopt", "zet ze erbij"): no effect of its own.
AGREED_ADD_RE = re.compile(
    r"^(?:(?:fair\s+enough|agreed|true|right|good\s+point|klopt|terecht|prima|goed\s+punt|"
    r"dat\s+klopt|eens|mee\s+eens|ok|oké|okay)\b[\s,]*)*(?:(?:so\s+|dus\s+)?(?:add|include)\s+"
    r"(?:them|those|it)(?:\s+(?:too|as\s+well|then))?|(?:zet|voeg|neem)\s+(?:ze|die|hen)\s+"
    r"(?:er\s+)?(?:maar\s+|dan\s+|ook\s+)*(?:bij|toe|mee))?$",
    re.IGNORECASE,
)
# A part right after a name taken off or renamed that says why ("de rest doet niet mee", "the
# others aren't involved", "there aren't any", "it's internal only", "daar delen we niks mee"):
# no effect, no actor.
REASON_AFTER_RE = re.compile(
    r"^(?:de\s+rest|the\s+rest|the\s+others|de\s+anderen|de\s+overige|de\s+overigen|there\s+"
    r"(?:are|aren'?t|is|isn'?t)|er\s+(?:zijn|is)\s+er|it'?s|it\s+is|het\s+is|daar|daarmee)\b",
    re.IGNORECASE,
)
# "the rest of the family", "de rest van de familie", "de overige familie": the family.
REST_OF_RE = re.compile(
    r"^(?:(?:en|and)\s+)?(?:(?:de|the)\s+rest\s+(?:van|of)|(?:de\s+)?overige|(?:the\s+)?other)\s+",
    re.IGNORECASE,
)
# Words after a name taken off that only say "as a whole" ("not the police in general", "niet
# de politie in het algemeen").
AS_A_WHOLE_RE = re.compile(
    r"\s+(?:in\s+general|as\s+such|as\s+a\s+whole|at\s+large|in\s+het\s+algemeen|als\s+geheel|"
    r"an\s+sich)$",
    re.IGNORECASE,
)
# The words that end a group's name where a clause about them starts ("line managers who lose
# people to gigs", "de kinderen die het zelf invullen").
CLAUSE_START_RE = re.compile(
    r"\s+(?:who|that|which|whose|die|dat|wie|waar|met\s+wie)\b.*$|\s*\(.*$", re.IGNORECASE
)
# Words in front of who was meant instead that say "for the most part" ("not the police, it's
# mostly BOAs", "niet de politie, vooral boa's").
MOSTLY_LEAD_RE = re.compile(
    r"^(?:mostly|mainly|chiefly|largely|vooral|meestal|voornamelijk|grotendeels)\s+", re.IGNORECASE
)
