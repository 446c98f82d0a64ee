"""What went wrong when civil servants typed into the browser, seventh round (sentences written
for these tests): a greeting in front of "ik plak even de mail ..." left the lead glued to the
case; the reply quoted what it left out with escaped letters ("cli\\u00ebnten"); a group named
with a word of quantity ("sommige cliënten") kept that word in its name; a subgroup named in the
same list as its group ("teachers, the remedial teachers") was taken for the group; an effect of
listening in or recordings proposed no privacy."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader
from assistant.method.suggestions import ValueSuggester

MAIL = (
    "{greeting}, ik plak even de mail van de teamleider, daar staat het in:\n\n"
    "Van: Ria Smit\nOnderwerp: proef met slimme deurbellen\n\n"
    "Vanaf mei hangen we bij tien cliënten een deurbel met camera die de wijkzorg laat zien wie "
    "er aanbelt.\nGroet, Ria"
)


@pytest.mark.parametrize("greeting", ["Hoi", "Goedemorgen", "hi"])
def test_a_greeting_before_a_paste_lead_leaves_the_case_to_the_pasted_text(
    reader: Reader, greeting: str
) -> None:
    reading = reader.read(MAIL.format(greeting=greeting), Session(language="nl"))
    assert reading.case["technology"].lower().startswith("vanaf mei hangen we")
    assert any("plak even de mail" in item for item in reading.ignored)


def test_what_was_left_out_is_quoted_with_its_own_letters(conductor: Conductor) -> None:
    session = Session(language="nl")
    plan = conductor.plan(session, MAIL.format(greeting="Hoi") + "\nGroet, Ria Smit-Çelik")
    text = plan.draft.text
    assert "Niet meegenomen" in text and "\\u" not in text
    assert '"Van: Ria Smit"' in text


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [("Sommige cliënten vinden het eng dat er een camera hangt", "nl", "Cliënten"),
     ("Enkele ouders vinden de app lastig", "nl", "Ouders"),
     ("Some parents find the app hard to use", "en", "Parents")],
)  # fmt: skip
def test_a_group_is_named_without_a_word_of_quantity(
    conductor: Conductor, text: str, language: str, name: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "een deurbel met camera", ("Wijkzorg",))
    conductor.plan(session, text)
    assert name in [a.name for a in session.actors]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [("involved: pupils, teachers, the remedial teachers, the vendor", "en",
      ["Pupils", "Teachers", "Remedial teachers", "Vendor"]),
     ("betrokken: leerlingen, leraren, de intern begeleiders en de invalleraren", "nl",
      ["Leerlingen", "Leraren", "Intern begeleiders", "Invalleraren"])],
)  # fmt: skip
def test_a_subgroup_named_beside_its_group_is_an_actor_of_its_own(
    conductor: Conductor, text: str, language: str, names: list[str]
) -> None:
    session = reading_session(Step.ACTORS, language, "a reading tool")
    conductor.plan(session, text)
    assert [a.name for a in session.actors] == names


def test_the_same_group_twice_in_a_list_is_one_actor(conductor: Conductor) -> None:
    session = reading_session(Step.ACTORS, "en", "a reading tool")
    conductor.plan(session, "involved: teachers, parents and the teachers again")
    assert [a.name for a in session.actors].count("Teachers") == 1


@pytest.mark.parametrize(
    ("effect", "language"),
    [("Cliënten vinden het eng dat de app meeluistert tijdens het bezoek", "nl"),
     ("Residents don't like that the recordings are kept for a month", "en")],
)  # fmt: skip
def test_listening_in_and_recordings_propose_privacy(
    value_suggester: ValueSuggester, effect: str, language: str
) -> None:
    found = value_suggester.suggest([effect], 3)
    assert "privacy" in [s.entry.id for s in found]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [("and add the municipality, they pay for extra support", "en", "Municipality"),
     ("voeg de gemeente nog toe, die betaalt de extra begeleiding", "nl", "Gemeente")],
)  # fmt: skip
def test_a_party_added_with_a_reason_is_an_actor_not_a_measure(
    reader: Reader, text: str, language: str, name: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "een leesapp", ("Leerlingen",))
    reading = reader.read(text, session)
    assert reading.actors == [name] and reading.options == [] and reading.effects == []


def test_a_thing_added_with_what_it_does_is_still_a_measure(reader: Reader) -> None:
    session = reading_session(Step.OPTIONS, "nl", "een leesapp", ("Leerlingen",))
    reading = reader.read("voeg een knop toe, die de melding stopt", session)
    assert reading.actors == [] and len(reading.options) == 1
