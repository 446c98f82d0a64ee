"""A clause that counts the measure just said among the options ("...; dat wil ik als maatregel
meenemen", "I'd count that as an option too") names no measure of its own, and the measure it
points back at is an option, also where it is told as a decision already taken (Dutch and
English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.measure_talk import claimed_measure, option_claim
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    "text",
    [
        "dat wil ik als maatregel tegen het wegkijken meenemen",
        "die zie ik als optie voor de privacy",
        "En dat tel ik ook als handelingsoptie",
        "I'd count that as an option too for the fairness part",
        "I regard that as a measure against the long queues",
        "I want that as an option as well because it speaks to trust",
        "that counts as an option, I think",
    ],
)
def test_a_claim_is_no_measure(text: str) -> None:
    assert option_claim(text)


@pytest.mark.parametrize(
    "text",
    [
        "dat wil ik als maatregel: een loket in het stadhuis",
        "Ik zie de wijkagent als een belangrijke partij",
        "We see the option of a helpdesk as too expensive",
        "I'd count the visitors every hour",
    ],
)
def test_a_measure_or_a_lead_is_no_claim(text: str) -> None:
    assert not option_claim(text)


def test_a_claim_after_a_comma_leaves_the_measure_before_it() -> None:
    said = "we already agreed the camera stays off at night, i'd count that as an option too"
    assert claimed_measure(said) == "we already agreed the camera stays off at night"
    assert claimed_measure("the camera stays off at night, which residents like") == ""


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("We hebben al besloten dat elke melding door twee medewerkers wordt bekeken; dat wil ik "
         "als maatregel tegen fouten meenemen.", "nl", "twee medewerkers"),
        ("Het contract zegt al dat de leverancier elk kwartaal de fouten meldt; die zie ik als "
         "optie voor de controle.", "nl", "kwartaal"),
        ("The board already decided that every refusal can be appealed within a month; I see "
         "that as an option for fairness.", "en", "appealed"),
        ("we already decided the fine only comes after a second warning, i'd count that as an "
         "option too", "en", "second warning"),
    ],
)  # fmt: skip
def test_the_decided_measure_is_the_option_and_the_claim_none(
    reader: Reader, text: str, language: str, word: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een meldsysteem", ("medewerkers",))
    reading = reader.read(text, session)
    assert [word in o.text for o in reading.options] == [True]
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We hebben al besloten dat de gegevens na een jaar gewist worden.", "nl"),
        ("The contract already says the buses get new seats next year.", "en"),
    ],
)
def test_a_decision_without_a_claim_stays_as_it_was(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een meldsysteem", ("medewerkers",))
    claimed = reader.read(f"{text} Dat wil ik als optie.", session)
    plain = reader.read(text, session)
    assert len(claimed.options) == 1
    assert len(plain.options) <= 1
