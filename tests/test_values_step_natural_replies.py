"""The values step on the replies people actually give: thanks and agreeing words are never
values of the user's own ("sounds good, thx", "die twee"), whom a value is for is not a value
("the wellbeing of the pilots"), an opening that agrees with the proposals is taken and the rest
read ("those sound right, and I'd add autonomy"), agreement after choosing moves on, and
measures given while a value's meaning is asked are options, not its meaning (guided mode;
sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Session, Step, Value
from assistant.knowledge.catalogue import Catalogue
from assistant.method.conductor import Conductor
from assistant.method.reading.extraction import match_values
from assistant.method.reading.intents import detect_intent


def say(conductor: Conductor, session: Session, text: str) -> str:
    return conductor.plan(session, text).draft.text


def named(text: str, catalogue: Catalogue) -> list[str]:
    return [c.entry.id if c.entry else c.name for c in match_values(text, catalogue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sounds good, thx", []),
        ("ja zo, dank je", []),
        ("rechtvaardigheid en privacy, die twee", ["justice", "privacy"]),
        ("the wellbeing of the drivers and their autonomy", ["wellbeing", "autonomy"]),
        ("vakmanschap van de handhavers, en transparantie", ["craftsmanship", "transparency"]),
        ("privacy of the tenants, plus rust in de straat", ["privacy", "Rust in de straat"]),
    ],
)
def test_only_values_become_values(
    method_catalogue: Catalogue, text: str, expected: list[str]
) -> None:
    assert named(text, method_catalogue) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("sounds good, thx", "affirm"),
        ("yes, that's fine thanks", "affirm"),
        ("ja, zo is het goed", "affirm"),
        ("klinkt goed, dank je wel", "affirm"),
        ("good, that's it", "done"),
        ("ok dat was het", "done"),
        ("no, that's not good", "answer"),
        ("privacy is good", "answer"),
    ],
)
def test_short_agreeing_replies_are_read_as_agreement(text: str, kind: str) -> None:
    assert detect_intent(text).kind == kind


def test_agreeing_with_proposals_and_adding_one_takes_both(conductor: Conductor) -> None:
    session = session_at(Step.VALUES, "en")
    session.step = Step.EFFECTS
    say(conductor, session, "which values would you see here?")
    shown = [p.ref for p in session.proposals if p.kind == "value"]
    assert shown
    say(conductor, session, "those sound right, and I'd add democracy")
    chosen = session.chosen_values()
    assert {v.id for v in chosen} >= set(shown[: len(chosen) - 1])
    assert "democracy" in {v.key for v in chosen}
    assert all(v.key for v in chosen)  # no value called "those sound right"


def test_thanks_after_choosing_moves_on_to_the_options(conductor: Conductor) -> None:
    session = session_at(Step.VALUES)
    session.step = Step.EFFECTS
    say(conductor, session, "welke waarden zie jij?")
    say(conductor, session, "privacy, rechtvaardigheid en autonomie")
    assert len(session.chosen_values()) == 3
    say(conductor, session, "ja, zo is het goed, dank je")
    assert session.step == Step.OPTIONS
    assert [v.key for v in session.chosen_values()] == ["privacy", "justice", "autonomy"]


def test_measures_while_a_meaning_is_asked_are_options(conductor: Conductor) -> None:
    session = session_at(Step.VALUES, "en")
    session.values.append(Value(id="v-own", name="Calm streets", priority=1))
    session.meta["define_value"] = "v-own"
    say(
        conductor,
        session,
        "We could switch the sensors off at night, and the council should get a report every "
        "six months.",
    )
    assert session.options
    assert session.value("v-own").definition == ""  # type: ignore[union-attr]


def test_a_sentence_that_says_it_lists_values_gives_values_not_an_effect(
    conductor: Conductor,
) -> None:
    session = session_at(Step.VALUES)
    session.step = Step.EFFECTS
    before = len(session.effects)
    say(conductor, session, "De waarden zijn voor mij rechtvaardigheid en privacy, eerlijk gezegd.")
    assert len(session.effects) == before
    assert {v.key for v in session.chosen_values()} == {"justice", "privacy"}


def test_an_acknowledgement_before_the_content_is_no_item(conductor: Conductor) -> None:
    session = session_at(Step.EFFECTS, "en")
    before = len(session.effects)
    say(conductor, session, "Got it. Residents feel watched by the cameras in their street.")
    assert len(session.effects) == before + 1
    assert not any(e.text.lower().startswith("got it") for e in session.effects)
    assert "Got it" not in {a.name for a in session.actors}


def test_a_value_named_in_the_users_words_keeps_them(conductor: Conductor) -> None:
    session = session_at(Step.VALUES, "en")
    session.step = Step.EFFECTS
    say(conductor, session, "I'd say the values are fairness, privacy and public safety.")
    chosen = session.chosen_values()
    assert [(v.name, v.key) for v in chosen] == [
        ("Fairness (Justice)", "justice"),  # the user's word, and the value it stands for
        ("Privacy", "privacy"),
        ("Public safety", "public-safety"),
    ]
    assert chosen[0].definition  # the catalogue's meaning comes along


def test_a_question_while_a_meaning_is_asked_is_not_the_meaning(conductor: Conductor) -> None:
    session = session_at(Step.VALUES)
    session.values.append(Value(id="v-own", name="Duidelijkheid", priority=1))
    session.meta["define_value"] = "v-own"
    say(conductor, session, "kunnen we niet bij elke afwijzing een mens laten meekijken?")
    assert session.value("v-own").definition == ""  # type: ignore[union-attr]


def test_values_of_ones_own_beside_catalogue_values_in_a_list(
    method_catalogue: Catalogue,
) -> None:
    assert named("privacy en rust in de wijk", method_catalogue) == ["privacy", "Rust in de wijk"]
    assert named("trust and calm streets, to be honest", method_catalogue) == [
        "trust",
        "Calm streets",
    ]


def test_thanks_after_agreeing_adopts_nothing_more(conductor: Conductor) -> None:
    session = session_at(Step.VALUES)
    session.step = Step.EFFECTS
    say(conductor, session, "welke waarden zie jij?")
    say(conductor, session, "die klinken goed, en ik zou democratie toevoegen")
    chosen = [v.key for v in session.chosen_values()]
    assert "democracy" in chosen and len(chosen) == 4  # the strongest three and democracy
    say(conductor, session, "ja zo is het goed, dank je")
    assert [v.key for v in session.chosen_values()] == chosen
    assert session.step == Step.OPTIONS


def test_proposals_asked_as_questions_where_values_are_asked_are_options(
    conductor: Conductor,
) -> None:
    session = session_at(Step.OPTIONS)
    session.step = Step.VALUES
    say(
        conductor,
        session,
        "zouden we niet een foto van de kaart kunnen laten maken voordat er een boete komt? "
        "en een afspraak met de belangenvereniging over klachten.",
    )
    assert len(session.options) == 2
    assert not any(e.text.startswith("Zouden") for e in session.effects)


def test_an_agreement_and_what_people_should_learn_are_two_options() -> None:
    from assistant.method.reading.extraction import extract_options

    found = extract_options(
        "also an agreement with the farmers' association about when we fly, and the pilots "
        "should learn to fly higher near people",
        "design",
    )
    assert [o.kind for o in found] == ["environment", "human"]
