"""The reader on labels and lists that name no actor: a bare header "eff:" over marked lines, a
direction label ("good stuff:"), a part of the case ("bij de gordel: ..."), a list of inputs
("Inputs: ...", "Gegevens: ..."), a list of costs and rates, and the speakers in pasted minutes
("2. Sanne: ...") (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.clause_subjects import subject_person
from assistant.method.reading.noise import strip_noise
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("eff:\n+ minder wachten aan de balie\n- bezoekers voelen zich gevolgd", "nl"),
        ("good stuff: staff find lost items faster. bad stuff: visitors feel followed.", "en"),
        ("+ bij de nachtstand: ook bezoekers worden gefilmd, vind ik lastig", "nl"),
        ("+ at the night setting: visitors get filmed too, which bothers me", "en"),
    ],
)
def test_a_label_that_names_a_step_or_a_part_of_the_case_is_no_actor(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Camera's in de bibliotheek", ("Staff",))
    reading = reader.read(text, session)
    assert reading.effects
    named = [a.lower() for a in reading.actors] + [e.actor_name.lower() for e in reading.effects]
    assert not any(
        label in name for name in named for label in ("eff", "good", "bad", "nachtstand", "night")
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Inputs: earlier visit reports, complaints from neighbours, and the permit register.",
         "en"),
        ("Gegevens: eerdere bezoekverslagen, klachten van buren en het vergunningenregister.",
         "nl"),
        ("Licentie 40k per jaar, onderhoud per kwartaal, support via de leverancier.", "nl"),
    ],
)  # fmt: skip
def test_a_list_of_inputs_or_costs_at_the_case_names_no_actors(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, "Een risicomodel"))
    assert reading.actors == []


def test_speakers_in_pasted_minutes_lose_their_name_label() -> None:
    text = (
        "Ik plak de notulen.\n\nAanwezig: Sanne (teamleider), Ahmed (jurist)\n"
        "1. Sanne: de strooiploegen rijden gerichter.\n2. Ahmed: licentie loopt tot mei."
    )
    kept, _ = strip_noise(text)
    assert kept.splitlines() == [
        "1. de strooiploegen rijden gerichter.",
        "2. licentie loopt tot mei.",
    ]


def test_people_involved_typed_short_is_a_lead_in(reader: Reader) -> None:
    text = "ppl involved: visitors, the librarians, and the security firm"
    reading = reader.read(text, reading_session(Step.ACTORS, "en", "Cameras in the library"))
    assert reading.actors == ["Visitors", "Librarians", "Security firm"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Even wat achtergrond, want het is een lang verhaal. Onze wijkagenten krijgen elke "
         "week een lijst met adressen van een model dat inbraken voorspelt.", "nl"),
        ("Bit of background first, sorry, it's a long story. Our wardens get a weekly list of "
         "addresses from a model that predicts burglaries.", "en"),
    ],
)  # fmt: skip
def test_announcing_background_is_no_part_of_the_case(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, ""))
    technology = reading.case["technology"].lower()
    assert "model" in technology
    assert "achtergrond" not in technology and "background" not in technology


@pytest.mark.parametrize(
    ("clause", "subject"),
    [
        ("The legal basis is the Environment Act", ""),
        ("The legal department checks every letter", "Legal department"),
    ],
)
def test_a_legal_basis_is_no_subject_of_people_a_legal_department_is(
    clause: str, subject: str
) -> None:
    assert subject_person(clause) == subject
