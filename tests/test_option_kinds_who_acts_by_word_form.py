"""Who acts at the front of a measure, by the form of the word (Dutch and English; sentences
written for these tests): a verb or an action noun that only begins with a word for people
("publiceren", "staffing", "buurtbemiddeling", "prediction") names no one who acts, so it gives
no push to the human kind; organisations named in the plural ("gemeenten", "hospitals") are
bodies that act by policy, as one organisation named alone is, not people who act themselves;
words for people that end like one ("beleidsmedewerkers", "reviewers") still are people; a
machine named like someone who does a task ("the meter", "de teller") acts as the technology."""

from __future__ import annotations

from assistant.method.reading.option_kind_scores import option_kind, option_kind_scores


def test_a_verb_that_begins_like_people_gives_no_human_push_nl() -> None:
    assert (
        option_kind_scores("Publiceren pas nadat twee redacteuren het stuk gelezen hebben")["human"]
        == 0
    )
    assert option_kind_scores("Buurtbemiddeling eerst, de camera pas later")["human"] == 0


def test_a_verb_that_begins_like_people_gives_no_human_push_en() -> None:
    assert option_kind_scores("Staffing at the desk stays the same as now")["human"] == 0
    assert option_kind_scores("Prediction only as a hint, never as the answer")["human"] == 0


def test_organisations_in_the_plural_act_as_bodies_nl() -> None:
    assert option_kind("De provincies bespreken elk kwartaal de cijfers") == "environment"
    assert option_kind("Gemeenten bellen altijd eerst voordat er een brief komt") == "environment"


def test_organisations_in_the_plural_act_as_bodies_en() -> None:
    assert option_kind("Hospitals always phone the patient before the results are sent") == (
        "environment"
    )
    assert option_kind("Municipalities call every family before a visit") == "environment"


def test_words_that_end_like_people_still_act_as_people() -> None:
    assert option_kind("Reviewers always read the flagged cases twice") == "human"
    assert option_kind_scores("Beleidsmedewerkers lezen elk besluit na")["human"] > 0


def test_a_machine_at_the_front_acts_as_the_technology() -> None:
    assert option_kind("The meter sends only weekly totals unless the tenant asks") == "design"
    assert option_kind("De teller stopt zodra de student zich afmeldt") == "design"
    assert option_kind("The counters reset every night") == "design"
