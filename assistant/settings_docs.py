"""Documentation of the settings tree: every leaf setting with its env var, type and default."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from assistant.paths import PROJECT_ROOT
from assistant.settings import Settings


def iter_fields(
    model: type[BaseModel] = Settings, prefix: str = ""
) -> list[tuple[str, str, str, Any]]:
    """Every leaf setting as ``(env var, type, description, default)``, for docs and tests."""
    rows: list[tuple[str, str, str, Any]] = []
    for name, field in model.model_fields.items():
        annotation = field.annotation
        key = f"{prefix}{name}"
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            rows.extend(iter_fields(annotation, key + "__"))
            continue
        default = field.get_default(call_default_factory=True)
        rows.append(
            (f"ASSISTANT_{key.upper()}", _type_name(annotation), field.description or "", default)
        )
    return rows


def _type_name(annotation: Any) -> str:
    """A readable type for the docs: ``int or none``, ``one of: a, b``, ``list of path``."""
    args = get_args(annotation)
    origin = get_origin(annotation)
    if origin is Literal:
        return "one of: " + ", ".join(str(a) for a in args)
    if origin in (list, tuple):
        return "list of " + " ".join(_type_name(a) for a in args).lower()
    if args:
        return " or ".join(_type_name(a) for a in args)
    if annotation is type(None):
        return "none"
    return getattr(annotation, "__name__", str(annotation)).lower()


def settings_markdown() -> str:
    """The configuration table for the README."""
    lines = ["| Environment variable | Type | Default | Description |", "|---|---|---|---|"]
    for env, type_name, description, default in iter_fields():
        shown = _shown_default(default)
        lines.append(f"| `{env}` | {type_name} | {shown} | {description} |")
    return "\n".join(lines)


def _shown_default(default: Any) -> str:
    if default is None:
        return "-"
    if isinstance(default, list):
        return ", ".join(_shown_default(d) for d in default) or "-"
    if isinstance(default, Path):
        home = str(Path.home())
        text = str(default).replace(str(PROJECT_ROOT), ".").replace(home, "~")
        return f"`{text}`"
    return f"`{default}`"
