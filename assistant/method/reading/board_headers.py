"""Lists typed over from a session's boards: the board named in front of a label ("Flip-over
\"plus\":", "Flip chart 2, effects:", "Last flip chart, handling options.") and a remark in
brackets on a heading ("Negative (group 2 was on a roll):") are dropped, so the label heads
the list below it as any heading does; a board's own title that names no step ("Flip-over
\"wie zitten aan tafel\":") is dropped with it. Neither is an actor, effect or option."""

from __future__ import annotations

from assistant.language.cues.boards import BOARD_LEAD_RE, QUOTED_LABEL_RE, REMARKED_HEADING_RE
from assistant.language.cues.conversation import HEADER_STEPS
from assistant.language.cues.direction_labels import DIRECTION_HEADING_RE

TITLE_WORDS = 6  # a board's title: a few words before a colon


def board_headers(text: str) -> str:
    """``text`` with the boards and the bracketed remarks taken off its headings."""
    return "\n".join(_board_line(raw) for raw in text.split("\n"))


def _known(label: str) -> bool:
    """A label that names a step or a direction ("effects", "plus", "handling options")."""
    said = label.strip(" :.*#_").lower()
    return said in HEADER_STEPS or DIRECTION_HEADING_RE.match(said) is not None


def _unremarked(line: str) -> str:
    """A heading without its remark in brackets, where the heading is a label."""
    heading = REMARKED_HEADING_RE.match(line)
    if heading is None or not _known(heading.group("head")):
        return line
    return f"{heading.group('head')}:"


def _board_line(raw: str) -> str:
    lead = BOARD_LEAD_RE.match(raw)
    if lead is None:
        return _unremarked(raw)
    rest = raw[lead.end() :].strip()
    quoted = QUOTED_LABEL_RE.match(rest)
    rest = f"{quoted.group('label')}{rest[quoted.end() :]}" if quoted else rest
    rest = _unremarked(rest)
    label = rest.split(".", 1)[0].split(":", 1)[0]
    if _known(label):
        return f"{lead.group('indent')}{rest[:1].upper()}{rest[1:]}"
    title = rest.rstrip().endswith(":") and len(rest.split()) <= TITLE_WORDS
    if not rest.strip(" :.") or title:
        return ""  # "Flip-over 3:", "Flip-over \"wat kan anders\":": the board's title
    return f"{lead.group('indent')}{rest[:1].upper()}{rest[1:]}"
