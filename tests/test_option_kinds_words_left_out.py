"""Words of a kind that the rules missed (Dutch and English; sentences written for these tests):
retraining people and talking a session through afterwards is human, so is what someone does
themself ("check it yourself"); something made adjustable ("verstelbaar") is design; evaluated
("geëvalueerd"), validated by others, a survey and a sign on a thing are environment; an
adjective that ends like a role ("verstelbaar") is no one who acts; "we" and a
verb of a kind ("we publish ...") is that kind; what a measure replaces or leaves out, with or
without a comma ("... in plaats van X", "..., not the X"), names no kind; a plural of things that
ends like people ("fragmenten") is no one who acts."""

from __future__ import annotations

from assistant.method.reading.option_kind_scores import option_kind, option_kind_scores


def test_retraining_and_debriefing_are_human_nl() -> None:
    assert option_kind_scores("Baliemedewerkers omscholen tot controleur")["human"] > 1.5
    assert option_kind_scores("Elke vrijdag een korte nabespreking")["human"] > 0


def test_retraining_and_debriefing_are_human_en() -> None:
    assert option_kind_scores("Upskill the wardens so they can read the heat map")["human"] > 0
    assert option_kind_scores("A debrief with the crew after every flight")["human"] > 0
    assert option_kind_scores("Look at the raw counts yourself before acting")["human"] > 0


def test_adjustable_is_design_nl() -> None:
    assert option_kind("De stoel verstelbaar maken") == "design"
    assert option_kind_scores("De zuil zichtbaar en bereikbaar maken")["human"] == 0


def test_evaluated_validated_surveyed_and_signed_are_environment_nl() -> None:
    assert option_kind("Alleen als het plan elk halfjaar met de buurt wordt geëvalueerd") == (
        "environment"
    )
    assert option_kind_scores("De cijfers laten valideren door een hogeschool")["environment"] > 0
    assert option_kind("Eerst een enquête onder de bewoners van de flat") == "environment"
    assert option_kind("Een bord op de paal met uitleg over de meting") == "environment"


def test_validated_and_surveyed_are_environment_en() -> None:
    assert option_kind("Run a survey among the bus drivers first") == "environment"
    assert option_kind_scores("Ask the university to validate the figures")["environment"] > 0


def test_we_and_a_verb_of_a_kind() -> None:
    assert option_kind("We publish the thresholds of the filter") == "environment"
    assert option_kind_scores("We label every photo by hand")["design"] > 1.5


def test_what_a_measure_replaces_or_leaves_out_names_no_kind() -> None:
    dutch = "We bellen de huurder eerst op in plaats van een automatische herinnering"
    assert option_kind_scores(dutch)["design"] == 0
    english = "Staff phone the tenant first instead of an automatic reminder"
    assert option_kind_scores(english)["design"] == 0
    assert option_kind_scores("Share the totals, not the dashboard")["design"] == 0


def test_a_plural_of_things_is_no_one_who_acts() -> None:
    assert option_kind("Fragmenten na een week automatisch verwijderen") == "design"
    assert option_kind_scores("Instrumenten na gebruik automatisch uitzetten")["human"] == 0
