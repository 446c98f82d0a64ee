"""A case told as a choice between two ways: what is said of the way not taken, while the case
and the actors are asked, is no effect of the case; a sentence that says which way was chosen
("we kiezen de app", "the council went with the sensors") tells the case (Dutch and English;
texts written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step, Turn
from assistant.method.reading.case_clauses import tells_the_case
from assistant.method.reading.reader import Reader
from assistant.method.reading.weighed_alternatives import alternatives

FRAME_NL = (
    "De bibliotheek wil de drukte bij de balie aanpakken. Er liggen twee opties. Optie A is "
    "zelfscanpalen bij de uitgang. Optie B is meer baliepersoneel op zaterdag."
)
FRAME_EN = (
    "Our housing office has long queues. The director wants to pick one: a booking app for "
    "appointments, or a second front desk with two more clerks."
)


def test_the_two_ways_of_a_choice_are_found() -> None:
    first, second = alternatives(FRAME_NL) or ("", "")
    assert "zelfscanpalen" in first and "baliepersoneel" in second
    first, second = alternatives(FRAME_EN) or ("", "")
    assert "booking app" in first and "front desk" in second
    assert alternatives("The app sends a reminder or a text message to residents.") is None


@pytest.mark.parametrize(
    ("frame", "language", "said", "kept"),
    [
        (
            FRAME_NL,
            "nl",
            "Over het baliepersoneel: die kunnen tenminste met ouderen praten, maar ze zijn duur. "
            "Met de zelfscanpalen hoeven lezers minder lang te wachten, dat is fijn.",
            "wachten",
        ),
        (
            FRAME_EN,
            "en",
            "My view on the front desk: it helps elderly visitors feel welcome but the clerks are "
            "hard to find. "
            "The booking app saves visitors a long wait.",
            "wait",
        ),
    ],
)
def test_effects_of_the_way_not_taken_are_no_effects(
    reader: Reader, frame: str, language: str, said: str, kept: str
) -> None:
    session = reading_session(Step.CASE, language, "zelfscanpalen en een booking app")
    session.transcript.append(Turn(role="user", text=frame, step=Step.CASE))
    texts = [e.text.lower() for e in reader.read(said, session).effects]
    assert not any(w in t for t in texts for w in ("ouderen", "duur", "elderly", "hard to"))
    assert any(kept in t for t in texts)


def test_without_a_choice_the_same_sentence_stays_an_effect(reader: Reader) -> None:
    session = reading_session(Step.CASE, "en", "zelfscanpalen en een booking app")
    session.transcript.append(
        Turn(role="user", text="Our housing office has a second front desk.", step=Step.CASE)
    )
    said = (
        "My view on the front desk: it helps elderly visitors feel welcome but the clerks are "
        "hard to find."
    )
    assert any("elderly" in e.text for e in reader.read(said, session).effects)


@pytest.mark.parametrize(
    "clause",
    [
        "We kiezen de zelfscanpalen",
        "Oké, het wordt de app",
        "dan liever geen extra personeel",
        "De openingstijden blijven zoals ze zijn",
        "The council went with the sensors",
        "the desk hours stay as they are",
    ],
)
def test_a_choice_made_tells_the_case(clause: str) -> None:
    assert tells_the_case(clause)


def test_people_choosing_something_is_not_a_choice_of_the_case() -> None:
    assert not tells_the_case("Ouders kiezen vaker voor de papieren brief")


def test_people_the_other_way_would_serve_stay_in_effects(reader: Reader) -> None:
    frame = (
        "De gemeente wil kiezen: sensoren in de lantaarnpalen die zwerfvuil melden, of een groep "
        "vrijwilligers die bewoners aanspreekt."
    )
    session = reading_session(Step.ACTORS, "nl", "sensoren in de lantaarnpalen", ("Bewoners",))
    session.transcript.append(Turn(role="user", text=frame, step=Step.CASE))
    said = "Bewoners voelen zich publiekelijk op hun nummer gezet, dat is negatief."
    assert any("nummer" in e.text for e in reader.read(said, session).effects)


def test_english_of_weighs_nothing() -> None:
    text = (
        "I'm the chair of the works council and we must decide on a new rota app for the "
        "cleaners of the town hall."
    )
    assert alternatives(text) is None
