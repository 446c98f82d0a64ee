"""Verdicts on the assistant's option proposals by their place ("De eerste vind ik niks, twee en
drie wel", "The first is too expensive", "1 is te vaag, dat doen we niet", "Accept 1 and 3.
Reject 2.", "The middle one I just don't see happening"): which proposals are taken or turned
down, and no measure of the user's own (Dutch and English)."""

from __future__ import annotations

import re

# The proposals not named elsewhere in the message ("nr 2 niet, rest prima", "1 no, the others
# are fine", "de andere twee wel"): judged together once the named ones are known.
_REST = (
    r"(?:(?:de|het|the|alle|all)\s+)?(?:rest|overige|overigen|others|anderen|"
    r"(?:andere|other)\s+(?:twee|drie|two|three|ones?|voorstellen|proposals|suggestions))\b"
)
# A proposal named by its place or number ("de eerste", "the third one", "voorstel 2", "twee",
# "the middle one"); "een"/"one" are left out, they open too many other sentences.
_PLACE = (
    r"(?:(?:(?:het\s+)?voorstel|(?:the\s+)?proposal|(?:de\s+)?optie|(?:the\s+)?option|"
    r"(?:de\s+)?suggestie|(?:the\s+)?suggestion|nummer|number|nr\.?|#)\s*)?"
    r"(?:\d{1,2}\b|(?:(?:de|het|die|the|that)\s+)?(?:eerste|tweede|derde|vierde|vijfde|laatste|"
    r"middelste|first|second|third|fourth|fifth|last|middle)\b(?:\s+(?:one|voorstel|optie|idee|"
    r"proposal|suggestion|option))?|(?:twee|drie|vier|vijf|two|three|four|five)\b|" + _REST + r")"
)
# A short label before the verdict ("Options: accept 1 and 3", "Besluit team: voorstel 1 ...").
_LABEL = r"(?:[\w-]+(?:\s+[\w-]+)?\s*:\s*)?"
PLACES = rf"{_PLACE}(?:\s*(?:,|&|\ben\b|\band\b|\bplus\b)\s*{_PLACE})*"
# A verb that takes or turns down the places after it ("Accept 1 and 3", "Reject 2", "schrap de
# derde"); "take"/"neem" are read elsewhere.
VERDICT_VERB_RE = re.compile(
    r"^\W*"
    + _LABEL
    + r"(?:(?:and|en|but|maar|ook|also)\s+)?(?P<verb>accept|approve|reject|skip|drop|scrap|"
    r"schrap|accepteer|laat\s+(?:maar\s+)?vallen)\s+(?P<places>" + PLACES + r")\W*$",
    re.IGNORECASE,
)
# Places that open a clause and a judgement of them ("de eerste vind ik niks", "twee en drie
# wel", "the first is too expensive", "1 is te vaag", "the middle one I just don't see
# happening", "the third would need a decision by the board").
VERDICT_OPENING_RE = re.compile(
    r"^\W*" + _LABEL + r"(?:(?:and|en|but|maar|ook|also|dus|so)\s+)?(?P<places>" + PLACES + r")\s*"
    r"(?P<judged>(?:vind\s+ik|lijkt\s+(?:me|mij)|klinkt|zie\s+ik|doen\s+we|werkt|kost|gaat|zou|"
    r"hoeft|hoeven|laat\s+ik|"
    r"moet|is|are|zijn|isn'?t|aren'?t|sounds?|seems?|looks?|would|will|won'?t|costs?|needs?|"
    r"(?:i|we)\s+(?:just\s+|really\s+|simply\s+)?(?:don'?t|do\s+not|can'?t|cannot|like|find|"
    r"love|see)|wel|ook|niet|nee|no|not|yes|ja|too|also|overnemen|weg|prima|goed|fine|ok[eé]?)"
    r"\b.*)$",
    re.IGNORECASE,
)
VERDICT_WORDS = 12  # a clause that says more than this is a measure, not a verdict
# Words that turn the proposals of a clause down ("niks", "te duur", "not realistic", "reject").
TURNED_DOWN_RE = re.compile(
    r"\b(?:niet|niks|niets|geen|nooit|nee|weg|vaag|onrealistisch|not|no|never|don'?t|do\s+not|"
    r"won'?t|can'?t|cannot|isn'?t|aren'?t|reject|skip|drop|scrap|schrap|vallen|too|te|"
    r"unrealistic|vague|expensive|duur)\b",
    re.IGNORECASE,
)
# Words that take the proposals of a clause ("wel", "goed", "prima", "accept", "sounds good").
TAKEN_RE = re.compile(
    r"\b(?:wel|ook|goed|prima|mooi|top|sterk|nuttig|akkoord|overnemen|ja|yes|good|fine|great|"
    r"nice|useful|ok[eé]?|okay|accept|approve|like|love|also|too|agree)\b",
    re.IGNORECASE,
)
# Where a sentence's clauses part ("De eerste vind ik niks, twee en drie wel").
VERDICT_CLAUSE_RE = re.compile(r"\s*[,;]\s*|\s+(?:and|en|but|maar)\s+(?=" + PLACES + r"\s)", re.I)
# A clause that adds a measure after a verdict ("..., and I'd add ...", "..., plus ..."): kept.
ADDED_MEASURE_RE = re.compile(
    r"^(?:(?:and|en)\s+)?(?:plus|also\s+add|i'?d\s+(?:also\s+)?add|add|voeg|daarnaast|"
    r"bovendien|verder|wat\s+ik|what\s+i|ook\s+nog|nog\s+(?:een|iets)|also\s+(?:a|an|some))\b",
    re.IGNORECASE,
)
PLACE_RE = re.compile(_PLACE, re.IGNORECASE)
REST_PLACE_RE = re.compile(r"^\W*" + _REST + r"\W*$", re.IGNORECASE)
MIDDLE_WORDS = ("middelste", "middle")
BARE_PLACES_RE = re.compile(
    r"^\W*" + _LABEL + r"(?:(?:and|en|but|maar)\s+)?" + PLACES + r"\W*$", re.IGNORECASE
)  # "twee" before "en drie wel"
