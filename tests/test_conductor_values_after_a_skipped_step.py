"""The values step skipped (options told with the effects, values taken as a starting point):
a message of value names where options are asked is the user's values, not options; and
"neem die drie" after the user named three values across turns takes the user's three.
Conversations written for these tests (Dutch and English), not taken from the conversation
sets."""

from __future__ import annotations

from method_fakes import converse

from assistant.domain.session import Step
from assistant.method.conductor import Conductor

NL_SKIPPED = [
    "Een zwembad wil camera's onder water die waarschuwen als een zwemmer te lang stil ligt. "
    "Het is een pilot.",
    "Betrokken: zwemmers, badmeesters, de gemeente, de leverancier",
    "Badmeesters voelen zich gesteund. Maar de camera geeft veel loos alarm en zwemmers voelen "
    "zich bekeken. Ik zou graag willen dat de leverancier de drempel aanpast, en dat we "
    "afspreken dat de badmeesters gewoon blijven rondlopen.",
]

EN_SKIPPED = [
    "A swimming pool wants underwater cameras that warn when a swimmer lies still too long. "
    "It is a pilot.",
    "Involved: swimmers, lifeguards, the municipality, the vendor",
    "Lifeguards feel supported. But the camera gives many false alarms and swimmers feel "
    "watched. The vendor should adjust the threshold, and we should agree that the lifeguards "
    "keep walking around.",
]


def test_value_names_after_a_skipped_values_step_are_values_nl(conductor: Conductor) -> None:
    session = converse(conductor, "nl", NL_SKIPPED)
    assert session.step == Step.OPTIONS
    options = len(session.options)
    own = "menselijke waardigheid van de zwemmers voorop. privacy van de zwemmers. en vertrouwen"
    conductor.plan(session, f"{own} in de badmeesters.")
    assert len(session.options) == options
    assert {v.key for v in session.chosen_values()} == {"human-dignity", "privacy", "trust"}
    chosen = {v.id for v in session.chosen_values()}
    assert all(set(o.value_ids) <= chosen for o in session.options)


def test_value_names_after_a_skipped_values_step_are_values_en(conductor: Conductor) -> None:
    session = converse(conductor, "en", EN_SKIPPED)
    assert session.step == Step.OPTIONS
    options = len(session.options)
    own = "human dignity of the swimmers first. privacy of the swimmers. and trust in the"
    conductor.plan(session, f"{own} lifeguards.")
    assert len(session.options) == options
    assert {v.key for v in session.chosen_values()} == {"human-dignity", "privacy", "trust"}
    chosen = {v.id for v in session.chosen_values()}
    assert all(set(o.value_ids) <= chosen for o in session.options)


def test_take_those_three_after_values_named_across_turns_nl(conductor: Conductor) -> None:
    session = converse(conductor, "nl", [*NL_SKIPPED[:2],
        "Badmeesters voelen zich gesteund. Maar zwemmers voelen zich bekeken.",
        "welke waarden zitten hierachter? ik dacht zelf aan menselijke waardigheid en privacy",
        "en vertrouwen, dat zwemmers de badmeesters kunnen vertrouwen. neem die drie",
    ])  # fmt: skip
    assert {v.key for v in session.chosen_values()} == {"human-dignity", "privacy", "trust"}


def test_take_those_three_after_values_named_across_turns_en(conductor: Conductor) -> None:
    session = converse(conductor, "en", [*EN_SKIPPED[:2],
        "Lifeguards feel supported. But swimmers feel watched.",
        "which values are behind this? I was thinking of human dignity and privacy myself",
        "and trust, that swimmers can trust the lifeguards. take those three",
    ])  # fmt: skip
    assert {v.key for v in session.chosen_values()} == {"human-dignity", "privacy", "trust"}


def test_a_measure_said_with_the_values_stays_a_measure_nl(conductor: Conductor) -> None:
    session = converse(conductor, "nl", NL_SKIPPED)
    own = "menselijke waardigheid voorop. privacy, vandaar geen opnames. en vertrouwen"
    conductor.plan(session, f"{own} in de badmeesters.")
    assert {v.key for v in session.chosen_values()} == {"human-dignity", "privacy", "trust"}
    assert any("geen opnames" in o.text.lower() for o in session.options)
    assert not any("opnames" in v.name.lower() for v in session.values)


def test_a_measure_said_with_the_values_stays_a_measure_en(conductor: Conductor) -> None:
    session = converse(conductor, "en", EN_SKIPPED)
    own = "human dignity first. privacy, hence no recordings. and trust in the"
    conductor.plan(session, f"{own} lifeguards.")
    assert {v.key for v in session.chosen_values()} == {"human-dignity", "privacy", "trust"}
    assert any("no recordings" in o.text.lower() for o in session.options)
    assert not any("recordings" in v.name.lower() for v in session.values)
