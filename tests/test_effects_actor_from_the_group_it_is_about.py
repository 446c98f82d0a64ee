"""The reader on whom an effect is about when the group is not yet an actor or is named
loosely: the people a clause opens with before a verb it does not know ("guards chat less with
the patients" is about the guards, not the patients), one plural word for a group after
"voor"/"for" ("less paperwork for guards"), one person in general ("soms krijgt iemand ...":
the public the case serves), a label that names no people before a clause about people
("Impact, even kijken: medewerkers ..."), and a name without the words around it ("over de
boeren", "dan de bewoners ...:") (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

from method_fakes import CLINIC, LIBRARY, told
from method_fakes import read_effects as read

from assistant.language.textparts import similar_text
from assistant.method.reading.actor_lists import actor_name
from assistant.method.reading.clause_subjects import clause_people
from assistant.method.reading.reader import Reader


def actors_of(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> list[str]:
    return [actor for _text, _direction, actor in told(read(reader, text, actors, language))]


def test_people_before_an_unknown_verb_not_the_object_en(message_reader: Reader) -> None:
    found = actors_of(message_reader, "Guards chat less with the patients now", CLINIC, "en")
    assert found == ["Guards"]


def test_people_before_an_unknown_verb_not_the_object_nl(message_reader: Reader) -> None:
    found = actors_of(
        message_reader, "Scholieren die hier studeren weten niet of de zaal open is", LIBRARY, "nl"
    )
    assert len(found) == 1 and found[0].startswith("Scholieren")


def test_one_group_word_after_for_is_a_new_actor_en(message_reader: Reader) -> None:
    assert actors_of(message_reader, "Less paperwork for guards", CLINIC, "en") == ["Guards"]


def test_one_group_word_after_voor_is_a_new_actor_nl(message_reader: Reader) -> None:
    found = actors_of(message_reader, "Een veel rustigere leesplek voor scholieren", LIBRARY, "nl")
    assert found == ["Scholieren"]


def test_a_longer_phrase_after_for_is_no_new_actor_en(message_reader: Reader) -> None:
    assert actors_of(message_reader, "Fewer searches for missing elderly", CLINIC, "en") == [""]


def test_one_person_in_general_is_the_public_nl(message_reader: Reader) -> None:
    found = actors_of(message_reader, "Soms krijgt iemand onterecht een boete", LIBRARY, "nl")
    assert found == ["Bezoekers"]


def test_one_person_in_general_is_the_public_en(message_reader: Reader) -> None:
    text = "Anyone who mumbles gets sent to the wrong desk"
    found = actors_of(message_reader, text, CLINIC, "en")
    assert found == ["Patients"]


def test_a_label_naming_no_people_gives_way_to_the_clause_nl(message_reader: Reader) -> None:
    text = "Impact, even hardop denken: medewerkers hoeven minder te typen, dus ze hebben rust"
    assert actors_of(message_reader, text, LIBRARY, "nl")[:1] == ["Medewerkers"]


def test_a_label_naming_no_people_gives_way_to_the_clause_en(message_reader: Reader) -> None:
    text = "Impact, thinking out loud: doctors type less, so they have more time"
    assert actors_of(message_reader, text, CLINIC, "en")[:1] == ["Doctors"]


def test_their_after_a_group_is_about_that_group_en(message_reader: Reader) -> None:
    text = "Night visitors: they are counted too, their phones get logged by the sensors"
    found = actors_of(message_reader, text, CLINIC, "en")
    assert found and set(found) == {"Night visitors"}


def test_a_label_ends_the_subject_and_then_is_no_name() -> None:
    assert clause_people("Bewoners van het plein: die tellen ook mee") == "Bewoners van het plein"
    assert clause_people("Dan de monteurs die het dashboard gebruiken: die zien meer") == (
        "Monteurs"
    )
    assert clause_people("then the drivers of the night bus: they wait less")
    assert clause_people("Correction on the cyclists: they do see it") == "Cyclists"
    assert clause_people("Over de fietsers: die zien het wel") == "Fietsers"


def test_people_joined_by_and_stay_one_subject() -> None:
    assert clause_people("studenten en scholieren hebben een plek") == "Studenten en scholieren"
    assert clause_people("guards and nurses talk less") == "Guards and nurses"
    assert clause_people("Guards talk less with the patients") == "Guards"


def test_a_name_without_what_it_is_about() -> None:
    assert actor_name("Over de boeren") == "Boeren"
    assert actor_name("About the farmers") == "Farmers"
    assert actor_name("Overheid") == "Overheid"


def test_two_words_that_share_a_stem_are_two_names() -> None:
    assert not similar_text("Scholen", "Scholieren")
    assert not similar_text("Klanten", "Klantadviseurs")
    assert similar_text("inspecteur", "inspecteurs")
