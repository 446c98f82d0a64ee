"""Effects weighed rather than listed (sentences written for these tests, Dutch and English):
the other side of "aan de ene kant ... aan de andere kant" / "on the one hand ... then again"
goes against the first; a duration compared with how it goes now is a gain when it gets
shorter; "then again, they ..." is about the people before; an effect taken back by a word of
it ("dat van het verspreiden neem ik terug") goes; one doubted but kept ("keep it but as a
maybe") is marked, and the doubt is no new effect."""

from __future__ import annotations

import pytest
from method_fakes import converse

from assistant.domain.session import Turn
from assistant.method.conductor import Conductor
from assistant.method.reading.durations import duration_trend

LIBRARY_NL = [
    "De bibliotheek wil zuilen waarmee je zonder personeel boeken leent. Volgend jaar.",
    "bezoekers, medewerkers, vrijwilligers, het bestuur",
]
LIBRARY_EN = [
    "The library wants self-service kiosks that lend books without staff. Planned for next year.",
    "visitors, staff, volunteers, the board",
]


def _effects(conductor: Conductor, language: str, turns: list[str]) -> list[tuple[str, str, str]]:
    session = converse(conductor, language, turns)
    names = {a.id: a.name for a in session.actors}
    return [(e.text, e.direction, names.get(e.actor_id or "", "")) for e in session.effects]


@pytest.mark.parametrize(
    ("language", "turns", "words", "direction"),
    [
        (
            "en",
            LIBRARY_EN,
            "On the one hand visitors can borrow at night, on the other hand a visitor who "
            "asks for help gets a screen.",
            "negative",
        ),
        (
            "nl",
            LIBRARY_NL,
            "Aan de ene kant kunnen bezoekers 's avonds lenen. Aan de andere kant: wie hulp "
            "vraagt krijgt een scherm, dus iemand die graag praat blijft met een scherm zitten.",
            "negative",
        ),
        (
            "nl",
            LIBRARY_NL,
            "Aan de ene kant voelen bezoekers zich vaker eenzaam in de zaal. Aan de andere kant "
            "kunnen ze lenen wanneer ze willen, ook al is de bibliotheek dan stiller.",
            "positive",
        ),
    ],
)
def test_the_other_side_of_an_effect_weighed_goes_against_the_first(
    conductor: Conductor, language: str, turns: list[str], words: str, direction: str
) -> None:
    told = _effects(conductor, language, [*turns, words])
    assert len(told) == 2
    assert told[0][1] != told[1][1] and told[1][1] == direction


@pytest.mark.parametrize(
    ("text", "trend"),
    [
        ("a lending round takes them about 3 hrs now, with the kiosk maybe 1", 1),
        ("members get their reply within a day instead of two weeks", 1),
        ("leden krijgen binnen 2 dagen antwoord ipv 3 weken", 1),
        ("de wachttijd ging van 9 naar 4 maanden", 1),
        ("the queue went from 10 minutes to half an hour", 0),  # "half an hour": no amount
        ("the queue went from 10 minutes to 30 minutes", -1),
        ("de pilot loopt 6 maanden, daarna een jaar", 0),
        ("in 2024, with 3 staff", 0),
    ],
)
def test_a_duration_compared_with_now_is_a_gain_when_shorter(text: str, trend: int) -> None:
    assert duration_trend(text) == trend


@pytest.mark.parametrize(
    ("language", "turns", "words"),
    [
        ("en", LIBRARY_EN, "staff: a lending round takes them 3 hrs now, with the kiosk maybe 1."),
        ("nl", LIBRARY_NL, "Medewerkers: een uitleenronde kost ze nu zo'n 3 uur, met de zuil 1."),
    ],
)
def test_an_effect_told_as_a_shorter_duration_is_positive(
    conductor: Conductor, language: str, turns: list[str], words: str
) -> None:
    told = _effects(conductor, language, [*turns, words])
    assert [d for _, d, _ in told] == ["positive"]


def test_then_again_they_is_about_the_people_before(conductor: Conductor) -> None:
    turns = [
        "The clinic wants a triage chatbot. Pilot in spring.",
        "patients, nurses, doctors",
        "Patients get an answer at night, that's great. Then again, they'll trust the bot and "
        "wait too long, which is risky.",
    ]
    told = _effects(conductor, "en", turns)
    assert [(d, a) for _, d, a in told] == [("positive", "Patients"), ("negative", "Patients")]


@pytest.mark.parametrize(
    ("language", "turns", "told", "back", "gone"),
    [
        (
            "nl",
            LIBRARY_NL,
            "Voor de medewerkers scheelt het veel werk. En het kan zich verspreiden: mensen gaan "
            "dan ook in andere filialen zelf scannen.",
            "Wacht, dat van het verspreiden neem ik terug, daar is geen bewijs voor.",
            "verspreiden",
        ),
        (
            "en",
            LIBRARY_EN,
            "For staff it saves a lot of work. Queues at the desk get shorter.",
            "wait, I take back the bit about the queues, the desk closes anyway.",
            "Queues",
        ),
    ],
)
def test_an_effect_taken_back_by_a_word_of_it_goes(
    conductor: Conductor, language: str, turns: list[str], told: str, back: str, gone: str
) -> None:
    effects = _effects(conductor, language, [*turns, told, back])
    assert len(effects) == 1 and gone not in effects[0][0]


