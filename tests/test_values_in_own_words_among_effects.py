"""Values said in the writer's own words, also while effects are still asked: after a stance ("voor
mij gaat het om ...", "for me: ..."), going on from a sentence of values ("en dat ..."), weighed
("... staan voor mij bovenaan"), as a list whose items start with a value, and everyday phrases
for human control, explaining and not being treated as a suspect. Remarks, denials and numbers
are no values of the user's own. Sentences written for these tests (Dutch and English), not taken
from the conversation sets."""

from __future__ import annotations

import pytest
from method_fakes import reading_session, session_at

from assistant.domain.session import Session, Step, Value
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader


def at(step: Step, language: str = "nl") -> Session:
    technology = "Een algoritme dat aanvragen voor een parkeervergunning beoordeelt"
    return reading_session(step, language, technology, ("Aanvragers", "Baliemedewerkers"))


def keys(reader: Reader, text: str, step: Step, language: str = "nl") -> list[str]:
    reading = reader.read(text, at(step, language))
    return [v.entry.id if v.entry else v.name for v in reading.values]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("voor mij gaat het om eerlijk behandeld worden", "nl", ["justice"]),
        ("voor mij: inspraak, privacy en rust op straat", "nl",
         ["participation", "privacy", "Rust op straat"]),
        ("for me: fairness, privacy and calm streets", "en",
         ["justice", "privacy", "Calm streets"]),
        ("for me it comes down to being fair to people without a car", "en", ["justice"]),
        ("Dan ga ik voor inspraak, en eerlijkheid naar de aanvragers", "nl",
         ["participation", "justice"]),
        ("Then I'd pick reliability, and keeping professional skills", "en",
         ["reliability", "craftsmanship"]),
    ],
)  # fmt: skip
def test_a_stance_names_values_while_effects_are_asked(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language))
    assert [v.entry.id if v.entry else v.name for v in reading.values] == expected
    assert not reading.effects


def test_a_sentence_that_goes_on_from_values_names_values(reader: Reader) -> None:
    nl = reader.read("Privacy natuurlijk. En dat aanvragers zelf kunnen kiezen.", at(Step.EFFECTS))
    en = reader.read("Privacy, obviously. And trust as well.",
                     at(Step.EFFECTS, "en"))  # fmt: skip
    assert [v.entry.id for v in nl.values if v.entry] == ["privacy", "autonomy"]
    assert [v.entry.id for v in en.values if v.entry] == ["privacy", "trust"]
    assert not nl.effects and not en.effects


def test_the_same_everyday_words_without_values_before_stay_an_effect(reader: Reader) -> None:
    reading = reader.read("Dat aanvragers zelf kunnen kiezen wanneer ze komen.", at(Step.EFFECTS))
    assert not reading.values


def test_values_weighed_first_are_values_while_effects_are_asked(reader: Reader) -> None:
    nl = reader.read("Ja, privacy en inspraak staan voor mij bovenaan.", at(Step.EFFECTS))
    en = reader.read("Privacy and having a say are at the top of my list.",
                     at(Step.EFFECTS, "en"))  # fmt: skip
    assert [v.entry.id for v in nl.values if v.entry] == ["privacy", "participation"]
    assert [v.entry.id for v in en.values if v.entry] == ["privacy", "participation"]


def test_a_list_of_values_each_with_what_it_concerns(reader: Reader) -> None:
    nl = keys(reader, "veiligheid op de stoep, privacy, en respect voor de bewoners", Step.VALUES)
    en = keys(reader, "safety on the pavement, privacy, and respect for the residents",
              Step.VALUES, "en")  # fmt: skip
    assert nl == ["security", "privacy", "human-dignity"]
    assert en == ["public-safety", "privacy", "human-dignity"]


def test_a_list_of_values_with_one_in_everyday_words_while_effects_are_asked(
    reader: Reader,
) -> None:
    nl = keys(reader, "privacy op de stoep, inspraak, en dat de mens aan het stuur blijft",
              Step.EFFECTS)  # fmt: skip
    en = keys(reader, "safety on the road, privacy, and keeping staff in charge",
              Step.EFFECTS, "en")  # fmt: skip
    assert nl == ["privacy", "participation", "control-over-technology"]
    assert en == ["public-safety", "privacy", "control-over-technology"]


def test_a_list_of_changes_in_values_is_no_list_of_values(reader: Reader) -> None:
    nl = reader.read("privacy neemt af, en de veiligheid wordt beter", at(Step.EFFECTS))
    en = reader.read("privacy goes down, and safety goes up", at(Step.EFFECTS, "en"))
    assert not nl.values and not en.values
    assert len(nl.effects) == 2 and len(en.effects) == 2


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("dat er altijd een mens aan het stuur blijft", "nl", "control-over-technology"),
        ("dat medewerkers het laatste woord hebben", "nl", "control-over-technology"),
        ("keeping staff in charge, not the model", "en", "control-over-technology"),
        ("dat je kunt uitleggen waarom iemand is afgewezen", "nl", "explainability"),
        ("that we can explain every refusal", "en", "explainability"),
        ("dat aanvragers niet als fraudeur worden behandeld", "nl", "human-dignity"),
        ("not treating applicants like suspects", "en", "human-dignity"),
    ],
)
def test_everyday_phrases_name_catalogue_values(
    reader: Reader, text: str, language: str, expected: str
) -> None:
    assert keys(reader, text, Step.VALUES, language) == [expected]


def test_remarks_denials_and_numbers_are_no_values_of_their_own(reader: Reader) -> None:
    assert keys(reader, "veiligheid, dat is logisch", Step.VALUES) == ["security"]
    assert keys(reader, "security, obviously, it's a city centre", Step.VALUES, "en") == [
        "security"
    ]
    assert keys(reader, "dat de mens beslist, niet het algoritme", Step.VALUES) == [
        "control-over-technology"
    ]


def test_measures_after_options_are_no_values_of_their_own(reader: Reader) -> None:
    text = "Opties: de foto's na een dag wissen. de camera's niet op tuinen richten."
    reading = reader.read(text, at(Step.VALUES))
    assert not reading.values


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("het moet eerlijk", "nl", "eerlijkheid"),
        ("being fair", "en", "fairness"),
        ("being careful with people's homes", "en", "carefulness"),
        ("gelijke kansen", "nl", "gelijke kansen"),
        ("biodiversity", "en", "biodiversity"),
        ("keeping professional skills", "en", "professional skills"),
        ("digitale vaardigheid", "nl", "digitale vaardigheid"),
    ],
)
def test_the_users_word_for_a_value_is_kept(
    reader: Reader, text: str, language: str, said: str
) -> None:
    reading = reader.read(text, at(Step.VALUES, language))
    assert [v.said.lower() for v in reading.values] == [said]


def test_a_proposed_value_chosen_in_the_users_words_takes_them(conductor: Conductor) -> None:
    nl = session_at(Step.VALUES)
    nl.values = [Value(id="v9", name="Autonomie", key="autonomy", definition="d")]
    conductor.plan(nl, "keuzevrijheid en privacy")
    en = session_at(Step.VALUES, "en")
    en.values = [Value(id="v9", name="Justice", key="justice", definition="d")]
    conductor.plan(en, "fairness and privacy")
    assert nl.value("v9").name == "Keuzevrijheid (Autonomie)"  # type: ignore[union-attr]
    assert en.value("v9").name == "Fairness (Justice)"  # type: ignore[union-attr]
