"""The reader on values named in everyday words where values are asked ("dat niemand gevolgd
wordt", "het moet eerlijk", "transparanter", "that people decide for themselves"), and the same
words in an effect, which stay an effect (Dutch and English; sentences written for these tests,
not taken from the scenarios or the conversation sets)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader


def at(step: Step, language: str = "nl") -> Session:
    technology = "Een app die de wachttijd bij de huisartsenpost voorspelt"
    return reading_session(step, language, technology, ("Patiënten", "Doktersassistenten"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("dat patiënten niet gevolgd worden", "nl", ["privacy"]),
        ("het moet eerlijk blijven", "nl", ["justice"]),
        ("transparanter en betrouwbaarder", "nl", ["transparency", "reliability"]),
        ("dat patiënten zelf kunnen beslissen", "nl", ["autonomy"]),
        ("gezondheid, en dat niemand buiten de boot valt", "nl", ["health", "inclusion"]),
        ("dat de gegevens veilig zijn", "nl", ["security"]),
        ("that patients are never tracked", "en", ["privacy"]),
        ("it has to stay fair", "en", ["justice"]),
        ("more transparent and more reliable", "en", ["transparency", "reliability"]),
        ("that patients decide for themselves", "en", ["autonomy"]),
        ("being honest about what the app can do", "en", ["transparency"]),
    ],
)
def test_values_in_everyday_words_name_catalogue_values(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert [v.name for v in reading.values] == expected
    assert not reading.effects and not reading.options and not reading.actors


def test_a_value_of_the_users_own_stays_their_own(reader: Reader) -> None:
    reading = reader.read("rust in de wachtkamer", at(Step.VALUES))
    assert [v.name for v in reading.values] == ["Rust in de wachtkamer"]


def test_a_name_of_the_users_own_around_an_everyday_word_stays_their_own(reader: Reader) -> None:
    nl = reader.read("eerlijke triage en privacy", at(Step.VALUES))
    en = reader.read("fair triage, and privacy", at(Step.VALUES, "en"))
    assert [v.name for v in nl.values] == ["Eerlijke triage", "privacy"]
    assert [v.name for v in en.values] == ["Fair triage", "privacy"]


def test_everyday_value_words_in_an_effect_keep_it_an_effect(reader: Reader) -> None:
    nl = reader.read("patiënten voelen zich veiliger omdat ze weten hoe lang het duurt",
                     at(Step.EFFECTS))  # fmt: skip
    en = reader.read("patients find the waiting fairer", at(Step.EFFECTS, "en"))
    for reading in (nl, en):
        assert len(reading.effects) == 1 and not reading.values
