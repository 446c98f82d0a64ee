"""In a pasted mail thread, the lines under "From: Name (role)" / "Van: Naam (rol)" that speak
for the writer's own side ("the drafts save me hours", "ik merk dat ik ...") are effects for
that role; lines without the writer's own side and the header lines are not."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def test_the_writers_own_lines_are_effects_for_their_role_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "I work at the permit desk. We pilot a tool that drafts answers. The thread:\n\n"
        "> From: Ann Jones (team lead)\n"
        "> Subject: RE: drafts\n"
        "> Everyone, please read every draft in full.\n"
        ">\n"
        "> > From: Tom Baker (permit officer)\n"
        "> > The drafts save me a lot of time every week. But I notice I check them less "
        "carefully on Fridays.",
        (),
        "en",
        "",
        Step.CASE,
    )
    found = told(reading)
    assert [(d, a) for _t, d, a in found] == [
        ("positive", "permit officer"),
        ("negative", "permit officer"),
    ]


def test_the_writers_own_lines_are_effects_for_their_role_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Ik werk bij het loket. We testen een tool die antwoorden opstelt. De mail:\n\n"
        "> Van: Tom Bakker (jurist)\n"
        "> Onderwerp: RE: concepten\n"
        "> De concepten besparen mij veel tijd per week.",
        (),
        "nl",
        "",
        Step.CASE,
    )
    assert [(d, a) for _t, d, a in told(reading)] == [("positive", "jurist")]


def test_lines_without_the_writers_side_keep_no_role_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "I work at the permit desk. The thread:\n\n"
        "> From: Piet (IT)\n"
        "> Token costs for March: EUR 1,840. Within budget.",
        (),
        "en",
        "",
        Step.CASE,
    )
    assert told(reading) == []
    assert reading.actors == []
