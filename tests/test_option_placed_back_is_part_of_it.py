"""Where a measure is put, said by a pronoun for it after a comma, "and" or a full stop ("the
caretakers keep a paper key list, we write that into the house rules"; Dutch and English,
sentences written for these tests), is part of that measure, not a measure of its own; a new
measure after it stays one of its own, and so does a contract or an agreement it is put in (an
arrangement with another party, around the technology)."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options


@pytest.mark.parametrize(
    "text",
    [
        "The caretakers keep a paper key list as a fallback, we write that into the house rules.",
        "Sensor data is deleted after a week, and that goes into the caretakers' protocol.",
        "Every flag is checked by a second officer. We publish that.",
        "De conciërges houden een papieren sleutellijst als terugval, dat zetten we in het "
        "huisreglement.",
        "Sensordata wordt na een week gewist, dat moet de leverancier in de software regelen.",
        "Elke melding wordt door een tweede medewerker bekeken. En we publiceren dat.",
    ],
)
def test_where_a_measure_is_put_stays_with_it(text: str) -> None:
    drafts = extract_options(text, "environment")
    assert len(drafts) == 1
    assert "that" in drafts[0].text.lower() or "dat" in drafts[0].text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Sensor data is deleted after a week, and we publish the yearly figures on the website.",
        "Sensordata wordt na een week gewist, en we publiceren de jaarcijfers op de website.",
    ],
)
def test_a_new_measure_after_a_measure_stays_its_own(text: str) -> None:
    assert len(extract_options(text, "environment")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Sensor data is deleted after a week, and we put that in the contract with the vendor.",
        "Sensordata wordt na een week gewist, en dat zetten we in de overeenkomst met de "
        "leverancier.",
    ],
)
def test_a_contract_it_is_put_in_is_an_arrangement_of_its_own(text: str) -> None:
    drafts = extract_options(text, "design")
    assert len(drafts) == 2
    assert drafts[1].kind == "environment"


@pytest.mark.parametrize(
    "text",
    [
        "Every flag is checked by a second officer, and we practise that in the induction.",
        "Elke melding wordt door een tweede medewerker bekeken, dat oefenen we in de inwerkweek.",
    ],
)
def test_a_measure_keeps_its_own_kind_where_it_is_put(text: str) -> None:
    drafts = extract_options(text, "environment")
    assert [d.kind for d in drafts] == [extract_options(text.split(",")[0], "environment")[0].kind]
