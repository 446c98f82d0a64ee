"""An item recorded before, replaced or taken off by a later message that names it by its place,
a pronoun or a word of it ("fix the last one: not a leaflet, a short e-learning", "vervang de
laatste door ...", "schrap die", "scratch that", "scratch the travel one", "die knop
schrappen"): the edit on that item's id; the parts that said so are no new items."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from assistant.domain.session import Session, Step
from assistant.language.cues.conversation import ABOUT_THEM_RE
from assistant.language.cues.late_edits import (
    BARE_REMOVE_RE,
    DISOWNED_AFTER_RE,
    DISOWNED_EFFECT_RES,
    ITEM_REMOVED_RES,
    LAST_FIX_RE,
    LAST_ITEM_FILLERS_RE,
    LAST_ITEM_WORDS,
    LAST_REMOVE_RE,
    LAST_WORDS,
    NOT_AFTER_ALL_RE,
    POINTED_ITEM_RE,
    REASON_NOT_RE,
)
from assistant.language.textparts import normalise, words
from assistant.method.reading.actor_edits import message_parts, said_in, sentence_ends
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
    replaced: list[str] = []  # options taken back by a pointer: what follows takes their place
    ends = sentence_ends(text, len(parts))
    for index, part in enumerate(parts):
        after = parts[index + 1] if index + 1 < len(parts) else ""
        pointed = _pointed_and_taken_back(part, after, session)  # "die app, nee toch niet"
        found = pointed or _named_item(part, session)
        if found is None or found in reading.removed_items:
            continue
        reading.removed_items.append(found)
        said.append(normalise(part))
        if pointed is not None:
            replaced.extend(i for k, i in (pointed,) if k == "option")
            said.append(normalise(after))
            why = index + 2 if index + 2 < len(parts) and ends[index + 1] >= index + 2 else 0
            after = parts[why] if why else ""  # "..., de politie wil dat niet": why
            said.append(normalise(after))
        elif after and DISOWNED_AFTER_RE.match(after):
            said.append(normalise(after))  # "..., not an effect", "..., een risico voor ons"
        elif after and ends[index] > index and REASON_NOT_RE.search(after):
            said.append(normalise(after))  # "die training schrappen, ze zien de score niet"
        if ABOUT_THEM_RE.match(after):
            said.append(normalise(after))  # "..., they come to the centre anyway"
    if not said:
        return
    said += [normalise(p) for p in parts if BARE_REMOVE_RE.match(p)]  # "..., haal maar weg"
    reading.effects = [e for e in reading.effects if not said_in(e.text, said)]
    reading.values = [v for v in reading.values if not said_in(v.said or v.name, said)]
    reading.options = [o for o in reading.options if not said_in(o.text, said)]
    reading.unread = [u for u in reading.unread if not said_in(u, said)]
    _in_their_place(replaced, session, reading)
    if reading.intent is not None and reading.intent.kind == "remove":
        reading.intent = None  # "schrap die knop": taken off here, by a word of it


def _in_their_place(replaced: list[str], session: Session, reading: Reading) -> None:
    """The first option of the message after an option taken back by a pointer ("die app, nee
    toch niet, ... Maak er een brief van ...") takes its place: its kind."""
    old = [o for o in session.options if o.id in replaced]
    if old and reading.options:
        reading.options[0] = replace(
            reading.options[0], kind=old[0].kind, alternatives=(), scores=None
        )


def _pointed_and_taken_back(part: str, after: str, session: Session) -> tuple[str, str] | None:
    """(kind, id) of the one effect or option a part names by a pointer and a word of it when
    the next part takes it back ("die app, nee toch niet")."""
    match = POINTED_ITEM_RE.match(part)
    if match is None or NOT_AFTER_ALL_RE.match(after) is None:
        return None
    return _holding(match.group("what"), session)


def _named_item(part: str, session: Session) -> tuple[str, str] | None:
    """(kind, id) of the one effect, value or option a part takes off by a word of it; the
    current step's list first. Not an actor: those are taken off by ``actor_edits``."""
    match = next((m for p in ITEM_REMOVED_RES if (m := p.match(part))), None)
    if match is None and session.effects:  # "die rechtszaak is geen effect": an effect, off
        disowned = next((m for p in DISOWNED_EFFECT_RES if (m := p.match(part))), None)
        found = _holding(disowned.group("what"), session) if disowned else None
        return found if found is not None and found[0] == "effect" else None
    if match is None:
        return None
    what = match.group("what")
    first = STEP_LISTS.get(session.step, "effects")
    if normalise(what) in LAST_WORDS:  # "scratch that last one", "schrap die laatste"
        items = getattr(session, first)
        return (first[:-1], items[-1].id) if items and first != "actors" else None
    return _holding(what, session)


def _holding(what: str, session: Session) -> tuple[str, str] | None:
    """(kind, id) of the one effect, option or value whose text holds the words of ``what``,
    the current step's list first; None when ``what`` names an actor."""
    first = STEP_LISTS.get(session.step, "effects")
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
