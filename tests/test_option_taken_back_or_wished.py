"""How a handling option is read from the user's own words (Dutch and English; sentences
written for these tests): a measure the speaker takes back in the same message ("no wait,
that's not right", "nee, gewoon helemaal niet") is dropped and what replaces it kept; the
speaker's wish before a measure ("I want a ...", "ik wil graag een ...") is no part of it; new
devices placed ("put cheap sensors in ...", "zet extra camera's bij ...") are a design measure."""

from __future__ import annotations

import pytest

from assistant.domain.session import Step
from assistant.method.reading.extraction import extract_options, option_kind
from assistant.method.reading.sentence_kinds import measure


def _texts(message: str) -> list[str]:
    return [d.text.lower() for d in extract_options(message, "environment")]


@pytest.mark.parametrize(
    ("message", "dropped", "kept"),
    [
        (
            "Send every household a leaflet, no wait, that's not right, it should be a "
            "walk-in evening at the library.",
            "leaflet",
            "walk-in evening",
        ),
        (
            "Een folder voor elk huishouden, nee wacht, dat klopt niet, het moet een "
            "inloopavond in de bibliotheek worden.",
            "folder",
            "inloopavond",
        ),
        (
            "Blur faces in the footage, and a weekly spot check by the privacy officer, "
            "nee, gewoon helemaal niet.",
            "spot check",
            "blur faces",
        ),
        (
            "Delete the recordings after a month. A sticker on every scan car, scratch that.",
            "sticker",
            "recordings",
        ),
    ],
)
def test_a_measure_taken_back_in_the_same_message_is_dropped(
    message: str, dropped: str, kept: str
) -> None:
    texts = _texts(message)
    assert not any(dropped in t for t in texts)
    assert any(kept in t for t in texts)


@pytest.mark.parametrize(
    "message",
    [
        "There should be no wait times for people who call the helpline.",
        "Handhavers krijgen een training, zodat ze helemaal niet op de score hoeven te varen.",
    ],
)
def test_words_like_wait_or_niet_inside_a_measure_take_nothing_back(message: str) -> None:
    assert extract_options(message, "environment")


@pytest.mark.parametrize(
    ("message", "measure"),
    [
        ("I want a free trial week for every new caseworker.", "a free trial week"),
        ("Ik wil graag een vast aanspreekpunt per wijk.", "een vast aanspreekpunt"),
        ("We'd like a yearly audit by an outside firm.", "a yearly audit"),
    ],
)
def test_the_speakers_wish_is_no_part_of_the_measure(message: str, measure: str) -> None:
    texts = _texts(message)
    assert len(texts) == 1
    assert texts[0].startswith(measure)


@pytest.mark.parametrize(
    "text",
    [
        "Put cheap sensors in the quiet streets before deciding anything",
        "Install two extra scanners at the side entrance before the board decides",
        "Zet goedkope sensoren in de wijken waar we weinig weten voordat we iets besluiten",
        "Plaats extra camera's bij de fietsenstalling voordat de raad beslist",
    ],
)
def test_new_devices_placed_are_a_design_measure(text: str) -> None:
    assert option_kind(text) == "design"


@pytest.mark.parametrize(
    "text",
    ["Put the model in the public algorithm register", "Zet het model in het algoritmeregister"],
)
def test_a_device_already_there_put_on_a_list_is_not_placed(text: str) -> None:
    assert option_kind(text) != "design"


@pytest.mark.parametrize(
    "message",
    [
        "a link to reach a person, always - dial 9. and tell visitors upfront it's automated",
        "een knop naar een mens, altijd - toets 9. en vertel bellers vooraf dat het een bot is",
    ],
)
def test_one_word_and_a_dash_after_a_comma_stays_with_its_measure(message: str) -> None:
    texts = _texts(message)
    assert len(texts) == 2
    assert "9" in texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "Clerks take turns so nobody handles angry visitors all day",
        "Baliemedewerkers doen om de beurt de lastige gesprekken",
    ],
)
def test_staff_taking_turns_is_a_routine_of_the_organisation(text: str) -> None:
    drafts = extract_options(text, "design")
    assert len(drafts) == 1
    assert "environment" in (drafts[0].kind, *drafts[0].alternatives)


@pytest.mark.parametrize(
    "text",
    [
        "Clerks take turns so nobody handles the angry visitors all day",
        "Baliemedewerkers rouleren zodat niemand de hele dag de boze bellers krijgt",
    ],
)
def test_staff_taking_turns_past_the_effects_is_a_measure(text: str) -> None:
    assert measure(text, Step.OPTIONS)
