"""Clauses among effects that tell the case rather than an effect: a decision, how the model
works, what is done at a threshold, a condition, who someone is, a question about the rules
(cue words in ``cues.case_telling``), and a mere naming of people."""

from __future__ import annotations

import re

from assistant.language.cues.case_telling import (
    CONDITION_ONLY_RE,
    DECISION_RE,
    GENERAL_REMARK_RE,
    NAME_JOINTS,
    NAME_PREPOSITIONS,
    REQUEST_RE,
    RULES_QUESTION_RE,
    SCORE_WORDS_RE,
    SYSTEM_WORKING_RE,
    THRESHOLD_ACTION_RE,
    THRESHOLD_LEAD_RE,
    WHO_THEY_ARE_RE,
)
from assistant.method.reading.actor_lists import is_person
from assistant.method.reading.effect_text import effect_direction
from assistant.method.reading.segments import is_clause

NAME_TOKEN_RE = re.compile(r"[\w'-]+")
MAX_NAMING_WORDS = 4
MAX_ABBREVIATION = 4


def tells_the_case(body: str) -> bool:
    """Whether an unsigned clause tells the case, not an effect: a condition or a question
    about the rules always; a decision, the model's working, a threshold's action or who
    someone is only without a direction word of its own ("we decided to ..., which saves
    hours" is an effect)."""
    text = body.strip()
    if CONDITION_ONLY_RE.match(text) or RULES_QUESTION_RE.search(text):
        return True  # "mits de chauffeurs ...", "valt dit onder de AI Act?"
    lead = THRESHOLD_LEAD_RE.match(text)
    if lead is not None:  # "bij rood gaat er een ploeg heen": "rood" is no harm here
        rest = text[lead.end() :]
        return THRESHOLD_ACTION_RE.search(rest) is not None and effect_direction(rest) is None
    if SYSTEM_WORKING_RE.match(text):  # "een model dat daar een risicoscore van maakt"
        return effect_direction(SCORE_WORDS_RE.sub("", text)) is None
    told = DECISION_RE.search(text) or WHO_THEY_ARE_RE.search(text) or REQUEST_RE.search(text)
    told = told or GENERAL_REMARK_RE.search(text)
    return told is not None and effect_direction(text) is None


def names_people_only(body: str) -> bool:
    """Whether a short clause only names people, with no verb and no direction word ("buren",
    "agenten AT", "bewoners/huisgenoten", "kinderen in pand", "parents"): an actor named
    among effects, no effect on them. Every word names people, joins them, is an abbreviation
    or stands after a preposition."""
    tokens = NAME_TOKEN_RE.findall(body)
    if not tokens or len(tokens) > MAX_NAMING_WORDS or is_clause(body):
        return False
    head = next((t for t in tokens if t.lower() not in NAME_JOINTS), "")
    if effect_direction(body) is not None or not is_person(head):
        return False
    place = next((i for i, t in enumerate(tokens) if t.lower() in NAME_PREPOSITIONS), len(tokens))
    return all(_naming_word(t) for t in tokens[:place])  # "kinderen in het pand": a place


def _naming_word(token: str) -> bool:
    if token.lower() in NAME_JOINTS:
        return True
    return (token.isupper() and len(token) <= MAX_ABBREVIATION) or is_person(token)
