"""A question word in front of a short label before a colon opens a statement, no question
("Wat goed ging: de wachtrij is weg", "What happened: the costs dropped"), and so does a Dutch
"wie" that opens the people of a clause ("wie geen pas heeft telt niet mee"): the effects told
there are effects, not questions; a sentence with a question mark, or a question word that
asks without a label, still asks (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import CLINIC, LIBRARY, read_in, told
from method_fakes import read_effects as read

from assistant.domain.session import Step
from assistant.method.reading.questions import is_question
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Wat goed ging: de wachtrij bij de balie is verdwenen", False),
        ("Wat minder ging: bezoekers met haast vinden pas na een week een plek", False),
        ("En wat het oplevert: medewerkers hoeven minder te tellen", False),
        ("Hoe het vorig jaar ging: veertig procent minder meldingen", False),
        ("Wat vind jij: moeten bezoekers eerst een brief krijgen?", True),
        ("wat kunnen we doen", True),
        ("wat zijn de waarden hier", True),
    ],
)
def test_labelled_statement_nl(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("What happened: the waiting list at the desk is gone", False),
        ("What went less well: patients in a hurry wait a week for a slot", False),
        ("And how it went last year: forty percent fewer complaints", False),
        ("What do you think: should patients get a letter first?", True),
        ("what can we do", True),
        ("how does the app decide who goes first", True),
    ],
)
def test_labelled_statement_en(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("en wie geen bibliotheekpas heeft telt niet mee", False),
        ("Maar wie niet digitaal is, voelt zich buitengesloten", False),
        ("wie te laat terugbrengt krijgt meteen een boete", False),
        ("wie zijn hier eigenlijk de actoren", True),
        ("wie heeft er geen pas", True),
        ("wie niet?", True),
    ],
)
def test_people_of_a_clause_after_wie_nl(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("whoever has no library card gets a paper receipt", False),
        ("who has no library card", True),
        ("who else is involved here", True),
    ],
)
def test_people_of_a_clause_en(text: str, asks: bool) -> None:
    assert is_question(text) is asks


def test_effect_after_a_question_word_label_is_read_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Wat goed ging: medewerkers hoeven 's avonds niet meer alle boeken te tellen",
        LIBRARY,
        "nl",
    )
    assert [(t[1], t[2]) for t in told(reading)] == [("positive", "Medewerkers")]


def test_effect_after_a_question_word_label_is_read_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "What happened: doctors no longer have to retype every triage note",
        CLINIC,
        "en",
    )
    assert [(t[1], t[2]) for t in told(reading)] == [("positive", "Doctors")]


def test_worry_asked_with_a_label_stays_a_question_en(message_reader: Reader) -> None:
    reading = read(message_reader, "What about privacy: is it safe?", CLINIC, "en")
    assert not any("privacy" in t[0].lower() and t[1] == "positive" for t in told(reading))


def test_effect_after_a_label_is_read_where_actors_are_asked_nl(message_reader: Reader) -> None:
    text = (
        "Medewerkers hoeven veel minder te tellen. "
        "Wat minder ging: bezoekers met haast wachten nu drie weken op een plek bij de balie."
    )
    reading = read_in(message_reader, text, LIBRARY, "nl", "een zelfscankassa", Step.ACTORS)
    assert any(t[0].startswith("Bezoekers met haast") for t in told(reading))


def test_effect_after_a_label_is_read_where_actors_are_asked_en(message_reader: Reader) -> None:
    text = (
        "Doctors spend far less time on retyping notes. "
        "What happened: printing and postage costs dropped by about half last year."
    )
    reading = read_in(message_reader, text, CLINIC, "en", "a triage app", Step.ACTORS)
    assert ("Printing and postage costs dropped by about half last year", "positive", "") in told(
        reading
    )


def test_effect_on_the_people_of_a_wie_clause_is_read_nl(message_reader: Reader) -> None:
    reading = read(message_reader, "MAAR wie geen pas heeft, voelt zich tweederangs", LIBRARY, "nl")
    assert told(reading) == [("Wie geen pas heeft, voelt zich tweederangs", "negative", "")]


def test_effect_on_the_people_of_a_whoever_clause_is_read_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "but whoever has no phone feels shut out of the triage", CLINIC, "en"
    )
    assert [t[1] for t in told(reading)] == ["negative"]


def test_a_wie_question_is_no_effect_nl(message_reader: Reader) -> None:
    reading = read(message_reader, "wie heeft er eigenlijk geen pas?", LIBRARY, "nl")
    assert told(reading) == []
