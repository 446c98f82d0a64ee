"""Whom an effect is about when the clause does not open with them: people named after
"voor"/"for" inside the clause ("minder papierwerk voor de handhavers"), the people what others
report is about rather than the reporters ("handhavers melden dat ... zwaar is voor bewoners"),
and a short sentence that says it goes both ways for a group, whose effects follow ("ik zie bij
de werkcoaches twee kanten. Ze ...")."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.reader import Reader

HALL = ("Bewoners", "Baliemedewerkers", "Gemeente")
CLINIC = ("Patients", "Nurses", "Clinic board")


def read_nl(reader: Reader, text: str) -> list[tuple[str, str, str]]:
    return told(read_in(reader, text, HALL, "nl", "een afsprakenbot"))


def read_en(reader: Reader, text: str) -> list[tuple[str, str, str]]:
    return told(read_in(reader, text, CLINIC, "en", "a triage app"))


def test_people_after_voor_are_the_effects_actor_nl(message_reader: Reader) -> None:
    assert read_nl(message_reader, "Het wachten wordt stressvol voor bewoners.") == [
        ("Het wachten wordt stressvol voor bewoners", "negative", "Bewoners")
    ]


def test_people_after_for_are_the_effects_actor_en(message_reader: Reader) -> None:
    assert read_en(message_reader, "Night shifts get far more stressful for nurses.") == [
        ("Night shifts get far more stressful for nurses", "negative", "Nurses")
    ]


def test_for_them_leaves_the_actor_to_what_came_before_en(message_reader: Reader) -> None:
    found = read_en(message_reader, "Waiting for weeks is hard for them.")
    assert [actor for _t, _d, actor in found] == [""]


def test_what_others_report_is_about_its_own_people_nl(message_reader: Reader) -> None:
    found = read_nl(
        message_reader, "Baliemedewerkers melden dat de nieuwe wachtrij zwaar is voor bewoners."
    )
    assert [(d, a) for _t, d, a in found] == [("negative", "Bewoners")]


def test_what_others_report_is_about_its_own_people_en(message_reader: Reader) -> None:
    found = read_en(message_reader, "Nurses report that the new queue is stressful for patients.")
    assert [(d, a) for _t, d, a in found] == [("negative", "Patients")]


def test_reporters_telling_of_themselves_keep_the_effect_nl(message_reader: Reader) -> None:
    found = read_nl(message_reader, "De baliemedewerkers melden dat ze vaker worden uitgescholden.")
    assert [a for _t, _d, a in found] == ["Baliemedewerkers"]


def test_both_ways_for_a_group_names_whom_the_effects_after_it_are_about_nl(
    message_reader: Reader,
) -> None:
    reading = read_in(
        message_reader,
        "Ik zie bij de werkcoaches twee kanten. Ze zijn minder tijd kwijt aan zoeken, maar ze "
        "nemen de lijst klakkeloos over.",
        HALL,
        "nl",
        "een matchingmodel",
    )
    assert [a for _t, _d, a in told(reading)] == ["Werkcoaches", "Werkcoaches"]
    assert reading.actors == ["Werkcoaches"]
    assert not any("twee kanten" in t for t, _d, _a in told(reading))


def test_both_ways_for_a_known_group_en(message_reader: Reader) -> None:
    found = read_en(
        message_reader,
        "For the nurses it cuts both ways. They save time on rounds, but they trust the alarm "
        "too much.",
    )
    assert found == [
        ("They save time on rounds", "positive", "Nurses"),
        ("They trust the alarm too much", "negative", "Nurses"),
    ]


def test_both_ways_without_people_is_no_group_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "The reactions were mixed for months.",
        CLINIC,
        "en",
        "a triage app",
    )
    assert reading.actors == []
