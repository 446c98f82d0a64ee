"""The `index` and `search` commands: report, exit codes, ranked output and --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from knowledge_corpus import write_tiny_corpus
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.services.container import Services


@pytest.fixture
def cli_env(
    tmp_path: Path, clean_env: pytest.MonkeyPatch, embedder: object
) -> tuple[CliRunner, list[str], Path]:
    corpus = write_tiny_corpus(tmp_path / "corpus")
    clean_env.setenv("ASSISTANT_RETRIEVAL__CORPUS_DIRS", json.dumps([str(corpus)]))
    clean_env.setattr(Services, "embedder", property(lambda self: embedder))
    return CliRunner(), ["--data-dir", str(tmp_path / "data")], corpus


def test_search_on_a_fresh_data_dir_builds_the_index_and_prints_json(
    cli_env: tuple[CliRunner, list[str], Path],
) -> None:
    runner, base, _ = cli_env
    result = runner.invoke(app, [*base, "search", "drie soorten opties", "--k", "2", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["query"] == "drie soorten opties" and payload["mode"] == "hybrid"
    hits = payload["hits"]
    assert len(hits) == 2
    assert hits[0]["id"] == "tiny-method-nl#drie-soorten-opties-0"
    assert {"id", "text", "title", "section", "source", "score", "vector_rank", "bm25_rank"} <= set(
        hits[0]
    )


def test_search_text_output_and_filters(cli_env: tuple[CliRunner, list[str], Path]) -> None:
    runner, base, _ = cli_env
    args = [*base, "search", "privacy", "--kind", "values", "--lang", "en", "--mode", "bm25"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1. [")
    assert "tiny-values/privacy/en" in result.stdout and "source: test corpus" in result.stdout
    assert "/nl" not in result.stdout


def test_search_errors_carry_the_fix(cli_env: tuple[CliRunner, list[str], Path]) -> None:
    runner, base, _ = cli_env
    result = runner.invoke(app, [*base, "search", "  "])
    assert result.exit_code == 1
    assert "empty" in result.stderr and "Fix:" in result.stderr


def test_index_report_and_exit_codes(cli_env: tuple[CliRunner, list[str], Path]) -> None:
    runner, base, corpus = cli_env
    first = runner.invoke(app, [*base, "index", "-q"])
    assert first.exit_code == 0, first.output
    assert "3 added" in first.stdout and "7 chunks in the index" in first.stdout

    second = runner.invoke(app, [*base, "index", "-q"])
    assert "0 added, 0 updated, 0 removed, 3 unchanged; 0 chunks embedded" in second.stdout

    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4 garbage")
    partial = runner.invoke(app, [*base, "index", "-q"])
    assert partial.exit_code == 2
    assert "scan.pdf" in partial.stderr and "the rest is indexed" in partial.stderr

    nothing = runner.invoke(app, [*base, "index", "-q", str(corpus / "scan.pdf")])
    assert nothing.exit_code == 1

    rebuilt = runner.invoke(app, [*base, "index", "-q", "--rebuild", str(corpus / "method")])
    assert "Rebuilt: rebuild requested" in rebuilt.stdout
