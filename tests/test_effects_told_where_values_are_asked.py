"""Effects told where values or options are asked, or earlier in a story, which the rules read as
measures: where the learned model of option sentences is sure a sentence names no measure and the
learned model of effect sentences is sure it tells an effect, it is an effect; a measure stays an
option."""

from __future__ import annotations

from method_fakes import EncoderTools

from assistant.domain.session import Actor, Session, Step
from assistant.method.learned_told_effects import effects_read_as_options
from assistant.method.reading.extraction import OptionDraft
from assistant.method.reading.reading import Reading

NL_TOLD = (
    "De chauffeurs voelen zich waarschijnlijk op de vingers gekeken, omdat de planner elke rit ziet"
)
NL_MEASURE = "Een vaste contactpersoon aanwijzen die de meldingen elke week nakijkt"
EN_TOLD = "Older drivers will probably stop using the app because the screen is too busy for them"
EN_MEASURE = "The supplier deletes the recordings after one month"


def _judged(embedder: object, step: Step, language: str, *sentences: str) -> Reading:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    session.case.technology = "een planningssysteem" if language == "nl" else "a parking app"
    session.actors = [Actor(id="a1", name="Chauffeurs" if language == "nl" else "Older drivers")]
    text = " ".join(f"{s[:1].lower()}{s[1:]}." for s in sentences)
    reading = Reading(text=text, options=[OptionDraft(text=s, kind="human") for s in sentences])
    effects_read_as_options(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return reading


def test_effect_told_at_the_values_step_is_no_option_nl(embedder: object) -> None:
    reading = _judged(embedder, Step.VALUES, "nl", NL_TOLD, NL_MEASURE)
    assert [o.text for o in reading.options] == [NL_MEASURE]
    assert [e.text for e in reading.effects] == [NL_TOLD]
    assert reading.effects[0].actor_id == "a1"


def test_effect_told_at_the_options_step_is_no_option_en(embedder: object) -> None:
    reading = _judged(embedder, Step.OPTIONS, "en", EN_MEASURE, EN_TOLD)
    assert [o.text for o in reading.options] == [EN_MEASURE]
    assert [e.text for e in reading.effects] == [EN_TOLD]


def test_measures_stay_options_where_values_are_asked(embedder: object) -> None:
    reading = _judged(embedder, Step.VALUES, "en", EN_MEASURE)
    assert [o.text for o in reading.options] == [EN_MEASURE] and reading.effects == []


def test_effect_told_where_effects_are_asked_is_no_option_nl(embedder: object) -> None:
    reading = _judged(embedder, Step.EFFECTS, "nl", NL_MEASURE, NL_TOLD)
    assert [o.text for o in reading.options] == [NL_MEASURE]
    assert [e.text for e in reading.effects] == [NL_TOLD]


def test_effect_told_with_the_case_is_no_option_en(embedder: object) -> None:
    reading = _judged(embedder, Step.CASE, "en", EN_TOLD, EN_MEASURE)
    assert [o.text for o in reading.options] == [EN_MEASURE]
    assert [e.text for e in reading.effects] == [EN_TOLD]


def test_an_option_not_in_the_message_is_not_judged(embedder: object) -> None:
    session = Session(language="en")
    session.step = Step.VALUES
    reading = Reading(text="ok", options=[OptionDraft(text=EN_TOLD, kind="design")])
    effects_read_as_options(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    assert [o.text for o in reading.options] == [EN_TOLD]
