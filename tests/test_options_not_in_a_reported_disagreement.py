"""A group's disagreement the speaker reports without taking a side gives no options: the
sentence that tells it ("de werkgroep was het niet eens: ...", "the panel was split"), the sides
told right after it ("de handhavers willen ..., het wijkteam wil ..."), the speaker declining to
choose ("ik wil daar niet kiezen", "I won't take sides"), and options left to the group ("de
groep gaat zelf opties bedenken"); the speaker's own measures beside them stay (guided mode;
sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _options(reader: Reader, text: str, language: str, step: Step) -> list[str]:
    technology = "Een app voor meldingen over zwerfafval" if language == "nl" else "A litter app"
    actors = ("Bewoners", "Handhavers") if language == "nl" else ("Residents", "Wardens")
    reading = reader.read(text, reading_session(step, language, technology, actors))
    return [o.text.lower() for o in reading.options]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De werkgroep was het niet eens over de richting. De handhavers willen dat de meldingen "
         "openbaar worden, het wijkteam wil ze alleen intern houden. Ik wil daar niet kiezen.",
         "nl"),
        ("De klankbordgroep was het over één punt oneens: de helft wil de foto's helemaal "
         "schrappen, de andere helft wil ze alleen voor de handhavers bewaren.", "nl"),
        ("The working group was split on the direction. The wardens want the reports made "
         "public, the district team wants to keep them internal. I don't want to choose.", "en"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("step", [Step.VALUES, Step.OPTIONS])
def test_a_reported_disagreement_gives_no_options(
    message_reader: Reader, text: str, language: str, step: Step
) -> None:
    assert _options(message_reader, text, language, step) == []


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        ("De deelnemers gaan zelf opties bedenken, maar ik zet er alvast twee neer: een uitknop "
         "in de app en een spreekuur bij de wijkraad.", "nl", ["uitknop", "spreekuur"]),
        ("The participants will come up with options themselves, but here are two to start: an "
         "off switch in the app and a weekly drop-in hour with the council.", "en",
         ["off switch", "drop-in"]),
    ],
)  # fmt: skip
def test_options_left_to_the_group_are_none_but_own_measures_stay(
    message_reader: Reader, text: str, language: str, wanted: list[str]
) -> None:
    found = _options(message_reader, text, language, Step.OPTIONS)
    assert not any("bedenken" in o or "come up with" in o for o in found)
    assert all(any(w in o for o in found) for w in wanted)


def test_a_wish_of_others_without_a_disagreement_is_still_an_option(
    message_reader: Reader,
) -> None:
    text = "De handhavers willen dat de meldingen na een maand worden gewist."
    assert any("gewist" in o for o in _options(message_reader, text, "nl", Step.OPTIONS))
