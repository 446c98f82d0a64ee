"""The reader on several effects told in one long sentence or paragraph: inline labels without
a colon ("good things ... bad things ..."), a second group of people joined by "and" whose verb
is not a known one, a consequence about "people who ..." that keeps the group the cause
started with, a group whose place after it makes the subject long ("de omwonenden in Noord en
Zuid merken ..."), and options announced at the end of a long first message."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

WARD = ("Patients", "Night staff", "Relatives")
CROSSING = ("Voetgangers", "Automobilisten", "Buschauffeurs")


def read(
    reader: Reader, text: str, actors: tuple[str, ...], language: str, step: Step = Step.EFFECTS
) -> Reading:
    technology = "a bed sensor" if language == "en" else "een slim verkeerslicht"
    return read_in(reader, text, actors, language, technology, step)


def test_inline_good_and_bad_things_label_the_effects_after_them_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "good things night staff dont have to walk every corridor, falls get seen sooner. bad "
        "things patients cant really refuse it",
        WARD,
        "en",
    )
    assert [d for _t, d, _a in told(reading)] == ["positive", "positive", "negative"]


def test_inline_good_and_bad_things_label_the_effects_after_them_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "goede dingen voetgangers staan korter stil. slechte dingen automobilisten krijgen "
        "vaker rood",
        CROSSING,
        "nl",
    )
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("positive", "Voetgangers"),
        ("negative", "Automobilisten"),
    ]


def test_a_second_group_joined_by_and_is_its_own_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Bad: patients cannot really say no to it and the staff just answer alarms and have "
        "less time to talk with people",
        WARD,
        "en",
    )
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("negative", "Patients"),
        ("negative", "Night staff"),
    ]


def test_a_second_group_joined_by_en_is_its_own_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Nadeel: voetgangers kunnen er niet meer gewoon oversteken en de chauffeurs remmen "
        "vaker hard af",
        CROSSING,
        "nl",
    )
    assert len(reading.effects) == 2


def test_a_consequence_for_people_in_general_keeps_the_group_of_the_cause_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Bad: bus drivers without the badge wait longer, so people who have no badge are at a "
        "disadvantage.",
        ("Cyclists", "Pedestrians"),
        "en",
    )
    assert told(reading)[0][1:] == ("negative", "Bus drivers")


def test_a_consequence_for_people_in_general_keeps_the_group_of_the_cause_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Nadeel: automobilisten zonder de app wachten langer, waardoor mensen die geen "
        "telefoon hebben achteraan komen.",
        ("Voetgangers", "Fietsers"),
        "nl",
    )
    assert told(reading)[0][1:] == ("negative", "Automobilisten")


def test_options_announced_at_the_end_of_a_long_message_are_no_effect_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Bad: relatives worry at night. For options I think of a weekly call with relatives "
        "and a course for the night staff.",
        WARD,
        "en",
        Step.CASE,
    )
    assert [t for t, _d, _a in told(reading)] == ["Relatives worry at night"]
    assert reading.options != []


def test_options_announced_at_the_end_of_a_long_message_are_no_effect_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Nadeel: chauffeurs staan vaker stil. Voor opties denk ik aan een vaste groentijd voor "
        "bussen.",
        CROSSING,
        "nl",
        Step.CASE,
    )
    assert len(reading.effects) == 1
    assert len(reading.options) == 1


def test_a_group_named_with_a_place_is_not_cut_at_and_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "De voetgangers in Zuid en Noord merken dat het licht sneller verspringt.",
        CROSSING,
        "nl",
    )
    assert len(reading.effects) == 1


def test_examples_of_a_group_are_not_cut_at_and_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Bad: patients, like the elderly and the night owls, are woken far more often.",
        WARD,
        "en",
    )
    assert len(reading.effects) == 1


def test_a_long_group_with_a_place_after_it_is_the_actor_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "De omwonenden in Noord en Zuid merken dat het licht vaker rood blijft.",
        ("Voetgangers", "Buschauffeurs"),
        "nl",
    )
    assert told(reading)[0][2] == "Omwonenden"


def test_a_long_group_with_a_place_after_it_is_the_actor_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Residents in Leiden and Delft near the ward sleep worse since the alarms.",
        ("Patients", "Night staff"),
        "en",
    )
    assert told(reading)[0][2] == "Residents"


def test_a_long_subject_that_ends_in_no_people_names_no_actor_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Good: the nurses write reports in Leiden in half the time, and the reports are clearer.",
        ("Patients", "Relatives"),
        "en",
    )
    assert told(reading)[0][2] in ("", "Nurses")


def test_a_group_with_a_quality_after_it_names_no_new_actor_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Maar ouderen met gehoorproblemen of een accent worden vaak niet verstaan.",
        ("Voetgangers", "Buschauffeurs"),
        "nl",
    )
    assert told(reading)[0][2] == ""
