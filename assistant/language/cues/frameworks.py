"""Laws, frameworks and assessments named as a fact of the case ("must comply with AVG, DPIA
done, IAMA planned for Q2", "Kader: BIO + AVG art 32", "grondslag nog uitzoeken"): where a
project stands against the rules, no measure of its own (Dutch and English)."""

from __future__ import annotations

import re

# The names of laws, frameworks and assessments civil servants cite.
FRAMEWORK_NAMES = frozenset((
    "avg", "gdpr", "dpia", "dpias", "iama", "bio", "woo", "wob", "wpg", "wjsg", "wzd", "wgbo",
    "awb", "wor", "nis2", "iso", "nen", "ai-act", "ai-verordening", "eu-ai-act",
    "grondslag", "rechtsgrond", "legal", "basis", "juridisch", "juridische", "kader", "framework",
))  # fmt: skip
# Words that tell where the project stands against them: complying, done, planned, to check.
STATUS_WORDS = frozenset((
    "must", "moet", "moeten", "comply", "complies", "compliant", "with", "voldoen", "voldoet",
    "aan", "conform", "volgens", "under", "onder", "done", "gedaan", "uitgevoerd", "afgerond",
    "klaar", "ready", "planned", "gepland", "scheduled", "loopt", "lopend", "running", "ongoing",
    "started", "gestart", "in", "voor", "for", "de", "het", "the", "a", "an", "een", "en", "and",
    "is", "zijn", "are", "was", "al", "already", "nog", "still", "te", "to", "be", "checked",
    "check", "gecheckt", "getoetst", "tested", "uitzoeken", "nagaan", "navragen", "verify",
    "verified", "unclear", "onduidelijk", "tbd", "art", "artikel", "article", "lid", "sub",
    "verplicht", "required", "mandatory", "of", "van", "q1", "q2", "q3", "q4", "na", "after",
    "before", "voor", "maar", "but", "ook", "also",
))  # fmt: skip
# The number of an article or a year ("art. 6", "2025"), a letter of a sub-clause ("sub e").
NUMBER_RE = re.compile(r"^(?:\d+[a-z]?|[a-z])$")
