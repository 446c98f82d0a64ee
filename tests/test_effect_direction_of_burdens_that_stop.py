"""Directions of effects that tell a burden stops or shrinks: tedium that is no longer done
("zitten niet meer te zuchten", "no longer does endless resets"), a Dutch subordinate clause of
relief ("dat ze niet meer ... hoeven"), a decrease split in a Dutch main clause ("de diefstal
neemt af") and a burden that drops or is gone ("costs drop", "the queues are gone"); with the
guards that keep the same words negative where the thing is good or the burden grows."""

from __future__ import annotations

import pytest

from assistant.method.reading.effect_text import effect_direction


@pytest.mark.parametrize(
    "text",
    [
        "De baliemedewerkers zitten niet meer elke middag te zuchten boven de formulieren",
        "Wijkagenten zijn niet meer eindeloos bezig met het overtikken van verslagen",
        "Het fijne is dat conciërges niet meer elke ochtend de sleutels hoeven na te lopen",
        "Ik hoor van de planners dat ze geen roosters meer met de hand hoeven te maken",
        "Het zwartrijden in de nachtbussen neemt af",
        "De klachten over geluid nemen flink af",
    ],
)
def test_a_burden_that_stops_or_shrinks_is_a_gain_nl(text: str) -> None:
    assert effect_direction(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "The clerks no longer do endless manual checks of the forms",
        "Wardens stop wasting their evenings on double bookings",
        "Our printing costs drop because the letters go out digitally",
        "The long queues at the counter are gone",
    ],
)
def test_a_burden_that_stops_or_shrinks_is_a_gain_en(text: str) -> None:
    assert effect_direction(text) == "positive"


@pytest.mark.parametrize(
    "text",
    [
        "Het vertrouwen in de gemeente neemt flink af",
        "De medewerkers doen nu eindeloos dezelfde controles",
        "Ze weten niet of ze nog hoeven te komen, dat is lastig",
    ],
)
def test_guards_stay_negative_nl(text: str) -> None:
    assert effect_direction(text) in ("negative", None)


@pytest.mark.parametrize(
    "text",
    [
        "The trust of residents is gone",
        "Complaints about the parking have gone up by half",
        "Nurses now do endless checks of the same screens",
    ],
)
def test_guards_stay_negative_en(text: str) -> None:
    assert effect_direction(text) == "negative"


def test_gone_without_a_copula_turns_nothing_en() -> None:
    text = (
        "Bats roosting in the attic: the scan marks them as damage, the roofer seals it, roost gone"
    )
    assert effect_direction(text) != "positive"
