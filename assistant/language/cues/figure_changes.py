"""A figure told before and after ("van 9% naar 6%", "from ten days to the same day", "zes weken
wordt twee dagen", "30% valse meldingen, de sensoren 8%") and what it measures (Dutch and
English): the direction of such a change is whether the figure goes the way it should."""

from __future__ import annotations

import re

NUMBER_WORDS: dict[str, float] = {
    "een": 1, "één": 1, "one": 1, "a": 1, "twee": 2, "two": 2, "drie": 3, "three": 3,
    "vier": 4, "four": 4, "vijf": 5, "five": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7,
    "acht": 8, "eight": 8, "negen": 9, "nine": 9, "tien": 10, "ten": 10, "twaalf": 12,
    "twelve": 12, "twintig": 20, "twenty": 20, "dertig": 30, "thirty": 30, "veertig": 40,
    "forty": 40, "vijftig": 50, "fifty": 50, "honderd": 100, "hundred": 100,
    "nul": 0, "zero": 0, "none": 0, "geen": 0,
}  # fmt: skip
# Units of time, in hours: a lead time or a waiting time.
TIME_UNITS: dict[str, float] = {
    "minuut": 1 / 60, "minuten": 1 / 60, "minute": 1 / 60, "minutes": 1 / 60, "min": 1 / 60,
    "uur": 1, "uren": 1, "hour": 1, "hours": 1, "dag": 24, "dagen": 24, "day": 24, "days": 24,
    "werkdag": 24, "werkdagen": 24, "week": 168, "weken": 168, "weeks": 168, "maand": 720,
    "maanden": 720, "month": 720, "months": 720,
}  # fmt: skip
# The same day, said instead of a figure ("naar dezelfde dag", "to the same day").
SAME_DAY_RE = re.compile(
    r"^(?:dezelfde|diezelfde|the\s+same|same)[\s-]+day$|^dezelfde\s+dag$", re.I
)
_NUM = (
    r"(?:\d+(?:[.,]\d+)?|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|"
    r"dertig|veertig|vijftig|honderd|nul|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty|thirty|forty|fifty|hundred|zero)"
)
_UNIT = r"(?:\s*%|\s+procent|\s+percent|\s+[a-z]+)?"
_SAME_DAY = r"(?:dezelfde|diezelfde|the\s+same|same)[\s-]+(?:dag|day)"
# "van 5 dagen naar dezelfde dag", "from 9% to 6%", "went from ten weeks to four"
FROM_TO_RE = re.compile(
    rf"\b(?:van|from)\s+(?:zo'?n\s+|about\s+|around\s+|ca\.?\s+|gemiddeld\s+)?"
    rf"(?P<a>{_NUM})(?P<ua>{_UNIT})\s+(?:naar|to|tot)\s+(?:zo'?n\s+|about\s+|around\s+|ca\.?\s+)?"
    rf"(?P<b>{_SAME_DAY}|{_NUM})(?P<ub>{_UNIT})",
    re.IGNORECASE,
)
# "zes weken wordt twee dagen", "six weeks becomes two days"
BECOMES_RE = re.compile(
    rf"\b(?P<a>{_NUM})(?P<ua>{_UNIT})\s+(?:wordt|worden|becomes|become|turns\s+into)\s+"
    rf"(?:straks\s+|soon\s+)?(?P<b>{_SAME_DAY}|{_NUM})(?P<ub>{_UNIT})",
    re.IGNORECASE,
)
# "gaf 30% valse meldingen, de sensoren tot nu toe 8%", "20 minuten per klacht, nu 5",
# "six weeks now, on the fast lane two days": a figure, then after a comma a new subject or a
# now, and a second figure of the same kind.
THEN_NOW_RE = re.compile(
    rf"\b(?P<a>{_NUM})(?P<ua>{_UNIT})(?P<what>[^,;.!?]{{0,50}}?),\s*(?:(?:en|and|maar|but)\s+)?"
    rf"(?:nu|now|straks|soon|then|dat|dit|that|this|it|(?:met|with|bij|on|in|de|het|the|onze|our)\s+[\w'-]+"
    rf"(?:\s+[\w'-]+)?)(?:\s+(?:tot\s+nu\s+toe|so\s+far|nog\s+maar|maar|only|just|is|zijn|are|"
    rf"it'?s|is\s+het|gives|geeft|geven|give|nog|still|dan|then|now|nu|straks|wordt|worden|"
    rf"becomes|will\s+be|goes\s+to|gaat\s+naar))*\s+"
    rf"(?P<b>{_SAME_DAY}|{_NUM})(?P<ub>{_UNIT})(?!\s*[\w'-]*\s*(?:op|of|van|out\s+of)\s+\d)",
    re.IGNORECASE,
)
# Words for what should go down besides the burdens of the direction cues: wrong or false
# results, absence, drop-out and no-shows.
SHOULD_FALL = (
    "vals", "false", "onterecht", "wrong", "verkeerd", "verzuim", "uitval", "drop", "no-show",
    "no show", "afkeur", "rejected", "missed", "gemist", "naast", "klacht", "complain",
)  # fmt: skip
# Words for what should go up: work done in time, cases found, people reached.
SHOULD_RISE = (
    "done", "klaar", "afgerond", "voltooid", "completed", "gevonden", "found", "bereikt",
    "reached", "opgelost", "solved", "op tijd", "on time", "binnen", "within", "tevreden",
    "satisfied", "hits", "raak", "treffers",
)  # fmt: skip
