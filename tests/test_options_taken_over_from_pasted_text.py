"""A pointer to options someone named in pasted text ("Pieter's one", "de adviezen van Sanne
neem ik over"; Dutch and English, sentences written for these tests) is no option of its own:
the measures that person advised in the pasted mail or thread are taken over."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step, Turn
from assistant.method.reading.reader import Reader

THREAD_EN = """Forwarding a thread about the rent model.

From: Marta Vos (housing)
Sent: Monday
Subject: FW: rent arrears model

> Tenants feel watched by the score.

> From: Pieter Jansen
> Fair point. We could let tenants see their own score before any visit. I'll ask legal.
"""
MAIL_NL = """Zie de mail hieronder.
> Ouders voelen zich gecontroleerd door het model.
> Mijn advies: haal 'leeftijd van het kind' uit het model, en betaal door tijdens het onderzoek.
> Groet, Sanne (jurist)
"""


@pytest.mark.parametrize(
    ("pasted", "text", "language", "measures"),
    [
        (THREAD_EN, "Options: Pieter's one, obviously.", "en", ["let tenants see their own"]),
        (MAIL_NL, "Opties: de twee adviezen van Sanne neem ik over.", "nl",
         ["haal 'leeftijd van het kind'", "betaal door"]),
    ],
)  # fmt: skip
def test_options_named_by_others_are_taken_over(
    reader: Reader, pasted: str, text: str, language: str, measures: list[str]
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een risicomodel", ("huurders",))
    session.transcript.append(Turn(role="user", text=pasted, step=Step.CASE))
    reading = reader.read(text, session)
    said = [o.text.lower() for o in reading.options]
    assert [t[: len(m)] for t, m in zip(said, measures, strict=False)] == measures
    assert len(said) == len(measures)


@pytest.mark.parametrize(
    ("text", "language"),
    [("Opties: het voorstel van Joris neem ik over.", "nl"), ("Options: Joris's one.", "en")],
)
def test_a_pointer_to_someone_not_in_the_pasted_text_is_no_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een risicomodel", ("huurders",))
    session.transcript.append(Turn(role="user", text=MAIL_NL, step=Step.CASE))
    assert reader.read(text, session).options == []
