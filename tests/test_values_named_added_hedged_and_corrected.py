"""Values named where values are chosen (guided mode; sentences written for these tests): a value
of one's own added with an instruction inside a list ("en voeg X toe, dat is ..."), a name put
in quotes and hedged ("..., whatever you call that"), nature conservation as sustainability, a
correction announced by two words ("nee wacht, niet X maar Y"), and "yes to the first three"
as a pick of proposals."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.conductor import Conductor
from assistant.method.reading.value_names import match_values


def named(text: str, catalogue: Catalogue) -> list[str]:
    return [c.entry.id if c.entry else c.name for c in match_values(text, catalogue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neem privacy en vertrouwen, en voeg gastvrijheid toe, dat is voor ons echt de kern.",
         ["privacy", "trust", "Gastvrijheid"]),
        ("privacy and trust, and we'd also add hospitality, that's what a library is about",
         ["privacy", "trust", "Hospitality"]),
        ("zet rust er ook bij", ["Rust"]),
    ],
)  # fmt: skip
def test_a_value_of_ones_own_added_in_a_list(
    method_catalogue: Catalogue, text: str, expected: list[str]
) -> None:
    assert named(text, method_catalogue) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('privacy, fairness and "being listened to", whatever you call that',
         ["privacy", "justice", "Being listened to"]),
        ("privacy en 'erbij horen', of hoe je dat ook noemt", ["privacy", "Erbij horen"]),
    ],
)  # fmt: skip
def test_a_quoted_name_with_a_hedge_is_the_value(
    method_catalogue: Catalogue, text: str, expected: list[str]
) -> None:
    assert named(text, method_catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "De belangrijkste waarden zijn natuurbescherming en veiligheid.",
        "The main values are nature conservation and safety.",
    ],
)
def test_nature_conservation_is_sustainability(method_catalogue: Catalogue, text: str) -> None:
    assert named(text, method_catalogue)[0] == "sustainability"


def chosen_after(conductor: Conductor, language: str, turns: list[str]) -> Session:
    session = session_at(Step.VALUES, language)
    for text in turns:
        conductor.plan(session, text)
    return session


@pytest.mark.parametrize(
    ("turns", "language", "gone", "there"),
    [
        (["privacy, gelijke behandeling en autonomie",
          "nee wacht, niet autonomie maar vakmanschap. de artsen willen zelf blijven oordelen."],
         "nl", "autonomy", "craftsmanship"),
        (["privacy, equal treatment and autonomy",
          "oh wait, sorry, not autonomy but craftsmanship"], "en", "autonomy", "craftsmanship"),
    ],
)  # fmt: skip
def test_a_correction_announced_by_two_words(
    conductor: Conductor, turns: list[str], language: str, gone: str, there: str
) -> None:
    session = chosen_after(conductor, language, turns)
    keys = {v.key for v in session.chosen_values()}
    assert there in keys
    assert gone not in keys


@pytest.mark.parametrize(
    ("ask", "pick", "language"),
    [
        ("welke waarden zie jij?", "ja voor de eerste drie", "nl"),
        ("which values do you see?", "Yes to the first three, and add hospitality.", "en"),
    ],
)
def test_yes_to_the_first_three_takes_them(
    conductor: Conductor, ask: str, pick: str, language: str
) -> None:
    session = session_at(Step.VALUES, language)
    session.values = []
    conductor.plan(session, ask)
    first = [p.text for p in session.proposals if p.kind == "value"][:3]
    conductor.plan(session, pick)
    names = [v.name for v in session.chosen_values()]
    assert names[:3] == first
    assert not any("first" in n.lower() or "eerste" in n.lower() for n in names)


@pytest.mark.parametrize(
    "text",
    ["patiëntveiligheid, vertrouwen en privacy", "patient safety, trust and privacy"],
)
def test_the_safety_of_patients_is_public_safety(method_catalogue: Catalogue, text: str) -> None:
    assert named(text, method_catalogue) == ["public-safety", "trust", "privacy"]
