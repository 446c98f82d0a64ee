"""The stage of a case: a pilot that has run for a while ("de pilot draait sinds maart", "a pilot,
running till 2026") stays a pilot unless the text says the technology is in use; "since" with a
time says it is in use ("since covid", "since January"), "since" as a reason says nothing; a
word that merely starts with "proef" ("proefkonijn") is no pilot (Dutch and English; sentences
written for these tests)."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import detect_stage


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De pilot met de parkeerapp draait sinds april in twee wijken.", "pilot"),
        ("we testen sinds de zomer een chatbot als proef voor 10% van de bellers", "pilot"),
        ("It's a trial in two depots, running since May.", "pilot"),
        ("The cameras have been operational since 2022, after a short pilot.", "in_use"),
        ("De app is sinds 2021 in gebruik, na een pilot in Zwolle.", "in_use"),
        ("Since last spring the model ranks every request.", "in_use"),
        ("Since corona we've checked exams at home with software.", "in_use"),
        ("Since nobody reads the letters, we want a chatbot.", None),
        ("Ik voel me een proefkonijn, zei een bewoner.", None),
        ("We willen volgend jaar een pilot starten.", "idea"),
    ],
)
def test_the_stage_of_a_pilot_that_runs_and_of_since(text: str, expected: str | None) -> None:
    assert detect_stage(text) == expected
