"""A value the session holds but the user did not choose (one the assistant suggested from the
effects) is not presented in the brief as one the participants named."""

from __future__ import annotations

import pytest
from brief_fakes import FakeRetriever

from assistant.brief.builder import BriefInput, build_brief
from assistant.domain.session import Case, Language, Session, Value
from assistant.knowledge.catalogue import Catalogue
from assistant.paths import PROJECT_ROOT


@pytest.mark.parametrize(
    ("language", "chosen", "suggested"),
    [
        ("nl", "gekozen, prioriteit 1", "genoemd of voorgesteld in de sessie, niet gekozen"),
        ("en", "chosen, priority 1", "named or suggested in the session, not chosen"),
    ],
)
def test_a_value_not_chosen_is_marked_as_not_chosen(
    language: Language, chosen: str, suggested: str
) -> None:
    session = Session(
        language=language,
        case=Case(technology="Sensoren in afvalbakken die melden wanneer ze vol zijn"),
        values=[
            Value(id="v1", name="Privacy", key="privacy", priority=1),
            Value(id="v2", name="Efficiency", key="efficiency"),
        ],
    )
    brief = build_brief(
        BriefInput.from_session(session), Catalogue(PROJECT_ROOT / "corpus"), FakeRetriever(),
        language,
    )  # fmt: skip
    why = {v.key: v.why for v in brief.values}
    assert why["privacy"] == chosen
    assert why["efficiency"] == suggested
