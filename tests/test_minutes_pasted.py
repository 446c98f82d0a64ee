"""Pasted minutes (Dutch and English; minutes written for these tests): the names of who spoke
are no actors and no part of what they said, action points ("- AP1 (Karin): ...", "AP2 Joop -
...") are measures, left out of the effects and taken over as options when the speaker points to
them, what the meeting said is no value or option of the speaker's own, and a line that only says
who raised a point is no effect."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step, Turn
from assistant.method.reading.minutes import action_points
from assistant.method.reading.reader import Reader

MINUTES_NL = "\n".join(
    [
        "Verslag projectgroep slimme parkeersensoren, 4 maart",
        "Aanwezig: Karin (verkeerskundige), Joop (handhaving), Lies (privacy),",
        "Bram (leverancier)",
        "1. Stand: de sensoren hangen sinds januari in de binnenstad.",
        (
            "2. Ervaringen: de bezetting is nu per straat zichtbaar. Joop: de "
            "handhavers worden ingezet als controleur in plaats van als vakman, dat "
            "voelt als degradatie. Lies: een fout op de kaart kan in een boete "
            "belanden. Lies ook: bewoners weten niet dat hun auto wordt "
            "geregistreerd."
        ),
        "3. Actiepunten:",
        "- AP1 (Karin): kentekens na een uur automatisch wissen",
        "- AP2 (Joop): handhavers opleiden in het lezen van de kaart",
    ]
)

MINUTES_EN = "\n".join(
    [
        "MINUTES - smart parking sensors, 4 March",
        ("Present: Karen (traffic), Joe (enforcement), Lisa (privacy), vendor ParkIQ"),
        ("Item 1 - Status. The sensors have been in the city centre since January."),
        (
            "Item 2 - Experiences. Joe: the wardens are used as checkers instead of "
            "experts, which feels like a demotion. Lisa: a mistake on the map can "
            "end up in a fine. Lisa also: residents do not know their car is "
            "registered."
        ),
        "Item 3 - Action points",
        "AP1 Karen - delete number plates automatically after an hour",
        "AP2 Joe - a fine is always checked by two wardens before it is sent",
        "AP3 Lisa - train wardens in reading the map",
    ]
)

CASES = [(MINUTES_NL, "nl", ("Karin", "Joop", "Lies")), (MINUTES_EN, "en", ("Karen", "Joe"))]


@pytest.mark.parametrize(("text", "language", "names"), CASES)
def test_minutes_speakers_and_action_owners_are_no_actors(
    reader: Reader, text: str, language: str, names: tuple[str, ...]
) -> None:
    session = reading_session(Step.CASE, language, "")
    reading = reader.read(text, session)
    said = [*reading.actors, *(e.text for e in reading.effects)]
    assert not [s for s in said if any(s.startswith(n) for n in names)]
    assert not [a for a in reading.actors if a.upper().startswith(("AP", "ACTIE", "ACTION"))]
    assert [e for e in reading.effects if e.text.startswith(("Bewoners weten", "Residents do"))]


@pytest.mark.parametrize(("text", "language", "names"), CASES)
def test_minutes_action_points_are_no_effects_before_the_options(
    reader: Reader, text: str, language: str, names: tuple[str, ...]
) -> None:
    session = reading_session(Step.EFFECTS, language, "Parkeersensoren", ("bewoners",))
    reading = reader.read(text, session)
    told = " ".join(e.text.lower() for e in reading.effects)
    assert "wissen" not in told and "delete" not in told
    assert "opleiden" not in told and "train wardens" not in told and "checked" not in told
    assert reading.options == [] and reading.values == []


@pytest.mark.parametrize(("text", "language", "names"), CASES)
def test_minutes_action_points_have_their_labels_off(
    text: str, language: str, names: tuple[str, ...]
) -> None:
    bodies = [b for b in action_points(text).values() if b]
    assert len(bodies) == {"nl": 2, "en": 3}[language]
    assert bodies[0].lower().startswith(("kentekens", "delete"))
    assert action_points("Actie: iets doen") == {}  # one line is no minutes


@pytest.mark.parametrize(
    ("text", "language", "pointer"),
    [
        (MINUTES_NL, "nl", "de actiepunten uit het verslag zijn wat mij betreft de opties"),
        (MINUTES_EN, "en", "take the action points as options"),
    ],
)
def test_minutes_action_points_taken_over_as_options(
    reader: Reader, text: str, language: str, pointer: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Parkeersensoren", ("bewoners",))
    session.transcript.append(Turn(role="user", text=text, step=Step.CASE))
    reading = reader.read(pointer, session)
    kinds = {o.text.lower()[:6]: o.kind for o in reading.options}
    assert len(reading.options) == {"nl": 2, "en": 3}[language]
    assert "human" in kinds.values() and "design" in kinds.values()
    assert not [o for o in reading.options if "actiepunt" in o.text or "action" in o.text]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Collega's in het team noemden dat ook.", "nl"),
        ("Anna vraagt advies over de juridische kant.", "nl"),
        ("People on the ward mentioned it.", "en"),
        ("Mark asked for advice on the legal side.", "en"),
    ],
)
def test_reporting_line_is_no_effect(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.EFFECTS, language, "Parkeersensoren", ("bewoners",))
    assert reader.read(text, session).effects == []


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("Anna wil een witte lijst van nummers die nooit worden opgenomen", "nl", "Een witte"),
        ("Mark proposes a whitelist of numbers that are never recorded", "en", "A whitelist"),
    ],
)
def test_reported_proposal_is_an_option_without_its_lead(
    reader: Reader, text: str, language: str, start: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Parkeersensoren", ("bewoners",))
    options = reader.read(text, session).options
    assert [o.text[: len(start)] for o in options] == [start]
    assert options[0].kind == "design"


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("actors are the residents, the wardens and the vendor", "en", 3),
        ("de buren horen er natuurlijk ook bij, en de wijkagent", "nl", 2),
    ],
)
def test_actor_list_is_no_effect_at_the_effects_step(
    reader: Reader, text: str, language: str, names: int
) -> None:
    session = reading_session(Step.EFFECTS, language, "Parkeersensoren", ("bewoners",))
    reading = reader.read(text, session)
    assert len(reading.actors) == names
    assert reading.effects == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nog een negatief effect: we weten niet of het klopt, maar collega's noemden het.", "nl"),
        (
            "One more negative effect: we don't know if it's true, but the nurses mentioned it.",
            "en",
        ),
    ],
)
def test_doubt_and_source_is_no_effect(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.EFFECTS, language, "Parkeersensoren", ("bewoners",))
    assert reader.read(text, session).effects == []
