"""Structured extraction with a generative model (JSON schema output), validated and grounded.

Small local models often return invalid JSON, the wrong shape, or items that are not in the user's
text. Every such failure returns ``None`` and the caller uses the rule-based extraction instead:
a weak model can never break a turn.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.domain.session import Session, Step
from assistant.errors import AssistantError
from assistant.language.textparts import words
from assistant.llm.base import ChatMessage
from assistant.method.reading.extraction import EffectDraft, OptionDraft, ValueChoice, find_actor
from assistant.method.reading.reading import Reading

if TYPE_CHECKING:
    from assistant.method.changes import Tools

Item = Field(min_length=2, max_length=300)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="ignore")


class ActorItem(_Strict):
    name: str = Item


class EffectItem(_Strict):
    actor: str = Field("", max_length=80)
    direction: Literal["positive", "negative"]
    text: str = Item


class OptionItem(_Strict):
    kind: Literal["design", "environment", "human"]
    text: str = Item


class ValuesOut(_Strict):
    values: list[str] = Field(max_length=12)


class CaseOut(_Strict):
    technology: str = Field("", max_length=600)
    context: str = Field("", max_length=300)
    users: str = Field("", max_length=300)
    decisions: str = Field("", max_length=300)
    stage: Literal["idea", "pilot", "in_use", "unknown"] = "unknown"


class ReadingOut(_Strict):
    """Everything a message holds, all kinds at once (one schema for every step)."""

    case: CaseOut = Field(default_factory=CaseOut)
    actors: list[ActorItem] = Field(default_factory=list, max_length=20)
    effects: list[EffectItem] = Field(default_factory=list, max_length=20)
    values: list[str] = Field(default_factory=list, max_length=12)
    options: list[OptionItem] = Field(default_factory=list, max_length=20)


def parse_json(raw: str) -> object:
    """JSON from a model reply, tolerating code fences and text around one object."""
    text = raw.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    if fenced:
        text = fenced.group(1)
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object in the reply")
    return json.loads(text[start : end + 1])


@cache
def _json_schema(schema: type[_Strict]) -> str:
    """``schema``'s JSON schema, built once per class (pydantic builds it anew on every call)."""
    return json.dumps(schema.model_json_schema())


def ask_json(tools: Tools, schema: type[_Strict], prompt: str, text: str) -> _Strict | None:
    """One structured call; ``None`` on any failure (backend error, bad JSON, wrong shape)."""
    if tools.model is None or not tools.model.structured_output:
        return None
    messages = [ChatMessage(role="system", content=prompt), ChatMessage(role="user", content=text)]
    try:
        reply = tools.model.prompt(
            messages, json_schema=json.loads(_json_schema(schema)), temperature=0.0
        ).text()
        return schema.model_validate(parse_json(reply))
    except (AssistantError, ValueError, ValidationError):
        return None


def _grounded(item: str, source: str) -> bool:
    """At least one content word of ``item`` occurs in the user's text."""
    source_words = set(words(source))
    return any(len(w) >= 4 and w in source_words for w in words(item))


def model_reading(tools: Tools, session: Session, text: str, rules: Reading) -> Reading | None:
    """The items of a message from the model (one JSON schema for all kinds), grounded in the
    text; ``None`` when nothing valid came back (the rules' reading is used then). Moves,
    references and questions always come from the rules."""
    if rules.intent is not None or rules.reference is not None or rules.questions:
        return None
    prompt = tools.prompts.render("extract", session.language, session=session)
    result = ask_json(tools, ReadingOut, prompt, text)
    if not isinstance(result, ReadingOut):
        return None
    found = Reading(ignored=rules.ignored, goto=rules.goto, source="model")
    found.turned_down = rules.turned_down
    case = result.case
    for field in ("technology", "context", "users", "decisions"):
        value = getattr(case, field).strip()
        if value and _grounded(value, text):
            found.case[field] = value
    if case.stage != "unknown":
        found.case["stage"] = case.stage
    found.actors = [a.name.strip() for a in result.actors if _grounded(a.name, text)]
    found.effects = [_effect(e, session) for e in result.effects if _grounded(e.text, text)]
    found.values = [ValueChoice(name=v.strip()[:60]) for v in result.values if _grounded(v, text)]
    for choice in found.values:
        choice.entry = tools.catalogue.find_value(choice.name)
    found.value_list = rules.value_list
    found.options = [
        OptionDraft(text=o.text.strip(), kind=o.kind)
        for o in result.options
        if _grounded(o.text, text)
    ]
    return found if found.holds_items else None


def _effect(item: EffectItem, session: Session) -> EffectDraft:
    """As the rules read it: without a named actor, at the effects step, the effect belongs to the
    actor being asked about."""
    focus = session.meta.get("effects_focus") if session.step == Step.EFFECTS else None
    actor = find_actor(item.actor, session.actors) if item.actor.strip() else None
    if actor is None and item.actor.strip():
        return EffectDraft(item.text.strip(), item.direction, None, item.actor.strip())
    return EffectDraft(item.text.strip(), item.direction, actor.id if actor else focus)


def model_value_names(tools: Tools, session: Session) -> list[str]:
    """Catalogue value ids the model names for the effects (empty on any failure)."""
    if not session.effects:
        return []
    names = [entry.text(session.language).name for entry in tools.catalogue.values]
    prompt = tools.prompts.render("suggest_values", session.language, session=session, names=names)
    listing = "\n".join(f"- ({e.direction}) {e.text}" for e in session.effects)
    result = ask_json(tools, ValuesOut, prompt, listing)
    if not isinstance(result, ValuesOut):
        return []
    keys: list[str] = []
    for name in result.values:
        entry = tools.catalogue.find_value(name)
        if entry is not None and entry.id not in keys:
            keys.append(entry.id)
    return keys
