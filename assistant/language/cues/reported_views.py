"""Cue words for a view that the speaker reports of others before what it is about (Dutch and
English): "volgens de handhavers ...", "according to the wardens, ...", "de coaches vinden dat
...", "the nurses felt that ...", "Kees maakte zich zorgen dat ...". The one who holds the view
is often not the one it affects: the people what follows opens with are."""

from __future__ import annotations

import re

from assistant.language.cues.actor_names import SOME_OF_THEM

# "volgens X <verb> ..." / "according to X, ...": X ends at a comma or at the verb that the
# Dutch word order puts right after it ("volgens de jongerenwerkers voelen tieners zich ...").
ACCORDING_TO_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ook|also|dus|so)\s+)?(?:volgens|according\s+to)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# Verbs of holding a view or noticing something, with what the view is about after "dat",
# "that" or a colon ("de buurtcoaches vinden dat ...", "the wardens worry that ...").
_VIEW_VERBS = (
    r"vindt|vinden|vond|vonden|merkt|merken|merkte|merkten|denkt|denken|dacht|dachten|"
    r"vreest|vrezen|vreesde|vreesden|ziet|zien|zag|zagen|"
    r"(?:maakt|maken|maakte|maakten)\s+zich\s+(?:(?:grote|veel|wel|ook)\s+)?zorgen(?:\s+erover)?|"
    r"(?:is|zijn|was|waren)\s+(?:(?:wel|ook|erg|heel)\s+)?bang|"
    r"feel|feels|felt|think|thinks|thought|worry|worries|worried|fear|fears|feared|"
    r"believe|believes|believed|notice|notices|noticed|"
    r"(?:is|are|was|were)\s+(?:(?:also|very|quite)\s+)?(?:worried|afraid|concerned)"
)
VIEW_LEAD_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ook|also)\s+)?(?P<who>[\w'-]+(?:\s+[\w'-]+){0,4}?)"
    r"(?:\s+(?:ook|al|juist|wel|zelf|also|really|actually|even))*\s+(?P<verb>" + _VIEW_VERBS + r")"
    r"(?:\s+(?:ook|al|juist|wel|also|really|actually))*\s*(?:\bdat\b|\bthat\b|:)\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
# The words of a holder that say how many of a group hold the view, not who ("most said ...",
# "sommigen vonden dat ...", "others felt that ..."): no group of their own.
HOLDER_QUANTITIES = SOME_OF_THEM | frozenset((
    "few", "several", "all", "everyone", "nobody", "somebody", "someone", "de meesten",
    "iedereen", "niemand", "iemand", "a few", "a couple",
))  # fmt: skip
# A holder that is only how many of the group spoke, before a verb of saying or holding a view
# ("most said they ...", "others felt ...", "sommigen vonden ...", "de meesten zeiden ...").
QUANTITY_HOLDER_RE = re.compile(
    r"^(?:(?:en|and|maar|but)\s+)?(?P<who>"
    + "|".join(sorted(HOLDER_QUANTITIES, key=len, reverse=True))
    + r")(?:\s+(?:of\s+them|van\s+hen|daarvan))?\s+(?:said|say|says|told|felt|feel|think|thought|"
    r"worried|feared|zeiden|zeggen|zei|vonden|vinden|vond|dachten|denken|merkten|merken)\b"
    r"(?:\s+(?:dat|that)\b)?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
# The first word of a view's verb when one person holds it ("Kees maakte zich zorgen", "Fatima
# vond", "Ahmed thinks"), not a group ("advocaten vinden", "the wardens think"); English past
# forms ("felt", "worried") hold for both.
ONE_HOLDER_VERBS = frozenset((
    "vindt", "vond", "merkt", "merkte", "denkt", "dacht", "vreest", "vreesde", "ziet", "zag",
    "maakt", "maakte", "is", "was", "feels", "felt", "thinks", "thought", "worries", "worried",
    "fears", "feared", "believes", "believed", "notices", "noticed",
))  # fmt: skip
# The first word of a verb of worry or fear ("zijn bang dat", "maakt zich zorgen dat", "are
# worried that", "fear that"): the worry is the holders' own effect ("boeren zijn bang dat het
# waterschap ..." is the farmers'), unless one person by name or a number of those present holds it.
WORRY_VERBS = frozenset((
    "vreest", "vrezen", "vreesde", "vreesden", "maakt", "maken", "maakte", "maakten", "is", "zijn",
    "was", "waren", "worry", "worries", "worried", "fear", "fears", "feared", "are", "were",
))  # fmt: skip
