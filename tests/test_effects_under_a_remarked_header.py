"""Effects in bullets under a header with a remark on it ("Effecten, wat ik in de wandelgangen
hoor:", "Effects (so far):"), told in the first message with the case: read as effects; a
thing for people as a subject ("de wachttijd voor aanvragers") is about those people; a lead
with "as I see them" announces actors and is no part of the first name."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def test_bullets_under_a_remarked_effects_header_are_effects_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Ik werk bij de gemeente aan een app die aanvragen sorteert.\n"
        "Effecten, wat ik in de wandelgangen hoor:\n"
        "- medewerkers krijgen sneller een dossier\n"
        "- de wachttijd voor aanvragers wordt korter\n"
        "- aanvragers met een klein inkomen raken vaker hun uitkering kwijt",
        (),
        "nl",
        "",
        Step.CASE,
    )
    found = told(reading)
    assert [d for _t, d, _a in found] == ["positive", "positive", "negative"]
    assert found[1][2] == "Aanvragers"


def test_bullets_under_a_remarked_effects_header_are_effects_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "I work at the province on an app that plans school buses.\n"
        "Effects (so far, from the pilot):\n"
        "- planners save a day a week\n"
        "- parents get a text when the bus is late",
        (),
        "en",
        "",
        Step.CASE,
    )
    assert len(told(reading)) == 2


def test_a_list_lead_as_i_see_them_is_no_part_of_a_name_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Goed, dan de betrokkenen zoals ik ze zie: de aanvragers zelf, de consulenten en de "
        "rechters.",
        (),
        "nl",
        "een sorteerapp",
        Step.EFFECTS,
    )
    assert reading.actors == ["Aanvragers", "Consulenten", "Rechters"]


def test_a_list_lead_i_would_list_is_no_part_of_a_name_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Stakeholders I'd list: the drivers, their families and the depot staff.",
        (),
        "en",
        "a route planner",
        Step.EFFECTS,
    )
    assert reading.actors[0] == "Drivers"
