"""The bench harness works: tiny sizes, no timing assertions (speed targets live in bench/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench import figures, report, stats
from bench.__main__ import run
from bench.corpus import paragraph, write_corpus
from bench.stages import Plan
from bench.synthetic import MemoTokenizer, SyntheticEmbedder

TINY = Plan(
    real_chunks=12,
    large_chunks=30,
    huge_chunks=60,
    reindex_repeats=2,
    search_rounds=1,
    queries=2,
    sessions=1,
    turns=3,
    ui_repeats=1,
    run_eval=False,
    encoder_chunks=4,
    encoders=("multilingual-e5-small",),  # the other one loads torch: the bench runs both
    ui_users=2,
    ui_turns=2,
    ui_single=2,
    ui_fresh=False,
)


def test_corpus_is_deterministic_and_gives_one_chunk_per_section(tmp_path: Path) -> None:
    from assistant.knowledge.service import KnowledgeService
    from assistant.settings import load_settings

    files = write_corpus(tmp_path / "a", 25, sections_per_file=10)
    write_corpus(tmp_path / "b", 25, sections_per_file=10)
    assert files == 3
    for path in sorted((tmp_path / "a").iterdir()):
        assert path.read_text("utf-8") == (tmp_path / "b" / path.name).read_text("utf-8")
    settings = load_settings(data_dir=tmp_path / "data", retrieval__corpus_dirs=[tmp_path / "a"])
    service = KnowledgeService(settings, SyntheticEmbedder(settings.embeddings.model))
    report_ = service.index([tmp_path / "a"], progress=False)
    assert report_.chunks == 25 and not report_.errors
    dutch = service.search("aanleiding", k=20, mode="bm25")
    english = service.search("background", k=20, mode="bm25")
    assert dutch and {hit.language for hit in dutch} == {"nl"}
    assert english and {hit.language for hit in english} == {"en"}


def test_paragraphs_have_realistic_length() -> None:
    import random

    rng = random.Random(3)
    lengths = [len(paragraph(rng, lang)) for lang in ("nl", "en") for _ in range(50)]
    assert min(lengths) >= 600 and max(lengths) <= 1150
    assert sum(lengths) / len(lengths) > 600


def test_memo_tokenizer_gives_the_same_tokens() -> None:
    import random

    from assistant.knowledge.bm25 import Tokenizer
    from assistant.language.compounds import CompoundSplitter, vocabulary

    rng = random.Random(5)
    plain, memo = Tokenizer(), MemoTokenizer()
    texts = [(paragraph(rng, language), language) for language in ("nl", "en", "nl")]
    splitter = CompoundSplitter(vocabulary(text for text, _ in texts))
    for text, language in texts:
        assert memo.tokens(text, language) == plain.tokens(text, language)
        assert memo.tokens(text, language, splitter) == plain.tokens(text, language, splitter)


def test_summaries_and_ratios() -> None:
    summary = stats.summarize([1.0, 2.0, 3.0, 4.0, 100.0])
    assert summary["median"] == 3.0 and summary["min"] == 1.0 and summary["max"] == 100.0
    assert 4.0 < summary["p95"] < 100.0
    paired = {
        "rounds": [
            {"raw": {"chunks": 10, "seconds": 1.0}, "ours": {"chunks": 9, "seconds": 1.0}},
            {"ours": {"chunks": 8, "seconds": 1.0}, "raw": {"chunks": 10, "seconds": 1.0}},
        ],
        "peak_rss_mb_ours": 900.0,
        "edited": {"seconds": 0.5},
    }
    lang = {"rounds": [{"chunks": 6, "seconds": 1.0}, {"chunks": 12, "seconds": 2.0}]}
    rows = {f.id: f for f in figures.indexing(paired, lang, 20)}
    ours = rows["index.ours_ratio"]
    assert ours.value == pytest.approx(0.85) and ours.repeats == 2
    assert ours.spread == "min-max 0.8-0.9" and ours.met is True
    assert rows["index.langchain_ratio"].value == pytest.approx(0.6)
    assert rows["index.ours_vs_langchain"].value == pytest.approx((1.5 + 8 / 6) / 2)
    assert rows["index.ours_rss"].value == 900.0
    assert rows["index.langchain_rss"].value is None
    assert rows["index.one_file_s"].value == 0.5
    missed = report.Figure("x", "x", 0.7, "ratio").check(">=", 0.8)
    assert missed.met is False and missed.target == ">= 0.8"


def test_bench_run_writes_json_and_a_row_per_figure(
    tmp_path: Path, embedder: Any, corpus_knowledge: Any
) -> None:
    out = tmp_path / "results"
    results = run(TINY, out, True, lambda line: None, embedder, corpus_knowledge.settings.data_dir)
    data = json.loads((out / "results.json").read_text("utf-8"))
    assert data["schema"] == report.SCHEMA and data["quick"] is True
    assert data["stage_errors"] == {}
    env = data["environment"]
    assert env["cores"] >= 1 and env["cpu_model"]
    assert isinstance(env["pressure_start"], dict) and isinstance(env["pressure_end"], dict)
    assert {"python", "torch", "chromadb", "bm25s", "gradio"} <= set(env["versions"])
    ids = {f["id"] for f in data["figures"]}
    for expected in (
        "index.ours_ratio",
        "index.langchain_ratio",
        "index_large.ours_ratio",
        "reindex.cli_s",
        "search.60.hybrid_p95",
        "search.60.hybrid_vs_vector",
        "turn.guided_p95",
        "turn.guided_store_p95",
        "turn.ollama_overhead_p95",
        "ui.cold_start_s",
        "ui.cold_app_s",
        "ui.turn_p95",
        "ui.concurrent_p95",
        "ui.cross_talk",
        "ui.fresh_turn_s",
        "eval.guided_s",
        "encoders.multilingual-e5-small.hit3.hard",
        "encoders.multilingual-e5-small.values_top3.nl",
        "encoders.multilingual-e5-small.index_ratio",
        "encoders.multilingual-e5-small.compounds.bm25",
    ):
        assert expected in ids
    measured = {f["id"]: f for f in data["figures"]}
    assert measured["index.ours_ratio"]["value"] > 0
    assert measured["index.ours_ratio"]["repeats"] == TINY.index_rounds
    assert measured["turn.guided_p95"]["repeats"] == 6
    store = measured["turn.guided_store_p95"]
    assert store["repeats"] == 6 and 0 < store["value"] <= measured["turn.guided_p95"]["value"]
    assert len(measured["turn.guided_p95"]["details"]["samples"]) == 6
    assert measured["eval.guided_s"]["value"] is None
    hard = measured["encoders.multilingual-e5-small.hit3.hard"]
    assert hard["target"] == ">= 0.9" and 0 < hard["value"] <= 1
    assert measured["encoders.multilingual-e5-small.values_top3.en"]["met"] is True
    assert measured["encoders.multilingual-e5-small.peak_rss"]["value"] > 0
    assert measured["ui.turn_p95"]["repeats"] == TINY.ui_single
    assert measured["ui.concurrent_p95"]["repeats"] == TINY.ui_users * TINY.ui_turns
    assert (
        measured["ui.cross_talk"]["value"] == 0 and measured["ui.concurrent_errors"]["value"] == 0
    )
    assert measured["ui.fresh_turn_s"]["value"] is None
    table = (out / "results.md").read_text("utf-8")
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line]
    assert len(rows) == len(data["figures"]) + 1
    assert "not measured" in table and "Pressure stalls" in table
    assert results["figures"] == data["figures"]


def test_bench_only_runs_the_named_stages_and_what_they_need() -> None:
    from bench.__main__ import STAGES, chosen_stages

    assert chosen_stages(["ui"]) == {"conversation", "ui"}
    assert chosen_stages(["retrieval", "encoders"]) == {
        "encoders", "indexing", "huge index", "retrieval",
    }  # fmt: skip
    assert chosen_stages(None) == set(STAGES)
    with pytest.raises(SystemExit, match="unknown stage"):
        chosen_stages(["everything"])
