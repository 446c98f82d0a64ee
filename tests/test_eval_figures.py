"""Figures per group (with their spread over repeats), the variant table, the baseline's figure
changes, ``--failed-from`` selection, and how the report and junit show item-level results."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from assistant.evals.canvas import Canvas, CanvasEffect, CanvasOption, CanvasValue
from assistant.evals.compare import diff_baseline
from assistant.evals.figures import group_figures, variant_table
from assistant.evals.gold import EffectGold, Gold, OptionGold
from assistant.evals.output import summary_lines, write_outputs
from assistant.evals.rerun import select_failed
from assistant.evals.results import (
    AssertionResult,
    EvalResults,
    Manifest,
    RunRecord,
    ScenarioResult,
    Variant,
    load_results,
)
from assistant.evals.scenario import Derived
from assistant.evals.scoring import score_items
from assistant.evals.tables import figure_lines, variant_lines

GOLD = Gold(
    actors=["bewoners", "handhavers"],
    effects=[EffectGold(direction="negative", contains="bekeken", actor="bewoners")],
    values_any=["privacy"],
    options=[OptionGold(kind=["design"], contains="vervagen")],
)


def canvas(actors: list[str], effect: str = "", options: bool = False) -> Canvas:
    return Canvas(
        step="options" if options else "values",
        actors=actors,
        effects=[CanvasEffect(actor="bewoners", direction="negative", text=effect)]
        if effect
        else [],
        values=[CanvasValue(name="Privacy", priority=1)],
        options=[
            CanvasOption(kind=k, text=f"{k} vervagen", values=["Privacy"])
            for k in ("design", "environment", "human")
        ]
        if options
        else [],
    )


def run(status: str, c: Canvas | None = None) -> RunRecord:
    failing = [
        AssertionResult(
            name="step", scope="turn 2", status="fail", expected="values", actual="case"
        )
    ]
    record = RunRecord(status=status, final=failing if status == "fail" else [])  # type: ignore[arg-type]
    if c is not None:
        record.canvas, record.items = c, score_items(c, GOLD)
    return record


def result(
    sid: str,
    runs: list[RunRecord],
    language: str = "nl",
    tags: tuple[str, ...] = (),
    kind: str = "",
    backend: str = "guided",
) -> ScenarioResult:
    passes = sum(r.status == "pass" for r in runs)
    derived = Derived(of=sid.split("~")[0], kind=kind, seed=1) if kind else None
    return ScenarioResult(
        scenario_id=sid,
        file=f"evals/{sid.split('~')[0]}.yaml",
        language=language,
        variant=backend,
        tags=list(tags),
        set="evals",
        derived=derived,
        gold=GOLD,
        outcome="pass" if passes == len(runs) else "fail" if not passes else "flaky",
        passes=passes,
        runs=runs,
    )


def results(*items: ScenarioResult) -> EvalResults:
    labels = list(dict.fromkeys(i.variant for i in items))
    return EvalResults(
        manifest=Manifest(variants=[Variant(label=v, backend=v) for v in labels]),
        scenarios=list(items),
    )


GOOD = canvas(["Bewoners", "Handhavers"], "bewoners voelen zich bekeken", options=True)
HALF = canvas(["Bewoners", "Leverancier"])


def test_figures_per_language_tag_and_kind_with_spread_over_repeats() -> None:
    data = results(
        result("a", [run("pass", GOOD), run("pass", GOOD)], tags=("gemeente",)),
        result(
            "b", [run("pass", GOOD), run("fail", HALF)], language="en", tags=("gemeente", "cameras")
        ),
        result("a~typos", [run("fail", HALF), run("fail", HALF)], tags=("gemeente",), kind="typos"),
    )
    figures = {f.group: f for f in group_figures(data)}
    assert list(figures)[:3] == ["all", "language:en", "language:nl"]
    assert {"kind:original", "kind:typos", "set:evals", "tag:gemeente", "tag:cameras"} <= set(
        figures
    )
    every = figures["all"]
    assert (every.scenarios, every.passed) == (3, 1)
    assert every.pass_rate.mean == pytest.approx(0.5)  # repeat 1: 2/3, repeat 2: 1/3
    assert (every.pass_rate.low, every.pass_rate.high) == (
        pytest.approx(1 / 3),
        pytest.approx(2 / 3),
    )
    assert every.pass_rate.stderr == pytest.approx(1 / 6)
    # actors recall: repeat 1 hits 2+2+1 of 6, repeat 2 hits 2+1+1 of 6
    assert every.items["actors_recall"].mean == pytest.approx((5 / 6 + 4 / 6) / 2)
    assert every.reached_options is not None and every.reached_options.high == pytest.approx(2 / 3)
    assert figures["kind:typos"].items["effects_recall"].mean == 0.0
    assert figures["language:en"].scenarios == 1 and figures["tag:cameras"].passed == 0
    text = "\n".join(figure_lines(data, with_tags=True))
    assert "tag:cameras" in text and "0.50±0.17" in text


def test_variant_table_compares_each_kind_with_its_originals() -> None:
    data = results(
        result("a", [run("pass", GOOD)]),
        result("b", [run("fail", HALF)]),
        result("a~typos", [run("fail", HALF)], kind="typos"),
        result("b~typos", [run("fail", HALF)], kind="typos"),
        result("a~merge", [run("pass", GOOD)], kind="merge"),
    )
    rows = {r.kind: r for r in variant_table(data)}
    typos = rows["typos"]
    assert (typos.variants, typos.originals_passing, typos.still_passing, typos.passing) == (
        2,
        1,
        0,
        0,
    )
    assert typos.items["actors_recall"] == (pytest.approx(0.5), pytest.approx(0.75))
    assert (rows["merge"].still_passing, rows["merge"].items["effects_recall"]) == (1, (1.0, 1.0))
    lines = variant_lines(data)
    assert lines[0].startswith("Variants [guided]")
    assert any(line.split()[:5] == ["typos", "2", "1", "0", "0"] for line in lines)


def test_baseline_shows_what_got_better_or_worse() -> None:
    before = results(result("a", [run("pass", HALF)]), result("b", [run("pass", GOOD)]))
    after = results(
        result("a", [run("pass", GOOD)]),
        result("b", [run("fail", HALF)]),
        result("c", [run("pass", GOOD)]),
    )
    diff = diff_baseline(after, before)
    better = {(f.key, f.figure) for f in diff.better}
    worse = {(f.key, f.figure) for f in diff.worse}
    assert ("a[guided]", "effects_recall") in better and ("b[guided]", "actors_recall") in worse
    assert ("all [guided]", "pass rate") in worse  # 2/2 -> 1/2 on the scenarios both ran
    text = "\n".join(diff.lines())
    assert "BETTER     a[guided] effects_recall: 0.00 -> 1.00 (+1.00)" in text
    assert "WORSE      all [guided] pass rate: 1.00 -> 0.50 (-0.50)" in text


def test_a_version_1_results_file_is_still_a_baseline(tmp_path: Path) -> None:
    old = results(result("a", [run("pass")]))
    raw = json.loads(old.model_dump_json())
    raw["schema_version"] = 1
    for s in raw["scenarios"]:
        for key in ("tags", "set", "derived", "gold"):
            s.pop(key)
    (tmp_path / "v1.json").write_text(json.dumps(raw), encoding="utf-8")
    diff = diff_baseline(
        results(result("a", [run("fail", HALF)])), load_results(tmp_path / "v1.json")
    )
    assert [c.key for c in diff.regressions] == ["a[guided]"]


def test_failed_from_selects_failures_errors_and_variants(tmp_path: Path) -> None:
    evals = Path(__file__).resolve().parents[1] / "evals"
    sid = "nl-politie-drones"
    old = results(
        result(sid, [run("pass")]),
        result(f"{sid}~typos", [run("fail")], kind="typos"),
        result("nl-lege-beurten", [RunRecord(status="error", error="boom")]),
        result("nl-off-topic", [run("pass")]),
    )
    for r in old.scenarios:
        r.file = str(evals / f"{r.origin}.yaml")
    old.scenarios[1].derived = Derived(of=sid, kind="typos", seed=42, changes=["x"])
    old.write(tmp_path / "results.json")
    rerun = select_failed(tmp_path / "results.json")
    assert [s.id for s in rerun.scenarios] == [f"{sid}~typos", "nl-lege-beurten"]
    assert rerun.keys == {f"{sid}~typos[guided]", "nl-lege-beurten[guided]"}
    assert rerun.backends == [("guided", None)]
    typos = rerun.scenarios[0]
    assert typos.derived is not None and typos.derived.seed == 42
    assert typos.turns[0].user == typos.turns[0].user.lower()


def test_report_shows_canvas_beside_gold_and_every_failure(tmp_path: Path) -> None:
    failing = run("fail", HALF)
    failing.final.append(
        AssertionResult(name="actors_min", scope="final", status="fail", expected="4", actual="2")
    )
    data = results(result("a", [failing]), result("a~typos", [run("pass", GOOD)], kind="typos"))
    write_outputs(data, tmp_path)
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'class="item extra">Leverancier<' in html and 'class="item hit">Bewoners<' in html
    assert 'class="item miss">handhavers<' in html
    assert 'class="item miss">negative: bekeken (bewoners)<' in html
    assert "turn 2: step fail" in html and "final: actors_min fail" in html and "more)" not in html
    assert "Figures per group" in html and "Variants by scenario" in html
    assert 'href="#a~typos[guided]">typos: pass' in html
    raw = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert raw["scenarios"][0]["runs"][0]["items"]["counts"]["actors_recall"] == [1, 2]
    assert {f["group"] for f in raw["figures"]} >= {"all", "kind:typos"}
    suite = ET.parse(tmp_path / "junit.xml").getroot().find("testsuite")
    assert suite is not None
    props = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert props["all.actors_recall"] == "0.75" and props["all.reached_options"] == "1/2"
    lines = summary_lines(data)
    assert any(line.startswith("Figures [guided]") for line in lines)
