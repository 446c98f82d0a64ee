"""Value suggestions on effects written for the measure (tests/data/value_effects.yaml, none of
them the catalogue's own examples), in Dutch and English.

Measured when written, top 3 with multilingual-e5-small: fused nl 0.80, en 0.85 (embedding alone
0.73, 0.80; the fusion tuned for all-MiniLM-L6-v2 gave 0.70, 0.75). With the catalogue's everyday
sentences among the value phrases: nl 0.85, en 0.95, and on effects kept apart
(value_effects_holdout.yaml) nl 0.90, en 1.00. The catalogue's own typical
effects, left out one by one, no longer measure anything with a multilingual encoder: it finds the
effect's translation (0.86 / 0.92); left out with its translation, the nearest phrases are gone
and the top 3 holds the value for 0.22 of them.
"""

from __future__ import annotations

import pytest

from assistant.language.stems import content_words, stems_match
from assistant.method import suggestions as suggest
from assistant.method.suggestions import ValueSuggester
from bench.quality import EFFECTS_HELD_OUT, load_effects, value_top3


def test_suggestions_find_the_value_of_effects_written_for_the_measure(
    value_suggester: ValueSuggester, monkeypatch: pytest.MonkeyPatch
) -> None:
    effects = load_effects()
    assert {e.language for e in effects} == {"nl", "en"} and len(effects) >= 80
    fused = value_top3(value_suggester, effects)
    monkeypatch.setattr(suggest, "LEXICAL_WEIGHT", 0.0)
    embedding = value_top3(value_suggester, effects)
    print(
        f"\nwritten effects top-3: fused {fused['nl']:.3f} / {fused['en']:.3f}, "
        f"embedding only {embedding['nl']:.3f} / {embedding['en']:.3f}"
    )
    # half the lexical weight (kept for the effects of the development conversations) took the
    # written ones from nl 0.85, en 0.925 to nl 0.80, en 0.95
    assert fused["nl"] >= 0.8 and fused["en"] >= 0.9, fused
    assert fused["nl"] >= embedding["nl"] and fused["en"] >= embedding["en"]


def test_suggestions_find_the_value_of_effects_kept_apart(value_suggester: ValueSuggester) -> None:
    effects = load_effects(EFFECTS_HELD_OUT)
    assert {e.language for e in effects} == {"nl", "en"} and len(effects) >= 40
    found = value_top3(value_suggester, effects)
    assert found["nl"] >= 0.85 and found["en"] >= 0.9, found


def test_everyday_sentences_are_value_phrases(value_suggester: ValueSuggester) -> None:
    entry = next(e for e in value_suggester.catalogue.values if e.id == "privacy")
    phrases = suggest.value_phrases(entry)
    assert entry.nl.everyday and set(entry.nl.everyday) <= set(phrases)
    assert entry.en.everyday and set(entry.en.everyday) <= set(phrases)


@pytest.mark.parametrize(
    ("effect", "value"),
    [
        ("Het gevoel dat je altijd gefilmd wordt", "proportionality"),
        ("Ze krijgen een gezondere wijk", "health"),
        ("Veiliger bij grote drukte", "public-safety"),
        ("Ze voelen zich beoordeeld door een systeem", "craftsmanship"),
        ("Residents feel they are always being filmed", "privacy"),
        ("The neighbourhood becomes healthier", "health"),
    ],
)
def test_dutch_and_english_effects_point_to_their_value(
    value_suggester: ValueSuggester, effect: str, value: str
) -> None:
    found = [s.entry.id for s in value_suggester.suggest([effect], 3)]
    assert value in found, found


@pytest.mark.parametrize(
    ("effect", "value"),
    [
        ("Wie vaak belt krijgt een vlag, dat straalt wantrouwen uit", "trust"),
        ("Ouders voelen argwaan bij elke extra controle", "trust"),
        ("Tenants read the check as mistrust of them", "trust"),
        ("Vissers voelen zich vanaf de kade bespied", "privacy"),
        ("Allotment holders feel spied on by the drone", "privacy"),
    ],
)
def test_distrust_and_being_spied_on_propose_their_value(
    value_suggester: ValueSuggester, effect: str, value: str
) -> None:
    assert value in [s.entry.id for s in value_suggester.suggest([effect], 3)]


def test_every_effect_gets_its_own_best_value_among_the_proposals(
    value_suggester: ValueSuggester,
) -> None:
    effects = [
        "Veiliger bij grote drukte",
        "Het gevoel dat je altijd gefilmd wordt",
        "Klanten blijven weg als er een straat wordt afgesloten",
        "Ze kunnen op tijd ingrijpen",
    ]
    sims = value_suggester.similarity(effects)
    found = {s.entry.id for s in value_suggester.suggest(effects, 6)}
    catalogue = value_suggester.catalogue.values
    assert {catalogue[int(row.argmax())].id for row in sims} <= found
    assert {"public-safety", "proportionality"} <= found


def test_compound_words_and_participles_match() -> None:
    assert stems_match("camera", "cameratoezicht")
    assert not stems_match("zon", "zonder")
    assert content_words("Het gevoel dat je altijd gefilmd wordt") == ["gevoel", "gefilmd"]
