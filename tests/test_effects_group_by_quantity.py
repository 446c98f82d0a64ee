"""The reader on effects about a group named by how many of it ("veel vrijwilligers haken
af", "de meeste bewoners vinden ...", "a lot of volunteers will quit", "most parents think
it's fine, they ..."): the group is the effect's actor, without the quantity in front; a
quantity of things names no one (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

from method_fakes import read_effects as read
from method_fakes import told

from assistant.method.reading.clause_subjects import clause_people, without_quantity
from assistant.method.reading.reader import Reader


def actors_of(reader: Reader, text: str, language: str) -> list[str]:
    return [actor for _text, _direction, actor in told(read(reader, text, (), language))]


def test_many_of_a_group_is_the_group_nl(message_reader: Reader) -> None:
    found = actors_of(
        message_reader, "Veel vrijwilligers haken af omdat het te ingewikkeld wordt", "nl"
    )
    assert found == ["Vrijwilligers"]


def test_many_of_a_group_is_the_group_en(message_reader: Reader) -> None:
    found = actors_of(
        message_reader, "A lot of volunteers will quit because it takes too long", "en"
    )
    assert found == ["Volunteers"]


def test_most_of_a_group_after_an_article_nl(message_reader: Reader) -> None:
    found = actors_of(message_reader, "De meeste huurders zijn boos over de camera's", "nl")
    assert found == ["Huurders"]


def test_most_of_a_group_with_of_the_en(message_reader: Reader) -> None:
    assert clause_people("Most of the tenants are angry about the cameras") == "Tenants"


def test_quantity_of_things_stays_nl() -> None:
    assert without_quantity("Veel meldingen zijn vals") == "Veel meldingen zijn vals"
    assert clause_people("Veel meldingen zijn vals") == ""


def test_quantity_of_things_stays_en() -> None:
    assert clause_people("Most of the time the app works") == ""


def test_clause_in_front_taken_up_again_en(message_reader: Reader) -> None:
    reading = read(message_reader, "Most parents think it's fine, they like the updates", (), "en")
    assert reading.actors == ["Parents"]
    assert told(reading)[0][2] == "Parents"


def test_clause_in_front_taken_up_again_nl(message_reader: Reader) -> None:
    reading = read(message_reader, "Sommige ouders vinden het eng, ze willen geen camera", (), "nl")
    assert all("ouders" in a.lower() and "sommige" not in a.lower() for _t, _d, a in told(reading))


def test_pointing_word_before_a_group_nl(message_reader: Reader) -> None:
    found = actors_of(message_reader, "Die schoonmakers moeten nu om zes uur beginnen", "nl")
    assert found == ["Schoonmakers"]


def test_pointing_word_before_a_group_en() -> None:
    assert clause_people("Those volunteers will quit, it takes too much time") == "Volunteers"


def test_pointing_word_alone_is_no_group_nl() -> None:
    assert without_quantity("Die krijgen meer werk") == "Die krijgen meer werk"
