"""A measure is not cut where its commas belong to something inside it: words it quotes ("a
notice 'read by a machine, ask a clerk' on every page") or a figure given as an example ("...,
say two a week", "..., zeg maximaal drie per dag"). Where the case is told, words of a proposal
that stand only in a clause about something the main clause names ("... markeerde bomen waar
de eigenaar zelf wilde snoeien", "... goes to the judge when the order has to be renewed") make
no measure; a condition in front ("alleen als ...", "only if ...") still does (sentences written
for these tests)."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.extraction import option_items
from assistant.method.reading.measure_tails import told_with
from assistant.method.reading.reader import Reader


def test_quoted_words_stay_in_their_measure_nl() -> None:
    items = option_items(
        "Op elke brief de zin 'gemaakt met hulp van een computer, bel ons bij vragen' onderaan, "
        "en een training voor de baliemedewerkers"
    )
    assert items[0].endswith("onderaan")
    assert "gemaakt met hulp van een computer, bel ons bij vragen" in items[0]
    assert any(i.startswith("een training") for i in items[1:])


def test_quoted_words_stay_in_their_measure_en() -> None:
    items = option_items(
        "Residents can tick \u201cdon't visit me, send a letter\u201d on the form, and wardens "
        "get a short course on talking to residents"
    )
    assert items[0] == "Residents can tick \u201cdon't visit me, send a letter\u201d on the form"
    assert len(items) == 2


def test_an_apostrophe_opens_no_quote() -> None:
    items = option_items(
        "the drivers' union gets a seat in the evaluation, the residents' panel checks the "
        "reports yearly, and we publish the rules on our website"
    )
    assert len(items) == 3


def test_a_figure_given_as_an_example_stays_with_its_measure_nl() -> None:
    items = option_items("Een plafond op het aantal ritten per dag, zeg maximaal drie per persoon")
    assert items == ["Een plafond op het aantal ritten per dag, zeg maximaal drie per persoon"]


def test_a_figure_given_as_an_example_stays_with_its_measure_en() -> None:
    items = option_items(
        "Cap how often a household can be checked, say twice a year, in the working rules"
    )
    assert items == [
        "Cap how often a household can be checked, say twice a year, in the working rules"
    ]


def test_say_and_zeg_without_a_figure_are_no_example() -> None:
    assert told_with("say twice a year") and told_with("zeg maximaal drie per dag")
    assert not told_with("say sorry to the neighbours in a letter")
    assert not told_with("zeg de bewoners vooraf wanneer de drone vliegt")


def _options(reader: Reader, text: str, language: str) -> list[str]:
    session = reading_session(Step.CASE, language, "")
    return [o.text for o in reader.read(text, session).options]


def test_a_proposal_inside_an_aside_of_the_case_is_no_measure_nl(reader: Reader) -> None:
    text = (
        "Bij de gemeente Ede gebruiken we een drone die zieke bomen in parken herkent. "
        "Het systeem markeerde vorige maand ook bomen waar de eigenaar zelf wilde snoeien "
        "laten uitvoeren. Die lijsten gaan daarna naar de aannemer als er gekapt moet worden."
    )
    assert _options(reader, text, "nl") == []


def test_a_proposal_inside_an_aside_of_the_case_is_no_measure_en(reader: Reader) -> None:
    text = (
        "Our district uses a model that flags homes with a high risk of damp. "
        "Then the app tells the inspector how urgent the visit must be and whether the tenant "
        "should be moved."
    )
    assert _options(reader, text, "en") == []


def test_a_condition_in_front_in_the_case_is_still_a_measure_nl(reader: Reader) -> None:
    text = (
        "Bij de gemeente Ede gebruiken we een drone die zieke bomen in parken herkent. "
        "Alleen als een boomverzorger elke melding eerst zelf bekijkt wil ik ermee verder."
    )
    assert any("boomverzorger" in o for o in _options(reader, text, "nl"))


def test_a_proposal_in_the_main_clause_of_the_case_is_still_a_measure_en(reader: Reader) -> None:
    text = (
        "Our district uses a model that flags homes with a high risk of damp. "
        "I think we should let tenants see their own score before anyone visits them."
    )
    assert any("tenants see their own score" in o for o in _options(reader, text, "en"))
