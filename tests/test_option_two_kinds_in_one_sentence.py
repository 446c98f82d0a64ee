"""One sentence that holds two measures of different kinds, joined by ", en" / ", and", gives
two options, each with its own kind; a part that points back, rules something out or is a
clause of the measure before stays with it."""

from assistant.method.reading.extraction import extract_options


def _read(text: str) -> list[tuple[str, str]]:
    return [(d.kind, d.text) for d in extract_options(text, "design")]


def test_a_deletion_and_a_phone_number_in_the_letter_are_two_options() -> None:
    read = _read(
        "De opnames van bezoekers die niets deden meteen wissen, en in de brief aan "
        "bewoners een telefoonnummer waar je een medewerker spreekt."
    )
    assert len(read) == 2
    assert read[0][0] == "design" and "wissen" in read[0][1]
    assert read[1][0] != "design" and "telefoonnummer" in read[1][1]


def test_a_training_and_a_filter_named_after_it_are_two_options() -> None:
    read = _read(
        "Een training voor de handhavers over het lezen van de score wil ik, en de regenfilter"
    )
    assert read == [
        ("human", "Een training voor de handhavers over het lezen van de score wil ik"),
        ("design", "De regenfilter"),
    ]


def test_a_deletion_and_an_information_evening_in_english_are_two_options() -> None:
    read = _read(
        "Recordings of people who did nothing are wiped at once, and an information evening "
        "for residents at the library"
    )
    assert len(read) == 2
    assert read[0][0] == "design" and "wiped" in read[0][1]
    assert read[1][0] != "design" and "information evening" in read[1][1]


def test_a_part_that_points_back_stays_with_its_measure() -> None:
    read = _read(
        "Caseworkers note their own judgement before they see the score, and we train that "
        "in the first week of new staff"
    )
    assert len(read) == 1


def test_a_part_that_rules_something_out_stays_with_its_measure() -> None:
    read = _read("Ouders krijgen drie weken van tevoren bericht, en niet alleen per mail")
    assert len(read) == 1
