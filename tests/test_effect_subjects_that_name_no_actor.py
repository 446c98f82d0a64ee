"""The subject of an effect is a new actor only when it names a group or a body, by the form of
the sentence: one person of a story told with an indefinite article ("een buschauffeur
vertelde ...", "a nurse said ...") is none, nor a label of things in front of a colon ("te
laat alarm: ..."), nor a clause ("meanwhile a neighbour ...", "they're worn out and ..."); a
subject that runs on into its clause is cut where the clause starts ("rechters zijn verdeeld")."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.effect_actor_names import (
    effect_actor_name,
    label_of_things,
    one_person_of_a_story,
    without_clause,
)
from assistant.method.reading.reader import Reader


def _subjects(reader: Reader, text: str, language: str) -> list[str]:
    technology = "een app voor de dienstregeling" if language == "nl" else "a timetable app"
    actors = ("Reizigers", "Gemeente") if language == "nl" else ("Travellers", "Council")
    reading = read_in(reader, text, actors, language, technology, Step.EFFECTS)
    return [*reading.actors, *(e.actor_name for e in reading.effects if e.actor_name)]


def test_one_person_told_with_een_is_no_actor_nl(message_reader: Reader) -> None:
    text = "Een buschauffeur vertelde me dat hij de app niet vertrouwt."
    assert _subjects(message_reader, text, "nl") == []


def test_one_person_told_with_a_is_no_actor_en(message_reader: Reader) -> None:
    text = "A nurse said she spends less time on the forms now."
    assert _subjects(message_reader, text, "en") == []


def test_a_label_of_things_before_a_colon_is_no_actor_nl(message_reader: Reader) -> None:
    text = "- te laat alarm: de ploeg rukt voor niks uit en dat kost geld"
    assert _subjects(message_reader, text, "nl") == []


def test_a_clause_opened_by_meanwhile_is_no_actor_en(message_reader: Reader) -> None:
    text = "Meanwhile a neighbour found out the camera also films her garden."
    assert _subjects(message_reader, text, "en") == []


def test_a_body_that_fears_stays_an_actor_nl(message_reader: Reader) -> None:
    text = "De wijkraad vreest dat de buurt onrustig wordt."
    assert _subjects(message_reader, text, "nl") == ["Wijkraad"]


def test_one_supplier_or_some_parents_are_no_person_of_a_story() -> None:
    assert not one_person_of_a_story("Leverancier", "Een leverancier levert de sensoren.")
    assert not one_person_of_a_story("Ouders", "Een paar ouders klaagden bij de balie.")
    assert not one_person_of_a_story("Supplier", "A supplier hosts the data abroad.")


def test_one_person_of_a_story_by_one_or_een_van_onze() -> None:
    assert one_person_of_a_story("Één agent", "Één agent had drie meldingen tegelijk.")
    assert one_person_of_a_story("Teacher", "One of our teachers said the marks felt random.")
    assert one_person_of_a_story("Wijkverpleegkundige", "Een van onze wijkverpleegkundige zei het.")


def test_a_label_of_people_for_whom_it_is_stays() -> None:
    assert not label_of_things("boeren", "Voor de boeren: minder werk in het voorjaar.")
    assert not label_of_things("huurders", "- huurders: sneller een reparatie")
    assert label_of_things("minder leuk", "Minder leuk: de wachtrij wordt langer.")
    assert label_of_things("worst part", "Worst part: the queue gets longer.")


def test_a_subject_that_runs_on_is_cut_where_its_clause_starts() -> None:
    assert without_clause("Inspecteurs zijn verdeeld") == "Inspecteurs"
    assert without_clause("Drivers are split") == "Drivers"
    assert without_clause("Kleine clubs verliezen uren en") == "Kleine clubs"
    assert without_clause("They're worn out and") == ""
    assert without_clause("Sinds dit jaar") == ""


def test_a_relative_clause_or_a_negation_stays_in_the_name() -> None:
    assert without_clause("Ouders die de app gebruiken") == "Ouders die de app gebruiken"
    assert without_clause("Tenants who move out") == "Tenants who move out"
    text = "De NAM niet, die heeft geen rol."
    assert effect_actor_name("NAM niet heeft geen rol", text) == "NAM niet heeft geen rol"


def test_a_cut_subject_that_names_no_one_is_no_actor() -> None:
    assert effect_actor_name("Camera filmt ook mensen", "De camera filmt ook mensen.") == ""
    assert effect_actor_name("Board is split", "The board is split on it.") == "Board"
    assert effect_actor_name("OR vreest", "De OR vreest dat het misgaat.") == "OR"
