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
