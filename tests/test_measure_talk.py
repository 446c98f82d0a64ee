"""How people talk about handling options: talk about measures that names none (a measure turned
down, a doubt, measures pointed at in the minutes, a proposal picked by a word, an effect's
direction set) is no option; two measures of one subject in one sentence are two; a measure
asked as a question is one; measures given once values are chosen move on to the options."""

from __future__ import annotations

from method_fakes import EncoderTools, converse, reading_session

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.learned_options import learned_options
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.extraction import OptionDraft, extract_options
from assistant.method.reading.measure_talk import measure_talk, talk_without_measures
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading


def _options(reader: Reader, text: str, language: str) -> list[str]:
    technology = "een parkeerapp" if language == "nl" else "a parking app"
    session = reading_session(Step.OPTIONS, language, technology, ("Bewoners", "Handhavers"))
    return [o.text for o in reader.read(text, session).options]


def test_measure_talk_turned_down_is_no_option() -> None:
    assert measure_talk("Die informatieavond voor winkeliers niet, daar komt toch niemand") == (
        "declined"
    )
    assert measure_talk("not the leaflet") == "declined"
    assert measure_talk("Niet de brief maar een telefoontje van de wijkagent") is None
    assert measure_talk("Not the faces, only the counts per hour") is None


def test_measure_talk_doubt_and_pointer_are_no_option() -> None:
    assert measure_talk("Ik twijfel of dat echt nodig is") == "doubt"
    assert measure_talk("Hmm, I hadn't thought of that") == "doubt"
    assert measure_talk("Not sure, maybe a buddy for new staff") is None
    assert measure_talk("De afspraken uit het verslag blijven staan") == "elsewhere"
    assert measure_talk("The actions from the minutes are fine") == "elsewhere"


def test_measure_talk_pick_by_word_and_direction() -> None:
    assert measure_talk("The parking one too") == "picked"
    assert measure_talk("Het bord-idee van je, ja") == "picked"
    assert measure_talk("Zet die maar als positief") == "direction"
    assert measure_talk("Keep it positive for the residents") == "direction"
    assert measure_talk("Keep the photos for a week at most") is None


def test_measure_talk_left_out_of_the_options_nl(reader: Reader) -> None:
    found = _options(
        reader, "Die informatieavond niet, daar komt niemand. Een wachttijd van een week.", "nl"
    )
    assert not any("informatieavond" in o for o in found)


def test_measure_talk_left_out_of_the_options_en(reader: Reader) -> None:
    found = _options(reader, "Not the leaflet. I hadn't thought of that.", "en")
    assert found == []


def test_measure_talk_pick_by_word_is_a_pick() -> None:
    picked = OptionDraft("The parking one too", "design")
    kept = OptionDraft("A sign at every street with the app's rules", "design")
    reading = Reading(options=[picked, kept])
    talk_without_measures(reading)
    assert reading.options == [kept]
    assert reading.unmatched_picks == ["The parking one too"]


def test_second_measure_of_the_same_subject_nl() -> None:
    told = (
        "We passen de drempel aan en leggen in het contract vast dat foto's na een week weg zijn."
    )
    found = [o.text for o in extract_options(told, "design")]
    assert len(found) == 2 and found[0] == "We passen de drempel aan"
    listed = "We informeren bewoners en winkeliers over de nieuwe regels."
    assert len(extract_options(listed, "design")) == 1


def test_second_measure_of_the_same_subject_en() -> None:
    told = "We'll blur the plates and ask the vendor to delete the photos after a week."
    found = [o.text for o in extract_options(told, "design")]
    assert len(found) == 2 and found[1].startswith("Ask the vendor")


def _learned(embedder: object, step: Step, reading: Reading, session: Session) -> list[str]:
    session.step = step
    learned_options(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [o.text for o in reading.options]


def test_measure_asked_as_a_question_is_learned(embedder: object) -> None:
    asked = "Zou het helpen als de app de locatie afrondt op de straat en de tijd op het uur?"
    reading = Reading(effects=[EffectDraft(asked, "negative")])
    found = _learned(embedder, Step.OPTIONS, reading, Session(language="nl"))
    assert len(found) == 1 and "afrondt" in found[0]
    assert reading.effects == []


def test_question_to_the_assistant_is_no_measure(embedder: object) -> None:
    asked = "Can you tell me again which three kinds of options there are?"
    reading = Reading(passed=[asked])
    assert _learned(embedder, Step.OPTIONS, reading, Session(language="en")) == []


MEASURES_NL = (
    "De foto's na een week automatisch wissen wil ik. Liever dat bewoners zelf in de app "
    "kunnen zien welke foto's van hun auto er zijn."
)
MEASURES_EN = (
    "ok. so: photos get deleted automatically after a week so nobody keeps them. and changes to "
    "the fines only with the council's consent, that's something we'd agree with the board."
)


def test_measures_once_values_are_chosen_move_to_the_options_nl(conductor: Conductor) -> None:
    session = converse(
        conductor,
        "nl",
        [
            "Een gemeente wil een parkeerapp die foto's van kentekens maakt. Het is een pilot.",
            "Betrokken: bewoners, handhavers, de leverancier",
            "positief: minder zoeken naar een plek. negatief: bewoners voelen zich gevolgd",
            "volgende",
            "privacy, vertrouwen, stiptheid van de handhaving",
            MEASURES_NL,
        ],
    )
    assert session.step == Step.OPTIONS
    assert any("wissen" in o.text for o in session.options)
    assert not any("wissen" in e.text for e in session.effects)


def test_measures_once_values_are_chosen_move_to_the_options_en(conductor: Conductor) -> None:
    session = converse(
        conductor,
        "en",
        [
            "A town wants a parking app that photographs number plates. It is a pilot.",
            "Actors: residents, wardens, the vendor",
            "positive: less searching for a spot. negative: residents feel followed",
            "next",
            "privacy, trust, punctuality of the wardens",
            MEASURES_EN,
        ],
    )
    assert session.step == Step.OPTIONS
    assert any("consent" in o.text for o in session.options)
