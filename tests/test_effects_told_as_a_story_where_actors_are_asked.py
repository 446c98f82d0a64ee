"""Where actors are asked, a message that tells effects as a story and names no one new is read
as at the effects step: its sentences without a direction word are effects too; a message
that names actors stays as it is read."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

GARDEN = ("Bewoners", "Buren", "Wijkagenten")
PARK = ("Residents", "Neighbours", "Park rangers")


def test_a_story_of_effects_where_actors_are_asked_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Mijn buurvrouw voelt zich door die camera bekeken in haar eigen tuin. En de "
        "krantenbezorger loopt straks in al die filmpjes rond.",
        GARDEN,
        "nl",
        "een koppeling met deurbelcamera's",
        Step.ACTORS,
    )
    texts = [t for t, _d, _a in told(reading)]
    assert len(texts) == 2
    assert "krantenbezorger" in texts[1]


def test_a_story_of_effects_where_actors_are_asked_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "My neighbour feels watched by that camera in her own garden. And the paper boy will "
        "walk through all of those clips.",
        PARK,
        "en",
        "a link with doorbell cameras",
        Step.ACTORS,
    )
    texts = [t for t, _d, _a in told(reading)]
    assert len(texts) == 2
    assert "paper boy" in texts[1]


def test_actors_named_where_actors_are_asked_stay_actors(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Also the dog walkers and the joggers. The joggers feel watched on every path.",
        PARK,
        "en",
        "a link with doorbell cameras",
        Step.ACTORS,
    )
    assert reading.actors == ["Dog walkers", "Joggers"]
    assert len(reading.effects) == 1
