"""The reader on a pasted e-mail or minutes: the line that announces it, quote markers ("> "),
header lines ("Van:", "Subject:"), a separator, who was there ("Aanwezig:") and the signature
are left out; the mail's own text is the case, and what the writer says below the signature is
read again (Dutch and English; texts written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.noise import strip_noise
from assistant.method.reading.reader import Reader

QUOTED_NL = """Hierbij de mail van onze afdelingshoofd, dan snap je de achtergrond:

> Van: P. Jansen, hoofd Groen
> Onderwerp: bomenscan
> Collega's, vanaf mei meet een sensor in elke straatboom hoe droog de grond is en
> stuurt een melding als een boom water nodig heeft.
> Groet, Petra

Ik ben adviseur openbare ruimte en bereid het gesprek voor."""

FORWARDED_EN = """Forwarding this so you have the background:

-----Original Message-----
From: K. de Boer
Sent: Monday 2 March 2026 10:00
Subject: tree sensors

Hi all,
From May a sensor in every street tree measures how dry the soil is and sends an alert.

Kind regards,
Karin de Boer
This e-mail may contain confidential information."""


def test_a_quoted_mail_keeps_its_text_and_what_follows_the_signature() -> None:
    kept, ignored = strip_noise(QUOTED_NL)
    assert kept.startswith("vanaf mei meet een sensor in elke straatboom")
    assert "stuurt een melding" in kept
    assert kept.endswith("Ik ben adviseur openbare ruimte en bereid het gesprek voor.")
    assert not any(mark in kept for mark in (">", "Van:", "Onderwerp:", "Petra", "Hierbij"))
    assert "Groet, Petra" in ignored


def test_a_forwarded_mail_loses_its_headers_salutation_and_signature() -> None:
    kept, ignored = strip_noise(FORWARDED_EN)
    assert kept == (
        "From May a sensor in every street tree measures how dry the soil is and sends an alert."
    )
    assert "Subject: tree sensors" in ignored
    assert "Karin de Boer" in ignored


@pytest.mark.parametrize(("text", "language"), [(QUOTED_NL, "nl"), (FORWARDED_EN, "en")])
def test_a_pasted_mail_gives_the_case_its_technology(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, ""))
    assert "sensor" in reading.case["technology"]
    assert not reading.actors


def test_minutes_lose_who_was_there() -> None:
    text = (
        "Ik plak de notulen van maandag.\n\nAanwezig: Sanne (teamleider), Ahmed (jurist)\n"
        "1. De app meldt gladheid aan de strooiploegen."
    )
    kept, ignored = strip_noise(text)
    assert kept == "1. De app meldt gladheid aan de strooiploegen."
    assert any(line.startswith("Aanwezig:") for line in ignored)
