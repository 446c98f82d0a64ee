"""Things said among the effects that are no effect (hearsay without what was said, a doubt
whether it is true, nothing to tell, a bare question, a remark opened with "fwiw"), actors added,
taken off or set right in the words people use ("I'd add ...", "I'd leave X out", "not X, Y",
"X heeft gebeld, die horen er ook bij", "verder zitten X en Y erbij"), and words in passing that
name no actor (a reaction in a list, a time label, a filler after a direction label)."""

from __future__ import annotations

from typing import Any

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

TEAM_NL = ("Bewoners", "Handhavers", "Wijkagent")
TEAM_EN = ("Tenants", "Caretakers", "It guy", "Tom")


def _nl(reader: Reader, text: str, step: Step = Step.EFFECTS) -> object:
    return read_in(reader, text, TEAM_NL, "nl", "een parkeerscanner", step)


def _en(reader: Reader, text: str, step: Step = Step.EFFECTS) -> object:
    return read_in(reader, text, TEAM_EN, "en", "lift sensors", step)


def test_hearsay_without_its_contents_is_no_effect_nl(message_reader: Reader) -> None:
    reading = _nl(message_reader, "Bewoners krijgen vaker een boete. Mijn buurman zei van niet.")
    assert [e[0] for e in told(reading)] == ["Bewoners krijgen vaker een boete"]
    assert reading.actors == []


def test_hearsay_without_its_contents_is_no_effect_en(message_reader: Reader) -> None:
    reading = _en(message_reader, "Tenants wait longer for repairs, but my manager said so.")
    assert [e[0] for e in told(reading)] == ["Tenants wait longer for repairs"]


def test_a_doubt_whether_it_is_true_is_no_effect_nl(message_reader: Reader) -> None:
    found = told(
        _nl(message_reader, "Handhavers raken overbelast. We weten nog niet of dat klopt.")
    )
    assert [e[0] for e in found] == ["Handhavers raken overbelast"]


def test_a_doubt_whether_it_is_true_is_no_effect_en(message_reader: Reader) -> None:
    text = "Caretakers lose overtime pay. We don't know yet whether that's the case."
    found = told(_en(message_reader, text))
    assert [e[0] for e in found] == ["Caretakers lose overtime pay"]


def test_nothing_to_tell_and_a_bare_question_are_no_effects(message_reader: Reader) -> None:
    found = told(_nl(message_reader, "+ handhavers: niks direct, maar ze lopen minder"))
    assert [e[0] for e in found] == ["Ze lopen minder"]
    found = told(_en(message_reader, "bad: tenants cant opt out... whats the catch"))
    assert [e[0] for e in found] == ["Tenants can't opt out"]


def test_a_fwiw_remark_without_a_direction_is_no_effect(message_reader: Reader) -> None:
    found = told(
        _en(message_reader, "Tenants get stuck less often. Fwiw the sensor came from Italy.")
    )
    assert [e[0] for e in found] == ["Tenants get stuck less often"]


def test_an_actor_added_with_i_would_add_en(message_reader: Reader) -> None:
    reading = _en(message_reader, "I'd add the cleaners who work at night.")
    assert reading.actors == ["Cleaners who work at night"]
    assert told(reading) == []


def test_an_actor_left_out_with_why_en(message_reader: Reader) -> None:
    reading = _en(message_reader, "I'd leave Tom as landlord out, he's not really affected.")
    assert reading.removed_actors == ["Tom"]
    assert told(reading) == []


def test_not_one_actor_but_another_after_an_apology_en(message_reader: Reader) -> None:
    text = "sorry typo before, not the it guy, the privacy officer. the it guy isnt involved"
    reading = _en(message_reader, text, Step.VALUES)
    assert reading.removed_actors == ["It guy"]
    assert reading.actors == ["Privacy officer"]
    assert told(reading) == [] and reading.values == []


