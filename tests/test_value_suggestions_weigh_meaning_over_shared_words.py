"""Value suggestions weigh an effect's meaning above the words it shares with a value's phrases
(``LEXICAL_WEIGHT`` half the embedding's): unrest in a town centre shares "onrust"/"unrest",
"signalen" and "eerder" with animal welfare's lines about restless cattle, which is no sign of
that value."""

from __future__ import annotations

from assistant.method.suggestions import ValueSuggester


def _top(value_suggester: ValueSuggester, effect: str, limit: int = 3) -> list[str]:
    return [s.entry.id for s in value_suggester.suggest([effect], limit)]


def test_unrest_in_the_street_is_not_first_of_all_animal_welfare(
    value_suggester: ValueSuggester,
) -> None:
    found = _top(value_suggester, "De gemeente ziet eerder signalen van onrust in het centrum")
    assert found[0] != "animal-welfare", found
    assert "responsiveness" in found, found


def test_signals_of_unrest_on_the_street_propose_no_animal_welfare(
    value_suggester: ValueSuggester,
) -> None:
    found = _top(value_suggester, "Wardens get earlier signals when there is unrest on the street")
    assert "animal-welfare" not in found, found
    assert "public-safety" in found, found


def test_words_still_count_beside_the_meaning(value_suggester: ValueSuggester) -> None:
    assert "privacy" in _top(value_suggester, "Bewoners voelen zich bespied door de camera")
    assert "privacy" in _top(value_suggester, "Residents feel spied on by the camera")
