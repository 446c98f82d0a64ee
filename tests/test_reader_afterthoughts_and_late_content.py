"""The reader on content given after the conversation moved on: a party added as an afterthought
by what it wants ("o ja, en de gemeenteraad wil er ook wat mee"), who answers for a harm asked as
a worry, a labelled effect after "o ja,", and options, effects and actors given at the summary,
read by their shape, in Dutch and English (sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.asides import domain_words
from assistant.method.reading.reader import Reader

NL_ACTORS = ("Bewoners", "Handhavers")
EN_ACTORS = ("Residents", "Inspectors")


def _read(reader: Reader, text: str, language: str, step: Step):  # type: ignore[no-untyped-def]
    actors = NL_ACTORS if language == "nl" else EN_ACTORS
    technology = "camera's op bouwplaatsen" if language == "nl" else "cameras on building sites"
    session = reading_session(step, language, technology, actors)
    return reader.read(text, session, domain_words(session))


@pytest.mark.parametrize("step", [Step.CASE, Step.ACTORS, Step.EFFECTS, Step.SUMMARY])
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("o ja en de gemeenteraad wil er ook wat mee", "nl", ["Gemeenteraad"]),
        ("O ja, de huurdersvereniging wil meepraten.", "nl", ["Huurdersvereniging"]),
        ("oh and the works council wants a say in this", "en", ["Works council"]),
        ("Oh, and the neighbourhood association wants in on it.", "en",
         ["Neighbourhood association"]),
    ],
)  # fmt: skip
def test_a_party_said_to_want_a_part_in_it_is_an_actor(
    reader: Reader, text: str, language: str, expected: list[str], step: Step
) -> None:
    reading = _read(reader, text, language, step)
    assert reading.actors == expected
    assert not reading.effects
    assert not reading.case.get("notes") and not reading.case.get("users")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("o ja, de bewoners willen minder camera's in hun straat", "nl"),
        ("oh, the residents want fewer cameras in their street", "en"),
    ],
)
def test_people_wanting_something_else_is_no_bare_actor(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    assert reading.effects


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("wie is er dan aansprakelijk als de camera een verkeerde persoon aanwijst?", "nl"),
        ("Wie betaalt de schade als een camera van de bouwplaats wordt gestolen?", "nl"),
        ("who is liable if the camera flags the wrong person?", "en"),
        ("And who's responsible when the camera flags a worker who did nothing?", "en"),
    ],
)
def test_who_answers_for_a_harm_asked_among_effects_is_a_negative_effect(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    assert [e.direction for e in reading.effects] == ["negative"]
    assert not reading.unread


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("wie is er verantwoordelijk voor het beheer van de camera's?", "nl"),
        ("who is responsible for the cameras?", "en"),
    ],
)
def test_who_is_responsible_without_a_harm_is_no_effect(
    reader: Reader, text: str, language: str
) -> None:
    assert not _read(reader, text, language, Step.EFFECTS).effects


@pytest.mark.parametrize(
    ("text", "language", "direction"),
    [
        ("o ja, negatief voor de handhavers: die moeten vaker 's avonds werken", "nl",
         "negative"),
        ("O ja, positief voor de bewoners: ze slapen rustiger", "nl", "positive"),
    ],
)  # fmt: skip
def test_a_labelled_effect_after_an_afterthought_lead_is_an_effect_where_values_are_asked(
    reader: Reader, text: str, language: str, direction: str
) -> None:
    reading = _read(reader, text, language, Step.VALUES)
    assert [e.direction for e in reading.effects] == [direction]
    assert not reading.unread


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("- camera's alleen met toestemming van de bewoners\n"
         "- beelden na een week wissen\n"
         "- handhavers leren de beelden uit te leggen", "nl", 3),
        ("- cameras only with consent of the residents\n"
         "- delete footage after a week\n"
         "- inspectors learn to explain the footage", "en", 3),
    ],
)  # fmt: skip
def test_a_list_of_measures_given_at_the_summary_is_options(
    reader: Reader, text: str, language: str, count: int
) -> None:
    reading = _read(reader, text, language, Step.SUMMARY)
    assert len(reading.options) == count
    assert not reading.actors


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("- de aannemers\n- de omwonenden", "nl", ["Aannemers", "Omwonenden"]),
        ("- the contractors\n- the neighbours", "en", ["Contractors", "Neighbours"]),
    ],
)
def test_a_list_of_people_given_at_the_summary_is_actors(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = _read(reader, text, language, Step.SUMMARY)
    assert reading.actors == expected
    assert not reading.options


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bedankt, hier kan ik mee verder.", "nl"),
        ("Thanks, this helps a lot.", "en"),
    ],
)
def test_a_closing_remark_at_the_summary_is_no_option(
    reader: Reader, text: str, language: str
) -> None:
    assert not _read(reader, text, language, Step.SUMMARY).options


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("en nog een folder voor de omwonenden. valt dat onder mens?", "nl"),
        ("and also a leaflet for the neighbours. is that human or context?", "en"),
    ],
)
def test_one_more_measure_named_by_a_noun_at_the_summary_is_an_option(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, Step.SUMMARY)
    assert len(reading.options) == 1
    assert not reading.actors
    assert reading.intent is None  # the question which kind it is: not off topic


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("en een mooi overzicht zo, bedankt", "nl"),
        ("and a clear overview, thanks", "en"),
    ],
)
def test_praise_with_thanks_at_the_summary_is_no_option(
    reader: Reader, text: str, language: str
) -> None:
    assert not _read(reader, text, language, Step.SUMMARY).options


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Betrokken: de aannemers, de omwonenden en de handhavers. En de wijkraad, die weet "
         "hier nog van niks.", "nl", ["Aannemers", "Omwonenden", "Handhavers", "Wijkraad"]),
        ("People involved: the contractors, the neighbours and the inspectors. also the "
         "tenants union i guess", "en",
         ["Contractors", "Neighbours", "Inspectors", "Tenants union"]),
    ],
)  # fmt: skip
def test_one_more_party_after_a_list_of_actors_in_the_case_is_an_actor(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = _read(reader, text, language, Step.CASE)
    assert reading.actors == expected
    assert not reading.case.get("notes")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("o ja, de privacyjurist moet er ook nog naar kijken", "nl", ["Privacyjurist"]),
        ("oh, the data protection officer needs to look at it", "en",
         ["Data protection officer"]),
    ],
)  # fmt: skip
def test_a_party_that_must_look_at_it_is_an_actor_not_a_user(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = _read(reader, text, language, Step.CASE)
    assert reading.actors == expected
    assert not reading.users


@pytest.mark.parametrize(
    ("text", "language", "expected", "effects"),
    [
        ("En de OR, want die moet instemmen.", "nl", ["OR"], 0),
        ("En de huurders, want die betalen straks meer servicekosten.", "nl", ["Huurders"], 1),
        ("and the union, because they lose their say over the rosters", "en", ["Union"], 1),
    ],
)
def test_a_party_added_with_the_reason_it_is_involved_is_an_actor(
    reader: Reader, text: str, language: str, expected: list[str], effects: int
) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    assert reading.actors == expected
    assert len(reading.effects) == effects


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("en de brieven aan de bewoners, want die zijn onduidelijk", "nl"),
        ("and the letters to the residents, because they are confusing", "en"),
    ],
)
def test_a_thing_added_with_a_reason_is_no_actor(reader: Reader, text: str, language: str) -> None:
    assert not _read(reader, text, language, Step.EFFECTS).actors


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("de buren van de bouwplaats horen er natuurlijk ook bij, en de advocaten", "nl",
         ["Buren van de bouwplaats", "Advocaten"]),
        ("ik zou de beveiliger ook als actor noemen", "nl", ["Beveiliger"]),
        ("I'd add the security firm as an actor too", "en", ["Security firm"]),
    ],
)  # fmt: skip
def test_a_party_added_where_options_are_asked_is_an_actor_not_an_option(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = _read(reader, text, language, Step.OPTIONS)
    assert reading.actors == expected
    assert not reading.options
    assert not reading.effects
