"""Faults found by typing new conversations by hand in the thirtieth round (sentences written for
these tests, Dutch and English): "gezondheid weegt voor mij het zwaarst" ranked nothing, and a
list of values naming one chosen before among new ones ("gezondheid, rechtvaardigheid en
privacy") kept the old one first; "downside the farmers feel watched" kept the label in the
effect; pros and cons bulleted with sign emoji ("✅ sneller een besluit", "❌ ouderen haken af")
made an actor of the first item and read nothing of the last; "verder geen idee eigenlijk" was
taken for someone else's not knowing and asked again; "Our gemeente" stayed the context with its
owner word; "Positive is less trucks on the street" kept its label; "Aan de andere kant:" stayed
in the effect; "nummer 2 niet, de rest wel" took nothing. Told as a story: "Neem mevrouw Jansen,
82, slechtziend." and "Stel je een buschauffeur voor, noem hem Ahmed." became actors or a
measure; "haar dochter zou het dan voor haar moeten doen" (a consequence) became a measure; "dat
gaat haar niet lukken" had no direction; "het is niet zo dat X, maar Y" was taken for a
correction of an item X and read nothing; "als de app zegt ... en dat klopt niet, dan ..." was
dropped as a complaint about the assistant, and a condition was cut at its "en"."""

from __future__ import annotations

from typing import Any

import pytest
from method_fakes import converse, read_in, value_proposals

from assistant.domain.session import Step
from assistant.method.reading.case_facets import detect_context
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.noise import complaint, with_label_colons
from assistant.method.reading.personas import persona
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.questions import cannot_think
from assistant.method.reading.reader import Reader
from assistant.method.reading.references import all_but
from assistant.method.reading.segments import clauses
from assistant.method.reading.sentence_kinds import proposal

_PRIVACY_THEN_VALUES = {
    "en": [
        "The municipality wants number-plate cameras at the low-emission zone downtown.",
        "Drivers, shop owners downtown and the enforcement officers.",
        "Negative: drivers are all registered, which is bad for privacy. Positive: cleaner air "
        "for people living downtown.",
        "privacy matters here",
        "next",
    ],
    "nl": [
        "De gemeente wil kentekencamera's bij de milieuzone in het centrum.",
        "Automobilisten, ondernemers in het centrum en de handhavers.",
        "Negatief: iedereen die langsrijdt wordt geregistreerd, dat raakt de privacy. Positief: "
        "schonere lucht voor bewoners van het centrum.",
        "privacy speelt hier",
        "volgende",
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "order"),
    [
        ("nl", "waarden zijn dan gezondheid, rechtvaardigheid en privacy. gezondheid weegt voor "
         "mij het zwaarst", ["Gezondheid", "Rechtvaardigheid", "Privacy"]),
        ("nl", "rechtvaardigheid, privacy en gezondheid", ["Rechtvaardigheid", "Privacy",
                                                         "Gezondheid"]),
        ("en", "health, fairness and privacy. health weighs the most for me",
         ["Health", "Fairness (Justice)", "Privacy"]),
    ],
)  # fmt: skip
def test_a_list_of_values_naming_one_chosen_before_ranks_them_as_named(
    conductor: Any, language: str, text: str, order: list[str]
) -> None:
    turns = _PRIVACY_THEN_VALUES[language]
    before = converse(conductor, language, turns)
    assert [v.name for v in before.chosen_values()][:1] == ["Privacy"]
    session = converse(conductor, language, [*turns, text])
    assert [v.name for v in session.chosen_values()][:3] == order


@pytest.mark.parametrize(
    ("language", "text", "effects"),
    [
        ("en", "downside the farmers feel watched. upside we see cracks earlier",
         [("negative", "The farmers feel watched"), ("positive", "We see cracks earlier")]),
        ("nl", "nadeel de boeren voelen zich bekeken. voordeel we zien scheuren eerder",
         [("negative", "De boeren voelen zich bekeken"), ("positive", "We zien scheuren eerder")]),
        ("en", "Positive is less trucks on the street. Negative is more breakdowns",
         [("positive", "Less trucks on the street"), ("negative", "More breakdowns")]),
        ("nl", "positief is minder vrachtwagens in de straat. negatief is meer storingen",
         [("positive", "Minder vrachtwagens in de straat"), ("negative", "Meer storingen")]),
    ],
)  # fmt: skip
def test_a_direction_label_without_a_colon_before_its_clause_is_read_and_left_out(
    reader: Reader, language: str, text: str, effects: list[tuple[str, str]]
) -> None:
    reading = read_in(reader, text, ("Farmers",), language, "drones over the dikes")
    assert [(e.direction, e.text) for e in reading.effects] == effects


