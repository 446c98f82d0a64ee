"""Faults found by typing new conversations by hand in the twenty-ninth round (sentences written
for these tests, Dutch and English): a value named again with "first" after a list of values
("trust, sustainability and fairness. trust first") was not put first; "for the people side,
<measure>" with a comma did not give the measure the human kind; "what about: <measure>" kept
"What about:" in the option; "hmm what else could go wrong" was recorded as an effect; "ok
options. give me a numbered list" stayed at the values; "mensen hoeven niet meer te bellen en in
de wacht te staan" was cut into two effects at "en"; "Downsides: vendor lock-in" read nothing (a
value's word under a direction label is the downside named); "Casus:", "Background:",
"Context:" stayed in the case's fields; "well the upside is that officers drive less" kept its
label and was read as negative; a list of actors whose last item tells what they do ("..., oh and
the public prosecutor gets the reports") read one actor, "Public"; "their families sometimes"
kept "sometimes"; "its maybe good because they dont get a breach" was read as negative; "dignity
most important" ranked nothing; "environment wise" stayed in the option."""

from __future__ import annotations

from typing import Any

import pytest
from method_fakes import converse, read_in

from assistant.domain.session import Step
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader

_TO_VALUES = {
    "en": [
        "The water board wants level sensors in ditches on farmland to see drought early.",
        "Farmers, the regional water team and the sensor vendor.",
        "Positive: farmers get a warning days earlier. Negative: farmers feel watched.",
        "next",
    ],
    "nl": [
        "Het waterschap wil peilsensoren in sloten op boerenland om droogte vroeg te zien.",
        "Boeren, het regioteam en de leverancier van de sensoren.",
        "Positief: boeren krijgen dagen eerder een waarschuwing. Negatief: boeren voelen zich "
        "bekeken.",
        "volgende",
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        ("en", "I'd go with trust, sustainability and fairness. trust first", "Trust"),
        ("en", "privacy, trust and fairness. fairness above all", "Fairness (Justice)"),
        ("nl", "vertrouwen, duurzaamheid en rechtvaardigheid. rechtvaardigheid voorop",
         "Rechtvaardigheid"),
        ("nl", "privacy, vertrouwen en duurzaamheid. vertrouwen eerst", "Vertrouwen"),
    ],
)  # fmt: skip
def test_a_value_named_again_with_first_after_the_list_goes_first(
    conductor: Any, language: str, text: str, first: str
) -> None:
    session = converse(conductor, language, [*_TO_VALUES[language], text])
    chosen = session.chosen_values()
    assert len(chosen) >= 3
    assert chosen[0].name == first


def test_a_list_ranked_in_one_sentence_keeps_its_order(conductor: Any) -> None:
    session = converse(conductor, "en", [*_TO_VALUES["en"], "privacy first, then fairness"])
    assert [v.name for v in session.chosen_values()][:2] == ["Privacy", "Fairness (Justice)"]


def test_a_word_with_first_that_names_no_value_of_the_list_ranks_nothing(reader: Reader) -> None:
    reading = read_in(reader, "trust and fairness. the farmers first", (), "en", "sensors",
                      Step.VALUES)  # fmt: skip
    assert not reading.top_value


@pytest.mark.parametrize(
    ("language", "text", "kind", "starts"),
    [
        ("en", "and for the people side, a farmer panel that meets twice a year with the team",
         "human", "A farmer panel"),
        ("en", "for the design side, readings shown to each farmer in the app", "design",
         "Readings shown"),
        ("nl", "en aan de omgevingskant, een convenant met de boeren over het delen van de data",
         "environment", "Een convenant"),
        ("nl", "wat betreft de ontwerpkant: boeren zien hun eigen metingen in de app", "design",
         "Boeren zien"),
    ],
)  # fmt: skip
def test_a_side_named_before_a_comma_gives_the_measure_its_kind(
    reader: Reader, language: str, text: str, kind: str, starts: str
) -> None:
    reading = read_in(reader, text, ("Farmers",), language, "sensors", Step.OPTIONS)
    assert [(o.kind, o.text.startswith(starts)) for o in reading.options] == [(kind, True)]


@pytest.mark.parametrize(
    ("language", "text", "starts"),
    [
        ("en", "what about: the data stays with the water board", "The data stays"),
        ("en", "how about: a yearly check by an outside auditor", "A yearly check"),
        ("nl", "wat dacht je van: een jaarlijkse controle door een externe auditor",
         "Een jaarlijkse controle"),
    ],
)  # fmt: skip
def test_a_question_lead_with_a_colon_is_no_part_of_the_measure(
    reader: Reader, language: str, text: str, starts: str
) -> None:
    reading = read_in(reader, text, (), language, "sensors", Step.OPTIONS)
    assert [o.text[: len(starts)] for o in reading.options] == [starts]


