"""Effects weighed against each other in one message ("aan de ene kant bereiken we meer mensen
..., aan de andere kant krijgen mensen geld waarvan ze niet weten waarom", "on the one hand the
money lands where it helps nature most ... then again, farmers far away never score"): the
other side goes against the first side's direction, whatever its own words lean to."""

from __future__ import annotations

from assistant.domain.session import Direction
from assistant.language.cues.sides import ONE_SIDE_RE
from assistant.method.reading.effect_lines import EffectDraft

WEAK = 1.0  # a clause's own words decide its direction no more firmly than this


def weigh_sides(drafts: list[EffectDraft]) -> None:
    """Each effect told as the other side (``EffectDraft.other_side``) against the first side
    before it in ``drafts``; without a first side, against the effect just before when the
    rules decided that one firmly and this one's own words only weakly."""
    for index, draft in enumerate(drafts):
        if not draft.other_side:
            continue
        first = _first_side(draft, drafts[:index])
        if first is None or first.direction is None:
            continue
        draft.direction = _against(first.direction)
        draft.weighed = None


def _first_side(draft: EffectDraft, before: list[EffectDraft]) -> EffectDraft | None:
    found = next((d for d in reversed(before) if ONE_SIDE_RE.match(d.text)), None)
    if found is not None or not before or not _weak(draft):
        return found
    last = before[-1]
    return None if last.lead_in or _weak(last) else last


def _weak(draft: EffectDraft) -> bool:
    return draft.weighed is not None and draft.weighed[1] <= WEAK


def _against(direction: Direction) -> Direction:
    return "negative" if direction == "positive" else "positive"
