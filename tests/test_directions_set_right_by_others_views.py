"""A direction set right in a later turn, often by someone else's view: "the union says the
overtime point is actually negative", "the council calls the parking point negative", "the board
disagrees on that last one: X is negative", "X is negative actually", "dat van de bewoners klopt
niet, dat is eigenlijk negatief", "die wachtlijstapp is eigenlijk negatief" (a compound of words
told before); a sentence that only agrees ("Go with that", "klopt, zet hem op negatief") is no
effect."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Effect, Session, Step
from assistant.method.reading.reader import Reader

PARK = ("Residents", "Shop owners", "Wardens")
PARK_NL = ("Bewoners", "Winkeliers", "Handhavers")


def _session(language: str) -> Session:
    session = reading_session(Step.EFFECTS, language, "parking sensors", PARK if language == "en"
                              else PARK_NL)  # fmt: skip
    texts = (
        ("Wardens work less overtime at night", "Residents find a parking spot sooner")
        if language == "en"
        else (
            "Handhavers hoeven minder over te werken",
            "Bewoners krijgen een app met de wachtlijst",
        )
    )
    session.effects = [
        Effect(id="e1", actor_id="a3", direction="positive", text=texts[0]),
        Effect(id="e2", actor_id="a1", direction="positive", text=texts[1]),
    ]
    return session


def _fixes(reader: Reader, text: str, language: str) -> list[tuple[str, str]]:
    reading = reader.read(text, _session(language))
    assert reading.effects == []
    return [(f.effect_id, f.direction) for f in reading.effect_fixes]


def test_a_view_in_front_of_the_effect_named_en(message_reader: Reader) -> None:
    text = "the union says the overtime is actually negative: they lose their night bonus."
    assert _fixes(message_reader, text, "en") == [("e1", "negative")]


def test_the_word_that_sets_right_after_the_direction_en(message_reader: Reader) -> None:
    text = "our residents' panel thinks the parking spot is negative actually. Go with that."
    assert _fixes(message_reader, text, "en") == [("e2", "negative")]


def test_someone_calls_it_the_other_way_en(message_reader: Reader) -> None:
    text = (
        "no wait, the council actually calls the overtime point negative: fewer eyes on the street."
    )
    assert _fixes(message_reader, text, "en") == [("e1", "negative")]


def test_someone_disagrees_then_says_the_direction_en(message_reader: Reader) -> None:
    text = (
        "the board disagrees on that one: the parking spot is negative, it draws more cars. "
        "I think they're right, so make it negative."
    )
    assert _fixes(message_reader, text, "en") == [("e2", "negative")]


def test_the_effect_named_by_whom_it_is_about_nl(message_reader: Reader) -> None:
    text = "nee wacht, dat van de bewoners klopt niet, dat is eigenlijk negatief."
    assert _fixes(message_reader, text, "nl") == [("e2", "negative")]


def test_the_effect_named_by_a_compound_nl(message_reader: Reader) -> None:
    text = "nee, die wachtlijstapp is eigenlijk negatief. Klopt, zet hem maar op negatief."
    assert _fixes(message_reader, text, "nl") == [("e2", "negative")]


def test_someone_calls_it_the_other_way_nl(message_reader: Reader) -> None:
    text = "De OR noemt dat overwerken juist negatief: er loopt dan minder toezicht."
    assert _fixes(message_reader, text, "nl") == [("e1", "negative")]


def test_a_new_effect_with_a_direction_is_no_fix_en(message_reader: Reader) -> None:
    reading = message_reader.read("Shop owners say the sensors are positive.", _session("en"))
    assert reading.effect_fixes == []


def test_the_last_one_scratched_en(message_reader: Reader) -> None:
    text = "scratch that last one. For residents it's negative: more cars circle the block."
    reading = message_reader.read(text, _session("en"))
    assert reading.removed_items == [("effect", "e2")]
    assert [e.direction for e in reading.effects] == ["negative"]


def test_the_last_one_scratched_nl(message_reader: Reader) -> None:
    reading = message_reader.read("schrap die laatste maar.", _session("nl"))
    assert reading.removed_items == [("effect", "e2")]
