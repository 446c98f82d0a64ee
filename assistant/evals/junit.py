"""``junit.xml``: one testcase per scenario and variant, for CI dashboards."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from assistant.evals.results import EvalResults, ScenarioResult


def _details(result: ScenarioResult) -> str:
    lines: list[str] = []
    for n, run in enumerate(result.runs, 1):
        lines.append(f"run {n}: {run.status}{' - ' + run.error if run.error else ''}")
        lines.extend(f"  {a.describe()}" for a in run.failures())
    return "\n".join(lines)


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


def junit_xml(results: EvalResults) -> str:
    multi = len(results.variants()) > 1
    counts = results.counts()
    suite = ET.Element(
        "testsuite",
        name="ethics-assistant-evals",
        tests=str(len(results.scenarios)),
        failures=str(counts["fail"] + counts["flaky"]),
        errors=str(counts["error"]),
        time=f"{sum(r.duration_s for s in results.scenarios for r in s.runs):.3f}",
        timestamp=results.created_at.isoformat(),
    )
    for result in results.scenarios:
        suite.append(_testcase(result, multi))
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write_junit(results: EvalResults, path: Path) -> None:
    path.write_text(junit_xml(results), encoding="utf-8")
