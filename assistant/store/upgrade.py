"""Bring stored session JSON up to the current ``SCHEMA_VERSION`` before it is validated.

Each step ``UPGRADES[n]`` turns a version-``n`` dict into a version-``n + 1`` dict; ``upgrade``
chains them. When the session model changes incompatibly, raise ``SCHEMA_VERSION`` in
``assistant/domain/session.py`` and add the step here (with a test that feeds an old dict).

Version 0 is session JSON without a ``schema_version`` field (prototype drafts): fields added
since then get their defaults, and a case written as one text becomes ``case.technology``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.domain.session import SCHEMA_VERSION, now
from assistant.errors import AssistantError

Data = dict[str, Any]


class SchemaVersionError(AssistantError):
    """Session JSON whose schema version this ethics-assistant cannot read."""


def _v0_to_v1(data: Data) -> Data:
    out = dict(data)
    case = out.get("case")
    if isinstance(case, str):
        out["case"] = {"technology": case}
    elif case is None:
        out["case"] = {}
    for key in ("actors", "effects", "values", "options", "transcript"):
        if out.get(key) is None:
            out[key] = []
    stamp = now().isoformat()
    out.setdefault("created_at", stamp)
    out.setdefault("updated_at", out["created_at"])
    out.setdefault("meta", {})
    out["schema_version"] = 1
    return out


def _v1_to_v2(data: Data) -> Data:
    """Options name the values they protect ``values`` (was ``value_ids``)."""
    out = dict(data)
    options = []
    for option in out.get("options") or []:
        item = dict(option)
        if "value_ids" in item:
            item["values"] = item.pop("value_ids")
        options.append(item)
    out["options"] = options
    out["schema_version"] = 2
    return out


UPGRADES: dict[int, Callable[[Data], Data]] = {0: _v0_to_v1, 1: _v1_to_v2}


def upgrade(data: Data, where: str = "This session") -> Data:
    """``data`` migrated to ``SCHEMA_VERSION``; ``where`` names the source in error messages."""
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise SchemaVersionError(
            f"{where} has an invalid schema_version {version!r}",
            "export it again with `ethics-assistant sessions export ID --format json`",
        )
    if version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"{where} was saved by a newer ethics-assistant (session schema v{version}; this "
            f"version reads up to v{SCHEMA_VERSION})",
            "upgrade ethics-assistant (`pip install -U ethics-assistant`)",
        )
    while version < SCHEMA_VERSION:
        data = UPGRADES[version](data)
        version = data["schema_version"]
    return data
