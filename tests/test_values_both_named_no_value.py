"""Among values, "both" said of two values weighed before ("Allebei, denk ik", "but keep both")
names no value of its own (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Ik twijfel of dit over privacy gaat of over transparantie. Allebei, denk ik."),
        ("en", "Is this about privacy or about transparency? But keep both."),
    ],
)  # fmt: skip
def test_both_is_no_value(conductor: Conductor, language: str, text: str) -> None:
    session = session_at(Step.VALUES, language)
    conductor.goto(session, Step.VALUES)
    conductor.plan(session, text)
    names = [v.name.lower() for v in session.values]
    assert not any(n in ("allebei", "both", "but keep both", "keep both") for n in names)
