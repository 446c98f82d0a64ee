"""Measures said while effects are told are options, not effects: a measure asked as a question
("kunnen we niet gewoon afspreken dat ...?", "can't we just agree that ...?"), going ahead tied
to one condition ("alleen als ... mag het doorgaan", "it should only go live once ..."), a rule
drawn after an effect with "dus"/"so" (the effect stays); among the options, "Mijn ideeën:" over
bullets and "+ X leren de kaart lezen" are measures (Dutch and English; sentences written for
these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

PEOPLE = ("Bewoners", "Medewerkers", "Residents", "Staff")


def _read(reader: Reader, text: str, language: str, step: Step = Step.EFFECTS):  # type: ignore[no-untyped-def]
    session = reading_session(step, language, "Camera's bij de ingang", PEOPLE)
    return reader.read(text, session)


@pytest.mark.parametrize(
    ("text", "language", "effect", "measure"),
    [
        ("Bewoners voelen zich bekeken bij de ingang. Kunnen we niet gewoon afspreken dat de"
         " beelden na een dag worden gewist?", "nl", "bekeken", "beelden na een dag"),
        ("Residents feel watched at the entrance. Can't we just agree that the footage is"
         " deleted after a day?", "en", "watched", "footage is deleted"),
        ("Wat ik hoor: bewoners voelen zich bekeken. Kunnen we de camera's niet gewoon 's nachts"
         " uitzetten?", "nl", "bekeken", "nachts uitzetten"),
    ],
)  # fmt: skip
def test_a_measure_asked_among_effects_is_an_option(
    reader: Reader, text: str, language: str, effect: str, measure: str
) -> None:
    reading = _read(reader, text, language)
    assert [e.text for e in reading.effects if effect in e.text]
    assert not [e.text for e in reading.effects if measure in e.text]
    assert [o.text for o in reading.options if measure in o.text]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Eerste vraag meteen: kunnen we in het contract vastleggen dat de leverancier de"
         " beelden nergens anders voor gebruikt?", "nl"),
        ("First question: could we put in the contract that the supplier uses the footage for"
         " nothing else?", "en"),
    ],
)  # fmt: skip
def test_a_measure_asked_after_a_label_is_an_option(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, Step.CASE)
    assert not reading.effects
    assert [o.text for o in reading.options if "contract" in o.text]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kunnen bewoners dan nog wel gewoon naar binnen als de camera uitvalt?", "nl"),
        ("Can residents still get in when the camera fails?", "en"),
    ],
)  # fmt: skip
def test_a_worry_asked_among_effects_is_no_option(reader: Reader, text: str, language: str) -> None:
    assert not _read(reader, text, language).options


@pytest.mark.parametrize(
    ("text", "language", "condition"),
    [
        ("De medewerkers zijn ongerust. Alleen als de OR instemt met een protocol mag het wat"
         " hen betreft doorgaan.", "nl", "De OR instemt met een protocol"),
        ("Het mag wat mij betreft alleen doorgaan als de beelden na een dag gewist worden.",
         "nl", "De beelden na een dag gewist worden"),
        ("Staff are uneasy. Only if the works council agrees to a protocol can it go ahead.",
         "en", "The works council agrees to a protocol"),
        ("It should only go live once the union has signed off on the camera rules.", "en",
         "The union has signed off on the camera rules"),
    ],
)  # fmt: skip
def test_going_ahead_on_one_condition_records_the_condition_as_an_option(
    reader: Reader, text: str, language: str, condition: str
) -> None:
    reading = _read(reader, text, language)
    assert [o.text for o in reading.options] == [condition]
    assert not [e.text for e in reading.effects if condition.lower() in e.text.lower()]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Alleen als het regent gaat het buurtfeest niet door.", "nl"),
        ("Pas als de wachttijd korter wordt, gaan bewoners het gebruiken.", "nl"),
    ],
)  # fmt: skip
def test_a_condition_that_tells_what_happens_is_no_option(
    reader: Reader, text: str, language: str
) -> None:
    assert not _read(reader, text, language).options


@pytest.mark.parametrize(
    ("text", "language", "effect", "measure"),
    [
        ("Bewoners voelen zich bekeken, dus de camera bij het speelveld moet weg.", "nl",
         "Bewoners voelen zich bekeken", "De camera bij het speelveld moet weg"),
        ("Residents get fined for things they didn't do, so the threshold must go up to ten"
         " seconds.", "en", "Residents get fined for things they didn't do",
         "The threshold must go up to ten seconds"),
    ],
)  # fmt: skip
def test_a_rule_drawn_after_an_effect_is_an_option_and_the_effect_stays(
    reader: Reader, text: str, language: str, effect: str, measure: str
) -> None:
    reading = _read(reader, text, language)
    assert [e.text for e in reading.effects] == [effect]
    assert [o.text for o in reading.options] == [measure]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Medewerkers krijgen minder pauze, dus ze moeten sneller werken.", "nl"),
        ("Staff lose time on forms, so they have to stay late.", "en"),
        ("Bewoners met een leaseauto staan er niet in, dus die moeten elke keer bellen.", "nl"),
        ("Residents with a lease car are not in it, so those have to call every time.", "en"),
    ],
)  # fmt: skip
def test_what_people_must_do_after_an_effect_stays_an_effect(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    assert not reading.options
    assert len(reading.effects) == 1


def test_a_value_with_a_second_value_still_draws_its_measure(reader: Reader) -> None:
    text = (
        "Dat raakt hun privacy en eerlijk gezegd ook hun waardigheid, dus het rapport blijft"
        " binnen het team en gaat niet naar de leidinggevende."
    )
    reading = _read(reader, text, "nl")
    assert not reading.effects
    assert [o.text for o in reading.options if o.text.startswith("Het rapport blijft")]
    assert [v.name for v in reading.values] == ["privacy", "human-dignity"]  # not "eerlijk"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mijn ideeën:\n- verlopen pasjes worden in het overzicht rood gemarkeerd\n"
         "- bewoners krijgen een brief met uitleg", "nl"),
        ("My ideas:\n- expired passes get marked red in the overview\n"
         "- residents get a letter that explains it", "en"),
    ],
)  # fmt: skip
def test_my_ideas_over_bullets_heads_options(reader: Reader, text: str, language: str) -> None:
    reading = _read(reader, text, language, Step.VALUES)
    assert not reading.effects
    assert len(reading.options) == 2


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("+ de conciërges leren de camerabeelden lezen in plaats van alleen op het alarm te"
         " letten", "nl"),
        ("+ the caretakers learn how to read the camera images instead of only the alarm", "en"),
    ],
)  # fmt: skip
def test_people_learning_a_skill_with_a_plus_among_options_is_a_measure(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, Step.OPTIONS)
    assert not reading.effects
    assert [o.kind for o in reading.options] == ["human"]


def test_a_plus_effect_among_options_stays_an_effect(reader: Reader) -> None:
    reading = _read(reader, "+ bewoners voelen zich veiliger 's avonds", "nl", Step.OPTIONS)
    assert not reading.options
    assert [e.direction for e in reading.effects] == ["positive"]


@pytest.mark.parametrize(
    ("text", "language", "effect", "measure"),
    [
        ("Medewerkers raken het overzicht kwijt, maar dat kun je opvangen door een vaste"
         " contactpersoon per team.", "nl", "Medewerkers raken het overzicht kwijt",
         "Een vaste contactpersoon per team"),
        ("Staff lose track of cases, but you can catch that by giving each team a contact"
         " person.", "en", "Staff lose track of cases", "Giving each team a contact person"),
        ("Medewerkers verliezen tijd, tenzij we een vaste contactpersoon per team regelen.", "nl",
         "Medewerkers verliezen tijd", "Een vaste contactpersoon per team regelen"),
        ("Staff lose track of the cases, unless we give every team a fixed contact person.",
         "en", "Staff lose track of the cases", "Give every team a fixed contact person"),
        ("Het is prima voor de bewoners, mits de beelden na een dag gewist worden.", "nl",
         "Het is prima voor de bewoners", "De beelden na een dag gewist worden"),
    ],
)  # fmt: skip
def test_a_measure_inside_an_effect_is_an_option_and_the_effect_stays(
    reader: Reader, text: str, language: str, effect: str, measure: str
) -> None:
    reading = _read(reader, text, language)
    assert [e.text for e in reading.effects] == [effect]
    assert [o.text for o in reading.options] == [measure]


@pytest.mark.parametrize(
    ("text", "language", "measure"),
    [
        ("Het zou al helpen als er een bord bij de ingang hangt.", "nl",
         "Een bord bij de ingang hangt"),
        ("It would already help if there was a sign at the entrance.", "en",
         "A sign at the entrance"),
    ],
)  # fmt: skip
def test_what_would_help_among_effects_is_an_option(
    reader: Reader, text: str, language: str, measure: str
) -> None:
    reading = _read(reader, text, language)
    assert not reading.effects
    assert [o.text for o in reading.options] == [measure]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Bewoners kunnen niet naar binnen, tenzij ze een pasje hebben.", "nl"),
        ("Visitors can't get in unless they have a pass.", "en"),
        ("Medewerkers schrikken, maar dat kun je niet voorkomen.", "nl"),
        ("De schoonmakers doen graag mee, mits de medewerkers er geen extra werk aan hebben.",
         "nl"),
        ("The cleaners are happy to join, provided the staff don't get extra work from it.",
         "en"),
    ],
)  # fmt: skip
def test_a_condition_on_people_or_what_cannot_be_caught_is_no_option(
    reader: Reader, text: str, language: str
) -> None:
    assert not _read(reader, text, language).options


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Voor bewoners is het vervelend: ze voelen zich bekeken. Daarom moet er een bord bij de"
         " ingang komen.", "nl"),
        ("For residents it's annoying: they feel watched. That's why there should be a sign at"
         " the entrance.", "en"),
    ],
)  # fmt: skip
def test_what_should_be_there_drawn_in_a_line_of_effects_is_an_option(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language)
    assert len(reading.effects) == 1
    assert len(reading.options) == 1
