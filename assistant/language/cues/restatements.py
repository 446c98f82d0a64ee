"""An effect said again in other words, with a lead that says so ("Wat ik met dat eerste punt
bedoel: ...", "Dat eerste nadeel nog eens anders gezegd: ...", "nogmaals dat van de
ontwikkelaars: ...", "the foreign driver thing again, sorry: ...", "In other words, on the
recording point: ...", "To return to the score issue: ..."), and a remark that a point is the
same one ("same thing, just happens a lot", "hetzelfde punt hoor, maar ..."): one effect told
twice, not two (Dutch and English)."""

from __future__ import annotations

import re

_REF = r"[^:]{1,50}?"
# The lead, with what it points back at (``ref``), up to the colon before the effect.
RESTATED_LEAD_RE = re.compile(
    r"^\W*(?:(?:en|and|maar|but|ok|oké|so|dus)\s*,?\s+)?(?:"
    rf"wat\s+ik\s+(?:met|bij)\s+(?P<a>{_REF})\s+bedoel(?:de)?|"
    rf"(?:nog\s+(?:even|eens|een\s+keer)\s+)?(?P<b>{_REF})\s+(?:nog\s+(?:een\s+keer|eens)\s+|"
    r"even\s+|nogmaals\s+)?anders\s+gezegd|"
    rf"anders\s+gezegd(?:\s*,\s*(?:over|bij)\s+(?P<c>{_REF}))?|"
    rf"nogmaals(?:\s+(?P<d>{_REF}))?|"
    rf"nog\s+(?:even|eens|een\s+keer)\s+(?:over|terug\s+naar|op)\s+(?P<e>{_REF})|"
    r"(?:om\s+)?(?:terug\s+te\s+komen\s+op|terugkomend\s+op|terug\s+naar)\s+"
    r"(?P<f>[^:,]{1,50}?)(?:\s*,[^:]{0,80})?|"
    rf"(?P<g>{_REF})\s+(?:nog\s+een\s+keer|nogmaals|opnieuw)(?:\s*,\s*sorry)?|"
    rf"in\s+other\s+words(?:\s*,\s*(?:on|about)\s+(?P<h>{_REF}))?|"
    r"(?:let\s+me\s+|to\s+)?(?:put|say)\s+(?P<i>[^:]{1,40}?)\s+(?:another|a\s+different)\s+way|"
    r"(?:to\s+)?(?:return|come\s+back|get\s+back|go\s+back)\s+to\s+(?P<j>[^:,]{1,50}?)"
    r"(?:\s*,[^:]{0,80})?|"
    r"back\s+to\s+(?P<k>[^:,]{1,50}?)|"
    rf"what\s+i\s+mean[t]?\s+(?:by|with)\s+(?P<l>{_REF})(?:\s+is)?|"
    r"(?P<m>[^:]{1,40}?)\s+again(?:\s*,\s*sorry)?|"
    rf"once\s+more(?:\s+on)?\s+(?P<n>{_REF})"
    r")\s*:\s*(?=\S)",
    re.IGNORECASE,
)
# A remark that the point is the one said before ("same thing, just happens a lot",
# "hetzelfde punt hoor, maar het zit me dwars", "zelfde punt als net"): no effect of its own.
SAME_POINT_RE = re.compile(
    r"^\W*(?:(?:it'?s|that'?s|dat\s+is|is|weer)\s+)?(?:the\s+)?(?:same|hetzelfde|zelfde|dezelfde)"
    r"\s+(?:thing|point|punt|issue|zorg|worry|verhaal|story)\b",
    re.IGNORECASE,
)
# Which of the effects the lead points at by its place ("dat eerste punt", "the first one",
# "het laatste nadeel"), and the direction its word gives ("nadeel", "drawback", "plus").
ORDINALS: dict[str, int] = {
    "eerste": 0, "first": 0, "tweede": 1, "second": 1, "derde": 2, "third": 2,
    "laatste": -1, "last": -1,
}  # fmt: skip
NEGATIVE_REF_WORDS = frozenset(("nadeel", "minpunt", "risico", "zorg", "drawback", "downside",
                                "risk", "worry", "concern", "negative", "negatieve"))  # fmt: skip
POSITIVE_REF_WORDS = frozenset(("voordeel", "pluspunt", "plus", "upside", "benefit",
                                "advantage", "positive", "positieve"))  # fmt: skip
# Words of a lead that point at no effect by their content ("dat punt", "the thing").
REF_FILLER_WORDS = frozenset((
    "dat", "die", "dit", "het", "de", "een", "that", "this", "the", "a", "an", "punt", "point",
    "thing", "ding", "issue", "one", "stuk", "van", "of", "about", "over", "on", "my", "mijn",
    "sorry", "even", "nog", "eens", "met", "bij", "what", "wat", "ik", "i", "again", "nogmaals",
    "kwestie", "verhaal", "story", "zaak",
))  # fmt: skip