@pytest.mark.parametrize(
    ("text", "count", "whole"),
    [
        ("mensen hoeven niet meer te bellen en in de wacht te staan", 1, "wacht te staan"),
        ("ouders hoeven geen formulieren meer in te vullen en naar het loket te komen", 1,
         "loket te komen"),
        # guard: a second clause with a subject of its own stays an effect of its own
        ("handhavers hoeven minder te rijden en de bewoners hoeven niet meer te wachten", 2,
         ""),
    ],
)  # fmt: skip
def test_a_second_te_infinitive_after_en_stays_with_the_verb_before_it(
    reader: Reader, text: str, count: int, whole: str
) -> None:
    reading = read_in(reader, text, ("Ouders", "Handhavers", "Bewoners"), "nl", "een chatbot")
    assert len(reading.effects) == count
    assert whole in reading.effects[0].text


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "hmm what else could go wrong"),
        ("en", "what could possibly go wrong here?"),
        ("nl", "hmm wat kan er nog meer misgaan"),
        ("nl", "wat kan er fout gaan?"),
    ],
)
def test_asking_what_could_go_wrong_asks_for_negative_examples_and_is_no_effect(
    reader: Reader, language: str, text: str
) -> None:
    reading = read_in(reader, text, ("Members",), language, "face recognition kiosks")
    assert reading.effects == []
    assert [(q.step, q.propose, q.direction) for q in reading.questions] == [
        (Step.EFFECTS, True, "negative")
    ]


def test_saying_what_went_wrong_is_still_an_effect(reader: Reader) -> None:
    reading = read_in(reader, "what went wrong in the pilot: members were refused at the kiosk",
                      ("Members",), "en", "face recognition kiosks")  # fmt: skip
    assert len(reading.effects) == 1


@pytest.mark.parametrize(
    ("language", "turns", "text"),
    [
        ("en", _TO_VALUES["en"], "ok options. give me a numbered list"),
        ("nl", _TO_VALUES["nl"], "ok opties. geef me een genummerd lijstje"),
    ],
)
def test_a_step_named_then_a_list_asked_for_in_the_next_sentence_shows_its_proposals(
    conductor: Any, language: str, turns: list[str], text: str
) -> None:
    chosen = "privacy and trust" if language == "en" else "privacy en vertrouwen"
    session = converse(conductor, language, [*turns, chosen, text])
    assert session.step == Step.OPTIONS
    assert session.options == []
    assert session.proposals
    assert {p.kind for p in session.proposals} == {"option"}


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("en", "Downsides: vendor lock-in", "vendor lock-in"),
        ("en", "Risks: farmers feel watched; vendor lock-in", "vendor lock-in"),
        ("nl", "Nadelen: privacy", "privacy"),
    ],
)
def test_a_value_word_under_a_direction_label_is_the_downside_named(
    reader: Reader, language: str, text: str, said: str
) -> None:
    reading = read_in(reader, text, ("Farmers",), language, "level sensors")
    assert [e.direction for e in reading.effects if e.text.lower() == said] == ["negative"]


def test_a_value_said_after_an_effect_without_a_label_stays_a_value(reader: Reader) -> None:
    reading = read_in(reader, "boeren voelen zich bekeken, dus privacy", ("Boeren",), "nl",
                      "peilsensoren")  # fmt: skip
    assert [e.text for e in reading.effects] == ["Boeren voelen zich bekeken"]
    assert [v.name for v in reading.values] == ["privacy"]


@pytest.mark.parametrize(
    ("language", "text", "technology", "context"),
    [
        ("nl", "Casus: de GGD wil met een app contactonderzoek doen bij uitbraken op scholen.",
         "de GGD wil met een app", "de GGD"),
        ("en", "Background: the water board wants level sensors in ditches on farmland.",
         "the water board wants", "the water board"),
        ("nl", "Context: de gemeente Zwolle. Technologie: slimme camera's", "slimme camera's",
         "de gemeente Zwolle"),
        ("en", "Context: the municipality of Delft. Technology: smart cameras", "smart cameras",
         "the municipality of Delft"),
    ],
)  # fmt: skip
def test_a_label_over_the_case_or_a_facet_is_no_part_of_it(
    reader: Reader, language: str, text: str, technology: str, context: str
) -> None:
    reading = read_in(reader, text, (), language, "", Step.CASE)
    assert reading.case["technology"].startswith(technology)
    assert reading.case["context"] == context


def test_a_downside_named_by_a_value_word_chooses_no_value(reader: Reader) -> None:
    reading = read_in(reader, "Risks: farmers feel watched; vendor lock-in", ("Farmers",), "en",
                      "level sensors", Step.CASE)  # fmt: skip
    assert "Vendor lock-in" in [e.text for e in reading.effects]
    assert reading.values == []


