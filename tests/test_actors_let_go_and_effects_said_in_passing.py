"""What a fast typist says in passing: "laat X maar weg", "forget X", "skip X" take a known actor
off (the reason after it is no effect); "dat ... is voor X een nadeel" names X as whom the effect
is about; "tbh", "imo", "honestly" in front of an effect are no part of it; "right to
explanation" / "recht op uitleg" name explainability."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

DEPOT = ("Buschauffeurs", "Reizigers", "Vervoersbond", "Planners")
DEPOT_EN = ("Bus drivers", "Passengers", "Travellers' union", "Planners")


def test_let_an_actor_go_nl(message_reader: Reader) -> None:
    text = "laat de vervoersbond maar weg trouwens, die zitten niet echt aan tafel"
    reading = read_in(message_reader, text, DEPOT, "nl", "een planningstool")
    assert reading.removed_actors == ["Vervoersbond"]
    assert reading.options == []
    assert told(reading) == []


def test_let_an_actor_go_with_er_buiten_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader, "laat de planners er dan maar buiten", DEPOT, "nl", "een tool"
    )
    assert reading.removed_actors == ["Planners"]


def test_forget_or_skip_an_actor_en(message_reader: Reader) -> None:
    reading = read_in(message_reader, "forget the travellers' union btw", DEPOT_EN, "en", "a tool")
    assert reading.removed_actors == ["Travellers' union"]
    reading = read_in(message_reader, "ok, skip the planners", DEPOT_EN, "en", "a tool")
    assert reading.removed_actors == ["Planners"]


def test_letting_go_of_something_else_is_no_removal_nl(message_reader: Reader) -> None:
    text = "laat de oude ritgegevens maar weg uit het model"
    reading = read_in(message_reader, text, DEPOT, "nl", "een planningstool", Step.OPTIONS)
    assert reading.removed_actors == []


def test_for_whom_the_loss_is_in_the_dutch_order(message_reader: Reader) -> None:
    text = "nee wacht, dat omrijden is eigenlijk ook voor buschauffeurs een nadeel"
    reading = read_in(message_reader, text, DEPOT, "nl", "een planningstool")
    assert [(d, a) for _, d, a in told(reading)] == [("negative", "Buschauffeurs")]


def test_chat_fillers_are_no_part_of_an_effect_en(message_reader: Reader) -> None:
    text = "bad: tbh the planners may just follow the tool. imo passengers wait longer at night"
    reading = read_in(message_reader, text, DEPOT_EN, "en", "a planning tool")
    assert [t for t, _, _ in told(reading)] == [
        "The planners may just follow the tool",
        "Passengers wait longer at night",
    ]


def test_right_to_explanation_is_explainability(message_reader: Reader) -> None:
    en = read_in(
        message_reader,
        "fairness, and the right to explanation",
        DEPOT_EN,
        "en",
        "a tool",
        Step.VALUES,
    )
    nl = read_in(
        message_reader, "recht op uitleg en eerlijkheid", DEPOT, "nl", "een tool", Step.VALUES
    )
    assert "explainability" in [v.name for v in en.values]
    assert "explainability" in [v.name for v in nl.values]


def test_two_actors_taken_off_together_nl(message_reader: Reader) -> None:
    text = "de vervoersbond en de planners kunnen eruit, die merken er weinig van"
    reading = read_in(message_reader, text, DEPOT, "nl", "een planningstool")
    assert reading.removed_actors == ["Vervoersbond", "Planners"]
    assert told(reading) == []


def test_two_actors_dropped_together_en(message_reader: Reader) -> None:
    text = "drop the travellers' union and the planners"
    reading = read_in(message_reader, text, DEPOT_EN, "en", "a planning tool")
    assert reading.removed_actors == ["Travellers' union", "Planners"]


def test_two_actors_who_notice_little_are_not_taken_off_nl(message_reader: Reader) -> None:
    text = "de buschauffeurs en de planners merken er weinig van"
    reading = read_in(message_reader, text, DEPOT, "nl", "een planningstool")
    assert reading.removed_actors == []
