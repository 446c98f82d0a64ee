"""Words that are no party: one person by first name who said something ("mijn collega Piet van
financiën zegt ...", "my colleague Sarah said ..."), a time before a quote ("vorige week zei
...", "last week ... said"), and "anders" ("maar anders dan ik zei")."""

from __future__ import annotations

import pytest
from method_fakes import read_in

from assistant.method.reading.reader import Reader


def _names(reader: Reader, text: str, language: str) -> list[str]:
    technology = "een sensor" if language == "nl" else "a sensor"
    reading = read_in(reader, text, (), language, technology)
    return [n.lower() for n in reading.actors] + [
        (e.actor_name or "").lower() for e in reading.effects if e.actor_name
    ]


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Mijn collega Piet van financiën zegt dat het budget krap is.", "nl", "piet"),
        ("My colleague Sarah from finance says that the budget is tight.", "en", "sarah"),
        ('Vorige week zei er een op de avond: "dit wil ik niet".', "nl", "week"),
        ('Last week one of them said: "I don\'t want this".', "en", "week"),
        ("Dat is voor ouderen een drempel, maar anders dan ik zei.", "nl", "anders"),
    ],
)
def test_no_actor_in_words_said_in_passing(
    reader: Reader, text: str, language: str, word: str
) -> None:
    assert not any(word in n for n in _names(reader, text, language))
