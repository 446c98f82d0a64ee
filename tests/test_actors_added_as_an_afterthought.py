"""One more party added after an interjection, with a comment, condition or hedge after it ("O,
en de griffie.", "o en boeren, hij vliegt over hun land", "oh and the ombudsman, they get the
complaints anyway"), is an actor while actors or effects are asked; and a Dutch relative clause
with "wier" stays with its name in a list ("de automobilisten wier apps de data leveren")."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading import actor_lists
from assistant.method.reading.reader import Reader


def _actors(reader: Reader, text: str, language: str, step: Step = Step.EFFECTS) -> list[str]:
    technology = "een planningsmodule" if language == "nl" else "a planning module"
    known = ("Rechters", "Advocaten") if language == "nl" else ("Judges", "Lawyers")
    return read_in(reader, text, known, language, technology, step).actors


def test_afterthought_party_with_an_article_nl(message_reader: Reader) -> None:
    assert _actors(message_reader, "O, en de bodedienst.", "nl") == ["Bodedienst"]


def test_afterthought_party_with_a_condition_nl(message_reader: Reader) -> None:
    text = "O, en de marechaussee als het echt op fraude lijkt."
    assert _actors(message_reader, text, "nl") == ["Marechaussee"]


def test_afterthought_party_with_a_comment_en(message_reader: Reader) -> None:
    text = "oh and the ombudsman, they get the complaints anyway."
    assert _actors(message_reader, text, "en") == ["Ombudsman"]


def test_afterthought_party_with_a_hedge_en(message_reader: Reader) -> None:
    assert _actors(message_reader, "oh and the court registry maybe", "en") == ["Court registry"]


def test_afterthought_thing_is_no_party_once_options_are_asked(message_reader: Reader) -> None:
    assert _actors(message_reader, "oh and the logging, please", "en", Step.OPTIONS) == []


def test_afterthought_bare_word_needs_a_word_for_people() -> None:
    found = actor_lists.afterthought_party("o en vissers, die varen er dagelijks")
    assert found == (["Vissers"], "die varen er dagelijks")
    assert actor_lists.afterthought_party("o en verder, wat kost het eigenlijk") == ([], "")
    assert actor_lists.afterthought_party("oh and the data is kept for a year") == ([], "")


def test_relative_clause_with_wier_stays_with_its_name() -> None:
    text = "Betrokken: de fietsers wier ritten de data leveren, de provincie, de gemeenten."
    names = actor_lists.names_in_list(text, led=True)
    assert names == ["Fietsers wier ritten de data leveren", "Provincie", "Gemeenten"]


def test_afterthought_party_after_a_list_in_the_first_message_nl(message_reader: Reader) -> None:
    text = "Betrokken zijn de rechters en de advocaten. O, en de bodedienst."
    found = _actors(message_reader, text, "nl", Step.CASE)
    assert "Bodedienst" in found


def test_afterthought_asked_or_running_on_is_no_party() -> None:
    assert actor_lists.afterthought_party("Oh en de huurcommissie misschien?") == ([], "")
    text = "O, en de sensoren zien natuurlijk ook fietsers en tuinen"
    assert actor_lists.afterthought_party(text) == ([], "")


def test_afterthought_that_lists_several_is_left_to_the_list_en() -> None:
    text = "oh and the canteen staff, cleaners, the vendor and the chaplain are involved too"
    assert actor_lists.afterthought_party(text) == ([], "")
