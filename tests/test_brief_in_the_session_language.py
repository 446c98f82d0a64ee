"""A facilitator's session brief is in its language throughout: the shipped past cases' source
line too (written once, in English, in the case files), and the case's field labels when a
session told in one language gets a brief in the other."""

from __future__ import annotations

from pathlib import Path

import pytest
from brief_fakes import FINISHED
from typer.testing import CliRunner

import assistant.cli.brief as brief_cli
from assistant.brief.builder import BriefInput, build_brief
from assistant.brief.sources import source_in
from assistant.cli.main import app
from assistant.domain.session import Case, Language, Session
from assistant.knowledge.catalogue import Catalogue
from assistant.paths import PROJECT_ROOT

SHIPPED = "Illustrative example written by the project; not the record of a real session"


@pytest.fixture
def wired(monkeypatch: pytest.MonkeyPatch, corpus_knowledge) -> None:  # type: ignore[no-untyped-def]
    original = brief_cli._service

    def service(ctx, backend):  # type: ignore[no-untyped-def]
        made = original(ctx, backend)
        made.services.knowledge = corpus_knowledge
        return made

    monkeypatch.setattr(brief_cli, "_service", service)


def test_the_shipped_cases_source_line_is_said_in_the_briefs_language() -> None:
    assert source_in("nl", SHIPPED).startswith("Illustratief voorbeeld, geschreven door het")
    assert source_in("en", SHIPPED + ".") == SHIPPED
    assert source_in("en", source_in("nl", SHIPPED)) == SHIPPED
    assert source_in("nl", "Gemeente Utrecht, verslag 2024") == "Gemeente Utrecht, verslag 2024"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_brief_says_the_cases_source_in_its_own_language(
    tmp_path: Path, clean_env: pytest.MonkeyPatch, wired: None, language: str
) -> None:
    out = tmp_path / "brief.md"
    args = ["--data-dir", str(tmp_path / "data"), "brief", "--from", str(FINISHED)]
    result = CliRunner().invoke(app, [*args, "-o", str(out), "--lang", language])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    cited = text[text.index("## 8.") :]
    if language == "nl":
        assert "(bron: Illustratief voorbeeld, geschreven door het project" in cited
        assert "Illustrative example" not in cited
    else:
        assert "(source: Illustrative example written by the project" in cited
        assert "Illustratief voorbeeld, geschreven" not in cited


@pytest.mark.parametrize(
    ("told_in", "brief_in", "fields"),
    [
        ("nl", "en", ["Technology", "Context", "Users", "Decisions", "Stage"]),
        ("en", "nl", ["Technologie", "Context", "Gebruikers", "Beslissingen", "Fase"]),
    ],
)
def test_the_case_fields_are_labelled_in_the_briefs_language_not_the_sessions(
    told_in: Language, brief_in: Language, fields: list[str]
) -> None:
    session = Session(
        language=told_in,
        case=Case(technology="Scan cars that read number plates", stage="in_use"),
    )
    brief = build_brief(
        BriefInput.from_session(session), Catalogue(PROJECT_ROOT / "corpus"), None, brief_in
    )
    assert [f.label for f in brief.case_facts] == fields
    assert brief.case_facts[-1].text == ("in use" if brief_in == "en" else "in gebruik")
