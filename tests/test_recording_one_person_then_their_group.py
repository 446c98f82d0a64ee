"""One person of a group recorded as an actor first ("een oudere parkwachter", "Ranger Tom"),
then the group itself ("parkwachters", "park rangers"): the person's effects are the group's
and the person is no actor of their own (Dutch and English; names written for these tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session
from assistant.method.changes import Changes
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.reading import Reading
from assistant.method.recording import record


@pytest.mark.parametrize(
    ("language", "person", "group", "names"),
    [
        ("nl", "Oudere parkwachter", "Parkwachters", ["Parkwachters", "Gemeente"]),
        ("en", "Ranger Tom", "Rangers", ["Rangers", "Gemeente"]),
        ("nl", "Wethouder", "Parkwachters", ["Wethouder", "Parkwachters", "Gemeente"]),
    ],
)
def test_one_person_folds_into_their_group_once_named(
    language: str, person: str, group: str, names: list[str]
) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    draft = EffectDraft("Voelt zich overbodig", "negative", None, person)
    record(None, session, Reading(effects=[draft]), Changes())  # type: ignore[arg-type]
    changes = Changes()
    record(None, session, Reading(actors=[group, "Gemeente"]), changes)  # type: ignore[arg-type]
    assert [a.name for a in session.actors] == names
    owner = session.actor(session.effects[0].actor_id or "")
    assert owner is not None and owner.name == names[0]
