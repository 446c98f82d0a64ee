"""The chat renders replies as Markdown: a positive effect's "+" after a list dash would start a
nested list and vanish, so it is the full-width plus sign, which reads the same in the browser, the
terminal and an exported file (an escaped "\\+" showed its backslash outside the browser); the
minus sign (U+2212) stays as it is."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.conductor import Conductor


def test_a_positive_effect_keeps_its_plus_sign_in_markdown(conductor: Conductor) -> None:
    session = reading_session(Step.EFFECTS, "nl", "Een app voor parkeervergunningen", ("Bewoners",))
    reply = conductor.plan(
        session, "bewoners hoeven minder lang te wachten. bewoners voelen zich gecontroleerd"
    ).draft.text
    assert "- ＋ Bewoners:" in reply and "- − Bewoners:" in reply
    assert "- + " not in reply and "\\+" not in reply
