"""Effects told around a story: a worry that only names whom it is about ("I also worry about
the cleaners.") leads the effect told next, on them and negative; a person's years at their
work ("hij loopt al twintig jaar ...") tells who they are, no effect; a complaint told is a
negative effect; a bare "wacht"/"wait" and a question whether the answer will do ("is that
enough?") are no effects."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

DEPOT = ("Monteurs", "Teamleider", "Bedrijfsarts")
YARD = ("Mechanics", "Team lead", "Company doctor")


def read(reader: Reader, text: str, language: str) -> Reading:
    if language == "nl":
        return read_in(reader, text, DEPOT, "nl", "een tilhulp in de werkplaats")
    return read_in(reader, text, YARD, "en", "a lifting aid in the yard")


def test_a_worry_about_people_leads_their_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Ik maak me ook zorgen om de schoonmakers. Zij moeten straks alleen de zware bakken "
        "sjouwen.",
        "nl",
    )
    [(text, direction, actor)] = told(reading)
    assert text.startswith("Zij moeten")
    assert (direction, actor.lower()) == ("negative", "schoonmakers")


def test_a_worry_about_people_leads_their_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "I also worry about the cleaners. They end up carrying the heavy bins on their own.",
        "en",
    )
    [(text, direction, actor)] = told(reading)
    assert text.startswith("They end up")
    assert (direction, actor.lower()) == ("negative", "cleaners")


def test_a_worry_about_known_people_keeps_their_actor_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "I'm worried about the mechanics. They get more alarms on night shifts.",
        "en",
    )
    assert [(d, a) for _t, d, a in told(reading)] == [("negative", "Mechanics")]


def test_years_at_the_work_are_no_effect_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Hij werkt al twintig jaar in de werkplaats en nu moet hij elke ochtend een scherm "
        "afvinken, waardoor hij zich gecontroleerd voelt.",
        "nl",
    )
    [(text, direction, _actor)] = told(reading)
    assert "twintig jaar" not in text
    assert direction == "negative"


def test_years_at_the_work_are_no_effect_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "She has been fixing these cranes for twenty years. Now the app tells her which bolt "
        "to check, and she feels watched.",
        "en",
    )
    assert all("twenty years" not in t for t, _d, _a in told(reading))


def test_a_complaint_told_is_negative_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Een monteur heeft geklaagd dat de tilhulp 's nachts blijft piepen.", "nl"
    )
    assert [d for _t, d, _a in told(reading)] == ["negative"]


def test_a_complaint_told_is_negative_en(message_reader: Reader) -> None:
    reading = read(
        message_reader, "A mechanic complained that the aid keeps beeping at night.", "en"
    )
    assert [d for _t, d, _a in told(reading)] == ["negative"]


def test_wait_and_is_that_enough_are_no_effects_nl(message_reader: Reader) -> None:
    assert told(read(message_reader, "Is dit genoeg, of wil je er nog meer?", "nl")) == []
    reading = read(message_reader, "Wacht, monteurs krijgen minder rugklachten.", "nl")
    assert [t for t, _d, _a in told(reading)] == ["Monteurs krijgen minder rugklachten"]


def test_wait_and_is_that_enough_are_no_effects_en(message_reader: Reader) -> None:
    assert (
        told(read(message_reader, "Is that enough, or do you want more for the others?", "en"))
        == []
    )
    reading = read(message_reader, "Wait, mechanics get fewer back problems.", "en")
    assert [t for t, _d, _a in told(reading)] == ["Mechanics get fewer back problems"]
