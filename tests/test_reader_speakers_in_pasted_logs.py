"""The reader on who wrote a line of a pasted chat log ("[10:05] Sanne (balie): ...") or of
bulleted minutes ("- Karel: ...", with Karel among who was there): the speaker is left out,
never read as the actor of what the line says (Dutch and English; texts written for these
tests)."""

from __future__ import annotations

from method_fakes import LIBRARY, read_in, told

from assistant.domain.session import Step
from assistant.method.reading.noise import strip_noise
from assistant.method.reading.reader import Reader

CHAT_NL = """Stukje uit onze groepsapp:
[10:05] Sanne (balie): bezoekers staan nu langer in de rij bij de kassa
[10:07] Piet de V.: klopt"""

MINUTES_EN = """Minutes of the project group
Present: Karel (chair), Fenna (data), me
- Karel: the vendor delivers in May.
- Fenna: patients wait shorter at the desk."""


def test_chat_log_speaker_and_time_are_left_out() -> None:
    kept, _ignored = strip_noise(CHAT_NL)
    assert "bezoekers staan nu langer in de rij bij de kassa" in kept
    assert "Sanne" not in kept and "10:05" not in kept and "Piet" not in kept


def test_bulleted_minutes_lose_the_speaker_names() -> None:
    kept, _ignored = strip_noise(MINUTES_EN)
    assert "- patients wait shorter at the desk." in kept
    assert "Fenna:" not in kept and "Karel:" not in kept


def test_chat_log_line_is_an_effect_for_the_people_it_names(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "[14:32] Joris (uitleen): bezoekers raken gefrustreerd bij de kassa",
        LIBRARY,
        "nl",
        "een zelfscankassa",
        Step.EFFECTS,
    )
    assert [(e[1], e[2]) for e in told(reading)] == [("negative", "Bezoekers")]


def test_chat_log_with_a_day_before_the_time_loses_its_speaker() -> None:
    kept, _ignored = strip_noise("Uit de app:\n[Wed 14:20] Ilse (communicatie): klinkt eng")
    assert kept.endswith("\nklinkt eng.")


def test_chat_speakers_role_labels_a_line_that_speaks_for_their_side() -> None:
    kept, _ignored = strip_noise(
        "From our channel:\n[Mon 09:40] Kim (front desk): we spend less time on forms\n"
        "[Mon 09:41] Kim (front desk): patients like the new screen"
    )
    assert "front desk: we spend less time on forms." in kept
    assert "\npatients like the new screen." in kept


def test_chat_speakers_role_is_the_actor_of_a_we_line(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Uit de groepsapp:\n[ma 11:02] Tom (balie, uitleen): wij zijn veel minder tijd kwijt",
        (*LIBRARY, "Uitleen"),
        "nl",
        "een zelfscankassa",
        Step.EFFECTS,
    )
    assert [(e[1], e[2]) for e in told(reading)] == [("positive", "Uitleen")]


def test_chat_messages_are_never_joined_to_the_next_line() -> None:
    kept, _ignored = strip_noise(
        "Uit de app:\n[10:01] Anna: de scanner las gisteren tweehonderd pasjes zonder fouten\n"
        "[10:02] Bas (balie): top, maar bij de uitgang piept hij vaak"
    )
    assert "zonder fouten." in kept
    assert kept.splitlines()[-1] == "top, maar bij de uitgang piept hij vaak."
