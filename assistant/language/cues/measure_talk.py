"""Cue words for talk about measures that names no measure of its own (Dutch and English): a
measure turned down ("not the newsletter", "dat infomoment voor tuinders niet, daar komt
niemand"), a doubt or a pause ("ik twijfel of dat nodig is", "daar moet ik even over
nadenken", "hm, hadn't thought of that"), measures pointed at where they were written ("die
afspraken uit de notulen zijn er twee", "the two actions from the minutes stand") and a
proposal picked by a word alone ("the appeal one too", "het camera-idee hierboven, ja") and the
direction of an effect set ("zet het maar als negatief", "keep it negative for the job loss")."""

from __future__ import annotations

import re

_LEAD = r"^\W*(?:(?:en|and|maar|but|ok[eé]?|nou|well|hm+|so|dus|ja|yes|nee|no)\W+)*"
_POINTER = r"(?:the|that|this|those|de|het|die|dat|deze|dit)"
# A measure turned down by what it is: "not the newsletter", "niet die brief aan iedereen",
# "dat infomoment voor tuinders niet", "the dashboard, no" - unless a measure takes its place
# in the same words ("niet de brief maar een telefoontje", "not X, rather Y").
DECLINED_MEASURE_RES = (
    re.compile(_LEAD + rf"(?:not|niet)\s+{_POINTER}\b", re.IGNORECASE),
    re.compile(
        _LEAD + rf"{_POINTER}\s+(?:[\w'/-]+\s+){{0,8}}?(?:niet|no|not)\s*(?:[,.;:!]|$)",
        re.IGNORECASE,
    ),
)
INSTEAD_RE = re.compile(
    r"\b(?:maar|but|liever|rather|instead|in\s+plaats|wel|alleen|only|just|enkel|slechts)\b",
    re.IGNORECASE,
)
# A measure offered with a doubt is still one ("not sure, maybe a buddy for new staff").
HEDGED_MEASURE_RE = re.compile(r"\b(?:misschien|wellicht|mss|maybe|perhaps)\b", re.IGNORECASE)
# A doubt or a pause about a measure or a kind, no measure itself: "ik twijfel of dat nodig
# is", "daar moet ik even over nadenken", "hadn't thought of that", "not sure", "geen idee".
DOUBT_RE = re.compile(
    r"\b(?:ik\s+twijfel|i\s+doubt|(?:moet|wil)\s+ik\s+(?:nog\s+)?(?:even\s+)?(?:over\s+)?"
    r"nadenken|(?:need|have)\s+to\s+think|let\s+me\s+think|(?:hadn'?t|had\s+not|never)\s+"
    r"thought\s+(?:of|about)|had\s+ik\s+(?:nog\s+)?niet\s+(?:aan\s+)?gedacht|weet\s+ik\s+"
    r"(?:nog\s+)?niet|(?:i'?m\s+)?not\s+sure|geen\s+idee|no\s+idea|kan\s+niet\s+zoveel|"
    r"can'?t\s+do\s+(?:much|a\s+lot))\b",
    re.IGNORECASE,
)
DOUBT_WORDS = 10  # "Voor de mensen zelf, daar moet ik even over nadenken": no room for a measure
# Measures pointed at where they were written, not said again: "die afspraken uit de notulen",
# "the two actions from the minutes stand", "the measures in the mail".
WRITTEN_ELSEWHERE_RE = re.compile(
    r"\b(?:afspraken|acties|actiepunten|maatregelen|punten|actions|action\s+points|"
    r"agreements|measures|points)\s+(?:uit|in|van|from|in|of)\s+(?:de|het|die|dat|the|that)\s+"
    r"(?:notulen|verslag|mail|e-?mail|memo|brief|stuk|minutes|notes|letter|report)\b",
    re.IGNORECASE,
)
WRITTEN_ELSEWHERE_WORDS = 9
# A proposal picked by a word alone: "the appeal one too", "the camera idea above, yes", "the
# training one, not the dashboard", "die met de audit wil ik wel", "het camera-idee, ja".
PICKED_BY_WORD_RE = re.compile(
    _LEAD + rf"{_POINTER}\s+(?:[\w'/-]+\s+){{0,2}}?(?:[\w'/-]+[- ])?(?:one|idea|thing|idee|ding|"
    r"voorstel|optie|option)\b(?:\s+(?:above|too|as\s+well|also|ook|hierboven|van\s+(?:jou|je|"
    r"u)|from\s+(?:you|above)))*\W*(?:(?:yes|ja|graag|please|too|ook|wel|prima|fine|ok[eé]?)\W*)*"
    rf"(?:(?:not|niet)\s+{_POINTER}\s+[\w'/-]+(?:\s+[\w'/-]+)?\W*)?$",
    re.IGNORECASE,
)
# The direction of an effect set, no measure: "zet het maar als negatief", "keep it negative for
# the job loss but add the positive one", "mark that one as positive", "noteer die als min".
DIRECTION_SET_RE = re.compile(
    _LEAD + r"(?:zet|noteer|maak|houd|hou|laat|keep|mark|make|put|leave|note|record)\s+"
    r"(?:het|it|dat|that|die|this|dit|deze|the\s+\w+(?:\s+one)?)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:als|as|op)\s+)?(?:een\s+|a\s+)?(?:negatie[fv]e?|positie[fv]e?|negative|positive|min|"
    r"plus|minus)(?=\s*(?:$|[,.;!]|(?:for|voor|bij|but|maar|then|dan|staan)\b))",
    re.IGNORECASE,
)
