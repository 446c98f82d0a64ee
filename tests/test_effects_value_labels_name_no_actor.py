"""A value as the label of an effect ("En privacy: ...", "Security: ...") names no actor: the
effect is read, its label is no one; a label for people that is also a value's word
("Security: the guards ...") still names them."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _read(reader: Reader, text: str, language: str) -> list[tuple[str, str, str]]:
    actors = ("Agenten", "Tolken") if language == "nl" else ("Officers", "Interpreters")
    technology = "een vertaalapp" if language == "nl" else "a translation app"
    return told(read_in(reader, text, actors, language, technology, Step.EFFECTS))


def test_a_value_label_names_no_actor_nl(message_reader: Reader) -> None:
    found = _read(message_reader, "En privacy: de opnames gaan naar een Amerikaanse cloud.", "nl")
    assert found and all(actor.lower() != "privacy" for _, _, actor in found)


def test_a_value_label_names_no_actor_en(message_reader: Reader) -> None:
    found = _read(message_reader, "And privacy: the recordings go to a US cloud.", "en")
    assert found and all(actor.lower() != "privacy" for _, _, actor in found)


def test_a_safety_label_names_no_actor_nl(message_reader: Reader) -> None:
    found = _read(message_reader, "Veiligheid: er komen minder ongelukken.", "nl")
    assert found and all(actor.lower() != "veiligheid" for _, _, actor in found)
