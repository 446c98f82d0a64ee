"""An effect whose sentence ends in a remark on whom it is good or bad for belongs to those
people, though the sentence names others first: the judgement before them ("..., erg vervelend
voor die bewoner"), the people before the judgement ("..., and for victims that's huge"), what
it helps or costs them ("..., which really helps the planners") or that they like it ("...,
and patients like that", "..., de bewoners vinden dat prettig"). A liking of the speaker's own
("..., I like that") names no one."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _effects(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> list:
    technology = "een planningsapp" if language == "nl" else "a planning app"
    return told(read_in(reader, text, actors, language, technology, Step.EFFECTS))


def test_remark_judging_for_people_after_a_comma_nl(message_reader: Reader) -> None:
    text = "De handhaver stond voor niks bij iemand aan de deur, erg vervelend voor die bewoner."
    effects = _effects(message_reader, text, ("Handhavers", "Bewoners"), "nl")
    assert [(e[1], e[2]) for e in effects] == [("negative", "Bewoners")]


def test_remark_naming_people_before_the_judgement_en(message_reader: Reader) -> None:
    text = "Now he could tell his own story at the desk, and for tenants that's huge."
    effects = _effects(message_reader, text, ("Desk staff", "Tenants"), "en")
    assert [(e[1], e[2]) for e in effects] == [("positive", "Tenants")]


def test_remark_on_what_the_effect_helps_a_known_actor_en(message_reader: Reader) -> None:
    text = "The drivers no longer phone in every delay, which really helps the planners."
    effects = _effects(message_reader, text, ("Drivers", "Planners"), "en")
    assert [e[2] for e in effects] == ["Planners"]


def test_remark_on_what_the_effect_saves_new_people_nl(message_reader: Reader) -> None:
    text = "Het rooster is een week eerder klaar, wat de planners veel werk scheelt."
    effects = _effects(message_reader, text, ("Medewerkers",), "nl")
    assert [e[2] for e in effects] == ["Planners"]


def test_people_who_like_the_effect_before_en(message_reader: Reader) -> None:
    text = "The reminders are friendlier than the old letters, and patients like that."
    effects = _effects(message_reader, text, ("Doctors", "Patients"), "en")
    assert [(e[1], e[2]) for e in effects] == [("positive", "Patients")]


def test_people_who_find_the_effect_pleasant_nl(message_reader: Reader) -> None:
    text = "De brieven zijn veel korter geworden, en de bewoners vinden dat heel prettig."
    effects = _effects(message_reader, text, ("Medewerkers", "Bewoners"), "nl")
    assert [(e[1], e[2]) for e in effects] == [("positive", "Bewoners")]


def test_people_who_dislike_the_effect_before_en(message_reader: Reader) -> None:
    text = "The app buzzes at night, and most carers don't like that."
    effects = _effects(message_reader, text, ("Residents", "Carers"), "en")
    assert [(e[1], e[2]) for e in effects] == [("negative", "Carers")]


def test_the_speakers_own_liking_names_no_one_en(message_reader: Reader) -> None:
    text = "The reminders are friendlier now, I like that."
    effects = _effects(message_reader, text, ("Doctors", "Patients"), "en")
    assert [e[2] for e in effects] == [""]


def test_a_family_word_is_the_head_of_a_group_name_nl(message_reader: Reader) -> None:
    text = "+ gezinnen eerder een woning"
    effects = _effects(message_reader, text, ("Oudere huurders", "Woningzoekende gezinnen"), "nl")
    assert [e[2] for e in effects] == ["Woningzoekende gezinnen"]
