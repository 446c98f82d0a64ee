"""An effect said again in other words with a lead that says so ("Wat ik met dat eerste punt
bedoel: ...", "the parking thing again, sorry: ...", "To come back to the waiting list: ...")
is joined to the effect it restates, not recorded twice; "same thing, just happens a lot" adds
none; an effect with no recorded one meant stays new (Dutch and English; sentences written
for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Effect, Step
from assistant.method.reading.reader import Reader

EFFECTS = {
    "nl": [
        ("positive", "Wijkagenten hoeven minder papierwerk te doen"),
        ("negative", "Huurders weten niet waarom hun aanvraag is afgewezen"),
        ("negative", "Buurtbewoners met een oude auto krijgen vaker een boete bij het parkeren"),
        ("negative", "De wachtlijst groeit voor gezinnen zonder internet"),
    ],
    "en": [
        ("positive", "Community officers do less paperwork"),
        ("negative", "Tenants do not know why their application was refused"),
        ("negative", "Residents with an old car get more parking fines"),
        ("negative", "The waiting list grows for families without internet"),
    ],
}


def _read(reader: Reader, text: str, language: str):  # type: ignore[no-untyped-def]
    session = reading_session(Step.EFFECTS, language, "Een parkeerapp", ("huurders", "wijkagenten"))
    session.effects = [
        Effect(id=f"e{i}", direction=d, text=t)  # type: ignore[arg-type]
        for i, (d, t) in enumerate(EFFECTS[language])
    ]
    return reader.read(text, session)


@pytest.mark.parametrize(
    ("text", "language", "meant"),
    [
        ("Wat ik met dat eerste nadeel bedoel: huurders krijgen een nee zonder uitleg en kunnen "
         "er niks tegen doen.", "nl", "e1"),
        ("Nog even dat parkeren anders gezegd: wie een oude auto heeft wordt steeds weer "
         "bekeurd.", "nl", "e2"),
        ("the parking thing again, sorry: people with an old car get fined over and over.",
         "en", "e2"),
        ("To come back to the waiting list, because it worries me most: families without "
         "internet wait months longer.", "en", "e3"),
        ("Let me put the first drawback another way: tenants get a no and never hear why.",
         "en", "e1"),
    ],
)  # fmt: skip
def test_a_restated_effect_is_joined_to_the_one_it_restates(
    reader: Reader, text: str, language: str, meant: str
) -> None:
    reading = _read(reader, text, language)
    assert reading.effects == []
    joined = [f for f in reading.effect_fixes if f.joined]
    assert [f.effect_id for f in joined] == [meant]
    assert joined[0].text.startswith(EFFECTS[language][int(meant[1:])][1])


@pytest.mark.parametrize(
    ("text", "language"),
    [("Hetzelfde punt hoor, maar het zit me echt dwars.", "nl"),
     ("Same thing, just happens a lot.", "en")],
)  # fmt: skip
def test_same_point_adds_no_effect(reader: Reader, text: str, language: str) -> None:
    reading = _read(reader, text, language)
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Het gebeurde weer: de bus reed weg zonder de kinderen en de ouders waren woedend.",
         "nl"),
        ("It happened again: the bus left without the kids and the parents were furious.", "en"),
        ("De schoonmakers krijgen meer werk door al die meldingen.", "nl"),
    ],
)  # fmt: skip
def test_a_new_effect_stays_new(reader: Reader, text: str, language: str) -> None:
    reading = _read(reader, text, language)
    assert reading.effects
    assert not [f for f in reading.effect_fixes if f.joined]
