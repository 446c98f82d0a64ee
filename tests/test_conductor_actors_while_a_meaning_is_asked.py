"""The conductor on actors named while the meaning of a value of the user's own is asked: a
list of people ("wie er nog meer bij hoort: ...", "who else is involved - ...") adds actors and
is no definition of that value (guided mode; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Step, Value
from assistant.method.conductor import Conductor


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Wie er nog meer bij hoort - de marktkooplui, de marktmeester en de RDW.", "nl",
         ["Marktkooplui", "Marktmeester", "RDW"]),
        ("Who else is involved - the stallholders, the market master and the RDW.", "en",
         ["Stallholders", "Market master", "RDW"]),
    ],
)  # fmt: skip
def test_a_list_of_people_while_a_meaning_is_asked_adds_actors(
    conductor: Conductor, text: str, language: str, expected: list[str]
) -> None:
    session = session_at(Step.VALUES, language)
    session.values.append(Value(id="v-own", name="Rustige markt", priority=1))
    session.meta["define_value"] = "v-own"
    before = [a.name for a in session.actors]
    conductor.plan(session, text)
    assert [a.name for a in session.actors if a.name not in before] == expected
    assert session.value("v-own").definition == ""  # type: ignore[union-attr]
