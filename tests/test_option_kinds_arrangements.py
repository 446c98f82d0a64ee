"""The kind of options that arrange the work or publishing of the organisation (environment)
and of training or explanation people receive (human), Dutch and English."""

from assistant.method.reading.option_kind_scores import close_kinds, option_kind


def test_workload_cap_is_environment_english() -> None:
    assert option_kind("No nurse handles more than 40 alerts per shift") == "environment"


def test_workload_cap_is_environment_dutch() -> None:
    assert option_kind("Handhavers minder meldingen per dag") == "environment"


def test_dutch_cap_with_geen_is_environment() -> None:
    assert option_kind("Geen medewerker behandelt meer dan 30 dossiers per week") == "environment"


def test_taking_turns_is_environment() -> None:
    assert option_kind("Inspectors take turns so nobody reads complaints all week") == "environment"


def test_taking_turns_is_environment_dutch() -> None:
    assert option_kind("De baliemedewerkers rouleren") == "environment"


def test_conversation_first_has_human_as_second_kind() -> None:
    text = "Eerst altijd een gesprek met de ouders, pas daarna een brief"
    assert option_kind(text) == "environment"
    assert "human" in close_kinds(text, "environment")


def test_conversation_first_has_human_as_second_kind_english() -> None:
    text = "First contact is always a conversation at the door"
    assert "human" in close_kinds(text, "environment")


def test_workload_cap_has_no_human_second_kind() -> None:
    assert "human" not in close_kinds(
        "No caseworker handles more than 12 files a day", "environment"
    )


def test_who_is_heard_first_is_environment() -> None:
    assert option_kind("The tenant is always heard first") == "environment"


def test_contact_first_is_environment_dutch() -> None:
    assert option_kind("Bij een melding altijd eerst contact met de wijkagent") == "environment"


def test_someone_calls_first_is_environment() -> None:
    assert option_kind("A social worker calls first") == "environment"


def test_shown_only_after_own_judgement_is_environment() -> None:
    text = "De score komt pas in beeld nadat de mentor een eigen oordeel heeft gegeven"
    assert option_kind(text) == "environment"


def test_dashboard_public_is_environment_with_design_second() -> None:
    text = "Het dashboard met de totalen openbaar, de details alleen intern"
    assert option_kind(text) == "environment"
    assert "design" in close_kinds(text, "environment")


def test_made_public_is_environment_english() -> None:
    assert option_kind("The dashboard figures are made public every quarter") == "environment"


def test_feeding_back_is_environment() -> None:
    assert option_kind("De bevindingen terugkoppelen aan de school") == "environment"


def test_reporting_back_is_environment_english() -> None:
    assert option_kind("Report the result of every check back to the landlord") == "environment"


def test_explaining_in_a_campaign_is_environment() -> None:
    text = "In de voorlichtingscampagne uitleggen dat camera's alleen tellen"
    assert option_kind(text) == "environment"


def test_explanation_received_is_human() -> None:
    text = "Ouders krijgen een uitleg over wat een signaal van het systeem betekent"
    assert option_kind(text) == "human"


def test_explanation_received_is_human_english() -> None:
    text = "Family carers get an explanation about what an alert on the screen means"
    assert option_kind(text) == "human"


def test_training_for_a_body_is_human() -> None:
    assert option_kind("De selectiecommissie een cursus over vooroordelen") == "human"


def test_more_than_in_a_complaint_is_no_cap() -> None:
    text = "Medewerkers krijgen meer dan 30 dossiers per week"
    assert option_kind(text) != "environment"


def test_public_space_is_no_publishing() -> None:
    assert option_kind("The cameras in public space blur faces") == "design"
