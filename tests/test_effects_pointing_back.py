"""A clause whose relative pronoun points back at the clause before it ("..., which they
appreciate", "..., wat fysiek echt scheelt") says what that effect is to its people: its words
join that effect, no effect of its own. One that names people of its own ("..., which the
night staff find tiring") or sets some against others is an effect on them. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor
from assistant.method.reading.effect_lines import extract_effects

ACTORS = [Actor(id="a1", name="Tuinders"), Actor(id="a2", name="Couriers")]


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.direction) for d in extract_effects(text, ACTORS, None, "positive")]


@pytest.mark.parametrize(
    ("text", "joined", "direction"),
    [
        ("Couriers no longer have to wait at the depot, which most of them really appreciate.",
         "Couriers no longer have to wait at the depot, which most of them really appreciate",
         "positive"),
        ("Couriers lose their fixed routes, which undermines the bond with their customers.",
         "Couriers lose their fixed routes, which undermines the bond with their customers",
         "negative"),
        ("Couriers can plan their week better, which matters because we can't find enough of them.",
         "Couriers can plan their week better, which matters because we can't find enough of them",
         "positive"),
        ("De tuinders hoeven niet meer elke ochtend te meten, wat echt tijd scheelt.",
         "De tuinders hoeven niet meer elke ochtend te meten, wat echt tijd scheelt",
         "positive"),
        ("De tuinders moeten elke dag een formulier invullen, wat juist in de oogsttijd lastig is.",
         "De tuinders moeten elke dag een formulier invullen, wat juist in de oogsttijd lastig is",
         "negative"),
    ],
)  # fmt: skip
def test_a_clause_pointing_back_joins_the_effect_before(
    text: str, joined: str, direction: str
) -> None:
    assert _read(text) == [(joined, direction)]


@pytest.mark.parametrize(
    "text",
    [
        "Couriers get their routes a day earlier, which the night staff find tiring.",
        "De tuinders krijgen eerder hun uitslag, wat de buren heel oneerlijk vinden.",
        "Couriers can share their location, which some of them like and others find tiring.",
    ],
)
def test_a_clause_of_its_own_stays_apart(text: str) -> None:
    assert len(_read(text)) == 2
