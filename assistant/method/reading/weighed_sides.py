"""Effects weighed against each other in one message ("aan de ene kant bereiken we meer mensen
..., aan de andere kant krijgen mensen geld waarvan ze niet weten waarom", "on the one hand the
money lands where it helps nature most ... then again, farmers far away never score"): the
other side goes against the first side's direction, whatever its own words lean to."""

from __future__ import annotations

from assistant.domain.session import Direction
from assistant.language.cues.sides import ONE_SIDE_RE
from assistant.method.reading.effect_lines import EffectDraft


def weigh_sides(drafts: list[EffectDraft]) -> None:
    """Each effect told as the other side (``EffectDraft.other_side``) against the first side
    before it in ``drafts`` ("aan de ene kant ...", "on the one hand ..."); without a first
    side its own words decide ("then again" after a story may well go the same way)."""
    for index, draft in enumerate(drafts):
        if not draft.other_side:
            continue
        first = next((d for d in reversed(drafts[:index]) if ONE_SIDE_RE.match(d.text)), None)
        if first is None or first.direction is None:
            continue
        draft.direction = _against(first.direction)
        draft.weighed = None


def _against(direction: Direction) -> Direction:
    return "negative" if direction == "positive" else "positive"
