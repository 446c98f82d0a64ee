"""An item recorded before, replaced or taken off by a later message that names it by its place,
a pronoun or a word of it ("fix the last one: not a leaflet, a short e-learning", "vervang de
laatste door ...", "schrap die", "scratch that", "scratch the travel one", "die knop
schrappen"): the edit on that item's id; the parts that said so are no new items."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Session, Step
from assistant.language.cues.conversation import ABOUT_THEM_RE
from assistant.language.cues.late_edits import (
    ITEM_REMOVED_RES,
    LAST_FIX_RE,
    LAST_ITEM_FILLERS_RE,
    LAST_ITEM_WORDS,
    LAST_REMOVE_RE,
    LAST_WORDS,
)
from assistant.language.textparts import normalise, words
from assistant.method.reading.actor_edits import message_parts, said_in
from assistant.method.reading.intents import Intent
from assistant.method.reading.mentions import referred_actor, same_word
from assistant.method.reading.reading import Reading

MIN_KEY_LETTERS = 3  # a word of the item named that finds it in the recorded text
STEP_LISTS = {
    Step.ACTORS: "actors",
    Step.EFFECTS: "effects",
    Step.VALUES: "values",
    Step.OPTIONS: "options",
    Step.SUMMARY: "options",
}


def last_item_edit(text: str, intent: Intent, session: Session) -> Intent | None:
    """The edit of the step's last item ``text`` asks for, None when it asks for none."""
    item = last_item(session)
    if item is None:
        return None
    fix = LAST_FIX_RE.match(text.strip())
    if fix is not None:
        new = fix.group("new").strip(" .")
        return Intent("correct", target=item.id, replacement=new) if new else None
    said = LAST_REMOVE_RE.match(text.strip())
    if said is None:
        return None
    target = next((g for g in said.groups() if g), "").strip(" .!").lower()
    while LAST_ITEM_FILLERS_RE.search(target):
        target = LAST_ITEM_FILLERS_RE.sub("", target)
    return Intent("remove", target=item.id) if target in LAST_ITEM_WORDS else None


def last_item(session: Session) -> Any:
    """The item recorded last in the list of the current step (the options at the summary;
    at the values step the last value chosen)."""
    if session.step == Step.VALUES:
        items: list[Any] = session.chosen_values()
    else:
        items = getattr(session, STEP_LISTS.get(session.step, ""), [])
    return items[-1] if items else None


def take_item_removals(text: str, session: Session, reading: Reading) -> None:
    """Effects, values and options a message takes off by a word of them ("scratch the
    travel one, they ..."), put in ``reading``; the parts that said so (and why, about them)
    are read as nothing else."""
    parts = message_parts(text)
    said: list[str] = []
    for index, part in enumerate(parts):
        found = _named_item(part, session)
        if found is None or found in reading.removed_items:
            continue
        reading.removed_items.append(found)
        said.append(normalise(part))
        after = parts[index + 1] if index + 1 < len(parts) else ""
        if ABOUT_THEM_RE.match(after):
            said.append(normalise(after))  # "..., they come to the centre anyway"
    if not said:
        return
    reading.effects = [e for e in reading.effects if not said_in(e.text, said)]
    reading.values = [v for v in reading.values if not said_in(v.said or v.name, said)]
    reading.options = [o for o in reading.options if not said_in(o.text, said)]
    reading.unread = [u for u in reading.unread if not said_in(u, said)]
    if reading.intent is not None and reading.intent.kind == "remove":
        reading.intent = None  # "schrap die knop": taken off here, by a word of it


def _named_item(part: str, session: Session) -> tuple[str, str] | None:
    """(kind, id) of the one effect, value or option a part takes off by a word of it; the
    current step's list first. Not an actor: those are taken off by ``actor_edits``."""
    match = next((m for p in ITEM_REMOVED_RES if (m := p.match(part))), None)
    if match is None:
        return None
    what = match.group("what")
    first = STEP_LISTS.get(session.step, "effects")
    if normalise(what) in LAST_WORDS:  # "scratch that last one", "schrap die laatste"
        items = getattr(session, first)
        return (first[:-1], items[-1].id) if items and first != "actors" else None
    keys = [w for w in words(what) if len(w) >= MIN_KEY_LETTERS]
    if not keys or referred_actor(what, session.actors) is not None:
        return None
    for attr in (first, *(a for a in ("effects", "options", "values") if a != first)):
        items = [i for i in getattr(session, attr) if all(holds(_label(i), k) for k in keys)]
        if len(items) == 1 and attr != "actors":
            return attr[:-1], items[0].id
    return None


def holds(text: str, key: str) -> bool:
    """Whether ``text`` holds the word ``key`` or a longer word made with it ("ritdata")."""
    return any(same_word(w, key) or (len(w) > len(key) and key in w) for w in words(text))


def _label(item: Any) -> str:
    return str(getattr(item, "text", None) or getattr(item, "name", ""))
