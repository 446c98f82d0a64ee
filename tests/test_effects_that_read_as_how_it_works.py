"""An effect that reads like how the system works ("de wijkagenten krijgen de meldingen per
buurt", "tenants get a text when the boiler fails") is still an effect where the clause right
after it judges it (", dat scheelt ze een hoop zoeken", ", which saves them a trip") or where a
lead announces it ("nog een effect dat ik vergat: ...", "one more effect: ..."): one effect with
its people, its words and the judgement's direction, not the judgement alone. Without either it
stays how the system works (sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Step


@pytest.mark.parametrize(
    ("text", "language", "actors", "words", "direction", "actor"),
    [
        (
            "De wijkagenten krijgen de meldingen nu per buurt binnen, dat scheelt ze een hoop "
            "zoeken.",
            "nl",
            ("Wijkagenten", "Bewoners"),
            "per buurt",
            "positive",
            "Wijkagenten",
        ),
        (
            "De huurders krijgen een sms als de ketel uitvalt, wat ze een telefoontje bespaart.",
            "nl",
            ("Huurders", "Monteurs"),
            "sms",
            "positive",
            "Huurders",
        ),
        (
            "Tenants get a text when the boiler fails, which saves them a phone call.",
            "en",
            ("Tenants", "Mechanics"),
            "boiler fails",
            "positive",
            "Tenants",
        ),
        (
            "The wardens now receive the reports per district, which helps with planning rounds.",
            "en",
            ("Wardens", "Residents"),
            "per district",
            "positive",
            "Wardens",
        ),
    ],
)
def test_a_clause_judged_right_after_it_is_one_effect_with_its_people(
    reader: object,
    text: str,
    language: str,
    actors: tuple[str, ...],
    words: str,
    direction: str,
    actor: str,
) -> None:
    effects = told(read_in(reader, text, actors, language, "Een meldsysteem"))
    assert len(effects) == 1
    said, read_direction, read_actor = effects[0]
    assert words in said.lower()
    assert read_direction == direction and read_actor == actor


@pytest.mark.parametrize(
    ("text", "language", "actors", "words", "step"),
    [
        (
            "Nog een effect dat ik vergat: de wijkagenten krijgen de meldingen nu per buurt.",
            "nl",
            ("Wijkagenten", "Bewoners"),
            "per buurt",
            Step.VALUES,
        ),
        (
            "Nog een effect: de huurders krijgen een sms als de ketel uitvalt.",
            "nl",
            ("Huurders",),
            "sms",
            Step.EFFECTS,
        ),
        (
            "One more effect I forgot: the wardens get the reports per district.",
            "en",
            ("Wardens", "Residents"),
            "per district",
            Step.VALUES,
        ),
        (
            "One more effect: tenants get a text when the boiler fails.",
            "en",
            ("Tenants",),
            "boiler fails",
            Step.EFFECTS,
        ),
    ],
)
def test_a_clause_announced_as_an_effect_is_read_as_one(
    reader: object, text: str, language: str, actors: tuple[str, ...], words: str, step: Step
) -> None:
    effects = told(read_in(reader, text, actors, language, "Een meldsysteem", step))
    assert [e for e in effects if words in e[0].lower()]


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("De wijkagenten krijgen de meldingen nu per buurt binnen.", "nl", ("Wijkagenten",)),
        ("The wardens receive the reports per district.", "en", ("Wardens",)),
    ],
)
def test_how_it_works_without_a_judgement_or_lead_is_no_effect(
    reader: object, text: str, language: str, actors: tuple[str, ...]
) -> None:
    assert not told(read_in(reader, text, actors, language, "Een meldsysteem"))


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [
        ("De bewoners hebben minder last van lawaai, dat is fijn voor ze.", "nl", ("Bewoners",)),
        ("Residents sleep better, which is good for them.", "en", ("Residents",)),
    ],
)
def test_an_effect_judged_after_it_stays_one_effect(
    reader: object, text: str, language: str, actors: tuple[str, ...]
) -> None:
    effects = told(read_in(reader, text, actors, language, "Een meldsysteem"))
    assert len(effects) == 1 and effects[0][1] == "positive"
