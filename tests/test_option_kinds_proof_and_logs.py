"""What the output may count for is a rule of use, whatever it is about ("a flag never counts as
proof", "de score mag nooit de enige reden zijn voor een terugvordering"): environment; a system
that keeps a record of who did what ("we loggen wie het dossier opent", "keep an audit log") is
design. Sentences written for these tests, in Dutch and English."""

from __future__ import annotations

import pytest

from assistant.method.reading.option_kind_scores import option_kind_scores


def leading(text: str) -> str:
    scores = option_kind_scores(text)
    return max(scores, key=lambda kind: scores[kind])


@pytest.mark.parametrize(
    "text",
    [
        "a flag never counts as proof",
        "the risk score is never the only reason for a home visit",
        "de score mag nooit de enige reden zijn voor een terugvordering",
        "een melding van de camera telt nooit als bewijs",
    ],
)
def test_what_the_output_may_count_for_is_environment(text: str) -> None:
    assert leading(text) == "environment"


@pytest.mark.parametrize(
    "text",
    ["we loggen wie het dossier opent", "keep an audit log of every search", "het logboek per rit"],
)
def test_a_record_the_system_keeps_is_design(text: str) -> None:
    assert leading(text) == "design"


def test_logic_is_no_log() -> None:
    logic = option_kind_scores("een gesprek over de logica")
    assert logic == option_kind_scores("een gesprek over de aanpak")
