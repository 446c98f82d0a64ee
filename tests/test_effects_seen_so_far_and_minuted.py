"""Effects told while the case is still asked: after a lead of what was seen so far ("What
we've seen so far: ...; ...; but ...", "Ervaringen: ..."), under a numbered header of
observations in pasted minutes, and said by someone present in pasted minutes; with the words
that give those sentences a direction (anger, complaints, not being told), no teller made of a
passive ("applicants are not told that ..."), and no effect from what the model is fed (Dutch
and English, sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader
from assistant.method.reading.segments import sentences
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


def _case_effects(reader: Reader, text: str, language: str) -> list[tuple[str, str]]:
    session = reading_session(Step.CASE, language, "Een app die parkeerplekken toewijst")
    return [(e.direction or "", e.text) for e in reader.read(text, session).effects]


@pytest.mark.parametrize(
    ("text", "language", "directions"),
    [
        ("What we've seen so far, roughly: the bus drivers skip far fewer stops because the "
         "app shows who waits; the planners finally have numbers that hold up; but the taxi "
         "firms are furious, because they lose their evening rides.", "en",
         ["positive", "positive", "negative"]),
        ("Wat we tot nu toe zien: de wijkagenten zijn minder tijd kwijt aan ritten; maar de "
         "buurtbewoners zijn woedend, omdat hun straat nu vol staat.", "nl",
         ["positive", "negative"]),
    ],
)  # fmt: skip
def test_effects_after_a_lead_of_what_was_seen_so_far(
    reader: Reader, text: str, language: str, directions: list[str]
) -> None:
    assert [d for d, _ in _case_effects(reader, text, language)] == directions


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Notes of the project group\n\n2. Observations\n- Wardens handle a complaint in half "
         "the time.\n- Residents are not told that a model picks their street.\n\n"
         "3. Next meeting: 4 May\n", "en"),
        ("Verslag projectgroep\n\n2. Bevindingen\n- Handhavers handelen een klacht in de helft "
         "van de tijd af.\n- Bewoners weten niet dat een model hun straat kiest.\n\n"
         "3. Volgend overleg: 4 mei\n", "nl"),
    ],
)  # fmt: skip
def test_a_numbered_header_of_observations_holds_up_to_the_next_number(
    reader: Reader, text: str, language: str
) -> None:
    read = _case_effects(reader, text, language)
    assert [d for d, _ in read] == ["positive", "negative"]
    assert not any("4" in t for _, t in read)


def test_a_numbered_header_names_its_step_over_the_bullets() -> None:
    found = sentences("1. Status\nIt runs.\n2. Findings\n- Wardens walk less.\n3. Other\n- Cake.")
    headers = {s.text.rstrip("."): s.header for s in found}
    assert headers["Wardens walk less"] == Step.EFFECTS
    assert headers["Cake"] is None


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("Minutes of the working group\nPresent: Mila (chair), Joris (finance), Ruth (IT)\n"
         "1. Status. The app has run in two districts since March.\n"
         "- Joris: saves about 4000 euro per month on parking wardens.\n"
         "- Ruth: the servers run in our own data centre.\n", "en", "saves about 4000 euro"),
        ("Notulen werkoverleg\nAanwezig: Mila (voorzitter), Joris (financiën), Ruth (ICT)\n"
         "1. Stand van zaken. De app draait sinds maart in twee wijken.\n"
         "- Joris: scheelt ongeveer 4000 euro per maand aan handhavers.\n"
         "- Ruth: de servers draaien in ons eigen rekencentrum.\n", "nl", "scheelt ongeveer"),
    ],
)  # fmt: skip
def test_what_someone_present_saw_in_minutes_is_an_effect(
    reader: Reader, text: str, language: str, said: str
) -> None:
    read = _case_effects(reader, text, language)
    assert [d for d, t in read if said in t.lower()] == ["positive"]
    assert not any("server" in t.lower() for _, t in read)


def test_a_line_with_a_direction_in_a_description_without_minutes_stays_the_case(
    reader: Reader,
) -> None:
    text = "Our parking app.\nIt runs in two districts since March.\nIt saves about 4000 euro."
    assert _case_effects(reader, text, "en") == []


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The taxi firms are furious", "negative"),
        ("De buurtbewoners zijn woedend", "negative"),
        ("De balie kreeg klachten van ouders", "negative"),
        ("Residents are not told that a model picks their street", "negative"),
        ("Bezorgers moesten hun ritten afzeggen", "negative"),
        ("Innocent drivers end up in the suspect pile", "negative"),
        ("Now the night staff feel like the odd ones out", "negative"),
        ("De oudere chauffeurs voelen zich een buitenbeentje", "negative"),
    ],
)  # fmt: skip
def test_directions_of_anger_complaints_and_not_being_told(text: str, direction: str) -> None:
    assert clause_direction(text) == direction


def test_a_passive_before_told_names_the_people_not_a_teller(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "en", "A parking app")
    read = reader.read("Residents are not told that a model picks their street.", session)
    assert [e.actor_name for e in read.effects] == ["Residents"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Age is not an input, but postcode is, and that hits poor districts hardest.", "en"),
        ("Leeftijd is geen criterium, maar postcode wel, en dat raakt arme wijken het hardst.",
         "nl"),
    ],
)  # fmt: skip
def test_what_the_model_is_fed_is_no_effect(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.EFFECTS, language, "A parking app")
    read = reader.read(text, session)
    assert len(read.effects) == 1
    assert not read.effects[0].text.lower().startswith(("age", "leeftijd"))
