"""Turn raw measurements into table rows (figures) with targets."""

from __future__ import annotations

from typing import Any

from bench.report import Figure, figure, fmt
from bench.stats import summarize


def _one(fid: str, name: str, value: float | None, unit: str, **kw: Any) -> Figure:
    return Figure(fid, name, value, unit, "single run", "", 1 if value is not None else 0, **kw)


def _many(values: list[float]) -> dict[str, float] | None:
    return summarize(values) if values else None


def _samples(values: list[float] | None) -> dict[str, Any]:
    """Every sample in run order (results.json only): where the slow ones fell."""
    return {"samples": [round(v, 2) for v in values or []]}


def _cps(run: dict[str, float]) -> float:
    return run["chunks"] / run["seconds"] if run["seconds"] else 0.0


def indexing(paired: dict[str, Any], lang: dict[str, Any], size: int) -> list[Figure]:
    """Rows for the real-model rounds: ``paired`` (ours and the raw encoder, per round) and
    ``lang`` (the naive LangChain pipeline, the same groups of files per round)."""
    cps = {
        "raw": [_cps(r["raw"]) for r in paired["rounds"]],
        "ours": [_cps(r["ours"]) for r in paired["rounds"]],
        "langchain": [_cps(r) for r in lang["rounds"]],
    }
    ours = [o / r for o, r in zip(cps["ours"], cps["raw"], strict=True)]
    naive = [c / r for c, r in zip(cps["langchain"], cps["raw"], strict=True)]
    peer = [o / c for o, c in zip(cps["ours"], cps["langchain"], strict=True)]
    n = f"{size:,} chunks"
    rounds = len(ours)
    note = f"{rounds} rounds of ~{size // max(rounds, 1)} chunks; ratio per round"
    rows = [
        figure("index.ours_ratio", f"Indexing {n}: ours / raw encoder", _many(ours), "ratio").check(
            ">=", 0.8
        ),
        figure(
            "index.langchain_ratio",
            f"Indexing {n}: naive LangChain / raw encoder",
            _many(naive),
            "ratio",
        ),
        figure(
            "index.ours_vs_langchain", f"Indexing {n}: ours / naive LangChain", _many(peer), "ratio"
        ),
    ]
    for row in rows:
        row.note = note + (" (ours and raw interleaved in one process)" if row is rows[0] else "")
    return rows + _per_pipeline(cps, paired, lang, n)


LABELS = {"raw": "raw encoder (reference)", "ours": "ours", "langchain": "naive LangChain"}


def _per_pipeline(
    cps: dict[str, list[float]], paired: dict[str, Any], lang: dict[str, Any], n: str
) -> list[Figure]:
    """Chunks/s of each pipeline per round, peak memory, and the one-file re-index."""
    rows = [
        figure(f"index.{name}_cps", f"Indexing {n}: {label}", _many(cps[name]), "chunks/s")
        for name, label in LABELS.items()
    ]
    rows.append(
        _one(
            "index.ours_rss",
            f"Indexing {n}: peak memory, ours",
            paired.get("peak_rss_mb_ours"),
            "MiB",
            note="ru_maxrss of a fresh process after its first round (model loaded)",
        )
    )
    rows.append(
        _one(
            "index.langchain_rss",
            f"Indexing {n}: peak memory, naive LangChain",
            lang.get("peak_rss_mb"),
            "MiB",
            note="ru_maxrss of a fresh process, all rounds",
        )
    )
    edited = paired.get("edited", {}).get("seconds")
    note = "chunks of that file re-embedded with the real model"
    name_ = f"Re-index after one file changed ({n} index)"
    rows.append(_one("index.one_file_s", name_, edited, "s", note=note))
    return rows


def overhead(ours: dict[str, Any], lang: dict[str, Any], raw_cps: float, size: int) -> list[Figure]:
    """Rows for the no-encoder runs at ``size``: own overhead and the derived ratio."""
    rows = []
    n = f"{size:,} chunks"
    enc = 1 / raw_cps if raw_cps else 0.0
    why = "derived: encoder time per chunk from the raw-encoder run, pipeline overhead per chunk "
    minutes = size * enc / 60
    why += f"measured here with synthetic vectors (encoding {n} here would take ~{minutes:.0f} min)"
    for name, run, label in (("ours", ours, "ours"), ("langchain", lang, "naive LangChain")):
        own = run["seconds"] / run["chunks"]
        rows.append(
            _one(
                f"index_large.{name}_overhead_cps",
                f"Indexing {n}: {label} without encoder",
                run["chunks_per_s"],
                "chunks/s",
                note="synthetic vectors",
            )
        )
        ratio = enc / (enc + own) if enc else None
        fig = _one(
            f"index_large.{name}_ratio",
            f"Indexing {n}: {label} / raw encoder",
            ratio,
            "ratio",
            note=why,
        )
        fig.stat = "derived"
        rows.append(fig.check(">=", 0.8) if name == "ours" else fig)
        rows.append(
            _one(
                f"index_large.{name}_rss",
                f"Indexing {n}: peak memory, {label} without encoder",
                run["peak_rss_mb"],
                "MiB",
                note="synthetic vectors",
            )
        )
    return rows


