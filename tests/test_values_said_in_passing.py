"""Values said in passing where values are asked are chosen: after a thought and the verb first
("als ik erover nadenk gaat het mij vooral om ..."), one value with what it concerns in a clause
("betrouwbaarheid van wat de tolk zegt"), said unsure ("geen idee, eerlijkheid?") or beside "weet
niet hoe je dat noemt", added by saying one would put it in ("ik zou er nog X bij zetten", "the
board would add respect"), one ranked above another, after "ik zat zelf aan", under a label
("Belangrijk: ..."), with a note in brackets, a short name that ends in an abstract noun ("family
life") no people, and "skip to values: ..." drops none of them. "I'd go with the first three"
takes those proposals. Sentences written for these tests (Dutch and English)."""

from __future__ import annotations

from typing import Any

from method_fakes import converse

from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.references import proposal_reference
from assistant.method.reading.value_names import match_values
from assistant.paths import PROJECT_ROOT

CATALOGUE = Catalogue(PROJECT_ROOT / "corpus")

NL_OPENING = [
    "De gemeente test een app die meldingen over zwerfafval automatisch doorstuurt.",
    "volgende",
    "Actoren: handhavers, bewoners, de reinigingsdienst",
    "Bewoners krijgen sneller antwoord. Handhavers voelen zich gecontroleerd door de app.",
    "volgende",
]
EN_OPENING = [
    "A province tests an app that routes reports of litter to the cleaning crews.",
    "next",
    "Actors: cleaning crews, residents, the enforcement team",
    "Residents get an answer sooner. The crews feel watched by the app.",
    "next",
]


def chosen(conductor: Any, language: str, message: str) -> list[str]:
    opening = NL_OPENING if language == "nl" else EN_OPENING
    session = converse(conductor, language, [*opening, message])
    return [v.key or v.name for v in session.chosen_values()]


def test_values_after_a_thought_with_the_verb_first(conductor: Any) -> None:
    said = (
        "Als ik erover nadenk gaat het mij vooral om de veiligheid van de handhavers. En privacy."
    )
    keys = chosen(conductor, "nl", said)
    assert "security" in keys or "public-safety" in keys
    assert "privacy" in keys
    said = "When I think about it, for me it's mostly about the safety of the crews. And trust."
    keys = chosen(conductor, "en", said)
    assert "public-safety" in keys and "trust" in keys


def test_one_value_with_a_clause_on_what_it_concerns(conductor: Any) -> None:
    keys = chosen(conductor, "nl", "Betrouwbaarheid van wat er doorgegeven wordt. En privacy.")
    assert "reliability" in keys
    keys = chosen(conductor, "en", "Reliability of what is passed on to the crews. And privacy.")
    assert "reliability" in keys


def test_a_value_said_unsure_is_chosen(conductor: Any) -> None:
    keys = chosen(conductor, "nl", "welke waarden? geen idee, rechtvaardigheid? en privacy")
    assert "justice" in keys and "privacy" in keys
    keys = chosen(conductor, "en", "which values? no idea, fairness? and privacy")
    assert "justice" in keys and "privacy" in keys


def test_values_beside_not_knowing_the_name_are_chosen(conductor: Any) -> None:
    said = "waarden: privacy, autonomie, en 'schone straat', weet niet hoe je dat noemt."
    keys = chosen(conductor, "nl", said)
    assert "privacy" in keys and "autonomy" in keys


def test_a_value_added_by_saying_one_would_put_it_in(conductor: Any) -> None:
    said = "privacy vind ik goed, en ik zou er zelf nog betrouwbaarheid bij zetten"
    assert "reliability" in chosen(conductor, "nl", said)
    said = "Privacy and trust. The residents' panel would add respect, I'm sure, so put that in."
    names = chosen(conductor, "en", said)
    assert "human-dignity" in names
    assert not any("sure" in n.lower() or "put that" in n.lower() for n in names)


def among_effects(conductor: Any, message: str) -> list[str]:
    """The values chosen where effects are asked (the values step not reached yet)."""
    session = converse(conductor, "nl", [*NL_OPENING[:4], message])
    return [v.key or v.name for v in session.chosen_values()]


def test_one_value_ranked_above_another_names_both(conductor: Any) -> None:
    said = "Ik zou gezondheid boven efficiëntie zetten, niet andersom. Verder privacy en autonomie."
    assert {"health", "efficiency", "privacy"} <= set(among_effects(conductor, said))


def test_values_after_what_one_was_thinking_of(conductor: Any) -> None:
    said = "wat zie jij voor waarden? ik zat zelf aan privacy en rechtvaardigheid"
    keys = among_effects(conductor, said)
    assert "privacy" in keys and "justice" in keys


def test_skip_to_values_drops_no_value(conductor: Any) -> None:
    session = converse(
        conductor,
        "en",
        [
            EN_OPENING[0],
            "next",
            "skip to values: accessibility and inclusion, and trust in the province",
        ],
    )
    keys = [v.key for v in session.chosen_values()]
    assert {"accessibility", "inclusion", "trust"} <= set(keys)


def test_a_label_and_a_note_in_brackets_name_no_value_of_their_own() -> None:
    names = [
        c.name for c in match_values("Belangrijk: het belang van de bewoner, privacy", CATALOGUE)
    ]
    assert names[0].lower() == "belang van de bewoner"
    names = [c.name for c in match_values("safety (day and night), privacy", CATALOGUE)]
    assert names == ["public-safety", "privacy"]


def test_a_short_name_ending_in_an_abstract_noun_is_no_actor(conductor: Any) -> None:
    opening = EN_OPENING[:5]
    session = converse(conductor, "en", [*opening, "privacy, family life, trust"])
    assert "Family life" not in [a.name for a in session.actors]
    assert "Family life" in [v.name for v in session.chosen_values()]


def test_a_verb_of_choosing_before_the_numbers_takes_those_proposals() -> None:
    assert proposal_reference("I'd go with the first three") == [1, 2, 3]
    assert proposal_reference("I want 2 and 4") == [2, 4]
    assert proposal_reference("kies maar") == []
    assert proposal_reference("I want the dashboard") is None


def test_what_weighs_most_before_measures_is_no_effect(conductor: Any) -> None:
    session = converse(
        conductor,
        "nl",
        [
            *NL_OPENING,
            "privacy, vertrouwen en vakmanschap",
            "volgende",
            "Wat ik het zwaarst vind wegen is de handhaver die blind volgt. Dus: de app toont bij"
            " elke melding waarom die doorgestuurd is. In het protocol komt dat de handhaver eerst"
            " zelf gaat kijken. En nieuwe handhavers werken het eerste kwartaal zonder de app.",
        ],
    )
    assert not any("zwaarst" in e.text for e in session.effects)
    assert {o.kind for o in session.options} == {"design", "environment", "human"}


def test_values_under_a_values_label_among_effects_beside_not_knowing_the_name(
    conductor: Any,
) -> None:
    said = "waarden: privacy, autonomie, en 'schone straat', weet niet hoe je dat noemt."
    keys = among_effects(conductor, said)
    assert "privacy" in keys and "autonomy" in keys


def test_a_value_of_something_with_its_name_in_brackets_is_no_effect(conductor: Any) -> None:
    said = "- privacy\n- reliability of the address register (betrouwbaarheid van de BRP)"
    assert "reliability" in chosen(conductor, "en", said)
