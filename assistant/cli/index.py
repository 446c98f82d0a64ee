"""``ethics-assistant index``: (re)build the knowledge index from the corpus or given paths.

Exit status: 0 when every file was indexed (or was unchanged), 2 when some files could not be read
(they are listed; the rest is indexed), 1 when nothing could be indexed at all (or on a fatal
error such as a corrupt index).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.common import handle_errors, state

if TYPE_CHECKING:
    from assistant.knowledge.index import IndexReport


def summary(report: IndexReport) -> str:
    lines = [
        f"Indexed with {report.model}: {len(report.added)} added, {len(report.updated)} updated, "
        f"{len(report.removed)} removed, {len(report.skipped)} unchanged; "
        f"{report.embedded} chunks embedded, {report.chunks} chunks in the index "
        f"({report.seconds:.2f} s)."
    ]
    if report.rebuilt:
        lines.append(f"Rebuilt: {report.rebuilt}.")
    return "\n".join(lines)


def exit_code(report: IndexReport) -> int:
    if not report.errors:
        return 0
    indexed = report.added or report.updated or report.skipped or report.removed
    return 2 if indexed else 1


def register(app: typer.Typer) -> None:
    @app.command("index")
    @handle_errors
    def index(
        ctx: typer.Context,
        paths: Annotated[
            list[Path] | None,
            typer.Argument(help="Files or folders to index (default: the corpus folders)."),
        ] = None,
        rebuild: Annotated[
            bool, typer.Option("--rebuild", help="Drop the index and embed everything again.")
        ] = False,
        quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    ) -> None:
        """Index Markdown, text, YAML, HTML, PDF and DOCX files; unchanged files are skipped."""
        services = state(ctx).services()
        report = services.knowledge.index(paths or None, rebuild=rebuild, progress=not quiet)
        typer.echo(summary(report))
        for error in report.errors:
            typer.secho(f"Error: {error}", fg=typer.colors.RED, err=True)
        code = exit_code(report)
        if code == 2:
            typer.secho(
                f"{len(report.errors)} file(s) could not be indexed; the rest is indexed.",
                fg=typer.colors.YELLOW,
                err=True,
            )
        if code:
            raise typer.Exit(code)
