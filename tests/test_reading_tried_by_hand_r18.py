"""Faults found by typing new conversations by hand in the eighteenth round (sentences and
conversations written for these tests, Dutch and English): "the first one and the third one"
takes both; "what do you mean by values? examples?" explains the values, not the step we are at;
"what kind is still missing?" is a question, not an option; a value described and then named in
brackets is one value; a fragment that narrows the effect before it down stays part of it; a
focus word is no part of a group's name; the reply that says a kind is missing shows the
proposal it promises."""

from __future__ import annotations

import pytest
from method_fakes import converse, read_in, reading_session

from assistant.domain.session import Step
from assistant.language.textparts import normalise
from assistant.method.conductor import Conductor
from assistant.method.reading.asides import help_topic
from assistant.method.reading.questions import method_question
from assistant.method.reading.reader import Reader
from assistant.method.reading.references import proposal_reference


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("take the first one and the third one", [1, 3]),
        ("the second one and the last one please", [2, -1]),
        ("neem de eerste en de derde", [1, 3]),
        ("take the top one", [1]),
        ("de bovenste twee", [1, 2]),
        ("first three", [1, 2, 3]),
    ],
)
def test_picks_by_ordinal_words_take_every_one_named(text: str, numbers: list[int]) -> None:
    assert proposal_reference(text) == numbers


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("what do you mean by values? examples?", Step.VALUES),
        ("wat bedoel je met waarden? voorbeelden?", Step.VALUES),
        ("what do you mean by options? any examples?", Step.OPTIONS),
    ],
)
def test_a_meaning_question_with_a_second_question_keeps_its_term(text: str, topic: Step) -> None:
    asks, found = help_topic(normalise(text))
    assert asks and found == topic


def test_asking_about_values_while_effects_are_asked_explains_values(
    conductor: Conductor,
) -> None:
    session = reading_session(Step.EFFECTS, "en", "A drafting chatbot", ("Policy advisors",))
    reply = conductor.plan(session, "what do you mean by values? examples?").draft.text
    assert reply.startswith("Values are") and not session.values


@pytest.mark.parametrize(
    "text",
    ["what kind is still missing?", "welke soort ontbreekt nog?", "wat mist er nog?",
     "which kinds are we still missing?"],
)  # fmt: skip
def test_asking_which_kind_is_missing_is_a_question_for_proposals(text: str) -> None:
    question = method_question(text, Step.OPTIONS)
    assert question is not None and question.propose and question.step == Step.OPTIONS


@pytest.mark.parametrize(
    ("language", "text", "keys"),
    [
        ("nl", "vertrouwen, privacy en dat het verslag klopt (zorgvuldigheid)",
         ["trust", "privacy", "due-care"]),
        ("en", "privacy and that the report is right (due care)", ["privacy", "due-care"]),
    ],
)  # fmt: skip
def test_a_value_described_and_named_in_brackets_is_one_value(
    message_reader: Reader, language: str, text: str, keys: list[str]
) -> None:
    found = read_in(message_reader, text, ("Consulenten",), language, "a tool", Step.VALUES)
    assert [v.name for v in found.values] == keys


@pytest.mark.parametrize(
    ("language", "text", "actors", "whole"),
    [
        ("nl", "Inwoners gaan minder open praten als er een opname loopt. Zeker over schulden "
               "of ruzie thuis.", ("Inwoners",), "zeker over schulden"),
        ("en", "Nurses lose time. Especially when the sensor gives false alarms at night.",
         ("Nurses",), "especially when the sensor"),
    ],
)  # fmt: skip
def test_a_fragment_that_narrows_an_effect_down_stays_part_of_it(
    message_reader: Reader, language: str, text: str, actors: tuple[str, ...], whole: str
) -> None:
    found = read_in(message_reader, text, actors, language, "a tool", Step.EFFECTS)
    [effect] = found.effects
    assert whole in effect.text.lower() and effect.direction == "negative"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("nl", "Vooral ouderen hebben er veel aan.", "Ouderen"),
        ("nl", "Met name jongeren haken af.", "Jongeren"),
        ("en", "Especially older residents feel watched.", "Older residents"),
    ],
)
def test_a_focus_word_is_no_part_of_a_groups_name(
    message_reader: Reader, language: str, text: str, name: str
) -> None:
    found = read_in(message_reader, text, ("Medewerkers",), language, "a tool", Step.EFFECTS)
    [effect] = found.effects
    assert effect.actor_name == name


@pytest.mark.parametrize(
    ("language", "turns", "finish"),
    [
        ("en", ["A metro operator wants face recognition at the ticket gates.",
                "commuters, station staff, the vendor", "next",
                "+ faster flow at rush hour\n- everyone passing gets scanned", "next",
                "privacy, non-discrimination", "your proposals please",
                "we'd write into the contract that the police only get footage with a court "
                "order. and the gates delete every face template at night"], "done"),
        ("nl", ["Een mbo-school wil een AI-detector voor opdrachten.",
                "studenten, docenten, de examencommissie", "volgende",
                "+ docenten hoeven niet te gokken\n- studenten worden onterecht verdacht",
                "volgende", "rechtvaardigheid, vertrouwen", "graag je voorstellen",
                "de examencommissie krijgt een procedure waarin de student zijn werkproces laat "
                "zien. en de detector toont geen percentage meer"], "klaar"),
    ],
)  # fmt: skip
def test_the_reply_that_a_kind_is_missing_shows_its_proposal(
    conductor: Conductor, language: str, turns: list[str], finish: str
) -> None:
    session = converse(conductor, language, turns)
    lacking = {"design", "environment", "human"} - {o.kind for o in session.options}
    assert lacking and session.step == Step.OPTIONS
    reply = conductor.plan(session, finish).draft.text
    shown = [p for p in session.proposals if p.option_kind in lacking]
    assert shown and all(p.text.split(":")[0] in reply for p in shown)


@pytest.mark.parametrize(
    ("language", "turns", "stray"),
    [
        ("nl", ["Een mbo-school wil een AI-detector die checkt of opdrachten door ChatGPT zijn "
                "geschreven.", "studenten, docenten, de examencommissie", "volgende",
                "Voordeel: docenten hoeven niet meer te gokken. Nadeel is dat de detector ook "
                "gewone teksten van studenten die Nederlands als tweede taal hebben als AI "
                "aanmerkt.", "ga verder"],
         "animal-welfare"),
        ("en", ["A school board wants an AI detector that flags essays written with ChatGPT.",
                "students, teachers, the exam board", "next",
                "+ teachers no longer have to guess\n- the detector wrongly flags essays by "
                "students who learned English as a second language", "next"],
         "animal-welfare"),
    ],
)  # fmt: skip
def test_values_no_effect_points_to_only_fill_the_proposals_up_to_three(
    conductor: Conductor, language: str, turns: list[str], stray: str
) -> None:
    session = converse(conductor, language, turns)
    proposed = [v.key for v in session.values if not v.chosen]
    assert session.step == Step.VALUES and len(proposed) >= 3
    assert stray not in proposed
    linked = [v for v in session.values if not v.chosen and v.effect_ids]
    assert len(proposed) <= max(3, len(linked))
