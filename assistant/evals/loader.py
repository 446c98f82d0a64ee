"""Read scenario files and report every problem with file, line and field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml
from pydantic import ValidationError

from assistant.errors import InputError
from assistant.evals.scenario import SCENARIO_SUFFIXES, Scenario


class ScenarioError(InputError):
    """Invalid scenario files; ``problems`` lists each as ``file:line: field: message``."""

    def __init__(self, problems: list[str], fix: str = "") -> None:
        shown = "\n".join(f"  {p}" for p in problems)
        super().__init__(
            f"{len(problems)} problem(s) in the scenario files:\n{shown}",
            fix
            or "fix the fields named above (the format is in evals/schema.json; check with "
            "`ethics-assistant eval --validate PATH`)",
        )
        self.problems = problems


def scenario_files(paths: Iterable[Path]) -> list[Path]:
    """Scenario files under ``paths``: files as given, the scenario files directly in a folder.

    Subfolders are read only when named, so that ``evals/`` is the scripted suite and a held-out
    set (``evals/conversations/holdout``) is measured only on purpose."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            here = sorted(
                p for p in path.iterdir() if p.suffix in SCENARIO_SUFFIXES and p.is_file()
            )
            if not here:
                raise ScenarioError([_empty_folder(path)], "name the folders or files to run")
            found.extend(here)
        elif path.is_file():
            found.append(path)
        else:
            raise ScenarioError([f"{path}: no such file or folder"], "give an existing path")
    return found


def _empty_folder(path: Path) -> str:
    below = sorted(str(d) for d in path.iterdir() if d.is_dir() and any(d.glob("*.y*ml")))
    if below:
        named = ", ".join(below)
        return f"{path}: no scenario files here; subfolders are read only when named: {named}"
    return f"{path}: no .yaml scenario files found"


def load_scenarios(paths: Sequence[Path]) -> list[Scenario]:
    """Every scenario under ``paths``; raises :class:`ScenarioError` listing all problems."""
    files = scenario_files(paths)
    if not files:
        raise ScenarioError(["no scenario files given"])
    scenarios: list[Scenario] = []
    problems: list[str] = []
    seen: dict[str, Path] = {}
    for path in files:
        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            problems.extend(exc.problems)
            continue
        if scenario.id in seen:
            problems.append(f"{path}: id {scenario.id!r} is also used by {seen[scenario.id]}")
        seen[scenario.id] = path
        scenarios.append(scenario)
    if problems:
        raise ScenarioError(problems)
    return scenarios


def load_scenario(path: Path) -> Scenario:
    try:
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError([f"{path}: cannot read the file: {exc}"]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ScenarioError([f"{path}{line}: not valid YAML: {exc}"]) from exc
    if not isinstance(data, dict):
        raise ScenarioError([f"{path}:1: a scenario is a YAML mapping (id, language, turns, ...)"])
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(
            [_describe(path, root, err["loc"], err["msg"]) for err in exc.errors()]
        ) from exc
    scenario._source = path
    missing = [p for p in scenario.document_paths() if not p.is_file()]
    if missing:
        at = _line(root, ("setup", "documents"))
        raise ScenarioError([f"{path}:{at}: setup.documents: no such file {m}" for m in missing])
    return scenario


def _describe(path: Path, root: yaml.Node | None, loc: tuple[int | str, ...], msg: str) -> str:
    return f"{path}:{_line(root, loc)}: {_field(loc) or '(top)'}: {msg}"


def _field(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif not part[:1].isupper() and part not in ("str",):  # skip union branch labels
            out += f".{part}" if out else part
    return out


def _line(root: yaml.Node | None, loc: tuple[int | str, ...]) -> int:
    """1-based line of the deepest YAML node on the path ``loc``."""
    node = root
    line = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        child = _child(node, part)
        if child is None:
            continue  # union branch labels and missing keys: stay at the parent
        node = child
        line = node.start_mark.line + 1
    return line


def _child(node: yaml.Node | None, part: int | str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        for key, value in node.value:
            if key.value == part:
                return value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        child: yaml.Node = node.value[part]
        return child
    return None
