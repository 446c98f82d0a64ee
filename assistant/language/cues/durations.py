"""Cue words for a duration compared with how it goes now (Dutch and English): "a stack takes
them 6 hrs, with the tool maybe 2", "binnen 2 dagen in plaats van 3 weken", "de achterstand
ging van 9 naar 4 maanden", "from three weeks to two days"."""

from __future__ import annotations

import re

# Minutes in each unit of time.
UNIT_MINUTES = {
    "sec": 1 / 60, "seconde": 1 / 60, "seconden": 1 / 60, "second": 1 / 60, "seconds": 1 / 60,
    "min": 1, "mins": 1, "minuut": 1, "minuten": 1, "minute": 1, "minutes": 1,
    "u": 60, "uur": 60, "uren": 60, "h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60,
    "dag": 1440, "dagen": 1440, "day": 1440, "days": 1440,
    "week": 10080, "weken": 10080, "weeks": 10080, "wk": 10080, "wks": 10080,
    "maand": 43200, "maanden": 43200, "month": 43200, "months": 43200,
    "jaar": 525600, "jaren": 525600, "year": 525600, "years": 525600, "yr": 525600,
}  # fmt: skip
# Numbers said in words.
NUMBER_WORDS = {
    "een": 1, "één": 1, "a": 1, "an": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3,
    "vier": 4, "four": 4, "vijf": 5, "five": 5, "zes": 6, "six": 6,
    "paar": 2, "few": 3, "couple": 2, "tien": 10, "ten": 10,
}  # fmt: skip
_NUMBER = r"(?:\d+(?:[.,]\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(?:" + "|".join(sorted(UNIT_MINUTES, key=len, reverse=True)) + r")"
_AMOUNT = rf"(?P<{{name}}>{_NUMBER})\s*(?P<{{name}}u>{_UNIT})?\b"
_HEDGE = r"(?:(?:maybe|misschien|nog|zo'?n|about|around|roughly|ongeveer|circa|ca\.?|just|only|"
_HEDGE += r"maar|slechts|hooguit|at\s+most|max(?:imaal)?|straks|soon|binnen|within|in|under|"
_HEDGE += r"onder|less\s+than|minder\s+dan)\s+)*"


def _amount(name: str) -> str:
    return _AMOUNT.format(name=name)


# Each comparison with the amount before and the amount after it.
DURATION_COMPARE_RES = (
    # "van 9 naar 4 maanden", "from three weeks to two days", "down from 25 to 10 minutes"
    re.compile(
        rf"\b(?:van|from)\s+{_HEDGE}{_amount('old')}\s+(?:naar|tot|to|down\s+to|up\s+to)\s+"
        rf"{_HEDGE}{_amount('new')}",
        re.IGNORECASE,
    ),
    # "binnen 2 dagen in plaats van 3 weken", "within a day instead of 3 weeks"
    re.compile(
        rf"{_HEDGE}{_amount('new')}(?:\s+[^\W\d]+){{0,3}}?\s+(?:in\s+plaats\s+van|i\.?p\.?v\.?|instead\s+of|rather\s+than|"
        rf"compared\s+to|vergeleken\s+met|versus|vs\.?)\s+{_HEDGE}{_amount('old')}",
        re.IGNORECASE,
    ),
    # "takes them about 6 hrs (now), with the tool maybe 2", "kost nu 3 uur, met de app 1"
    re.compile(
        rf"{_amount('old')}(?:\s+(?:now|nu|today|vandaag))?\s*[,;]?\s+(?:and\s+|en\s+)?"
        r"(?:with|met|using|straks|soon|voortaan|in\s+future|"
        r"once\s+it'?s\s+live)\b[^,;.\d]{0,30}?"
        rf"{_HEDGE}{_amount('new')}",
        re.IGNORECASE,
    ),
)
