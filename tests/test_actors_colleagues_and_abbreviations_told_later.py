"""People who pass on a view in a later turn: one colleague named by their field ("our legal
colleague says ...", "een collega-rechter zei: ...") is no party, and a known actor named by the
abbreviation in its name ("de MR zegt ...", "the HV says ...") is that actor, not a new one."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Actor, Step
from assistant.method.reading.reader import Reader
from assistant.method.recording import known_actor

SHELTER = ("Residents", "Volunteers", "Neighbours")
SHELTER_NL = ("Bewoners", "Vrijwilligers", "Buren")


def _names(reading: object) -> list[str]:
    effects = [actor for _, _, actor in told(reading)]
    return [n.lower() for n in [*reading.actors, *effects] if n]  # type: ignore[attr-defined]


def test_one_colleague_by_field_is_no_party_en(message_reader: Reader) -> None:
    text = "Our legal colleague says the residents can't object to the camera footage."
    reading = read_in(message_reader, text, SHELTER, "en", "door cameras", Step.EFFECTS)
    assert not any("colleague" in n for n in _names(reading))


def test_one_colleague_by_field_is_no_party_nl(message_reader: Reader) -> None:
    text = "Een collega-jurist zei: de bewoners kunnen nergens bezwaar maken tegen de beelden."
    reading = read_in(message_reader, text, SHELTER_NL, "nl", "deurcamera's", Step.EFFECTS)
    assert not any("collega" in n for n in _names(reading))


def test_colleagues_in_the_plural_stay_a_group_en(message_reader: Reader) -> None:
    text = "Our night colleagues say they finally sleep through their breaks."
    reading = read_in(message_reader, text, SHELTER, "en", "door cameras", Step.EFFECTS)
    assert any("colleagues" in n for n in _names(reading))


def test_an_abbreviation_in_brackets_is_the_known_actor() -> None:
    actors = [
        Actor(id="a1", name="Ouders"),
        Actor(id="a2", name="Medezeggenschapsraad (MR)"),
        Actor(id="a3", name="Tenants' association (HV, huurdersvereniging)"),
    ]
    assert known_actor("MR", actors) is actors[1]
    assert known_actor("HV", actors) is actors[2]
    assert known_actor("GGD", actors) is None


def test_an_abbreviation_outside_brackets_is_its_own_actor() -> None:
    actors = [Actor(id="a1", name="Beleidsadviseur EZ"), Actor(id="a2", name="KCC-medewerkers")]
    assert known_actor("EZ", actors) is None
    assert known_actor("KCC", actors) is None
