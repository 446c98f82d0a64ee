"""Option kinds as people write them, Dutch and English: a word for people that only begins
like a cue word (consultants, contractors, volunteers) is no consultation, contract or what
is voluntary; the step a measure comes before is not its kind; whether taking part is
voluntary or required, a grace period, no disciplinary use and data made public are rules of
the organisation; people who upload, correct their data or choose settings use a feature."""

from assistant.method.reading.option_kind_scores import option_kind, option_kind_scores


def test_consultants_are_people_not_a_consultation_english() -> None:
    text = "Our consultants phone every family personally"
    assert option_kind_scores(text)["environment"] == 0
    assert option_kind(text) == "human"


def test_volunteers_are_people_not_voluntary_dutch() -> None:
    text = "Vrijwilligers van de buurt helpen ouderen met het formulier"
    assert option_kind_scores(text)["environment"] == 0
    assert option_kind(text) == "human"


def test_step_before_is_not_the_measure_english() -> None:
    text = "Caseworkers talk to every tenant before the decision is published"
    assert option_kind_scores(text)["environment"] == 0
    assert option_kind(text) == "human"


def test_step_before_is_not_the_measure_dutch() -> None:
    text = "Een buurtcoach gaat op bezoek voordat het besluit in het register komt"
    assert option_kind_scores(text)["environment"] == 0
    assert option_kind(text) == "human"


def test_taking_part_voluntary_is_environment_dutch() -> None:
    assert option_kind("Meedoen blijft vrijwillig") == "environment"
    assert option_kind("Nooit als disciplinaire maatregel") == "environment"


def test_taking_part_not_mandatory_is_environment_english() -> None:
    assert option_kind("Using the wristband is never mandatory") == "environment"
    assert option_kind("A grace period of three weeks before any fine") == "environment"


def test_data_made_public_is_environment_dutch() -> None:
    assert option_kind("De ruwe meetwaarden worden publiek") == "environment"


def test_the_public_is_no_publishing_dutch() -> None:
    scores = option_kind_scores("De meetwaarden worden voor het publiek vereenvoudigd")
    assert scores["environment"] < 2


def test_people_who_upload_use_a_feature_english() -> None:
    assert option_kind("Drivers can upload a photo of the receipt") == "design"
    assert option_kind("Residents can change their mind at any time") != "design"


def test_people_who_correct_their_data_use_a_feature_dutch() -> None:
    assert option_kind("Huurders kunnen zelf hun gegevens corrigeren") == "design"
    assert option_kind("De bewoner kiest zelf welke sensoren aan staan") == "design"


def test_rule_built_into_the_tool_is_design_english() -> None:
    assert option_kind(
        "Put a maximum of two night shifts in a row as a rule in the planning tool"
    ) == ("design")


def test_rule_built_into_the_tool_is_design_dutch() -> None:
    assert option_kind("Maximaal twee nachten achter elkaar als vaste regel in de roostertool") == (
        "design"
    )
    assert option_kind("We zetten het als regel in de werkinstructie") == "environment"


def test_people_who_know_it_happens_is_environment_dutch() -> None:
    assert option_kind("Alleen als de bezoekers weten dat er wordt opgenomen") == "environment"


def test_people_who_know_it_happens_is_environment_english() -> None:
    assert option_kind("Only if the neighbours know that there is a sensor") == "environment"


def test_what_follows_the_step_still_counts_dutch() -> None:
    text = "Een coach keurt elk plan goed voordat het wordt verstuurd, dat leggen we vast"
    assert option_kind_scores(text)["environment"] > 0


def test_a_step_with_nobody_in_front_is_the_measure_english() -> None:
    text = "Nothing is removed before the register has been checked"
    assert option_kind_scores(text)["environment"] > 0


def test_put_in_the_assignment_is_environment_english() -> None:
    text = "The visit must include a chat with both parents, we'd put that in the assignment"
    assert option_kind(text) == "environment"
