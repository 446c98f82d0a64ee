"""Values said in one's own words where effects or values are asked: after "I'd say" / "ik zou
zeggen", after "for me what matters is" / "voor mij zelf:", a say over what is one's own, taking
part freely, not being put to shame, understanding how it works, people rather than the tool, and
secret voting or taking part voluntarily as catalogue synonyms; not knowing is no value.
Sentences written for these tests (Dutch and English), not taken from the conversation sets."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader


def at(step: Step, language: str) -> Session:
    technology = "Een app die ritten van deelscooters registreert"
    return reading_session(step, language, technology, ("Gebruikers", "Gemeente"))


def keys(reader: Reader, text: str, step: Step, language: str) -> list[str]:
    reading = reader.read(text, at(step, language))
    return [v.entry.id if v.entry else v.name for v in reading.values]


@pytest.mark.parametrize("step", [Step.EFFECTS, Step.VALUES])
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "I'd say fairness, and that riders understand how it works",
            "en",
            ["justice", "explainability"],
        ),
        (
            "Ik zou zeggen eerlijkheid, en dat gebruikers snappen hoe het werkt",
            "nl",
            ["justice", "explainability"],
        ),
        (
            "ik zou zeggen privacy, en dat meedoen vrijwillig blijft",
            "nl",
            ["privacy", "autonomy"],
        ),
        (
            "For me what matters is that riders stay in control of their own data",
            "en",
            ["autonomy"],
        ),
        ("Voor mij zelf: dat niemand te kijk wordt gezet", "nl", ["human-dignity"]),
        ("What I'm thinking of is that nobody gets shamed in the app", "en", []),
    ],
)
def test_values_in_own_words_after_a_lead(
    reader: Reader, text: str, language: str, expected: list[str], step: Step
) -> None:
    found = keys(reader, text, step, language)
    assert all(e in found for e in expected)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "veiligheid, en dat je als gebruiker zelf iets te zeggen hebt over je eigen scooter",
            "nl",
            ["autonomy"],
        ),
        ("safety, and a say over their own data", "en", ["autonomy"]),
        (
            "privacy, en dat de medewerker zelf blijft nadenken in plaats van het systeem",
            "nl",
            ["control-over-technology"],
        ),
        (
            "privacy, and that staff decide instead of the algorithm",
            "en",
            ["control-over-technology"],
        ),
        ("stemgeheim en zorgvuldigheid", "nl", ["privacy", "due-care"]),
        ("secret ballot and voluntariness", "en", ["privacy", "autonomy"]),
    ],
)
def test_values_in_everyday_words_and_synonyms(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert all(e in keys(reader, text, Step.VALUES, language) for e in expected)


@pytest.mark.parametrize(("text", "language"), [("idk", "en"), ("geen idee", "nl")])
def test_not_knowing_is_no_value(reader: Reader, text: str, language: str) -> None:
    assert keys(reader, text, Step.VALUES, language) == []


def test_a_value_of_ones_own_after_i_would_say_is_kept(reader: Reader) -> None:
    text = "I'd say the interest of the child, human contact and transparency"
    found = keys(reader, text, Step.VALUES, "en")
    assert "transparency" in found and "human-contact" in found


def test_a_lead_of_ones_own_words_names_no_effect(reader: Reader) -> None:
    text = "For me what matters is that riders stay in charge of their own data"
    reading = reader.read(text, at(Step.EFFECTS, "en"))
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("veiligheid, privacy, en dat bewoners zelf kunnen kiezen", "nl"),
        ("safety, privacy, and that residents can choose for themselves", "en"),
    ],
)
def test_values_said_late_where_options_are_asked(reader: Reader, text: str, language: str) -> None:
    reading = reader.read(text, at(Step.OPTIONS, language))
    assert "autonomy" in [v.entry.id for v in reading.values if v.entry]
    assert reading.options == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("privacy-instellingen standaard uit, en een helpdesk voor vragen", "nl"),
        ("privacy settings off by default, and a helpdesk for questions", "en"),
    ],
)
def test_measures_where_options_are_asked_stay_options(
    reader: Reader, text: str, language: str
) -> None:
    assert reader.read(text, at(Step.OPTIONS, language)).values == []
