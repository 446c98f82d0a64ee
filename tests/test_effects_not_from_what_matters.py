"""What the speaker says matters to them ("waar het mij om gaat: dat ...", "wat ik belangrijk
vind? Dat ...", "what matters to me: that ...") tells what should be protected, not what
happens: no effect, and no option from its parts; an effect told after it still counts."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader


def _read(reader: Reader, text: str, language: str, step: Step = Step.EFFECTS):  # type: ignore[no-untyped-def]
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    session.meta["ask_direction"] = "positive"
    return reader.read(text, session)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Waar het mij om gaat: dat je in het park ongestoord kunt wandelen, en dat "
            "buurtbewoners zelf over hun tuin beslissen.",
            "nl",
        ),
        (
            "Wat ik belangrijk vind? Dat bewoners weten wie er belt. En dat niemand wordt "
            "overgeslagen.",
            "nl",
        ),
        ("voor mij gaat t om: dat je thuis niet bekeken wordt", "nl"),
        (
            "What matters to me: that a patient feels heard by a real person, and that their "
            "data stays private.",
            "en",
        ),
        ("What I care about? That nobody is fined by a machine alone.", "en"),
    ],
)
def test_what_matters_is_no_effect(reader: Reader, text: str, language: str) -> None:
    assert _read(reader, text, language).effects == []


def test_no_option_from_the_parts_of_what_matters(reader: Reader) -> None:
    reading = _read(
        reader,
        "What matters to me: nobody should have to explain a sick day at dawn; a manager "
        "should still ask how you are; and your health stays between you and the nurse.",
        "en",
        Step.ACTORS,
    )
    assert reading.effects == [] and reading.options == []


@pytest.mark.parametrize(
    ("text", "language", "effect"),
    [
        (
            "Wat ik belangrijk vind? Dat bewoners weten wie er belt. De bezorgers voelen zich "
            "bekeken.",
            "nl",
            "De bezorgers voelen zich bekeken",
        ),
        (
            "What I care about? That nobody is fined by a machine. The cleaners feel watched.",
            "en",
            "The cleaners feel watched",
        ),
    ],
)
def test_an_effect_after_what_matters_still_counts(
    reader: Reader, text: str, language: str, effect: str
) -> None:
    assert [e.text for e in _read(reader, text, language).effects] == [effect]


def test_values_named_in_what_matters_are_read_where_values_are_asked(reader: Reader) -> None:
    reading = _read(
        reader,
        "voor mij gaat t om: dat boeren niet als verdachte worden behandeld (vertrouwen dus)",
        "nl",
        Step.VALUES,
    )
    assert "trust" in [v.name for v in reading.values]
