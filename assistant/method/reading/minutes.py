"""The action points of pasted minutes ("3. Actiepunten:" over "- AP1 (Mehmet): ...", "AP2 Ruud -
...", "Actie: ...") and the measures a pasted letter or memo asks for or proposes ("Wij vragen
de provincie om: ...", "Measures proposed: ...", "Voorstel: ..." after the risks): measures
someone takes on or asks for, not effects. Before the options they are left
out of what is read; among the options they are read as measures, without their labels; a later
pointer to them ("take the action points as options") takes them over (``minutes_options``)."""

from __future__ import annotations

import re

from assistant.domain.session import Step
from assistant.language.cues.direction_labels import DIRECTION_HEADING_RE, LABEL_RE
from assistant.language.cues.noise import ATTENDANCE_RE
from assistant.language.cues.reported_measures import (
    ACTION_LABEL_RE,
    ACTIONS_HEADER_RE,
    MINUTES_ACTIONS_RE,
    PROPOSAL_LABEL_RE,
    REQUESTED_MEASURES_RE,
)

MINUTES_LINES = 3  # pasted minutes hold several lines
ITEM_RE = re.compile(r"^\s*(?:>\s*)*[-*\u2022\u00b7\u2013]\s+")  # "- ...", "• ..."
# A numbered item ("1. ..."): an action point under a heading that has no number itself; under a
# numbered heading ("2. Actiepunten:") the next number is the next item of the agenda.
NUMBERED_ITEM_RE = re.compile(r"^\s*(?:>\s*)*\d{1,2}[.)]\s+")


def action_points(text: str) -> dict[int, str]:
    """The action points of pasted minutes by the index of their line, each without its label
    and owner ("- AP1 (Mehmet): transcripties ... verwijderen" -> "transcripties ...
    verwijderen"); a header over them, and a line a point was wrapped onto (its words joined to
    the point's), map to "". None in a message of a line or two."""
    lines = text.splitlines()
    if sum(1 for line in lines if line.strip()) < MINUTES_LINES:
        return {}
    found: dict[int, str] = {}
    under_header, numbered = False, False
    point: int | None = None  # the point the next line may go on with
    for index, line in enumerate(lines):
        if point is not None and _goes_on(line):  # "... ask them to review\n  the model"
            found[point], found[index] = f"{found[point]} {line.strip()}", ""
            continue
        point = None
        if ACTIONS_HEADER_RE.match(line):
            under_header, found[index] = True, ""
            numbered = NUMBERED_ITEM_RE.match(line) is None  # "Actiepunten:" over "1. ..."
            continue
        label = ACTION_LABEL_RE.match(line) or MINUTES_ACTIONS_RE.match(line)
        label = label or _measures_label(lines, index)
        if label is not None and not line[label.end() :].strip():
            under_header, found[index] = True, ""  # "Maatregelen:" over a list
            numbered = NUMBERED_ITEM_RE.match(line) is None
        elif label is not None:
            found[index], point = line[label.end() :].strip(), index
        elif under_header and (ITEM_RE.match(line) or (numbered and NUMBERED_ITEM_RE.match(line))):
            found[index] = NUMBERED_ITEM_RE.sub("", ITEM_RE.sub("", line)).strip()
            point = index
        elif line.strip():
            under_header = False
    return found


def _goes_on(line: str) -> bool:
    """Whether ``line`` goes on with the action point on the line before: in lower case and no
    item of its own (a point wrapped when it was pasted)."""
    said = line.strip()
    return said[:1].islower() and not ITEM_RE.match(line) and not NUMBERED_ITEM_RE.match(said)


def _effect_label(line: str) -> bool:
    """A line of effects under a label ("Risico's: ...", "Kansen: ...", "Expected benefits:")."""
    said = line.strip().lstrip(">-*").strip()
    return DIRECTION_HEADING_RE.match(said) is not None or LABEL_RE.match(said) is not None


def _measures_label(lines: list[str], index: int) -> re.Match[str] | None:
    """The label of a line of measures a pasted letter or memo asks for or proposes ("Wij
    vragen de provincie om: ...", "We ask for: ...", "Voorstel: ..."). A proposal counts once
    effects were told under a label before it, a writer's advice ("Wat mij betreft: ...") also
    when none follow it: in a plan or minutes a proposal may be the technology ("Voorstel: een
    taalmodel leest ..." over "Verwachte opbrengst: ...")."""
    line = lines[index]
    asked = REQUESTED_MEASURES_RE.match(line)
    if asked is not None:
        return asked
    proposed = PROPOSAL_LABEL_RE.match(line)
    if proposed is None:
        return None
    if any(_effect_label(b) for b in lines[:index]):
        return proposed
    plan = proposed.group("plan") is not None  # "Proposal: upload the DNA profile to ..."
    return None if plan or any(_effect_label(a) for a in lines[index + 1 :]) else proposed


def action_points_read(text: str, step: Step) -> str:
    """``text`` with the action points of pasted minutes left out before the options step,
    and as plain measures, a line each, from there on."""
    points = action_points(text)
    if not points or only_measures(text, points):
        return text  # the speaker's own list: read under its label, as measures
    measures = step.position >= Step.OPTIONS.position
    kept: list[str] = []
    for index, line in enumerate(text.splitlines()):
        if index not in points:
            kept.append(line)
        elif measures and points[index]:
            kept.append(points[index])
    return "\n".join(kept)


def points_kept(text: str, step: Step) -> int:
    """How many action points of pasted minutes ``action_points_read`` keeps aside before the
    options step (0 where the message is the speaker's own list of measures)."""
    points = action_points(text)
    if step.position >= Step.OPTIONS.position or not points or only_measures(text, points):
        return 0
    return sum(1 for point in points.values() if point)


def only_measures(text: str, points: dict[int, str]) -> bool:
    """Whether a message is nothing but a list of measures under its label ("Maatregelen:"
    over "- ...", "Measures:" over "- ..."): the speaker's own measures, at any step, not
    the action points of minutes pasted with the case."""
    lines = text.splitlines()
    held = [i for i, line in enumerate(lines) if line.strip()]
    return any(points.values()) and all(i in points for i in held)


def reported_meeting(text: str) -> bool:
    """Pasted minutes: a line of who was there ("Aanwezig: ...", "Present: ...") or action
    points. What the people there said is reported: their values and measures are not the
    speaker's choice (a message of only measures under their label is the speaker's own)."""
    lines = text.splitlines()
    if any(ATTENDANCE_RE.match(line) for line in lines):
        return True
    points = action_points(text)
    return bool(points) and not only_measures(text, points)
