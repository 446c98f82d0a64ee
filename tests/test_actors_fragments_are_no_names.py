"""Pieces of a sentence are no new actors: a label of the speaker's own words ("mine would be:",
"voor mij draait het om:"), a condition ("if so:"), a lead-in to the step ("effects we heard:"),
words before a clause that open with a question word, a modal verb or a preposition, a topic
after a bullet inside a line, and a value of some people ("de privacy van de huurder")."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.actor_lists import verb_after_people
from assistant.method.reading.name_fragments import fragment_name, value_head
from assistant.method.reading.reader import Reader


def test_pieces_of_a_sentence_are_fragments() -> None:
    for name in (
        "Mine would be", "me it all comes down to", "If so", "Effects we heard", "Welke bus",
        "Kunnen wijkagenten", "Aan ouders", "I'm afraid tenants", "No money", "Geen tijd",
        "- late alerts",
    ):  # fmt: skip
        assert fragment_name(name), name


def test_names_of_people_are_no_fragments() -> None:
    for name in (
        "Huurders", "Bewoners van de wijk", "Medewerkers van de balie", "Vrijwillige coaches van "
        "de bond", "The night nurses", "Officieren van justitie", "- buren",
        "Commissie van toezicht",
    ):  # fmt: skip
        assert not fragment_name(name), name


def test_a_label_of_the_speakers_own_words_names_no_one_en(message_reader: Reader) -> None:
    text = "Do you want the effects on drivers too? If so: they save an hour a day."
    reading = read_in(message_reader, text, ("Drivers",), "en", "route software")
    assert reading.actors == []
    assert all(actor != "If so" for _, _, actor in told(reading))
    text = "For me it all comes down to: nobody gets lost on the way home."
    reading = read_in(message_reader, text, ("Drivers",), "en", "route software")
    assert all("comes down" not in actor for _, _, actor in told(reading))


def test_a_label_of_the_speakers_own_words_names_no_one_nl(message_reader: Reader) -> None:
    text = "Voor mij draait het om: dat niemand zomaar gevolgd wordt, dat de buurt veilig blijft."
    reading = read_in(message_reader, text, ("Bewoners",), "nl", "slimme lantaarnpalen")
    assert reading.actors == []
    assert all("draait" not in actor for _, _, actor in told(reading))


def test_words_before_a_clause_are_no_actor_nl(message_reader: Reader) -> None:
    text = "Op de beelden zie je ook welke bus er te laat vertrekt."
    reading = read_in(message_reader, text, ("Reizigers",), "nl", "camera's op het busstation")
    assert all(actor.lower() != "welke bus" for _, _, actor in told(reading))
    assert "Welke bus" not in reading.actors


def test_a_topic_after_a_bullet_in_a_line_names_no_one_en(message_reader: Reader) -> None:
    text = "- drivers lose time. - late alerts: the night staff miss a call now and then."
    reading = read_in(message_reader, text, ("Drivers", "Night staff"), "en", "a dispatch app")
    assert all(not actor.startswith("-") for _, _, actor in told(reading))
    assert reading.actors == []


def test_announced_effect_with_a_remark_is_read_where_actors_are_asked(
    message_reader: Reader,
) -> None:
    text = "Nog een effect dat ik vergat: buren horen nooit wie er gebeld heeft."
    reading = read_in(message_reader, text, ("Buren",), "nl", "een belapp", Step.ACTORS)
    assert [actor for _, _, actor in told(reading)] == ["Buren"]
    text = "One more effect I forgot: neighbours never hear who called."
    reading = read_in(message_reader, text, ("Neighbours",), "en", "a call app", Step.ACTORS)
    assert [actor for _, _, actor in told(reading)] == ["Neighbours"]


def test_a_value_of_some_people_is_no_actor(message_reader: Reader) -> None:
    for name, head in (("De privacy van de huurder", "privacy"), ("Respect for pupils", "respect")):
        assert value_head(name) == head
    assert value_head("Bewoners van de wijk") == ""
    text = "Eerlijkheid en privacy zeker. Autonomie van de leerling ook, die moet zelf kiezen."
    reading = read_in(message_reader, text, ("Leerlingen",), "nl", "een leerapp", Step.VALUES)
    assert "Autonomie van de leerling" not in reading.actors


def test_a_clause_after_a_word_for_people_is_no_name() -> None:
    assert verb_after_people("Kinderen beschermen tegen pesten")
    assert verb_after_people("The nurse stays in charge")
    for name in ("Bewoners van de wijk", "Dronepiloot vh bedrijf", "Night nurses on call"):
        assert not verb_after_people(name), name


def test_a_value_in_own_words_that_opens_with_people_is_no_actor(message_reader: Reader) -> None:
    text = "Leerlingen beschermen tegen uitsluiting."
    reading = read_in(message_reader, text, ("Leerlingen",), "nl", "een leerapp", Step.VALUES)
    assert reading.actors == []
    text = "Fair hearing. And the nurse stays in charge, not the app."
    reading = read_in(message_reader, text, ("Patients",), "en", "a triage app", Step.VALUES)
    assert reading.actors == []
