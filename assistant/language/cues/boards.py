"""What a facilitator types over from a session's boards: the board a list was written on,
named in front of its label ("Flip-over \"plus\":", "Last flip chart, handling options.",
"Sticky notes, positive (mostly groups 1 and 3):"), and a remark in brackets after a heading
("Negative (group 2 was on a roll):"). The board and the remark name no item; the label says
what the list below it is (Dutch and English)."""

from __future__ import annotations

import re

# The board named in front of the label: an order word, the board, a number, then a comma,
# colon or dash ("Laatste flip-over", "Flip chart 2,", "Sticky notes,", "Post-its groep 1:").
BOARD_LEAD_RE = re.compile(
    r"^(?P<indent>\s*)(?:(?:de|het|the|onze|our)\s+)?(?:(?:laatste|last|eerste|first|tweede|"
    r"second|derde|third|volgende|next|andere|other|another|nog\s+een|one\s+more|final)\s+)?"
    r"(?:flip-?\s?overs?|flip\s?-?charts?|flaps?|post-?its?|sticky\s+notes?|stickies|"
    r"plakbriefjes|whiteboards?|posters?|vellen|vel)\b(?:\s*(?:nr\.?\s*)?\d{1,2}\b)?"
    r"(?:\s*,?\s+(?:van\s+|of\s+|from\s+)?(?:groep|group)\s*\d{1,2}\b)?"
    r"\s*(?:[,:\u2013\u2014-]\s*|(?=[\"'\u201c\u201e\u2018])|$)",
    re.IGNORECASE,
)
# A label in quotes after the board ("\"plus\"", "'wat kan anders'"): the label without them.
QUOTED_LABEL_RE = re.compile(
    r"^[\"'\u201c\u201e\u2018](?P<label>[^\"'\u201d\u2019]{1,40})[\"'\u201d\u2019]"
)
# A heading with a remark in brackets before its colon ("Negative (group 2 was on a roll):",
# "Plus (vooral groep 1):"): the heading alone.
REMARKED_HEADING_RE = re.compile(r"^(?P<head>\s*[^\W\d][\w' -]{1,30}?)\s*\([^()]{1,60}\)\s*:\s*$")
