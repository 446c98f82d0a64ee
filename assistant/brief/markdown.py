"""Markdown rendering of the brief through the per-language Jinja templates in prompts/brief/."""

from __future__ import annotations

from assistant.brief.model import Brief
from assistant.brief.texts import BRIEF_PROMPTS
from assistant.privacy import inert_markdown


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _line(text: object) -> str:
    """Text safe inside one list item."""
    return " ".join(str(text).split())


def _inert(value: object) -> object:
    """Every value the template prints: HTML shown as text, no image syntax (nothing loads)."""
    return inert_markdown(value) if isinstance(value, str) else value


def render_markdown(brief: Brief, picture: str | None = None) -> str:
    """The brief as Markdown; ``picture`` is the file name of the map image next to it, if any.
    Texts from the session or intake cannot make a Markdown viewer load anything."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(BRIEF_PROMPTS),
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        finalize=_inert,
    )
    env.filters["cell"] = _cell
    env.filters["line"] = _line
    template = env.get_template(f"{brief.language}/brief.md.j2")
    return template.render(brief=brief, picture=picture)
