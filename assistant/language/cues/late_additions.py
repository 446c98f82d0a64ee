"""Cue words for actors and effects added late, where the options (or the summary) are asked
(Dutch and English): an actor announced as forgotten ("one more actor I forgot: the X", "nog een
actor: de X, die ...", "I forgot the X, their ...", "ik vergat de X, die ..."), people not yet
among the effects ("de kinderen zelf had ik nog niet bij de effecten", "I hadn't mentioned the
X yet"), an effect announced as forgotten with the people it is about ("an effect I forgot, new
donors: ..."), and a direction said of the effect before ("Negative for them.", "That's fine for
them, positive really", "zet dat er ook bij, als positief")."""

from __future__ import annotations

import re

# Words that may open an addition without changing it ("oh", "and", "o ja").
_OPEN = (
    r"^\W*(?:(?:o\s+ja|oh\s+ja|oja|o\s+nee|oh\s+nee|oh|o|ah|hm+|uh+m*|and|en|also|ook|sorry|"
    r"wait|wacht)"
    r"\b\W*)*"
)
_FORGOT = (
    r"(?:\s+(?:die|dat|that|which))?\s+(?:i|we|ik|wij)\s+(?:(?:nog|also|ook|still|totally|"
    r"helemaal)\s+)?(?:vergat|vergeten\s+was|vergeten\s+ben|vergeten|forgot|missed|overlooked|"
    r"left\s+out|oversloeg)"
)
_MORE = (
    r"(?:(?:one|two)\s+more\s+|another\s+|nog\s+(?:een\s+|één\s+)?|"
    r"(?:also\s+)?(?:an?|een|één)\s+)?"
)
# An actor owed from before ("... I should've said earlier", "... die ik eerder had moeten
# noemen").
_EARLIER = (
    r"(?:\s+(?:that|which|die|dat))?\s+(?:i|we|ik|wij)\s+(?:should(?:'ve|\s+have)|"
    r"(?:eerder\s+|al\s+|ook\s+)*had(?:den)?\s+moeten)\s+(?:said|mentioned|named|listed|added|"
    r"noemen|zeggen|toevoegen)(?:\s+(?:earlier|before|already|eerder|al))?"
)
_ACTOR_WORD = (
    r"(?:actor|actoren|actors|stakeholders?|betrokkenen?|belanghebbenden?|partij|partijen|groep|"
    r"group)"
)
# "One more actor I forgot: the X", "nog een actor: de X, die ...", "een betrokkene die ik
# vergat: ...", "I forgot an actor, the X, they ...", "one more actor I should've said earlier,
# the X": the names after the colon (or the comma after the forgetting), and what is said of
# them after a comma.
ACTOR_ANNOUNCED_RE = re.compile(
    _OPEN
    + r"(?:"
    + _MORE
    + _ACTOR_WORD
    + rf"(?:(?:{_FORGOT}|{_EARLIER})\s*(?:erbij|too|ook|more)?\s*[:,]|"
    r"\s*(?:erbij|too|ook|more)?\s*:)|"
    r"(?:i|ik|we|wij)\s+(?:also\s+|ook\s+|nog\s+)?(?:forgot|missed|vergat|ben\s+vergeten|"
    r"was\s+vergeten)\s+" + _MORE + _ACTOR_WORD + r"\s*[:,])"
    r"\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "Add the X: they pay for ...", "voeg de X ook toe: die ...": people added with a colon and
# what is said of them.
ADD_WITH_COLON_RE = re.compile(
    _OPEN + r"(?:(?:please|graag|also|ook)\s+)?(?:add|voeg)\s+(?P<who>[^:,.;!?]{2,50}?)"
    r"(?:\s+(?:too|as\s+well|also|ook|nog))*(?:\s+(?:toe|erbij|bij))?\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "I forgot the X, their ...", "ik vergat de X, die ...", "I also forgot the X as an actor":
# names right after the verb (never "I forgot to ...", "ik vergat te ...", "... that ...").
FORGOT_NAMES_RE = re.compile(
    _OPEN + r"(?:i\s+(?:also\s+|totally\s+|completely\s+)?(?:forgot|missed|left\s+out)|"
    r"ik\s+(?:ben\s+)?(?:vergat|vergeten)|ik\s+(?:ben|was)\s+(?=[^,.;:]{2,60}\s+vergeten\b))"
    r"\s+(?!(?:to|te|that|dat|about|om|iets|something|one|een\s+ding|to\s+say)\b)"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# A clause said of the people just named ("the judge who has to rely on ...", "de huisarts die
# ..."): where their name ends.
RELATIVE_AFTER_NAME_RE = re.compile(r"\s+(?:who|whom|whose|die|that)\s+", re.IGNORECASE)
# Where the names of a forgotten group end: a role they play ("as an actor"), a comma.
AS_ACTOR_RE = re.compile(
    r"\s+(?:as\s+(?:an?\s+)?(?:actor|stakeholder|group)|als\s+(?:actor|betrokkene|partij|groep)|"
    r"(?:bij|in|among|from)\s+(?:de|the)\s+(?:actoren|actors|effecten|effects|lijst|list)|"
    r"(?:too|ook|also|nog)|vergeten)\b",
    re.IGNORECASE,
)
# "de kinderen zelf had ik nog niet bij de effecten", "X heb ik nog niet genoemd", "I hadn't
# mentioned the X yet", "I haven't listed the X among the effects".
NOT_YET_RE = re.compile(
    _OPEN + r"(?:(?P<nl>[^,:;.!?]{2,50}?)\s+(?:had|heb)\s+ik\s+(?:nog\s+)?(?:niet|nergens)\s+"
    r"(?:bij\s+de\s+(?:effecten|actoren|betrokkenen)|genoemd|meegenomen|op\s+de\s+lijst)|"
    r"i\s+(?:hadn'?t|haven'?t|didn'?t|did\s+not|have\s+not|had\s+not)\s+(?:yet\s+)?"
    r"(?:mentioned|listed|included|named|mention|list|include|name)\s+(?P<en>[^,:;.!?]{2,50}?)"
    r"(?:\s+(?:yet|among\s+the\s+(?:effects|actors)|in\s+the\s+(?:effects|actors)))*)"
    r"\W*$",
    re.IGNORECASE,
)
# "An effect I forgot, new donors: ...", "nog een effect dat ik vergat, voor de X: ...": the
# people an effect announced late is about, before its colon.
EFFECT_FOR_RE = re.compile(
    _OPEN + _MORE + r"(?:effect|gevolg)" + _FORGOT + r"\s*,\s*(?:(?:voor|for|bij)\s+)?"
    r"(?P<who>[^:,.;!?]{2,40}?)\s*:\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# A direction said of the effect told just before ("Negative for them.", "That's fine for them,
# positive really, nothing changes", "zet dat er ook bij, als positief", "dat moet er ook bij,
# als positief denk ik"): no item of its own.
_POS = r"positive|positief|plus|pluspunt|a\s+plus|een\s+plus|good\s+for\s+them|goed\s+voor\s+hen"
_NEG = (
    r"negative|negatief|minus|min|minpunt|a\s+minus|een\s+min|bad\s+for\s+them|"
    r"slecht\s+voor\s+hen"
)
_THEM = (
    r"(?:\s+(?:for|voor)\s+(?:them|him|her|hen|hem|haar|ze|hun|those|die|these|deze)"
    r"(?:\s+\w+)?)?"
)
_SOFT = (
    r"(?:\s*,?\s*(?:really|then|i\s+think|i\s+guess|i'd\s+say|actually|obviously|of\s+course|"
    r"denk\s+ik|eigenlijk|dus|toch|natuurlijk|wel|zeker|echt))*"
)
_SO_ON = (
    r"(?:\s*,\s*(?:nothing\s+changes(?:\s+for\s+them)?|er\s+verandert\s+(?:niets|niks)(?:\s+voor\s+"
    r"hen)?|niks\s+verandert|nothing\s+else\s+changes))?"
)
DIRECTION_SAID_RE = re.compile(
    r"^\W*(?:(?:and|en|so|dus|oh|o)\b\W*)*"
    r"(?:(?:that'?s|that\s+is|it'?s|it\s+is|this\s+is|dat\s+is|dit\s+is|het\s+is)\s+)?"
    r"(?:(?:fine|good|great|ok|okay|bad|prima|fijn|goed|slecht)" + _THEM + r"\s*,?\s*)?"
    r"(?:(?:zet|put|add|noteer|note)\s+(?:dat|die|dit|that|it|this)\s+(?:er\s+)?(?:ook\s+|too\s+|"
    r"also\s+)?(?:bij|in|down|erbij)?\s*,?\s*|(?:dat|dit|het)\s+moet\s+er\s+(?:ook\s+)?bij\s*,?\s*)?"
    rf"(?:(?:als|as)\s+(?:an?\s+|een\s+)?)?(?:(?P<pos>{_POS})|(?P<neg>{_NEG}))"
    r"(?:\s+(?:one|effect|effects|punt))?" + _THEM + _SOFT + _SO_ON + r"\W*$",
    re.IGNORECASE,
)
