"""Faults found by typing new conversations by hand in the twentieth round (sentences written for
these tests, Dutch and English): "wat zouden we kunnen doen?" asked where values are chosen asks
for the options; "goed idee om ..." and "verder wil ik dat ..." are leads in front of a measure,
not part of it (and "good idea to ..." is a measure, not a remark); a burden saved ("scheelt het
saai controlewerk") is a gain; "ouderen en mensen die ..." names the elderly, not "Ouderen en
mensen"; a team named in brackets after a group stays with its name, so that the team's name
later means that group; "boaters" are not every sentence about a boat; a quote at the end of an
item keeps its closing mark; an organisation's name in brackets ("onze gemeente (Zwolle)") is
its name; a browser set to English opens the page in English; "sommigen"/"some" take up people named
before and a clause judged after a comma ("..., dat is fijn") is no person put in front; a line
that forwards a mail is no part of the case; "more work not less" is more work; an effect said to
be for a part of its group ("for the young ones, not the older cyclists") goes to that part."""

from __future__ import annotations

import pytest
from method_fakes import converse, read_in, reading_session

from assistant.domain.session import Step
from assistant.language.textparts import clean_item
from assistant.method.conductor import Conductor
from assistant.method.reading.actor_lists import list_items, without_fillers
from assistant.method.reading.clause_subjects import clause_people
from assistant.method.reading.extraction import detect_context
from assistant.method.reading.mentions import same_word
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader
from assistant.ui.context import preferred_language


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "hmm, wat zouden we eigenlijk kunnen doen?"),
        ("nl", "wat raad je ons aan?"),
        ("en", "so what could we actually do?"),
        ("en", "what would you recommend?"),
    ],
)
def test_asking_what_we_could_do_where_values_are_chosen_asks_for_the_options(
    message_reader: Reader, language: str, text: str
) -> None:
    reading = read_in(message_reader, text, ("bewoners",), language, "een app", Step.VALUES)
    assert [q.step for q in reading.questions] == [Step.OPTIONS]


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "welke waarden zou je aanraden?"), ("en", "what values would you recommend?")],
)
def test_asking_which_values_to_recommend_stays_with_the_values(
    message_reader: Reader, language: str, text: str
) -> None:
    reading = read_in(message_reader, text, ("bewoners",), language, "een app", Step.VALUES)
    assert [q.step for q in reading.questions] == [Step.VALUES]


@pytest.mark.parametrize(
    ("language", "text", "measures"),
    [
        (
            "nl",
            "goed idee om de meldingen in gewone taal te zetten. verder wil ik dat er altijd "
            "een handhaver meekijkt voordat een boete de deur uit gaat.",
            ["De meldingen in gewone taal", "Er altijd een handhaver meekijkt"],
        ),
        (
            "en",
            "good idea to put the notices in plain words. I also want that a warden always "
            "looks before a fine goes out.",
            ["Put the notices in plain words", "A warden always looks before a fine"],
        ),
    ],
)
def test_a_lead_that_welcomes_or_wants_a_measure_is_no_part_of_it(
    message_reader: Reader, language: str, text: str, measures: list[str]
) -> None:
    reading = read_in(message_reader, text, ("bewoners",), language, "een app", Step.OPTIONS)
    texts = [o.text for o in reading.options]
    assert len(texts) == len(measures)
    assert all(t.startswith(m) for t, m in zip(texts, measures, strict=True))


@pytest.mark.parametrize("text", ["goed idee", "good idea!"])
def test_praise_alone_is_no_measure(message_reader: Reader, text: str) -> None:
    reading = read_in(message_reader, text, ("bewoners",), "nl", "een app", Step.OPTIONS)
    assert reading.options == []


@pytest.mark.parametrize(
    "text",
    [
        "voor de boa's scheelt het saai uitzoekwerk",
        "het scheelt de planners een hoop vervelend belwerk",
        "it saves the inspectors dull paperwork",
        "for the clerks it spares tedious checks",
    ],
)
def test_a_burden_saved_is_a_gain(text: str) -> None:
    assert clause_direction(text) == "positive"


@pytest.mark.parametrize(
    ("clause", "people"),
    [
        ("ouderen en mensen die geen smartphone hebben missen de melding", "Ouderen"),
        ("huurders en mensen die slecht zien kunnen de knop niet vinden", "Huurders"),
        ("pensioners and people who have no smartphone miss the alert", "Pensioners"),
    ],
)
def test_people_in_general_joined_before_a_relative_clause_leave_the_group(
    clause: str, people: str
) -> None:
    assert clause_people(clause) == people


@pytest.mark.parametrize(
    ("language", "items", "named", "effect"),
    [
        (
            "nl",
            "de inwoners, de opstellers van de aanslagen (team Heffingen), de bezwaarjuristen",
            "Opstellers van de aanslagen (team Heffingen)",
            "team Heffingen is sneller klaar met de aanslagen",
        ),
        (
            "en",
            "residents, the people who draft the notices (the revenue team), the lawyers",
            "People who draft the notices (the revenue team)",
            "the revenue team gets through the notices faster",
        ),
    ],
)
def test_a_team_named_in_brackets_stays_with_its_group(
    message_reader: Reader, language: str, items: str, named: str, effect: str
) -> None:
    names = [without_fillers(i) for i in list_items(items)]
    assert any(n.lower().endswith(named.split("(")[1].lower()) for n in names)
    actors = ("Inwoners", named, "Juristen")
    reading = read_in(message_reader, effect, actors, language, "een app", Step.EFFECTS)
    assert [e.actor_id for e in reading.effects] == [named]


