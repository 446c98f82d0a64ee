"""Actors regrouped in a later turn: a group split in two ("the visitors are really two groups:
..."), groups merged ("de conciërges en de schoonmakers zijn voor mij één groep"), taken off in
short forms ("the caterer out", "de kantine schrappen"), who was meant instead ("I meant the
night staff"), and a group that should be apart ("... should be a separate group"); the parts
that say so are no effects."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

LIBRARY = ("Visitors", "Librarians", "Caterer", "Volunteers", "Security staff", "Cleaners")
LIBRARY_NL = ("Bezoekers", "Bibliothecarissen", "Kantine", "Vrijwilligers", "Conciërges",
              "Schoonmakers")  # fmt: skip


def _read(reader: Reader, text: str, language: str) -> object:
    actors = LIBRARY if language == "en" else LIBRARY_NL
    return read_in(reader, text, actors, language, "self-service kiosks", Step.ACTORS)


def test_split_into_two_groups_named_after_a_colon_en(message_reader: Reader) -> None:
    text = "Visitors is really two groups: students and pensioners, they use it very differently."
    reading = _read(message_reader, text, "en")
    assert reading.renamed_actors == [("Visitors", "Students")]
    assert reading.actors == ["Pensioners"]
    assert told(reading) == []


def test_split_groups_without_what_is_said_of_them_en(message_reader: Reader) -> None:
    text = (
        "volunteers are two groups actually: volunteers who run the reading club, and "
        "interns who help at the desk."
    )
    reading = _read(message_reader, text, "en")
    assert [n.lower() for n in reading.actors] == ["interns"]
    assert told(reading) == []


def test_split_into_two_groups_nl(message_reader: Reader) -> None:
    text = (
        "De bezoekers zijn bij ons eigenlijk twee groepen: scholieren en ouderen, die lenen "
        "heel anders."
    )
    reading = _read(message_reader, text, "nl")
    assert reading.renamed_actors == [("Bezoekers", "Scholieren")]
    assert reading.actors == ["Ouderen"]
    assert told(reading) == []


def test_split_keeps_the_rest_of_the_group_nl(message_reader: Reader) -> None:
    text = (
        "vrijwilligers zijn twee groepen: de coördinator, die plant alles, en de rest van de "
        "vrijwilligers, die komen af en toe."
    )
    reading = _read(message_reader, text, "nl")
    assert reading.renamed_actors == []
    assert reading.actors == ["Coördinator"]
    assert told(reading) == []


def test_merged_into_one_group_named_after_it_nl(message_reader: Reader) -> None:
    text = "De conciërges en de schoonmakers zijn voor mij één groep. Noem ze maar facilitair."
    reading = _read(message_reader, text, "nl")
    assert reading.removed_actors == ["Conciërges"]
    assert reading.renamed_actors == [("Schoonmakers", "Facilitair")]
    assert told(reading) == []


def test_merged_by_taking_them_together_nl(message_reader: Reader) -> None:
    text = "conciërges en schoonmakers neem ik samen als 'gebouwbeheer', die werken toch samen."
    reading = _read(message_reader, text, "nl")
    assert reading.removed_actors == ["Conciërges"]
    assert reading.renamed_actors == [("Schoonmakers", "Gebouwbeheer")]
    assert told(reading) == []


def test_merged_by_a_name_for_a_list_en(message_reader: Reader) -> None:
    text = "security staff and cleaners, just call them facility services, they share one manager."
    reading = _read(message_reader, text, "en")
    assert reading.removed_actors == ["Cleaners"]
    assert reading.renamed_actors == [("Security staff", "Facility services")]
    assert reading.actors == []
    assert told(reading) == []


def test_merge_needs_known_actors_en(message_reader: Reader) -> None:
    text = "Fines and warnings are one group of letters for us."
    reading = _read(message_reader, text, "en")
    assert reading.removed_actors == []
    assert reading.renamed_actors == []


def test_short_forms_take_a_known_actor_off(message_reader: Reader) -> None:
    en = _read(message_reader, "caterer out, they're gone since May.", "en")
    nl = _read(message_reader, "kantine schrappen, die doet er niks mee.", "nl")
    nl2 = _read(message_reader, "De conciërges kun je wel schrappen.", "nl")
    assert en.removed_actors == ["Caterer"]
    assert nl.removed_actors == ["Kantine"]
    assert nl2.removed_actors == ["Conciërges"]
    assert told(en) == told(nl) == []


def test_short_forms_leave_unknown_names_alone_en(message_reader: Reader) -> None:
    reading = _read(message_reader, "The results are out.", "en")
    assert reading.removed_actors == []


def test_who_was_meant_after_a_reason_en(message_reader: Reader) -> None:
    text = "sorry, not the cleaners, there aren't any, I meant the night porters in the basement."
    reading = _read(message_reader, text, "en")
    assert reading.removed_actors == ["Cleaners"]
    assert [n.lower() for n in reading.actors] == ["night porters in the basement"]
    assert told(reading) == []


def test_who_was_meant_after_a_name_taken_off_nl(message_reader: Reader) -> None:
    text = (
        "schrap de kantine, die merkt er niks van. Ik bedoelde de catering, die levert de broodjes."
    )
    reading = _read(message_reader, text, "nl")
    assert reading.removed_actors == ["Kantine"]
    assert "Catering" in reading.actors
    assert all("bedoelde" not in effect.lower() for effect, _, _ in told(reading))


def test_not_a_group_as_a_whole_but_mostly_others_en(message_reader: Reader) -> None:
    text = "not the volunteers in general, it's mostly Scouts who help on Saturdays."
    reading = _read(message_reader, text, "en")
    assert reading.intent is not None and reading.intent.kind == "correct"
    assert reading.intent.target == "the volunteers"
    assert reading.intent.replacement.startswith("Scouts")


def test_not_a_group_as_a_whole_among_other_edits_en(message_reader: Reader) -> None:
    text = (
        "Drop the caterer, they left. And not the volunteers in general, it's mostly the "
        "student helpers who help."
    )
    reading = _read(message_reader, text, "en")
    assert reading.removed_actors == ["Caterer", "Volunteers"]
    assert [n.lower() for n in reading.actors] == ["student helpers"]


def test_not_a_group_as_a_whole_nl(message_reader: Reader) -> None:
    text = (
        "Schrap de kantine. En niet de vrijwilligers in het algemeen, het zijn vooral de "
        "studenten die helpen."
    )
    reading = _read(message_reader, text, "nl")
    assert reading.removed_actors == ["Kantine", "Vrijwilligers"]
    assert reading.actors == ["Studenten"]


def test_by_a_name_only_one_of_them_was_meant_nl(message_reader: Reader) -> None:
    text = "met vrijwilligers bedoel ik eigenlijk alleen de Voorleesclub, de rest doet niet mee."
    reading = _read(message_reader, text, "nl")
    assert reading.renamed_actors == [("Vrijwilligers", "Voorleesclub")]
    assert told(reading) == []


def test_a_group_of_their_own_is_added_en(message_reader: Reader) -> None:
    text = "The volunteers say that refugees should be a separate group, fair enough, add them."
    reading = _read(message_reader, text, "en")
    assert reading.actors == ["Refugees"]
    assert told(reading) == []


def test_a_group_that_belongs_too_nl(message_reader: Reader) -> None:
    text = "De ondernemingsraad hoort er trouwens ook bij."
    reading = _read(message_reader, text, "nl")
    assert reading.actors == ["Ondernemingsraad"]
    assert told(reading) == []


def test_a_list_item_ending_in_out_takes_no_one_off_en(message_reader: Reader) -> None:
    actors = ("Visitors moving out", "Librarians")
    text = "stakeholders: visitors moving out, the librarians, the cleaners"
    reading = read_in(message_reader, text, actors, "en", "self-service kiosks", Step.ACTORS)
    assert reading.removed_actors == []