@pytest.mark.parametrize(
    ("language", "text", "direction", "starts"),
    [
        ("nl", "nou voordeel is dat handhavers niet meer het hele gebied hoeven af te rijden",
         "positive", "Handhavers niet meer"),
        ("nl", "maar het nadeel is dat boeren zich bekeken voelen", "negative", "Boeren zich"),
        ("en", "well the upside is that officers drive less", "positive", "Officers drive"),
        ("en", "but the downside is that officers lose contact", "negative", "Officers lose"),
    ],
)  # fmt: skip
def test_a_direction_label_after_a_filler_is_read_and_left_out(
    reader: Reader, language: str, text: str, direction: str, starts: str
) -> None:
    reading = read_in(reader, text, ("Handhavers", "Boeren", "Officers"), language, "drones")
    assert [(e.direction, e.text[: len(starts)]) for e in reading.effects] == [(direction, starts)]


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        ("en", "probation officers obviously, the clients, their families sometimes, the software "
               "company, oh and the public prosecutor gets the reports",
         ["Probation officers", "Clients", "Families", "Software company", "Public prosecutor"]),
        ("nl", "de reclasseringswerkers, de cliënten, hun families soms en de rechtbank krijgt de "
               "rapporten", ["Reclasseringswerkers", "Cliënten", "Families", "Rechtbank"]),
    ],
)  # fmt: skip
def test_a_list_whose_last_item_tells_what_they_do_keeps_every_name(
    reader: Reader, language: str, text: str, names: list[str]
) -> None:
    reading = read_in(reader, text, (), language, "a risk model", Step.ACTORS)
    assert reading.actors == names


def test_a_last_item_about_a_thing_makes_no_actor(reader: Reader) -> None:
    reading = read_in(reader, "residents, shop owners and the market gets quieter", (), "en",
                      "a risk model", Step.ACTORS)  # fmt: skip
    assert "Market" not in reading.actors


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("for clients its maybe good because they dont get a breach for forgetting", "positive"),
        ("its not fair on the clients who get a breach for forgetting", "negative"),
    ],
)
def test_its_typed_for_it_is_and_a_breach_read_for_direction(
    reader: Reader, text: str, direction: str
) -> None:
    reading = read_in(reader, text, ("Clients",), "en", "a risk model")
    assert [e.direction for e in reading.effects] == [direction]


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        ("en", "fairness, privacy and I'd say dignity. dignity most important", "Human dignity"),
        ("nl", "rechtvaardigheid, privacy en waardigheid. waardigheid is het belangrijkst",
         "Menselijke waardigheid"),
    ],
)  # fmt: skip
def test_a_value_said_to_be_most_important_after_the_list_goes_first(
    conductor: Any, language: str, text: str, first: str
) -> None:
    session = converse(conductor, language, [*_TO_VALUES[language], text])
    assert session.chosen_values()[0].name == first


@pytest.mark.parametrize(
    ("text", "kind", "starts"),
    [
        ("environment wise an independent bias audit every year", "environment", "An indep"),
        ("design-wise, the flag is never shown to landlords", "design", "The flag"),
    ],
)
def test_a_kind_said_with_wise_leads_the_measure(
    reader: Reader, text: str, kind: str, starts: str
) -> None:
    reading = read_in(reader, text, (), "en", "a risk model", Step.OPTIONS)
    assert [(o.kind, o.text[: len(starts)]) for o in reading.options] == [(kind, starts)]


def test_how_it_works_told_clause_by_clause_is_no_list_of_actors(reader: Reader) -> None:
    text = "student vult profiel in, systeem matcht met leerbedrijven, bedrijf krijgt top 5 te zien"
    reading = read_in(reader, text, (), "nl", "een matchingplatform", Step.ACTORS)
    assert not any("vult" in a or "matcht" in a for a in reading.actors)


def test_a_value_clause_after_a_labelled_effect_stays_a_value(reader: Reader) -> None:
    reading = read_in(reader, "Negatief: gebruikers kunnen het gevoel krijgen dat ze gevolgd "
                      "worden, dat raakt de vrijheid van meningsuiting", ("Gebruikers",), "nl",
                      "een monitor")  # fmt: skip
    assert [e.direction for e in reading.effects] == ["negative"]
    assert "vrijheid" not in reading.effects[0].text
    assert [v.name for v in reading.values] == ["freedom-of-expression"]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Bedrijf C wil de beelden ook voor pauzes gebruiken, dat hebben wij afgewezen", None),
        ("veel aanvragen worden afgewezen", "negative"),
        ("tenants are evicted", "negative"),
    ],
)
def test_turned_away_is_a_harm_only_when_it_happens_to_someone(
    text: str, direction: str | None
) -> None:
    assert clause_direction(text) == direction
