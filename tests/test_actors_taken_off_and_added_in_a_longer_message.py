"""Actors taken off or added in a part of a longer message ("X isn't an actor for us, drop them.
But add Y: ...", "schrap X, die ... Wel erbij: Y", "X mag eruit. Y hoort er wel bij"): the
known actor goes, the new one comes, and neither part is an effect."""

from __future__ import annotations

from typing import Any

from method_fakes import converse, read_in, told

from assistant.domain.session import Actor, Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.changes import Changes, Tools
from assistant.method.reading.actor_edits import actor_edits
from assistant.method.reading.reader import Reader
from assistant.method.recording import plural_of, record
from assistant.paths import PROJECT_ROOT

GARAGE = ("Drivers", "Parking attendants", "City archive", "Shop owners")
GARAGE_NL = ("Automobilisten", "Parkeerwachters", "Stadsarchief", "Winkeliers")


def test_a_known_actor_is_taken_off_in_a_part_en(message_reader: Reader) -> None:
    text = (
        "Correction: the city archive isn't an actor for us, drop them. But add the cyclists: "
        "they lose their racks at the entrance."
    )
    reading = read_in(message_reader, text, GARAGE, "en", "parking cameras")
    assert reading.removed_actors == ["City archive"]
    assert "Cyclists" in reading.actors
    assert all("archive" not in effect.lower() for effect, _, _ in told(reading))


def test_scratch_and_add_instead_en(message_reader: Reader) -> None:
    text = "scratch the shop owners, they're not really involved. Add the fire brigade instead"
    reading = read_in(message_reader, text, GARAGE, "en", "parking cameras")
    assert reading.removed_actors == ["Shop owners"]
    assert [a.lower() for a in reading.actors] == ["fire brigade"]
    assert told(reading) == []


def test_please_add_after_a_correction_en(message_reader: Reader) -> None:
    reading = read_in(message_reader, "Please add the cleaners.", GARAGE, "en", "parking cameras")
    assert reading.actors == ["Cleaners"]
    assert told(reading) == []


def test_a_known_actor_is_taken_off_in_a_part_nl(message_reader: Reader) -> None:
    text = (
        "Correctie: het stadsarchief is geen actor, dat was gewoon een idee van mij. Wel de "
        "fietsers en de OR toevoegen."
    )
    reading = read_in(message_reader, text, GARAGE_NL, "nl", "parkeercamera's")
    assert reading.removed_actors == ["Stadsarchief"]
    assert reading.actors == ["Fietsers", "OR"]
    assert told(reading) == []


def test_out_and_in_after_a_rename_nl(message_reader: Reader) -> None:
    text = (
        "Correctie: niet de parkeerwachters maar de handhavers, en de winkeliers mogen eruit, "
        "dat zijn geen betrokkenen. De brandweer hoort er wel bij."
    )
    reading = read_in(message_reader, text, GARAGE_NL, "nl", "parkeercamera's")
    assert reading.intent is not None and reading.intent.kind == "correct"
    assert reading.intent.replacement == "de handhavers"
    assert reading.removed_actors == ["Winkeliers"]
    assert reading.actors == ["Brandweer"]


def test_strike_and_a_label_that_adds_nl() -> None:
    known = [Actor(id=n, name=n) for n in GARAGE_NL]
    text = (
        "schrap de winkeliers, die merken er niks van. En het stadsarchief is geen aparte partij. "
        "Wel erbij: de taxichauffeurs, die staan er elke nacht."
    )
    edits = actor_edits(text, known)
    assert edits.removed == ["Winkeliers", "Stadsarchief"]
    assert edits.added == ["Taxichauffeurs"]


def test_no_edit_without_a_known_actor_or_people() -> None:
    known = [Actor(id=n, name=n) for n in GARAGE]
    for text in (
        "Drivers are not happy with it.",
        "The cameras should go.",
        "Add a sign at the entrance.",
        "voeg een bord toe bij de ingang",
    ):
        edits = actor_edits(text, known)
        assert edits.removed == [] and edits.added == [], text


def test_the_actor_taken_off_leaves_the_session() -> None:
    catalogue = Catalogue(PROJECT_ROOT / "corpus")
    session = Session(language="en")
    session.step = Step.EFFECTS
    session.actors = [Actor(id=f"a{i}", name=n) for i, n in enumerate(GARAGE)]
    reading = Reader(catalogue).read("The city archive isn't an actor, drop them.", session)
    changes = Changes()
    record(Tools(catalogue, None, None, 6), session, reading, changes)  # type: ignore[arg-type]
    assert [a.name for a in session.actors] == ["Drivers", "Parking attendants", "Shop owners"]
    assert changes.removed == ["City archive"]


def test_a_group_named_after_one_of_them_takes_the_plural() -> None:
    assert plural_of("advocaten", "Advocaat")
    assert plural_of("the lawyers", "Lawyer")
    assert not plural_of("Lawyer", "Lawyers")
    assert not plural_of("leerlingenraad", "Leerlingen")


GARAGE_CASE_EN = (
    "A municipality puts cameras in a parking garage that read number plates. Actors: drivers, "
    "parking attendants, {} and the city archive."
)
GARAGE_CASE_NL = (
    "De gemeente hangt camera's in een parkeergarage die kentekens lezen. Actoren: "
    "automobilisten, parkeerwachters, {} en het stadsarchief."
)


def _actors_after(conductor: Any, language: str, case: str, correction: str) -> list[str]:
    return [a.name for a in converse(conductor, language, [case, correction]).actors]


def test_not_x_but_y_on_the_list_renames_x_en(conductor: Any) -> None:
    case = GARAGE_CASE_EN.format("shop owners")
    said = (
        "Correction: not the shop owners, they have nothing to do with it; but the "
        "cycling club should be on the list."
    )
    assert _actors_after(conductor, "en", case, said) == [
        "Drivers", "Parking attendants", "Cycling club", "City archive"
    ]  # fmt: skip


def test_not_x_but_y_on_the_list_renames_x_nl(conductor: Any) -> None:
    case = GARAGE_CASE_NL.format("winkeliers")
    said = (
        "Correctie: niet de winkeliers, die hebben er niets mee te maken; maar de "
        "fietsersbond hoort wel op de lijst."
    )
    assert _actors_after(conductor, "nl", case, said) == [
        "Automobilisten", "Parkeerwachters", "Fietsersbond", "Stadsarchief"
    ]  # fmt: skip


def test_not_x_by_part_of_its_name_but_y_on_the_list_en(conductor: Any) -> None:
    case = GARAGE_CASE_EN.format("the deputy for mobility")
    said = (
        "Correction: not the deputy, she is not involved in any of this; but the cycling "
        "club should be on the list."
    )
    assert _actors_after(conductor, "en", case, said) == [
        "Drivers", "Parking attendants", "City archive", "Cycling club"
    ]  # fmt: skip


def test_not_x_by_part_of_its_name_but_y_on_the_list_nl(conductor: Any) -> None:
    case = GARAGE_CASE_NL.format("de wethouder mobiliteit")
    said = (
        "Correctie: niet de wethouder, die is hier niet bij betrokken; maar de "
        "fietsersbond hoort wel op de lijst."
    )
    assert _actors_after(conductor, "nl", case, said) == [
        "Automobilisten", "Parkeerwachters", "Stadsarchief", "Fietsersbond"
    ]  # fmt: skip
