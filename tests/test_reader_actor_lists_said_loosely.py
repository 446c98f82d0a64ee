"""The reader on actor lists typed loosely: a lead-in without a verb ("people involved the
tenants ..."), slang after a name ("obvs"), "there" typed for "their", a label for more actors
("Other actors:", "Andere betrokkenen:"), and an adverb after a subject ("the caretakers finally
see ...") that is no part of its name (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def test_a_lead_in_without_verb_and_slang_and_typos_leave_the_names(reader: Reader) -> None:
    text = "people involved the tenants obvs, there kids, the caretaker and the landlord"
    reading = reader.read(text, reading_session(Step.ACTORS, "en", "Smart meters"))
    assert reading.actors == ["Tenants", "Kids", "Caretaker", "Landlord"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Other actors: the meter supplier, the tenants union and the neighbours.", "en",
         ["Meter supplier", "Tenants union", "Neighbours"]),
        ("Andere betrokkenen: de meterleverancier, de huurdersvereniging en de buren.", "nl",
         ["Meterleverancier", "Huurdersvereniging", "Buren"]),
    ],
)  # fmt: skip
def test_a_label_for_more_actors_during_the_effects_gives_actors(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    session = reading_session(Step.EFFECTS, language, "Slimme meters", ("Huurders",))
    reading = reader.read(text, session)
    assert reading.actors == expected
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        ("The caretakers finally see which flats are damp.", "en", "Caretakers"),
        ("De opzichters zien eindelijk welke woningen vochtig zijn.", "nl", "Opzichters"),
    ],
)
def test_an_adverb_after_the_subject_is_no_part_of_its_name(
    reader: Reader, text: str, language: str, who: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Slimme meters", ("Huurders",))
    reading = reader.read(text, session)
    assert [e.actor_name for e in reading.effects] == [who]


@pytest.mark.parametrize(
    ("text", "language", "step", "expected"),
    [
        ("Verder zijn de conciërges en de schoolleiding betrokken.", "nl", Step.ACTORS,
         ["Conciërges", "Schoolleiding"]),
        ("Daarnaast zijn de conciërges en de schoolleiding betrokken.", "nl", Step.EFFECTS,
         ["Conciërges", "Schoolleiding"]),
        ("De conciërges en de schoolleiding zijn betrokken, en ook de GGD.", "nl", Step.ACTORS,
         ["Conciërges", "Schoolleiding", "GGD"]),
        ("The caretakers and the school board are involved, and also the GGD.", "en",
         Step.ACTORS, ["Caretakers", "School board", "GGD"]),
    ],
)  # fmt: skip
def test_involved_said_in_the_middle_or_at_the_end_of_a_list(
    reader: Reader, text: str, language: str, step: Step, expected: list[str]
) -> None:
    reading = reader.read(text, reading_session(step, language, "Slimme meters", ("Huurders",)))
    assert reading.actors == expected
    assert not reading.unread
