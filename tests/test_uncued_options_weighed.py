"""Where options are asked, a sentence with no cue of a measure falls through to an option; the
learned models of option and effect sentences weigh it: one more effect told there is an effect,
a remark that names neither is left unread, a measure stays a measure."""

from __future__ import annotations

from method_fakes import EncoderTools, read_in

from assistant.domain.session import Actor, Session, Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading
from assistant.method.uncued_options import weigh_uncued_options

WARD = ("Night nurses", "Residents")
AFDELING = ("Nachtzusters", "Bewoners")


def weighed(reader: Reader, embedder: object, text: str, language: str) -> Reading:
    """``text`` read where options are asked, then weighed by the learned models."""
    actors = WARD if language == "en" else AFDELING
    reading = read_in(reader, text, actors, language, "bed sensors", Step.OPTIONS)
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.OPTIONS
    session.actors = [Actor(id=name, name=name) for name in actors]
    weigh_uncued_options(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return reading


def test_sentence_without_a_cue_is_marked_uncued(message_reader: Reader) -> None:
    text = "We tried that last year, nobody came."
    reading = read_in(message_reader, text, WARD, "en", "bed sensors", Step.OPTIONS)
    assert [t for t, _ in reading.uncued] == [text.rstrip(".")]


def test_an_effect_told_among_options_is_an_effect_en(
    message_reader: Reader, embedder: object
) -> None:
    text = "I notice the night nurses start trusting the alarm and stop walking their rounds."
    reading = weighed(message_reader, embedder, text, "en")
    assert reading.options == []
    assert [e.text for e in reading.effects] and "trusting" in reading.effects[0].text


def test_an_effect_told_among_options_is_an_effect_nl(
    message_reader: Reader, embedder: object
) -> None:
    text = "Ik merk dat de nachtzusters het alarm blind gaan vertrouwen en minder rondes lopen."
    reading = weighed(message_reader, embedder, text, "nl")
    assert reading.options == []
    assert any("vertrouwen" in e.text for e in reading.effects)


def test_a_remark_among_options_is_no_option_en(message_reader: Reader, embedder: object) -> None:
    reading = weighed(message_reader, embedder, "We tried that last year, nobody came.", "en")
    assert reading.options == [] and reading.effects == []


def test_a_remark_among_options_is_no_option_nl(message_reader: Reader, embedder: object) -> None:
    text = "Dat hebben we vorig jaar al eens uitgeprobeerd."
    reading = weighed(message_reader, embedder, text, "nl")
    assert reading.options == [] and reading.effects == []


def test_a_measure_without_a_cue_stays_a_measure(message_reader: Reader, embedder: object) -> None:
    for text, language in (
        ("The caretakers keep a paper list next to the tablet.", "en"),
        ("De conciërges houden een papieren lijst naast de tablet.", "nl"),
    ):
        reading = weighed(message_reader, embedder, text, language)
        assert len(reading.options) == 1 and reading.effects == []


def test_room_given_to_people_stays_a_measure(message_reader: Reader, embedder: object) -> None:
    for language, text in (
        ("nl", "En de nachtzusters krijgen de ruimte om het alarm te negeren zonder dat ze dat "
               "hoeven te verantwoorden."),
        ("en", "And the night nurses get the freedom to ignore the alarm without having to "
               "justify it."),
    ):  # fmt: skip
        reading = weighed(message_reader, embedder, text, language)
        assert len(reading.options) == 1 and reading.effects == []
