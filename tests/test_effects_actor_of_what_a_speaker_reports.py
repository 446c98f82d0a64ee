"""Whom an effect is about when someone else tells it: in a report without "that" ("judges
say children now get ...") the people what was said opens with; after a label that names one
speaker ("Privacy officer: ...", "Ria: ...") the people the clause opens with, not the speaker;
a label for a group stays the actor ("Drivers: they lose time")."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _actor(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> str:
    technology = "een roosterapp" if language == "nl" else "a scheduling app"
    reading = read_in(reader, text, actors, language, technology, Step.EFFECTS)
    return told(reading)[0][2]


def test_report_without_that_is_about_the_people_said_of_en(message_reader: Reader) -> None:
    text = "The team leaders say parents finally get the schedule a week ahead."
    assert _actor(message_reader, text, ("Team leaders", "Parents"), "en") == "Parents"


def test_report_without_that_of_no_people_stays_with_the_teller_en(
    message_reader: Reader,
) -> None:
    text = "The team leaders say it saves them a lot of phone calls."
    assert _actor(message_reader, text, ("Team leaders", "Parents"), "en") == "Team leaders"


def test_one_speaker_label_gives_way_to_the_people_of_the_clause_en(
    message_reader: Reader,
) -> None:
    text = "Union rep: parents with two jobs worry they will get the worst shifts."
    assert _actor(message_reader, text, ("Union rep", "Parents"), "en") == "Parents"


def test_one_speaker_label_gives_way_to_the_people_of_the_clause_nl(
    message_reader: Reader,
) -> None:
    text = "Vakbondsman: ouders met twee banen zijn bang dat ze de slechtste diensten krijgen."
    assert _actor(message_reader, text, ("Vakbondsman", "Ouders"), "nl") == "Ouders"


def test_group_label_stays_the_actor_nl(message_reader: Reader) -> None:
    text = "Ouders: kinderen zien hen minder vaak door de late diensten."
    assert _actor(message_reader, text, ("Ouders", "Kinderen"), "nl") == "Ouders"


def test_label_of_a_group_named_with_its_organisation_stays_the_actor_nl(
    message_reader: Reader,
) -> None:
    text = "Vertegenwoordigers van de FNV: chauffeurs krijgen vaker late diensten."
    actors = ("Vertegenwoordigers van de FNV", "Chauffeurs")
    assert _actor(message_reader, text, actors, "nl") == "Vertegenwoordigers van de FNV"


def test_label_of_one_speaker_for_a_committee_stays_the_actor_en(message_reader: Reader) -> None:
    text = "Chair, tenants' committee: elderly tenants feel filmed in the lift."
    actors = ("Chair, tenants' committee", "Elderly tenants")
    assert _actor(message_reader, text, actors, "en") == "Chair, tenants' committee"


def test_label_of_a_council_stays_the_actor_en(message_reader: Reader) -> None:
    text = "Client council: night nurses get fewer weekends off."
    actors = ("Client council", "Night nurses")
    assert _actor(message_reader, text, actors, "en") == "Client council"
