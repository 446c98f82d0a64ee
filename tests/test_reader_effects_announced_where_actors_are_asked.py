"""Where actors are asked, a sentence that announces effects ("effecten die ik zie.", "effects
as I see them:") names no actor, and the effects after it are read; being talked down to
("betutteld", "patronised") is a negative effect."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def test_announced_effects_name_no_actor_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Effecten die ik zie. De buurtbewoners slapen slechter door het piepen.",
        ("Gemeente",),
        "nl",
        "een geluidssensor",
        Step.ACTORS,
    )
    assert "Effecten die ik zie" not in reading.actors
    assert [direction for _, direction, _ in told(reading)] == ["negative"]


def test_announced_effects_name_no_actor_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Effects as I see them. Nearby residents sleep worse because of the beeping.",
        ("Council",),
        "en",
        "a noise sensor",
        Step.ACTORS,
    )
    assert "Effects as I see them" not in reading.actors


def test_feeling_talked_down_to_is_negative_en(message_reader: Reader) -> None:
    found = told(
        read_in(
            message_reader,
            "Some tenants feel patronised by the daily reminders.",
            ("Tenants", "Landlord"),
            "en",
            "a reminder app",
        )
    )
    assert [(direction, actor) for _, direction, actor in found] == [("negative", "Tenants")]


def test_feeling_talked_down_to_is_negative_nl(message_reader: Reader) -> None:
    found = told(
        read_in(
            message_reader,
            "Sommige huurders voelen zich betutteld door de dagelijkse herinneringen.",
            ("Huurders", "Verhuurder"),
            "nl",
            "een herinneringsapp",
        )
    )
    assert [direction for _, direction, _ in found] == ["negative"]


def test_a_doubt_alone_names_no_actor_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Not sure about that one.",
        ("Council",),
        "en",
        "a noise sensor",
        Step.ACTORS,
    )
    assert (reading.actors, reading.effects) == ([], [])


def test_a_doubt_alone_names_no_actor_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Weet ik niet zeker van die.",
        ("Gemeente",),
        "nl",
        "een sensor",
        Step.ACTORS,
    )
    assert (reading.actors, reading.effects) == ([], [])
