"""Covering the three kinds of handling options (sentences written for these tests): a kind the
learned model finds likely is a choice for the joint choice of kinds, also where the rules are
sure, so a measure that fits two kinds fills the one still missing; between two missing kinds
the one the assistant asked for wins; a plus between measures typed as chat splits them; the
step named as a heading ("ok maatregelen.") is no measure."""

from __future__ import annotations

import numpy as np
from method_fakes import kinds_chosen, options_session

from assistant.method.reading.extraction import OptionDraft, extract_options
from assistant.method.reading.kind_model import likely_kinds
from assistant.method.recording import choose_kinds


def test_likely_kinds_are_those_the_model_gives_enough() -> None:
    assert likely_kinds(np.array([0.5, 0.1, 0.4])) == ["design", "human"]
    assert likely_kinds(np.array([0.9, 0.05, 0.05])) == ["design"]
    assert likely_kinds(np.array([0.2, 0.3, 0.5]), least=0.25) == ["environment", "human"]


def test_likely_kind_fills_the_missing_kind_in_english(embedder: object) -> None:
    text = "The alderman should visit the quiet parks with neighbours before deciding"
    assert kinds_chosen(embedder, text, options_session("design")) == ["environment"]
    assert kinds_chosen(embedder, text, options_session("design", "environment")) == ["human"]


def test_likely_kind_fills_the_missing_kind_in_dutch(embedder: object) -> None:
    text = (
        "De wethouder gaat samen met de buurtbewoners de rustige parken bekijken voordat ze beslist"
    )
    assert kinds_chosen(embedder, text, options_session("human")) == ["environment"]
    assert kinds_chosen(embedder, text, options_session("design", "environment")) == ["human"]


def test_likely_kind_is_a_choice_where_the_rules_are_sure(embedder: object) -> None:
    text = "Een spreekuur in de bibliotheek waar iemand je helpt het formulier in te vullen"
    assert kinds_chosen(embedder, text, options_session("design", "environment")) == ["human"]
    assert kinds_chosen(embedder, text, options_session("design", "human")) == ["environment"]


def test_kind_asked_for_wins_between_two_missing_kinds() -> None:
    def drafts() -> list[OptionDraft]:
        return [OptionDraft("A drop-in hour", "human", alternatives=("environment",))]

    asked = drafts()
    choose_kinds(options_session("design", asked="environment"), asked)
    assert asked[0].kind == "environment"
    unasked = drafts()
    choose_kinds(options_session("design"), unasked)
    assert unasked[0].kind == "human"
    dutch = [OptionDraft("Een inloopuur in het buurthuis", "environment", alternatives=("human",))]
    choose_kinds(options_session("design", asked="human"), dutch)
    assert dutch[0].kind == "human"


def test_kind_asked_for_before_any_option_is_no_missing_kind() -> None:
    drafts = [OptionDraft("A sign with a QR code", "environment", alternatives=("design",))]
    choose_kinds(options_session(asked="design"), drafts)
    assert drafts[0].kind == "environment"


def test_kind_asked_for_does_not_leave_another_kind_missing() -> None:
    drafts = [
        OptionDraft("Een inloopuur in het buurthuis", "human", alternatives=("environment",)),
    ]
    choose_kinds(options_session("design", "environment", asked="environment"), drafts)
    assert drafts[0].kind == "human"


def test_plus_between_measures_splits_them() -> None:
    english = "delete the clips after a week + publish the hit rates + staff get a short course"
    assert [d.text for d in extract_options(english, "design")] == [
        "Delete the clips after a week",
        "Publish the hit rates",
        "Staff get a short course",
    ]
    dutch = "beelden na een week wissen + jaarlijks de cijfers publiceren + een cursus voor boa's"
    assert len(extract_options(dutch, "design")) == 3
    assert len(extract_options("a webcam + screen recording only during the exam", "design")) == 1
    one = "we send residents a letter + put the route of the boats on the website"
    assert len(extract_options(one, "design")) == 1
    listed = "wardens walk a round daily, the kiosk gets sound + icons, and volunteers help out"
    assert len(extract_options(listed, "design")) == 3


def test_step_named_as_a_heading_is_no_measure() -> None:
    dutch = extract_options("ok maatregelen. een vaste contactpersoon per school", "design")
    assert [d.text for d in dutch] == ["Een vaste contactpersoon per school"]
    assert extract_options("right, measures then", "design") == []
    assert extract_options("oké, de maatregelen", "design") == []
