"""The scenario format: loading, clear errors with line and field, and the committed JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.evals.loader import ScenarioError, load_scenario, load_scenarios
from assistant.evals.scenario import scenario_json_schema
from assistant.paths import PROJECT_ROOT

VALID = """\
id: nl-test
language: nl
description: Een korte test.
setup:
  start_step: values
  session:
    actors: [Inwoners, {name: Handhavers, group: users}]
    effects:
      - {actor: Inwoners, direction: negative, text: Voelen zich bekeken}
    values: [Privacy]
    options:
      - {kind: design, text: Vervagen, values: [Privacy]}
turns:
  - user: "Privacy vind ik het belangrijkst."
    expect:
      step: values
      contains: privacy
      effects_min: 1
final:
  values_include_any: {any_of: [privacy], min_hits: 1}
"""


def write(tmp_path: Path, text: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_scenario_loads_with_shorthands(tmp_path: Path) -> None:
    scenario = load_scenario(write(tmp_path, VALID))
    expect = scenario.turns[0].expect
    assert expect is not None and expect.contains == ["privacy"]
    assert expect.effects_min is not None and expect.effects_min.total == 1
    assert scenario.setup is not None and scenario.setup.session is not None
    assert [a.name for a in scenario.setup.session.actor_seeds()] == ["Inwoners", "Handhavers"]


def test_wrong_type_names_line_and_field(tmp_path: Path) -> None:
    text = VALID.replace("      effects_min: 1", "      effects_min: veel")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(write(tmp_path, text))
    [problem] = caught.value.problems
    assert problem.startswith(f"{tmp_path / 's.yaml'}:18: turns[0].expect.effects_min")


def test_unknown_assertion_and_missing_field(tmp_path: Path) -> None:
    text = VALID.replace("      step: values", "      stap: values").replace("language: nl\n", "")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(write(tmp_path, text))
    problems = "\n".join(caught.value.problems)
    assert ":1: language: Field required" in problems
    assert ":15: turns[0].expect.stap: Extra inputs are not permitted" in problems


def test_bad_regex_bad_link_and_bad_yaml(tmp_path: Path) -> None:
    text = VALID.replace("      contains: privacy", "      regex: '(unclosed'")
    with pytest.raises(ScenarioError, match="invalid regular expression"):
        load_scenario(write(tmp_path, text))
    text = VALID.replace("values: [Privacy]}", "values: [Autonomie]}")
    with pytest.raises(ScenarioError, match=r"s.yaml:\d+: setup.session: .*Autonomie"):
        load_scenario(write(tmp_path, text))
    with pytest.raises(ScenarioError, match=r"s.yaml:3: not valid YAML"):
        load_scenario(write(tmp_path, "id: x\nturns: [\n  - user: a\n  b: c: d\n"))


def test_missing_document_and_duplicate_ids(tmp_path: Path) -> None:
    text = VALID.replace("  start_step: values\n", "  start_step: values\n  documents: [nope.md]\n")
    with pytest.raises(ScenarioError, match="no such file"):
        load_scenario(write(tmp_path, text))
    write(tmp_path, VALID, "a.yaml")
    write(tmp_path, VALID, "b.yaml")
    with pytest.raises(ScenarioError, match="also used by"):
        load_scenarios([tmp_path])


def test_validate_command(tmp_path: Path) -> None:
    runner = CliRunner()
    good = runner.invoke(app, ["eval", "--validate", str(write(tmp_path, VALID))])
    assert good.exit_code == 0 and "1 scenario(s) valid" in good.output
    bad = write(tmp_path, VALID.replace("language: nl", "language: fr"), "bad.yml")
    result = runner.invoke(app, ["eval", "--validate", str(bad)])
    assert result.exit_code == 1
    assert "bad.yml:2: language: Input should be 'nl' or 'en'" in result.output


def test_committed_schema_is_up_to_date() -> None:
    committed = json.loads((PROJECT_ROOT / "evals" / "schema.json").read_text(encoding="utf-8"))
    assert committed == scenario_json_schema(), (
        "evals/schema.json is stale: run `ethics-assistant eval --print-schema > evals/schema.json`"
    )


def test_shipped_scenarios_are_valid_and_varied() -> None:
    scenarios = load_scenarios([PROJECT_ROOT / "evals"])
    assert len(scenarios) >= 22
    languages = [s.language for s in scenarios]
    assert languages.count("nl") > languages.count("en") > 0
    tags = {t for s in scenarios for t in s.tags}
    assert {"adversarial", "verdict", "injection", "off-topic", "language-switch"} <= tags
    assert any(s.setup and s.setup.documents for s in scenarios)
    assert any(t.user == "" for s in scenarios for t in s.turns)
    assert any(len(t.user) > 3000 for s in scenarios for t in s.turns)
