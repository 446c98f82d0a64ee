"""Measures reach the options (guided mode; sentences written for these tests): a message of
measures that opens with "remove X from the model" is read as measures, not as a removal of
someone a later measure names; once values are chosen, a message of measures at the values step
(also while a value of the user's own waits for its meaning) or, with values chosen early, at
the effects step moves the conversation on to the options; one measure among effects at the
effects step does not."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Effect, Session, Step, Value
from assistant.method.learned_options import measures_after_values
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading


def with_values(step: Step, language: str) -> Session:
    """A session at ``step`` with an effect and a chosen value."""
    technology = "Een model dat aanvragen voor bijzondere bijstand voorsorteert"
    session = reading_session(step, language, technology, ("Aanvragers", "Consulenten"))
    session.effects = [Effect(id="e1", actor_id="a1", direction="negative", text="Te laat geld")]
    session.values = [Value(id="v1", name="Rechtvaardigheid", key="justice", priority=1)]
    return session


@pytest.mark.parametrize(
    ("text", "language", "parts"),
    [
        ("remove the home address from the model. a yearly audit by an outside bureau. and "
         "applicants are told a model was used and can ask for an explanation", "en",
         ["home address", "audit", "explanation"]),
        ("verwijder de woonwijk uit het model. een jaarlijkse audit door een extern bureau. en "
         "aanvragers horen dat er een model is gebruikt en kunnen om uitleg vragen", "nl",
         ["woonwijk", "audit", "uitleg"]),
    ],
)  # fmt: skip
def test_remove_from_the_model_opening_a_message_of_measures_is_a_measure(
    reader: Reader, text: str, language: str, parts: list[str]
) -> None:
    session = with_values(Step.OPTIONS, language)
    session.actors[0].name = "Applicants" if language == "en" else "Aanvragers"
    reading = reader.read(text, session)
    assert reading.intent is None or reading.intent.kind != "remove"
    found = " | ".join(o.text.lower() for o in reading.options)
    assert all(part in found for part in parts)


def test_remove_naming_an_actor_is_still_a_removal(reader: Reader) -> None:
    session = with_values(Step.OPTIONS, "en")
    session.actors[0].name = "Applicants"
    reading = reader.read("remove the applicants. they are not part of this", session)
    removal = reading.intent is not None and reading.intent.kind == "remove"
    assert removal or reading.removed_actors == ["Applicants"]
    assert not reading.options


def _reading(options: int, drawn: int = 0, effects: int = 0) -> Reading:
    from assistant.method.reading.effect_lines import EffectDraft
    from assistant.method.reading.extraction import OptionDraft

    return Reading(
        options=[OptionDraft(f"maatregel {i}", "design") for i in range(options)],
        effects=[EffectDraft(f"effect {i}", "negative") for i in range(effects)],
        drawn=drawn,
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_measure_at_the_values_step_once_values_are_chosen_moves_on(language: str) -> None:
    reading = _reading(options=1, effects=1)
    measures_after_values(with_values(Step.VALUES, language), reading)
    assert reading.goto == Step.OPTIONS


def test_measures_after_values_chosen_early_at_the_effects_step_move_on() -> None:
    reading = _reading(options=2, effects=1)
    measures_after_values(with_values(Step.EFFECTS, "en"), reading)
    assert reading.goto == Step.OPTIONS


def test_one_measure_among_effects_or_one_drawn_in_passing_stays() -> None:
    one = _reading(options=1, effects=2)
    measures_after_values(with_values(Step.EFFECTS, "nl"), one)
    drawn = _reading(options=1, drawn=1)
    measures_after_values(with_values(Step.VALUES, "nl"), drawn)
    assert one.goto is None and drawn.goto is None


def test_measures_before_any_value_is_chosen_stay_at_the_values_step() -> None:
    session = with_values(Step.VALUES, "en")
    session.values[0].priority = None
    reading = _reading(options=2)
    measures_after_values(session, reading)
    assert reading.goto is None
