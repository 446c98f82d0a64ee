"""What the user means with a turn: move, edit, answer, or ask for a verdict (nl and en)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Step
from assistant.method.reading.intents import detect_intent


@pytest.mark.parametrize("text", ["volgende", "Verder", "next", "ga door", "Oké, volgende."])
def test_next(text: str) -> None:
    assert detect_intent(text).kind == "next"


@pytest.mark.parametrize("text", ["terug", "vorige", "back", "Go back", "terug graag"])
def test_back(text: str) -> None:
    assert detect_intent(text).kind == "back"


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("ga naar waarden", Step.VALUES),
        ("Ga naar de effecten", Step.EFFECTS),
        ("naar de handelingsopties", Step.OPTIONS),
        ("go to options", Step.OPTIONS),
        ("jump to the actors", Step.ACTORS),
        ("back to the case", Step.CASE),
        ("go to summary", Step.SUMMARY),
    ],
)
def test_goto(text: str, step: Step) -> None:
    intent = detect_intent(text)
    assert intent.kind == "goto"
    assert intent.step == step


def test_a_long_answer_mentioning_a_step_word_is_an_answer() -> None:
    text = "We willen verder met de effecten voor inwoners en de waarden van de gemeente bespreken"
    assert detect_intent(text).kind == "answer"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("verwijder leverancier", "leverancier"),
        ("Verwijder 'de gemeenteraad'.", "de gemeenteraad"),
        ("haal autonomie weg", "autonomie"),
        ("remove supplier", "supplier"),
        ("delete e3", "e3"),
    ],
)
def test_remove(text: str, target: str) -> None:
    intent = detect_intent(text)
    assert intent.kind == "remove"
    assert intent.target == target


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("niet inwoners maar bewoners van de wijk", "inwoners", "bewoners van de wijk"),
        ("not residents but tenants", "residents", "tenants"),
        ("verander leverancier in softwarebedrijf", "leverancier", "softwarebedrijf"),
        ("change privacy to autonomy", "privacy", "autonomy"),
    ],
)
def test_correct(text: str, old: str, new: str) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.target, intent.replacement) == ("correct", old, new)


@pytest.mark.parametrize(
    "text",
    [
        "is dit ethisch, ja of nee?",
        "Is dit ethisch?",
        "Mag dit?",
        "mogen we dit wel doen?",
        "Is het ethisch verantwoord om dit te doen?",
        "Vind je dit onethisch?",
        "Is dit toegestaan?",
        "moeten we dit wel gebruiken?",
        "Is this ethical?",
        "is it unethical to use this",
        "Is this allowed?",
        "Should we use this?",
        "Yes or no: can we do this?",
        "Is this acceptable or not?",
        "What is your verdict?",
    ],
)
def test_verdict_requests(text: str) -> None:
    assert detect_intent(text).kind == "verdict"


@pytest.mark.parametrize(
    "text",
    [
        "Mag ik nog een actor toevoegen?",
        "inwoners voelen zich bekeken, dat is niet ethisch verantwoord als niemand het weet en ze "
        "er ook nooit voor gekozen hebben om gevolgd te worden",
        "Can I add another actor?",
    ],
)
def test_ordinary_questions_are_no_verdict_request(text: str) -> None:
    assert detect_intent(text).kind != "verdict"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("", "empty"),
        ("   \n ", "empty"),
        ("ja", "affirm"),
        ("Klopt.", "affirm"),
        ("yes", "affirm"),
        ("dat is alles", "done"),
        ("geen", "done"),
        ("none", "done"),
        ("nee", "no"),
        ("wat bedoel je met actoren?", "help"),
        ("what do you mean by values?", "help"),
        ("Wat voor weer wordt het morgen?", "offtopic"),
        ("Tell me a joke", "offtopic"),
        ("kun je een gedicht schrijven?", "offtopic"),
    ],
)
def test_other_intents(text: str, kind: str) -> None:
    assert detect_intent(text).kind == kind


def test_offtopic_words_about_the_case_are_an_answer() -> None:
    assert detect_intent("weerbericht app", {"weerbericht"}).kind == "answer"


@pytest.mark.parametrize(
    ("text", "language"),
    [("Can we continue in English?", "en"), ("kunnen we in het Nederlands verder", "nl")],
)
def test_language_switch(text: str, language: str) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.language) == ("language", language)


PARKING = {"parkeerplaatsen", "binnenstad", "prijs", "drukte", "automobilisten", "winkeliers"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Can we continue in English please? My colleague does not speak Dutch.", "en"),
        ("kunnen we in het Engels verder", "en"),
        ("English please", "en"),
        ("Engels graag", "en"),
        ("switch to Dutch", "nl"),
        ("in het Nederlands graag", "nl"),
        ("My colleague does not speak Dutch, can we use English?", "en"),
    ],
)
def test_language_switch_phrasings(text: str, language: str) -> None:
    intent = detect_intent(text, PARKING)
    assert (intent.kind, intent.language) == ("language", language)


def test_mentioning_a_language_in_an_answer_is_no_switch() -> None:
    text = "De chatbot antwoordt in het Engels en Nederlands, zodat expats hem ook kunnen gebruiken"
    assert detect_intent(text).kind == "answer"


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("wat is een actor?", Step.ACTORS),
        ("Wat zijn waarden?", Step.VALUES),
        ("what do you mean by values?", Step.VALUES),
        ("What is an effect?", Step.EFFECTS),
        ("wat moet ik hier invullen?", None),
    ],
)
def test_questions_about_the_method_are_help_with_their_topic(text: str, step: Step) -> None:
    intent = detect_intent(text, PARKING)
    assert (intent.kind, intent.step) == ("help", step)


@pytest.mark.parametrize(
    "text",
    [
        "Trouwens, wat voor weer wordt het morgen in Haarlem?",
        "Wie won gisteren de wedstrijd?",
        "Wat is de hoofdstad van Frankrijk?",
        "Hoe maak ik pannenkoeken?",
        "Do you have a good recipe for pancakes?",
        "How tall is the Eiffel tower?",
    ],
)
def test_questions_outside_the_case_are_offtopic(text: str) -> None:
    assert detect_intent(text, PARKING).kind == "offtopic"


@pytest.mark.parametrize(
    "text",
    [
        "Ook de parkeerbeheerders en mensen met een beperking.",
        "Wat kost een parkeervergunning dan voor bewoners?",
        "Wat als winkeliers bezwaar maken?",
        "Zijn ze bang dat ze gevolgd worden?",
        "What about people who cannot use the app?",
        "Wat is een parkeerapp?",
    ],
)
def test_answers_and_questions_about_the_case_are_not_offtopic(text: str) -> None:
    assert detect_intent(text, PARKING).kind == "answer"
