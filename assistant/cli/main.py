"""Entry point of ``ethics-assistant``: global options and the command list."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from assistant import __version__
from assistant.cli.common import CliState, handle_errors, state
from assistant.cli.quiet import QuietTerminal

app = typer.Typer(
    name="ethics-assistant",
    help="Guidance ethics for technology in the public sector: a local-first assistant that "
    "walks you from a technology to effects, values and handling options.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(
    ctx: typer.Context,
    config: Annotated[
        Path | None,
        typer.Option("--config", envvar="ASSISTANT_CONFIG", help="Settings file (YAML or TOML)."),
    ] = None,
    data_dir: Annotated[
        Path | None,
        typer.Option("--data-dir", help="Where all state lives (env: ASSISTANT_DATA_DIR)."),
    ] = None,
) -> None:
    ctx.obj = cli = CliState(config, data_dir)
    quiet = QuietTerminal(cli.log_dir)

    def closing() -> None:
        if line := quiet.close():
            typer.secho(line, err=True, dim=True)

    ctx.call_on_close(closing)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


@app.command("settings")
@handle_errors
def show_settings(
    ctx: typer.Context,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the README table.")] = False,
) -> None:
    """Show the effective settings (or the documentation table with --markdown)."""
    from assistant.settings_docs import settings_markdown

    if markdown:
        typer.echo(settings_markdown())
        return
    typer.echo(state(ctx).settings().model_dump_json(indent=2))


def _register() -> None:
    """Each command module adds its commands to ``app``."""
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"assistant.cli.{name}").register(app)


COMMAND_MODULES: list[str] = [
    "chat",
    "serve",
    "brief",
    "eval",
    "sessions",
    "index",
    "search",
    "doctor",
    "vectors",
]

_register()
