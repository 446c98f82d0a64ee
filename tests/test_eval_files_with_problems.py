"""``ethics-assistant eval`` on an evaluator's own folder with messy files: every file that cannot
run is named with its problem and its fix, the other files still run, and the report says so."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.evals.loader import ScenarioError, load_readable, load_scenarios

GOOD = """\
id: {id}
language: {language}
style: short
turns:
  - user: {turn}
gold:
  actors: [{actor}]
"""


@pytest.fixture(scope="module")
def data_dir(eval_data_dir: Path) -> Path:
    return eval_data_dir


def good(folder: Path, sid: str, language: str = "nl") -> Path:
    turn = (
        "Wij willen sensoren in de vuilnisbakken. Betrokken zijn de buurtbewoners."
        if language == "nl"
        else "We want sensors in the litter bins. The people involved are the street cleaners."
    )
    actor = "buurtbewoners" if language == "nl" else "street cleaners"
    path = folder / f"{sid}.yaml"
    path.write_text(GOOD.format(id=sid, language=language, turn=turn, actor=actor), "utf-8")
    return path


def messy_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    good(folder, "nl-vuilnisbak")
    good(folder, "en-litter-bins", "en")
    (folder / "nl-open-quote.yaml").write_text(
        'id: nl-open-quote\nlanguage: nl\nstyle: kort\nturns:\n  - user: "nog niet dicht\n',
        "utf-8",
    )
    (folder / "en-bad-kind.yaml").write_text(
        GOOD.format(id="en-bad-kind", language="en", turn="Bins.", actor="cleaners")
        + "  options:\n    - {kind: technical, contains: sensor}\n",
        "utf-8",
    )
    (folder / "nl-zonder-gold.yaml").write_text(
        "id: nl-zonder-gold\nlanguage: nl\nstyle: kort\nturns:\n  - user: volgende\n", "utf-8"
    )
    (folder / "nl-zonder-stijl.yaml").write_text(
        GOOD.format(id="nl-zonder-stijl", language="nl", turn="Iets.", actor="x").replace(
            "style: short\n", ""
        ),
        "utf-8",
    )
    (folder / "picture.yaml").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (folder / "notes.txt").write_text("not a conversation", "utf-8")
    return folder


def test_readable_files_load_and_each_unreadable_one_has_its_problem_and_fix(
    tmp_path: Path,
) -> None:
    folder = messy_folder(tmp_path / "mine")
    loaded = load_readable([folder, tmp_path / "typo-in-name"])
    assert sorted(s.id for s in loaded.scenarios) == ["en-litter-bins", "nl-vuilnisbak"]
    by_name = {n.path.name: n for n in loaded.not_run}
    assert set(by_name) == {
        "typo-in-name", "nl-open-quote.yaml", "en-bad-kind.yaml", "nl-zonder-gold.yaml",
        "nl-zonder-stijl.yaml", "picture.yaml",
    }  # fmt: skip
    assert "no such file or folder" in by_name["typo-in-name"].problems[0]
    assert "check the path" in by_name["typo-in-name"].fix
    quote = by_name["nl-open-quote.yaml"]
    assert ":5: not valid YAML: while scanning a quoted scalar (line 5)" in quote.problems[0]
    assert "quote or bracket left open" in quote.fix
    assert "(not 'technical')" in by_name["en-bad-kind.yaml"].problems[0]
    assert "'design', 'environment' or 'human'" in by_name["en-bad-kind.yaml"].problems[0]
    assert "no gold and no checks" in by_name["nl-zonder-gold.yaml"].problems[0]
    assert "add a `gold` block" in by_name["nl-zonder-gold.yaml"].fix
    assert by_name["nl-zonder-stijl.yaml"].problems == [
        f"{folder / 'nl-zonder-stijl.yaml'}:1: (top): give a description (or, for a natural "
        "conversation, a style)"
    ]
    assert "not UTF-8 text" in by_name["picture.yaml"].problems[0]
    assert "save it as UTF-8 text" in by_name["picture.yaml"].fix
    assert [p.name for p in loaded.other_files] == ["notes.txt"]


def test_an_empty_folder_and_a_folder_of_notes_say_what_to_put_there(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(ScenarioError) as caught:
        load_scenarios([tmp_path / "empty"])
    assert "no .yaml scenario files found" in caught.value.message
    assert "put scenario files (.yaml or .yml) in it" in caught.value.fix
    (tmp_path / "readme-only").mkdir()
    (tmp_path / "readme-only" / "README.md").write_text("# notes", "utf-8")
    assert load_readable([tmp_path / "readme-only"]).other_files == []


def test_validate_lists_every_file_with_its_own_fix(tmp_path: Path) -> None:
    folder = messy_folder(tmp_path / "mine")
    result = CliRunner().invoke(app, ["eval", "--validate", str(folder)])
    assert result.exit_code == 1
    assert "nl-open-quote.yaml:5: not valid YAML" in result.output
    assert "fix: fix the YAML at that line" in result.output
    assert "fix: save it as UTF-8 text" in result.output


def test_eval_runs_the_good_files_and_reports_the_others_as_errors(
    data_dir: Path, tmp_path: Path
) -> None:
    folder = messy_folder(tmp_path / "mine")
    report = tmp_path / "report"
    args = ["--data-dir", str(data_dir), "eval", str(folder), str(tmp_path / "gone")]
    result = CliRunner().invoke(app, [*args, "--backend", "guided", "--report-dir", str(report)])
    assert result.exit_code == 2, result.output
    assert "guided: 2 pass, 0 fail, 0 flaky, 0 error (2 scenarios)" in result.output
    assert "6 file(s) not run, counted as errors (listed below)" in result.output
    assert "Not run, 6 file(s) with a problem (counted as errors):" in result.output
    assert "fix: add a `gold` block" in result.output
    assert "Left alone (not a .yaml or .yml scenario file):" in result.output
    results = json.loads((report / "results.json").read_text("utf-8"))
    assert sorted(r["scenario_id"] for r in results["scenarios"]) == [
        "en-litter-bins", "nl-vuilnisbak",
    ]  # fmt: skip
    assert {Path(n["file"]).name for n in results["not_run"]} >= {"gone", "picture.yaml"}
    suite = ET.parse(report / "junit.xml").getroot().find("testsuite")
    assert suite is not None and suite.get("errors") == "6" and suite.get("tests") == "8"
    errors = [c for c in suite.iter("testcase") if c.find("error") is not None]
    assert {c.get("name") for c in errors} >= {"nl-open-quote.yaml", "en-bad-kind.yaml"}
    html = (report / "report.html").read_text("utf-8")
    assert "Files not run" in html and "nl-zonder-gold.yaml" in html


def test_eval_of_only_broken_files_stops_with_the_problems(data_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    args = ["--data-dir", str(data_dir), "eval", str(tmp_path / "empty"), "--backend", "guided"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert "no .yaml scenario files found" in result.output
    assert "put scenario files" in result.output


def test_the_comparison_shows_each_conversations_recall_per_backend(
    data_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    good(folder, "nl-vuilnisbak")
    report = tmp_path / "report"
    args = ["--data-dir", str(data_dir), "eval", str(folder), "--backend", "guided"]
    result = CliRunner().invoke(app, [*args, "--report-dir", str(report)])
    assert result.exit_code == 0, result.output
    html = (report / "report.html").read_text("utf-8")
    assert "pass · actors 1/1</a>" in html