def test_a_thing_is_not_the_people_named_after_it() -> None:
    assert not same_word("boat", "boaters")
    assert not same_word("farm", "farmers")
    assert same_word("klant", "klanten") and same_word("tenant", "tenants")


def test_an_effect_on_a_crew_is_not_for_the_boaters(message_reader: Reader) -> None:
    actors = ("Boat crew", "Recreational boaters", "Kitesurfers")
    reading = read_in(
        message_reader, "- boat crew may lose the part of the job they like", actors, "en", "drones"
    )
    assert [e.actor_id for e in reading.effects] == ["Boat crew"]


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        ("the app only ever says 'ask a caseworker'.", "the app only ever says 'ask a caseworker'"),
        ("een knop 'brief zonder AI tonen'", "een knop 'brief zonder AI tonen'"),
        ("'Huurders'", "Huurders"),
        ("the vendor can't keep the logs.", "the vendor can't keep the logs"),
    ],
)
def test_a_quote_at_the_end_of_an_item_keeps_its_closing_mark(item: str, kept: str) -> None:
    assert clean_item(item) == kept


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("onze gemeente (Kampen) wil een bot voor vragen over afval", "gemeente Kampen"),
        ("our council (Kampen) wants a bot for questions about waste", "council Kampen"),
        ("de gemeente (nog geen besluit) wil een bot", "de gemeente"),
    ],
)
def test_an_organisations_name_in_brackets_is_its_name(text: str, context: str) -> None:
    assert detect_context(text) == context


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("en-GB,en;q=0.9,nl;q=0.8", "en"),
        ("nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "nl"),
        ("fr-FR,fr;q=0.9,en;q=0.5", "en"),
        ("en;q=0.3,nl;q=0.8", "nl"),
        ("de-DE,de;q=0.9", None),
        ("", None),
    ],
)
def test_the_first_visit_takes_dutch_or_english_from_the_browser(
    header: str, language: str | None
) -> None:
    assert preferred_language(header) == language


@pytest.mark.parametrize(
    ("language", "text", "actors"),
    [
        (
            "nl",
            "de boa's lopen minder loze rondes, dat is fijn, maar sommigen vinden juist dat ze "
            "het praatje met de buurt kwijt zijn.",
            ("Boa's", "Bewoners"),
        ),
        (
            "en",
            "the wardens walk fewer empty rounds, that's nice, but some say they lose the chat "
            "with the neighbourhood.",
            ("Wardens", "Residents"),
        ),
    ],
)
def test_some_of_them_and_a_clause_judged_after_a_comma_name_no_new_actor(
    message_reader: Reader, language: str, text: str, actors: tuple[str, ...]
) -> None:
    reading = read_in(message_reader, text, actors, language, "een app", Step.EFFECTS)
    assert reading.actors == []
    assert [e.actor_id for e in reading.effects] == [actors[0], actors[0]]


@pytest.mark.parametrize(
    ("language", "opening"),
    [
        (
            "nl",
            "Ik stuur je even door wat we gisteren bespraken.\n\nDe gemeente Kampen wil "
            "lantaarnpalen die feller gaan branden als er iemand langs loopt.",
        ),
        (
            "en",
            "Forwarding you what we discussed yesterday.\n\nThe council of Kampen wants street "
            "lights that brighten when someone walks past.",
        ),
    ],
)
def test_a_line_that_forwards_a_mail_is_no_part_of_the_case(
    message_reader: Reader, language: str, opening: str
) -> None:
    session = reading_session(Step.CASE, language, "")
    reading = message_reader.read(opening, session)
    told = " ".join(str(v) for v in reading.case.values())
    assert "Kampen" in told
    assert "bespraken" not in told and "discussed" not in told


@pytest.mark.parametrize(
    "text",
    [
        "the clerks feel its more hassle not less",
        "voor de baliemedewerkers is het meer gedoe, niet minder",
        "het levert de planners meer werk op in plaats van minder",
    ],
)
def test_the_other_side_denied_after_more_says_no_more_than_more(text: str) -> None:
    assert clause_direction(text) == "negative"


@pytest.mark.parametrize(
    ("language", "turns", "group"),
    [
        (
            "en",
            [
                "we try cameras at a bridge that flag cyclists riding through a red light",
                "cyclists, the bridge operators, the police",
                "cyclists may get fines automatically, that feels unfair. good: fewer accidents",
                "wait, the fines thing is for the young ones mostly, not the older cyclists",
            ],
            "Young cyclists",
        ),
    ],
)
def test_an_effect_meant_for_a_part_of_its_group_goes_to_that_part(
    conductor: Conductor, language: str, turns: list[str], group: str
) -> None:
    session = converse(conductor, language, turns)
    fined = [e for e in session.effects if "fines" in e.text]
    assert [session.actor(e.actor_id).name for e in fined] == [group]  # type: ignore[union-attr]
    assert "Cyclists" in [a.name for a in session.actors]  # the group itself stays
