"""The eval runner end to end on the guided backend: exit codes, repeats, the judge, a broken
assistant caught at the right turn, and the shipped suite passing."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from shared_scorer import shared_scorer
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.domain.session import Step
from assistant.evals.canvas import Canvas
from assistant.evals.loader import load_scenarios
from assistant.evals.suite import SuiteOptions, VariantSpec, run_suite
from assistant.llm.fake import FakeChatModel
from assistant.method.conductor import Conductor
from assistant.paths import PROJECT_ROOT
from assistant.services.chat import ChatService
from assistant.settings import Settings, load_settings

SHORT = """\
id: {id}
language: nl
description: Korte test bij de actoren.
setup:
  start_step: actors
  session:
    case: {{technology: Slimme lantaarnpalen, context: Gemeente Ede, stage: pilot}}
turns:
  - user: Bewoners, handhavers en de leverancier.
    expect:
      step: actors
      actors_min: {actors_min}
      no_verdict: true
{final}"""


@pytest.fixture(scope="module")
def data_dir(eval_data_dir: Path) -> Path:
    """The eval tests' data dir: the corpus index is embedded once, then reused."""
    return eval_data_dir


@pytest.fixture(scope="module")
def settings(data_dir: Path) -> Settings:
    return load_settings(data_dir=data_dir)


