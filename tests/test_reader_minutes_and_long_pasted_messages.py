"""The reader on pasted minutes and long mixed messages: who was there and the agenda labels
name no actor, a measure someone put forward is no effect, a line that only tells how the
system works is no effect, a complaint is bad for who complains, "Min:" is a minus, and a list
said as the answer ("dan zijn het ...") gives actors (Dutch and English; texts written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.actor_lists import names_present
from assistant.method.reading.reader import Reader

PARKING_NL = "Parkeerscanauto's die kentekens scannen"
PARKING_EN = "Scan cars that read number plates for parking"


def _names(reading: object) -> list[str]:
    return [getattr(a, "name", a) for a in getattr(reading, "actors", [])]


@pytest.mark.parametrize(
    "line",
    [
        "Aanwezig: Wim (voorzitter), Ilse (juridisch), Bart (parkeerbeheer)",
        "Present: Wim (chair), Ilse (legal), Bart (parking)",
    ],
)
def test_attendees_by_first_name_and_role_are_no_actors(line: str) -> None:
    assert names_present(line) == []


def test_a_party_among_the_attendees_is_still_involved() -> None:
    found = names_present("Aanwezig: Wim (voorzitter), de GGD (Pim), de wijkraad")
    assert "GGD" in found and "Wim" not in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("4. Rondvraag: bewoners klagen dat de scanauto ook hun oprit fotografeert.", "nl"),
        ("4. AOB: residents complain that the scan car also photographs their driveway.", "en"),
    ],
)
def test_an_agenda_label_names_no_actor_and_the_line_is_read(
    reader: Reader, text: str, language: str
) -> None:
    technology = PARKING_NL if language == "nl" else PARKING_EN
    session = reading_session(Step.EFFECTS, language, technology, ("Handhavers",))
    reading = reader.read(text, session)
    assert not any(n.lower() in ("rondvraag", "aob") for n in _names(reading))
    assert [e.direction for e in reading.effects] == ["negative"]
    assert all((e.actor_name or "").lower() not in ("rondvraag", "aob") for e in reading.effects)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wim vraagt of er een onafhankelijke controle op de scandata moet komen.", "nl"),
        ("Ilse stelt voor de foto's na een week te wissen.", "nl"),
        ("Bart asks whether there should be an independent check on the scan data.", "en"),
        ("The chair proposes deleting the photos after a week.", "en"),
    ],
)
def test_a_measure_someone_put_forward_is_no_effect(
    reader: Reader, text: str, language: str
) -> None:
    technology = PARKING_NL if language == "nl" else PARKING_EN
    session = reading_session(Step.EFFECTS, language, technology, ("Handhavers",))
    assert not reader.read(text, session).effects


def test_parents_asking_whether_something_happens_is_still_an_effect(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "nl", PARKING_NL, ("Ouders",))
    reading = reader.read("Ouders vragen of de foto's van hun kinderen bewaard worden.", session)
    assert [e.direction for e in reading.effects] == ["negative"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De handhavers zien elke ochtend een lijst per straat.", "nl"),
        ("Het team Parkeren gebruikt de lijst om de routes voor de controles te plannen.", "nl"),
        ("Bij een treffer gaat er automatisch een melding naar de handhaver.", "nl"),
        ("Bij een treffer krijgt de handhaver automatisch een pushbericht.", "nl"),
        ("De ouders lezen het inspectierapport online.", "nl"),
        ("The wardens see a dashboard of all unpaid plates.", "en"),
        ("The parking team uses the list to plan the inspection routes.", "en"),
    ],
)
def test_a_line_on_how_the_system_works_is_no_effect(
    reader: Reader, text: str, language: str
) -> None:
    technology = PARKING_NL if language == "nl" else PARKING_EN
    session = reading_session(Step.EFFECTS, language, technology, ("Handhavers", "Wardens"))
    assert not reader.read(text, session).effects


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De handhavers krijgen een melding en zijn daardoor veel sneller ter plaatse.", "nl"),
        ("The wardens get an alert, which saves them a lot of walking.", "en"),
    ],
)
def test_a_line_on_the_working_with_a_judged_consequence_keeps_it(
    reader: Reader, text: str, language: str
) -> None:
    technology = PARKING_NL if language == "nl" else PARKING_EN
    session = reading_session(Step.EFFECTS, language, technology, ("Handhavers", "Wardens"))
    assert [e.direction for e in reader.read(text, session).effects] == ["positive"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("2. Signalen uit de proef: bewoners klagen dat de scanauto hun oprit fotografeert.", "nl"),
        ("2. Signals from the pilot: residents complain that the car photographs them.", "en"),
    ],
)
def test_a_complaint_in_the_case_minutes_is_a_negative_effect(
    reader: Reader, text: str, language: str
) -> None:
    technology = PARKING_NL if language == "nl" else PARKING_EN
    session = reading_session(Step.CASE, language, technology)
    session.case.context = "gemeente" if language == "nl" else "city"
    reading = reader.read(f"Een scanauto rijdt elke dag door de wijk.\n{text}", session)
    directions = [e.direction for e in reading.effects]
    assert directions == ["negative"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Plus: bewoners vinden sneller een plek, en de handhavers houden tijd over voor de "
            "lastige gevallen. Min: een foute scan kan lang onopgemerkt blijven.",
            "nl",
        ),
        (
            "Plus: checks are faster, and wardens have time left for the difficult "
            "cases. Minus: a wrong scan can stay unnoticed for a long time.",
            "en",
        ),
    ],
)
def test_min_and_minus_labels_are_the_negative_side(
    reader: Reader, text: str, language: str
) -> None:
    technology = PARKING_NL if language == "nl" else PARKING_EN
    session = reading_session(Step.EFFECTS, language, technology, ("Handhavers", "Wardens"))
    reading = reader.read(text, session)
    assert [e.direction for e in reading.effects] == ["positive", "positive", "negative"]
    assert not any(n.lower() in ("min", "minus") for n in _names(reading))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Dan zijn het de automobilisten, de bewoners, het team Parkeren en de leverancier.",
            "nl",
            {"Automobilisten", "Bewoners", "Team Parkeren", "Leverancier"},
        ),
        (
            "Then it's the drivers, the residents, the parking team and the vendor.",
            "en",
            {"Drivers", "Residents", "Parking team", "Vendor"},
        ),
    ],
)
def test_a_list_said_as_the_answer_gives_actors(
    reader: Reader, text: str, language: str, expected: set[str]
) -> None:
    technology = PARKING_NL if language == "nl" else PARKING_EN
    session = reading_session(Step.EFFECTS, language, technology)
    reading = reader.read(text, session)
    assert expected <= set(_names(reading))
    assert not reading.effects


def test_it_is_someone_who_suffers_is_no_list(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "en", PARKING_EN)
    reading = reader.read("It's the residents who lose out, because they pay twice.", session)
    assert [e.direction for e in reading.effects] == ["negative"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mag dit eigenlijk wel? Ik stuur je de mail door.\n"
            "Van: Wim (parkeerbeheer)\n"
            "De scanauto rijdt sinds maart door de wijk. Bewoners zijn bang dat de auto ook hun "
            "tuin fotografeert.",
            "nl",
        ),
        (
            "Is this even allowed? Forwarding you the mail.\n"
            "From: Wim (parking)\n"
            "The scan car has driven through the district since March. Residents are afraid the "
            "car also photographs their garden.",
            "en",
        ),
    ],
)
def test_a_request_for_a_verdict_in_front_of_a_pasted_mail_still_reads_the_mail(
    reader: Reader, text: str, language: str
) -> None:
    technology = PARKING_NL if language == "nl" else PARKING_EN
    session = reading_session(Step.EFFECTS, language, technology, ("Bewoners", "Residents"))
    reading = reader.read(text, session)
    assert reading.intent is not None and reading.intent.kind == "verdict"
    garden = [e for e in reading.effects if "tuin" in e.text or "garden" in e.text]
    assert [e.direction for e in garden] == ["negative"]


@pytest.mark.parametrize(
    "text", ["Is dit ethisch verantwoord?", "Is this ethical, yes or no? Just tell me."]
)
def test_a_bare_request_for_a_verdict_reads_nothing_else(reader: Reader, text: str) -> None:
    session = reading_session(Step.EFFECTS, "nl", PARKING_NL, ("Bewoners",))
    reading = reader.read(text, session)
    assert reading.intent is not None and reading.intent.kind == "verdict"
    assert not reading.effects and not reading.actors and not reading.options
