"""Corrections in the conversation ("niet X maar Y", "change X to Y")."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Actor, Effect, Session, Step, Value
from assistant.knowledge.catalogue import Catalogue
from assistant.language.cues.own_corrections import WHO_THEN_RE
from assistant.language.cues.references import ITEM_NUMBER_RE
from assistant.language.textparts import strip_article, words
from assistant.method.changes import Changes
from assistant.method.editing.canvas import find_item, item_label, remove_item, value_in_own_words
from assistant.method.reading.actor_lists import actor_name
from assistant.method.reading.clause_subjects import subject_person
from assistant.method.reading.extraction import actor_group, detect_direction
from assistant.method.reading.intents import Intent
from assistant.method.reading.last_item import holds
from assistant.method.reading.mentions import find_actor as known_person
from assistant.method.reading.name_fragments import fragment_name
from assistant.method.reading.people_names import people_word
from assistant.method.reading.reading import EffectFix

MIN_SAID_LETTERS = 4  # a word of what the effect says, found again in the correction


def apply_edit(session: Session, intent: Intent, catalogue: Catalogue, changes: Changes) -> None:
    """ "verwijder X" or "niet X maar Y": the item it names, found in the step or by value name."""
    found = _numbered_value(session, intent.target) or find_item(
        session, intent.target, session.step
    )
    entry = catalogue.find_value(intent.target) if found is None else None
    named = next((v for v in session.values if entry and v.key == entry.id), None)
    if named is not None:
        found = ("value", named)
    if found is None:
        changes.notice("not_found", target=intent.target)
        return
    kind, item = found
    if intent.kind == "remove":
        remove_item(session, kind, item.id)
        changes.removed.append(item_label(item))
    elif kind == "actor" and fragment_name(intent.replacement):
        return  # "not 60 officers but 45", "not X, they're not involved at this stage": no name
    else:
        old = item_label(item)
        rename_item(session, kind, item, intent.replacement, catalogue, intent.target)
        changes.corrected.append((old, item_label(item)))
        if kind == "effect":
            _rename_its_people(session, item, intent, catalogue, changes)


def _rename_its_people(
    session: Session, effect: Effect, intent: Intent, catalogue: Catalogue, changes: Changes
) -> None:
    """ "niet de appgroep-beheerders, ik bedoelde de coördinatoren" said of the people an effect
    is about: the actor it is for is renamed too, not its text alone; people named with what
    they get ("the inspectors who become checkers") or known already take the effect over."""
    actor = session.actor(effect.actor_id)
    named = known_person(strip_article(intent.target), session.actors)
    if actor is None or named is None or named.id != actor.id:
        return
    first = intent.replacement.split(",")[0]
    then = WHO_THEN_RE.match(first)
    then = then if then and people_word(words(then.group("who"))[-1].lower()) else None
    who, told = (then.group("who"), True) if then else (first, False)
    name = _subject_of(strip_article(who), effect.text)
    known = known_person(name, session.actors)
    if told or (known is not None and known.id != actor.id):
        person = _person(session, name)
        effect.actor_id = person.id
        if not told and all(e.actor_id != actor.id for e in session.effects):
            remove_item(session, "actor", actor.id)  # "niet X maar Y": X was a slip
            changes.corrected.append((actor.name, person.name))
        return
    old = actor.name
    rename_item(session, "actor", actor, name, catalogue)
    changes.corrected.append((old, actor.name))


def _subject_of(who: str, effect_text: str) -> str:
    """The people in "de zaalartsen voelen die druk" when the rest is what the effect says;
    else all of ``who`` ("de coördinatoren van de gemeente")."""
    subject = subject_person(who)
    rest = words(who)[len(words(subject)) :] if subject else []
    said = [w for w in rest if len(w) >= MIN_SAID_LETTERS]
    return subject if said and all(holds(effect_text, w) for w in said) else who


def _person(session: Session, name: str) -> Actor:
    """The known actor ``name`` refers to, else a new one by that name."""
    actor = known_person(name, session.actors)
    return actor if actor is not None else _new_person(session, name)


def _new_person(session: Session, name: str) -> Actor:
    """A new actor by the name ``name``, on the session's list."""
    name = actor_name(name) or name
    actor = Actor(id=session.new_id("a"), name=name[:1].upper() + name[1:])
    actor.group = actor_group(actor.name)
    session.actors.append(actor)
    return actor


