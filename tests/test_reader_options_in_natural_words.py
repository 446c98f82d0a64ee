"""Handling options in the words people use (Dutch and English; sentences written for these
tests): the kind follows what the measure acts on (agreements, procurement, oversight, procedures
and participation are the environment), wishes and questions that propose a measure are options,
measures named while effects are told are kept, and remarks, case facts and questions are not."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader


def at(step: Step, language: str = "nl") -> Session:
    technology = "Een app die meldingen over losliggende stoeptegels sorteert"
    return reading_session(step, language, technology, ("Wegbeheerders", "Bewoners", "Aannemers"))


def kinds(reader: Reader, text: str, step: Step = Step.OPTIONS, language: str = "nl") -> list[str]:
    return [o.kind for o in reader.read(text, at(step, language)).options]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("In de aanbesteding een clausule opnemen dat de meldingen van ons blijven.", "nl"),
        ("Een convenant met de aannemers over hoe snel ze herstellen.", "nl"),
        ("De rekenkamer kijkt elk jaar of de sortering klopt.", "nl"),
        ("Een privacy officer die bij elke nieuwe versie meekijkt.", "nl"),
        ("Een klankbordgroep van bewoners die twee keer per jaar meepraat.", "nl"),
        ("Een stopmoment na negen maanden waarop het college beslist.", "nl"),
        ("Een externe toets door een onafhankelijk bureau.", "nl"),
        ("Bewaartermijnen vastleggen in de verwerkersovereenkomst.", "nl"),
        ("Een inspraakavond in elke wijk voordat het live gaat.", "nl"),
        ("Put a clause in the tender that the repair data stays with us.", "en"),
        ("Sign a covenant with the contractors on repair times.", "en"),
        ("The data protection officer signs off on every new version.", "en"),
        ("A sunset date after which the trial ends unless the council renews it.", "en"),
        ("Hold a public meeting in each district before it goes live.", "en"),
        ("Make one manager accountable for the sorting rules.", "en"),
        ("Tell residents by letter how their reports are sorted.", "en"),
        ("An appeals procedure for residents whose report is closed.", "en"),
    ],
)
def test_agreements_oversight_and_procedures_are_options_about_the_environment(
    reader: Reader, text: str, language: str
) -> None:
    assert kinds(reader, text, language=language) == ["environment"]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Zouden we niet gewoon een proefperiode van een half jaar kunnen doen?", "nl",
         "environment"),
        ("Zouden we de foto's niet na een maand automatisch kunnen wissen?", "nl", "design"),
        ("Misschien moeten de wegbeheerders eerst een cursus krijgen.", "nl", "human"),
        ("Het zou helpen als de app laat zien waarom een melding laag staat.", "nl", "design"),
        ("What if we published the sorting rules on the website?", "en", "environment"),
        ("Maybe the road inspectors should get some training first.", "en", "human"),
        ("It would help if the app showed why a report ranks low.", "en", "design"),
    ],
)  # fmt: skip
def test_a_wish_or_a_question_that_proposes_a_measure_is_an_option(
    reader: Reader, text: str, language: str, kind: str
) -> None:
    assert kinds(reader, text, language=language) == [kind]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Er moet een onafhankelijk meldpunt komen voor wie het oneens is.", "nl",
         "environment"),
        ("Een clausule in het contract dat de aannemer de data niet doorverkoopt.", "nl",
         "environment"),
        ("Zouden we de foto's niet na een maand automatisch kunnen wissen?", "nl", "design"),
        ("Misschien moeten de wegbeheerders eerst een cursus krijgen.", "nl", "human"),
        ("A clause in the tender that the supplier may not reuse the reports.", "en",
         "environment"),
        ("Report to the council every six months on what was repaired.", "en", "environment"),
    ],
)  # fmt: skip
def test_a_measure_named_while_effects_are_told_is_kept_as_an_option(
    reader: Reader, text: str, language: str, kind: str
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language))
    assert [o.kind for o in reading.options] == [kind]
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Dat scheelt de wegbeheerders veel tijd.", "nl"),
        ("Goed idee.", "nl"),
        ("We hebben al een contract met de aannemers tot 2028.", "nl"),
        ("Wat bedoel je precies met omgeving?", "nl"),
        ("That saves the road inspectors a lot of time.", "en"),
        ("There is already a complaints procedure at the municipality.", "en"),
        ("What do you mean by environment?", "en"),
    ],
)
def test_remarks_case_facts_and_questions_among_options_are_no_options(
    reader: Reader, text: str, language: str
) -> None:
    assert kinds(reader, text, language=language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bewoners krijgen sneller antwoord op hun melding.", "nl"),
        ("Aannemers mogen de volgorde niet meer zelf kiezen.", "nl"),
        ("Bewoners zouden zich zorgen kunnen maken over hun foto's.", "nl"),
        ("Misschien voelen aannemers zich gecontroleerd door de app.", "nl"),
        ("Maybe residents feel ignored when the app ranks them low.", "en"),
    ],
)
def test_an_effect_told_among_effects_stays_an_effect(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language))
    assert not reading.options
    assert reading.effects


def test_a_correction_of_an_option_with_a_fact_in_it_is_still_an_option(reader: Reader) -> None:
    text = (
        "Eigenlijk toch liever de bezwaarprocedure, niet een nieuw loket; die staat al in de wet."
    )
    assert kinds(reader, text) == ["environment"]


def test_people_told_about_a_measure_do_not_make_it_an_option_about_people(
    reader: Reader,
) -> None:
    assert kinds(reader, "Informeer bewoners per brief over de nieuwe app.") == ["environment"]
    assert kinds(reader, "Laat wegbeheerders elke maand samen twijfelgevallen bespreken.") == [
        "human"
    ]


@pytest.mark.parametrize(
    ("text", "language", "effect", "option"),
    [
        ("Bewoners ergeren zich aan trage reacties, dus er moet een vast meldpunt komen.", "nl",
         "Bewoners ergeren zich aan trage reacties", "environment"),
        ("Road inspectors lose time; maybe we should switch the sorting off at night.", "en",
         "Road inspectors lose time", "design"),
    ],
)  # fmt: skip
def test_a_measure_after_an_effect_in_one_sentence_is_read_apart(
    reader: Reader, text: str, language: str, effect: str, option: str
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language))
    assert [e.text for e in reading.effects] == [effect]
    assert [o.kind for o in reading.options] == [option]


def test_measures_listed_after_commas_are_options_of_their_own(reader: Reader) -> None:
    text = (
        "Measures: show the reason for each ranking, an external audit every year, "
        "and inspectors get a refresher course."
    )
    assert kinds(reader, text, language="en") == ["design", "environment", "human"]


def test_what_people_receive_decides_the_kind(reader: Reader) -> None:
    assert kinds(reader, "Bewoners krijgen een brief voordat de proef begint.") == ["environment"]
    assert kinds(reader, "Wegbeheerders krijgen een opfriscursus.") == ["human"]
    assert kinds(reader, "Aannemers zouden een training moeten krijgen.", Step.EFFECTS) == ["human"]


def test_deleting_data_as_a_measure_is_an_option_and_not_an_edit(reader: Reader) -> None:
    for text, language in (
        ("Wis de foto's na twee dagen.", "nl"),
        ("Delete the photos after two days.", "en"),
        ("Drop the postcode field from the model.", "en"),
    ):
        reading = reader.read(text, at(Step.OPTIONS, language))
        assert reading.intent is None or reading.intent.kind != "remove"
        assert [o.kind for o in reading.options] == ["design"]
    edit = reader.read("schrap de aannemers", at(Step.OPTIONS))
    assert edit.intent is not None and edit.intent.kind == "remove"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De sensoren sturen alleen tellingen per uur door.", "nl"),
        ("Camera's draaien alleen overdag.", "nl"),
        ("The sensors only keep counts per hour.", "en"),
    ],
)
def test_systems_in_the_plural_act_in_an_option_about_design(
    reader: Reader, text: str, language: str
) -> None:
    assert kinds(reader, text, language=language) == ["design"]


def test_measures_told_with_the_case_in_one_message_are_options(reader: Reader) -> None:
    session = Session(language="nl")
    session.step = Step.CASE
    text = (
        "Bij de gemeente Deventer gebruiken we sinds mei een app die meldingen over kapotte "
        "stoeptegels sorteert. Nadeel: meldingen uit sommige wijken blijven liggen, dus er zou "
        "een onafhankelijke toets op de sortering moeten komen. Verder denk ik aan een convenant "
        "met de aannemers. De app mag geen wijknamen meer gebruiken."
    )
    reading = reader.read(text, session)
    assert [o.kind for o in reading.options] == ["environment", "environment", "design"]
    assert [e.text for e in reading.effects] == ["Meldingen uit sommige wijken blijven liggen"]


@pytest.mark.parametrize(
    ("text", "language", "kind"),
    [
        ("Kunnen aannemers niet gewoon zelf een foto van het herstel sturen?", "nl", "human"),
        ("Could the app say clearly why a report waits?", "en", "design"),
        ("Kunnen we niet elk halfjaar aan de directie laten zien wat er is hersteld?", "nl",
         "environment"),
    ],
)  # fmt: skip
def test_a_question_whether_someone_could_do_something_proposes_it(
    reader: Reader, text: str, language: str, kind: str
) -> None:
    assert kinds(reader, text, language=language) == [kind]
