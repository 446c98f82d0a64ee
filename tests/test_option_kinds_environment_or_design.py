"""Whether a handling option is about the organisation around the technology (environment) or
the technology itself (design), as people write it, Dutch and English: leaflets and desks,
what it costs people, an objection period, where data is kept
by jurisdiction and to whom it goes, a measure put in a document of rules, a person's step
first, people departing from the model; the maker who changes the technology, a light on the
device; and the kind a measure leans to when its words name no one kind."""

from assistant.method.reading.extraction import extract_options
from assistant.method.reading.option_kind_scores import (
    close_kinds,
    leaning_kind,
    option_kind,
    option_kind_scores,
)


def _kind(text: str, asked: str = "design") -> str:
    return extract_options(text, asked)[0].kind  # type: ignore[arg-type]


def test_leaflet_updated_is_environment_dutch() -> None:
    assert _kind("De brochure herschrijven zodat ouders weten dat er een algoritme meekijkt") == (
        "environment"
    )


def test_leaflet_has_human_as_second_kind_english() -> None:
    text = "Update the leaflet so that tenants know the meters send readings"
    assert _kind(text) == "environment"
    assert "human" in close_kinds(text, "environment")


def test_help_desk_set_up_is_environment() -> None:
    assert _kind("Een informatiebalie in de hal voor vragen") == "environment"
    assert _kind("A hotline for shop owners who get stuck") == "environment"


def test_free_for_people_is_environment() -> None:
    assert option_kind("Free bus passes for pensioners so nobody needs the app") == "environment"
    assert option_kind("Gratis reflectievestjes bij elke school") == "environment"


def test_objection_period_is_environment() -> None:
    assert option_kind("Een bezwaartermijn van zes weken") == "environment"
    assert option_kind("An objection period of a month before the list is final") == "environment"


def test_data_kept_in_the_eu_is_environment() -> None:
    assert option_kind("Recordings stored within the EU") == "environment"
    assert option_kind("De meetgegevens bewaren binnen de EU") == "environment"


def test_data_going_to_a_person_is_environment() -> None:
    assert option_kind("Results go to the school nurse only, never the principal") == "environment"
    assert option_kind("De gegevens gaan alleen naar de huisarts") == "environment"


def test_data_going_to_a_system_is_not_shared_with_someone() -> None:
    assert option_kind("The images go to the dashboard only as counts") == "design"


def test_measure_put_in_a_document_of_rules_is_environment() -> None:
    assert option_kind("In de subsidievoorwaarden een maximale bewaartermijn") != "design"
    assert option_kind("In the contract with the supplier: the model keeps no logs") == (
        "environment"
    )


def test_person_first_is_environment_with_human_as_second_kind() -> None:
    text = "A warning can only be sent after a caseworker has visited the family"
    assert option_kind(text) == "environment"
    assert "human" in close_kinds(text, "environment")
    nl = "De blokkade alleen als een controleur eerst zelf de camerabeelden heeft bekeken"
    assert option_kind(nl) == "environment"


def test_person_first_with_a_feature_in_the_step_stays_design() -> None:
    text = "Alleen beelden delen als de chauffeur zelf op de knop drukt"
    assert option_kind(text) != "environment"


def test_departing_from_the_model_is_environment() -> None:
    scores = option_kind_scores("Na een teamoverleg mag de wijkverpleging afwijken van het model")
    assert scores["design"] == 0
    assert scores["environment"] > 0
    assert option_kind_scores("Planners may deviate from the schedule tool")["design"] == 0


def test_maker_who_changes_the_technology_is_design() -> None:
    assert option_kind("Supplier adds a filter for dialect words") == "design"
    assert option_kind("De leverancier past de drempel per wijk aan") == "design"


def test_maker_under_contract_stays_environment() -> None:
    assert option_kind("Supplier reports the error rate every month") == "environment"


def test_light_on_the_device_is_design() -> None:
    assert option_kind("Een lampje dat knippert zodra er iemand meekijkt") == "design"
    assert option_kind("A status light that shows when the microphone is on") == "design"


def test_page_about_the_model_is_environment() -> None:
    assert option_kind("Met de huurdersbond een uitlegpagina over wat het model doet") == (
        "environment"
    )


def test_tie_of_other_kinds_leans_away_from_the_asked_kind() -> None:
    scores = {"design": 0.0, "environment": 1.0, "human": 1.0}
    assert leaning_kind("", scores, "design") == "environment"
    assert leaning_kind("", scores, "human") == "human"


def test_no_words_leans_to_a_two_kind_measure() -> None:
    text = "Een afwijzing altijd door een mens laten herzien"
    assert option_kind_scores(text)["design"] == 0
    assert leaning_kind(text, option_kind_scores(text), "design") == "environment"
    assert leaning_kind("Iets met de data", option_kind_scores("Iets met de data"), "design") == (
        "design"
    )


def test_no_words_of_a_kind_english_leans_environment() -> None:
    assert _kind("Every rejection reviewed by a person on request") == "environment"


def test_decision_staying_with_a_person_is_environment() -> None:
    assert option_kind("De toewijzing blijft altijd een keuze van de consulent") == "environment"
    assert option_kind("The eviction remains a decision of the housing officer") == "environment"


def test_permission_for_each_use_is_environment() -> None:
    assert option_kind("De drone niet boven tuinen, behalve met toestemming van de eigenaar") == (
        "environment"
    )
    assert option_kind("Only fly over gardens with permission from the owner") == "environment"


def test_anonymous_reports_are_design() -> None:
    assert option_kind("De weekoverzichten anoniem maken") == "design"


def test_card_readers_are_machines_not_people() -> None:
    assert option_kind("The ticket readers must take an anonymous card as well") == "design"


def test_letter_saying_how_an_outcome_came_about_has_design_as_second_kind() -> None:
    nl = "Elke aanvrager krijgt een brief waarin staat hoe zijn punten berekend zijn"
    assert "design" in close_kinds(nl, "environment")
    en = "Every family gets a letter that explains why their score is what it is"
    assert "design" in close_kinds(en, "environment")


def test_who_no_longer_does_it_alone_does_not_lean() -> None:
    text = "Could the radius be chosen with the patient, not just by the carers"
    assert leaning_kind(text, option_kind_scores(text), "design") == "design"
    nl = "De grens samen met de bewoner kiezen, niet alleen door de begeleiders"
    assert leaning_kind(nl, option_kind_scores(nl), "design") == "design"