def test_the_benefit_of_a_thing_is_no_label(reader: Reader) -> None:
    reading = read_in(reader, "nadeel van de drone is dat hij de tuinen filmt", ("Boeren",), "nl",
                      "drones boven de dijk")  # fmt: skip
    assert [e.direction for e in reading.effects] == ["negative"]
    assert "nadeel" in reading.effects[0].text.lower()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "✅ sneller een besluit voor aanvragers\n✅ consulenten minder typewerk\n"
               "❌ ouderen die niet digitaal zijn haken af\n❌ de bot snapt geen dialect"),
        ("en", "👍 applicants get a decision sooner\n👍 consultants type less\n"
               "👎 older people who are not online drop out\n⚠️ the bot misses dialect"),
    ],
)  # fmt: skip
def test_pros_and_cons_bulleted_with_sign_emoji_are_effects_with_their_direction(
    reader: Reader, language: str, text: str
) -> None:
    reading = read_in(reader, text, ("Aanvragers", "Consulenten"), language, "wmo chatbot")
    assert [e.direction for e in reading.effects] == [
        "positive", "positive", "negative", "negative"
    ]  # fmt: skip
    assert not any("sneller" in a.lower() or "sooner" in a.lower() for a in reading.actors)


def test_check_marks_over_measures_are_bullets_after_the_effects(reader: Reader) -> None:
    text = "✅ kentekens van toegestane auto's meteen wissen\n✅ ontheffing voor minima"
    reading = read_in(reader, text, ("Automobilisten",), "nl", "kentekencamera's", Step.OPTIONS)
    assert reading.effects == []
    assert len(reading.options) == 2


@pytest.mark.parametrize(
    "text",
    ["verder geen idee eigenlijk", "voor nu geen idee", "anything else? no idea right now"],
)
def test_not_knowing_more_is_the_speakers_own(text: str) -> None:
    assert cannot_think(text)


@pytest.mark.parametrize(
    "text", ["de ouders hebben geen idee waarom", "inspectors have no idea why they were sent"]
)
def test_others_not_knowing_stays_an_effect(text: str) -> None:
    assert not cannot_think(text)


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Our gemeente wants sensors in the garbage containers", "gemeente"),
        ("Onze gemeente wil sensoren in de containers", "gemeente"),
        ("At our water board we test drones", "water board"),
    ],
)
def test_the_owner_word_is_no_part_of_the_context(text: str, context: str) -> None:
    assert detect_context(text) == context


@pytest.mark.parametrize(
    ("language", "text", "effect"),
    [
        ("nl", "Aan de andere kant: de chauffeurs weten beter wie ze ophalen",
         "De chauffeurs weten beter wie ze ophalen"),
        ("en", "On the other hand: drivers know better whom they pick up",
         "Drivers know better whom they pick up"),
    ],
)  # fmt: skip
def test_the_other_side_as_a_label_is_no_part_of_the_effect(
    reader: Reader, language: str, text: str, effect: str
) -> None:
    reading = read_in(reader, text, ("Chauffeurs", "Drivers"), language, "een app voor ritten")
    assert [e.text for e in reading.effects] == [effect]


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("nummer 2 niet, de rest wel", [1, 3, 4]),
        ("de tweede niet, de andere wel", [1, 3, 4]),
        ("not 2, the rest yes", [1, 3, 4]),
        ("number 4 no, the others are fine", [1, 2, 3]),
    ],
)
def test_some_proposals_turned_down_and_the_rest_taken(text: str, taken: list[int]) -> None:
    assert all_but(text, value_proposals(4)) == taken


@pytest.mark.parametrize(
    ("text", "who", "group"),
    [
        ("Neem mevrouw Jansen, 82, slechtziend.", "mevrouw Jansen", ""),
        ("Stel je een buschauffeur voor, noem hem Ahmed.", "Ahmed", "Buschauffeur"),
        ("Imagine a bus driver, call him Ahmed.", "Ahmed", "Bus driver"),
        ("Take Mrs Jansen, 82, partly sighted.", "Mrs Jansen", ""),
    ],
)
def test_a_person_set_up_for_a_story_is_told_apart(text: str, who: str, group: str) -> None:
    assert persona(text) == (who, group)


@pytest.mark.parametrize(
    "text", ["neem een voorbeeld", "take a look at the costs", "Neem 1 en 3", "take them all"]
)
def test_taking_something_else_sets_up_no_person(text: str) -> None:
    assert persona(text) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Stel je een buschauffeur voor, noem hem Ahmed. Als de app zegt dat de rit vol is "
               "en dat klopt niet, dan staat hij met een boze klant aan de deur."),
        ("en", "Imagine a bus driver, call him Ahmed. If the app says the ride is full and that "
               "is wrong, he ends up at the door with an angry customer."),
    ],
)  # fmt: skip
def test_a_story_of_one_person_is_one_effect_and_no_measure(
    reader: Reader, language: str, text: str
) -> None:
    reading = read_in(reader, text, ("Chauffeurs", "Drivers"), language, "een app voor ritten")
    assert reading.options == []
    assert reading.actors == []
    assert [e.direction for e in reading.effects] == ["negative"]


@pytest.mark.parametrize(
    "text",
    ["Haar dochter zou het dan voor haar moeten doen.", "de chauffeur zou dan alles zelf "
     "moeten uitzoeken"],
)  # fmt: skip
def test_a_consequence_with_then_is_no_proposal(text: str) -> None:
    assert not proposal(text)


