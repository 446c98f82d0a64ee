"""Values described in an everyday clause where values are asked, not named: being treated
decently is dignity, nobody falling through the cracks is inclusion, living as one wants oneself
is autonomy; the clause is no value of its own, also where a list splits it ("tussen wal | en
schip"). Sentences written for these tests (Dutch and English)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def keys(reader: Reader, text: str, language: str) -> list[str]:
    session = reading_session(Step.VALUES, language, "Een wijkapp", ("Bewoners", "Gemeente"))
    return [v.entry.id if v.entry else v.name for v in reader.read(text, session).values]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "privacy, en dat de chauffeurs fatsoenlijk behandeld worden",
            "nl",
            ["privacy", "human-dignity"],
        ),
        (
            "privacy, and that the drivers are treated like adults",
            "en",
            ["privacy", "human-dignity"],
        ),
        (
            "transparantie en dat geen gezin tussen wal en schip raakt",
            "nl",
            ["transparency", "inclusion"],
        ),
        (
            "transparency, and that no family slips through the net",
            "en",
            ["transparency", "inclusion"],
        ),
        (
            "veiligheid, en dat mensen hun tuin inrichten zoals ze zelf willen",
            "nl",
            ["security", "autonomy"],
        ),
        (
            "safety, and that residents can live the way they want",
            "en",
            ["public-safety", "autonomy"],
        ),
    ],
)
def test_values_described_in_everyday_clauses(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert keys(reader, text, language) == expected


def test_a_list_split_inside_the_clause_makes_no_value_of_its_own(reader: Reader) -> None:
    assert keys(reader, "dat niemand tussen wal en schip valt", "nl") == ["inclusion"]


def test_a_name_of_ones_own_around_a_value_word_stays(reader: Reader) -> None:
    assert keys(reader, "eerlijk proces en privacy", "nl") == ["Eerlijk proces", "privacy"]
