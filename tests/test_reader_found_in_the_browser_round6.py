"""What went wrong when civil servants typed into the browser, sixth round (sentences written for
these tests): a kind named in brackets after a measure ("(design)", "(mens)") is its kind and not
part of its text; a measure after "en iets voor de X zelf:" in a list of ideas where values are
asked names those people instead of its opening pronoun; an organisation that shares the first
letters of an actor ("het bureau dat het model levert" beside "buren die klagen") is an actor of
its own; an effect said to be for people who are no actor yet ("gezonder voor de buurt") is not
filed under the actor whose effects were asked."""

from __future__ import annotations

import pytest
from method_fakes import read_in

from assistant.domain.session import Actor, Step
from assistant.language.textparts import similar_text
from assistant.method.reading.effect_lines import extract_effects
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "kinds", "texts"),
    [("Opties: de foto's na een week wissen (ontwerp), een afspraak met de wijkraad (omgeving) "
      "en een cursus voor de boa's (mens)", "nl", ["design", "environment", "human"],
      ["De foto's na een week wissen", "Een afspraak met de wijkraad", "Een cursus voor de boa's"]),
     ("options: blur faces before upload (context), and a helpline for residents (human)", "en",
      ["environment", "human"], ["Blur faces before upload", "A helpline for residents"])],
)  # fmt: skip
def test_a_kind_in_brackets_after_a_measure_is_its_kind(
    message_reader: Reader, text: str, language: str, kinds: list[str], texts: list[str]
) -> None:
    reading = read_in(message_reader, text, (), language, "een camera", Step.OPTIONS)
    assert [o.kind for o in reading.options] == kinds
    assert [o.text for o in reading.options] == texts


def test_a_bracketed_word_that_is_no_kind_stays_in_the_measure(message_reader: Reader) -> None:
    reading = read_in(
        message_reader, "een knop om een mens te spreken (altijd)", (), "nl", "een chatbot",
        Step.OPTIONS,
    )  # fmt: skip
    assert [o.text for o in reading.options] == ["Een knop om een mens te spreken (altijd)"]


def test_the_people_a_remark_names_replace_the_pronoun_where_values_are_asked(
    message_reader: Reader,
) -> None:
    text = (
        "ideeën: de scan geeft alleen een hint. en iets voor de controleurs zelf: die moeten "
        "oefenen met het uitleggen van een melding"
    )
    reading = read_in(message_reader, text, ("Controleurs",), "nl", "een scan", Step.VALUES)
    assert [o.text for o in reading.options][-1] == (
        "De controleurs moeten oefenen met het uitleggen van een melding"
    )
    assert reading.options[-1].kind == "human"


@pytest.mark.parametrize(
    ("name", "known", "same"),
    [("Bureau", "Buren die klagen", False), ("Burgemeester", "Burgers van de stad", False),
     ("leerlingen", "leerling met dyslexie", True),
     ("Leverancier", "Leveranciers van de app", True),
     ("inwoners", "inwoner met schulden", True), ("Advocaat", "Advocaten", True),
     ("Chauffeurs", "Chauffeur", True)],
)  # fmt: skip
def test_a_name_is_only_the_same_as_another_form_of_it(name: str, known: str, same: bool) -> None:
    assert similar_text(name, known) is same


@pytest.mark.parametrize(
    ("text", "language"),
    [("asbest eerder opgespoord = gezonder voor de buurt", "nl"),
     ("fewer lorries at night, that's better for the neighbours", "en")],
)  # fmt: skip
def test_an_effect_for_people_who_are_no_actor_is_not_the_asked_actors(
    text: str, language: str
) -> None:
    actors = [Actor(id="a1", name="Inspecteurs" if language == "nl" else "Planners")]
    drafts = extract_effects(text, actors, "a1", "positive")
    assert [(d.actor_id, d.direction) for d in drafts] == [(None, "positive")]


def test_an_effect_without_people_of_its_own_stays_with_the_asked_actor() -> None:
    actors = [Actor(id="a1", name="Inspecteurs")]
    text = "ze hoeven minder vaak voor niets langs te gaan"
    drafts = extract_effects(text, actors, "a1", "positive")
    assert [d.actor_id for d in drafts] == ["a1"]
