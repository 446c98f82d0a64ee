"""The direction of effects with a negation the rules used to miss: English negations with
"not" folded into the verb ("don't", "doesn't", "can't"), a negation after the word it denies
(Dutch "niet" after the verb and its object, "help never comes"), but not one that denies a
predicate, a change or something else; a marker before the effect ("(+) ..."); and words for
being picked on (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.method.reading.polarity import clause_direction, marker_direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # "not" folded into the verb turns the word after it
        ("Parents don't trust the school anymore", "negative"),
        ("The app doesn't help tenants with a low income", "negative"),
        ("Volunteers can't relax during the shift", "negative"),
        ("It doesn't cause extra stress for the teachers", "positive"),
        ("Tenants who don't speak Dutch get stuck", "negative"),
        # a negation after the word it denies, in the same clause
        ("De app helpt ouders niet", "negative"),
        ("De chatbot helpt de bewoners nooit", "negative"),
        ("Help never comes for the night shift", "negative"),
        # ... not when it denies a predicate, a change or something else
        ("Het risico is niet acceptabel", "negative"),
        ("De overlast is niet verdwenen", "negative"),
        ("De app helpt niet alleen ouders maar ook leraren", "positive"),
        ("Het helpt om niet te hoeven wachten", "positive"),
        ("Ouders zijn blij, niet boos", "positive"),
        ("Het contact met de wijk verbetert niet", "negative"),
        # being picked on or singled out
        ("Kinderen worden op school gepest om de pas", "negative"),
        ("Reizigers voelen zich geviseerd bij de poort", "negative"),
        ("Some pupils get bullied about the free lunch", "negative"),
    ],
)
def test_clause_direction_with_negations(text: str, direction: str) -> None:
    assert clause_direction(text) == direction


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("(+) Fraud with forged payslips is expected to go down", "positive"),
        ("(-) Meer telefoontjes bij de balie", "negative"),
        ("[-] Extra werk voor de planners", "negative"),
        ("Meer telefoontjes bij de balie", None),
    ],
)
def test_marker_before_the_effect(text: str, direction: str | None) -> None:
    assert marker_direction(text) == direction
