"""A short question in brackets behind one item of a list, doubting whether it belongs ("de
broedvogels (mag dat?)", "the nesting birds (is that allowed?)", "de ombudsman (klopt dat?)"):
an aside about that item, not a question about the whole message, so the list is read without
it and the item stays on it (Dutch and English)."""

from __future__ import annotations

import re

MAX_DOUBT_WORDS = 6  # "(of is dat te ver gezocht?)"; a longer bracket says more than a doubt
ITEM_DOUBT_RE = re.compile(
    r"\s*\((?P<doubt>(?:[^()?\n]\s*){1,60}\?)\)(?=\s*(?:[,;.]|$|\s+(?:en|and|of|or)\b|\n))",
    re.IGNORECASE,
)
