"""Stories told among the effects (Dutch and English): an incident told as it happened once
("vorige week belde een buurvrouw ...", "last month one farmer said ...", "Ria told me about a
girl who ..."), and the words that make such a story an effect after all (its own judgement)."""

from __future__ import annotations

import re

from assistant.language.cues.scenes import PERSON_NOUN

# A sentence that opens on a moment in the past or on someone who told the speaker of it: an
# incident, told to show what happens; not itself an effect on someone.
INCIDENT_RE = re.compile(
    r"^\W*(?:(?:en|and|o|oh|ook|also|zo|so)\W+)?(?:"
    r"(?:vorige|afgelopen)\s+(?:week|maand|jaar|zomer|winter|keer|dinsdag|maandag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag)|gisteren|eergisteren|vanochtend|vanmorgen|"
    r"last\s+(?:week|month|year|summer|winter|time|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)|yesterday|this\s+morning|"
    r"(?:at|on|during)\s+(?:a|the|our)\s+(?:[\w-]+\s+){0,2}(?:meeting|session|evening|visit|"
    r"shift)\s+(?:last|this)\s+\w+|"
    r"(?:op|tijdens)\s+(?:een|de|onze)\s+(?:[\w-]+\s+){0,2}(?:vergadering|avond|bijeenkomst|"
    r"dienst|bezoek)\s+(?:vorige|afgelopen)\s+\w+|"
    # a moment some time back ("twee winters geleden", "two winters ago", "na de storm van
    # vorig jaar", "after last year's flood")
    r"(?:[\w-]+\s+){1,2}(?:jaar|jaren|winters?|zomers?|maanden|weken|years?|summers?|months?|"
    r"weeks?)\s+(?:geleden|ago)|"
    r"na\s+(?:de|het|die|dat)\s+(?:[\w-]+\s+){1,2}van\s+(?:vorig|afgelopen|vorige)\s+"
    r"(?:jaar|week|maand|zomer|winter|najaar|voorjaar)|"
    r"after\s+last\s+(?:year|month|week|summer|winter|autumn|spring)'s"
    r")\b|"
    r"^\W*(?:[\w'-]+\s+){1,3}(?:told\s+me\s+(?:about|of)|vertelde\s+(?:me|mij)\s+(?:over|van))\s",
    re.IGNORECASE,
)
# The speaker's own judgement in a story ("so that's positive I guess", "dat is een echt
# pluspunt"): the story is told as an effect.
STORY_JUDGED_RE = re.compile(
    r"\b(?:positief|negatief|positive|negative|pluspunt|minpunt|voordeel|nadeel|upside|"
    r"downside|benefit|drawback)\b",
    re.IGNORECASE,
)

# A clause whose subject is one person the speaker tells of: by title and name ("mevrouw Jansen
# kreeg ...", "Mrs Smith couldn't ..."), by first name and age ("Daan, 14, ...", "Henk (58)
# ..."), or as one of a kind ("een jongen die ...", "a grandmother of 80 ...", "one driver
# told me ..."): what happened to that person shows what happens to the group.
_TITLE = (
    r"(?i:mevrouw|mevr|mw|meneer|dhr|mr|mrs|ms|miss)\.?\s+(?:de\s+|van\s+(?:de\s+|der\s+)?)?"
    r"[A-Z][\w'-]+"
)
_NAME_AGE = r"[A-Z][a-z][\w'-]+\s*(?:,\s*|\(\s*)(?:\d{1,3}\b|(?:die|who)\s)"
_ONE_OF_A_KIND = (
    r"(?:a|an|one|een|één|zo'n)\s+(?!(?:[\w'-]+\s+){0,2}?\w*(?:collega|colleague))"
    r"(?:[\w'-]+,?\s+){0,2}" + PERSON_NOUN
)
ONE_PERSON_STORY_RE = re.compile(
    r"^\W*(?i:(?:en|and|maar|but|toen|then|zo|so|ook|also|neem|take|bijvoorbeeld|"
    r"for\s+example|like)\W+){0,2}"
    rf"(?:{_TITLE}|{_NAME_AGE}|(?i:{_ONE_OF_A_KIND}))",
)
