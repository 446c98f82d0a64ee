"""A value named with a reason, where options are asked ("privacy, because of the cameras",
"toegankelijkheid vanwege die meneer", "then also justice, and autonomy", "zeggenschap over je
spullen, dus autonomie denk ik") (Dutch and English): a value, never a measure."""

from __future__ import annotations

import re

# Words before the value ("and", "then also", "dan:", "en ook").
VALUE_LEAD_RE = re.compile(
    r"^\W*(?:(?:and|en|then|dan|also|ook|plus|verder|next|daarnaast|besides|oh|o|ja|yes)\b\W*)*",
    re.IGNORECASE,
)
# What may follow the value: a reason or what it means ("because ...", "vanwege ...", ", so that
# ...", "which is why ...", ", not being treated as ...", ", dat je ...", "fits too I think").
VALUE_REASON_RE = re.compile(
    r"^\s*(?:[,:;-]\s*)?(?:(?:too|ook|as\s+well|also|natuurlijk|of\s+course|i\s+think|"
    r"denk\s+ik|i'?d\s+say|zou\s+ik\s+zeggen|fits(?:\s+too)?|past(?:\s+ook)?|counts(?:\s+too)?|"
    r"telt(?:\s+ook)?|(?:is|are)\s+(?:also\s+)?(?:important|key)|(?:is|zijn)\s+(?:ook\s+)?"
    r"belangrijk|toch\s+zeker|wel|zeker)\b\s*,?\s*)*"
    r"(?:$|(?:because|since|as|so\s+that|so|which\s+is\s+why|that'?s\s+why|given|meaning|i\.e\.|"
    # a remark on where it started or what it is about ("daar was het ooit om begonnen", "that's
    # what it was about")
    r"daar|that'?s\s+(?:what|where|how)|which\s+is\s+(?:what|where|how)|"
    r"for|not\s+being|and\s+not|want|omdat|vanwege|dus|zodat|daarom|gezien|oftewel|dat\s+wil\s+"
    r"zeggen|niet\s+als|en\s+niet|dat|that|and\s+\w+|en\s+\w+|in\s+(?:how|the\s+way|hoe|de\s+"
    r"manier))\b)",
    re.IGNORECASE,
)
# A value named at the end, after what it comes down to ("zeggenschap over je eigen spullen, dus
# autonomie denk ik", "not being steered, so autonomy"): the words after "dus"/"so".
VALUE_AT_END_RE = re.compile(
    r",\s*(?:dus|so|i\.e\.|oftewel|that\s+is|dat\s+is)\s+(?P<value>[\w' -]{3,40}?)"
    r"(?:\s*,?\s*(?:denk\s+ik|i\s+think|i\s+guess|volgens\s+mij))?\W*$",
    re.IGNORECASE,
)
# A measure's words: a value named in a sentence with them is said of a measure ("privacy by
# design: the data must be deleted", "dat moet in het contract").
MEASURE_WORD_RE = re.compile(
    r"\b(?:must|should|shall|needs?\s+to|have\s+to|has\s+to|moet|moeten|dienen|zullen|"
    r"we\s+(?:will|put|make|add)|by\s+design|contract|regeling|afspraak|afspreken|training|"
    r"delete|wissen|verwijderen|bewaar\s+\w+\s+niet)\b",
    re.IGNORECASE,
)
# What a value named just before means, said after it ("meaning real free choice", "dat wil
# zeggen ..."): part of that value, no measure.
VALUE_MEANING_RE = re.compile(
    r"^\W*(?:meaning|i\.e\.|namely|that\s+is|dat\s+wil\s+zeggen|oftewel|namelijk)\b", re.I
)
# A value of the speaker's own named with its reason, in a message that gives values ("de
# menselijke maat, dat je ...", "the human touch, because ..."): the words before the reason.
OWN_VALUE_REASON_RE = re.compile(
    r"^\W*(?:(?:and|en|then|dan|also|ook)\b\W*)*(?P<name>[\w' -]{3,40}?)\s*,\s*(?:dat|that|"
    r"because|omdat|want|vanwege|so\s+that|zodat|meaning|dus)\b",
    re.IGNORECASE,
)
# A value asked back and answered at once ("would dignity count? I think so", "would 'the
# child's interest' be a value? I'd say so", "telt rust ook? ja, denk het wel").
VALUE_ASKED_BACK_RE = re.compile(
    r"\b(?:would|could|does|do|is|telt|tellen|zou|zouden|is|hoort)\s+[\"'\u201c\u2018]?"
    r"(?P<value>[^?\"\u201d\u2019]{2,40}?)[\"'\u201d\u2019]?\s+(?:count|counts|also\s+count|"
    r"be\s+a\s+value|be\s+one|ook\s+(?:tellen|meetellen)|(?:een|ook\s+een)\s+waarde\s+zijn|"
    r"meetellen|ook|erbij\s+horen)\s*\?\s*(?:yes|yeah|ja|i\s+think\s+so|i'?d\s+say\s+so|"
    r"i\s+guess\s+so|denk\s+het\s+wel|volgens\s+mij\s+wel|lijkt\s+me\s+(?:van\s+)?wel|"
    r"zou\s+ik\s+zeggen)\b",
    re.IGNORECASE,
)
