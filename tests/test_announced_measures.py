"""Measures announced by a label before the options step ("Ik stel voor:" over a list, "two
ideas: (a) ...; (b) ...", "Agreed:" in minutes): options whatever the step, not effects or facts
of the case; a list under a label of effects stays effects (sentences written for these tests)."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.values_step import announced_measures

CASE_NL = (
    "We gebruiken bij de gemeente camera's die zwerfvuil op straat herkennen.\n"
    "Ik stel voor:\n"
    "- de beelden na een week wissen\n"
    "- een handhaver bekijkt elke melding voordat er een boete komt"
)
CASE_EN = (
    "Our town uses cameras that spot litter in the street.\n"
    "I propose:\n"
    "- delete the footage after a week\n"
    "- a warden checks every report before a fine is sent"
)


def _texts(reader: Reader, text: str, step: Step, language: str) -> tuple[str, str]:
    session = reading_session(step, language, "Zwerfvuilcamera's", ("bewoners",))
    reading = reader.read(text, session)
    options = " ".join(o.text.lower() for o in reading.options)
    return options, " ".join(e.text.lower() for e in reading.effects)


def test_announced_measures_in_the_case_are_options_nl(reader: Reader) -> None:
    options, effects = _texts(reader, CASE_NL, Step.CASE, "nl")
    assert "wissen" in options and "handhaver bekijkt" in options
    assert "wissen" not in effects and "handhaver" not in effects


def test_announced_measures_in_the_case_are_options_en(reader: Reader) -> None:
    options, effects = _texts(reader, CASE_EN, Step.CASE, "en")
    assert "delete the footage" in options and "warden checks" in options
    assert "delete" not in effects and "warden" not in effects


def test_announced_measures_lettered_on_one_line_among_values(reader: Reader) -> None:
    text = (
        "For the meeting I'd like to bring two ideas: (a) residents can ask to see their own "
        "footage; (b) a warden looks at every report before a fine goes out. Is that enough?"
    )
    options, effects = _texts(reader, text, Step.VALUES, "en")
    assert "residents can ask" in options and "warden looks" in options
    assert "residents can ask" not in effects


def test_announced_measures_numbered_among_effects_nl(reader: Reader) -> None:
    text = (
        "Opties die ik alvast wil noemen:\n"
        "1. de camera's alleen 's nachts aanzetten\n"
        "2. bewoners een brief sturen met uitleg over de camera's"
    )
    options, effects = _texts(reader, text, Step.EFFECTS, "nl")
    assert "nachts aanzetten" in options and "brief" in options
    assert "brief" not in effects


def test_announced_measures_agreed_in_pasted_minutes(reader: Reader) -> None:
    text = "\n".join(
        [
            "Minutes of the litter camera meeting",
            "Present: residents' association, wardens, the supplier",
            "- Residents: they feel watched on their own street.",
            "Agreed:",
            "(a) footage is deleted after a week",
            "(b) a warden checks every report before a fine is sent",
        ]
    )
    options, _ = _texts(reader, text, Step.CASE, "en")
    assert "deleted after a week" in options and "warden checks" in options


def test_announced_measures_not_under_a_label_of_effects() -> None:
    text = "Effecten:\n- bewoners voelen zich bekeken\n- handhavers hebben minder werk"
    assert announced_measures(text) == ("", [])
    assert announced_measures("Effects so far:\n1. residents feel watched\n2. less work") == (
        "",
        [],
    )


def test_announced_measures_label_without_a_list_holds_none() -> None:
    assert announced_measures("Ik stel voor: we wachten de pilot af.")[1] == []
    assert announced_measures("My proposal: wait for the pilot to end.")[1] == []


def test_announced_measures_list_of_effects_among_effects_is_no_option(reader: Reader) -> None:
    text = "Wat ik hoor:\n- bewoners voelen zich bekeken\n- handhavers hebben minder werk"
    options, effects = _texts(reader, text, Step.EFFECTS, "nl")
    assert options == ""
    assert "bekeken" in effects


def test_announced_measures_beside_the_case_do_not_move_to_the_options(reader: Reader) -> None:
    for text, language in (
        (CASE_NL.replace("herkennen.", "herkennen. Bewoners voelen zich bekeken."), "nl"),
        (CASE_EN.replace("street.", "street. Residents feel watched."), "en"),
    ):
        session = reading_session(Step.CASE, language, "", ())
        reading = reader.read(text, session)
        assert len(reading.options) == 2
        assert reading.content_step(early_options=True) != Step.OPTIONS
