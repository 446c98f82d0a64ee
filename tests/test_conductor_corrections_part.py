"""A correction of a part of an effect ("correctie: niet X maar Y") changes that part only."""

from __future__ import annotations

from assistant.domain.session import Effect, Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.editing.corrections import rename_item
from assistant.method.reading.reader import Reader
from assistant.paths import PROJECT_ROOT


def test_a_labelled_correction_of_part_of_an_effect_keeps_the_rest() -> None:
    catalogue = Catalogue(PROJECT_ROOT / "corpus")
    session = Session(language="nl")
    session.step = Step.EFFECTS
    effect = Effect(
        id="e1",
        text="Reizigers met een oude kaart krijgen vaker een boete, dat is oneerlijk",
        direction="negative",
    )
    session.effects = [effect]
    intent = (
        Reader(catalogue)
        .read("correctie: niet vaker een boete maar vaker een waarschuwing", session)
        .intent
    )
    assert intent is not None and intent.kind == "correct"
    rename_item(session, "effect", effect, intent.replacement, catalogue, intent.target)
    assert (
        effect.text
        == "Reizigers met een oude kaart krijgen vaker een waarschuwing, dat is oneerlijk"
    )
    assert effect.direction == "negative"
