"""The reader on things typed the quick way, found by typing conversations by hand: a list of
actors after a label with its items between semicolons, "esp"/"m.n." in front of a subgroup, a
direction label with a dash ("bad - ...", "negative -- ..."), and at the values step a word in
lower case that names no people ("schoonheid ook wel") is a value of the speaker's own, not an
actor (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "step", "expected"),
    [
        ("people involved: tenants; the caretakers who check the boilers; and the IT team that "
         "runs it", "en", Step.CASE, ["Tenants", "Caretakers who check the boilers",
                                       "IT team that runs it"]),
        ("betrokkenen: huurders; de opzichters die de ketels nakijken; en het ICT-team dat het "
         "beheert", "nl", Step.ACTORS, ["Huurders", "Opzichters die de ketels nakijken",
                                        "ICT-team dat het beheert"]),
    ],
)  # fmt: skip
def test_a_list_of_actors_between_semicolons_after_a_label_is_one_list(
    reader: Reader, text: str, language: str, step: Step, expected: list[str]
) -> None:
    session = reading_session(step, language, "Sensoren in de cv-ketels")
    assert reader.read(text, session).actors == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("pupils, esp. those with dyslexia, and teachers", "en",
         ["Pupils", "Those with dyslexia", "Teachers"]),
        ("leerlingen, m.n. brugklassers met dyslexie, en docenten", "nl",
         ["Leerlingen", "Brugklassers met dyslexie", "Docenten"]),
        ("leerlingen, vnl. brugklassers, en docenten", "nl",
         ["Leerlingen", "Brugklassers", "Docenten"]),
    ],
)  # fmt: skip
def test_especially_in_front_of_a_subgroup_is_no_part_of_its_name(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    session = reading_session(Step.ACTORS, language, "Voorleessoftware op school")
    assert reader.read(text, session).actors == expected


@pytest.mark.parametrize(
    ("text", "language", "direction", "effect"),
    [
        ("bad - pupils feel watched while reading", "en", "negative",
         "Pupils feel watched while reading"),
        ("negative -- teachers lose an hour a week", "en", "negative",
         "Teachers lose an hour a week"),
        ("cons - more forms for the teachers", "en", "negative", "More forms for the teachers"),
        ("nadeel -- leerlingen voelen zich bekeken", "nl", "negative",
         "Leerlingen voelen zich bekeken"),
    ],
)  # fmt: skip
def test_a_direction_label_with_a_dash_gives_its_direction_and_is_no_part_of_the_effect(
    reader: Reader, text: str, language: str, direction: str, effect: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Voorleessoftware op school",
                              actors=("Pupils", "Teachers") if language == "en"
                              else ("Leerlingen", "Docenten"))  # fmt: skip
    effects = reader.read(text, session).effects
    assert [(e.text, e.direction) for e in effects] == [(effect, direction)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("schoonheid van de wijk ook wel", "nl", "Schoonheid"),
        ("rust in de straat ook", "nl", "Rust in de straat"),
        ("beauty of the area too", "en", "Beauty of the area"),
    ],
)
def test_a_thing_typed_in_lower_case_among_values_is_a_value_of_ones_own(
    reader: Reader, text: str, language: str, value: str
) -> None:
    session = reading_session(Step.VALUES, language, "Camera's bij de containers",
                              actors=("Bewoners",))  # fmt: skip
    reading = reader.read(text, session)
    assert reading.actors == []
    assert [v.name for v in reading.values] == [value]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [("de buren ook wel", "nl", "Buren"), ("Circulus ook", "nl", "Circulus"),
     ("the neighbours too", "en", "Neighbours")],
)  # fmt: skip
def test_people_and_proper_names_among_values_stay_actors(
    reader: Reader, text: str, language: str, actor: str
) -> None:
    session = reading_session(Step.VALUES, language, "Camera's bij de containers",
                              actors=("Bewoners",))  # fmt: skip
    assert reader.read(text, session).actors == [actor]
