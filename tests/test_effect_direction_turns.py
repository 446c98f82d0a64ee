"""The direction of effects turned or set beyond a plain "niet"/"minder": "zonder"/"without"
over a verb's infinitive, finding a bad thing, a bad thing said to be small, fewer people or
things needed, a praise for people who had a burden, data that goes abroad, people and homes
caught on camera, a doubt, a turning word with a typo, and a label or marker that the clause's
own words turn against (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # "zonder"/"without" reaches over "zich te", "having to", "being"
        ("Jongeren kunnen hun vraag stellen zonder zich te schamen", "positive"),
        ("Tenants can report a leak without having to wait on the phone", "positive"),
        # finding or catching a bad thing is good; an opinion with "find" is not finding
        ("De nieuwe controle spoort veel meer fraude op", "positive"),
        ("The new check catches more errors", "positive"),
        ("Fouten in de aanvraag worden eerder opgespoord", "positive"),
        ("Some tenants find the letters humiliating", "negative"),
        ("Skippers lose their mooring spot", "negative"),
        # a bad thing said to be small
        ("De schade blijft dan beperkt", "positive"),
        ("The risk of a wrong match stays low", "positive"),
        ("Kleine bedrijven krijgen meer fouten in hun aanslag", "negative"),
        # fewer people or things needed
        ("Veel minder balies en loketmedewerkers nodig", "positive"),
        ("More inspections with fewer staff", "positive"),
        # a praise for people: who they are is no direction
        ("Refunds arrive within a day, which is great for families who had to borrow money",
         "positive"),
        ("Toeslagen komen binnen een week, wat fijn is voor gezinnen die moesten lenen",
         "positive"),
        # data or work that goes abroad
        ("De spraakopnames gaan naar Amerikaanse servers", "negative"),
        ("The recordings are stored outside the EU", "negative"),
        # people and homes caught on camera on the way
        ("Via de webcam zie je de woonkamer van de leerling", "negative"),
        ("The doorbell cameras also record passers-by", "negative"),
        ("Bewoners zien hun tuin weer opbloeien", None),
        # a turning word with one letter off, and a bias named
        ("Teachers get an alert insted of waiting for a call", "positive"),
        ("Het geeft tunnelvisie bij de beoordelaars", "negative"),
    ],
)  # fmt: skip
def test_direction_turned_or_set_by_what_the_clause_says(text: str, direction: str | None) -> None:
    assert clause_direction(text) == direction


def _directions(reader: Reader, text: str, language: str, actors: tuple[str, ...] = ()) -> list:
    session = reading_session(Step.EFFECTS, language, "Drones boven de polder", actors)
    return [e.direction for e in reader.read(text, session).effects]


@pytest.mark.parametrize(
    ("text", "language", "directions"),
    [
        ("Voor de vissers: positief is dat ze minder formulieren invullen, maar ze vrezen dat "
         "hun vangstgegevens openbaar worden.", "nl", ["positive", "negative"]),
        ("Positive: shorter queues at the gate, but the staff lose contact with visitors.",
         "en", ["positive", "negative"]),
        ("Positief: de wachttijd gaat omlaag, maar alleen op werkdagen.", "nl",
         ["positive", "positive"]),
    ],
)  # fmt: skip
def test_a_contrast_under_a_label_keeps_its_own_direction(
    reader: Reader, text: str, language: str, directions: list[str]
) -> None:
    assert _directions(reader, text, language, ("Vissers",)) == directions


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("+ bij de fietsers: ook hun gezichten worden gefotografeerd, vind ik lastig", "nl"),
        ("I doubt the older tenants understand what they signed up for.", "en"),
        ("Ik betwijfel of ouderen snappen waar ze ja op zeggen.", "nl"),
    ],
)
def test_a_judgement_or_doubt_of_the_speaker_makes_the_effect_negative(
    reader: Reader, text: str, language: str
) -> None:
    assert _directions(reader, text, language) == ["negative"]
