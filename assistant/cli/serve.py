"""``ethics-assistant serve``: the web UI (Gradio), Dutch by default with an English switch."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from assistant.cli.common import handle_errors, state


class BackendOption(StrEnum):
    AUTO = "auto"
    OLLAMA = "ollama"
    EMBEDDED = "embedded"
    GUIDED = "guided"


def register(app: typer.Typer) -> None:
    app.command()(serve)


@handle_errors
def serve(
    ctx: typer.Context,
    host: Annotated[
        str | None, typer.Option(help="Address to listen on (default: ui.host, 127.0.0.1).")
    ] = None,
    port: Annotated[
        int | None, typer.Option(min=1, max=65535, help="Port (default: ui.port, 7860).")
    ] = None,
    backend: Annotated[
        BackendOption | None,
        typer.Option(help="Chat backend (default: llm.backend, auto)."),
    ] = None,
) -> None:
    """Start the web UI. Sessions are saved after every turn; Ctrl-C stops the server.

    The page answers at once: the knowledge index (built on first use) and the models are
    prepared in the background, and the page's status line shows how far that is."""
    from assistant.ui.auth import load_users
    from assistant.ui.startup_page import StartupPage

    chosen = backend.value if backend else None
    services = state(ctx).services(backend=chosen, ui__host=host, ui__port=port)
    settings = services.settings
    users = load_users(settings.ui)  # a broken users file fails now, not later
    choice = services.backend  # an unusable backend fails now, with its fix
    # the port answers from here on, while the web framework loads (several seconds)
    startup = StartupPage(settings.ui.host, settings.ui.port, settings.language)
    typer.echo(f"Backend: {choice.active} ({choice.reason})")
    if choice.fix:
        typer.echo(f"To change: {choice.fix}")
    if users:
        typer.echo(f"Login is on: {len(users)} user(s); each sees only their own sessions.")
    else:
        typer.echo("No login: each browser sees only its own sessions.")
    typer.echo("The knowledge index and the models are prepared in the background.")
    typer.echo(f"Open http://{settings.ui.host}:{settings.ui.port} in your browser.")
    try:
        from assistant.ui.app import serve as run

        run(services, settings.ui.host, settings.ui.port, startup=startup)
    finally:
        startup.close()
