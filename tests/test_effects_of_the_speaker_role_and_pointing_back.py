"""The reader on effects whose people are given by reference: the speaker's own role ("ik ben
verpleegkundige ... ik hoef minder vaak ...": the listed nurses; "I'm a community officer ...
we get there sooner": the listed police) and a pronoun for part of the group before ("een paar
van hen ...", "voor hen betekent dit ...", "a few of them ...") (Dutch and English; sentences
written for these tests)."""

from __future__ import annotations

from method_fakes import told

from assistant.domain.session import Actor, Session, Step, Turn
from assistant.method.reading.reader import Reader

WARD = ("Patienten", "Verpleegkundigen", "Familie")
SQUARE = ("Residents", "Bar owners", "Police")


def actors_after(
    reader: Reader, intro: str, text: str, actors: tuple[str, ...], language: str
) -> list[str]:
    """The actors of the effects read in ``text`` after the speaker said ``intro`` (both in the
    transcript, as the chat service keeps it)."""
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    session.case.technology = "een sensor" if language == "nl" else "a sensor"
    session.actors = [Actor(id=name, name=name) for name in actors]
    for said in (intro, text):
        session.transcript.append(Turn(role="user", text=said, step=Step.EFFECTS))
    return [actor for _text, _direction, actor in told(reader.read(text, session))]


def test_my_role_names_the_listed_group_nl(message_reader: Reader) -> None:
    found = actors_after(
        message_reader,
        "Ik ben verpleegkundige op een longafdeling.",
        "Ik hoef 's nachts minder vaak bij elke patient langs te lopen.",
        WARD,
        "nl",
    )
    assert found == ["Verpleegkundigen"]


def test_my_role_names_the_listed_organisation_en(message_reader: Reader) -> None:
    found = actors_after(
        message_reader,
        "I'm a community officer in the old town.",
        "We get there sooner when a fight starts.",
        SQUARE,
        "en",
    )
    assert found == ["Police"]


def test_my_role_works_for_the_listed_organisation_nl(message_reader: Reader) -> None:
    found = actors_after(
        message_reader,
        "Ik ben wijkagent in het centrum.",
        "We zijn sneller ter plekke als er ruzie is.",
        ("Bewoners", "Kroegbazen", "Politie"),
        "nl",
    )
    assert found == ["Politie"]


def test_a_feeling_is_no_role_en(message_reader: Reader) -> None:
    found = actors_after(
        message_reader, "I'm worried about this.", "We get there sooner.", SQUARE, "en"
    )
    assert "Police" not in found


def test_part_of_them_is_the_group_before_nl(message_reader: Reader) -> None:
    found = actors_after(
        message_reader,
        "Het gaat om de nachtploeg.",
        "De verpleegkundigen lopen minder nachtrondes, en een paar van hen zijn bang dat ze "
        "hun patienten minder goed kennen.",
        WARD,
        "nl",
    )
    assert found == ["Verpleegkundigen", "Verpleegkundigen"]


def test_for_them_is_the_group_before_nl(message_reader: Reader) -> None:
    found = actors_after(
        message_reader,
        "Het gaat om de familie.",
        "De familie wordt vaker gebeld. Voor hen betekent dit meer onrust.",
        WARD,
        "nl",
    )
    assert found == ["Familie", "Familie"]


def test_a_few_of_them_is_the_group_before_en(message_reader: Reader) -> None:
    found = actors_after(
        message_reader,
        "It's about the square.",
        "Bar owners get fewer fights at the door. Two of them worry that guests stay away.",
        SQUARE,
        "en",
    )
    assert found == ["Bar owners", "Bar owners"]