@pytest.mark.parametrize(
    "text", ["we zouden dan een loket moeten openen", "de badmeesters zouden elk uur moeten kijken"]
)
def test_what_someone_should_do_stays_a_proposal(text: str) -> None:
    assert proposal(text)


@pytest.mark.parametrize(
    "text", ["dat gaat haar niet lukken", "she won't manage that", "het lukt niet om in te loggen"]
)
def test_not_managing_is_negative(text: str) -> None:
    assert clause_direction(text) == "negative"


@pytest.mark.parametrize(
    "text",
    ["het is niet zo dat chauffeurs er slechter van worden, maar ze verliezen het praatje",
     "it's not that drivers are worse off, but they do lose the chat with the customer"],
)  # fmt: skip
def test_a_clause_denied_before_but_is_no_correction(text: str) -> None:
    assert detect_intent(text).kind != "correct"


@pytest.mark.parametrize(
    "text", ["niet de chauffeurs maar de planners", "not the drivers but the planners"]
)
def test_an_item_corrected_with_but_stays_a_correction(text: str) -> None:
    assert detect_intent(text).kind == "correct"


def test_that_is_wrong_inside_a_story_is_no_complaint() -> None:
    assert not complaint("Als de app zegt dat de rit vol is en dat klopt niet, dan staat hij met "
                         "een boze klant aan de deur")  # fmt: skip
    assert complaint("dat klopt niet")
    assert complaint("nee dat klopt niet wat je zegt over de chauffeurs")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("als de app zegt dat de rit vol is en dat klopt niet, dan staat hij aan de deur", 1),
        ("if the app says the ride is full and that is wrong, he ends up at the door", 1),
        ("als het druk is, dan wachten reizigers langer en de chauffeurs krijgen stress", 2),
    ],
)
def test_a_condition_is_not_cut_at_its_and(text: str, parts: int) -> None:
    assert len(clauses(text)) == parts


def test_a_word_for_no_people_in_a_list_of_values_is_a_value_before_the_values_step(
    reader: Reader,
) -> None:
    reading = read_in(reader, "fairness, trust and workload", ("Teachers",), "en", "essay checker")
    assert reading.actors == []
    assert len(reading.values) == 3


def test_people_in_a_list_with_one_value_stay_actors(reader: Reader) -> None:
    reading = read_in(reader, "privacy, the neighbourhood officer and the residents", (), "en",
                      "street cameras")  # fmt: skip
    assert reading.actors == ["Neighbourhood officer", "Residents"]


@pytest.mark.parametrize(
    ("language", "text", "options"),
    [
        ("nl", "opties het algoritme geeft alleen een voorstel. we maken afspraken met de or",
         ["Het algoritme geeft alleen een voorstel", "We maken afspraken met de or"]),
        ("en", "options the model only suggests. we agree on it with the works council",
         ["The model only suggests", "We agree on it with the works council"]),
    ],
)  # fmt: skip
def test_a_step_label_dictated_without_a_colon_is_no_part_of_the_measure(
    reader: Reader, language: str, text: str, options: list[str]
) -> None:
    reading = read_in(reader, text, ("Kcc",), language, "routering van meldingen", Step.OPTIONS)
    assert [o.text for o in reading.options] == options


@pytest.mark.parametrize(
    ("language", "text", "effects"),
    [
        ("nl", "meldingen komen sneller bij de afdeling nadeel is dat de melder niks hoort",
         [("positive", "Meldingen komen sneller bij de afdeling"),
          ("negative", "De melder niks hoort")]),
        ("en", "reports reach the right team faster the downside is that nobody checks them",
         [("positive", "Reports reach the right team faster"),
          ("negative", "Nobody checks them")]),
    ],
)  # fmt: skip
def test_a_label_dictated_mid_sentence_splits_the_effects(
    reader: Reader, language: str, text: str, effects: list[tuple[str, str]]
) -> None:
    reading = read_in(reader, text, ("Melders",), language, "routering van meldingen")
    assert [(e.direction, e.text) for e in reading.effects] == effects


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        ("en", "the road users, the inspectors and off course the gedeputeerde who must decide",
         ["Road users", "Inspectors", "Gedeputeerde"]),
        ("nl", "de weggebruikers en de gedeputeerde die moet beslissen",
         ["Weggebruikers", "Gedeputeerde"]),
        ("en", "the road users and residents who park on the street",
         ["Road users", "Residents who park on the street"]),
    ],
)  # fmt: skip
def test_of_course_typed_wrongly_and_a_role_verb_after_a_modal_are_no_part_of_a_name(
    reader: Reader, language: str, text: str, actors: list[str]
) -> None:
    reading = read_in(reader, text, (), language, "ongevallenmodel", Step.ACTORS)
    assert reading.actors == actors


def test_a_lead_in_with_a_colon_of_its_own_gets_no_second_label() -> None:
    text = "Options the board floated, with owners: a sign (press office)"
    assert with_label_colons(text) == text
