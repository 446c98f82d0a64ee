"""Handling options told in running text: who acts in them gives their kind, and a long
sentence with several measures is cut only where a new measure starts."""

from __future__ import annotations

from assistant.method.reading.extraction import option_items, option_kind
from assistant.method.reading.noise import greeting_only


def test_people_after_of_do_not_act_in_an_option() -> None:
    assert option_kind("Kentekens van bezoekers direct vervagen in de camera") == "design"


def test_an_organisation_that_acts_makes_an_option_about_the_environment() -> None:
    assert option_kind("De provincie wordt zelf eigenaar van de meetgegevens") == "environment"


def test_writing_a_rule_into_a_protocol_is_about_the_environment() -> None:
    assert option_kind("The alert never decides alone, which we write into the protocol") == (
        "environment"
    )


def test_and_between_two_nouns_does_not_start_a_new_option() -> None:
    items = option_items(
        "We houden een vast spreekuur, een klant eerst vragen en antwoorden laten zien voordat "
        "er iets wordt besloten, en medewerkers krijgen een training in het uitleggen."
    )
    assert items[-1] == "medewerkers krijgen een training in het uitleggen"
    assert not any(i.startswith("antwoorden") for i in items)


def test_a_count_in_front_of_the_options_is_no_option() -> None:
    assert greeting_only("Drie dingen.")
    assert greeting_only("Two ideas:")
    assert not greeting_only("Drie dingen moeten anders aan de app.")
