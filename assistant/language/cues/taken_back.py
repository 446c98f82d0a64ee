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
        r"^(?:(?:nee|no|maar|but|en|and)\s+)*(?:schrap|drop|scratch|skip(?!\s+(?:to|ahead|straight|naar)\b)|remove|forget)\s+"
        r"(?P<what2>.+?)(?:\s+(?:then|too|actually|maar|dan))*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^(?P<what>.+?)\s+(?:i'?d|i\s+would|we'?d|we\s+would|i'?ll|we'?ll)\s+(?:drop|leave\s+out|"
        r"skip)(?:\s+(?:actually|then|after\s+all|now))*$|"
        r"^(?P<what2>.+?)\s+(?:mag|kan|moet)\s+(?:er\s+)?(?:(?:toch|maar|ook|wel)\s+)*(?:weg|uit|"
        r"eruit|vervallen)$|^(?P<what3>.+?)\s+(?:can|may)\s+go(?:\s+(?:actually|then))*$|"
        r"^(?P<what4>.+?)\s+(?:laat|schrap)\s+ik\s+(?:(?:toch|maar|dan|bewust|liever|hier|even)\s+)*"
        r"(?:weg|vallen)?$",
        re.IGNORECASE,
    ),
    # a value turned down as such ("X zie ik hier niet als waarde", "niet X", "I disagree with
    # your X", "keep X off the list", "X isn't at stake here") or refused the top ("X wil ik niet
    # bovenaan", "I disagree that X should be the first value")
    re.compile(
        r"^(?:(?:nee|no|maar|but|en|and)\s+)*(?P<what>.+?)\s+(?:zie|vind|noem)\s+ik\s+(?:hier\s+|"
        r"eigenlijk\s+|echt\s+)*(?:niet|geen)\b.*$|"
        r"^(?:(?:nee|no|maar|but|en|and)\s+)*(?P<what2>.+?)\s+(?:wil|zet)\s+ik\s+(?:(?:echt|dus|"
        r"liever)\s+)*niet\s+(?:bovenaan|op\s+(?:1|één|een|de\s+eerste\s+plaats)|als\s+eerste)$|"
        r"^(?:(?:and|but|en|maar)\s+)*(?:niet|not)\s+(?P<what3>[^\W\d][\w -]{2,40}?)$|"
        r"^(?:(?:and|but|so)\s+)*i\s+(?:disagree|don'?t\s+agree)\s+(?:with\s+(?:your|the)\s+"
        r"(?P<what4>.+?)|that\s+(?P<what5>.+?)\s+(?:should|must|is\s+to)\s+be\s+(?:the\s+)?(?:first|"
        r"top|main)(?:\s+value)?)$|"
        r"^(?:(?:and|but|so)\s+)*keep\s+(?P<what6>.+?)\s+off(?:\s+the\s+list)?$|"
        r"^(?P<what7>.+?)\s+(?:is\s*n'?t|is\s+not|isn't)\s+(?:really\s+)?(?:a\s+value\b|at\s+stake)"
        r".*$",
        re.IGNORECASE,
    ),
)
_OLD = r"(?P<old>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
_NEW = r"(?P<new>[\w'-]+(?:\s+[\w'-]+){0,6}?)"
_STOP = r"\s*(?:[,.;:!?]|$|\s+(?:want|omdat|because|since|as|dat\s+speelde|that\s+was))"
# A value chosen before, replaced by another ("replace autonomy with trust", "ik wil gelijke
# toegang toch vervangen door professionele autonomie", "vervang X door Y", "in plaats van X
# liever Y", "eerlijkheid is niet het goede woord. Ik bedoel eigenlijk betrouwbaarheid", "X
# isn't the right word, I mean Y", "Y ipv X"): ``old`` the value taken off, ``new`` the one in
# its place.
VALUE_REPLACED_RES = (
    re.compile(
        rf"\b(?:replace|swap|vervang)\s+{_OLD}\s+(?:with|by|for|door|voor)\s+{_NEW}{_STOP}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_OLD}\s+(?:(?:toch|liever|maar|eigenlijk|dan)\s+)*(?:vervangen|inruilen)\s+"
        rf"(?:door|voor)\s+{_NEW}{_STOP}",
        re.IGNORECASE,
    ),
    # "efficiëntie eruit, doe maar privacy", "efficiency out, make it privacy"
    re.compile(
        rf"^{_OLD}\s+(?:eruit|er\s+uit|weg|out|off)\s*[,;]\s*(?:(?:doe|neem|maak|make|take|use|"
        rf"put)\s+(?:er\s+|it\s+)?(?:(?:maar|dan|liever|instead|in)\s+)*)?{_NEW}{_STOP}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bin\s+plaats\s+van\s+{_OLD}\s*,?\s+(?:(?:liever|toch|dan|wil\s+ik|neem\s+ik)\s+)*"
        rf"{_NEW}{_STOP}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b{_OLD}\s+(?:is\s+niet\s+het\s+(?:goede|juiste)\s+woord|is\s+not\s+the\s+right\s+word|"
        r"isn'?t\s+the\s+right\s+word)\s*[.,;:]?\s+(?:(?:ik\s+bedoel|bedoel\s+ik|I\s+mean|I\s+meant|"
        r"make\s+it|maak\s+er|het\s+is|it'?s)\s+)(?:(?:eigenlijk|juist|actually|really|van)\s+)*"
        rf"{_NEW}{_STOP}",
        re.IGNORECASE,
    ),
    # the new one first ("transparantie in plaats van privacy", "rechtvaardigheid ipv
    # eerlijkheid", "make it transparency instead of privacy")
    re.compile(
        r"^(?:(?:ok[eé]?|okay|nee|no|liever|dan|rather|make\s+it|maak\s+er|doe\s+maar)\s*,?\s+)*"
        rf"{_NEW}\s+(?:ipv|i\.p\.v\.?|in\s+plaats\s+van|instead\s+of|rather\s+than)\s+{_OLD}"
        r"\s*[.!]*$",
        re.IGNORECASE,
    ),
)
# The word for a value in a part that turns one down ("I disagree that X should be the first
# value"): the part is about a value, also one the catalogue does not name.
VALUE_WORD_RE = re.compile(r"\b(?:values?|waardes?|waarden)\b", re.IGNORECASE)
