"""An actor whose name joins two groups ("Huurders en hun kinderen", "Tenants and their
children") is found by the first group's word too, not only by the head word at the end of the
name."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Actor
from assistant.method.reading.mentions import joined_heads, mentioned_actor, referred_actor
from assistant.method.reading.reader import Reader

NL_ACTORS = ("Wijkagenten", "Huurders en hun kinderen", "Verhuurder")
EN_ACTORS = ("Landlords", "Tenants and their children", "Supplier")


def _actors(names: tuple[str, ...]) -> list[Actor]:
    return [Actor(id=f"a{i}", name=n) for i, n in enumerate(names)]


def test_the_first_group_of_a_joined_name_is_a_head() -> None:
    assert joined_heads("Huurders en hun kinderen") == ("huurders",)
    assert joined_heads("Tenants and their children") == ("tenants",)
    assert joined_heads("Bewoners / omwonenden") == ("bewoners",)
    assert joined_heads("Wijkagenten") == ()
    assert joined_heads("Leverancier van de app en de server") == ()


def test_a_clause_naming_the_first_group_is_about_the_joined_actor() -> None:
    actors = _actors(NL_ACTORS)
    found = mentioned_actor("Huurders die klagen worden als lastig gezien", actors)
    assert found is not None and found.name == "Huurders en hun kinderen"
    found = referred_actor("tenants", _actors(EN_ACTORS))
    assert found is not None and found.name == "Tenants and their children"


def test_reader_ties_the_effect_to_the_joined_actor_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Huurders die vaak klagen worden door het systeem als lastig gemarkeerd.",
        NL_ACTORS,
        "nl",
        "een meldingenapp voor huurders",
    )
    assert [actor for _text, _direction, actor in told(reading)] == ["Huurders en hun kinderen"]


def test_reader_ties_the_effect_to_the_joined_actor_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Tenants who complain often get flagged as difficult by the system.",
        EN_ACTORS,
        "en",
        "a repair app for tenants",
    )
    assert [actor for _text, _direction, actor in told(reading)] == ["Tenants and their children"]
