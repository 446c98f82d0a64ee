"""The package's layers import one way only: a lower layer never imports a higher one, and no
two packages import each other (directly or in a ring), TYPE_CHECKING imports included."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"

# Bottom first. A unit is a subpackage of ``assistant`` or a top-level module.
LAYERS: tuple[frozenset[str], ...] = (
    frozenset({"errors", "paths", "__version__"}),
    frozenset({"domain"}),
    frozenset({"language"}),
    frozenset({"settings", "settings_docs", "privacy", "embeddings", "llm", "store", "picture"}),
    frozenset({"knowledge", "method", "brief"}),
    frozenset({"services"}),
    frozenset({"cli", "ui", "evals"}),
)


def _unit(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _imports(tree: ast.AST) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "assistant":
                found.update(f"assistant.{alias.name}" for alias in node.names)
            elif node.module.startswith("assistant."):
                found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("assistant."))
    return found


def unit_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Which units import which (every import statement, wherever it stands)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).with_suffix("").parts
        source = parts[0] if parts[0] != "__init__" else ""
        for target in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            unit = _unit(target)
            if source and unit and unit != source:
                graph[source].add(unit)
    return graph


def layer_of(unit: str) -> int:
    for level, members in enumerate(LAYERS):
        if unit in members:
            return level
    raise AssertionError(f"assistant.{unit} is in no layer: add it to LAYERS in {__file__}")


def upward_imports(graph: dict[str, set[str]]) -> list[str]:
    return sorted(
        f"assistant.{src} (layer {layer_of(src)}) imports assistant.{dst} (layer {layer_of(dst)})"
        for src, targets in graph.items()
        for dst in targets
        if layer_of(dst) > layer_of(src)
    )


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Rings of units that import each other (one example per ring)."""
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()

    def walk(node: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt == path[0]:
                ring = frozenset(path)
                if ring not in seen:
                    seen.add(ring)
                    found.append([*path, nxt])
            elif nxt not in path and nxt > path[0]:
                walk(nxt, [*path, nxt])

    for start in sorted(graph):
        walk(start, [start])
    return found


def test_every_unit_has_a_layer() -> None:
    units = {p.name if p.is_dir() else p.stem for p in PACKAGE.iterdir()}
    units = {u for u in units if not u.startswith(("_", ".")) and u != "py.typed"}
    assert all(layer_of(u) >= 0 for u in units)


def test_lower_layers_never_import_higher_ones() -> None:
    assert upward_imports(unit_graph()) == []


def test_no_import_cycles_between_packages() -> None:
    assert cycles(unit_graph()) == []


def test_layer_check_catches_an_upward_import(tmp_path: Path) -> None:
    (tmp_path / "domain").mkdir()
    (tmp_path / "domain" / "session.py").write_text("from assistant.services.chat import X\n")
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "chat.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
        "    from assistant.domain.session import Session\n"
    )
    graph = unit_graph(tmp_path)
    assert upward_imports(graph) == [
        "assistant.domain (layer 1) imports assistant.services (layer 5)"
    ]
    assert cycles(graph) == [["domain", "services", "domain"]]


@pytest.mark.parametrize("unit", ["domain", "language"])
def test_bottom_layers_import_only_below(unit: str) -> None:
    graph = unit_graph()
    assert all(layer_of(dst) < layer_of(unit) for dst in graph.get(unit, ()))
