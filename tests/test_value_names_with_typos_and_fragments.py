"""Value names typed with a typo are the catalogue value they name (by edit distance, names and
synonyms in both languages; short words only as typed), and abbreviations and the leftovers of
a list are no values of the user's own (sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.language.textparts import edit_distance
from assistant.method.reading.reader import Reader


def at(language: str = "nl") -> Session:
    technology = "Een rooster-app voor de thuiszorg"
    return reading_session(Step.VALUES, language, technology, ("Cliënten", "Wijkverpleging"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("transparantei en privasy", "nl", ["transparency", "privacy"]),
        ("betrouwbaarhied, autonomie", "nl", ["reliability", "autonomy"]),
        ("accesability and privacy", "en", ["accessibility", "privacy"]),
        ("relaibility, sustainabilty", "en", ["reliability", "sustainability"]),
    ],
)
def test_a_value_name_with_a_typo_is_the_catalogue_value(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, at(language))
    assert [v.name for v in reading.values] == expected
    assert all(v.said in ("", v.said.lower()) for v in reading.values)


def test_the_typo_itself_is_not_kept_as_the_users_words(reader: Reader) -> None:
    reading = reader.read("accesability and privacy", at("en"))
    assert reading.values[0].said == ""


def test_another_word_two_letters_longer_is_no_typo(reader: Reader) -> None:
    reading = reader.read("integraliteit en privacy", at())
    assert [v.name for v in reading.values] == ["Integraliteit", "privacy"]


def test_short_words_are_only_matched_as_typed(reader: Reader) -> None:
    reading = reader.read("rest en privacy", at())
    assert "trust" not in [v.name for v in reading.values]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("privacy, vertrouwen tussen wijkteam en clt, veiligheid", "nl"),
        ("privacy en mw", "nl"),
        ("privacy, trust between nurses and pts, safety", "en"),
    ],
)
def test_an_abbreviation_is_no_value(reader: Reader, text: str, language: str) -> None:
    names = [v.name.lower() for v in reader.read(text, at(language)).values]
    assert not {"clt", "mw", "pts"} & set(names)
    assert "privacy" in names


def test_a_list_word_left_at_the_end_is_cut_off(reader: Reader) -> None:
    reading = reader.read("privacy, kalmte en welzijn", at())
    assert "Kalmte en" not in [v.name for v in reading.values]


def test_the_rest_of_a_qualifier_is_no_value(reader: Reader) -> None:
    reading = reader.read("equal treatment of clients with and without a laptop, privacy", at("en"))
    assert [v.name for v in reading.values] == ["equal-treatment", "privacy"]


def test_edit_distance_counts_letters_left_out_added_or_changed() -> None:
    assert edit_distance("privasy", "privacy") == 1
    assert edit_distance("accesability", "accessibility") == 2
    assert edit_distance("", "abc") == 3


def test_equal_access_is_accessibility(reader: Reader) -> None:
    nl = reader.read("gezondheid, privacy. En gelijke toegang.", at())
    en = reader.read("health, privacy, and equal access", at("en"))
    assert "accessibility" in [v.name for v in nl.values]
    assert "accessibility" in [v.name for v in en.values]
