"""``ethics-assistant vectors``: the vectors that ship with the corpus (``corpus/.vectors/``).

``--check`` exits 1 when the shipped file lacks vectors of the corpus or the value catalogue for
the configured encoder; ``--build`` encodes what is missing and writes the file (for whoever
changes the corpus: a fresh data dir then embeds nothing on first use).
"""

from __future__ import annotations

from typing import Annotated

import typer

from assistant.cli.common import handle_errors, state


def register(app: typer.Typer) -> None:
    app.command("vectors")(vectors)


@handle_errors
def vectors(
    ctx: typer.Context,
    build: Annotated[
        bool, typer.Option("--build", help="Encode what is missing and write the file.")
    ] = False,
) -> None:
    """Check (or --build) the shipped vectors of the corpus and value catalogue."""
    from assistant.embeddings import Embedder
    from assistant.services.shipped_vectors import build_shipped_vectors, missing_texts

    settings = state(ctx).settings()
    if build:
        built = build_shipped_vectors(settings, progress=True)
        typer.echo(
            f"Wrote {built.vectors} vectors to {built.path} ({built.encoded} encoded, "
            f"{built.seconds:.0f} s)."
        )
        return
    embedder = Embedder(settings.embeddings)
    missing = missing_texts(settings, embedder)
    where = embedder.cache.path if embedder.cache is not None else "(none)"
    if missing:
        typer.secho(
            f"{len(missing)} shipped texts have no vector for {embedder.model_id} in {where}.",
            fg=typer.colors.YELLOW,
        )
        typer.echo("Fix: run `ethics-assistant vectors --build`.")
        raise typer.Exit(1)
    typer.echo(f"Up to date: {where} covers the corpus and the catalogue for {embedder.model_id}.")