def test_not_one_actor_but_another_nl(message_reader: Reader) -> None:
    reading = _nl(message_reader, "oeps, niet de wijkagent, de boa.")
    assert reading.removed_actors == ["Wijkagent"]
    assert reading.actors == ["Boa"]


def test_an_actor_added_by_a_pronoun_after_its_name_nl(message_reader: Reader) -> None:
    text = "oh en de Huurdersbond heeft ons gemaild, die horen er ook bij."
    reading = _nl(message_reader, text)
    assert reading.actors == ["Huurdersbond"]
    assert told(reading) == []


def test_an_actor_added_by_a_pronoun_after_its_name_en(message_reader: Reader) -> None:
    reading = _en(message_reader, "the union wrote us a letter, please add them too")
    assert reading.actors == ["Union"]
    assert told(reading) == []


def test_actors_that_sit_at_the_table_and_their_effect_nl(message_reader: Reader) -> None:
    text = (
        "Verder zitten de gemeente en de GGD erbij, en de vissers in de haven, die vinden het "
        "fijn dat een lek eerder gezien wordt."
    )
    reading = _nl(message_reader, text)
    assert reading.actors == ["Gemeente", "GGD", "Vissers in de haven"]
    assert [(e.direction, e.actor_name) for e in reading.effects] == [
        ("positive", "Vissers in de haven")
    ]


def test_a_name_after_an_addition_must_be_only_a_name_nl(message_reader: Reader) -> None:
    text = "de buurtvereniging moet er ook bij. en een effect voor bewoners: + ze slapen beter"
    reading = _nl(message_reader, text)
    assert "Effect voor bewoners" not in reading.actors
    assert [e.direction for e in reading.effects] == ["positive"]


def test_a_reaction_in_a_list_is_no_actor(message_reader: Reader) -> None:
    assert _nl(message_reader, "ok de imkers, goed punt.", Step.ACTORS).actors == ["Imkers"]
    assert _en(message_reader, "fair point, the insurers too", Step.ACTORS).actors == ["Insurers"]


def test_a_filler_after_the_last_name_is_no_part_of_it(message_reader: Reader) -> None:
    text = "betrokken: bewoners, de gemeente, de provincie ook wel"
    assert _nl(message_reader, text, Step.ACTORS).actors == ["Bewoners", "Gemeente", "Provincie"]


def test_a_filler_after_a_direction_label_names_no_actor(message_reader: Reader) -> None:
    found = told(_nl(message_reader, "nadeel tbh: ze gaan minder zelf kijken."))
    assert [e[1:] for e in found] == [("negative", "")]
    found = told(_en(message_reader, "downside imo: caretakers lose their evening shifts"))
    assert [e[1:] for e in found] == [("negative", "Caretakers")]


def test_a_time_label_names_no_actor(message_reader: Reader) -> None:
    reading = _nl(message_reader, "Vroeger: bewoners belden zelf. Nu: we hebben al 30 meldingen.")
    assert all(e.actor_name.lower() not in ("nu", "vroeger") for e in reading.effects)
    reading = _en(message_reader, "Before: tenants waited a week. Now: we fix it in a day.")
    assert all(e.actor_name.lower() not in ("now", "before") for e in reading.effects)


def test_a_sentence_about_things_where_actors_are_asked_is_an_effect(
    message_reader: Reader,
) -> None:
    reading = _en(message_reader, "the sensors scare the pigeons on the roof.", Step.ACTORS)
    assert reading.actors == []
    assert [e.direction for e in reading.effects] == ["negative"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De bewoners die een garage huren.", "nl"),
        ("The schools that use the halls at night.", "en"),
    ],
)
def test_a_group_with_a_clause_where_actors_are_asked_is_an_actor(
    message_reader: Reader, text: str, language: str
) -> None:
    reading: Any = (_nl if language == "nl" else _en)(message_reader, text, Step.ACTORS)
    assert len(reading.actors) == 1 and reading.effects == []
