"""Among the options, a reply that points at what is there or closes names no measure ("keep all
of them", "yes, that's the list", "ja, doe die laatste er ook bij", "klaar denk ik", "at least
one of each kind"), and a lead "add:"/"voeg toe:" is no part of the measure after it; a question
to the assistant for one more ("anything you'd add on the design side?", "heb jij er nog een
voor de menselijke kant?") asks for proposals of that kind, also after options given at the
values step; "doe die laatste er ook bij" and "Good. Keep all of them, and add: ..." take
proposals over; "wat vind jij van ...?" proposes
a measure; a flag in what the system makes is design; a rule on what the output counts for
("nooit als enige bewijs", "not based on the counts alone") is environment (guided mode;
sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.extraction import option_kind
from assistant.method.reading.reader import Reader
from assistant.method.reading.references import agreeing_lead, proposal_reference


def read(reader: Reader, text: str, language: str):
    session = reading_session(Step.OPTIONS, language, "Sensoren in de sporthal", ("Sporters",))
    return reader.read(text, session)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Yes, that's the list. Done.", "en"),
        ("Keep all of them.", "en"),
        ("I'd like at least one of each kind.", "en"),
        ("Ja, doe die laatste er ook bij. Klaar denk ik.", "nl"),
        ("Ja, die neem ik er ook bij.", "nl"),
        ("Houd ze allemaal, dat is genoeg voor nu.", "nl"),
    ],
)
def test_a_reply_that_points_or_closes_is_no_option(reader: Reader, text: str, language: str):
    assert not read(reader, text, language).options


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("Keep all of them, and add: the coach can switch the sensors off for a match.", "en",
         "The coach"),
        ("Houd ze allemaal, en voeg toe: sporters zien zelf welke gegevens er zijn.", "nl",
         "Sporters"),
    ],
)  # fmt: skip
def test_the_measure_after_a_pointing_reply_is_read_without_its_lead(
    reader: Reader, text: str, language: str, start: str
) -> None:
    found = read(reader, text, language).options
    assert len(found) == 1 and found[0].text.startswith(start)


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Anything you'd add on the design side?", "en", "design"),
        ("Heb jij er nog een voor de menselijke kant?", "nl", "human"),
        ("Do you have one for the rules and agreements?", "en", "environment"),
    ],
)
def test_asking_the_assistant_for_one_more_asks_for_proposals(
    reader: Reader, text: str, language: str, kind: str
) -> None:
    reading = read(reader, text, language)
    assert not reading.options
    assert [(q.step, q.propose, q.kind) for q in reading.questions] == [(Step.OPTIONS, True, kind)]


def test_what_do_you_think_of_a_measure_proposes_it(reader: Reader) -> None:
    found = read(reader, "Wat vind jij van een sensor die alleen tellingen bewaart?", "nl").options
    assert len(found) == 1 and found[0].kind == "design"


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Opties die ik zelf bedenk: de sensor alleen tellingen laten bewaren, en een bord bij de "
         "ingang. Heb jij er nog een voor de menselijke kant?", "nl", "human"),
        ("Options I have: the sensor keeps counts only, and a sign at the entrance. Anything "
         "you'd add on the human side?", "en", "human"),
    ],
)  # fmt: skip
def test_asking_for_one_more_after_options_given_at_the_values_step(
    reader: Reader, text: str, language: str, kind: str
) -> None:
    session = reading_session(Step.VALUES, language, "Sensoren in de sporthal", ("Sporters",))
    reading = reader.read(text, session)
    assert len(reading.options) == 2
    assert [(q.step, q.kind) for q in reading.questions] == [(Step.OPTIONS, kind)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ja, doe die laatste er ook bij.", [-1]),
        ("Ja, die neem ik er ook bij.", []),
        ("Fine, add it.", []),
    ],
)
def test_taking_a_proposal_over_with_er_ook_bij(text: str, expected: list[int]) -> None:
    assert proposal_reference(text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A flag in the transcript wherever the engine is unsure", "design"),
        ("Een markering in het verslag waar de software twijfelt", "design"),
        ("Staff can flag concerns to a mentor", "human"),
    ],
)
def test_a_flag_in_what_the_system_makes_is_design(text: str, kind: str) -> None:
    assert option_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "De sensor nooit als enige bewijs voor een schorsing",
        "The sensor is never the sole evidence for a ban",
        "Coach bonuses not based on sensor counts alone",
    ],
)
def test_a_rule_on_what_the_output_counts_for_is_environment(text: str) -> None:
    assert option_kind(text) == "environment"


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Good. Keep all of them, and add: the coach can switch the sensors off.",
         "add: the coach can switch the sensors off."),
        ("Goed. Houd ze allemaal, en voeg toe: sporters zien zelf hun gegevens.",
         "voeg toe: sporters zien zelf hun gegevens."),
    ],
)  # fmt: skip
def test_agreeing_then_keeping_all_proposals_takes_them_and_reads_on(text: str, rest: str) -> None:
    assert agreeing_lead(text) == ([], text.split(". ", 1)[1].split(",")[0], rest)
