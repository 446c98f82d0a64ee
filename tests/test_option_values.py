"""The chosen value an option is tied to (``ValueSuggester.best_value``), on options written for
the measure (tests/data/option_values.yaml: a half to develop on, a half kept apart) and on
options of our own that the value similarity alone tied to the wrong value.

Measured when written, top 1 with multilingual-e5-small: the value similarity alone nl 0.73,
en 0.77 (kept apart nl 0.68, en 0.77); with the votes of the nearest option patterns and the
option cue words nl 0.95, en 0.95 (kept apart nl 0.95, en 0.91)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Value
from assistant.language.cues.option_value_signals import option_cued_values
from assistant.method.suggestions import ValueSuggester, pattern_phrases
from bench.quality import load_option_cases, option_value_top1


def _chosen(suggester: ValueSuggester, keys: list[str], language: str) -> list[Value]:
    entries = {entry.id: entry for entry in suggester.catalogue.values}
    return [
        Value(id=f"v{n}", name=entries[key].text(language).name, key=key, priority=n)
        for n, key in enumerate(keys, start=1)
    ]


def test_options_written_for_the_measure_are_tied_to_the_value_they_protect(
    value_suggester: ValueSuggester,
) -> None:
    cases = load_option_cases()
    for language in ("nl", "en"):
        for split in ("dev", "held-out"):
            assert sum(c.language == language and c.split == split for c in cases) >= 20
    found = option_value_top1(value_suggester, cases)
    print({k: round(v, 3) for k, v in found.items() if not k.endswith("_missed")})
    assert found["nl.dev"] >= 0.9 and found["en.dev"] >= 0.9, found
    assert found["nl.held-out"] >= 0.85 and found["en.held-out"] >= 0.85, found


LOCKS = ["public-safety", "justice", "craftsmanship"]


@pytest.mark.parametrize(
    ("language", "keys", "option", "protects"),
    [
        ("nl", LOCKS, "De brugwachter beslist zelf bij elk signaal, geen automatische boetes",
         {"justice", "craftsmanship"}),
        ("nl", LOCKS, "Pleziervaarders krijgen de eerste keer een waarschuwing", {"justice"}),
        ("nl", LOCKS, "Brugwachters ontwerpen het meldingenscherm mee", {"craftsmanship"}),
        ("nl", ["livelihood", "animal-welfare", "public-safety"],
         "De bemanning van de reddingsboot omscholen tot dronepiloot", {"livelihood"}),
        ("nl", ["security", "ease-of-use", "privacy"],
         "Medewerkers loggen in met een pasje en een code", {"security"}),
        ("nl", ["accountability", "transparency", "efficiency"],
         "Een logboek van elke aanpassing aan het model", {"accountability"}),
        ("en", LOCKS, "The bridge keeper decides on every signal, no automatic fines",
         {"justice", "craftsmanship"}),
        ("en", LOCKS, "Pleasure boaters get a warning the first time", {"justice"}),
        ("en", ["privacy", "accessibility", "efficiency"],
         "The contract forbids the vendor to train other models on the chats", {"privacy"}),
        ("en", ["livelihood", "animal-welfare", "public-safety"],
         "Retrain the lifeboat crew as drone pilots", {"livelihood"}),
        ("en", ["autonomy", "health", "privacy"], "Tenants can opt out of the sensors",
         {"autonomy"}),
    ],
)  # fmt: skip
def test_option_is_tied_to_the_value_it_protects(
    value_suggester: ValueSuggester,
    language: str,
    keys: list[str],
    option: str,
    protects: set[str],
) -> None:
    best = value_suggester.best_value(option, _chosen(value_suggester, keys, language))
    assert best is not None and best.key in protects, (option, best)


def test_a_value_named_in_the_option_wins(value_suggester: ValueSuggester) -> None:
    chosen = _chosen(value_suggester, ["public-safety", "privacy", "trust"], "nl")
    best = value_suggester.best_value("Voor het vertrouwen: elk jaar een open avond", chosen)
    assert best is not None and best.key == "trust"


def test_pattern_phrases_hold_titles_texts_and_everyday_lines_in_both_languages(
    value_suggester: ValueSuggester,
) -> None:
    pattern = value_suggester.catalogue.options[0]
    phrases = pattern_phrases(pattern)
    assert pattern.nl.title in phrases and pattern.en.text in phrases
    assert set(pattern.nl.everyday) | set(pattern.en.everyday) <= set(phrases)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("Tweestapsverificatie voor iedereen", "security"),
        ("Two-factor login for the back office", "security"),
        ("Chauffeurs omscholen tot planner", "livelihood"),
        ("Alleen gebruiken tijdens de jaarmarkt", "proportionality"),
        ("Only run it during the festival weekend", "proportionality"),
        ("Residents can opt out", "autonomy"),
        ("A first offence gets a warning first", "justice"),
        ("Handhavers denken mee over de regels in het systeem", "craftsmanship"),
    ],
)
def test_option_cue_words(option: str, value: str) -> None:
    assert value in option_cued_values(option)


def test_no_option_cue_in_plain_options() -> None:
    assert not option_cued_values("Inloggen moet met één klik kunnen")
    assert not option_cued_values("Bewoners denken mee over de plek van de sensoren")
