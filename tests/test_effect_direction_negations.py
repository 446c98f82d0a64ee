"""The direction of effects with a negation the rules used to miss: English negations with
"not" folded into the verb ("don't", "doesn't", "can't"), a negation after the word it denies
(Dutch "niet" after the verb and its object, "help never comes"), but not one that denies a
predicate, a change or something else; a marker before the effect ("(+) ..."); and words for
being picked on (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.method.reading.polarity import clause_direction, marker_direction
from assistant.method.reading.segments import clauses, is_clause


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
        ("Reizigers voelen zich geviseerd bij de poort", "negative"),
        ("Pupils who use the pass at the club might be teased", "negative"),
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


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Veel kiezers vertrouwen de telling niet", "negative"),
        ("Sommige ouders vertrouwen de app niet meer", "negative"),
        ("Bewoners hebben geen vertrouwen in de meting", "negative"),
        ("Customers don't trust the new meter", "negative"),
        # a "niet"/"not" before a comma leaves the clause after it alone
        ("The tenants were told but not consulted, they're annoyed", "negative"),
        ("Mensen zonder auto komen niet mee, veel klachten daarover", "negative"),
        ("Geen lange, vervelende wachtrijen meer", "positive"),
    ],
)
def test_trust_withheld_and_negations_before_a_comma(text: str, direction: str) -> None:
    assert clause_direction(text) == direction


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (
            "Staff trust the score too much, clients lose their say",
            ["Staff trust the score too much", "clients lose their say"],
        ),
        (
            "Officers rely on the map, residents feel watched",
            ["Officers rely on the map", "residents feel watched"],
        ),
        (
            "Kiezers vertrouwen de telling niet, de gemeente krijgt meer bezwaren",
            ["Kiezers vertrouwen de telling niet", "de gemeente krijgt meer bezwaren"],
        ),
    ],
)
def test_trusting_is_a_verb_that_ends_an_effect(sentence: str, parts: list[str]) -> None:
    assert clauses(sentence) == parts


def test_trust_as_a_noun_is_no_clause() -> None:
    assert not is_clause("vertrouwen in de rechter")
    assert not is_clause("public trust in the council")
    assert is_clause("kiezers vertrouwen de rechter")
