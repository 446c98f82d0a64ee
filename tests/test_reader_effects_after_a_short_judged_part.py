"""A short judged part without a verb, a bare comma, then a clause with people of its own are
two effects ("schonere pleinen, wijkagenten hoeven minder te surveilleren"); a clause that only
reacts to the part before stays with it (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest

from assistant.method.reading.segments import effect_pieces


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        (
            "schonere pleinen, wijkagenten hoeven minder te surveilleren",
            ["schonere pleinen", "wijkagenten hoeven minder te surveilleren"],
        ),
        (
            "quicker decisions, applicants no longer wait for months",
            ["quicker decisions", "applicants no longer wait for months"],
        ),
    ],
)
def test_short_judged_part_then_a_clause_of_its_own_are_two(
    clause: str, expected: list[str]
) -> None:
    assert effect_pieces(clause) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "korter wachten, vooral ouders met kinderwagens zijn er blij mee",
        "langer rood licht, de buschauffeurs gaan vast klagen",
        "fewer false alarms, the night staff are happy about that",
        "meer controle, omdat inspecteurs alles zien",
    ],
)
def test_a_clause_that_reacts_or_goes_on_stays_one(clause: str) -> None:
    assert effect_pieces(clause) == [clause]
