"""Effects told briefly: a +/- list typed on one line after a label, actors named with an age
range, accents or as the head of a compound, and the words that say how people in a story
took it (Dutch and English, sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.mentions import mentioned_actor
from assistant.method.reading.polarity import clause_direction, signed_lines
from assistant.method.reading.reader import Reader
from assistant.paths import PROJECT_ROOT
from tests.method_fakes import reading_session


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


def _told(reader: Reader, text: str, language: str, actors: tuple[str, ...]) -> list[tuple]:
    session = reading_session(Step.EFFECTS, language, "een app", actors)
    names = {a.id: a.name for a in session.actors}
    reading = reader.read(text, session)
    return [(names.get(e.actor_id or "", e.actor_name), e.direction) for e in reading.effects]


def test_a_labelled_plus_minus_line_is_split_into_signed_items_nl(reader: Reader) -> None:
    told = _told(
        reader,
        "bezoekers: + minder wachten bij de balie / - de site is lastig voor wie slecht ziet",
        "nl",
        ("Bezoekers", "Baliemedewerkers"),
    )
    assert told == [("Bezoekers", "positive"), ("Bezoekers", "negative")]


def test_a_labelled_plus_minus_line_is_split_into_signed_items_en(reader: Reader) -> None:
    told = _told(
        reader,
        "couriers: - every stop is logged for the boss, + fewer parking fines",
        "en",
        ("Couriers", "Shop owners"),
    )
    assert [d for _, d in told] == ["negative", "positive"]
    assert {a for a, _ in told} == {"Couriers"}


def test_a_new_label_after_a_sentence_takes_the_items_after_it() -> None:
    lines = signed_lines(
        "leerlingen: + sneller hulp, - voelen zich bekeken. docenten: + minder nakijkwerk"
    ).splitlines()
    assert lines == [
        "leerlingen: + sneller hulp",
        "leerlingen: - voelen zich bekeken.",
        "docenten: + minder nakijkwerk",
    ]


def test_a_label_with_one_signed_item_stays_one_line() -> None:
    assert signed_lines("tenants: - they pay more, and nobody told them") == (
        "tenants: - they pay more, and nobody told them"
    )


def test_an_age_range_does_not_hide_an_actor() -> None:
    actors = [Actor(id="a1", name="Kinderen 4-12"), Actor(id="a2", name="Teens 13-17")]
    assert mentioned_actor("De kinderen leren sneller lezen", actors) == actors[0]
    assert mentioned_actor("Teens feel watched in the app", actors) == actors[1]


def test_accents_and_abbreviations_do_not_hide_an_actor() -> None:
    actors = [Actor(id="a1", name="Conciërges"), Actor(id="a2", name="Boswachters vh bos")]
    assert mentioned_actor("De conciergen lopen meer rondes", actors) == actors[0]
    assert mentioned_actor("De boswachters zien eerder een brand", actors) == actors[1]


def test_a_compound_name_is_found_by_its_head() -> None:
    actors = [Actor(id="a1", name="Fietsenverhuurders"), Actor(id="a2", name="Toeristen")]
    assert mentioned_actor("Elke verhuurder krijgt een boete", actors) == actors[0]


def test_one_of_a_group_told_by_a_compound_is_found_in_the_group() -> None:
    actors = [Actor(id="a1", name="Onderzoekers"), Actor(id="a2", name="Ouders")]
    assert mentioned_actor("Een jeugdonderzoeker vond het dossier sneller", actors) == actors[0]


def test_how_people_in_a_story_took_it_gives_the_direction_nl() -> None:
    assert clause_direction("Haar zoon was er kapot van en zat te huilen") == "negative"
    assert clause_direction("Sinds de sensor slaapt hij weer door, hij slaapt weer") == "positive"
    assert clause_direction("Bij het spel lacht ze weer") == "positive"


def test_how_people_in_a_story_took_it_gives_the_direction_en() -> None:
    assert clause_direction("Her father was devastated") == "negative"
    assert clause_direction("The old man had been scammed before") == "negative"
    assert clause_direction("For the first time he slept through the night") == "positive"


def test_less_of_a_harm_is_a_gain() -> None:
    assert clause_direction("Minder smokkel via de haven") == "positive"
    assert clause_direction("Fewer disputes about the bill") == "positive"


def test_a_bullet_that_names_an_actor_then_signs_its_effect_nl(reader: Reader) -> None:
    told = _told(
        reader,
        "- fietsers + veiliger oversteken bij de school\n- fietsers - de lamp knippert te vaak",
        "nl",
        ("Fietsers", "Ouders"),
    )
    assert told == [("Fietsers", "positive"), ("Fietsers", "negative")]


def test_a_bullet_that_names_an_actor_then_signs_its_effect_en(reader: Reader) -> None:
    told = _told(
        reader,
        "- bus drivers + fewer arguments about tickets\n- bus drivers - every stop is logged",
        "en",
        ("Bus drivers", "Passengers"),
    )
    assert told == [("Bus drivers", "positive"), ("Bus drivers", "negative")]
