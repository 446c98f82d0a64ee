"""Cue words for tables and checklists pasted from Word, Excel or markdown: the rule under a
header row ("|---|---|"), a row's cells (between pipes or tabs), a cell that is empty in all but
form ("-", "n.v.t.") and the words a header row names its columns with ("Soort | Optie",
"actor<TAB>positive<TAB>negative")."""

from __future__ import annotations

import re

# The rule under a markdown table's header row ("|---|:--:|", "---|---").
TABLE_RULE_RE = re.compile(
    r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$|^\s*\|\s*:?-{3,}:?\s*\|\s*$"
)
# The pipes around and between a row's cells.
PIPE_CELLS_RE = re.compile(r"^\s*\|?(?P<cells>[^|]*(?:\|[^|]*)+?)\|?\s*$")
# A cell that holds nothing: empty, a dash, "n.v.t.", "n/a", "geen", "none".
EMPTY_CELL_RE = re.compile(r"^\s*(?:[-–—/?.x]*|n\.?v\.?t\.?|n/?a|geen|none|nvt)\s*$", re.IGNORECASE)
# Words a header row names its columns with: who, what kind, what measure, what effect.
COLUMN_WORD_RE = re.compile(
    r"^\s*(?:actor(?:en|s)?|betrokkenen?|stakeholders?|partij(?:en)?|wie|who|groep|group|"
    r"soort|type|kind|categorie|category|optie|opties|option|options|maatregel(?:en)?|"
    r"measures?|effect(?:en|s)?|waarde(?:n)?|values?|toelichting|omschrijving|description|"
    r"nr\.?|#|opmerking(?:en)?|remarks?|notes?|status|eigenaar|owner|richting|direction)\s*$",
    re.IGNORECASE,
)
# A checkbox in front of a list item ("- [ ] ...", "* [x] ...", "[✓] ...").
CHECKBOX_RE = re.compile(r"^(?P<lead>\s*(?:[-*•]\s*)?)\[\s?[xX✓✔ ]?\s?\]\s*", re.MULTILINE)
# A parenthesis after a name in a table's first cell ("nature managers (X, Y)").
CELL_ASIDE_RE = re.compile(r"\s*\([^)]*\)\s*")
# A column headed by a sign or a pro/con word ("| + | - |", "✅ | ❌", "pro | con", "voor |
# tegen"): its cells are effects of that direction.
PLUS_COLUMN_RE = re.compile(r"^\s*(?:\+{1,2}|✅|✔|👍|pros?|voor)\s*$", re.IGNORECASE)
MINUS_COLUMN_RE = re.compile(r"^\s*(?:[-−–]{1,2}|❌|✘|✗|👎|cons?|tegen)\s*$", re.IGNORECASE)
