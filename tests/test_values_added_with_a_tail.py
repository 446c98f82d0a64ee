"""A value added where values are asked, told with the addition after it ("X wil ik er zelf
bij", "X I'd add myself"): the value, not a measure (Dutch and English)."""

from assistant.method.reading.values_step import value_added


def test_dutch_value_added_myself() -> None:
    assert value_added("Vakmanschap van de badmeesters wil ik er zelf bij.") == (
        "Vakmanschap van de badmeesters"
    )


def test_dutch_value_added_with_more_said_after_it() -> None:
    assert value_added("en eh rust wil ik er ook bij hebben dus ja privacy en rust") == (
        "en eh rust, dus ja privacy en rust"
    )


def test_english_value_added() -> None:
    assert value_added("Dignity of the lifeguards I'd add myself") == "Dignity of the lifeguards"
    assert value_added("and fairness I want in there too") == "and fairness"


def test_a_measure_before_the_phrase_stays_whole() -> None:
    told = "een vaste contactpersoon voor de ouders die elke week belt wil ik er ook bij"
    assert value_added(told) == told


def test_no_addition_said_leaves_the_text() -> None:
    assert value_added("privacy en veiligheid") == "privacy en veiligheid"
