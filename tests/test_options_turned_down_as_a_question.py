"""A measure put as a question and turned down at once ("een app voor de ouders? nee, liever
niet, ...", "a paid premium tier? obviously not") is no option, and neither is the refusal or
its reason, also after the learned model of option sentences weighed in; what is offered
instead stays, and so do the measures beside it, a real question answered with no and a value
turned down this way (Dutch and English, sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import EncoderTools, reading_session

from assistant.domain.session import Step
from assistant.method.learned_options import learned_options
from assistant.method.reading.reader import Reader
from assistant.method.reading.turned_down_measures import without_turned_down_measures


def _options(reader: Reader, embedder: object, text: str, language: str) -> list[str]:
    """The options read in ``text`` where options are asked, the learned model included."""
    session = reading_session(Step.OPTIONS, language, "Een deurbelcamera", ("Bewoners",))
    reading = reader.read(text, session)
    learned_options(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [o.text.lower() for o in reading.options]


@pytest.mark.parametrize(
    ("text", "language", "kept", "refused"),
    [
        ("- de camera filmt alleen de eigen oprit\n- beelden na drie dagen wissen\n"
         "- een app voor de buren om mee te kijken? nee, liever niet, dan wordt het een "
         "verklikkersclub", "nl", ["oprit", "wissen"], ["app", "verklikker", "nee"]),
        ("De beelden blijven op het apparaat zelf. Een koppeling met de politie? Nee joh, "
         "absoluut niet. En de wijkagent legt het op een bewonersavond uit.", "nl",
         ["apparaat", "wijkagent"], ["koppeling", "politie", "nee"]),
        ("- the camera only films the owner's own drive\n- footage is wiped after three days\n"
         "- a paid premium tier with cloud storage? obviously not, that's exactly the problem",
         "en", ["drive", "wiped"], ["premium", "problem", "obviously"]),
        ("Footage stays on the device. A live feed for the neighbourhood watch? No, I don't "
         "think so, people would start spying on each other. The caretaker explains it at the "
         "residents' evening.", "en", ["device", "caretaker"], ["live feed", "spying", "think"]),
    ],
)  # fmt: skip
def test_a_measure_asked_and_turned_down_is_no_option(
    reader: Reader, embedder: object, text: str, language: str, kept: list[str], refused: list[str]
) -> None:
    found = _options(reader, embedder, text, language)
    assert all(any(word in o for o in found) for word in kept)
    assert not any(word in o for o in found for word in refused)


@pytest.mark.parametrize(
    ("text", "instead"),
    [
        ("een sms naar alle bewoners? nee, liever een brief in de bus",
         "liever een brief in de bus"),
        ("an app for the parents? no, rather a paper leaflet at school",
         "rather a paper leaflet at school"),
    ],
)  # fmt: skip
def test_what_is_offered_instead_stays(text: str, instead: str) -> None:
    left: list[str] = []
    assert without_turned_down_measures(text, left) == instead
    assert len(left) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Is dat genoeg? Nee, daarom komt er ook een jaarlijkse audit.",
        "Would that help the tenants? No, so we add a helpdesk.",
        "What if the camera breaks? No idea, honestly.",
        "efficiëntie? nee, niet hier.",
        "Privacy? No, not for us.",
    ],
)
def test_a_real_question_or_a_value_turned_down_is_left_alone(text: str) -> None:
    left: list[str] = []
    assert without_turned_down_measures(text, left) == text
    assert left == []


def test_a_measure_turned_down_is_said_back_as_turned_down(reader: Reader) -> None:
    session = reading_session(Step.OPTIONS, "nl", "Een deurbelcamera", ("Bewoners",))
    reading = reader.read(
        "- beelden na drie dagen wissen\n- een buurtapp? nee, liever niet", session
    )
    assert reading.turned_down == ["een buurtapp? nee, liever niet"]
    assert reading.ignored == []
