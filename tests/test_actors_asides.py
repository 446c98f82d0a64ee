"""A remark in front of a line ("Correctie trouwens: ...", "Wait, correction: ...") names no
actor, nor does a word for the speaker's own view ("Persoonlijk vind ik ...", "Personally I
think ..."); a label led by a conjunction ("En de chauffeurs: ...", "And the drivers: ...")
names its people without the conjunction."""

from __future__ import annotations

from method_fakes import read_in

from assistant.method.reading.reader import Reader

TRANSIT = ("Reizigers", "Vervoerder")
TRANSIT_EN = ("Passengers", "Operator")


def _names(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> list[str]:
    technology = "een belbus-app" if language == "nl" else "an on-demand bus app"
    reading = read_in(reader, text, actors, language, technology)
    return [n.lower() for n in reading.actors] + [
        (e.actor_name or "").lower() for e in reading.effects if not e.actor_id
    ]


def test_a_correction_aside_is_no_actor_nl(message_reader: Reader) -> None:
    names = _names(
        message_reader,
        "Correctie trouwens: de app werkt ook op zondag, dat had ik fout.",
        TRANSIT,
        "nl",
    )
    assert not any("correctie" in n for n in names)


def test_a_correction_aside_is_no_actor_en(message_reader: Reader) -> None:
    names = _names(
        message_reader, "Wait, correction: the app also runs on Sundays, I had that wrong.",
        TRANSIT_EN, "en",
    )  # fmt: skip
    assert not any("correction" in n for n in names)


def test_a_personal_view_is_no_actor_nl(message_reader: Reader) -> None:
    names = _names(
        message_reader,
        "Persoonlijk vind ik dat het hier vooral om gelijke kansen gaat.",
        TRANSIT,
        "nl",
    )
    assert not any("persoonlijk" in n for n in names)


def test_a_personal_view_is_no_actor_en(message_reader: Reader) -> None:
    names = _names(
        message_reader, "Personally I think this is mostly about equal chances.", TRANSIT_EN, "en"
    )
    assert not any("personal" in n for n in names)


def test_a_label_led_by_and_names_its_people_nl(message_reader: Reader) -> None:
    names = _names(
        message_reader,
        "En de buschauffeurs: een deel verliest zijn vaste dienst.",
        TRANSIT,
        "nl",
    )
    assert "buschauffeurs" in names
    assert not any(n.startswith("en ") for n in names)


def test_a_label_led_by_and_names_its_people_en(message_reader: Reader) -> None:
    names = _names(
        message_reader, "And the bus drivers: some of them lose their fixed shifts.",
        TRANSIT_EN, "en",
    )  # fmt: skip
    assert "bus drivers" in names
    assert not any(n.startswith("and ") for n in names)


def test_one_person_by_age_is_no_actor_nl(message_reader: Reader) -> None:
    names = _names(
        message_reader,
        "Mijn buurvrouw van 83 heeft geen smartphone en weet niet hoe ze straks moet boeken.",
        TRANSIT,
        "nl",
    )
    assert not any("83" in n for n in names)


def test_one_person_by_age_is_no_actor_en(message_reader: Reader) -> None:
    names = _names(
        message_reader,
        "My neighbour of 83 has no smartphone and doesn't know how she will book a ride.",
        TRANSIT_EN,
        "en",
    )
    assert not any("83" in n for n in names)


def test_who_said_a_quote_is_no_actor_nl(message_reader: Reader) -> None:
    names = _names(
        message_reader,
        'Een collega zei: "reizigers op het platteland worden hier eindelijk geholpen".',
        TRANSIT,
        "nl",
    )
    assert not any("collega" in n for n in names)


def test_who_said_a_quote_is_no_actor_en(message_reader: Reader) -> None:
    names = _names(
        message_reader,
        'A colleague said: "passengers in the villages finally get a bus".',
        TRANSIT_EN,
        "en",
    )
    assert not any("colleague" in n for n in names)
