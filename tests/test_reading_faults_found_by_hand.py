"""Reading faults found by trying the assistant by hand (Dutch and English; sentences written
for these tests): a check proposed with a hedge is a measure, not a worry; the team of a
colleague who passes something on is no actor; a log of what people do is design; an
abbreviation finds the actor named in full and the other way round; "add: X" after a pick
keeps X as a measure; a numbered list of measures where values are asked gives options; "ze"
or "they" after a clause that names people as its object takes those people up."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Actor, Step
from assistant.method.reading.mentions import abbreviated_actor
from assistant.method.reading.option_kind_scores import option_kind
from assistant.method.reading.reader import Reader
from assistant.method.reading.sentence_kinds import has_direction

NL = ("Aanvragers", "Consulenten")
EN = ("Applicants", "Caseworkers")


def _read(reader: Reader, text: str, language: str, step: Step = Step.EFFECTS):  # type: ignore[no-untyped-def]
    people = NL if language == "nl" else EN
    session = reading_session(step, language, "Een rekenmodel voor toeslagen", people)
    return reader.read(text, session)


@pytest.mark.parametrize("word", ["controleur", "inspecteur", "controleurs"])
def test_a_direction_word_that_only_starts_a_word_for_a_person_gives_no_direction(
    word: str,
) -> None:
    assert not has_direction(f"Een {word} zou eerst kunnen meekijken.")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Misschien kan de controle van elk dossier eerst handmatig gebeuren.", "nl"),
        ("Misschien kan een controleur eerst alle signalen doorlopen.", "nl"),
        ("Maybe the check could be done by hand for every file first.", "en"),
    ],
)
def test_a_check_proposed_with_a_hedge_is_a_measure_not_a_worry(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    assert not [e for e in reading.effects if e.direction == "negative"]
    assert reading.options


@pytest.mark.parametrize(
    ("text", "language", "team"),
    [
        ("Mijn collega van de balie zegt dat aanvragers vaak bellen over de brief.", "nl",
         "balie"),
        ("A colleague from the front desk says applicants often call about the letter.", "en",
         "front desk"),
    ],
)  # fmt: skip
def test_the_team_of_a_colleague_who_passes_something_on_is_no_actor(
    reader: Reader, text: str, language: str, team: str
) -> None:
    reading = _read(reader, text, language)
    assert not [n for n in reading.actors if team in n.lower()]
    assert not [e for e in reading.effects if team in (e.actor_name or "").lower()]


@pytest.mark.parametrize(
    ("text", "language", "team"),
    [
        ("Mijn collega van de balie zei al dat ze veel meer boze bellers krijgen.", "nl",
         "balie"),
        ("A colleague from the front desk told me that they get far more angry callers.", "en",
         "front desk"),
    ],
)  # fmt: skip
def test_the_team_of_a_colleague_is_an_actor_when_what_is_told_is_about_them(
    reader: Reader, text: str, language: str, team: str
) -> None:
    reading = _read(reader, text, language)
    assert [n for n in reading.actors if team in n.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "We moeten loggen wanneer een consulent van het advies afwijkt.",
        "Loggen wanneer een consulent de uitkomst negeert.",
        "We should log every time a caseworker departs from the advice.",
        "Log whenever a caseworker sets the outcome aside.",
    ],
)
def test_a_log_of_what_people_do_is_design(text: str) -> None:
    assert option_kind(text) == "design"


def _actors(*names: str) -> list[Actor]:
    return [Actor(id=f"a{i}", name=n) for i, n in enumerate(names, start=1)]


@pytest.mark.parametrize(
    ("said", "known"),
    [
        ("de AP", "Autoriteit Persoonsgegevens"),
        ("RvS", "Raad van State"),
        ("the DPA", "Data Protection Authority"),
        ("Autoriteit Persoonsgegevens", "AP"),
        ("Data Protection Authority (DPA)", "DPA"),
    ],
)
def test_an_abbreviation_and_the_full_name_are_one_actor(said: str, known: str) -> None:
    found = abbreviated_actor(said, _actors("Aanvragers", known))
    assert found is not None and found.name == known


@pytest.mark.parametrize("said", ["de AB", "Aanvragers", "de gemeente", "Ik"])
def test_no_actor_for_letters_that_are_no_ones_initials(said: str) -> None:
    assert abbreviated_actor(said, _actors("Aanvragers", "Autoriteit Persoonsgegevens")) is None


@pytest.mark.parametrize(
    ("text", "language", "measure"),
    [
        ("Neem 1 en 3. Voeg toe: consulenten krijgen een cursus over de uitkomst.", "nl",
         "cursus"),
        ("Take 1 and 3. Add: a course for caseworkers on the outcome.", "en", "course"),
        ("Take 2. Add: applicants get a leaflet that explains the outcome.", "en", "leaflet"),
    ],
)  # fmt: skip
def test_add_with_a_colon_after_a_pick_keeps_the_measure(
    reader: Reader, text: str, language: str, measure: str
) -> None:
    reading = _read(reader, text, language, Step.OPTIONS)
    assert [o for o in reading.options if measure in o.text.lower()]
    assert not [n for n in reading.actors if measure in n.lower()]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wat ik al bedacht heb:\n1. consulent leest elk signaal na\n2. folder voor aanvragers\n"
         "3. geen woonwijk meer in het model", "nl"),
        ("Ideas I already have: 1. a caseworker reads every signal 2. applicants get a leaflet"
         " 3. the model no longer uses the neighbourhood", "en"),
    ],
)  # fmt: skip
def test_a_numbered_list_of_measures_where_values_are_asked_gives_options(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, Step.VALUES)
    assert len(reading.options) == 3
    assert not reading.effects
    assert not reading.actors
    assert not [v for v in reading.values if v.entry is None]


@pytest.mark.parametrize(
    ("text", "language", "people"),
    [
        ("Het model stuurt studenten een herinnering, ze worden daar onrustig van.", "nl",
         "studenten"),
        ("The model sends older people a reminder, they get stressed by it.", "en",
         "older people"),
    ],
)  # fmt: skip
def test_they_after_a_clause_that_names_people_as_its_object_takes_them_up(
    reader: Reader, text: str, language: str, people: str
) -> None:
    reading = _read(reader, text, language)
    taken_up = [e for e in reading.effects if e.text.lower().startswith(("ze ", "they "))]
    assert taken_up and (taken_up[0].actor_name or "").lower() == people


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("Sanne, een van onze boa's, vindt het fijn dat ze minder hoeft te typen.", "nl",
         "boa's"),
        ("Pieter, one of our rangers, is glad that he has to type less.", "en", "rangers"),
        ("Ruben, one of our harbour masters, is glad that he has to type less.", "en",
         "harbour masters"),
    ],
)  # fmt: skip
def test_one_person_told_to_be_one_of_a_group_gives_the_group(
    reader: Reader, text: str, language: str, group: str
) -> None:
    reading = _read(reader, text, language)
    assert [e for e in reading.effects if (e.actor_name or "").lower() == group]


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        ("Wijkagent Sanne vertelde dat ze nu minder hoeft te typen.", "nl", "wijkagent"),
        ("Nurse Pieter has less paperwork now.", "en", "nurse"),
    ],
)
def test_a_role_with_a_first_name_is_the_role_not_the_person(
    reader: Reader, text: str, language: str, role: str
) -> None:
    reading = _read(reader, text, language)
    assert [e for e in reading.effects if (e.actor_name or "").lower() == role]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De notulisten tikken nu alleen nog over, dat voelt als degradatie.", "nl"),
        ("The translators only proofread the output now, which feels like a demotion.", "en"),
    ],
)
def test_being_put_a_step_down_in_ones_work_is_negative(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    assert [e.direction for e in reading.effects] == ["negative"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kees, een van onze oudere jongens, kan nu een hele dienst zonder pijn werken.", "nl"),
        ("Kees, one of our older lads, can now work a whole shift without pain.", "en"),
    ],
)
def test_one_person_of_a_plain_group_of_people_gives_no_new_actor(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    names = [(e.actor_name or "").lower() for e in reading.effects] + reading.actors
    assert not [n for n in names if "jongens" in n.lower() or "lads" in n.lower()]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mantelzorgers worden ongeruster als ze alleen een scherm zien.", "nl"),
        ("Aanvragers worden onzekerder van een brief zonder uitleg.", "nl"),
    ],
)
def test_a_comparative_of_a_bad_word_stays_bad(reader: Reader, text: str, language: str) -> None:
    reading = _read(reader, text, language)
    assert [e.direction for e in reading.effects] == ["negative"]
