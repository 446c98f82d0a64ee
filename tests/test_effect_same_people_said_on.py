"""A clause that goes on about the people of the effect before it with a pronoun for them ("...,
ze hoeven niet meer te wachten", "..., they can't report anything") is more of that effect, not
an effect of its own; a clause that turns the other way, or one after an effect that is about
no one, stays an effect of its own (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.method.reading.reader import Reader

DESK_NL = ("Baliemedewerkers", "Bewoners", "Leverancier")
DESK_EN = ("Desk staff", "Residents", "Supplier")


def _read(reader: Reader, text: str, language: str) -> list[tuple[str, str, str]]:
    actors = DESK_NL if language == "nl" else DESK_EN
    technology = "een afsprakenbot" if language == "nl" else "an appointment bot"
    return told(read_in(reader, text, actors, language, technology))


@pytest.mark.parametrize(
    ("text", "language", "direction", "words"),
    [
        ("De baliemedewerkers winnen veel tijd, ze hoeven niet meer elke ochtend de agenda over "
         "te typen.", "nl", "positive", "agenda"),
        ("Oudere bewoners voelen zich buitengesloten, die krijgen geen mens meer aan de lijn.",
         "nl", "negative", "mens"),
        ("The desk staff save a lot of time, they no longer retype the agenda every morning.", "en",
         "positive", "agenda"),
        ("Residents without a smartphone are left out, they can't book a slot anymore.", "en",
         "negative", "slot"),
    ],
)  # fmt: skip
def test_pronoun_clause_goes_on_about_the_same_effect(
    message_reader: Reader, text: str, language: str, direction: str, words: str
) -> None:
    effects = _read(message_reader, text, language)
    assert len(effects) == 1
    assert effects[0][1] == direction and words in effects[0][0]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De baliemedewerkers hebben minder werk, maar ze missen het praatje met de bewoners.",
         "nl"),
        ("The desk staff have less typing, but they miss the chat with residents.", "en"),
    ],
)  # fmt: skip
def test_pronoun_clause_turning_the_other_way_stays_its_own_effect(
    message_reader: Reader, text: str, language: str
) -> None:
    effects = _read(message_reader, text, language)
    assert len(effects) == 2
    assert {e[1] for e in effects} == {"positive", "negative"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De wachtrij wordt korter, en ze hoeven niet meer een uur te wachten.", "nl"),
        ("The queue gets shorter, and they no longer wait an hour at the desk.", "en"),
    ],
)  # fmt: skip
def test_pronoun_clause_after_an_effect_about_no_one_stays_its_own_effect(
    message_reader: Reader, text: str, language: str
) -> None:
    assert len(_read(message_reader, text, language)) == 2
