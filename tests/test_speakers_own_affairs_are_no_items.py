"""What the speaker says of their own working day beside the case is no actor, effect or
option: what their own boss wants, a call or a distraction, a colleague's other project, the
speaker's other work, a remark on the tool or the session; and a law or an earlier decision
mentioned in passing among the effects is no effect. What is said of the case beside it is
still read."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.noise import own_affairs, strip_noise
from assistant.method.reading.reader import Reader

TEAM_NL = ("Bewoners", "Handhavers")
TEAM_EN = ("Residents", "Wardens")


def _read(reader: Reader, text: str, language: str, step: Step = Step.EFFECTS):  # type: ignore[no-untyped-def]
    team = TEAM_NL if language == "nl" else TEAM_EN
    technology = "een scanauto" if language == "nl" else "a scan car"
    return read_in(reader, text, team, language, technology, step)


@pytest.mark.parametrize(
    "text",
    [
        "Tussendoor: mijn leidinggevende is er heel blij mee en wil het liefst morgen al kopen.",
        "Onze teamleider wil dit voor de zomervakantie in de stuurgroep hebben.",
        "Sorry, ik werd even gebeld. Waar waren we gebleven?",
        "Een collega van mij kijkt ook naar slimme lantaarnpalen.",
        "Jullie tool toont mijn opsomming trouwens helemaal verkeerd.",
        "Wordt dit gesprek ergens opgeslagen?",
    ],
)
def test_own_affairs_nl_are_no_effect_and_no_actor(message_reader: Reader, text: str) -> None:
    reading = _read(message_reader, text, "nl")
    assert told(reading) == []
    assert reading.actors == []


@pytest.mark.parametrize(
    "text",
    [
        "By the way, my boss wants this wrapped up before the board meeting.",
        "Sorry, got pulled into a call with my team lead. Where was I?",
        "Apologies, I was distracted, my director just emailed asking for the budget again.",
        "A colleague of mine is working on smart parking sensors.",
        "Your assistant shows my bullets on one line, btw.",
        "Is this chat stored anywhere?",
    ],
)
def test_own_affairs_en_are_no_effect_and_no_actor(message_reader: Reader, text: str) -> None:
    reading = _read(message_reader, text, "en")
    assert told(reading) == []
    assert reading.actors == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mooi, dank je, dit stuur ik door naar de ondernemingsraad.", "nl"),
        ("We hebben ook nog een proef met slimme vuilcontainers lopen.", "nl"),
        ("Thanks! I'll forward this to the steering group.", "en"),
        ("We also have a chatbot pilot running.", "en"),
    ],
)
def test_the_speakers_other_work_is_no_option(
    message_reader: Reader, text: str, language: str
) -> None:
    assert _read(message_reader, text, language, Step.OPTIONS).options == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Het college heeft in 2022 besloten dat de handhavingskosten omlaag moeten.", "nl"),
        ("Dat moet omdat de raad vorig jaar heeft besloten dat we minder inzetten.", "nl"),
        ("Wardens may refuse, they have a right to object under the Working Conditions Act.", "en"),
        ("The environmental decree says we must monitor the area, not how.", "en"),
    ],
)
def test_a_law_or_decision_in_passing_is_no_effect(
    message_reader: Reader, text: str, language: str
) -> None:
    assert told(_read(message_reader, text, language)) == []


def test_an_effect_beside_the_bosss_wish_is_still_read_nl(message_reader: Reader) -> None:
    found = told(
        _read(
            message_reader,
            "Bewoners krijgen minder boetes. Mijn manager is er trouwens erg enthousiast over.",
            "nl",
        )
    )
    assert found == [("Bewoners krijgen minder boetes", "positive", "Bewoners")]


def test_a_measure_beside_thanks_is_still_an_option_en(message_reader: Reader) -> None:
    reading = _read(
        message_reader,
        "Wardens get a training in talking to residents. Thanks, I'll pass this on to my team.",
        "en",
        Step.OPTIONS,
    )
    assert [o.text for o in reading.options] == ["Wardens get a training in talking to residents"]


@pytest.mark.parametrize(
    "text",
    [
        "My manager thinks residents will feel watched.",
        "Mijn teamleider vindt dat de handhavers te veel tijd kwijt zijn aan papierwerk.",
        "We sturen de melding door naar de politie.",
        "The app shows residents their own scans.",
    ],
)
def test_what_a_boss_thinks_of_the_case_or_a_measure_is_not_an_aside(text: str) -> None:
    assert not own_affairs(text)


def test_the_aside_is_said_to_be_left_out() -> None:
    kept, ignored = strip_noise(
        "Handhavers zijn minder tijd kwijt. Onze directeur wil dit trouwens voor de kerst af."
    )
    assert kept == "Handhavers zijn minder tijd kwijt."
    assert ignored == ["Onze directeur wil dit trouwens voor de kerst af"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "- de uren die de scanauto oplevert worden ingeroosterd voor gesprekken met "
            "bewoners, niet wegbezuinigd",
            "nl",
        ),
        (
            "The hours the scan car saves are rostered for talks with residents, not cut from "
            "the budget.",
            "en",
        ),
    ],
)
def test_staff_time_planned_in_the_roster_is_an_environment_option(
    message_reader: Reader, text: str, language: str
) -> None:
    kinds = [o.kind for o in _read(message_reader, text, language, Step.OPTIONS).options]
    assert kinds == ["environment"]
