"""Measures where measures are given: at the values step and in a message that moves to the
options, the learned models of option and effect sentences choose jointly between an effect and
a measure (a likely measure that the effect model does not take for an effect is a measure); a
sentence left unread or read nowhere, or said after a short lead ("wat ik zou toevoegen: ..."),
is weighed too; an effect stays an effect."""

from __future__ import annotations

from method_fakes import EncoderTools

from assistant.domain.session import HandlingOption, Session, Step
from assistant.method.learned_options import learned_options
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.extraction import OptionDraft
from assistant.method.reading.intents import Intent
from assistant.method.reading.reading import Reading

NL_COURSE = "De wijkverpleegkundigen krijgen een cursus over het lezen van de valrisicoscore"
EN_COURSE = "The librarians get a short course on explaining the reading scores to parents"
NL_AUDIT = "Daarnaast wil ik dat de gemeente elk jaar een externe partij de uitkomsten laat toetsen"
EN_AUDIT = "And every quarter an outside auditor checks the flags for bias against older tenants"
NL_EFFECT = "Ouders schrikken van de meldingen en bellen boos naar de school"
EN_EFFECT = "Older tenants feel watched and stop opening the door for the caretaker"


def _learned(embedder: object, step: Step, reading: Reading, named: bool = False) -> list[str]:
    """The texts of the options after the models weighed in (``named``: the session already
    holds a measure)."""
    session = Session(language="nl")
    session.step = step
    if named:
        session.options.append(HandlingOption(id="o1", kind="design", text="Een knop"))
    learned_options(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [o.text for o in reading.options]


def _among(measure: str, text: str) -> Reading:
    """A message at the values step in which the rules read one measure and an effect."""
    reading = Reading(effects=[EffectDraft(text, "negative")])
    reading.options.append(OptionDraft(measure, "design"))
    return reading


def test_measure_read_as_an_effect_beside_measures_at_the_values_step_nl(embedder: object) -> None:
    reading = _among("Het scherm toont alleen kleuren", NL_COURSE)
    found = _learned(embedder, Step.VALUES, reading)
    assert any("cursus" in t for t in found) and reading.effects == []


def test_measure_read_as_an_effect_beside_measures_at_the_values_step_en(embedder: object) -> None:
    reading = _among("The screen only shows colours", EN_AUDIT)
    found = _learned(embedder, Step.VALUES, reading)
    assert any("outside auditor" in t for t in found) and reading.effects == []


def test_effect_beside_measures_at_the_values_step_stays_an_effect(embedder: object) -> None:
    for text in (NL_EFFECT, EN_EFFECT):
        reading = _among("Het scherm toont alleen kleuren", text)
        assert len(_learned(embedder, Step.VALUES, reading)) == 1
        assert [e.text for e in reading.effects] == [text]


def test_measure_at_the_values_step_before_any_needs_both_models(embedder: object) -> None:
    sure = Reading(effects=[EffectDraft(EN_COURSE, "negative")])
    assert any("short course" in t for t in _learned(embedder, Step.VALUES, sure))
    likely = Reading(effects=[EffectDraft(NL_COURSE, "positive")])
    assert _learned(embedder, Step.VALUES, likely) == []  # likely only: not yet
    again = Reading(effects=[EffectDraft(NL_COURSE, "positive")])
    assert len(_learned(embedder, Step.VALUES, again, named=True)) == 1  # once one was named


def test_measure_left_unread_after_a_short_lead(embedder: object) -> None:
    text = "Wat ik zelf zou toevoegen: " + NL_AUDIT[len("Daarnaast ") :]
    reading = Reading(unread=[text])
    found = _learned(embedder, Step.OPTIONS, reading)
    # "wil ik dat" is a lead in front of the measure, not part of it
    assert found and found[0].startswith("De gemeente") and reading.unread == []


def test_measure_read_nowhere_where_options_are_asked(embedder: object) -> None:
    reading = Reading(text=EN_COURSE + ".")
    assert any("short course" in t for t in _learned(embedder, Step.OPTIONS, reading))
    told = Reading(text=EN_EFFECT + ".")
    assert _learned(embedder, Step.OPTIONS, told) == []


def test_measures_beside_a_question_as_a_whole(embedder: object) -> None:
    reading = Reading(intent=Intent("verdict"), effects=[EffectDraft(EN_COURSE, "negative")])
    assert len(_learned(embedder, Step.VALUES, reading)) == 1
    bare = Reading(intent=Intent("verdict"), passed=[EN_COURSE])
    assert _learned(embedder, Step.VALUES, bare) == []


def test_measure_already_taken_said_early_is_kept_as_a_measure(embedder: object) -> None:
    nl = "Voortaan kijkt een tweede medewerker elke afwijzing na voordat de brief de deur uit gaat."
    en = (
        "After the complaints we set a rule that inspectors only visit a farm once a manager"
        " has reviewed the flag."
    )
    for text in (nl, en):
        reading = Reading(case={"notes": text})
        assert len(_learned(embedder, Step.CASE, reading)) == 1
        assert reading.drawn == 1 and "notes" not in reading.case


def test_system_taken_into_use_said_early_is_no_measure(embedder: object) -> None:
    for text in (
        "In 2021 hebben we het systeem ingevoerd in drie wijken.",
        "We introduced the system in three districts in 2021.",
    ):
        assert _learned(embedder, Step.CASE, Reading(passed=[text])) == []


def test_measure_proposed_as_a_question_said_early(embedder: object) -> None:
    for text in (
        "Kunnen we niet gewoon de namen van de leerlingen weglaten uit het overzicht?",
        "Would it help if the app only showed the street instead of the exact house number?",
    ):
        reading = Reading(effects=[EffectDraft(text, "positive")])
        assert len(_learned(embedder, Step.EFFECTS, reading)) == 1 and reading.effects == []


def test_worry_asked_as_a_question_said_early_is_no_measure(embedder: object) -> None:
    for text in (
        "Zouden ouders dan nog wel durven te bellen met de school?",
        "Can we really trust the vendor with the recordings of the children?",
    ):
        assert _learned(embedder, Step.EFFECTS, Reading(unread=[text])) == []


def test_sentence_naming_an_actor_where_options_are_asked_is_no_measure(embedder: object) -> None:
    for text, actor in (
        (
            "En vergeet de huurdersbond niet, die wil graag meedenken over de training.",
            "Huurdersbond",
        ),
        (
            "And don't forget the tenants' union, they want to help with the training.",
            "Tenants' union",
        ),
    ):
        reading = Reading(text=text, actors=[actor])
        assert _learned(embedder, Step.OPTIONS, reading) == []
