"""``ethics-assistant search``: ranked chunks from the knowledge index, with source and section."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli.common import handle_errors, state

if TYPE_CHECKING:
    from assistant.knowledge.retriever import Hit


def render(rank: int, hit: Hit, width: int = 300) -> str:
    text = " ".join(hit.text.split())
    if len(text) > width:
        text = text[: width - 1].rstrip() + "…"
    where = " > ".join(part for part in (hit.title, hit.section) if part)
    return (
        f"{rank}. [{hit.score:.4f}] {hit.id}  ({hit.kind}, {hit.language})\n"
        f"   {where}\n   source: {hit.source}\n   {text}"
    )


def register(app: typer.Typer) -> None:
    @app.command("search")
    @handle_errors
    def search(
        ctx: typer.Context,
        query: Annotated[str, typer.Argument(help="Question or keywords, Dutch or English.")],
        k: Annotated[int | None, typer.Option("--k", "-k", min=1, max=100, help="Results.")] = None,
        kind: Annotated[
            list[str] | None,
            typer.Option(
                "--kind",
                help="Only this kind (repeatable): method, values, options, cases, "
                "outcome, document.",
            ),
        ] = None,
        lang: Annotated[str | None, typer.Option("--lang", help="Only nl or en.")] = None,
        mode: Annotated[str, typer.Option("--mode", help="hybrid, vector or bm25.")] = "hybrid",
        as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    ) -> None:
        """Search the knowledge index (built on first use)."""
        services = state(ctx).services()
        hits = services.knowledge.search(query, k=k, kind=kind, language=lang, mode=mode)
        if as_json:
            payload = {"query": query, "mode": mode, "hits": [h.to_dict() for h in hits]}
            typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        if not hits:
            typer.echo("No matching chunks.")
            return
        for rank, hit in enumerate(hits, 1):
            typer.echo(render(rank, hit))
