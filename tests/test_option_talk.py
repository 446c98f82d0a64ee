"""Talk about options that names no measure (Dutch and English; sentences written for these
tests): a lead before a dash or colon ("nog een kleinigheid - ...", "a tech thing - ...") is no
option, and a kind it names is the kind of the measure after it; a remark on a kind ("that's a
policy thing I suppose"), a pointer to options told elsewhere ("the actions from the meeting are
our options"), a closing remark ("rond maar af") or a short comment on the measure before ("dat
scheelt een hoop") is no option either; a measure after "in plaats van" stays one measure."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.extraction import extract_options, option_talk
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nog een kleine aanvulling - de roosters een week vooraf delen met het team", None),
        ("One more thing - send the weekly counts to the works council", None),
        ("En een ontwerp-ding - het scherm toont alleen de eigen ritten", "design"),
        ("And a human thing - drivers practise the manual override once a month", "human"),
        ("On the environment side: a covenant with the bus company about the footage", None),
    ],
)
def test_a_lead_about_options_is_no_option(text: str, kind: str | None) -> None:
    drafts = extract_options(text, "design")
    assert len(drafts) == 1
    first = drafts[0].text.lower()
    assert not first.startswith(("nog", "one", "en een", "and a", "on the"))
    if kind is not None:
        assert drafts[0].kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Dat is een contract-ding denk ik",
        "that's a policy thing I suppose",
        "De acties uit de vergadering zijn meteen onze opties",
        "the actions from the meeting are our options",
        "ok, rond maar af",
        "otherwise you can wrap up",
        "is dat ontwerp of omgeving?",
    ],
)
def test_talk_about_options_names_no_measure(text: str) -> None:
    assert option_talk(text)[0]
    assert extract_options(text, "design") == []


@pytest.mark.parametrize(
    "text",
    ["Een scherm bij de balie", "Drivers practise the override", "Meer uitleg in de brief"],
)
def test_a_measure_is_no_talk(text: str) -> None:
    assert not option_talk(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Laat de app alleen tellingen bewaren. Dat scheelt een hoop.",
        "Keep only the counts in the app. That would help a lot.",
    ],
)
def test_a_short_comment_on_the_measure_before_is_no_option(text: str) -> None:
    assert len(extract_options(text, "design")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "De teamleiders maken zelf de planning, in plaats van het systeem",
        "Team leaders make the roster themselves, instead of the system",
    ],
)
def test_what_a_measure_does_instead_is_part_of_it(text: str) -> None:
    drafts = extract_options(text, "design")
    assert len(drafts) == 1
    assert drafts[0].kind == "human"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("en van de andere soorten: een regel dat er nooit een boete volgt zonder gesprek", "nl"),
        ("and from the other kinds: a rule that no fine follows without a conversation", "en"),
    ],
)
def test_a_lead_about_the_other_kinds_is_read_as_options(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een camera die boetes geeft")
    reading = reader.read(text, session)
    assert reading.effects == []
    assert len(reading.options) == 1
    assert reading.options[0].kind == "environment"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ik vergat nog een effect: de chauffeurs voelen zich bekeken. Ze rijden voorzichtiger "
         "en sommigen willen stoppen.", "nl"),
        ("And I forgot an effect: the drivers feel watched. They drive slower, and some of them "
         "want to quit.", "en"),
    ],
)  # fmt: skip
def test_statements_after_an_effect_among_options_go_on_with_it(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Camera's in de bus", ("chauffeurs",))
    reading = reader.read(text, session)
    assert reading.options == []
    assert len(reading.effects) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De chauffeurs voelen zich bekeken. Een bord bij de remise met uitleg over de camera.",
         "nl"),
        ("The drivers feel watched. A sign at the depot explaining what the camera records.", "en"),
    ],
)  # fmt: skip
def test_a_measure_after_an_effect_among_options_stays_an_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Camera's in de bus", ("chauffeurs",))
    assert len(reader.read(text, session).options) == 1
