"""How one line of options is cut into measures (Dutch and English; sentences written for these
tests): a part after "en"/"and" that opens with a verb shares the subject of the clause before
and stays with it; what follows from a measure (", dan ...") stays with it; "nee ik bedoel:"
takes the measure before back; a lone word after an arrow is no measure."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options, option_items


@pytest.mark.parametrize(
    "text",
    [
        "de wijkagenten mogen de melding negeren en krijgen daar een korte cursus voor",
        "the wardens may ignore the alert and are trained to do so",
        "het scherm gaat 's nachts uit, dan slapen de bewoners beter",
    ],
)
def test_a_part_that_goes_on_with_the_clause_before_stays_one_measure(text: str) -> None:
    assert len(option_items(text)) == 1


def test_an_instruction_after_and_is_a_measure_of_its_own() -> None:
    assert len(option_items("blur the number plates and delete the clips after a week")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "een wekelijkse lijst voor de teamleider, nee ik bedoel: een maandelijkse voor de raad",
        "a weekly list for the team leader, no I mean: a monthly one for the council",
    ],
)
def test_no_i_mean_takes_the_measure_before_back(text: str) -> None:
    drafts = extract_options(text, "design")
    assert len(drafts) == 1
    assert "raad" in drafts[0].text or "council" in drafts[0].text


def test_a_lone_word_after_an_arrow_is_no_measure() -> None:
    assert option_items("→ navragen") == []


@pytest.mark.parametrize(
    "text",
    [
        "ik denk zelf aan: geen kentekens bewaren, een vergunning per wijk, en dat handhavers "
        "altijd eerst zelf het bord controleren",
        "I'm thinking of: no plates kept, a permit per district, and that wardens always check "
        "the sign themselves first",
    ],
)
def test_a_that_clause_after_a_comma_and_and_is_a_measure_of_its_own(text: str) -> None:
    drafts = extract_options(text, "design")
    assert len(drafts) == 3
    assert drafts[-1].text.lower().startswith(("dat", "that"))
    assert not drafts[0].text.lower().startswith(("zelf", "ik", "i'm"))


def test_two_that_clauses_of_one_rule_stay_one_measure() -> None:
    assert len(option_items("a rule that staff check every flag and that nobody is fined")) == 1
