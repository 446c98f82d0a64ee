"""Actors named as the part of a group meant, in brackets ("de bewoners (vooral ouderen en
gezinnen)", "night passengers (lots of students + women travelling alone)"); a party put on the
list in so many words, whatever word names it ("de woningbouwvereniging moet er echt bij", "the
water authority should be on the list", "include the port of Delfzijl then"); an abbreviation
with its words spelled out in brackets; a list item with a "waar"/"where" clause; people "who
want" something (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _actors(reader: Reader, text: str, language: str, step: Step = Step.ACTORS) -> list[str]:
    session = reading_session(step, language, "Een app voor de buurtbus", ("Chauffeurs",))
    return reader.read(text, session).actors


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Betrokken: de huurders (vooral ouderen, maar ook gezinnen met kinderen), de "
         "verhuurder en de wijkagent.", "nl",
         ["Huurders", "Verhuurder", "Wijkagent", "Ouderen", "Gezinnen met kinderen"]),
        ("Involved: the riders (lots of pensioners + nurses on night shifts), the bus company "
         "and the council.", "en",
         ["Riders", "Bus company", "Council", "Pensioners", "Nurses on night shifts"]),
        ("Involved: the callers (mostly neighbours who saw something), the dispatchers.", "en",
         ["Callers", "Dispatchers"]),
        ("Betrokken: de leerlingen (kinderen en de oudsten vooral), de docenten.", "nl",
         ["Leerlingen", "Docenten"]),
    ],
)  # fmt: skip
def test_parts_of_a_group_said_in_brackets_are_actors_of_their_own(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert _actors(reader, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("De woningbouwvereniging moet er echt bij, die heeft al vragen gesteld.", "nl",
         "Woningbouwvereniging"),
        ("Provinciale Staten horen op de lijst.", "nl", "Provinciale Staten"),
        ("Oh and the water authority should be on the list, they pump the polder dry.", "en",
         "Water authority"),
        ("The district judges should be in the list, they sign the orders.", "en",
         "District judges"),
        ("Also the Port Authority should be on the list, they own the quays.", "en",
         "Port Authority"),
    ],
)  # fmt: skip
def test_a_party_put_on_the_list_in_so_many_words_is_an_actor(
    reader: Reader, text: str, language: str, expected: str
) -> None:
    assert expected in _actors(reader, text, language, Step.EFFECTS)


def test_a_pronoun_or_a_thing_put_on_the_list_names_no_actor(reader: Reader) -> None:
    assert _actors(reader, "Dat hoort er ook bij.", "nl", Step.EFFECTS) == []
    assert (
        _actors(reader, "De reiskosten moeten er ook bij, die zijn hoog.", "nl", Step.EFFECTS) == []
    )
    assert _actors(reader, "It should be on the list, I think.", "en", Step.EFFECTS) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ok include the port of Delfzijl then.", "en", ["Port of Delfzijl"]),
        ("put the fishermen's union on the list too", "en", ["Fishermen's union"]),
        ("neem de buurtbewoners ook mee", "nl", ["Buurtbewoners"]),
        ("zet de notaris er ook bij", "nl", ["Notaris"]),
    ],
)  # fmt: skip
def test_include_or_put_on_the_list_adds_the_party(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert _actors(reader, text, language, Step.EFFECTS) == expected


def test_include_with_a_thing_adds_no_actor(reader: Reader) -> None:
    assert _actors(reader, "Include a manual check.", "en", Step.OPTIONS) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Betrokken zijn de consulenten, de FG (functionaris gegevensbescherming) en de "
         "leverancier.", "nl",
         ["Consulenten", "FG (functionaris gegevensbescherming)", "Leverancier"]),
        ("Involved: the clerks, the DPO (data protection officer), and the council (not the "
         "mayor).", "en", ["Clerks", "DPO (data protection officer)", "Council"]),
    ],
)  # fmt: skip
def test_an_abbreviation_keeps_the_words_it_stands_for(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert _actors(reader, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Mensen: de bewoners, hun buren, de meldkamer waar de centralisten 's nachts zitten, "
         "de huisartsen en de apotheek.", "nl",
         ["Bewoners", "Buren", "Meldkamer", "Huisartsen", "Apotheek"]),
        ("Involved: ppl who want a ride, the drivers, people who don't want the app, the "
         "garage.", "en",
         ["People who want a ride", "Drivers", "People who don't want the app", "Garage"]),
    ],
)  # fmt: skip
def test_a_list_item_with_a_clause_of_where_or_want_is_read(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert _actors(reader, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Effecten, kort en krachtig:\n+ de wachttijd is korter, dus de buschauffeurs zijn "
         "blij", "nl"),
        ("Effects, short and sweet:\n- the app is a black box for the dispatchers", "en"),
    ],
)  # fmt: skip
def test_a_heading_over_effects_names_no_actors(reader: Reader, text: str, language: str) -> None:
    assert _actors(reader, text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("De BOA's krijgen minder meldingen binnen, daar zijn ze blij mee.", "nl", "BOA's"),
        ("MPs get shorter answers, they like that.", "en", "MPs"),
    ],
)  # fmt: skip
def test_an_abbreviation_in_the_plural_names_people(
    reader: Reader, text: str, language: str, expected: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een app voor de buurtbus", ("Chauffeurs",))
    reading = reader.read(text, session)
    assert [e.actor_name for e in reading.effects][:1] == [expected]


def test_an_abbreviation_of_a_thing_in_the_plural_names_no_one(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "en", "A dashboard", ("Managers",))
    reading = reader.read("KPIs get better every month, which is nice.", session)
    assert "KPIs" not in reading.actors + [e.actor_name for e in reading.effects]


def test_a_subject_after_a_fronted_verb_is_the_actor_not_the_clause(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "nl", "Camera's bij scholen", ("Ouders",))
    text = "Daarna belde ook nog de wijkagent, die vroeg of hij de beelden mocht inzien."
    assert reader.read(text, session).actors == ["Wijkagent"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Betrokken: de huurders, de corporatie en het bedrijf dat de sensoren plaatst.", "nl",
         ["Huurders", "Corporatie", "Bedrijf dat de sensoren plaatst"]),
        ("Involved: the pupils, the teachers, and the company that makes the tablets.", "en",
         ["Pupils", "Teachers", "Company that makes the tablets"]),
    ],
)  # fmt: skip
def test_a_company_keeps_the_clause_that_says_which_one(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert _actors(reader, text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("I suppose the tenants' union, although they haven't said anything yet.", "en",
         ["Tenants' union"]),
        ("De dorpsraad denk ik, al hebben ze nog niks gezegd.", "nl", ["Dorpsraad"]),
    ],
)  # fmt: skip
def test_a_party_named_as_a_guess_with_a_concession_is_an_actor(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert _actors(reader, text, language, Step.EFFECTS) == expected


def test_a_guess_about_a_thing_names_no_actor(reader: Reader) -> None:
    text = "I suppose it gets cheaper, although nobody knows."
    assert _actors(reader, text, "en", Step.EFFECTS) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Betrokken: mensen, de gemeente, de leden en anderen.", "nl", ["Gemeente", "Leden"]),
        ("Involved: people, the council, the staff and others.", "en", ["Council", "Staff"]),
    ],
)  # fmt: skip
def test_a_word_for_anyone_alone_names_no_actor(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert _actors(reader, text, language) == expected


def test_a_command_that_names_an_actor_after_its_verb_is_a_measure(reader: Reader) -> None:
    session = reading_session(Step.OPTIONS, "en", "A testing app", ("Lab", "Drivers"))
    reading = reader.read("- pay the lab fee for students from the city budget", session)
    assert [o.text for o in reading.options] == [
        "Pay the lab fee for students from the city budget"
    ]
    assert reading.effects == []