def scenario_file(folder: Path, sid: str, actors_min: int = 3, final: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{sid}.yaml"
    path.write_text(SHORT.format(id=sid, actors_min=actors_min, final=final), encoding="utf-8")
    return path


def run_cli(data_dir: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--data-dir", str(data_dir), "eval", *args])
    return result.exit_code, result.output


def test_exit_codes_and_baseline(data_dir: Path, tmp_path: Path) -> None:
    good = scenario_file(tmp_path / "good", "goed")
    code, output = run_cli(
        data_dir, str(good), "--backend", "guided", "--report-dir", str(tmp_path / "r1")
    )
    assert code == 0, output
    assert "guided: 1 pass, 0 fail" in output
    bad = scenario_file(tmp_path / "bad", "goed", actors_min=9)
    args = ["--backend", "guided", "--report-dir", str(tmp_path / "r2")]
    code, output = run_cli(
        data_dir, str(bad), *args, "--baseline", str(tmp_path / "r1" / "results.json")
    )
    assert code == 1
    assert "FAIL  goed[guided]: turn 1: actors_min fail: expected 9; got 3 actor(s)" in output
    assert "REGRESSION goed[guided]: pass -> fail" in output
    results = json.loads((tmp_path / "r2" / "results.json").read_text(encoding="utf-8"))
    assert results["manifest"]["backend"] == ["guided"]
    assert results["manifest"]["index_fingerprint"]
    assert any(k.startswith("nl/") for k in results["manifest"]["prompt_hashes"])


def test_a_crashing_assistant_is_an_error(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(self: ChatService, session_id: str, text: str, owner: str | None = None) -> None:
        raise RuntimeError("conductor fell over")

    monkeypatch.setattr(ChatService, "turn", crash)
    path = scenario_file(tmp_path, "crash")
    code, output = run_cli(
        data_dir, str(path), "--backend", "guided", "--report-dir", str(tmp_path / "r")
    )
    assert code == 2
    assert "ERROR crash[guided]: RuntimeError: conductor fell over" in output
    junit = ET.parse(tmp_path / "r" / "junit.xml").getroot()
    error = junit.find("testsuite/testcase/error")
    assert error is not None and "conductor fell over" in error.get("message", "")


def test_invalid_scenarios_do_not_run(data_dir: Path, tmp_path: Path) -> None:
    path = scenario_file(tmp_path, "kapot").with_suffix(".yaml")
    path.write_text(path.read_text(encoding="utf-8").replace("actors_min: 3", "actors_min: drie"))
    code, output = run_cli(data_dir, str(path), "--backend", "guided")
    assert code == 2 and "kapot.yaml:12: turns[0].expect.actors_min" in output
    valid = scenario_file(tmp_path / "ok", "heel")
    code, output = run_cli(data_dir, str(valid), "--repeat", "2", "--min-pass", "3")
    assert code == 2 and "--min-pass 3 is more than --repeat 2" in output


def test_repeat_min_pass_and_flaky(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reply that gives a verdict in the first of three runs only: flaky at min-pass 3."""
    original = ChatService.turn
    calls = {"n": 0}

    class Verdict:
        def __init__(self, stream: object) -> None:
            self.stream = stream
            self.session = stream.session
            self.trace = None

        def __iter__(self) -> Iterator[str]:
            yield from self.stream
            yield " Eerlijk gezegd: dit is onethisch."
            self.trace = self.stream.trace

    def sometimes(self: ChatService, session_id: str, text: str, owner: str | None = None):
        calls["n"] += 1
        stream = original(self, session_id, text, owner)
        return Verdict(stream) if calls["n"] == 1 else stream

    monkeypatch.setattr(ChatService, "turn", sometimes)
    scenarios = load_scenarios([scenario_file(tmp_path, "soms")])
    options = SuiteOptions([VariantSpec("guided")], repeat=3, min_pass=3)
    result = run_suite(scenarios, settings, options).scenarios[0]
    assert (result.outcome, result.passes) == ("flaky", 2)
    assert "dit is onethisch" in result.runs[0].failures()[0].evidence
    options = SuiteOptions([VariantSpec("guided")], repeat=3, min_pass=2)
    calls["n"] = 0
    assert run_suite(scenarios, settings, options).scenarios[0].outcome == "pass"


def test_judge_runs_only_when_asked_and_after_the_checks(
    settings: Settings, tmp_path: Path
) -> None:
    final = "final:\n  judge: The assistant reflects the actors back to the user.\n"
    scenarios = load_scenarios([scenario_file(tmp_path, "oordeel", final=final)])
    off = run_suite(scenarios, settings, SuiteOptions([VariantSpec("guided")]))
    [judged] = off.scenarios[0].runs[0].final
    assert (judged.status, off.scenarios[0].outcome) == ("skipped", "pass")
    fake = FakeChatModel().enqueue(
        json.dumps({"verdict": "pass", "score": 0.8, "evidence": "Bewoners, handhavers"}),
        "I think it passes.",
    )
    options = SuiteOptions([VariantSpec("guided")], repeat=2, min_pass=1, judge_model=fake)
    result = run_suite(scenarios, settings, options).scenarios[0]
    first, second = (run.final[0] for run in result.runs)
    assert first.status == "pass" and second.status == "error"  # unparseable: never a pass
    assert result.outcome == "pass" and result.passes == 1
    assert "Bewoners, handhavers" in fake.history[0][0][0].content
    assert result.runs[1].status == "error"


def test_a_broken_assistant_that_skips_the_values_step_fails_at_that_turn(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """THE KEY TEST: a conductor that jumps from effects straight to options."""
    original = Conductor.move

    def skip_values(self: Conductor, tools: object, session: object, target: Step, changes: object):
        return original(
            self, tools, session, Step.OPTIONS if target == Step.VALUES else target, changes
        )

    monkeypatch.setattr(Conductor, "move", skip_values)
    paths = [
        PROJECT_ROOT / "evals" / f"{sid}.yaml"
        for sid in ("nl-sentiment-gemeente", "en-digital-twin-province")
    ]
    results = run_suite(load_scenarios(paths), settings, SuiteOptions([VariantSpec("guided")]))
    assert results.exit_code() == 1
    nl, en = results.scenarios
    assert nl.outcome == en.outcome == "fail"
    assert nl.first_problem().startswith("turn 9: step fail: expected values; got options")
    assert en.first_problem().startswith("turn 9: step fail: expected values; got options")
    # The values the user names later are still read (the reader reads every kind at every
    # step), so the end checks on values may pass: the turn check is what catches the skip.


def test_the_shipped_suite_passes_on_the_guided_backend(data_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "report"
    code, output = run_cli(
        data_dir, str(PROJECT_ROOT / "evals"), "--backend", "guided", "--report-dir", str(report)
    )
    assert code == 0, output
    results = json.loads((report / "results.json").read_text(encoding="utf-8"))
    assert len(results["scenarios"]) >= 22
    assert {s["outcome"] for s in results["scenarios"]} == {"pass"}


def test_variants_run_beside_their_original(data_dir: Path, tmp_path: Path) -> None:
    path = PROJECT_ROOT / "evals" / "en-smart-cameras-police.yaml"
    kinds = ["--variant-kind", "nav-synonyms", "--variant-kind", "typos"]
    report = tmp_path / "r"
    code, output = run_cli(
        data_dir, str(path), "--backend", "guided", "--variants", "2", *kinds, "--seed", "4",
        "--report-dir", str(report),
    )  # fmt: skip
    assert code in (0, 1), output
    assert "Variants [guided]" in output and "Figures [guided]" in output
    results = json.loads((report / "results.json").read_text(encoding="utf-8"))
    ids = [s["scenario_id"] for s in results["scenarios"]]
    assert ids[0] == "en-smart-cameras-police" and len(ids) == 3
    derived = [s["derived"] for s in results["scenarios"][1:]]
    assert {d["kind"] for d in derived} == {"nav-synonyms", "typos"}
    assert all(d["of"] == "en-smart-cameras-police" and d["changes"] for d in derived)
    assert (
        results["manifest"]["scenario_variants"] == 2 and results["manifest"]["variant_seed"] == 4
    )
    assert {f["group"] for f in results["figures"]} >= {"kind:original", "kind:typos"}
    html = (report / "report.html").read_text(encoding="utf-8")
    assert "Variants by scenario" in html and "Session at the end" in html


def test_failed_from_reruns_only_what_failed(data_dir: Path, tmp_path: Path) -> None:
    good = scenario_file(tmp_path / "s", "goed")
    scenario_file(tmp_path / "s", "fout", actors_min=9)
    args = ["--backend", "guided", "--report-dir"]
    code, _ = run_cli(data_dir, str(tmp_path / "s"), *args, str(tmp_path / "r1"))
    assert code == 1
    first = tmp_path / "r1" / "results.json"
    code, output = run_cli(data_dir, "--failed-from", str(first), *args, str(tmp_path / "r2"))
    assert code == 1 and "guided: 0 pass, 1 fail" in output
    again = json.loads((tmp_path / "r2" / "results.json").read_text(encoding="utf-8"))
    assert [s["scenario_id"] for s in again["scenarios"]] == ["fout"]
    assert again["manifest"]["failed_from"] == str(first)
    code, _ = run_cli(data_dir, str(good), *args, str(tmp_path / "r3"))
    code, output = run_cli(
        data_dir, "--failed-from", str(tmp_path / "r3" / "results.json"), "--report-dir", "x"
    )
    assert code == 0 and "Nothing to re-run" in output


def test_played_conversations_are_scored_as_the_shared_scorer_does(settings: Settings) -> None:
    """Real guided sessions of two shared conversations, scored by us and by the shared script
    (given the final canvas in the session JSON's shape)."""
    score = shared_scorer()
    folder = Path(__file__).parent / "data" / "conversations"
    results = run_suite(load_scenarios([folder]), settings, SuiteOptions([VariantSpec("guided")]))
    for result in results.scenarios:
        [run] = result.runs
        assert run.canvas is not None and run.items is not None, run.error
        conv = yaml.safe_load((folder / f"{result.scenario_id}.yaml").read_text(encoding="utf-8"))
        theirs = score(conv, session_shape(run.canvas), {})
        for metric, pair in theirs.items():
            if metric.endswith(("_recall", "_precision")):
                assert run.items.counts[metric] == pair, (result.scenario_id, metric)
        assert run.items.values_hits == theirs["values_hits"]
        assert run.items.reached_options == theirs["reached_options"]
        assert (run.items.case_ok, run.items.stage_ok) == (theirs["case_ok"], theirs["stage_ok"])
        assert run.items.wrong == theirs["wrong"]


def session_shape(canvas: Canvas) -> dict[str, object]:
    """The canvas as the session JSON the shared scorer reads."""
    ids = {name: f"a{n}" for n, name in enumerate(canvas.actors, 1)}
    return {
        "step": canvas.step,
        "case": canvas.case,
        "actors": [{"id": i, "name": name} for name, i in ids.items()],
        "effects": [
            {"actor_id": ids.get(e.actor), "direction": e.direction, "text": e.text}
            for e in canvas.effects
        ],
        "values": [{"name": v.name, "key": v.key or None} for v in canvas.values],
        "options": [{"kind": o.kind, "text": o.text, "values": o.values} for o in canvas.options],
    }
