"""The reader on parties named only inside a measure, as who carries it out ("een steekproef
door de teamchef", "a review by the works council"): an actor where none by that name is known
yet; not people in general ("door een mens"), nor "by hand" or "door middel van" (Dutch and
English; sentences written for these tests)."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.option_parties import option_agents
from assistant.method.reading.reader import Reader


def actors_read(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> list[str]:
    reading = read_in(reader, text, actors, language, "een app", Step.OPTIONS)
    return list(reading.actors)


def test_agent_of_a_measure_is_an_actor_nl(message_reader: Reader) -> None:
    text = "Elke maand een steekproef van de meldingen door de wijkcoördinator."
    assert actors_read(message_reader, text, ("Bewoners",), "nl") == ["Wijkcoördinator"]


def test_agent_of_a_measure_is_an_actor_en(message_reader: Reader) -> None:
    text = "A monthly review of twenty flagged cases by the works council."
    assert actors_read(message_reader, text, ("Residents",), "en") == ["Works council"]


def test_a_body_by_its_name_is_not_read_here_en() -> None:
    assert option_agents("an audit by the National Audit Service before the roll-out") == []


def test_known_agent_is_no_new_actor_nl(message_reader: Reader) -> None:
    text = "Een controle van elke brief door de leverancier."
    assert actors_read(message_reader, text, ("Leverancier",), "nl") == []


def test_no_party_in_general_or_a_means_nl() -> None:
    assert option_agents("Elke beslissing wordt gecontroleerd door een mens") == []
    assert option_agents("Uitleg door middel van een brief") == []


def test_no_party_in_general_or_a_means_en() -> None:
    assert option_agents("Every flag is checked by hand, or by a colleague") == []


def test_one_more_of_a_kind_is_the_kind_en() -> None:
    assert option_agents("each plan is checked by a second nurse") == ["Nurse"]


def test_the_speakers_own_side_is_no_new_party_en() -> None:
    assert option_agents("a data-sharing agreement, checked by our privacy officer") == []


def test_the_speakers_own_side_is_no_new_party_nl() -> None:
    assert option_agents("elke nieuwe versie eerst laten toetsen door ons team") == []
