"""Measures whose kind is close between two kinds, decided by a general reason (Dutch and
English; sentences written for these tests): learning sessions for people are human; a final
decision, a rule label or a minutes heading of rules is environment; a check by a person, a duty
to tell, a right always granted or "no X without Y" may be environment or human; a feature that
brings a person within reach may be design or human; a scheduled design measure may be
environment. Where the evidence is even, the kind still missing on the canvas decides."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import HandlingOption, Step
from assistant.method.reading.extraction import extract_options
from assistant.method.recording import choose_kinds


def _kind(text: str) -> str:
    return extract_options(text, "design")[0].kind


def _others(text: str) -> tuple[str, ...]:
    return extract_options(text, "design")[0].alternatives


@pytest.mark.parametrize(
    "text",
    [
        "Add a training for the caretakers on reading the heat map",
        "een cursus voor de handhavers over het lezen van de kaart",
        "a session with a planner and a dispatcher about why the route changed",
        "de boa's opleiden in het herkennen van valse meldingen",
        "explain it in class so pupils know what the scanner keeps",
    ],
)
def test_learning_for_people_is_human(text: str) -> None:
    assert _kind(text) == "human"


@pytest.mark.parametrize(
    "text",
    [
        "A caseworker taking the final decision",
        "Rule: the inspector must state the reason in the decision letter",
        "Regel: de consulent legt elke afwijking uit in het dossier",
    ],
)
def test_final_decision_and_rule_label_are_environment(text: str) -> None:
    assert _kind(text) == "environment"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Afspreken dat elke brief door een jurist wordt nagelezen voor verzending", "human"),
        ("Teams: a ranger still checks every camera trap the model marks as empty", "human"),
        (
            "Housing corporations have to send their tenants a letter about the meters",
            "environment",
        ),
        ("De bewoner mag altijd zelf kiezen voor een gesprek aan de balie", "environment"),
        ("Geen boete zonder dat een handhaver de foto zelf heeft bekeken", "environment"),
        ("A button to reach a real person in every screen", "human"),
        ("Een knop naar een medewerker op elke pagina", "human"),
        ("The model rechecks a random sample of flagged claims each month", "environment"),
    ],
)
def test_close_kinds_get_the_other_kind_as_alternative(text: str, other: str) -> None:
    draft = extract_options(text, "design")[0]
    assert other in (draft.kind, *draft.alternatives)
    assert len(draft.alternatives) >= 1


def test_a_computer_doing_the_check_is_no_person() -> None:
    assert "human" not in _others("Elke melding wordt door een computer gecontroleerd")


def test_receiving_a_course_keeps_human_without_environment() -> None:
    text = "Rechters zouden een korte cursus moeten krijgen over zittingen via beeld"
    assert _kind(text) == "human"
    assert "environment" not in _others(text)


def test_even_evidence_is_decided_by_the_kind_still_missing() -> None:
    session = reading_session(Step.OPTIONS, "en", "Camera traps in the dunes")
    session.options = [
        HandlingOption(id="o1", kind="design", text="Blur walkers in the images"),
        HandlingOption(id="o2", kind="human", text="Rangers learn to read the model's marks"),
    ]
    drafts = extract_options(
        "Teams: a ranger still checks every camera trap the model marks as empty", "design"
    )
    choose_kinds(session, drafts)
    assert drafts[0].kind == "environment"
    session.options[0].kind = "environment"
    drafts = extract_options(
        "Afspreken dat elke brief door een jurist wordt nagelezen voor verzending", "design"
    )
    choose_kinds(session, drafts)
    assert drafts[0].kind == "environment"  # nothing missing that it could fill: its own kind
