"""The last item of the step, replaced or taken off by a message that names it by its place or
a pronoun ("fix the last one: not a leaflet, a short e-learning", "vervang de laatste door ...",
"schrap die", "scratch that"): the edit as a whole, on that item's id."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Session, Step
from assistant.language.cues.late_edits import (
    LAST_FIX_RE,
    LAST_ITEM_FILLERS_RE,
    LAST_ITEM_WORDS,
)
from assistant.method.reading.intents import Intent


def last_item_edit(text: str, intent: Intent, session: Session) -> Intent | None:
    """The edit of the step's last item ``text`` asks for, None when it asks for none."""
    item = last_item(session)
    if item is None:
        return None
    fix = LAST_FIX_RE.match(text.strip())
    if fix is not None:
        new = fix.group("new").strip(" .")
        return Intent("correct", target=item.id, replacement=new) if new else None
    if intent.kind != "remove":
        return None
    target = intent.target.strip(" .!").lower()
    while LAST_ITEM_FILLERS_RE.search(target):
        target = LAST_ITEM_FILLERS_RE.sub("", target)
    return Intent("remove", target=item.id) if target in LAST_ITEM_WORDS else None


def last_item(session: Session) -> Any:
    """The item recorded last in the list of the current step (the options at the summary)."""
    step = session.step
    if step in (Step.OPTIONS, Step.SUMMARY):
        items: list[Any] = session.options
    elif step == Step.VALUES:
        items = session.chosen_values()
    elif step == Step.EFFECTS:
        items = session.effects
    elif step == Step.ACTORS:
        items = session.actors
    else:
        items = []
    return items[-1] if items else None
