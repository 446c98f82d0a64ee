"""The text of one effect clause: without its leads and hedges, the part that tells what
happens to someone, and its direction (Dutch and English)."""

from __future__ import annotations

import re

from assistant.domain.session import Direction
from assistant.language.cues.actor_names import AGENDA_LABEL_RE, TOPIC_LABEL_RE
from assistant.language.cues.direction import (
    CONTRAST_RE,
)
from assistant.language.cues.direction_labels import (
    EFFECT_LEAD_RE,
)
from assistant.language.cues.grammar import (
    CONSEQUENCE_JOINT_RE,
    HEDGE_END_RE,
    QUESTION_TAIL_RE,
    STANCE_LEAD_RE,
)
from assistant.language.cues.people_in_sentences import FEELING_RE
from assistant.language.cues.stories import ONE_PERSON_STORY_RE
from assistant.language.textparts import words
from assistant.method.reading.clause_subjects import (
    LEADING_RE,
)
from assistant.method.reading.durations import duration_trend
from assistant.method.reading.polarity import (
    after_condition,
    clause_direction,
    direction_strength,
)

COMPARED_STRENGTH = 2.0  # a duration compared with now decides as firmly as two direction words


def clean_clause(clause: str) -> str:
    text = EFFECT_LEAD_RE.sub("", QUESTION_TAIL_RE.sub("", clause.strip()), count=1)
    text = HEDGE_END_RE.sub("", text) or text  # "... een verklikker denk ik"
    text = CONTRAST_RE.sub("", text)
    text = LEADING_RE.sub("", text)
    return text.strip(" ,.;:")


def effect_core(clause: str) -> str:
    """The part of a clause that tells what happens to someone: after a lead that weighs it
    ("ik ben bang dat ...", "the thing is that ...") and after a joint that gives its
    consequence ("..., waardoor reizigers te laat komen", "which means relatives ...")."""
    text = STANCE_LEAD_RE.sub("", _without_topic_label(clean_clause(clause)), count=1)
    text = after_condition(text) or text  # "als het model scheef is, krijgen importeurs ..."
    joints = list(CONSEQUENCE_JOINT_RE.finditer(text))
    return text[joints[-1].end() :] if joints else text


LEAD_LABEL_RE = re.compile(r"^\s*(?:\d+[.)]\s*)?(?P<label>[^:]{2,40}):\s+(?=\S)")


def _without_topic_label(text: str) -> str:
    """A clause without an agenda or topic label in front ("Signalen uit de proef: chauffeurs
    klagen ...", "4. AOB: drivers say ..."); not a data label ("Inputs: ...")."""
    found = LEAD_LABEL_RE.match(text)
    if found is None:
        return text
    label = found.group("label").strip()
    if AGENDA_LABEL_RE.match(label) or TOPIC_LABEL_RE.match(label + ":"):
        return text[found.end() :]
    return text


def effect_direction(clause: str) -> Direction | None:
    """The direction of a clause, its consequence weighing double ("de directie bespaart op
    personeel, met als gevolg dat er minder badmeesters rondlopen"); a duration compared with
    now where the words decide weakly ("it takes them 6 hrs, with the tool maybe 2")."""
    feeling, comma, _reason = clause.partition(",")
    if comma and FEELING_RE.match(clean_clause(feeling)):
        return clause_direction(feeling)  # "the team is happy, fewer payments to the dead"
    core = effect_core(clause)
    consequence = core if core != clause and clause.endswith(core) else ""
    trend = duration_trend(clause)
    if trend and direction_strength(clause, consequence) <= COMPARED_STRENGTH / 2:
        return "positive" if trend > 0 else "negative"
    return clause_direction(clause, consequence)


def effect_strength(clause: str) -> float:
    """How firmly the rules decide :func:`effect_direction` of ``clause``
    (:func:`~assistant.method.reading.polarity.direction_strength`)."""
    feeling, comma, _reason = clause.partition(",")
    if comma and FEELING_RE.match(clean_clause(feeling)):
        return direction_strength(feeling)
    core = effect_core(clause)
    strength = direction_strength(clause, core if core != clause and clause.endswith(core) else "")
    if duration_trend(clause) and strength <= COMPARED_STRENGTH / 2:
        return COMPARED_STRENGTH
    return strength


def one_person_told(text: str) -> str:
    """The person an effect is told of, when its subject is one person ("mevrouw Jansen kreeg
    een boete", "a grandmother of 80 couldn't be scanned", "Daan, 14, did the module at
    home", "ik ben bang dat een jongen die ..."); "" when it is not."""
    for clause in told_parts(text):
        found = ONE_PERSON_STORY_RE.match(clause)
        if found is not None:
            return found.group(0).strip(" ,(")
    return ""


LABEL_WORDS = 7  # "Een voorbeeld uit een ander beraad: ...", "The upside we hope for: ..."


def told_parts(text: str) -> list[str]:
    """The clause and what it tells (``effect_core``), also after a short label in front
    ("een voorbeeld: meneer Bakker kreeg ...", "the upside we hope for: people find ...")."""
    parts = [clean_clause(text)]
    label, colon, rest = parts[0].partition(": ")
    if colon and rest and len(words(label)) <= LABEL_WORDS:
        parts.append(rest)
    return parts + [effect_core(p) for p in parts]
