"""An effect told as what happened to one person ("mevrouw Pronk kreeg ...", "a man got ...",
"Sven, 15, ...", "een oudere vrijwilliger ...") that names no actor goes to that person's group
when it is an actor, else to the public the case serves; told before any actor was named, it
goes there once the actors are known."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Actor, Step
from assistant.method.reading.effect_people import loose_group, one_person_told
from assistant.method.reading.reader import Reader


def _actor(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> str:
    technology = "een parkeerapp" if language == "nl" else "a parking app"
    reading = read_in(reader, text, actors, language, technology, Step.ACTORS)
    return told(reading)[0][2]


def _known(*names: str) -> list[Actor]:
    return [Actor(id=name, name=name) for name in names]


def test_one_person_by_title_is_the_public_nl(message_reader: Reader) -> None:
    text = "Mevrouw Pronk kreeg een naheffing van 70 euro terwijl haar vergunning gewoon gold."
    assert _actor(message_reader, text, ("Handhavers", "Bewoners"), "nl") == "Bewoners"


def test_one_person_of_a_kind_is_the_public_en(message_reader: Reader) -> None:
    text = "A man got a fine at his own front door and nobody could tell him why."
    assert _actor(message_reader, text, ("Wardens", "Residents"), "en") == "Residents"


def test_one_person_by_name_and_age_is_the_public_en(message_reader: Reader) -> None:
    text = "Take Sven, 15, who was fined twice because the scanner misread his bike lane."
    assert _actor(message_reader, text, ("Wardens", "Residents"), "en") == "Residents"


def test_one_person_of_a_known_group_is_that_group_nl(message_reader: Reader) -> None:
    text = "Een oudere vrijwilliger raakte de weg kwijt in de app en stopte ermee."
    assert _actor(message_reader, text, ("Bewoners", "Vrijwilligers"), "nl") == "Vrijwilligers"


def test_a_colleague_telling_is_no_person_of_the_story() -> None:
    assert one_person_told("een collega zei dat de app traag is") == ""
    assert one_person_told("Our colleague Ria said the app is slow") == ""


def test_a_title_without_a_name_is_no_person_of_the_story() -> None:
    assert one_person_told("mevrouw zei dat het niet werkte") == ""


def test_loose_effect_of_one_person_after_a_label_goes_to_the_public() -> None:
    text = "Een voorbeeld van vorig jaar: meneer Kok, 81, dacht dat de brief een boete was"
    found = loose_group(text, _known("Gemeente", "Inwoners"))
    assert found is not None and found.name == "Inwoners"


def test_loose_effect_of_people_in_general_goes_to_the_public() -> None:
    text = "What we hope for: people find a parking spot faster"
    found = loose_group(text, _known("Municipality", "Drivers"))
    assert found is not None and found.name == "Drivers"


def test_loose_effect_of_one_person_goes_to_no_phrase_read_as_a_name() -> None:
    found = loose_group("A woman lost her permit twice", _known("Best example", "Municipality"))
    assert found is None


def test_loose_effect_about_a_thing_goes_to_no_one() -> None:
    assert loose_group("De app is traag op oude telefoons", _known("Bewoners")) is None
