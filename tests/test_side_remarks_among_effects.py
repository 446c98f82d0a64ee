"""Sentences said beside the effects that are no effect: a figure set straight, a retraction,
a joke or an aside with a laugh, a remark that it hardly matters, the case's funding or legal
basis; an effect in the same message is still read."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.method.reading.reader import Reader
from assistant.method.reading.side_remarks import side_remark

TEAM_NL = ("Bewoners", "Handhavers")
TEAM_EN = ("Residents", "Wardens")


def _effects_nl(reader: Reader, text: str) -> list[tuple[str, str, str]]:
    return told(read_in(reader, text, TEAM_NL, "nl", "een scanauto"))


def _effects_en(reader: Reader, text: str) -> list[tuple[str, str, str]]:
    return told(read_in(reader, text, TEAM_EN, "en", "a scan car"))


@pytest.mark.parametrize(
    "text",
    [
        "Het aantal scans is 1200 per dag, niet 1500.",
        "Het zijn er 40 per wijk, niet 45.",
        "Sorry, correctie: het zijn er geen 30 maar 25 handhavers.",
        "Kentekens bewaren we niet, dat doet de RDW, schrap dat.",
        "Onze directeur wil er een persbericht over, dus dat wordt spannend haha.",
        "De provincie betaalt mee via een subsidie.",
        "Juridisch vallen we onder de Wegenverkeerswet.",
        "Maakt weinig uit.",
    ],
)
def test_a_side_remark_is_no_effect_nl(message_reader: Reader, text: str) -> None:
    assert _effects_nl(message_reader, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The car scans 900 streets a week, not 700.",
        "Wait, correction, it's not 12 wardens, 9.",
        "There are 40 of them, not 45.",
        "We don't store the plates, the agency does, scratch that.",
        "My manager says the budget is tight, not my problem today haha.",
        "The legal basis is the road traffic act.",
        "It's paid for by the ministry.",
        "Doesn't change much.",
    ],
)
def test_a_side_remark_is_no_effect_en(message_reader: Reader, text: str) -> None:
    assert _effects_en(message_reader, text) == []


def test_after_a_correction_a_fact_without_direction_goes_on_with_it_en(
    message_reader: Reader,
) -> None:
    found = _effects_en(
        message_reader,
        "Correction: I said 40 cars, it's more like 25. And the photos go to our own team "
        "first, not to the police. Residents get fewer wrong fines.",
    )
    assert [(text, direction) for text, direction, _ in found] == [
        ("Residents get fewer wrong fines", "positive")
    ]


def test_an_effect_beside_a_side_remark_is_still_read_nl(message_reader: Reader) -> None:
    found = _effects_nl(
        message_reader,
        "Het zijn 1200 scans per dag, niet 1500. Bewoners krijgen minder onterechte boetes.",
    )
    assert [(text, direction) for text, direction, _ in found] == [
        ("Bewoners krijgen minder onterechte boetes", "positive")
    ]


def test_a_clause_that_says_it_differs_from_before_joins_no_effect_nl(
    message_reader: Reader,
) -> None:
    found = _effects_nl(
        message_reader, "Bewoners krijgen vaker een onterechte boete, maar anders dan ik zei."
    )
    assert [text for text, _, _ in found] == ["Bewoners krijgen vaker een onterechte boete"]


@pytest.mark.parametrize(
    ("text", "remark"),
    [
        ("It wasn't a joke.", True),
        ("Her joke about the scan car isn't that crazy.", True),
        ("Het was geen grap.", True),
        ("Residents lose their parking spot, and the wardens get the blame.", False),
        ("Bewoners grappen dat de auto vaker langskomt dan de postbode.", False),
    ],
)
def test_a_sentence_about_a_joke_is_a_side_remark(text: str, remark: bool) -> None:
    assert side_remark(text) is remark


@pytest.mark.parametrize(
    ("text", "language", "payer"),
    [
        ("Het waterschap betaalt mee uit het klimaatfonds.", "nl", "Waterschap"),
        ("The scan cars are paid for by the province.", "en", "Province"),
    ],
)
def test_who_pays_is_an_actor_not_an_effect(
    message_reader: Reader, text: str, language: str, payer: str
) -> None:
    team = TEAM_NL if language == "nl" else TEAM_EN
    reading = read_in(message_reader, text, team, language, "een scanauto")
    assert (reading.effects, reading.actors) == ([], [payer])


def test_only_the_clause_with_a_laugh_is_an_aside_nl(message_reader: Reader) -> None:
    found = _effects_nl(
        message_reader,
        "Er is een bewoner die zich betutteld voelt door de auto, hij zei dat hij geen kind is "
        "en plakte er een sticker op haha.",
    )
    assert [(text, direction) for text, direction, _ in found] == [
        ("Er is een bewoner die zich betutteld voelt door de auto", "negative")
    ]


@pytest.mark.parametrize(
    ("text", "language", "effect"),
    [
        (
            "de handhavers krijgen veel meer stress door de scans, haha niet echt leuk",
            "nl",
            "De handhavers krijgen veel meer stress door de scans",
        ),
        (
            "wardens get a lot more stress from the scans, haha not great",
            "en",
            "Wardens get a lot more stress from the scans",
        ),
    ],
)
def test_a_laugh_after_a_comma_is_an_aside_and_what_came_before_is_said(
    message_reader: Reader, text: str, language: str, effect: str
) -> None:
    read = _effects_nl if language == "nl" else _effects_en
    found = read(message_reader, text)
    assert [(told_text, direction) for told_text, direction, _ in found] == [(effect, "negative")]


@pytest.mark.parametrize(
    ("text", "language"), [("Haha niet echt leuk.", "nl"), ("Haha not great.", "en")]
)
def test_a_laughing_aside_names_no_actor(message_reader: Reader, text: str, language: str) -> None:
    team = TEAM_NL if language == "nl" else TEAM_EN
    reading = read_in(message_reader, text, team, language, "een scanauto")
    assert (reading.actors, reading.effects) == ([], [])
