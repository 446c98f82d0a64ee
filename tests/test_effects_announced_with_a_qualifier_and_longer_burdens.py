"""An effect announced with a qualifier before its colon ("nog een effect dat nog niemand
noemde: ...") is an effect in any step; a burden that gets longer ("langere ritten", "longer
waits") is negative, one that no longer lasts ("niet langer wachten") is not."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.effect_text import effect_direction
from assistant.method.reading.reader import Reader


def test_an_effect_announced_with_a_qualifier_among_values_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Nog een effect dat nog niemand noemde: bezorgers moeten vaker omrijden door de "
        "nieuwe venstertijden.",
        ("Bezorgers", "Winkeliers", "Bewoners"),
        "nl",
        "camera's bij de venstertijden",
        Step.VALUES,
    )
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Bezorgers")]


def test_an_effect_announced_with_a_qualifier_among_values_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "One effect that nobody mentioned: couriers have to drive around more often.",
        ("Couriers", "Shop owners", "Residents"),
        "en",
        "cameras at the delivery windows",
        Step.VALUES,
    )
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Couriers")]


def test_a_longer_burden_is_negative() -> None:
    assert effect_direction("Chauffeurs rijden daardoor langere ritten") == "negative"
    assert effect_direction("Couriers avoid the centre, which means longer trips") == "negative"


def test_a_burden_no_longer_there_is_positive() -> None:
    assert effect_direction("Huurders hoeven niet langer te wachten op een monteur") == ("positive")
    assert effect_direction("Patients no longer wait for hours") == "positive"
