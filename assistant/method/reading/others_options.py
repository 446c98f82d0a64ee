"""Options the speaker takes over from someone in what they pasted ("Dennis's one, obviously",
"de twee adviezen van Ilse neem ik over"): the measures that person advised in a mail or thread
pasted earlier, when that part is marked by a header ("From: Dennis Kok") or a greeting
("Groet, Ilse") and the measure by advice words ("Mijn advies: ...", "We could ...")."""

from __future__ import annotations

import re

from assistant.domain.session import OptionKind, Session
from assistant.language.cues.kind_coverage import (
    ADVICE_RE,
    MAIL_HEADER_RE,
    OWNER_NAME_RE,
    SIGN_OFF_RE,
)
from assistant.language.cues.measure_leads import QUESTION_LEAD_RE
from assistant.language.cues.reported_measures import MINUTES_ASKED_RE, REPORTED_PROPOSAL_RE
from assistant.method.reading.extraction import OptionDraft, extract_options
from assistant.method.reading.minutes import action_points
from assistant.method.reading.segments import split_sentences

ADVICE_JOINT_RE = re.compile(r",\s+(?:en|and)\s+", re.IGNORECASE)  # "haal X weg, en betaal door"


def _lines(text: str) -> list[str]:
    return [line.strip().lstrip(">").strip() for line in text.splitlines()]


def _parts_by(name: str, lines: list[str]) -> list[list[str]]:
    """The parts of pasted text that ``name`` wrote: after a header that names them up to the
    next header, or the lines before a greeting with their name back to a header or blank."""
    parts: list[list[str]] = []
    for index, line in enumerate(lines):
        header = MAIL_HEADER_RE.match(line)
        if header and name.lower() in line[header.end() :].lower().split()[:1]:
            body = []
            for after in lines[index + 1 :]:
                if MAIL_HEADER_RE.match(after) and not after.lower().startswith(("sent", "subj")):
                    break
                body.append(after)
            parts.append(body)
        sign = SIGN_OFF_RE.match(line)
        if sign and line[sign.end() :].lower().startswith(name.lower()):
            body = []
            for before in reversed(lines[:index]):
                if not before or MAIL_HEADER_RE.match(before):
                    break
                body.insert(0, before)
            parts.append(body)
    return parts


def others_options(text: str, session: Session, default: OptionKind) -> list[OptionDraft]:
    """The measures advised by the person ``text`` points at, in the user's earlier messages."""
    drafts: list[OptionDraft] = []
    for found in OWNER_NAME_RE.finditer(text):
        name = found.group("own") or found.group("of")
        for turn in session.transcript:
            if turn.role != "user" or name not in turn.text:
                continue
            for part in _parts_by(name, _lines(turn.text)):
                for sentence in split_sentences(" ".join(part)):
                    advice = ADVICE_RE.search(sentence)
                    if advice is None:
                        continue
                    for measure in ADVICE_JOINT_RE.split(sentence[advice.end() :]):
                        drafts.extend(extract_options(measure, default))  # "X, en Y": two
    return drafts


def minutes_options(session: Session, default: OptionKind) -> list[OptionDraft]:
    """The measures put forward in minutes the user pasted before: the sentences of a line of
    action points ("Actiepunten: Fatima zoekt uit of ...") or of the lines under a heading of
    action points ("3. Actiepunten:" then "- AP1 (Mehmet): ..."), a proposal reported ("Joost
    vraagt of er een toezichthouder moet komen", "Anna proposes ...") and one asked ("Could we
    bring that back to 48 hours?"); none already among the options."""
    drafts: list[OptionDraft] = []
    known = {o.text.lower() for o in session.options}
    for turn in session.transcript:
        if turn.role != "user" or len(turn.text.splitlines()) < MINUTES_LINES:
            continue
        points = action_points(turn.text)
        for index, line in enumerate(_lines(turn.text)):
            body = points.get(index, MINUTES_ITEM_RE.sub("", line))
            for sentence in split_sentences(body):
                put = index in points or REPORTED_PROPOSAL_RE.match(sentence) or _asked(sentence)
                if not put:
                    continue
                found = extract_options(MINUTES_ITEM_RE.sub("", sentence), default)
                drafts.extend(d for d in found if d.text.lower() not in known)
    return drafts


MINUTES_LINES = 3  # pasted minutes hold several lines
MINUTES_ITEM_RE = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:[\w -]{2,30}:\s+)?")  # "3. Bas: ..."


def _asked(sentence: str) -> bool:
    """A measure asked in the minutes ("Could we bring that back to 48 hours?", "kunnen we de
    termijn korter maken?")."""
    said = MINUTES_ITEM_RE.sub("", sentence)
    asked = QUESTION_LEAD_RE.match(said) or MINUTES_ASKED_RE.match(said)
    return said.rstrip().endswith("?") and asked is not None
