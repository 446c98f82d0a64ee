"""Session exports: the versioned JSON form, its JSON Schema, and a Markdown report.

The JSON form is ``Session`` as pydantic writes it (``schema_version`` inside; documented in
docs/session-schema.md). The Markdown report is written in the session's language, with labels
from ``assistant/language/labels.py``; every text from the session is made inert (HTML shown as
text, no image syntax), so opening the report loads nothing from elsewhere.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from assistant.domain.session import OPTION_KINDS, SCHEMA_VERSION, Session
from assistant.errors import InputError
from assistant.language.labels import labels
from assistant.language.titles import session_title as title_of
from assistant.privacy import inert_markdown
from assistant.store.upgrade import upgrade

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def to_json(session: Session) -> str:
    """The session in its versioned JSON form (``Session.model_validate_json`` reads it back)."""
    return session.model_dump_json(indent=2)


def from_json(text: str, where: str = "The session file") -> Session:
    """A session from its JSON form, older schema versions upgraded first."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("the top level is not a JSON object")
        return Session.model_validate(upgrade(data, where))
    except (ValueError, ValidationError) as exc:
        raise InputError(
            f"{where} is not a valid session ({str(exc).splitlines()[0]})",
            "use a file written by `ethics-assistant sessions export ID --format json`",
        ) from exc


def session_schema() -> dict[str, Any]:
    """JSON Schema of the session JSON form, with its version."""
    schema = Session.model_json_schema()
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "title": "ethics-assistant session",
        "x-schema-version": SCHEMA_VERSION,
        **{key: value for key, value in schema.items() if key != "title"},
    }


def to_markdown(session: Session) -> str:
    """A readable report of the session in its own language, transcript last."""
    text = labels(session.language)
    parts = [
        _header(session, text),
        _case(session, text),
        _actors(session, text),
        _effects(session, text),
        _values(session, text),
        _options(session, text),
        _transcript(session, text),
    ]
    return "\n\n".join(part.rstrip() for part in parts) + "\n"


def _one_line(value: str) -> str:
    return inert_markdown(" ".join(value.split()))


def _section(title: str, lines: list[str], text: Mapping[str, str]) -> str:
    return "\n".join([f"## {title}", "", *(lines or [f"_{text['nothing_yet']}_"])])


def _header(session: Session, text: Mapping[str, str]) -> str:
    title = _one_line(title_of(session)) or text["untitled"]
    updated = session.updated_at.strftime("%Y-%m-%d %H:%M")
    return (
        f"# {title}\n\n"
        f"{text['session']} `{session.id}` · {text['meta.step']}: "
        f"{text['step.' + session.step.value]} · {text['meta.updated']}: {updated} UTC"
    )


def _case(session: Session, text: Mapping[str, str]) -> str:
    case = session.case
    lines = [
        f"- **{text['case.' + name]}**: {_one_line(getattr(case, name))}"
        for name in ("technology", "context", "users", "decisions")
        if getattr(case, name).strip()
    ]
    if case.stage != "unknown":
        lines.append(f"- **{text['case.stage']}**: {text['stage.' + case.stage]}")
    if case.notes.strip():
        lines.append(f"- **{text['case.notes']}**: {_one_line(case.notes)}")
    return _section(text["case"], lines, text)


def _actors(session: Session, text: Mapping[str, str]) -> str:
    lines = [f"- {_one_line(a.name)} ({text['group.' + a.group]})" for a in session.actors]
    return _section(text["actors"], lines, text)


def _effects(session: Session, text: Mapping[str, str]) -> str:
    """Effects grouped per actor (in actor order), **+** positive and **-** negative."""
    groups: list[tuple[str, list[str]]] = []
    known = {actor.id for actor in session.actors}
    for actor_id, name in [(a.id, a.name) for a in session.actors] + [(None, text["no_actor"])]:
        effects = [
            e
            for e in session.effects
            if e.actor_id == actor_id or (actor_id is None and e.actor_id not in known)
        ]
        if effects:
            items = [
                f"- **{'+' if e.direction == 'positive' else '-'}** {_one_line(e.text)}"
                for e in effects
            ]
            groups.append((name, items))
    lines: list[str] = []
    for name, items in groups:
        lines += [f"### {_one_line(name)}", "", *items, ""]
    return _section(text["effects"], lines, text)


def _values(session: Session, text: Mapping[str, str]) -> str:
    effects = {effect.id: effect.text for effect in session.effects}

    def entry(prefix: str, name: str, definition: str, effect_ids: list[str]) -> list[str]:
        head = f"{prefix} **{_one_line(name)}**" + (
            f": {_one_line(definition)}" if definition.strip() else ""
        )
        sources = [_one_line(effects[i]) for i in effect_ids if i in effects]
        return [head] + ([f"   - {text['from_effects']}: {'; '.join(sources)}"] if sources else [])

    chosen = session.chosen_values()
    others = [v for v in session.values if not v.chosen]
    lines: list[str] = []
    if chosen:
        lines += [f"### {text['chosen_values']}", ""]
        for v in chosen:
            lines += entry(f"{v.priority}.", v.name, v.definition, v.effect_ids)
        lines.append("")
    if others:
        lines += [f"### {text['other_values']}", ""]
        for v in others:
            lines += entry("-", v.name, v.definition, v.effect_ids)
    return _section(text["values"], lines, text)


def _options(session: Session, text: Mapping[str, str]) -> str:
    """Options under the three kinds, each with the values it protects."""
    if not session.options:
        return _section(text["options"], [], text)
    lines: list[str] = []
    for kind in OPTION_KINDS:
        lines += [f"### {text['kind.' + kind]}", ""]
        items = [o for o in session.options if o.kind == kind]
        for option in items:
            names = [
                _one_line(v.name) for i in option.value_ids if (v := session.value(i)) is not None
            ]
            protects = f"{text['protects']}: {', '.join(names)}" if names else text["no_value"]
            lines.append(f"- {_one_line(option.text)} _({protects})_")
        lines += ([] if items else [f"_{text['nothing_yet']}_"]) + [""]
    return _section(text["options"], lines, text)


def _transcript(session: Session, text: Mapping[str, str]) -> str:
    lines: list[str] = []
    for turn in session.transcript:
        lines.append(f"**{text['role.' + turn.role]}** ({text['step.' + turn.step.value]}):")
        quoted = inert_markdown(turn.text).splitlines()
        lines += [f"> {line}" if line.strip() else ">" for line in quoted] or [">"]
        if turn.citations:
            cited = [
                _one_line(" - ".join(p for p in (c.title, c.section) if p) or c.id)
                for c in turn.citations
            ]
            lines.append(f"\n_{text['sources']}: {'; '.join(cited)}_")
        lines.append("")
    return _section(text["transcript"], lines, text)
