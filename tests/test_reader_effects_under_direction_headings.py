"""The reader on lists of effects under a heading that is only a direction label ("**Bad**",
"Nadelen:", a plain "plus" or "min" line): every bullet under it is an effect with that
direction, also one that reads like a name ("- camera images of everyone"), until the list
ends."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

SQUARE = ("Bewoners", "Marktkooplieden", "Wijkagent")
LIBRARY = ("Readers", "Librarians", "Supplier")


def read(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> Reading:
    technology = "camera's op het plein" if language == "nl" else "a book return robot"
    return read_in(reader, text, actors, language, technology, Step.EFFECTS)


def test_bullets_under_direction_headings_have_their_direction_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "**Good**\n- shorter queues at the desk\n**Bad**\n- readers pay a fine for a late scan\n"
        "- photos of everyone who returns a book\n",
        LIBRARY,
        "en",
    )
    assert [(t, d) for t, d, _a in told(reading)] == [
        ("Shorter queues at the desk", "positive"),
        ("Readers pay a fine for a late scan", "negative"),
        ("Photos of everyone who returns a book", "negative"),
    ]
    assert reading.actors == []


def test_bullets_under_direction_headings_have_their_direction_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Nadelen:\n- bewoners voelen zich bekeken\n- de beelden van iedereen op het plein\n",
        SQUARE,
        "nl",
    )
    assert [d for _t, d, _a in told(reading)] == ["negative", "negative"]
    assert reading.actors == []


def test_a_sentence_after_the_list_is_read_as_usual(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Voordelen:\n- minder zakkenrollers op de markt\nDe wijkagent voelt zich wel bekeken.",
        SQUARE,
        "nl",
    )
    assert [d for _t, d, _a in told(reading)] == ["positive", "negative"]


def test_plain_plus_and_min_lines_head_the_bullets_under_them_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "plus\n- zakkenrollers worden sneller gezien, minder diefstal\n"
        "- de wijkagent hoeft 's avonds niet meer alleen rond te lopen\n"
        "min\n- bewoners worden gefilmd zonder dat ze het weten\n"
        "- camera's verstoren de duiven op het plein\n",
        SQUARE,
        "nl",
    )
    assert [d for _t, d, _a in told(reading)] == ["positive", "positive", "negative", "negative"]
    assert reading.actors == []
