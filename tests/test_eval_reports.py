"""Eval outputs: repeats, exit codes, results.json, junit.xml, report.html and the baseline."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.evals.compare import comparison_table, diff_baseline
from assistant.evals.manifest import prompt_hashes, redact
from assistant.evals.output import summary_lines, write_outputs
from assistant.evals.results import (
    RESULTS_SCHEMA_VERSION,
    AssertionResult,
    EvalResults,
    Manifest,
    RunRecord,
    ScenarioResult,
    TurnRecord,
    Variant,
    aggregate,
    load_results,
)

FAILED = AssertionResult(
    name="values_include_any",
    scope="turn 4",
    status="fail",
    expected="{'any_of': ['privacy'], 'min_hits': 2}",
    actual="0 hit(s) [] among session values []",
    evidence="Welke handelingsopties ziet u?",
)


def run(status: str, failing: bool = False) -> RunRecord:
    turn = TurnRecord(
        index=4,
        user="Privacy en <script>transparantie</script>",
        reply="Welke handelingsopties ziet u? Zie https://example.org",
        step="values",
        step_after="options",
        retrieved_ids=["values#privacy", "method#4"],
        cited_ids=["values#privacy"],
        assertions=[FAILED] if failing else [],
    )
    error = "ChatService crashed" if status == "error" else ""
    return RunRecord(status=status, turns=[turn], error=error)


def result(sid: str, outcome: str, variant: str = "guided", runs: list[RunRecord] | None = None):
    runs = runs or [run(outcome if outcome != "flaky" else "pass", outcome == "fail")]
    return ScenarioResult(
        scenario_id=sid,
        language="nl",
        variant=variant,
        outcome=outcome,
        passes=sum(r.status == "pass" for r in runs),
        runs=runs,
    )


def results(*items: ScenarioResult) -> EvalResults:
    variants = list(dict.fromkeys(i.variant for i in items))
    manifest = Manifest(variants=[Variant(label=v, backend=v) for v in variants])
    return EvalResults(manifest=manifest, scenarios=list(items))


@pytest.mark.parametrize(
    ("statuses", "min_pass", "expected"),
    [
        (["pass", "pass", "pass"], 3, ("pass", 3)),
        (["pass", "fail", "pass"], 2, ("pass", 2)),
        (["pass", "fail", "fail"], 2, ("flaky", 1)),
        (["pass", "error", "fail"], 3, ("flaky", 1)),
        (["fail", "error", "fail"], 1, ("error", 0)),
        (["fail", "fail"], 1, ("fail", 0)),
    ],
)
def test_outcome_over_repeats(statuses: list[str], min_pass: int, expected: tuple) -> None:
    assert aggregate([run(s) for s in statuses], min_pass) == expected


def test_exit_codes() -> None:
    assert results(result("a", "pass")).exit_code() == 0
    assert results(result("a", "pass"), result("b", "fail")).exit_code() == 1
    assert results(result("a", "flaky")).exit_code() == 1
    assert results(result("a", "fail"), result("b", "error")).exit_code() == 2


def test_results_json_round_trip_and_version(tmp_path: Path) -> None:
    data = results(result("a", "pass"), result("b", "fail"))
    data.manifest.git_commit = "abc123"
    write_outputs(data, tmp_path)
    raw = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert raw["schema_version"] == RESULTS_SCHEMA_VERSION
    assert raw["manifest"]["git_commit"] == "abc123"
    assert raw["scenarios"][1]["runs"][0]["turns"][0]["assertions"][0]["scope"] == "turn 4"
    assert load_results(tmp_path / "results.json").scenarios[1].outcome == "fail"
    raw["schema_version"] = 99
    (tmp_path / "old.json").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(InputError, match="schema version 99"):
        load_results(tmp_path / "old.json")
    (tmp_path / "junk.json").write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(InputError, match=r"not an eval results\.json"):
        load_results(tmp_path / "junk.json")


def test_junit_names_turn_assertion_and_evidence(tmp_path: Path) -> None:
    data = results(result("a", "pass"), result("b", "fail"), result("c", "error"))
    write_outputs(data, tmp_path)
    suite = ET.parse(tmp_path / "junit.xml").getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "1")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert list(cases["a"]) == []
    failure = cases["b"].find("failure")
    assert failure is not None
    message = failure.get("message", "")
    assert "turn 4" in message and "values_include_any" in message
    assert "evidence: Welke handelingsopties ziet u?" in message
    error = cases["c"].find("error")
    assert error is not None and "ChatService crashed" in error.get("message", "")


def test_junit_names_the_variant_when_comparing(tmp_path: Path) -> None:
    data = results(result("a", "pass", "guided"), result("a", "fail", "ollama:qwen"))
    write_outputs(data, tmp_path)
    names = {c.get("name") for c in ET.parse(tmp_path / "junit.xml").getroot().iter("testcase")}
    assert names == {"a-guided", "a-ollama:qwen"}


def test_report_html_is_self_contained_and_complete(tmp_path: Path) -> None:
    data = results(result("a", "pass", "guided"), result("a", "fail", "embedded"))
    write_outputs(data, tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "<script>" not in html and "&lt;script&gt;" in html  # user text is escaped
    assert "<style>" in html and "<link" not in html
    assert "values#privacy" in html and "values_include_any" in html
    assert "Steps:" in html and "values → options" in html
    header = re.search(r"<tr><th>Scenario</th>(.*?)</tr>", html)
    assert header is not None and "<th>guided</th><th>embedded</th>" in header.group(1)


def test_comparison_table_puts_variants_side_by_side() -> None:
    data = results(result("a", "pass", "guided"), result("a", "fail", "embedded"))
    data.scenarios.append(result("b", "pass", "guided"))
    variants, rows = comparison_table(data)
    assert variants == ["guided", "embedded"]
    assert rows == [("a", ["pass", "fail"]), ("b", ["pass", "-"])]


def test_baseline_shows_regressions_and_fixes(tmp_path: Path) -> None:
    before = results(
        result("a", "pass"), result("b", "fail"), result("c", "pass"), result("gone", "pass")
    )
    after = results(
        result("a", "fail"), result("b", "pass"), result("c", "pass"), result("new", "pass")
    )
    diff = diff_baseline(after, before)
    assert [c.key for c in diff.regressions] == ["a[guided]"]
    assert [c.key for c in diff.fixes] == ["b[guided]"]
    assert diff.new == ["new[guided]"] and diff.missing == ["gone[guided]"]
    text = "\n".join(diff.lines())
    assert "REGRESSION a[guided]: pass -> fail" in text and "FIXED      b[guided]" in text
    before.write(tmp_path / "base.json")
    write_outputs(after, tmp_path / "rep", tmp_path / "base.json")
    html = (tmp_path / "rep" / "report.html").read_text(encoding="utf-8")
    assert "Regression a[guided]: pass → fail" in html and "Fixed b[guided]" in html


def test_summary_lines_point_at_the_problem() -> None:
    lines = summary_lines(results(result("a", "pass"), result("b", "fail")))
    assert lines[0] == "guided: 1 pass, 1 fail, 0 flaky, 0 error (2 scenarios)"
    assert lines[1].startswith("  FAIL  b[guided]: turn 4: values_include_any fail")


def test_manifest_helpers(tmp_path: Path) -> None:
    (tmp_path / "nl").mkdir()
    (tmp_path / "nl" / "case.j2").write_text("x", encoding="utf-8")
    assert list(prompt_hashes(tmp_path)) == ["nl/case.j2"]
    assert prompt_hashes(tmp_path / "missing") == {}
    cleaned = redact({"ui": {"users": "a:b", "port": 1}, "api_key": "s", "llm": [{"token": 1}]})
    assert cleaned == {"ui": {"port": 1}, "llm": [{}]}
