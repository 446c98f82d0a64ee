"""The reader on actors in pasted minutes and long stories: a lead-in with a word before
"involved" ("Others involved:", "Andere betrokkenen:", "ik heb zelf:"), the organisations on a
line of attendees (not the first names), names in brackets kept with their list item, lines of a
pasted document that are no list of names (action points, dates, labels, clauses), and a group
label with a colon once the case is told (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.actor_lists import name_like, names_present, unled_names
from assistant.method.reading.reader import Reader

CASE = "Een app die parkeerplekken toewijst"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Others involved: the harbour master, the ferry crews, and the families of the "
         "passengers, who phoned us a lot.", "en",
         ["Harbour master", "Ferry crews", "Families of the passengers"]),
        ("Andere betrokkenen: de marktkooplui, de marktmeester en de buurtbewoners.", "nl",
         ["Marktkooplui", "Marktmeester", "Buurtbewoners"]),
        ("Wie horen er nog bij? Ik heb zelf: de huurders, de conciërges en de verhuurder.", "nl",
         ["Huurders", "Conciërges", "Verhuurder"]),
        ("Also affected: the cleaners, the night porters and the tenants' association (HBV, "
         "VvE).", "en", ["Cleaners", "Night porters", "Tenants' association"]),
    ],
)  # fmt: skip
def test_names_after_a_lead_with_a_word_before_involved(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, reading_session(Step.EFFECTS, language, CASE))
    assert reading.actors == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Aanwezig: Joke (voorzitter), gemeente Zwolle (Pieter), de GGD, Henk (notulist)",
         ["Gemeente Zwolle", "GGD"]),
        ("Present: Sandra (chair), the fire brigade, Tom (IT), the residents' council",
         ["Fire brigade", "Residents' council"]),
        ("Attendees: Sandra (chair), Tom (IT), Priya (legal)", []),
        ("Bewoners klagen over de app", []),
    ],
)  # fmt: skip
def test_organisations_on_a_line_of_attendees_first_names_left_out(
    line: str, expected: list[str]
) -> None:
    assert names_present(line) == expected


def test_attendees_of_pasted_minutes_are_read_as_actors(reader: Reader) -> None:
    text = (
        "Hieronder de notulen van ons overleg.\n\n"
        "Notulen overleg parkeerapp\n"
        "Aanwezig: Joke (voorzitter), gemeente Zwolle (Pieter), de GGD, Henk (notulist)\n"
        "- Henk: de app wijst plekken toe op volgorde van aanvraag.\n"
    )
    reading = reader.read(text, reading_session(Step.CASE, "nl", CASE))
    assert "Gemeente Zwolle" in reading.actors and "GGD" in reading.actors
    assert not any(a.startswith(("Joke", "Henk", "Pieter")) for a in reading.actors)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Actie Karin: offerte voor de sensoren opvragen voor 2025.", "nl"),
        ("Volgend overleg 12 mei, koffie verzorgd door de gemeente.", "nl"),
        ("Outcome: two streets closed early on a busy night (Market Street, Saturday).", "en"),
        ("Raj: inspectors report that visits are tense, especially when a neighbour watches.",
         "en"),
    ],
)  # fmt: skip
def test_lines_of_a_pasted_document_are_no_list_of_actors(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, CASE))
    assert reading.actors == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bewoners van de binnenstad", True),
        ("de GGD", True),
        ("the night porters", True),
        ("de alarmcentrale", True),
        ("Actie Karin: offerte opvragen", False),
        ("volgend overleg 12 mei", False),
        ("when a neighbour watches", False),
        ("sinds dit schooljaar", False),
        ("lunch verzorgd door de gemeente en de provincie", False),
    ],
)
def test_a_part_of_an_unannounced_list_can_be_a_name(name: str, expected: bool) -> None:
    assert name_like(name) is expected


def test_an_unannounced_list_of_mostly_no_names_is_dropped() -> None:
    parts = ["Geen opleidingsniveau", "Leeftijd", "Afstand tot de ouders of de wijk als criterium"]
    assert unled_names(parts) == []
    assert unled_names(["Tablets", "Telefoons", "Een server"]) == []
    assert unled_names(["Huurders", "Verhuurders", "Sinds vorig jaar"]) == [
        "Huurders",
        "Verhuurders",
    ]


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        ("Marktkooplui: die zien minder klanten als de app de plekken verschuift.", "nl",
         "Marktkooplui"),
        ("Cyclists: they have to wait longer at the crossing every morning.", "en", "Cyclists"),
    ],
)  # fmt: skip
def test_a_group_label_with_a_colon_once_the_case_is_told_is_an_effect_on_it(
    reader: Reader, text: str, language: str, who: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, CASE))
    assert any((e.actor_name or "").startswith(who) for e in reading.effects)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vraagje tussendoor: weet jij of we dit moeten melden bij de toezichthouder?", "nl"),
        ("Side question: do we have to register this with the regulator?", "en"),
    ],
)
def test_a_label_that_holds_no_word_for_people_is_no_group(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, CASE))
    assert reading.actors == [] and not any(e.actor_name for e in reading.effects)
