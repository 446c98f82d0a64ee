"""Effects told without plain good/bad words get their direction from what follows or what
people lose: a pile of work that grows ("waardoor de achterstand groeit"), a rush of calls,
getting stuck or things going wrong, work changed behind someone's back, barely affording it,
lacking the device a service needs, never being told or asked, places of private life on
camera; a wait that gets shorter and a tail that says it went worse before are gains."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session, Step
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    "text",
    [
        "De wijkagenten krijgen meer meldingen, waardoor de achterstand groeit",
        "Inspectors get twice the reports, so the backlog keeps growing",
        "so the workload has gone up",
        "De klantenservice krijgt in januari een piek aan vragen",
        "The call centre gets a spike in calls after every letter",
        "Bezoekers die slecht zien lopen vast in het aanmeldscherm",
        "Older visitors get stuck in the booking app",
        "Bij slecht weer loopt de meting vaak mis",
        "The supplier retrains the model without telling the council",
        "Kleine kwekers kunnen die kosten amper dragen",
        "which the small bakeries can hardly afford",
        "Een oudere buurman heeft geen smartphone",
        "An older tenant has no computer at home",
        "Ouders krijgen misschien nooit te horen wat er gemeld is",
        "Parents may never hear what was reported",
        "Wandelaars hebben er nooit voor gekozen om geteld te worden",
        "Hikers never chose to be counted",
        "Makelaars zullen meer bezwaar maken tegen de uitkomst",
        "Shop owners will contest more because the score feels arbitrary",
        "De buschauffeurs voelen zich gemonitord",
        "Op zo'n opname zie je ook of iemand thuis is",
        "The cameras film where the deckhands also eat and sleep",
        "Gezichten en kentekens staan gewoon in de ruwe beelden",
        "Faces and number plates are simply in the raw footage",
    ],
)
def test_losses_and_growing_burdens_are_negative(text: str) -> None:
    assert clause_direction(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "De wachtlijst wordt kleiner",
        "The queue gets shorter",
        "Gezinnen wachten nu soms een jaar op een woning, dat wordt korter",
        "Patients now wait a year for a scan, that will get shorter",
        "We krijgen bijna alle cursisten door het examen, dat lukte vroeger veel minder",
        "We now get almost every trainee through the exam, which used to be much harder",
        "Marktkooplui weten nu vooraf hun plek, dus ze rijden niet meer op de gok naar de markt",
    ],
)
def test_shrinking_burdens_and_better_than_before_are_positive(text: str) -> None:
    assert clause_direction(text) == "positive"


def test_a_good_word_before_a_shorter_thing_stays_good() -> None:
    assert clause_direction("Nurses enjoy the shorter handovers") == "positive"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De planners krijgen meer aanvragen, waardoor de achterstand groeit.", "nl"),
        ("The clerks get more requests, so the backlog grows.", "en"),
    ],
)
def test_a_growing_backlog_is_read_as_negative_where_positives_are_asked(
    reader: Reader, text: str, language: str
) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    session.meta["ask_direction"] = "positive"
    reading = reader.read(text, session)
    assert [e.direction for e in reading.effects] == ["negative"]
