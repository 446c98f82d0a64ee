"""Cue words for an effect told before that a later message doubts but keeps (Dutch and
English): "hmm, the kids moving further, I'm less sure now ... keep it but as a maybe", "dat van
de wachtrij weet ik niet meer zo zeker, laat maar staan met een vraagteken"."""

from __future__ import annotations

import re

# The words that doubt what was said before, without taking it back.
DOUBT_RE = re.compile(
    r"\b(?:(?:i'?m|i\s+am|im)\s+(?:(?:a\s+lot|much|a\s+bit|bit)\s+)?less\s+sure|"
    r"(?:i'?m|i\s+am|im)\s+not\s+(?:so|that|too|as)\s+sure(?:\s+anymore)?|"
    r"not\s+(?:so|that|too)\s+sure\s+(?:anymore|about\s+(?:that|it|this))|"
    r"keep\s+(?:it|that|this)\s+(?:but\s+)?(?:as\s+a|with\s+a)\s+(?:maybe|question\s+mark)|"
    r"(?:i\s+)?doubt\s+(?:that|it|this)(?:\s+one)?\s+now|"
    r"weet\s+ik\s+(?:(?:nu|toch|eigenlijk)\s+)*niet\s+(?:meer\s+)?(?:zo\s+)?zeker|"
    r"(?:daar|hier|er)\s+twijfel\s+ik\s+(?:(?:nu|toch|eigenlijk|wel)\s+)*(?:over|aan)|"
    r"twijfel\s+ik\s+(?:(?:nu|toch|eigenlijk|wel)\s+)*(?:over|aan)(?=\s*[,.;!]|$)|"
    r"(?:ben\s+ik|ik\s+ben)\s+(?:(?:nu|toch|eigenlijk)\s+)*(?:minder|niet\s+meer\s+zo)\s+zeker|"
    r"(?:laat|houd|hou)\s+(?:het|die|dat|maar)?\s*(?:maar\s+)?staan\s+(?:als|met)\s+"
    r"(?:een\s+)?(?:twijfel|vraagteken|misschien))\b(?!\s*(?::|over\s+iets|about\s+something))",
    re.IGNORECASE,
)
# What the doubted effect is marked with, per language.
DOUBT_MARK = {"nl": "(twijfel)", "en": "(maybe)"}
