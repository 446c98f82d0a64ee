"""Actor lists of the newer domains: a short question in brackets behind one item ("de reigers
(mag dat?)", "the nesting birds (is that allowed?)") doubts that item only, so the whole list is
still read and the question set aside; a group added after "vergeten:" / "forgot:" is added,
also when it is named by a trade of culture, sport or elections ("sportfotografen", "kiezers")
(Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in

from assistant.domain.session import Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.reader import Reader
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Actoren: vissers, de reigers (mag dat?), het waterschap en de leverancier.",
            "nl",
            ["Vissers", "Reigers", "Waterschap", "Leverancier"],
        ),
        (
            "Actors: anglers, the herons (is that allowed?), the water board and the vendor.",
            "en",
            ["Anglers", "Herons", "Water board", "Vendor"],
        ),
        (
            "Betrokken: de huurders (of is dat te ver gezocht?) en de corporatie",
            "nl",
            ["Huurders", "Corporatie"],
        ),
    ],
)
def test_a_doubt_in_brackets_keeps_the_list(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = read_in(reader, text, (), language, "een sensor", Step.ACTORS)
    assert reading.actors == expected
    assert reading.intent is None or reading.intent.kind != "verdict"


def test_a_long_bracket_is_no_doubt(reader: Reader) -> None:
    text = "Actoren: vissers (wat moeten die eigenlijk doen als de sensor alarm slaat?)"
    reading = read_in(reader, text, (), "nl", "een sensor", Step.ACTORS)
    assert not any("?" in i for i in reading.ignored)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schrap de bank. Wel vergeten: sportfotografen op de tribune.", "Sportfotografen"),
        ("Drop the bank. Also forgot: the photographers at the finish.", "Photographers"),
        ("Ook vergeten: de kiezers in het buitenland.", "Kiezers"),
    ],
)
def test_a_group_added_after_forgot_is_an_actor(text: str, expected: str) -> None:
    from assistant.domain.session import Actor
    from assistant.method.reading.actor_edits import actor_edits

    edits = actor_edits(text, [Actor(id="b", name="Bank")])
    assert [n.split()[0] for n in edits.added] == [expected]
