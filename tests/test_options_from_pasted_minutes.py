"""Options from minutes the user pasted (guided mode; minutes written for these tests): a pointer
to their action points where options are asked ("de actiepunten uit het verslag zijn al opties
toch?", "the options in the minutes (...), all of them") takes over the measures put forward
there: the sentences of a line of action points, a proposal reported ("Bram vraagt of er een
klachtenloket moet komen", "Lena proposes ...") and one asked ("Could we ...?"); minutes labels in
front of a measure ("Afgesproken: ...", "Question from legal: ...") are no part of it, and a lead
that says where the options stand ("Ik heb er al een paar in het verslag van het teamoverleg
staan:") is no option."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step, Turn
from assistant.method.reading.reader import Reader

MINUTES = {
    "nl": (
        "Hieronder het verslag van ons overleg.\n"
        "Verslag projectgroep slimme lantaarnpalen\n"
        "1. Stand: de palen meten sinds mei hoeveel mensen er langslopen.\n"
        "2. Actiepunten: Sanne zoekt uit of de tellingen na een maand weg kunnen. Piet laat een "
        "bordje bij elke paal ophangen.\n"
        "3. Rondvraag: Bram vraagt of er een klachtenloket voor bewoners moet komen.\n"
    ),
    "en": (
        "Below the minutes of our meeting.\n"
        "Minutes project group smart street lights\n"
        "1. Status: the lights count passers-by since May.\n"
        "2. Mo: could we switch off the counting after midnight?\n"
        "3. Lena proposes a sign on every light that explains the counting.\n"
        "4. Action: Tim checks whether the counts can be deleted after a month.\n"
    ),
}
POINTERS = {
    "nl": "De actiepunten uit het verslag zijn eigenlijk al opties toch?",
    "en": "The options in the minutes (switching off, the sign, deleting), all of them.",
}
EXPECTED = {
    "nl": ["tellingen", "bordje", "klachtenloket"],
    "en": ["midnight", "sign", "deleted"],
}


def with_minutes(language: str, step: Step = Step.OPTIONS) -> Session:
    session = reading_session(
        step, language, "Lantaarnpalen die voorbijgangers tellen", ("Bewoners",)
    )
    session.transcript.append(Turn(role="user", text=MINUTES[language], step=Step.CASE))
    return session


@pytest.mark.parametrize("step", [Step.VALUES, Step.OPTIONS])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_pointer_to_the_minutes_takes_over_their_measures(
    reader: Reader, language: str, step: Step
) -> None:
    reading = reader.read(POINTERS[language], with_minutes(language, step))
    found = [o.text.lower() for o in reading.options]
    assert len(found) == len(EXPECTED[language])
    assert all(part in found[i] for i, part in enumerate(EXPECTED[language]))
    assert "status" not in " ".join(found) and "stand" not in " ".join(found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De actiepunten uit het verslag zijn eigenlijk al opties toch?", "nl"),
        ("The action points in the minutes are our options already, right?", "en"),
    ],
)
def test_without_minutes_the_pointer_adds_nothing(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.OPTIONS, language, "Lantaarnpalen die voorbijgangers tellen")
    assert not reader.read(text, session).options


@pytest.mark.parametrize(
    ("text", "language", "starts"),
    [
        ("Ik heb er al een paar in het verslag van het teamoverleg staan:\n\n"
         "- Afgesproken: de palen tellen alleen overdag.\n"
         "- Vraag van de wijkraad: kan de gemeente de tellingen openbaar maken?",
         "nl", ["de palen", "kan de gemeente"]),
        ("I have a few from the minutes:\n\n"
         "- Agreed: the lights only count in daytime.\n"
         "- Question from the residents: could the council publish the counts?",
         "en", ["the lights", "could the council"]),
    ],
)  # fmt: skip
def test_labels_of_minutes_and_their_lead_are_no_part_of_the_options(
    reader: Reader, text: str, language: str, starts: list[str]
) -> None:
    session = reading_session(Step.OPTIONS, language, "Lantaarnpalen die voorbijgangers tellen")
    found = [o.text.lower() for o in reader.read(text, session).options]
    assert len(found) == len(starts)
    assert all(found[i].startswith(start) for i, start in enumerate(starts))
