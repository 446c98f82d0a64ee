"""The conductor where the case asks who works with the technology and the answer tells what
happens to people instead ("de handhaver krijgt er een hoop werk bij, want ..."): an effect
whose people are an actor, not a note on the users (Dutch and English; sentences written for
these tests)."""

from __future__ import annotations

from assistant.domain.session import Session
from assistant.method.conductor import Conductor


def told(conductor: Conductor, language: str, turns: list[str]) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    for text in turns:
        conductor.plan(session, text)
    return session


def test_users_answered_by_an_effect_nl(conductor: Conductor) -> None:
    session = told(
        conductor,
        "nl",
        [
            "Gemeente, team handhaving. Sinds maart gebruiken we een app die foto's van fout "
            "geparkeerde fietsen herkent en er een melding van maakt.",
            "De handhaver krijgt er een hoop werk bij, want elke melding moet nagelopen worden.",
        ],
    )
    assert "handhaver" not in session.case.users.lower()
    assert [a.name for a in session.actors] == ["Handhaver"]
    assert [e.direction for e in session.effects] == ["negative"]


def test_users_answered_by_an_effect_en(conductor: Conductor) -> None:
    session = told(
        conductor,
        "en",
        [
            "Municipality, parking team. Since March we use an app that recognises badly parked "
            "bikes in photos and makes a report.",
            "The planners get a lot more work, every report has to be checked by hand.",
        ],
    )
    assert "planners" not in session.case.users.lower()
    assert "Planners" in [a.name for a in session.actors]
    assert "negative" in [e.direction for e in session.effects]


def test_users_named_plainly_stay_users_nl(conductor: Conductor) -> None:
    session = told(
        conductor,
        "nl",
        [
            "Gemeente, team handhaving. Sinds maart gebruiken we een app die foto's van fout "
            "geparkeerde fietsen herkent en er een melding van maakt.",
            "De handhavers werken ermee, op straat en op kantoor.",
        ],
    )
    assert "handhavers" in session.case.users.lower()
    assert not session.effects
