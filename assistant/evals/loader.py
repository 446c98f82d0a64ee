"""Read scenario files and report every problem with file, line and field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


FIX_FIELDS = (
    "fix the fields named (the format is in evals/schema.json; natural conversations and their "
    "gold: evals/conversations/README.md)"
)
FIX_YAML = (
    "fix the YAML at that line (a quote or bracket left open, an indent that is off, a `:` in a "
    "text that needs quotes); check it with `ethics-assistant eval --validate FILE`"
)
FIX_UNREADABLE = (
    "save it as UTF-8 text, or move it out of the folder: a folder given to eval holds scenario "
    "files only"
)
FIX_NOTHING_CHECKED = (
    "add a `gold` block (what should land where: evals/conversations/README.md) or `expect` / "
    "`final` checks; without them the conversation would pass without checking anything"
)


@dataclass
class NotRun:
    """A path given to eval that gave no scenario: what is wrong with it and how to fix it."""

    path: Path
    problems: list[str]
    fix: str


@dataclass
class Loaded:
    """What a run can use: the scenarios, the paths that gave none (with the fix), and the files
    in a named folder that are no scenario files (not .yaml or .yml) and were left alone."""

    scenarios: list[Scenario] = field(default_factory=list)
    not_run: list[NotRun] = field(default_factory=list)
    other_files: list[Path] = field(default_factory=list)


def scenario_files(paths: Iterable[Path]) -> list[Path]:
    """Scenario files under ``paths``: files as given, the scenario files directly in a folder.

    Subfolders are read only when named, so that ``evals/`` is the scripted suite and a held-out
    set (``evals/conversations/holdout``) is measured only on purpose."""
    loaded = Loaded()
    files = _files(paths, loaded)
    if loaded.not_run:
        first = loaded.not_run[0]
        raise ScenarioError(first.problems, first.fix)
    return files


def _files(paths: Iterable[Path], loaded: Loaded) -> list[Path]:
    """The scenario files under ``paths``; a missing path or a folder without any goes to
    ``loaded.not_run`` and other files in a folder to ``loaded.other_files``."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file())
            here = [p for p in files if p.suffix in SCENARIO_SUFFIXES]
            loaded.other_files.extend(p for p in files if _stray(p))
            if not here:
                loaded.not_run.append(_empty_folder(path))
            found.extend(here)
        elif path.is_file():
            found.append(path)
        else:
            fix = "check the path (run eval from the folder it is relative to) or leave it out"
            loaded.not_run.append(NotRun(path, [f"{path}: no such file or folder"], fix))
    return found


def _stray(path: Path) -> bool:
    """A file in a scenario folder that is no scenario file and none of the folder's own notes
    (README, the schema, hidden files)."""
    own = path.name.startswith(("README", ".")) or path.name == "schema.json"
    return path.suffix not in SCENARIO_SUFFIXES and not own


def _empty_folder(path: Path) -> NotRun:
    below = sorted(str(d) for d in path.iterdir() if d.is_dir() and any(d.glob("*.y*ml")))
    if below:
        named = ", ".join(below)
        problem = f"{path}: no scenario files here; subfolders are read only when named: {named}"
        return NotRun(path, [problem], "name the subfolders to run")
    fix = "put scenario files (.yaml or .yml) in it, or name the folder that holds them"
    return NotRun(path, [f"{path}: no .yaml scenario files found"], fix)


def load_scenarios(paths: Sequence[Path]) -> list[Scenario]:
    """Every scenario under ``paths``; raises :class:`ScenarioError` listing all problems."""
    loaded = load_readable(paths)
    if loaded.not_run:
        if len(loaded.not_run) == 1:
            raise ScenarioError(loaded.not_run[0].problems, loaded.not_run[0].fix)
        raise ScenarioError(
            [f"{p}\n    fix: {n.fix}" for n in loaded.not_run for p in n.problems],
            "fix each file as said under it",
        )
    return loaded.scenarios


def load_readable(paths: Sequence[Path]) -> Loaded:
    """The scenarios under ``paths`` that can be read; every path that gave none, with its fix."""
    loaded = Loaded()
    files = _files(paths, loaded)
    if not files and not loaded.not_run:
        loaded.not_run.append(NotRun(Path("."), ["no scenario files given"], "name them"))
    seen: dict[str, Path] = {}
    for path in files:
        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            loaded.not_run.append(NotRun(path, exc.problems, exc.fix))
            continue
        if scenario.id in seen:
            problem = f"{path}: id {scenario.id!r} is also used by {seen[scenario.id]}"
            fix = "give each scenario its own id (the file name without .yaml)"
            loaded.not_run.append(NotRun(path, [problem], fix))
            continue
        seen[scenario.id] = path
        loaded.scenarios.append(scenario)
    return loaded


def load_scenario(path: Path) -> Scenario:
    try:
        text = path.read_text(encoding="utf-8")
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError([f"{path}: cannot read the file: {_why(exc)}"], FIX_UNREADABLE) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ScenarioError(
            [f"{path}{line}: not valid YAML: {_yaml_problem(exc)}"], FIX_YAML
        ) from exc
    if not isinstance(data, dict):
        raise ScenarioError(
            [f"{path}:1: a scenario is a YAML mapping (id, language, turns, ...)"], FIX_FIELDS
        )
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(
            [_describe(path, root, err["loc"], _said(err)) for err in exc.errors()], FIX_FIELDS
        ) from exc
    scenario._source = path
    missing = [p for p in scenario.document_paths() if not p.is_file()]
    if missing:
        at = _line(root, ("setup", "documents"))
        raise ScenarioError(
            [f"{path}:{at}: setup.documents: no such file {m}" for m in missing],
            "give paths relative to the scenario file",
        )
    if not scenario.checks_anything():
        raise ScenarioError([f"{path}: no gold and no checks"], FIX_NOTHING_CHECKED)
    return scenario


def _why(exc: OSError | UnicodeDecodeError) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text (byte {exc.object[exc.start]:#04x} at position {exc.start})"
    return exc.strerror or str(exc)


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """PyYAML's message on one line, each part with its line, without its quote of the text."""
    parts = []
    for said, mark in (("context", "context_mark"), ("problem", "problem_mark")):
        text, at = getattr(exc, said, None), getattr(exc, mark, None)
        if text:
            parts.append(f"{text} (line {at.line + 1})" if at is not None else text)
    return "; ".join(parts) or str(exc).splitlines()[0]


def _said(err: Any) -> str:
    """The validator's message, with the value given where a choice of names was expected."""
    given = err.get("input")
    if err.get("type") in ("literal_error", "enum") and isinstance(given, str | int):
        return f"{err['msg']} (not {given!r})"
    return str(err["msg"]).removeprefix("Value error, ")


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
