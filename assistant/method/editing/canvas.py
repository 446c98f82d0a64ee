"""Edits of the canvas (add, update, remove items) that keep the links between items consistent.

Effects point at actors, values at effects, options at values: removing an item removes the links
to it (effects of a removed actor stay, without an actor; a removed value disappears from the
options it was linked to) and chosen values are renumbered 1..n.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from assistant.domain.session import Actor, Case, Effect, HandlingOption, Session, Step, Value
from assistant.errors import InputError, NotFound
from assistant.knowledge.catalogue import Catalogue
from assistant.language.textparts import normalise, similar_text, words

KINDS: dict[str, tuple[type[BaseModel], str, str]] = {
    "actor": (Actor, "actors", "a"),
    "effect": (Effect, "effects", "e"),
    "value": (Value, "values", "v"),
    "option": (HandlingOption, "options", "o"),
}
ACTIONS = ("add", "update", "remove")
STEP_KINDS = {Step.ACTORS: "actor", Step.EFFECTS: "effect", Step.VALUES: "value"}


def _validated(model: type[BaseModel], data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise InputError(
            f"Invalid {model.__name__.lower()}: {problems}", "correct the field"
        ) from exc


def apply_edit(
    session: Session,
    kind: str,
    action: str,
    item_id: str | None = None,
    data: dict[str, Any] | None = None,
    catalogue: Catalogue | None = None,
) -> str | None:
    """Apply one canvas edit; returns the id of the added or changed item."""
    data = dict(data or {})
    if kind == "case":
        session.case = _validated(Case, {**session.case.model_dump(), **data})
        return None
    if kind not in KINDS or action not in ACTIONS:
        raise InputError(
            f"Unknown edit {action!r} on {kind!r}",
            f"use kind {', '.join([*KINDS, 'case'])} and action {', '.join(ACTIONS)}",
        )
    model, attr, prefix = KINDS[kind]
    items: list[Any] = getattr(session, attr)
    if action == "add":
        data["id"] = session.new_id(prefix)
        if kind == "value" and catalogue is not None:
            data = _catalogue_defaults(data, catalogue, session)
        items.append(_validated(model, data))
        normalise_priorities(session)
        return str(data["id"])
    index = next((i for i, item in enumerate(items) if item.id == item_id), None)
    if index is None:
        raise NotFound(f"No {kind} with id {item_id!r} in this session", "reload the session")
    if action == "remove":
        remove_item(session, kind, str(item_id))
        return None
    items[index] = _validated(model, {**items[index].model_dump(), **data, "id": item_id})
    normalise_priorities(session)
    return item_id


def _catalogue_defaults(data: dict[str, Any], catalogue: Catalogue, session: Session) -> dict:
    entry = catalogue.value(data.get("key") or "") or catalogue.find_value(data.get("name", ""))
    if entry is None:
        return data
    text = entry.text(session.language)
    named = catalogue.find_value(data.get("name", "")) is entry
    name = text.name if named or not data.get("name") else data["name"]
    return {"key": entry.id, "definition": text.definition, **data, "name": name}


def remove_item(session: Session, kind: str, item_id: str) -> None:
    """Remove an item and every link to it."""
    if kind == "actor":
        session.actors = [a for a in session.actors if a.id != item_id]
        for effect in session.effects:
            if effect.actor_id == item_id:
                effect.actor_id = None
    elif kind == "effect":
        session.effects = [e for e in session.effects if e.id != item_id]
        for value in session.values:
            value.effect_ids = [i for i in value.effect_ids if i != item_id]
    elif kind == "value":
        session.values = [v for v in session.values if v.id != item_id]
        for option in session.options:
            option.value_ids = [i for i in option.value_ids if i != item_id]
        normalise_priorities(session)
    elif kind == "option":
        session.options = [o for o in session.options if o.id != item_id]


def normalise_priorities(session: Session) -> None:
    """Chosen values numbered 1..n in their current order."""
    for rank, value in enumerate(session.chosen_values(), start=1):
        value.priority = rank


def item_label(item: Any) -> str:
    return str(getattr(item, "name", None) or getattr(item, "text", ""))


def find_item(session: Session, target: str, prefer: Step) -> tuple[str, Any] | None:
    """The item ``target`` refers to (an id like ``a2`` or its text), current step's list first."""
    order = [STEP_KINDS.get(prefer, "option" if prefer == Step.OPTIONS else "actor")]
    order += [k for k in KINDS if k not in order]
    wanted = target.strip().lower()
    for kind in order:
        for item in getattr(session, KINDS[kind][1]):
            if item.id == wanted:
                return kind, item
    for kind in order:
        for item in getattr(session, KINDS[kind][1]):
            if similar_text(item_label(item), target):
                return kind, item
            if kind == "value" and item.key and similar_text(item.key, target):
                return kind, item
    return None


def value_in_own_words(said: str, name: str) -> str:
    """``said`` as a value's name with the catalogue value it stands for ("Menselijke maat
    (Menselijk contact)"), unless it is the catalogue's name or part of it ("safety" for Public
    safety)."""
    spoken, catalogue = letters(said), letters(name)
    if not spoken or spoken in catalogue or catalogue in spoken:
        return name  # "wellbeing" is Well-being
    if similar_text(said, name) and len(words(said)) <= len(words(name)):
        return name  # "transparancy" is Transparency; "democratische controle" says more
    if said.isupper():
        return name  # a law's abbreviation (AVG, GDPR) is not how a value is named
    return f"{said[:1].upper()}{said[1:]} ({name})"


def letters(text: str) -> str:
    return "".join(c for c in normalise(text) if c.isalnum())
