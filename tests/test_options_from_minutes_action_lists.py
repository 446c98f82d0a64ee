"""Action points listed under a heading of their own in pasted minutes ("3. Actiepunten:" then
"- AP1 (Sanne): ...", "Item 3 - Action points" then "AP2 Tim - ..."): a pointer to them where
options are asked takes over each, without its number and owner; the list ends at the next
item. An effect set right at a later step ("correctie nog: X is eigenlijk vooral een plus voor
A, niet voor B") is no option (minutes and sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Effect, Step, Turn
from assistant.method.reading.reader import Reader

MINUTES = {
    "nl": (
        "Verslag werkgroep slimme lantaarnpalen, 3 maart\n"
        "Aanwezig: Sanne, Piet, Bram\n"
        "1. Stand: de palen tellen sinds mei voorbijgangers.\n"
        "2. Actiepunten:\n"
        "- AP1 (Sanne): tellingen na een maand automatisch wissen\n"
        "- AP2 (Piet): een bordje bij elke paal ophangen\n"
        "3. Rondvraag: de wijkraad wil graag meedenken.\n"
    ),
    "en": (
        "MINUTES - smart street lights, 3 March\n"
        "Present: Tim, Lena, Mo\n"
        "Item 1 - Status. The lights count passers-by since May.\n"
        "Item 2 - Action points\n"
        "AP1 Tim - delete the counts after a month\n"
        "AP2 Lena - a sign on every light explaining the counting\n"
        "Item 3 - Any other business. The residents' council wants a say.\n"
    ),
}
POINTERS = {
    "nl": "de actiepunten uit de notulen zijn wat mij betreft de opties",
    "en": "take the action points as options",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_action_points_under_a_heading_are_taken_over(reader: Reader, language: str) -> None:
    session = reading_session(Step.OPTIONS, language, "Street lights that count", ("Residents",))
    session.transcript.append(Turn(role="user", text=MINUTES[language], step=Step.CASE))
    found = [o.text for o in reader.read(POINTERS[language], session).options]
    assert len(found) == 2
    assert not any(t.startswith(("AP", "Sanne", "Piet", "Tim", "Lena")) for t in found)
    assert not any("wijkraad" in t or "council" in t for t in found)


def test_an_effect_set_right_late_is_no_option(reader: Reader) -> None:
    session = reading_session(
        Step.OPTIONS, "nl", "Camera bij de ingang", ("Bezoekers", "Beveiliging")
    )
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="positive", text="Minder diefstal in de winkel")
    ]
    text = (
        "correctie nog: dat minder diefstal in de winkel is eigenlijk vooral een plus voor de "
        "beveiliging, niet voor de bezoekers"
    )
    reading = reader.read(text, session)
    assert reading.options == []
    assert [(f.effect_id, f.actor_id) for f in reading.effect_fixes] == [("e1", "a2")]