def reindex(inproc: list[float], cli: list[float], size: int) -> list[Figure]:
    n = f"{size:,} chunks"
    return [
        figure(
            "reindex.inproc_s", f"Re-index unchanged corpus, {n} (in process)", _many(inproc), "s"
        ).check("<", 2),
        figure(
            "reindex.cli_s",
            f"Re-index unchanged corpus, {n} (`ethics-assistant index`)",
            _many(cli),
            "s",
            note="fresh process: imports included",
        ).check("<", 2),
    ]


def retrieval(found: dict[int, dict[str, Any]], synthetic: set[int]) -> list[Figure]:
    rows = []
    for size, data in found.items():
        s = data["samples_ms"]
        n = f"{size:,} chunks"
        kind = (
            "synthetic document vectors" if size in synthetic else "real vectors, all-MiniLM-L6-v2"
        )
        note = f"{kind}; bm25-only p95 {fmt(summarize(s['bm25'])['p95'])} ms; query encoding "
        note += f"p95 {fmt(summarize(s['embed'])['p95'])} ms; first query {fmt(data['cold_ms'])} ms"
        hybrid = figure(
            f"search.{size}.hybrid_p95",
            f"Hybrid search, {n}",
            summarize(s["hybrid"]),
            "ms",
            stat="p95",
            note=note,
            details=_samples(s["hybrid"]),
        )
        rows.append(hybrid.check("<", 50) if size >= 100_000 else hybrid)
        rows.append(
            figure(
                f"search.{size}.vector_p95",
                f"Vector-only search, {n}",
                summarize(s["vector"]),
                "ms",
                stat="p95",
                note=kind,
            )
        )
        ratios = [h / v for h, v in zip(s["hybrid"], s["vector"], strict=True)]
        rows.append(
            figure(
                f"search.{size}.hybrid_vs_vector",
                f"Hybrid / vector-only, {n}",
                summarize(ratios),
                "ratio",
                note="per query, same run",
            )
        )
    return rows


def conversation(guided: dict[str, Any] | None, ollama: dict[str, Any] | None) -> list[Figure]:
    turn = _many(guided["turn_ms"]) if guided else None
    over = _many(ollama["overhead_ms"]) if ollama else None
    first = _many(ollama["first_token_ms"]) if ollama else None
    build = guided["corpus_index_s"] if guided else None
    chunks = guided["corpus_chunks"] if guided else 0
    return [
        figure(
            "turn.guided_p95",
            "Guided turn end to end (conductor + retrieval + store)",
            turn,
            "ms",
            stat="p95",
            note="after a warm-up session",
            details=_samples(guided["turn_ms"] if guided else None),
        ).check("<", 150),
        figure(
            "turn.guided_store_p95",
            "Guided turn: time in store writes",
            _many(guided["store_ms"]) if guided else None,
            "ms",
            stat="p95",
            note="part of the turn above: 3 SQLite commits, each fsync'd (synchronous=FULL)",
        ),
        figure(
            "turn.ollama_overhead_p95",
            "App overhead before first token (Ollama adapter)",
            over,
            "ms",
            stat="p95",
            note="test server; time inside model calls subtracted",
            details=_samples(ollama["overhead_ms"] if ollama else None),
        ).check("<", 100),
        figure(
            "turn.ollama_first_token_p95",
            "Time to first token incl. test server",
            first,
            "ms",
            stat="p95",
            note="loopback HTTP, instant server",
        ),
        _one(
            "corpus.index_s",
            "First-use index of the shipped corpus",
            build,
            "s",
            note=f"{chunks} chunks, real model",
        ),
        _one(
            "corpus.prepare_s",
            "First-use start-up after the index (model load, value catalogue vectors)",
            guided["prepare_s"] if guided else None,
            "s",
            note="`Services.prepare`, as `serve` runs it before the first user",
        ),
    ]


def startup(ui: list[float], app: list[float], evals: dict[str, Any] | None) -> list[Figure]:
    seconds = evals["seconds"] if evals else None
    note = f"exit {evals['exit_code']}: {evals['summary']}" if evals else "not run"
    return [
        figure(
            "ui.cold_start_s",
            "UI cold start to first HTTP 200",
            _many(ui),
            "s",
            note="`ethics-assistant serve`, index already built; the start-up page",
        ).check("<", 15),
        figure(
            "ui.cold_app_s",
            "UI cold start to the app's own page",
            _many(app),
            "s",
            note="the web framework loaded; the start-up page reloads into it by itself",
        ),
        _one(
            "eval.guided_s",
            "Eval suite, guided mode (total)",
            seconds,
            "s",
            note=f"eval cache built (a repeated run); {note}",
        ),
    ]
