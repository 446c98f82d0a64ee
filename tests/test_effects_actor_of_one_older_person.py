"""An effect told of one older person by title or age ("mevrouw De Boer (88) zei ...", "een man
van 91 ...", "Mrs Hill, 86, told us ...") is an effect for the elderly when they are an actor;
without such an actor it stays with whom the line is about."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _actor(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> str:
    technology = "een valdetectiesensor" if language == "nl" else "a fall detection sensor"
    reading = read_in(reader, text, actors, language, technology, Step.EFFECTS)
    return told(reading)[0][2]


def test_one_older_woman_by_age_is_the_elderly_nl(message_reader: Reader) -> None:
    text = "Mevrouw De Boer (88) zei: ik voel me bespied in mijn eigen huis."
    assert _actor(message_reader, text, ("Gemeente", "Ouderen"), "nl") == "Ouderen"


def test_one_older_man_by_age_is_the_elderly_nl(message_reader: Reader) -> None:
    text = "Een man van 91 schrok zich rot van het alarm."
    assert _actor(message_reader, text, ("Gemeente", "Thuiswonende ouderen"), "nl") == (
        "Thuiswonende ouderen"
    )


def test_one_older_woman_by_age_is_the_elderly_en(message_reader: Reader) -> None:
    text = "Mrs Hill, 86, told us she feels watched in her own home."
    assert _actor(message_reader, text, ("Council", "Older residents"), "en") == "Older residents"


def test_without_an_actor_for_the_elderly_none_is_made_en(message_reader: Reader) -> None:
    text = "Mrs Hill, 86, told us she feels watched in her own home."
    assert _actor(message_reader, text, ("Council", "Nurses"), "en") != "Older residents"
