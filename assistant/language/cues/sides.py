"""Words that say something goes both ways for someone, without saying how yet ("ik zie bij
de werkcoaches twee kanten", "voor de baliemedewerkers is het dubbel", "for the nurses it cuts
both ways", "I see two sides for the inspectors"): the sentence names whom the effects after it
are about; it is no effect itself."""

from __future__ import annotations

import re

# A verdict of both directions at once.
BOTH_WAYS_RE = re.compile(
    r"\b(?:twee kanten|2 kanten|dubbel|tweeledig|gemengd|tweesnijdend|voor- en nadelen|"
    r"plussen en minnen|goed en slecht|both ways|two sides|2 sides|mixed|double-edged|"
    r"two-edged|pros and cons|good and bad|plusses and minuses)\b",
    re.IGNORECASE,
)
# The people it goes both ways for: after "bij"/"voor"/"for"/"with", up to two words.
BOTH_WAYS_FOR_RE = re.compile(
    r"\b(?:bij|voor|for|with)\s+(?P<who>(?:(?:de|het|onze|ons|the|our)\s+)?[\w'-]+"
    r"(?:\s+[\w'-]+)?)",
    re.IGNORECASE,
)
# At most this many words: a longer sentence says more than whom the effects are about.
BOTH_WAYS_WORDS = 14
# The first side of an effect weighed against another ("aan de ene kant bereiken we meer mensen",
# "on the one hand the money lands where it helps", "enerzijds ...").
ONE_SIDE_RE = re.compile(
    r"^(?:(?:en|and|maar|but|nou|well|ja|yes|so|dus)[,\s]+)*(?:aan\s+de\s+ene\s+kant|enerzijds|"
    r"van\s+de\s+ene\s+kant|on\s+(?:the\s+)?one\s+hand|on\s+one\s+side)\b",
    re.IGNORECASE,
)
# The other side ("aan de andere kant ...", "anderzijds", "on the other hand", "then again",
# "daar staat tegenover dat ..."): the direction against the first side's.
OTHER_SIDE_RE = re.compile(
    r"^(?:(?:en|and|maar|but|nou|well)[,\s]+)*(?:aan\s+de\s+andere\s+kant|anderzijds|"
    r"van\s+de\s+andere\s+kant|daar\s+staat\s+tegenover|on\s+the\s+other\s+hand|"
    r"on\s+the\s+other\s+side|then\s+again|the\s+flip\s+side\s+is|de\s+keerzijde\s+is)\b",
    re.IGNORECASE,
)
# Either lead with what follows it ("aan de andere kant: ", "then again, "): left out to see the
# clause's subject ("then again, they'll just click accept": the people before).
SIDE_LEAD_RE = re.compile(
    r"(?:" + ONE_SIDE_RE.pattern + r"|" + OTHER_SIDE_RE.pattern + r")\s*[,:]?\s*",
    re.IGNORECASE,
)
# Either lead as a label with a colon ("Aan de andere kant: de chauffeurs ...", "On the other
# hand: ..."): no part of the effect's words.
SIDE_LABEL_RE = re.compile(
    r"(?:" + ONE_SIDE_RE.pattern + r"|" + OTHER_SIDE_RE.pattern + r")\s*:\s*", re.IGNORECASE
)
