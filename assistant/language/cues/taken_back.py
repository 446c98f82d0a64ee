"""Cue words for a value named and taken back in the same message (Dutch and English): a part
that only takes back what was just said ("human dignity? no, ...", "and accessibility, hmm no,
...", "vertrouwen had ik eerst ook, maar laat maar") and a value dropped by name ("nee laat gemak
maar weg", "privacy I'd drop actually", "drop trust")."""

from __future__ import annotations

import re

# The parts of a message: sentences, and the parts between commas, question marks and dots.
TAKE_BACK_PART_SPLIT_RE = re.compile(r"[.;!?]+\s*|,\s*|\s+-+\s+|\n+")
# A part that only takes back what the part before said ("no", "hmm no", "nee laat maar", "maar
# laat maar", "never mind", "no wait", "scratch that").
TAKEN_BACK_PART_RE = re.compile(
    r"^(?:(?:hmm+|hm|uh|eh|oh|o|ah|but|maar|en|and|or|of)\s+)*(?:no|nee|nope|neen|"
    r"(?:nee\s+|no\s+)?laat\s+(?:maar|ook\s+maar|dat\s+maar|die\s+maar)|never\s*mind|"
    r"(?:no|nee)\s+(?:wait|wacht)|scratch\s+that|forget\s+that|schrap\s+dat|toch\s+niet|"
    r"not\s+that\s+one|die\s+niet)[\s!.]*$",
    re.IGNORECASE,
)
# A part that drops a value by its word ("nee laat gemak maar weg", "privacy I'd drop
# actually", "drop trust", "vertrouwen mag weg", "skip privacy").
VALUE_DROPPED_RES = (
    re.compile(
        r"^(?:(?:nee|no|maar|but|en|and|oh|o)\s+)*laat\s+(?P<what>.+?)\s+(?:maar\s+|dan\s+|toch\s+)*"
        r"(?:weg|zitten|achterwege|vallen|eruit)$|"
        r"^(?:(?:nee|no|maar|but|en|and)\s+)*(?:schrap|drop|scratch|skip|remove|forget)\s+"
        r"(?P<what2>.+?)(?:\s+(?:then|too|actually|maar|dan))*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<what>.+?)\s+(?:i'?d|i\s+would|we'?d|we\s+would|i'?ll|we'?ll)\s+(?:drop|leave\s+out|"
        r"skip)(?:\s+(?:actually|then|after\s+all|now))*$|"
        r"^(?P<what2>.+?)\s+(?:mag|kan|moet)\s+(?:er\s+)?(?:(?:toch|maar|ook|wel)\s+)*(?:weg|uit|"
        r"eruit|vervallen)$|^(?P<what3>.+?)\s+(?:can|may)\s+go(?:\s+(?:actually|then))*$|"
        r"^(?P<what4>.+?)\s+(?:laat|schrap)\s+ik\s+(?:(?:toch|maar|dan)\s+)*(?:weg|vallen)?$",
        re.IGNORECASE,
    ),
)
