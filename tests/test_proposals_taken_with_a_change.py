"""Proposals taken by number with a change or a condition ("je eerste voorstel neem ik over,
maar dan zonder die audit", "1 ja, 3 ja maar zonder de auditor", "your first one yes, but without
the sign-off", "the second one only if it costs no extra clicks"): the change is part of the pick,
no measure of its own; the user's own measures beside it are read as ever."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Proposal, Session, Step, Value
from assistant.method.reading.reader import Reader

PROPOSED = (
    ("Short retention period", "design"),
    ("Yearly audit by an external auditor", "environment"),
    ("Training for staff", "human"),
)


def _session(language: str) -> Session:
    session = reading_session(Step.OPTIONS, language, "door cameras", ("Residents", "Staff"))
    session.values = [Value(id="v1", name="Privacy", definition="", priority=1)]
    session.proposals = [
        Proposal(number=n, kind="option", ref=f"p{n}", text=text, option_kind=kind)  # type: ignore[arg-type]
        for n, (text, kind) in enumerate(PROPOSED, start=1)
    ]
    return session


def _options(reader: Reader, text: str, language: str) -> tuple[list[str], list[int] | None]:
    reading = reader.read(text, _session(language))
    return [o.text for o in reading.options], reading.reference


def test_taken_without_a_part_nl(message_reader: Reader) -> None:
    text = (
        "Je tweede voorstel neem ik over, maar dan zonder die externe auditor. Zelf zou ik "
        "toevoegen: de camera's gaan 's nachts uit."
    )
    options, picked = _options(message_reader, text, "nl")
    assert picked == [2]
    assert options == ["De camera's gaan 's nachts uit"]


def test_taken_by_numbers_with_a_change_nl(message_reader: Reader) -> None:
    options, picked = _options(message_reader, "1 ja, 2 nee, 3 ja maar dan zonder de toets.", "nl")
    assert picked == [1, 3]
    assert options == []


def test_taken_without_a_part_en(message_reader: Reader) -> None:
    text = "Your first one yes, but without the automatic deletion."
    options, picked = _options(message_reader, text, "en")
    assert picked == [1]
    assert options == []


def test_taken_on_a_condition_en(message_reader: Reader) -> None:
    text = "Your third one yes, the second one only if it costs no extra money."
    options, picked = _options(message_reader, text, "en")
    assert picked and 3 in picked
    assert options == []


def test_without_a_pick_a_measure_with_zonder_stays_nl(message_reader: Reader) -> None:
    reading = message_reader.read("Zonder toestemming geen beelden bewaren.", _session("nl"))
    assert [o.text for o in reading.options] == ["Zonder toestemming geen beelden bewaren"]


def test_own_measures_after_mine_en(message_reader: Reader) -> None:
    text = "Your second one yes. Mine: the cameras switch off at night."
    options, picked = _options(message_reader, text, "en")
    assert picked == [2]
    assert options == ["The cameras switch off at night"]


def test_own_measures_after_van_mij_nl(message_reader: Reader) -> None:
    text = "De tweede ja. Van mij: de camera's gaan 's nachts uit."
    options, picked = _options(message_reader, text, "nl")
    assert picked == [2]
    assert options == ["De camera's gaan 's nachts uit"]
