"""The people an effect is about when a phrase stands in front of them: after the verb in Dutch
("Straks krijgen de huurders een brief", "Toen ..., kregen bewoners ..."), before it in English
("Under the new rules the tenants get a letter"); not an object after a subject of its own ("we
bellen de huurders", "we call the tenants")."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.clause_subjects import fronted_people
from assistant.method.reading.reader import Reader


def _actor(reader: Reader, text: str, language: str) -> str:
    actors = ("Corporatie", "Gemeente") if language == "nl" else ("Landlord", "Council")
    technology = "een huurachterstandsmodel" if language == "nl" else "a rent arrears model"
    return told(read_in(reader, text, actors, language, technology, Step.EFFECTS))[0][2]


def test_people_after_the_verb_in_front_nl(message_reader: Reader) -> None:
    text = "Straks krijgen de huurders een dreigbrief terwijl ze niets fout deden."
    assert _actor(message_reader, text, "nl") == "Huurders"


def test_people_after_a_clause_in_front_nl(message_reader: Reader) -> None:
    text = "Toen het model vorig jaar fout zat, kregen huurders onterecht een aanmaning."
    assert _actor(message_reader, text, "nl") == "Huurders"


def test_people_after_a_phrase_in_front_en(message_reader: Reader) -> None:
    text = "Under the new rules the tenants get a warning letter they did not deserve."
    assert _actor(message_reader, text, "en") == "Tenants"


def test_an_object_after_a_subject_is_not_fronted() -> None:
    assert fronted_people("we bellen de huurders vaker op") == ""
    assert fronted_people("we call the tenants more often") == ""
    assert fronted_people("dan krijgen de huurders een brief") == "Huurders"


def test_an_object_of_a_causing_verb_is_not_fronted() -> None:
    assert fronted_people("won't this make tenants stay indoors") == ""
    assert fronted_people("the app helps tenants") == ""


def test_one_person_is_no_group_in_front() -> None:
    assert fronted_people("vorige week had een collega een huurder aan de lijn") == ""
