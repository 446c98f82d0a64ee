"""The reader on the actor of an effect that opens with a plural word for people before a verb
it does not know ("gedetineerden houden contact ...", "residents living near the gate get
..."): those people are its actor, not the actor asked about or the one named before; not
for an amount ("fewer incidents happen") or a subgroup with a quality ("ouderen met ...")
(Dutch and English; sentences written for these tests)."""

from __future__ import annotations

from method_fakes import CLINIC, LIBRARY, told
from method_fakes import read_effects as read

from assistant.method.reading.clause_subjects import leading_people
from assistant.method.reading.reader import Reader


def test_people_before_an_unknown_verb_are_the_actor_nl(message_reader: Reader) -> None:
    reading = read(
        message_reader, "Vrijwilligers houden beter contact met de lezers", LIBRARY, "nl"
    )
    assert [e[2] for e in told(reading)] == ["Vrijwilligers"]


def test_people_with_a_participle_after_them_are_the_actor_en(message_reader: Reader) -> None:
    reading = read(
        message_reader,
        "Pharmacists working night shifts get flagged for slow answers",
        CLINIC,
        "en",
    )
    assert [e[2] for e in told(reading)] == ["Pharmacists"]


def test_leading_people_after_an_article_and_adjectives() -> None:
    assert leading_people("The interpreters of the regional centre fear for their jobs")
    assert leading_people("small local installers lose customers") == "Small local installers"
    assert leading_people("Omwonenden vragen of de camera's ook gezichten zien") == "Omwonenden"


def test_leading_people_not_for_amounts_qualities_or_people_in_general() -> None:
    assert leading_people("fewer accidents happen at the crossing") == ""
    assert leading_people("minder meldingen bij de balie") == ""
    assert leading_people("ouderen met een rollator worden vaker gemist") == ""
    assert leading_people("mensen lezen de brief niet") == ""
    assert leading_people("sommigen haken af") == ""


def test_leading_people_not_after_things_named_first() -> None:
    assert leading_people("repairs before accidents happen") == ""
    assert leading_people("dialects and accents get garbled") == ""
    assert leading_people("storingen bij bewoners nemen toe") == ""
