"""Markers in the corpus text: the lead of the plain summary that ends every method section
("Kort gezegd: wie zitten er aan tafel?"), indexed as an extra representation of its chunk."""

from __future__ import annotations

import re

SUMMARY_LEADS = ("Kort gezegd:", "In short:")
SUMMARY_RE = re.compile(r"^(?:" + "|".join(re.escape(lead) for lead in SUMMARY_LEADS) + r")\s*")
