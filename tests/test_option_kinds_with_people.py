"""Option kinds with people on one side: what people get to see of the data or can look up in
the technology is design, whoever is named in front; who decides case by case, a body whose
name ends in an oversight word and who may set the outcome aside are environment; a session
for older people, a buddy system and a person who comes by to look are human; card readers
are devices, not people who read."""

from __future__ import annotations

from assistant.method.reading.option_kind_scores import option_kind


def test_people_who_only_get_some_data_is_design_nl() -> None:
    assert option_kind("Wijkagenten krijgen alleen buurtcijfers, geen straatniveau") == "design"
    assert option_kind("Ouders zien nooit de scores van andere kinderen") == "design"


def test_people_who_only_get_some_data_is_design_en() -> None:
    assert option_kind("Team leads only get aggregated figures") == "design"
    assert option_kind("Shift managers must never see personal scores") == "design"


def test_people_who_can_look_up_in_the_system_is_design_nl() -> None:
    assert option_kind("Huurders moeten in het portaal kunnen zien wie hun dossier opent") == (
        "design"
    )


def test_people_who_can_look_up_in_the_system_is_design_en() -> None:
    assert option_kind("Each applicant can look up why their request was ranked low") == "design"


def test_own_doing_with_zelf_stays_human_nl() -> None:
    assert option_kind("Ik kan zelf de meldingen uitzetten als ik dat wil") != "design"


def test_people_who_receive_a_letter_stay_no_design_nl() -> None:
    assert option_kind("Bewoners krijgen een brief met uitleg") != "design"


def test_who_decides_case_by_case_is_environment_nl() -> None:
    assert option_kind("De huisarts bepaalt per patiënt of de app gebruikt wordt") == (
        "environment"
    )
    assert option_kind("De toelatingscommissie beslist over elke twijfelgeval") == "environment"


def test_who_decides_case_by_case_is_environment_en() -> None:
    assert option_kind("The head teacher decides per class whether the tool is switched on") == (
        "environment"
    )


def test_who_may_set_the_outcome_aside_is_environment_nl() -> None:
    assert option_kind("Er is altijd een verpleegkundige die het advies mag omdraaien") == (
        "environment"
    )


def test_sessions_for_older_people_are_human_en() -> None:
    assert option_kind("The library runs sessions for older people on paying by card") == ("human")


def test_buddy_system_is_human_en() -> None:
    assert option_kind("A buddy system in which new volunteers pair with an old hand") == "human"


def test_buddy_system_is_human_nl() -> None:
    assert option_kind(
        "Een maatjessysteem waarin nieuwe vrijwilligers met een ervaren collega meelopen"
    ) == ("human")


def test_person_who_comes_by_to_look_is_human_nl() -> None:
    assert (
        option_kind("Als de sensor twee keer vals alarm geeft, komt er een monteur kijken")
        == "human"
    )
    assert option_kind("ze komen minder vaak langs") is None


def test_person_who_comes_by_to_look_is_human_en() -> None:
    assert option_kind("After two false alarms a technician comes round to check the device") == (
        "human"
    )


def test_card_readers_are_devices_en() -> None:
    assert option_kind("The card readers must also take a paper ticket") == "design"


def test_council_named_with_a_word_before_it_is_environment_en() -> None:
    assert option_kind("The parents' council gets a say before the cameras go up") == (
        "environment"
    )


def test_hard_coded_routing_to_a_person_is_design_en() -> None:
    assert option_kind("Threats go straight to a human operator, hard-coded in the bot") == (
        "design"
    )


def test_built_in_routing_to_a_person_is_design_nl() -> None:
    assert option_kind("Spoedvragen gaan meteen naar een medewerker, dat is vast ingebouwd") == (
        "design"
    )


def test_page_explaining_the_model_is_environment_nl() -> None:
    assert option_kind("Een uitlegpagina over wat het model met de foto's doet") == ("environment")


def test_page_explaining_the_model_is_environment_en() -> None:
    assert option_kind("An explainer page about what the model does with the photos") == (
        "environment"
    )


def test_seeing_without_a_place_stays_human_nl() -> None:
    assert option_kind("Bewoners moeten kunnen zien hoe het werkt") != "design"


def test_seeing_own_data_stays_human_en() -> None:
    assert option_kind("Tenants should be able to see their own readings online and object") != (
        "design"
    )


def test_data_given_on_a_condition_is_no_design_en() -> None:
    assert option_kind("Agree with the bailiff that they only get data with a warrant") != (
        "design"
    )
