"""The reader on whom an effect is about when a lead or label comes before it: "good stuff:" and
"bad stuff:" are direction labels, not actors; "o ja, vergeten:" only announces a forgotten
effect; "positief voor ondernemers die ..." is about those people; and a fear said without
"that" ("I'm afraid guards ... and stop ...") covers all it tells."""

from __future__ import annotations

from method_fakes import CLINIC, LIBRARY, read_in, told
from method_fakes import read_effects as read

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def test_good_stuff_and_bad_stuff_are_direction_labels_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "good stuff: doctors see the urgent cases first. bad stuff: patients wait longer for "
        "a callback",
        CLINIC,
        "en",
    )
    assert told(reading) == [
        ("Doctors see the urgent cases first", "positive", "Doctors"),
        ("Patients wait longer for a callback", "negative", "Patients"),
    ]
    assert reading.actors == []


def test_goede_dingen_is_a_direction_label_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "goede dingen: medewerkers hoeven minder te sjouwen", LIBRARY, "nl"
    )
    assert told(reading) == [("Medewerkers hoeven minder te sjouwen", "positive", "Medewerkers")]


def test_forgotten_effect_lead_names_no_actor_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "o ja vergeten: medewerkers raken het overzicht kwijt over de reserveringen",
        LIBRARY,
        "nl",
    )
    assert told(reading) == [
        ("Medewerkers raken het overzicht kwijt over de reserveringen", "negative", "Medewerkers")
    ]


def test_forgotten_effect_lead_names_no_actor_en(message_reader: Reader) -> None:
    reading = read(message_reader, "forgot one: doctors lose track of the referrals", CLINIC, "en")
    assert told(reading) == [("Doctors lose track of the referrals", "negative", "Doctors")]


def test_direction_for_people_names_the_people_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "positief voor vrijwilligers die zich aan het rooster houden, die zien dat het "
        "eerlijk gaat",
        LIBRARY,
        "nl",
    )
    # "die zien ..." goes on about the same people: one effect, theirs
    assert [e.actor_name for e in reading.effects] == ["Vrijwilligers"]
    assert "eerlijk" in reading.effects[0].text


def test_fear_without_that_covers_what_follows_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "I'm afraid doctors start trusting the score and stop asking follow-up questions.",
        CLINIC,
        "en",
    )
    assert told(reading) == [
        (
            "I'm afraid doctors start trusting the score and stop asking follow-up questions",
            "negative",
            "Doctors",
        )
    ]


def test_fear_without_dat_is_negative_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Ik vrees medewerkers gaan blind vertrouwen op de kassa.", LIBRARY, "nl"
    )
    assert [e.direction for e in reading.effects] == ["negative"]


def test_actor_label_after_oh_and_names_the_actor_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "O, en voor leveranciers is het positief: ze hoeven minder vaak langs te komen.",
        LIBRARY,
        "nl",
    )
    assert told(reading) == [("Ze hoeven minder vaak langs te komen", "positive", "Leveranciers")]


def test_actor_label_after_oh_and_names_the_actor_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Oh and for suppliers it's a downside: they get audited every month.",
        CLINIC,
        "en",
    )
    assert [(e.direction, e.actor_id) for e in reading.effects] == [("negative", "Suppliers")]


def test_subject_after_an_opening_condition_is_the_actor_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "If the triage score is skewed, though, patients from small towns wait far longer.",
        CLINIC,
        "en",
    )
    assert [(e.direction, e.actor_id) for e in reading.effects] == [("negative", "Patients")]


def test_subject_after_an_opening_condition_is_the_actor_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Als de leverancier failliet gaat, dan verliezen medewerkers hun rooster.",
        LIBRARY,
        "nl",
    )
    assert [(e.direction, e.actor_id) for e in reading.effects] == [("negative", "Medewerkers")]


def test_what_i_see_announces_effects_where_the_case_is_asked_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Wat ik nu al zie: bezoekers lenen veel meer, ze vinden het leuk.",
        (),
        "nl",
        "een zelfscankassa",
        Step.CASE,
    )
    assert [(e.text, e.direction) for e in reading.effects] == [
        ("Bezoekers lenen veel meer, ze vinden het leuk", "positive")
    ]


def test_what_i_expect_announces_effects_where_the_case_is_asked_en(
    message_reader: Reader,
) -> None:
    reading = read_in(
        message_reader,
        "What I expect: doctors enjoy the shorter rounds.",
        (),
        "en",
        "a triage app",
        Step.CASE,
    )
    assert [(e.text, e.direction) for e in reading.effects] == [
        ("Doctors enjoy the shorter rounds", "positive")
    ]


def test_speaker_label_before_a_clause_with_people_is_not_the_actor_nl(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "3. Sanne: medewerkers weten niet dat de kassa meekijkt.",
        LIBRARY,
        "nl",
    )
    assert told(reading) == [
        ("Medewerkers weten niet dat de kassa meekijkt", "negative", "Medewerkers")
    ]
    assert reading.actors == []


def test_topic_label_before_a_clause_with_people_is_not_the_actor_en(
    message_reader: Reader,
) -> None:
    reading = read(
        message_reader,
        "about the wristband: patients feel watched at night.",
        CLINIC,
        "en",
    )
    assert [(e.direction, e.actor_id) for e in reading.effects] == [("negative", "Patients")]


def test_people_before_a_long_relative_clause_are_the_actor(message_reader: Reader) -> None:
    nl = read(
        message_reader,
        "Vrijwilligers die op zaterdag even invallen, krijgen straks vaker een foutmelding.",
        LIBRARY,
        "nl",
    )
    assert [e.actor_name for e in nl.effects] == ["Vrijwilligers"]
    en = read(
        message_reader,
        "Nurses who pop in on a patient for a minute get a fine far more often.",
        CLINIC,
        "en",
    )
    assert [e.actor_name for e in en.effects] == ["Nurses"]


def test_people_after_a_hope_are_the_actor_of_its_consequence(message_reader: Reader) -> None:
    nl = read(
        message_reader,
        "Ik hoop vooral dat vrijwilligers op zaterdag sneller klaar zijn, zodat er minder "
        "klachten komen.",
        LIBRARY,
        "nl",
    )
    assert [(e.direction, e.actor_name) for e in nl.effects] == [("positive", "Vrijwilligers")]
    en = read(
        message_reader,
        "I hope parents in the village get a warning, so that fewer accidents happen.",
        CLINIC,
        "en",
    )
    assert [(e.direction, e.actor_name) for e in en.effects] == [("positive", "Parents")]


def test_speaker_already_among_the_actors_is_not_the_actor(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Sanne: bezoekers weten niet dat de kassa meekijkt.",
        (*LIBRARY, "Aanwezig: Sanne"),
        "nl",
    )
    assert [(e.direction, e.actor_id) for e in reading.effects] == [("negative", "Bezoekers")]
