"""The reader on actors named in passing: a list after "so far I have:" / "ik heb nu:" behind a
question, the speaker's own team in brackets ("us (the wijkteam)"), an effect after "vergeten:"
whose subject joins two groups ("laaggeletterden en anderstaligen ..."), each an actor, and
groups named by a trait ("refugees", "daklozen") (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Anyone missing? So far I have: the tenants, us (the housing team), the caretakers "
         "and the landlord.", "en", ["Tenants", "Housing team", "Caretakers", "Landlord"]),
        ("Mis ik nog iemand? Ik heb nu: de huurders, wij (de afdeling wonen), de conciërges "
         "en de verhuurder eigenlijk ook haha.", "nl",
         ["Huurders", "Afdeling wonen", "Conciërges", "Verhuurder"]),
    ],
)  # fmt: skip
def test_a_list_after_so_far_i_have_behind_a_question_gives_actors(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, reading_session(Step.EFFECTS, language, "Vochtsensoren"))
    assert reading.actors == expected
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language", "expected", "first"),
    [
        ("Huurders en conciërges krijgen minder slaap omdat de sensor piept.", "nl",
         ["Huurders", "Conciërges"], "Huurders"),
        ("o ja vergeten: daklozen en nieuwkomers hebben er weinig aan want de formulieren zijn "
         "alleen online.", "nl", ["Daklozen", "Nieuwkomers"], "Daklozen"),
        ("Oh forgot to mention: refugees and homeless people lose out because the forms are "
         "online only.", "en", ["Refugees", "Homeless people"], "Refugees"),
    ],
)  # fmt: skip
def test_an_effect_whose_subject_joins_two_groups_names_both_as_actors(
    reader: Reader, text: str, language: str, expected: list[str], first: str
) -> None:
    reading = reader.read(text, reading_session(Step.EFFECTS, language, "Vochtsensoren"))
    assert reading.actors == expected
    assert [e.actor_name for e in reading.effects] == [first]
    assert not any("vergeten" in a.lower() or "forgot" in a.lower() for a in reading.actors)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Wie er meedoen: de bewoners zelf, de huismeester en de leverancier, een bedrijf uit "
         "Zwolle.", "nl", ["Bewoners", "Huismeester", "Leverancier"]),
        ("Who is in it: the tenants, the caretaker and the vendor, a small firm from Delft.",
         "en", ["Tenants", "Caretaker", "Vendor"]),
    ],
)  # fmt: skip
def test_a_who_label_and_a_description_after_the_last_name(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, reading_session(Step.ACTORS, language, "Vochtsensoren"))
    assert reading.actors == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Maar de sensoren registreren natuurlijk ook bezoekers en schoonmakers die langskomen.",
         "nl", ["Bezoekers", "Schoonmakers"]),
        ("And the cameras also film cyclists and the parked cars across the street.", "en",
         ["Cyclists"]),
    ],
)  # fmt: skip
def test_people_the_technology_catches_are_actors(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    session = reading_session(Step.EFFECTS, language, "Camera's", ("Huurders",))
    reading = reader.read(text, session)
    assert reading.actors == expected
    assert reading.effects


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("De sensoren hangen in de gangen. Bezoekers en schoonmakers worden ook geteld, al "
         "weten ze dat niet.", "nl", ["Bezoekers", "Schoonmakers"]),
        ("The sensors hang in the corridors. They also pick up visitors and cleaners.", "en",
         ["Visitors", "Cleaners"]),
    ],
)  # fmt: skip
def test_people_named_in_the_case_are_actors(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    session = reading_session(Step.CASE, language, "Telsensoren in het stadhuis")
    reading = reader.read(text, session)
    assert [*reading.actors, *reading.users] == expected  # both are recorded as actors


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En de scanner ziet allerlei persoonlijke spullen, zoals foto's van kinderkamers.",
         "nl"),
        ("The scanner also picks up personal papers and photos of bedrooms.", "en"),
    ],
)  # fmt: skip
def test_things_the_technology_catches_are_no_actors(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Scanner", ("Huurders",))
    assert reader.read(text, session).actors == []


def test_a_sentence_after_an_added_name_that_starts_with_a_pronoun_is_no_name(
    reader: Reader,
) -> None:
    text = "Hmm, the caretakers too. They're usually the ones who call someone first."
    reading = reader.read(text, reading_session(Step.ACTORS, "en", "Vochtsensoren", ("Tenants",)))
    assert reading.actors == ["Caretakers"]
