"""``ethics-assistant brief``: sources, formats, languages and clear errors, on a fresh data dir."""

from __future__ import annotations

from pathlib import Path

import pytest
from brief_fakes import FINISHED, INTAKES
from typer.testing import CliRunner, Result

import assistant.cli.brief as brief_cli
from assistant.brief.intake import load_session_file
from assistant.cli.main import app
from assistant.store.sessions import SessionStore


@pytest.fixture
def data_dir(tmp_path: Path, clean_env: pytest.MonkeyPatch) -> Path:
    return tmp_path / "fresh-data"


@pytest.fixture
def wired(monkeypatch: pytest.MonkeyPatch, corpus_knowledge) -> None:  # type: ignore[no-untyped-def]
    """The real command, with the session's already indexed knowledge service (one model load)."""
    original = brief_cli._service

    def service(ctx, backend):  # type: ignore[no-untyped-def]
        made = original(ctx, backend)
        made.services.knowledge = corpus_knowledge
        return made

    monkeypatch.setattr(brief_cli, "_service", service)


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["--data-dir", str(data_dir), "brief", *args])


def test_no_source(data_dir: Path, tmp_path: Path) -> None:
    result = run(data_dir, "-o", str(tmp_path / "b.md"))
    assert result.exit_code == 2
    assert "No source given" in result.output and "--intake FILE.yaml" in result.output


def test_two_sources(data_dir: Path, tmp_path: Path) -> None:
    result = run(
        data_dir, "--session", "abc", "--intake", str(INTAKES / "technology-only.yaml"),
        "-o", str(tmp_path / "b.md"),
    )  # fmt: skip
    assert result.exit_code == 2 and "More than one source given" in result.output


def test_missing_file(data_dir: Path, tmp_path: Path) -> None:
    result = run(data_dir, "--intake", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "b.md"))
    assert result.exit_code == 1
    assert "does not exist" in result.output and "Fix:" in result.output
    assert not (tmp_path / "b.md").exists()


def test_invalid_yaml(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("technology: [not closed\n", encoding="utf-8")
    result = run(data_dir, "--intake", str(bad), "-o", str(tmp_path / "b.pdf"))
    assert result.exit_code == 1 and "not valid YAML" in result.output


def test_invalid_session_file(data_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    result = run(data_dir, "--from", str(bad), "-o", str(tmp_path / "b.md"))
    assert result.exit_code == 1 and "is not a valid session" in result.output


def test_unknown_format(data_dir: Path, tmp_path: Path) -> None:
    result = run(data_dir, "--from", str(FINISHED), "--format", "odt", "-o", str(tmp_path / "b"))
    assert result.exit_code == 2 and "odt" in result.output


def test_unknown_session(data_dir: Path, tmp_path: Path, wired: None) -> None:
    result = run(data_dir, "--session", "doesnotexist", "-o", str(tmp_path / "b.md"))
    assert result.exit_code == 1 and "doesnotexist" in result.output


def test_intake_to_docx_in_english(data_dir: Path, tmp_path: Path, wired: None) -> None:
    out = tmp_path / "out" / "brief.docx"
    result = run(
        data_dir, "--intake", str(INTAKES / "technology-only.yaml"), "-o", str(out),
        "--lang", "en", "--backend", "guided",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Brief (docx, en)" in result.output
    from docx import Document

    doc = Document(str(out))
    assert doc.paragraphs[0].text.startswith("Guidance-ethics session brief")


def test_intake_with_natural_keys_makes_a_brief_and_names_the_unknown_key(
    data_dir: Path, tmp_path: Path, wired: None
) -> None:
    out = tmp_path / "brief.md"
    result = run(data_dir, "--intake", str(INTAKES / "natural-keys.yaml"), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "Warning: Unknown key left out: budget (known keys: technology," in result.output
    text = out.read_text(encoding="utf-8")
    assert "Afvalcontainers met een sensor" in text and "budget" not in text
    assert "| Organisatie | Gemeente (voorbeeld) |" in text
    assert "Halve dag (circa 4 uur) (gepland)" in text


def test_session_from_store_to_markdown(data_dir: Path, tmp_path: Path, wired: None) -> None:
    session = load_session_file(FINISHED)
    SessionStore(data_dir / "sessions.sqlite3").save(session)
    out = tmp_path / "brief.md"
    result = run(data_dir, "--session", session.id, "-o", str(out), "--backend", "guided")
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Sessiebrief begeleidingsethiek") and "](brief.map.png)" in text
    assert (tmp_path / "brief.map.png").read_bytes().startswith(b"\x89PNG")


def test_exported_file_to_pdf(data_dir: Path, tmp_path: Path, wired: None) -> None:
    out = tmp_path / "brief.pdf"
    result = run(data_dir, "--from", str(FINISHED), "--format", "pdf", "-o", str(out),
                 "--backend", "guided")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
