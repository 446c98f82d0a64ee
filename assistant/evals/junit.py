"""``junit.xml``: one testcase per scenario and variant, for CI dashboards."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from assistant.evals.figures import group_figures
from assistant.evals.results import EvalResults, NotRunFile, ScenarioResult
from assistant.evals.tables import ratio


def _details(result: ScenarioResult) -> str:
    lines: list[str] = []
    for n, run in enumerate(result.runs, 1):
        lines.append(f"run {n}: {run.status}{' - ' + run.error if run.error else ''}")
        lines.extend(f"  {a.describe()}" for a in run.failures())
    return "\n".join(lines)


def _item_properties(result: ScenarioResult) -> ET.Element | None:
    """Item-level counts summed over the runs, e.g. ``actors_recall`` = ``3/4``."""
    sums = result.item_counts()
    if not sums:
        return None
    props = ET.Element("properties")
    for metric, (hits, total) in sums.items():
        ET.SubElement(props, "property", name=metric, value=f"{hits}/{total}")
    return props


def _suite_properties(results: EvalResults, multi: bool) -> ET.Element:
    """Figures of every group but the tags: ``all.actors_recall``, ``kind:typos.pass_rate``..."""
    props = ET.Element("properties")
    for f in results.figures or group_figures(results):
        if f.group.startswith("tag:"):
            continue
        prefix = f"{f.variant}.{f.group}" if multi else f.group
        values = {"pass_rate": ratio(f.pass_rate.mean)}
        values |= {m: ratio(s.mean) for m, s in f.items.items()}
        if f.reached_options is not None:
            values["reached_options"] = (
                f"{round(f.reached_options.mean * f.gold_scenarios)}/{f.gold_scenarios}"
            )
        if f.values_ok is not None:
            values["values_ok"] = (
                f"{round(f.values_ok.mean * f.values_scenarios)}/{f.values_scenarios}"
            )
        for name, value in values.items():
            ET.SubElement(props, "property", name=f"{prefix}.{name}", value=value)
    return props


def _testcase(result: ScenarioResult, multi: bool) -> ET.Element:
    name = f"{result.scenario_id}-{result.variant}" if multi else result.scenario_id
    duration = sum(r.duration_s for r in result.runs)
    case = ET.Element(
        "testcase",
        name=name,
        classname=f"evals.{result.variant}",
        time=f"{duration:.3f}",
        file=result.file,
    )
    props = _item_properties(result)
    if props is not None:
        case.append(props)
    if result.outcome == "pass":
        return case
    tag = "error" if result.outcome == "error" else "failure"
    prefix = (
        f"flaky: {result.passes}/{len(result.runs)} runs passed; "
        if result.outcome == "flaky"
        else ""
    )
    child = ET.SubElement(case, tag, message=prefix + result.first_problem(), type=result.outcome)
    child.text = _details(result)
    return case


def _not_run_case(item: NotRunFile) -> ET.Element:
    """A file that gave no scenario, as an errored test case named after the file."""
    case = ET.Element("testcase", name=Path(item.file).name, classname="evals.not-run")
    case.set("file", item.file)
    child = ET.SubElement(case, "error", message=item.problems[0], type="not-run")
    child.text = "\n".join([*item.problems, f"fix: {item.fix}"])
    return case


def junit_xml(results: EvalResults) -> str:
    multi = len(results.variants()) > 1
    counts = results.counts()
    suite = ET.Element(
        "testsuite",
        name="ethics-assistant-evals",
        tests=str(len(results.scenarios) + len(results.not_run)),
        failures=str(counts["fail"] + counts["flaky"]),
        errors=str(counts["error"] + len(results.not_run)),
        time=f"{sum(r.duration_s for s in results.scenarios for r in s.runs):.3f}",
        timestamp=results.created_at.isoformat(),
    )
    properties = _suite_properties(results, multi)
    if len(properties):
        suite.append(properties)
    for result in results.scenarios:
        suite.append(_testcase(result, multi))
    for item in results.not_run:
        suite.append(_not_run_case(item))
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write_junit(results: EvalResults, path: Path) -> None:
    path.write_text(junit_xml(results), encoding="utf-8")
