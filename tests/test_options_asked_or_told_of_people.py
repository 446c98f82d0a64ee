"""Measures told in ways that read like effects or talk (Dutch and English; sentences written
for these tests): a measure asked as a question about people or about what there should be
("can the stewards get ...?", "moet er een ...?"), what people have to do for others or learn
("the landlords have to send ...", "de conciërges moeten leren ..."), an instruction or course
people get, one more measure after a plus, a lead with a remark or a wish before a colon, and
talk about going on with the options that names no measure."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading


def _read(reader: Reader, text: str, language: str, step: Step = Step.OPTIONS) -> Reading:
    session = reading_session(step, language, "Een camera bij de fietsenstalling")
    return reader.read(text, session)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Can the stewards get a short course on calming people down?", "en"),
        ("Should there be a notice at the entrance saying the cameras are on?", "en"),
        ("Kunnen de wijkagenten vaker langs voor een praatje met de jongeren?", "nl"),
        ("Zou t kunnen dat de app alleen een telling per uur bewaart?", "nl"),
    ],
)
def test_a_measure_asked_about_people_or_what_there_should_be_is_an_option(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    assert reading.effects == []
    assert len(reading.options) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("And can the caretakers get a training on the new alarm?", "en"),
        ("En kunnen de conciërges een training krijgen over het nieuwe alarm?", "nl"),
    ],
)
def test_a_measure_asked_about_people_where_values_are_asked_is_an_option(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, Step.VALUES)
    assert reading.effects == []
    assert [o.kind for o in reading.options] == ["human"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The landlords have to send their tenants a note on what is measured.", "en"),
        ("The wardens get a clear instruction on when to step in.", "en"),
        ("De conciërges moeten leren de meldingen uit te leggen aan ouders.", "nl"),
        ("De verhuurders moeten hun huurders een brief sturen over de meting.", "nl"),
    ],
)
def test_what_people_have_to_do_or_get_taught_is_an_option(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    assert reading.effects == []
    assert len(reading.options) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The wardens lose a lot of time on false alarms.", "en"),
        ("De conciërges moeten langer blijven door de meldingen.", "nl"),
    ],
)
def test_what_happens_to_people_stays_no_duty(reader: Reader, text: str, language: str) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    assert reading.options == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("maybe a filter for the faces? + a short course for the new guards", "en"),
        ("misschien een filter voor de gezichten? + een korte cursus voor nieuwe bewakers", "nl"),
    ],
)
def test_a_plus_before_a_measure_among_options_is_one_more_option(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    assert reading.effects == []
    texts = [o.text for o in reading.options]
    assert len(texts) == 2 and not texts[1].startswith("+")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Options, as I would write them down for the board: could the camera skip the "
         "footpath?", "en"),
        ("Opties, zoals ik ze aan de directie zou geven: kan de camera het voetpad overslaan?",
         "nl"),
        ("would like: footage kept for one day only, not a week.", "en"),
        ("zou graag willen: beelden maar één dag bewaren, geen week.", "nl"),
    ],
)  # fmt: skip
def test_a_lead_with_a_remark_or_a_wish_before_a_colon_leaves_the_measure(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    texts = [o.text.lower() for o in reading.options]
    assert len(texts) == 1
    assert not texts[0].startswith(("options", "opties", "would", "zou"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wishlist:\n- a filter for faces\n- a course for the guards", "en"),
        ("Verlanglijst:\n- een filter voor gezichten\n- een cursus voor de bewakers", "nl"),
    ],
)
def test_a_wish_list_header_over_measures_holds_options(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, Step.VALUES)
    assert reading.values == []
    assert len(reading.options) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Let's do both then.", "en"),
        ("I've got some.", "en"),
        ("Yours first.", "en"),
        ("Stel maar iets voor.", "nl"),
        ("Dan ben ik voor nu klaar.", "nl"),
        ("geef maar een lijst met opties, per soort", "nl"),
        ("I have a few myself, but I'd like yours first.", "en"),
        ("Ik heb er zelf een paar, maar eerst de jouwe.", "nl"),
    ],
)
def test_talk_about_going_on_with_options_is_no_option(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    assert reading.options == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Should there be a notice at the gate, or would that scare people off?", "en"),
        ("Moet er een bordje bij het hek komen, of is dat te veel?", "nl"),
    ],
)
def test_a_doubt_after_an_asked_measure_is_no_option_of_its_own(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    assert len(reading.options) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("If the camera fails twice a week, the supplier has to replace it for free.", "en"),
        ("Als de camera twee keer per week uitvalt, moet de leverancier hem gratis vervangen.",
         "nl"),
    ],
)  # fmt: skip
def test_a_condition_stays_with_its_measure(reader: Reader, text: str, language: str) -> None:
    reading = _read(reader, text, language)
    assert len(reading.options) == 1
    assert reading.options[0].kind == "environment"


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("a house rule that every flag is discussed with the guard on duty", "en", "environment"),
        ("een afspraak dat elke melding met de dienstdoende bewaker besproken wordt", "nl",
         "environment"),
        ("Keep a human reviewer on every flag for the first year.", "en", "human"),
        ("een toolbox-meeting met de bewakers over wat de camera ziet", "nl", "human"),
    ],
)  # fmt: skip
def test_kinds_of_rules_reviewers_and_toolbox_talks(
    reader: Reader, text: str, language: str, kind: str
) -> None:
    reading = _read(reader, text, language)
    assert [o.kind for o in reading.options] == [kind]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("geef maar een lijstje met opties, per soort", "nl"),
        ("give me a list of options per kind", "en"),
    ],
)
def test_a_list_of_options_per_kind_asked_for_is_a_request(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    asked = reading.questions
    assert reading.options == []
    assert len(asked) == 1 and asked[0].propose and asked[0].per_kind


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In het verslag stonden ook actiepunten, die wil ik als opties:\n- een filter voor "
         "gezichten", "nl"),
        ("The minutes also had action points, I want those as options:\n- a filter for faces",
         "en"),
    ],
)  # fmt: skip
def test_a_pointer_to_pasted_action_points_is_no_option_itself(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    texts = [o.text.lower() for o in reading.options]
    assert len(texts) == 1 and "filter" in texts[0]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("De balie houdt een papieren formulier bij voor wie geen app heeft", "nl",
         "environment"),
        ("The library keeps a paper form for people without the app", "en", "environment"),
        ("De afdeling zet de spelregels op de gemeentesite", "nl", "environment"),
        ("De school regelt dat ouders bezwaar kunnen maken bij de mentor", "nl", "human"),
        ("Een gemiste scan telt niet mee als je aantoonbaar ziek was", "nl", "design"),
        ("A missed scan does not count when you were ill", "en", "design"),
    ],
)  # fmt: skip
def test_kinds_of_paper_ways_council_sites_objecting_and_what_counts(
    reader: Reader, text: str, language: str, kind: str
) -> None:
    reading = _read(reader, text, language)
    assert [o.kind for o in reading.options] == [kind]
