"""The reader on the direction of effects told in long sentences, where only the wording gives
it: less of something bad after something good, relief from a duty with words in between, a
duty to do more, a say taken away ("zonder dat ..."), a comparison with before, and wrong or
odd outcomes, costs and problems; and a label for the bad side that names what it lists
("pain points I see:")."""

from __future__ import annotations

from method_fakes import CLINIC, LIBRARY, directions, told
from method_fakes import read_effects as read

from assistant.method.reading.reader import Reader


def test_less_of_something_bad_after_a_gain_is_positive_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Boeken worden sneller teruggezet, minder zoekwerk.", LIBRARY, "nl"
    )
    assert directions(reading) == ["positive"]


def test_less_of_something_bad_after_a_gain_is_positive_en(message_reader: Reader) -> None:
    reading = read(message_reader, "Urgent cases are seen faster, fewer errors.", CLINIC, "en")
    assert directions(reading) == ["positive"]


def test_relief_from_a_duty_with_words_between_is_positive_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Medewerkers hoeven op zaterdag niet meer alleen achter de balie te staan.",
        LIBRARY,
        "nl",
    )
    assert told(reading) == [
        (
            "Medewerkers hoeven op zaterdag niet meer alleen achter de balie te staan",
            "positive",
            "Medewerkers",
        )
    ]


def test_relief_from_a_duty_with_words_between_is_positive_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Doctors no longer really have to type every note twice.", CLINIC, "en"
    )
    assert directions(reading) == ["positive"]


def test_a_duty_to_do_more_than_before_is_negative_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "De leveranciers moeten veel meer gegevens doorgeven dan vroeger.",
        LIBRARY,
        "nl",
    )
    assert told(reading)[0][1:] == ("negative", "Leveranciers")


def test_a_duty_to_do_more_is_negative_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Suppliers have to deliver far more data every month.", CLINIC, "en"
    )
    assert directions(reading) == ["negative"]


def test_things_settled_without_a_say_are_negative_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "De bezoekers merken dat de openingstijden snel veranderen zonder dat zij er nog "
        "inspraak in hebben.",
        LIBRARY,
        "nl",
    )
    assert directions(reading) == ["negative"]


def test_a_say_taken_away_is_negative_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Patients are moved to another list with no say in it.", CLINIC, "en"
    )
    assert directions(reading) == ["negative"]


def test_wrong_and_odd_outcomes_are_negative_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Bezoekers met een oude pas krijgen een rare boekenlijst. "
        "Het leesadvies klopt niet bij kinderen.",
        LIBRARY,
        "nl",
    )
    assert directions(reading) == ["negative", "negative"]


def test_a_fee_and_being_portrayed_as_a_problem_are_negative_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Patients pay a fee for every reminder. Some are portrayed as a problem in the notes.",
        CLINIC,
        "en",
    )
    assert directions(reading) == ["negative", "negative"]


def test_knowledge_that_gets_lost_is_negative_nl(message_reader: Reader) -> None:
    reading = read(message_reader, "Medewerkers: kennis van de collectie raakt weg.", LIBRARY, "nl")
    assert told(reading)[0][1:] == ("negative", "Medewerkers")


def test_pain_points_one_sees_label_the_bad_side_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Pain points I see: the app gives a confident advice that is simply incorrect. "
        "Upside: answers at night.",
        CLINIC,
        "en",
    )
    assert directions(reading) == ["negative", "positive"]


def test_knelpunten_label_the_bad_side_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Knelpunten die ik zie: de kassa geeft een zeker antwoord dat gewoon onjuist is.",
        LIBRARY,
        "nl",
    )
    assert directions(reading) == ["negative"]


def test_an_actor_label_holds_for_the_next_sentences_on_its_line_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "medewerkers: minder overuren. maar ook hun kennis van de collectie raakt weg",
        LIBRARY,
        "nl",
    )
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("positive", "Medewerkers"),
        ("negative", "Medewerkers"),
    ]


def test_an_actor_label_holds_for_the_next_sentences_on_its_line_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "doctors: fewer night calls. but they also lose their feel for the patients",
        CLINIC,
        "en",
    )
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("positive", "Doctors"),
        ("negative", "Doctors"),
    ]
