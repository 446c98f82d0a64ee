"""The reader on someone added to the actors with what follows about them in the same sentence
("de buren horen er ook bij, want ...", "the works council must be added, they worry ..."): the
name is an actor and the rest an effect about it (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "who", "words"),
    [
        ("O ja, de mantelzorgers horen er ook bij, want zij moeten de app uitleggen.", "nl",
         "Mantelzorgers", "de app uitleggen"),
        ("De huisartsen moeten er ook bij, ze krijgen meer vragen.", "nl", "Huisartsen",
         "meer vragen"),
        ("Also the works council must be added, they fear for the jobs of the staff.", "en",
         "Works council", "jobs of the staff"),
        ("Oh, the carers should be included too, because they have to explain the app.", "en",
         "Carers", "explain the app"),
    ],
)  # fmt: skip
def test_someone_added_with_a_reason_is_an_actor_with_that_effect(
    reader: Reader, text: str, language: str, who: str, words: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een zorgapp", ("Patiënten",))
    reading = reader.read(text, session)
    assert reading.actors == [who]
    assert [(e.actor_name, words in e.text) for e in reading.effects] == [(who, True)]


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        ("De vakbond hoort er ook bij.", "nl", ["Vakbond"]),
        ("The union should be included too.", "en", ["Union"]),
    ],
)
def test_someone_added_without_more_is_only_an_actor(
    reader: Reader, text: str, language: str, who: list[str]
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een zorgapp", ("Patiënten",))
    reading = reader.read(text, session)
    assert reading.actors == who
    assert not reading.effects


def test_something_that_must_be_added_is_no_actor(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "nl", "Een zorgapp", ("Patiënten",))
    reading = reader.read("De kosten moeten er ook bij, die zijn hoog.", session)
    assert not reading.actors
