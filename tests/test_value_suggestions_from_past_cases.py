"""Value suggestions learn from past sessions: each effect's nearest effects among the shipped
cases vote for the values their session tied them to (``PAST_CASE_WEIGHT``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.knowledge.catalogue import Catalogue
from assistant.method import suggestions as suggest
from assistant.method.suggestions import ValueSuggester


def test_past_cases_give_their_effects_with_the_values_tied_to_them(
    value_suggester: ValueSuggester,
) -> None:
    catalogue = value_suggester.catalogue
    examples = catalogue.value_examples
    assert len(examples) >= 100
    known = {entry.id for entry in catalogue.values}
    assert all(example.values and set(example.values) <= known for example in examples)
    assert {"nl", "en"} <= {_language(e.text) for e in examples}


def test_an_unreadable_case_file_gives_no_examples(tmp_path: Path) -> None:
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "broken.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    (tmp_path / "cases" / "not-a-case.yaml").write_text("id: x\n", encoding="utf-8")
    assert Catalogue(tmp_path).value_examples == []


@pytest.mark.parametrize(
    ("effect", "value"),
    [
        ("Buurtbewoners zijn bang dat de drone ook in hun tuin filmt", "privacy"),
        ("The waiting time at the counter gets shorter", "efficiency"),
    ],
)
def test_past_cases_bring_the_value_they_tied_to_a_similar_effect(
    value_suggester: ValueSuggester, monkeypatch: pytest.MonkeyPatch, effect: str, value: str
) -> None:
    with_cases = [s.entry.id for s in value_suggester.suggest([effect], 3)]
    monkeypatch.setattr(suggest, "PAST_CASE_WEIGHT", 0.0)
    without = [s.entry.id for s in value_suggester.suggest([effect], 3)]
    assert value in with_cases, with_cases
    # the past cases bring the value in, or higher up ("efficiency" second, not third)
    assert with_cases.index(value) < _place(without, value), (with_cases, without)


def _place(found: list[str], value: str) -> int:
    return found.index(value) if value in found else len(found)


def _language(text: str) -> str:
    dutch = {"de", "het", "een", "en", "van", "niet", "worden", "zijn"}
    return "nl" if dutch & set(text.lower().split()) else "en"
