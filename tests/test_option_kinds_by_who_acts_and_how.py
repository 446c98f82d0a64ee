"""The kind of a handling option from who acts in it and how (Dutch and English; sentences
written for these tests): a routine of the organisation with no other words of a kind is an
environment measure, people who learn or act themselves a human one; a verb in front of an
instruction points to its kind; nothing that follows automatically, or only after a person
looked, is a rule of the organisation; words inflected ("wijkraden", "spreekuren") count as
their cue; a thing "itself" is no person. And how a message with options is cut: an announcing
lead ("Opties:", "What I'd propose:", "Zelf:") is no part of the first measure, dashes in a
chat line part measures, and commas inside brackets do not."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options, option_kind


@pytest.mark.parametrize(
    "text",
    [
        "Bij twijfel hoe dan ook een tweede blik op de scan",
        "A fixed weekly walk past every flat, whatever the sensors say",
        "Elke maand een steekproef door de teamleiders",
        "Once a week a sample of the transcripts, no matter what",
    ],
)
def test_a_routine_of_the_organisation_is_environment(text: str) -> None:
    assert option_kind(text) == "environment"


@pytest.mark.parametrize(
    "text",
    [
        "Verpleegkundigen leren hoe ze een valmelding zelf beoordelen",
        "Caretakers keep doing a round of the flats themselves",
        "Nieuwe collega's een week laten meelopen met een ervaren handhaver",
    ],
)
def test_people_who_learn_or_act_themselves_stay_human(text: str) -> None:
    assert option_kind(text) == "human"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Publish every quarter how many alerts were false", "environment"),
        ("Tell visitors at the gate that the counts are anonymous", "environment"),
        ("Mark every generated sentence in the summary", "design"),
        ("Load the list of exempted addresses into the scanner", "design"),
    ],
)
def test_the_verb_in_front_of_an_instruction_points_to_its_kind(text: str, kind: str) -> None:
    assert option_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Een melding leidt nooit automatisch tot een boete",
        "Never an automatic block of the account",
        "Een afwijzing alleen na een gesprek met een consulent",
        "A warning only after a review by a senior officer",
    ],
)
def test_nothing_automatic_or_only_after_a_person_looked_is_environment(text: str) -> None:
    assert option_kind(text) == "environment"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Eerst met de dorpsraden en wijkraden praten", "environment"),
        ("In het buurthuis wekelijkse spreekuren houden", "human"),
    ],
)
def test_an_inflected_cue_word_counts(text: str, kind: str) -> None:
    assert option_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    ["Gezichtsherkenning alleen op de camera zelf", "Speech recognition only on the device itself"],
)
def test_a_thing_itself_is_no_person(text: str) -> None:
    assert option_kind(text) == "design"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Opties die ik zie: de camera's alleen op de ingang richten", "De camera's alleen"),
        ("What I'd propose: blur the faces at the sensor", "Blur the faces"),
        ("ik dacht zelf: de data na een week wissen", "De data na een week"),
    ],
)
def test_an_announcing_lead_is_no_part_of_the_measure(text: str, first: str) -> None:
    assert extract_options(text, "human")[0].text.startswith(first)


def test_dashes_in_a_chat_line_part_the_measures() -> None:
    text = "options - keep only counts on the sensor - a yearly external audit - staff get a course"
    kinds = [d.kind for d in extract_options(text, "design")]
    assert kinds == ["design", "environment", "human"]


def test_a_dash_around_a_short_aside_parts_nothing() -> None:
    text = "Een meldpunt - liefst extern - voor klachten over de scans"
    assert len(extract_options(text, "environment")) == 1


def test_commas_inside_brackets_do_not_part_a_measure() -> None:
    text = "For serious matters (a fine, a permit, a ban) always a human officer decides"
    drafts = extract_options(text, "design")
    assert len(drafts) == 1 and "always a human officer" in drafts[0].text
