"""Options asked as questions and proposals taken over (Dutch and English; sentences written for
these tests): "allemaal overnemen" takes every proposal; "akkoord, neem ze over" where no proposal
is left agrees and names no option; in "kan de provincie ... compenseren?" the province acts (an
arrangement of the organisation); "welke waarde beschermt elke optie?" asks about the options,
not the way back to the values."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Proposal, Session, Step, Value
from assistant.method.reading.extraction import extract_options
from assistant.method.reading.option_kind_scores import option_kind
from assistant.method.reading.reader import Reader
from assistant.method.reading.references import proposal_reference


@pytest.mark.parametrize(
    "text", ["alles overnemen graag", "prima, allemaal overnemen", "ok, adopt them all"]
)
def test_taking_all_proposals_over_refers_to_all_of_them(text: str) -> None:
    assert proposal_reference(text) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [("akkoord, neem ze over", "nl"), ("prima, allemaal overnemen", "nl"), ("ok, take them", "en")],
)
def test_taking_over_with_no_proposal_left_agrees_and_names_no_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.VALUES, language, "Een model voor inspecties")
    session.values = [Value(id="v1", key="privacy", name="Privacy", priority=1)]
    reading = reader.read(text, session)
    assert reading.options == []
    assert reading.intent is not None and reading.intent.kind == "affirm"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kan de gemeente de ondernemers compenseren als ze een week dicht moeten?", "environment"),
        ("Could the province compensate growers when they lose a harvest?", "environment"),
        ("Zouden de wijkagenten een opfriscursus over de regels kunnen krijgen?", "human"),
        ("Can the officers at the desk explain the letter themselves?", "human"),
    ],
)
def test_option_kinds_asked_as_questions_follow_who_acts_after_the_modal(
    text: str, kind: str
) -> None:
    assert option_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kun je bij elke optie zeggen welke waarde die beschermt?", "nl"),
        ("Can you say for each option which value it protects?", "en"),
    ],
)
def test_asking_which_value_each_option_protects_stays_among_the_options(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Drones boven weilanden")
    reading = reader.read(text, session)
    assert reading.questions and all(q.step == Step.OPTIONS for q in reading.questions)
    assert reading.goto in (None, Step.OPTIONS)


@pytest.mark.parametrize(
    ("text", "language", "head"),
    [
        ("wat ik graag zou willen is een knop die uitlegt waarom je dit ziet", "nl", "Een knop"),
        ("wat we nodig hebben is een vast aanspreekpunt voor ouders", "nl", "Een vast"),
        ("what I'd really like is a button that explains why you see this", "en", "A button"),
        ("what we need is a fixed contact person for parents", "en", "A fixed"),
    ],
)
def test_a_measure_told_as_a_cleft_wish_is_an_option_without_the_wish(
    reader: Reader, text: str, language: str, head: str
) -> None:
    for step in (Step.VALUES, Step.OPTIONS):
        session = reading_session(step, language, "Een app voor woningruil")
        reading = reader.read(text, session)
        assert [o.text.split()[:2] for o in reading.options] == [head.split()]


@pytest.mark.parametrize(
    ("text", "language"),
    [("wat ik zie is een stijging van de klachten", "nl"), ("what I see is a rise in calls", "en")],
)
def test_what_someone_sees_is_no_wish_for_a_measure(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een app voor woningruil")
    assert reader.read(text, session).options == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Heb jij nog een voorstel voor de techniek en voor de bewoners zelf?", "nl"),
        ("Any ideas on the technical side and for the users themselves?", "en"),
    ],
)
def test_a_request_naming_two_kinds_asks_proposals_of_each_kind(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een app voor woningruil")
    questions = reader.read(text, session).questions
    assert len(questions) == 1
    assert questions[0].kind is None and questions[0].per_kind


@pytest.mark.parametrize(
    ("text", "language", "head"),
    [
        ("Suppliers gain from setting the filter loosely, so we'd need an independent audit "
         "of every release.", "en", "audit"),
        ("Leveranciers hebben baat bij een ruime afstelling, dus we zouden een onafhankelijke "
         "audit van elke versie nodig hebben.", "nl", "audit"),
    ],
)  # fmt: skip
def test_a_need_in_the_conditional_after_an_effect_is_an_option(
    reader: Reader, text: str, language: str, head: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een filter", ("leveranciers",))
    reading = reader.read(text, session)
    assert [head in o.text for o in reading.options] == [True]
    assert all(head not in e.text for e in reading.effects)


@pytest.mark.parametrize(
    "text",
    [
        "Could we agree that messages after ten are read the next day, and tell patients that?",
        "Blur the faces on the screen and let the visitors know about it.",
        "Kunnen we afspreken dat berichten na tienen pas de volgende dag gelezen worden, en dat "
        "ook aan de patiënten vertellen?",
        "Vervaag de gezichten op het scherm en laat de bezoekers dat weten.",
    ],
)
def test_telling_people_of_the_measure_before_is_part_of_it(text: str) -> None:
    assert len(extract_options(text, "environment")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Blur the faces on the screen and tell visitors how to object.",
        "Vervaag de gezichten op het scherm en informeer de bezoekers over hun rechten.",
    ],
)
def test_telling_people_something_new_is_a_measure_of_its_own(text: str) -> None:
    assert len(extract_options(text, "environment")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The tool shows a range and never a single score.",
        "A flag is never enough on its own, which goes into the staff handbook.",
        "De tool toont een bandbreedte en nooit één score.",
        "Een signaal is nooit genoeg op zichzelf, wat in het personeelshandboek komt.",
    ],
)
def test_what_a_measure_never_gives_or_where_it_is_laid_down_is_part_of_it(text: str) -> None:
    assert len(extract_options(text, "environment")) == 1


def _among_three_proposals(step_language: str) -> Session:
    session = reading_session(Step.OPTIONS, step_language, "Een app voor meldingen")
    session.proposals = [
        Proposal(number=n, kind="option", ref=f"p{n}", text=f"Voorstel {n}") for n in (1, 2, 3)
    ]
    return session


@pytest.mark.parametrize(
    ("text", "language", "text_read"),
    [
        ("1 en 2 zijn prima, 4 niet. De boa's krijgen een opfriscursus.", "nl",
         "De boa's krijgen een opfriscursus"),
        ("1 and 2 are fine, not 4. The wardens get a refresher course.", "en",
         "The wardens get a refresher course"),
        ("2 is goed, en ook nog een cursus voor de conciërges", "nl",
         "Een cursus voor de conciërges"),
        ("die eerste is goed. Verder zou het fijn zijn als de conciërges een cursus krijgen.",
         "nl", "De conciërges een cursus krijgen"),
    ],
)  # fmt: skip
def test_proposals_taken_in_part_with_a_measure_of_ones_own(
    reader: Reader, text: str, language: str, text_read: str
) -> None:
    reading = reader.read(text, _among_three_proposals(language))
    assert reading.reference
    assert [o.text for o in reading.options] == [text_read]


@pytest.mark.parametrize(
    "text",
    [
        "The team lead runs a webinar for dispatchers on when to overrule the score.",
        "Drivers get an instruction day before they use the new route planner.",
        "Een ervaren boswachter laat de vrijwilligers oefenen met het aflezen van de sensorkaart.",
        "Intervisie voor de consulenten over hoe je met een signaal uit het systeem omgaat.",
    ],
)
def test_learning_is_human_whatever_system_it_is_about(text: str) -> None:
    assert option_kind(text) == "human"


@pytest.mark.parametrize(
    "text",
    [
        "Couldn't the supplier build in a filter for reflections on the water?",
        "Could the remote pilot speak to the crowd through a loudspeaker on the drone?",
        "Kan de leverancier geen filter inbouwen voor weerkaatsing op het water?",
    ],
)
def test_a_maker_or_a_person_asked_after_a_modal_leaves_the_kind_to_the_words(
    text: str,
) -> None:
    assert option_kind(text) != "environment"
