"""``ethics-assistant sessions``: list, show, export, delete saved sessions; print their schema.

Every command goes through the conversation service (``ChatService``), like the web UI; the CLI
is run by the machine's own user, so it sees every session (``--owner`` narrows the list).
"""

from __future__ import annotations

import json
import os
import tempfile
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.common import handle_errors, state
from assistant.errors import InputError

if TYPE_CHECKING:
    from assistant.services.chat import ChatService
    from assistant.store.base import SessionSummary

sessions_app = typer.Typer(
    name="sessions",
    help="Saved sessions: list, show, export, delete; print the session JSON Schema.",
    no_args_is_help=True,
)

SessionId = Annotated[
    str, typer.Argument(help="Session id (see `ethics-assistant sessions list`).")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


class ExportFormat(StrEnum):
    JSON = "json"
    MD = "md"


def register(app: typer.Typer) -> None:
    app.add_typer(sessions_app, name="sessions")


def _chat(ctx: typer.Context) -> ChatService:
    return state(ctx).services().chat


@sessions_app.command("list")
@handle_errors
def list_sessions(
    ctx: typer.Context,
    as_json: AsJson = False,
    owner: Annotated[str | None, typer.Option(help="Only this user's sessions.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="Most sessions shown.")] = 100,
) -> None:
    """List saved sessions, most recently updated first."""
    chat = _chat(ctx)
    found = chat.list(owner=owner, limit=limit)
    if as_json:
        typer.echo(json.dumps([s.model_dump(mode="json") for s in found], indent=2))
    elif not found:
        typer.echo(f"No sessions yet in {chat.location}. Start one with `ethics-assistant chat`.")
    else:
        typer.echo(_table(found))


def _table(found: list[SessionSummary]) -> str:
    rows = [("ID", "UPDATED (UTC)", "LANG", "STEP", "TURNS", "TITLE")]
    rows += [
        (
            s.id,
            s.updated_at.strftime("%Y-%m-%d %H:%M"),
            s.language,
            s.step.value,
            str(s.turns),
            s.title or "-",
        )
        for s in found
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join(
        "  ".join([*(cell.ljust(w) for cell, w in zip(row, widths, strict=False)), row[-1]])
        for row in rows
    )


@sessions_app.command("show")
@handle_errors
def show(ctx: typer.Context, session_id: SessionId, as_json: AsJson = False) -> None:
    """Show one session (a Markdown report, or its JSON with --json)."""
    typer.echo(_chat(ctx).export(session_id, "json" if as_json else "md"))


@sessions_app.command("export")
@handle_errors
def export(
    ctx: typer.Context,
    session_id: SessionId,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="json (versioned schema) or md.")
    ] = ExportFormat.JSON,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
    ] = None,
) -> None:
    """Export one session as JSON or Markdown."""
    text = _chat(ctx).export(session_id, fmt.value)
    if output is None:
        typer.echo(text)
        return
    _write(output, text if text.endswith("\n") else text + "\n")
    typer.echo(f"Exported session {session_id} to {output}", err=True)


def _write(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder, so a failed write leaves no half file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise InputError(
            f"Cannot write {path} ({exc.strerror or exc})",
            "choose a writable file with -o, or leave -o out to print to stdout",
        ) from exc


@sessions_app.command("delete")
@handle_errors
def delete(
    ctx: typer.Context,
    session_id: SessionId,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete one session for good."""
    chat = _chat(ctx)
    found = chat.summary(session_id)
    if not yes:
        title = found.title or "untitled"
        if not typer.confirm(f"Delete session {session_id} ({title})?", default=False):
            typer.echo("Nothing deleted.", err=True)
            raise typer.Exit(1)
    chat.delete(session_id)
    typer.echo(f"Deleted session {session_id}.")


@sessions_app.command("schema")
@handle_errors
def schema() -> None:
    """Print the JSON Schema of the session JSON form (see docs/session-schema.md)."""
    from assistant.store.export import session_schema

    typer.echo(json.dumps(session_schema(), indent=2, ensure_ascii=False))