@pytest.mark.parametrize(
    ("language", "turns", "told", "doubt", "mark"),
    [
        (
            "en",
            LIBRARY_EN,
            "For staff it saves a lot of work. Older visitors give up and stop coming.",
            "hmm, the older visitors stopping, I'm less sure now, they like the coffee corner. "
            "keep it but as a maybe",
            "(maybe)",
        ),
        (
            "nl",
            LIBRARY_NL,
            "Voor de medewerkers scheelt het veel werk. Oudere bezoekers haken af.",
            "dat van de oudere bezoekers die afhaken weet ik nu niet meer zo zeker, ze komen ook "
            "voor de koffie. laat maar staan met een vraagteken",
            "(twijfel)",
        ),
    ],
)
def test_an_effect_doubted_but_kept_is_marked_not_told_again(
    conductor: Conductor, language: str, turns: list[str], told: str, doubt: str, mark: str
) -> None:
    effects = _effects(conductor, language, [*turns, told, doubt])
    assert len(effects) == 2
    assert effects[1][0].endswith(mark) and effects[1][1] == "negative"


@pytest.mark.parametrize(
    ("language", "turns", "told", "more"),
    [
        (
            "nl",
            LIBRARY_NL,
            "Voor de medewerkers scheelt het veel werk. Oudere bezoekers haken af.",
            "En ik twijfel over iets: de zuil ziet wie welke boeken leent. Dat is toch een "
            "inkijkje in iemands leven.",
        ),
        (
            "en",
            LIBRARY_EN,
            "For staff it saves a lot of work. Older visitors give up and stop coming.",
            "And I'm not so sure about something else: the kiosk logs who borrows which books.",
        ),
    ],
)
def test_a_new_worry_after_a_doubt_word_marks_no_effect_told_before(
    conductor: Conductor, language: str, turns: list[str], told: str, more: str
) -> None:
    effects = _effects(conductor, language, [*turns, told, more])
    assert not any(t.endswith(("(maybe)", "(twijfel)")) for t, _, _ in effects)


@pytest.mark.parametrize(
    ("language", "turns", "words", "good", "bad"),
    [
        (
            "nl",
            LIBRARY_NL,
            "Voor medewerkers scheelt het werk. De leesranglijst in de app: leuk voor wie veel "
            "leest, beschamend voor een gezin dat weinig leent.",
            "leuk",
            "beschamend",
        ),
        (
            "en",
            LIBRARY_EN,
            "For staff it saves work. The reading ranking in the app: great for people who read "
            "a lot, embarrassing for a family that borrows little.",
            "great",
            "mbarrassing",
        ),
    ],
)
def test_good_for_one_group_bad_for_another_are_two_effects(
    conductor: Conductor, language: str, turns: list[str], words: str, good: str, bad: str
) -> None:
    effects = _effects(conductor, language, [*turns, words])
    said = [(t.lower(), d) for t, d, _ in effects]
    assert [d for t, d in said if good in t and bad not in t] == ["positive"]
    assert [d for t, d in said if bad in t and good not in t] == ["negative"]
    assert all("ranglijst" not in a.lower() and "ranking" not in a.lower() for *_, a in effects)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("met de matras alleen als het nodig is, dus bewoners slapen vaker door", "positive"),
        ("alleen in de stad, dus in het buitengebied blijven ze achter", "negative"),
        ("at night the estimate is off by more than an hour", "negative"),
    ],
)
def test_a_separable_verb_and_a_miss_have_their_direction(text: str, direction: str) -> None:
    from assistant.method.reading.polarity import clause_direction

    assert clause_direction(text) == direction


@pytest.mark.parametrize(
    ("language", "turns", "words"),
    [
        (
            "nl",
            LIBRARY_NL,
            "Voor medewerkers scheelt het werk. Voor de bibliotheek zelf: de uitleentijd gaat "
            "van 5 naar 2 minuten.",
        ),
        (
            "en",
            LIBRARY_EN,
            "For staff it saves work. For the library itself: lending goes from 5 to 2 minutes.",
        ),
    ],
)
def test_an_effect_on_the_organisation_itself_makes_no_new_actor(
    conductor: Conductor, language: str, turns: list[str], words: str
) -> None:
    session = converse(conductor, language, [*turns, words])
    assert len(session.actors) == 4
    last = session.effects[-1]
    assert "2 min" in last.text and last.direction == "positive"


@pytest.mark.parametrize(
    ("language", "turns", "told", "back"),
    [
        (
            "nl",
            LIBRARY_NL,
            "Voor de medewerkers scheelt het veel werk. En het kan zich verspreiden: mensen gaan "
            "dan ook in andere filialen zelf scannen.",
            "Wacht, dat van het verspreiden neem ik terug, er is geen bewijs voor. Haal maar weg.",
        ),
        (
            "en",
            LIBRARY_EN,
            "For staff it saves a lot of work. Queues at the desk get shorter.",
            "wait, I take back the bit about the queues, the desk closes anyway. remove it please",
        ),
    ],
)
def test_a_bare_remove_after_an_effect_taken_back_is_part_of_it(
    conductor: Conductor, language: str, turns: list[str], told: str, back: str
) -> None:
    session = converse(conductor, language, [*turns, told])
    session.transcript.append(Turn(role="user", text=back, step=session.step))
    reply = conductor.plan(session, back).draft.text
    assert len(session.effects) == 1
    assert "verwerkt" not in reply and "not recorded" not in reply.lower()


def test_the_people_at_the_end_of_a_chain_of_effects_are_its_actor(conductor: Conductor) -> None:
    turns = [
        "The regulator wants a scraper that flags misleading offers. Pilot this year.",
        "consumers, suppliers, investigators",
        "Some suppliers say they will stop offering cheap contracts, which in the end hurts "
        "consumers too.",
    ]
    effects = _effects(conductor, "en", turns)
    assert [(d, a) for t, d, a in effects if "cheap contracts" in t] == [("negative", "Consumers")]
