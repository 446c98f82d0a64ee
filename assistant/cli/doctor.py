"""``ethics-assistant doctor``: what works, what does not, and the fix for each."""

from __future__ import annotations

import typer

from assistant.cli.common import handle_errors, state


def register(app: typer.Typer) -> None:
    app.command()(doctor)


@handle_errors
def doctor(ctx: typer.Context) -> None:
    """Check packages, models, data dir, index and Ollama; exit 0 when guided mode can run."""
    from assistant.services.doctor import available_backends, guided_ready, iter_checks

    settings = state(ctx).settings()
    checks = []
    for check in iter_checks(settings):
        checks.append(check)
        label, colour = ("OK", typer.colors.GREEN) if check.ok else ("PROBLEM", typer.colors.RED)
        if not check.ok and not check.required:
            label, colour = "OPTIONAL", typer.colors.YELLOW
        typer.secho(f"{label:<9}", fg=colour, bold=True, nl=False)
        typer.echo(f"{check.name}: {check.detail}")
        if check.fix and not check.ok:
            typer.echo(f"{'':<9}fix: {check.fix}")
    typer.echo("")
    if not guided_ready(checks):
        typer.secho("The assistant cannot run yet: fix the problems above.", fg="red")
        raise typer.Exit(1)
    backends = available_backends(checks)
    typer.secho(f"Ready. Available backends: {', '.join(backends)}.", fg="green")
    if "ollama" not in backends:
        ollama = settings.ollama
        typer.echo(
            "Guided mode is available (no language model needed). To enable Ollama: start it "
            f"with `ollama serve` (or set OLLAMA_HOST; now {ollama.host}) and run "
            f"`ollama pull {ollama.model}`."
        )
