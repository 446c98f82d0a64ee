"""The bench stages, in order; each returns its figures. ``Plan`` holds the sizes and repeats."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.paths import PROJECT_ROOT
from bench import figures
from bench.corpus import split_corpus, write_corpus
from bench.report import Figure


@dataclass
class Plan:
    real_chunks: int = 1000
    index_rounds: int = 3
    large_chunks: int = 10_000
    huge_chunks: int = 100_000
    reindex_repeats: int = 3
    search_rounds: int = 3
    queries: int = 16
    sessions: int = 2
    turns: int = 15
    ui_repeats: int = 3
    run_eval: bool = True
    encoder_chunks: int = 48
    encoders: tuple[str, ...] = ("multilingual-e5-small", "all-MiniLM-L6-v2")
    ui_users: int = 20
    ui_turns: int = 6
    ui_single: int = 24
    ui_fresh: bool = True


QUICK = Plan(
    real_chunks=40,
    large_chunks=300,
    huge_chunks=1000,
    search_rounds=1,
    sessions=1,
    turns=8,
    ui_repeats=1,
    encoder_chunks=8,
    ui_users=5,
    ui_turns=3,
    ui_single=6,
)


@dataclass
class Context:
    """Where the stages left their corpora and indexes: ``{size: (workdir, corpus, synthetic)}``."""

    root: Path
    app_data: Path | None = None
    indexes: dict[int, tuple[Path, Path, bool]] = field(default_factory=dict)
    raw_cps: float = 0.0


#: The pipeline figures compare our indexing with the raw encoder and with LangChain on the
#: fastest encoder (all-MiniLM-L6-v2): our own overhead weighs most there. The encoders stage
#: compares the encoders themselves.
PIPELINE_ENCODER = {"ASSISTANT_EMBEDDINGS__ENCODER": "sentence-transformers"}


def run_child(module: str, args: list[str], env: dict[str, str] | None = None) -> Any:
    """Run ``python -m module args`` in a fresh process (settings from ``env`` only) and return
    the JSON of its last output line."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    clean.update(env or {})
    clean["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(PROJECT_ROOT), clean.get("PYTHONPATH")])
    )
    done = subprocess.run(
        [sys.executable, "-m", module, *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_ROOT,
        env=clean,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"bench {module} {args[0]} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def child(name: str, corpus: Path, work: Path, synthetic: bool = False, reindex: int = 0) -> Any:
    """Run one pipeline in a fresh process (``bench.pipelines``) and return its JSON."""
    args = [name, str(corpus), str(work), "--reindex", str(reindex)]
    args += ["--synthetic"] if synthetic else []
    return run_child("bench.pipelines", args, None if synthetic else PIPELINE_ENCODER)


def indexing(plan: Plan, ctx: Context) -> list[Figure]:
    """Real-model rounds (ours and the raw encoder interleaved; LangChain), then the large
    no-encoder runs."""
    small = ctx.root / "corpus-small"
    per_file = max(1, min(10, plan.real_chunks // (2 * plan.index_rounds)))
    write_corpus(small, plan.real_chunks, sections_per_file=per_file)
    split_corpus(small, plan.index_rounds)
    paired = child("paired", small, ctx.root / "paired", reindex=1)
    lang = child("langchain", small, ctx.root / "langchain-small")
    ctx.indexes[plan.real_chunks] = (ctx.root / "paired", small, False)
    raw = [r["raw"] for r in paired["rounds"]]
    ctx.raw_cps = sum(r["chunks"] for r in raw) / sum(r["seconds"] for r in raw)
    rows = figures.indexing(paired, lang, plan.real_chunks)
    large = ctx.root / "corpus-large"
    write_corpus(large, plan.large_chunks)
    ours = child("ours", large, ctx.root / "large-ours", True, plan.reindex_repeats)
    lang = child("langchain", large, ctx.root / "large-langchain", True)
    ctx.indexes[plan.large_chunks] = (ctx.root / "large-ours", large, True)
    rows += figures.overhead(ours, lang, ctx.raw_cps, plan.large_chunks)
    rows += reindex(plan, ctx, ours["reindex_s"])
    return rows


def reindex(plan: Plan, ctx: Context, inproc: list[float]) -> list[Figure]:
    """The unchanged large corpus again, through the CLI in a fresh process each time."""
    from bench.startup import cli

    work, corpus, _ = ctx.indexes[plan.large_chunks]
    seconds = []
    for _ in range(plan.reindex_repeats):
        took, code, last = cli(work / "data", "index", str(corpus), "--quiet")
        if code != 0:
            raise RuntimeError(f"ethics-assistant index failed: {last}")
        seconds.append(took)
    return figures.reindex(inproc, seconds, plan.large_chunks)


def huge_index(plan: Plan, ctx: Context) -> list[Figure]:
    """The largest index for the retrieval figures: a copy of the large one (synthetic document
    vectors) grown with new files to ``plan.huge_chunks`` chunks."""
    base, _, _ = ctx.indexes[plan.large_chunks]
    corpus = ctx.root / "corpus-huge"
    extra = plan.huge_chunks - plan.large_chunks
    write_corpus(corpus, extra, sections_per_file=50, seed=11, first=10**6)
    work = ctx.root / "huge-ours"
    shutil.copytree(base, work)
    run = child("ours", corpus, work, synthetic=True)
    ctx.indexes[plan.huge_chunks] = (work, corpus, True)
    name = f"Grow the index from {plan.large_chunks:,} to {plan.huge_chunks:,} chunks"
    built = f"{extra:,} chunks added without encoder: synthetic document vectors (clustered)"
    note = "BM25 pre-built with a memoising tokenizer (same tokens)"
    return [
        Figure("index_huge.build_s", name, run["seconds"], "s", "single run", "", 1, note=built),
        Figure(
            "index_huge.bm25_s",
            f"Build BM25 of {plan.huge_chunks:,} chunks",
            run["bm25_build_s"],
            "s",
            "single run",
            "",
            1,
            note=note,
        ),
    ]


def retrieval(plan: Plan, ctx: Context, embedder: Any) -> list[Figure]:
    from assistant.embeddings import Embedder
    from assistant.settings import load_settings
    from bench.retrieval import latency

    pipeline = load_settings(embeddings__encoder="sentence-transformers").embeddings
    found = latency(
        ctx.indexes, embedder, plan.search_rounds, plan.queries, Embedder(pipeline, None)
    )
    synthetic = {size for size, (_, _, synth) in ctx.indexes.items() if synth}
    return figures.retrieval(found, synthetic)


def conversation(plan: Plan, ctx: Context, embedder: Any) -> list[Figure]:
    from bench.conversation import guided_turns, ollama_turns

    data = ctx.app_data or ctx.root / "app" / "data"
    guided = guided_turns(data, embedder, plan.sessions, plan.turns)
    ollama = ollama_turns(data, embedder, plan.sessions, plan.turns)
    return figures.conversation(guided, ollama)


def startup(plan: Plan, ctx: Context) -> list[Figure]:
    """UI cold start (on the data dir ``conversation`` prepared) and the eval suite."""
    from bench.startup import eval_suite, ui_cold_start

    data = ctx.app_data or ctx.root / "app" / "data"
    ui = [ui_cold_start(data) for _ in range(plan.ui_repeats)]
    evals = eval_suite(data, ctx.root / "eval-report") if plan.run_eval else None
    first = [page for page, _ in ui if page is not None]
    return figures.startup(first, [app for _, app in ui if app is not None], evals)


def encoders(plan: Plan, ctx: Context) -> list[Figure]:
    """Every encoder in its own process, one after the other, on the same texts and queries."""
    from assistant.settings import EmbeddingSettings
    from bench import encoder_figures

    default = EmbeddingSettings().encoder
    rows: list[Figure] = []
    for label in plan.encoders:
        env = encoder_figures.ENCODERS[label]
        work = ctx.root / f"encoder-{label}"
        data = run_child("bench.encoders", [str(work), "--sample", str(plan.encoder_chunks)], env)
        rows += encoder_figures.figures(
            label, data, env["ASSISTANT_EMBEDDINGS__ENCODER"] == default
        )
        rows += encoder_figures.compounds(label, data)
    return rows


def ui(plan: Plan, ctx: Context) -> list[Figure]:
    """The web UI through its running server: turn latency for one user and for many at once
    (on the data dir ``conversation`` prepared), and a fresh data dir's first use."""
    from bench import ui as web

    data = ctx.app_data or ctx.root / "app" / "data"
    found = web.latency(data, plan.ui_users, plan.ui_turns, plan.ui_single)
    fresh = web.fresh_start(ctx.root / "ui-fresh" / "data") if plan.ui_fresh else None
    return web.figures(found, fresh)
