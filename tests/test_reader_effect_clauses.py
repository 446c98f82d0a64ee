"""The reader on effects told in running text: who a clause is about when it does not say so,
remarks that judge the clause before them, and +/- lines below each other."""

from __future__ import annotations

from assistant.domain.session import Actor, Session, Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading


def read(reader: Reader, text: str, actors: tuple[str, ...], language: str = "nl") -> Reading:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    session.case.technology = "Een sensor die de drukte op het perron meet"
    session.actors = [Actor(id=f"a{i}", name=n) for i, n in enumerate(actors, start=1)]
    return reader.read(text, session)


def effects(reading: Reading) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.direction or "", e.actor_id) for e in reading.effects]


def test_a_pronoun_for_people_keeps_the_actor_of_the_sentence_before(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Reizigers stappen sneller in. Maar ze voelen zich de hele rit bekeken.",
        ("Reizigers", "Conducteurs"),
    )
    assert effects(reading) == [
        ("Reizigers stappen sneller in", "positive", "a1"),
        ("Ze voelen zich de hele rit bekeken", "negative", "a1"),
    ]


def test_a_clause_without_a_subject_is_about_the_actor_before_it(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Nurses get more time with patients, but feel watched during every shift.",
        ("Patients", "Nurses"),
        "en",
    )
    assert [e.actor_id for e in reading.effects] == ["a2", "a2"]


def test_a_remark_that_judges_the_clause_before_gives_it_its_direction(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Van elke reiziger wordt de looproute opgeslagen en dat is gevoelig.",
        ("Reizigers", "Conducteurs"),
    )
    assert effects(reading) == [
        ("Van elke reiziger wordt de looproute opgeslagen, dat is gevoelig", "negative", "a1")
    ]


def test_a_remark_that_only_names_a_value_is_a_value_not_an_effect(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Conducteurs worden vaker uitgescholden, dat raakt aan privacy.",
        ("Reizigers", "Conducteurs"),
    )
    assert [e.text for e in reading.effects] == ["Conducteurs worden vaker uitgescholden"]
    assert [v.name for v in reading.values] == ["privacy"]


def test_a_subject_with_a_relative_clause_stays_with_its_verb(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Een reiziger die eens zonder kaartje werd betrapt, blijft jaren in beeld.",
        ("Reizigers", "Conducteurs"),
    )
    assert effects(reading) == [
        (
            "Een reiziger die eens zonder kaartje werd betrapt, blijft jaren in beeld",
            "negative",
            "a1",
        )
    ]


def test_words_that_only_start_like_a_direction_word_give_no_direction(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "Conducteurs: de hulpverleners blijven vaker weg.\nReizigers: het wordt duurzamer.",
        ("Reizigers", "Conducteurs"),
    )
    from assistant.method.reading.polarity import clause_direction

    assert clause_direction("de hulpverleners blijven vaker weg") is None
    assert clause_direction("het wordt duurzamer") is None
    assert len(reading.effects) == 2


def test_a_dash_below_a_plus_line_is_a_minus_not_a_bullet(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "+ conducteurs: minder discussie over kaartjes\n- reizigers: camera's in elke coupé",
        ("Reizigers", "Conducteurs"),
    )
    assert effects(reading) == [
        ("Minder discussie over kaartjes", "positive", "a2"),
        ("Camera's in elke coupé", "negative", "a1"),
    ]


def test_effects_about_actors_named_in_the_same_message(message_reader: Reader) -> None:
    session = Session(language="en")
    session.case.technology = "A sensor that counts people on the platform"
    reading = message_reader.read(
        "Involved are the station managers, the cleaners and the travellers. Positive: "
        "managers see crowds building up, and travellers with a pram find quieter doors.",
        session,
    )
    assert [(e.actor_id, e.actor_name) for e in reading.effects] == [
        (None, "Station managers"),
        (None, "Travellers"),
    ]


def test_the_head_of_a_compound_name_is_the_same_group(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Ondernemers met een kleine zaak worden vaker gecontroleerd.",
        ("Marktondernemers", "Reizigers"),
    )
    assert [e.actor_id for e in reading.effects] == ["a1"]


def test_a_known_actor_with_a_colon_labels_effects_where_actors_are_asked(
    message_reader: Reader,
) -> None:
    session = Session(language="nl")
    session.step = Step.ACTORS
    session.case.technology = "Een sensor die de drukte op het perron meet"
    session.actors = [Actor(id="a1", name="Reizigers"), Actor(id="a2", name="Conducteurs")]
    reading = message_reader.read(
        "reizigers: minder gedrang. conducteurs: meer stress 's nachts", session
    )
    assert reading.actors == []
    assert [(e.actor_id, e.direction) for e in reading.effects] == [
        ("a1", "positive"),
        ("a2", "negative"),
    ]


def test_short_bullets_with_a_direction_are_effects_not_names(message_reader: Reader) -> None:
    reading = read(message_reader, "- drukte beter gespreid\n- meer storingen bij regen", ())
    assert reading.actors == []
    assert [(e.text, e.direction) for e in reading.effects] == [
        ("Drukte beter gespreid", "positive"),
        ("Meer storingen bij regen", "negative"),
    ]
