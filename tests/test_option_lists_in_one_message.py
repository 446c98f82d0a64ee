"""Several handling options in one message (Dutch and English; sentences written for these
tests): a lead that announces the speaker's own addition or plan ("zelf wil ik nog toevoegen
dat", "add one from me", "dan doen we dit:") is no option and no part of one, full clauses in a
list after commas are options of their own, a short part that points back ("en die publiceren
we") stays with its measure, and a label such as "Mogelijkheden:" or "for options I think of"
makes the rest of the line options, also where another step is asked."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.extraction import extract_options
from assistant.method.reading.reader import Reader


def texts(text: str) -> list[str]:
    return [d.text for d in extract_options(text, "design")]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("akkoord, en zelf wil ik nog toevoegen dat de cliëntenraad meebeslist over de "
         "bewaartermijn", "De cliëntenraad meebeslist over de bewaartermijn"),
        ("ik wil er nog iets aan toevoegen: de chauffeurs krijgen een cursus",
         "De chauffeurs krijgen een cursus"),
        ("and add one from me, location data is deleted after every shift",
         "Location data is deleted after every shift"),
        ("I'd add that the wardens get a short course on the new screens",
         "The wardens get a short course on the new screens"),
        ("one more of my own: the residents' association has a say in the settings",
         "The residents' association has a say in the settings"),
    ],
)  # fmt: skip
def test_a_lead_that_announces_an_addition_is_no_part_of_the_option(
    text: str, measure: str
) -> None:
    assert texts(text) == [measure]


@pytest.mark.parametrize(
    ("text", "count", "second"),
    [
        ("dan doen we dit: de kaart toont bij elke melding de bron, lastige meldingen gaan "
         "altijd naar een inspecteur, in de brief komt een zin over hoe de score tot stand kwam, "
         "en de inspecteurs krijgen een cursus", 4, "Lastige meldingen gaan altijd naar een "
         "inspecteur"),
        ("here's what we'll do: the map shows the source of every report, odd reports always "
         "go to an inspector, the letter gets a line on how the score came about, and "
         "inspectors get a course", 4, "Odd reports always go to an inspector"),
    ],
)  # fmt: skip
def test_full_clauses_in_a_list_after_commas_are_options_of_their_own(
    text: str, count: int, second: str
) -> None:
    found = texts(text)
    assert len(found) == count
    assert found[1] == second
    assert not found[0].lower().startswith(("dan doen", "here"))


@pytest.mark.parametrize(
    "text",
    [
        "elk jaar een toets door een externe partij, en die publiceren we",
        "a yearly audit by an outside firm, and that we publish too",
    ],
)
def test_a_short_part_that_points_back_stays_with_its_measure(text: str) -> None:
    assert len(texts(text)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mogelijkheden: geen leeftijd of woonwijk als kenmerk in het model; elk jaar een "
         "toets door een externe partij; de medewerkers krijgen een training over "
         "vooroordelen.", "nl"),
        ("Possibilities: no age or district as a feature in the model; a yearly check by an "
         "outside party; the staff get a training on bias.", "en"),
    ],
)  # fmt: skip
def test_a_possibilities_label_makes_the_rest_of_the_line_options(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.VALUES, language, "Een risicomodel", ("Aanvragers",))
    found = reader.read(text, session).options
    assert len(found) == 3
    assert found[0].kind == "design" and found[1].kind == "environment"
    assert found[2].kind == "human"
    assert not found[0].text.lower().startswith(("mogelijkheden", "possibilities"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Voor opties denk ik aan een vaste maximale wachttijd voor iedereen, een openbaar "
         "dashboard met de regels en een training voor de verkeerskundigen.", "nl"),
        ("For options I think of a fixed maximum waiting time for everyone, a public dashboard "
         "of the rules, and training for the traffic engineers.", "en"),
    ],
)  # fmt: skip
def test_options_announced_in_a_long_first_message_are_read_as_options(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.CASE, language, "", ())
    found = reader.read(text, session).options
    assert [o.kind for o in found] == ["design", "design", "human"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Onze roadmap-ideeën: de bot linkt bij elk antwoord naar de officiële regel; een "
         "vermelding in het algoritmeregister.", "nl"),
        ("Our roadmap-ideas: the bot links every answer to the official rule; an entry in the "
         "algorithm register.", "en"),
    ],
)  # fmt: skip
def test_a_label_with_a_compound_in_front_of_ideas_makes_options(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een chatbot", ("Aanvragers",))
    found = reader.read(text, session).options
    assert [o.kind for o in found] == ["design", "environment"]
    assert not found[0].text.lower().startswith(("onze", "our"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Het advies komt te snel. Zelf dacht ik al dat we in het bestek moeten zetten dat de "
            "leverancier uitlegt hoe het advies tot stand komt.",
            "nl",
        ),
    ],
)
def test_a_proposal_told_as_an_earlier_thought_among_effects_is_an_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een verwijsadvies", ("Consulenten",))
    found = reader.read(text, session).options
    assert [o.kind for o in found] == ["environment"]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("de meetgegevens blijven van de provincie, vastleggen in de overeenkomst",
         "De meetgegevens blijven van de provincie, vastleggen in de overeenkomst"),
        ("the recordings stay with the council, written into the contract with the vendor",
         "The recordings stay with the council, written into the contract with the vendor"),
    ],
)  # fmt: skip
def test_where_a_measure_is_laid_down_stays_with_it_and_makes_it_environment(
    text: str, measure: str
) -> None:
    found = extract_options(text, "design")
    assert [(d.kind, d.text) for d in found] == [("environment", measure)]