def rename_item(
    session: Session, kind: str, item: Any, new: str, catalogue: Catalogue, old: str = ""
) -> None:
    """Give ``item`` its corrected text; a value renamed to a catalogue value takes its definition,
    an effect keeps its direction unless the new text clearly says otherwise. An ``old`` part of
    a longer effect or option ("niet meer afwijzingen maar meer vragen") is replaced alone."""
    new = new.strip().strip(".")
    if not new:
        return
    if kind in ("effect", "option") and _replace_part(item, old, new):
        return
    if kind == "actor":
        item.name = actor_name(new) or new[:1].upper() + new[1:]
        item.group = actor_group(new)
    elif kind == "effect":
        item.text = new[:1].upper() + new[1:]
        item.direction = detect_direction(new) or item.direction
    elif kind == "value":
        entry = catalogue.find_value(new)
        if entry is not None:
            _take_suggestion(session, item, entry.id)
        if entry is not None and all(v.key != entry.id for v in session.values if v is not item):
            text = entry.text(session.language)
            name = value_in_own_words(new, text.name)  # "professionele autonomie (Vakmanschap)"
            item.name, item.key, item.definition = name, entry.id, text.definition
        else:
            item.name, item.key, item.definition = new[:1].upper() + new[1:], None, ""
            if item.chosen:
                session.meta["define_value"] = item.id
    elif kind == "option":
        item.text = new[:1].upper() + new[1:]


def _take_suggestion(session: Session, item: Value, key: str) -> None:
    """The same value only suggested so far gives way to ``item``, with the effects it came from."""
    for suggested in [v for v in session.values if v is not item and not v.chosen and v.key == key]:
        item.effect_ids += [i for i in suggested.effect_ids if i not in item.effect_ids]
        remove_item(session, "value", suggested.id)


def _replace_part(item: Any, old: str, new: str) -> bool:
    """Replace ``old`` inside the item's longer text, keeping the rest and its direction."""
    start = item.text.lower().find(old.strip().lower()) if old.strip() else -1
    if start < 0 or len(old.strip()) >= len(item.text):
        return False
    new = new[:1].upper() + new[1:] if start == 0 else new
    item.text = item.text[:start] + new + item.text[start + len(old.strip()) :]
    return True


def fix_effects(session: Session, fixes: list[EffectFix], changes: Changes) -> None:
    """Effects set right in a later message ("dat is juist een min voor de forenzen"): the new
    direction and actor, said in the reply as a change."""
    for fix in fixes:
        effect = next((e for e in session.effects if e.id == fix.effect_id), None)
        if effect is None or fix.joined or fix.moved_to:
            continue
        old = _effect_label(session, effect)
        effect.direction = fix.direction
        effect.text = fix.text or effect.text
        if fix.actor_id is not None and session.actor(fix.actor_id) is not None:
            effect.actor_id = fix.actor_id
        changes.corrected.append((old, _effect_label(session, effect)))


def _effect_label(session: Session, effect: Effect) -> str:
    actor = session.actor(effect.actor_id)
    sign = "+" if effect.direction == "positive" else "\u2212"
    return f"{sign} {actor.name}: {effect.text}" if actor else f"{sign} {effect.text}"


def move_effects(session: Session, fixes: list[EffectFix], changes: Changes) -> None:
    """Effects moved to other people ("niet de IB'er, de directeur doet die gesprekken"): theirs
    now, a new actor where they were not named before, said in the reply as a change."""
    for fix in fixes:
        effect = next((e for e in session.effects if e.id == fix.effect_id), None)
        if effect is None or not fix.moved_to:
            continue
        old = _effect_label(session, effect)
        meant = _person(session, fix.moved_to)
        if meant.id == effect.actor_id:  # "for the recreational ones, not the commercial
            meant = _new_person(session, fix.moved_to)  # skippers": a group of its own
        effect.actor_id = meant.id
        effect.text = fix.text or effect.text
        changes.corrected.append((old, _effect_label(session, effect)))


def _numbered_value(session: Session, target: str) -> tuple[str, Any] | None:
    """At the values step, the value ``target`` names by number ("remove 4"): the chosen value
    of that rank, else the proposal of that number; None elsewhere or when there is none."""
    said = ITEM_NUMBER_RE.match(target.strip())
    if said is None or session.step != Step.VALUES:
        return None
    number, chosen = int(said.group("n")), session.chosen_values()
    if 1 <= number <= len(chosen):
        return "value", chosen[number - 1]
    proposed = next(
        (p for p in session.proposals if p.kind == "value" and p.number == number), None
    )
    value = session.value(proposed.ref) if proposed is not None else None
    return ("value", value) if value is not None else None
