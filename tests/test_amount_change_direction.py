"""Fewer of a burden is a gain, more of it a loss: a rise in what people pay, empty or idle
capacity, failures and double work are burdens ("minder huurverhogingen", "fewer idle
machines"). The labelled list in tests/data/amount_change_directions.yaml measures the class."""

from __future__ import annotations

from pathlib import Path

import yaml

from assistant.method.reading.polarity import clause_direction

LABELLED = Path(__file__).parent / "data" / "amount_change_directions.yaml"
MIN_SHARE_RIGHT = 0.85  # 0.69 (nl) and 0.71 (en) before the burdens of rises and idle capacity


def test_fewer_rises_in_cost_is_positive_nl() -> None:
    assert clause_direction("Huurders krijgen minder energieprijsverhogingen") == "positive"


def test_fewer_rises_in_cost_is_positive_en() -> None:
    assert clause_direction("Tenants face fewer price increases") == "positive"


def test_fewer_empty_vehicles_is_positive_nl() -> None:
    assert clause_direction("Er rijden minder lege vuilniswagens door de wijk") == "positive"


def test_fewer_idle_or_failing_machines_is_positive_en() -> None:
    assert clause_direction("The depot has fewer idle cranes and fewer outages") == "positive"


def test_more_duplicate_work_is_negative() -> None:
    assert clause_direction("Meer dubbele invoer voor de balie") == "negative"
    assert clause_direction("More duplicate entries for the front desk") == "negative"


def test_labelled_amount_changes_mostly_right() -> None:
    labelled = yaml.safe_load(LABELLED.read_text(encoding="utf-8"))
    for language, items in labelled.items():
        right = sum(clause_direction(i["text"]) == i["direction"] for i in items)
        assert len(items) >= 40, language
        assert right / len(items) >= MIN_SHARE_RIGHT, (language, right, len(items))
