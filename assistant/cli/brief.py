"""``ethics-assistant brief``: the facilitator's session brief as Markdown, Word or PDF."""

from __future__ import annotations

import os
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.common import fail, handle_errors, state
from assistant.domain.session import Language
from assistant.errors import InputError

if TYPE_CHECKING:
    from assistant.services.brief import BriefService

SOURCES_FIX = "give exactly one of --session ID, --from FILE.json or --intake FILE.yaml"


class BriefFormat(StrEnum):
    MD = "md"
    DOCX = "docx"
    PDF = "pdf"


class BriefLanguage(StrEnum):
    NL = "nl"
    EN = "en"


def register(app: typer.Typer) -> None:
    app.command("brief")(brief)


@handle_errors
def brief(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help="File to write.")],
    session_id: Annotated[
        str | None, typer.Option("--session", help="A saved session's id.")
    ] = None,
    from_file: Annotated[
        Path | None, typer.Option("--from", help="An exported session (JSON).")
    ] = None,
    intake: Annotated[
        Path | None, typer.Option("--intake", help="An intake form (YAML, see the README).")
    ] = None,
    fmt: Annotated[
        BriefFormat | None,
        typer.Option("--format", "-f", help="md, docx or pdf (default: the output's suffix)."),
    ] = None,
    lang: Annotated[
        BriefLanguage | None, typer.Option("--lang", help="Brief language (default: the source's).")
    ] = None,
    backend: Annotated[
        str | None,
        typer.Option(help="Model that may reword the case summary: auto, ollama, guided, ..."),
    ] = None,
) -> None:
    """Write a session brief for a facilitator: case, open questions, whom to invite, effects,
    candidate values, option prompts, two agendas, moderator questions, cited sources, the map."""
    chosen = [s for s in (session_id, from_file, intake) if s is not None]
    if len(chosen) != 1:
        problem = "No source given" if not chosen else "More than one source given"
        raise fail(problem, SOURCES_FIX, code=2)
    kind = fmt.value if fmt else _format_from_suffix(output)
    language: Language | None = "en" if lang == BriefLanguage.EN else "nl" if lang else None
    service = _service(ctx, backend)
    if session_id is not None:
        made = service.from_session(session_id, language=language)
    elif from_file is not None:
        made = service.from_file(from_file, language=language)
    elif intake is not None:
        made = service.from_intake(intake, language=language)
    picture = f"{output.stem}.map.png" if kind == "md" else None
    _write(output, service.render(made, kind, picture_name=picture))
    if picture:
        _write(output.with_name(picture), made.picture_png)
        typer.echo(f"Map picture written to {output.with_name(picture)}")
    for warning in made.warnings:
        typer.secho(f"Warning: {warning}", fg=typer.colors.YELLOW, err=True)
    for notice in made.notices:
        typer.secho(notice, fg=typer.colors.YELLOW, err=True)
    typer.echo(f"Brief ({kind}, {made.language}) written to {output}")


def _service(ctx: typer.Context, backend: str | None) -> BriefService:
    from assistant.services.brief import BriefService

    return BriefService(state(ctx).services(backend=backend))


def _format_from_suffix(output: Path) -> str:
    suffix = output.suffix.lower().lstrip(".")
    return suffix if suffix in {f.value for f in BriefFormat} else "md"


def _write(path: Path, data: bytes) -> None:
    """Write atomically: a failed write leaves any earlier file untouched."""
    tmp = ""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise InputError(f"Cannot write {path}: {exc}", "choose a writable --output path") from exc
