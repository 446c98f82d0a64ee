"""Talk about which kinds of options are covered or still missing (Dutch and English; sentences
written for these tests) is no option: "so we have tech and agreements", "wat nog mist is de
menskant", "nothing yet for the drivers themselves", "the cleaners themselves need something
too". A measure after it, after a colon or in the next sentence, is an option, of the kind said
to be missing. Remarks that only point at a measure ("zet die er ook bij", "the one I left
out") are no option either."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.kind_coverage import kind_coverage, pointer_talk
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Dus we hebben nu vooral techniek en afspraken", None),
        ("So far we've got design and rules", None),
        ("Wat nog mist is de menskant", "human"),
        ("What's still missing is the organisational side", "environment"),
        ("Nog niks voor de schoonmakers zelf", "human"),
        ("hmm what's missing is something for the drivers", None),
        ("De schoonmakers zelf hebben ook iets nodig", "human"),
        ("The cleaners themselves need something too", "human"),
        ("Mist er nog een soort?", None),
        ("Am I missing a kind?", None),
    ],
)
def test_talk_about_covered_or_missing_kinds(text: str, kind: str | None) -> None:
    assert kind_coverage(text) == (True, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Wat nog ontbreekt is een training voor de schoonmakers",
        "What's missing is a rule that footage is deleted after a week",
        "We hebben een meldpunt nodig voor klachten",
        "The drivers get a card with the phone number",
    ],
)
def test_a_measure_is_no_talk_about_kinds(text: str) -> None:
    assert not kind_coverage(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Zet die er ook bij",
        "Put that one in as well",
        "The one I left out",
        "Zet het maar op een rij",
        "Opties die ik zie",
        "Marieke's one, obviously",
        "Het voorstel van Joris neem ik over",
    ],
)
def test_a_pointer_names_no_measure(text: str) -> None:
    assert pointer_talk(text)


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Wat nog ontbreekt is de menskant: de schoonmakers leren de sensor zelf resetten.",
         "nl", "human"),
        ("What's missing is the organisational side: the contract caps how long data is kept.",
         "en", "environment"),
        ("Volgens mij hebben we vooral techniek. Nog niks voor de schoonmakers zelf. Misschien "
         "een vaste collega bij wie ze terechtkunnen?", "nl", "human"),
        ("So we have design and rules. The cleaners themselves need something too. Maybe a "
         "short session on what the sensor sees.", "en", "human"),
    ],
)  # fmt: skip
def test_the_measure_after_the_talk_is_an_option_of_the_missing_kind(
    reader: Reader, text: str, language: str, kind: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Sensoren in de toiletten", ("schoonmakers",))
    reading = reader.read(text, session)
    assert len(reading.options) == 1
    assert reading.options[0].kind == kind
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("We hebben nu techniek en afspraken. Zet die er ook bij.", "nl"),
        ("So I have design and rules. Put that one in as well.", "en"),
    ],
)
def test_talk_and_pointers_alone_are_no_option(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.OPTIONS, language, "Sensoren in de toiletten", ("schoonmakers",))
    reading = reader.read(text, session)
    assert reading.options == []
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("en die ik vergat, hulp voor de bezoekers zelf: een kaart met uitleg bij de ingang", "nl"),
        ("and the one I left out, help for the visitors themselves: a card at the entrance", "en"),
    ],
)
def test_help_for_people_themselves_before_a_colon_makes_it_human(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Camera's in het museum", ("bezoekers",))
    reading = reader.read(text, session)
    assert len(reading.options) == 1
    assert reading.options[0].kind == "human"
    assert reading.options[0].text.lower().startswith(("een kaart", "a card"))
