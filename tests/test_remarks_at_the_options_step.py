"""Remarks at the options step that name no measure are no options: a verdict on the proposals
("te algemeen", "too generic", "past niet bij ons"), a proposal ruled out before it is read, a
wish about the reply ("houd het kort"), a worry said again, an aside (another discussion, whether
it is allowed, a guess that others have it), a joke; a measure said beside such words stays one.
A long line of measures typed without stops is cut where a new measure starts."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.measure_talk import measure_talk
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    "text",
    [
        "Nee, hier hebben we niks aan.",
        "Veel te algemeen, niet overnemen",
        "Dit past niet bij ons als toezichthouder.",
        "Scholing in het algemeen is te vaag voor ons.",
        "Honestly too vague for a regulator.",
        "The last two don't fit our team.",
        "The third one I'd skip.",
        "Als er iets over een hotline tussen zit: niet doen.",
        "If there's anything about posters in there, skip it.",
        "Ik moet dit morgen aan de directie laten zien, dus hou het kort.",
        "This goes to the board next week, so keep it short.",
        "kom maar met ideeën",
        "Zoals ik al zei, de rij bij de balie blijft mijn grootste zorg.",
        "Like I said earlier, that worry about the fee is real.",
        "de raad vroeg of het ook in de bibliotheek kan maar dat is een andere discussie",
        "can we even legally put cameras on a private road?",
        "Mag dat eigenlijk wel, met die beelden?",
        "Volgens mij heeft Antwerpen zoiets.",
        "I think Ghent has something like this.",
        "ik blijf het toch lastig vinden",
        "dat moet erin",
        "ik heb het zelf ook een keer geprobeerd haha",
    ],
)
def test_a_remark_at_the_options_step_is_no_measure(text: str) -> None:
    assert measure_talk(text) == "remark"


@pytest.mark.parametrize(
    "text",
    [
        "Te algemeen, liever een vaste contactpersoon per wijk.",
        "Too generic, but a helpdesk for the shop owners would help.",
        "Kunnen we niet gewoon de beelden na een dag wissen?",
        "What if the drivers get a warning first instead of a fine?",
        "Could we put in the contract that the data stays ours?",
        "De gemeente betaalt het eerste rapport als de melding onterecht was.",
        "Het zou fijn zijn als de app zegt wanneer een sensor uitvalt.",
    ],
)
def test_a_measure_beside_a_remark_stays_a_measure(text: str) -> None:
    assert measure_talk(text) is None


def _options(reader: Reader, text: str, language: str) -> list[str]:
    technology = "een parkeerapp" if language == "nl" else "a parking app"
    session = reading_session(Step.OPTIONS, language, technology, ("Bewoners", "Handhavers"))
    return [o.text for o in reader.read(text, session).options]


def test_a_verdict_before_own_measures_is_left_out_nl(reader: Reader) -> None:
    found = _options(
        reader,
        "Nee, daar hebben we niks aan. De app bewaart geen kentekens langer dan een dag.",
        "nl",
    )
    assert len(found) == 1
    assert "kentekens" in found[0]


def test_a_verdict_before_own_measures_is_left_out_en(reader: Reader) -> None:
    found = _options(
        reader, "The second I'd skip. The app never stores plates for more than a day.", "en"
    )
    assert len(found) == 1
    assert "plates" in found[0]


def test_a_run_on_line_of_measures_is_cut_at_each_measure_nl(reader: Reader) -> None:
    found = _options(
        reader,
        "de app slaat geen kentekens op alleen het aantal auto's per uur verder een bordje bij "
        "elke ingang van de wijk dat er gemeten wordt en voor de handhavers een cursus over hoe "
        "ze met boze bewoners praten op straat",
        "nl",
    )
    assert any("bordje" in o and "cursus" not in o for o in found)
    assert any("cursus" in o and "bordje" not in o for o in found)


def test_a_run_on_line_of_measures_is_cut_at_each_measure_en(reader: Reader) -> None:
    found = _options(
        reader,
        "the app keeps no plates only the number of cars per hour and furthermore a sign at "
        "every entrance to the district saying that counting happens and for the wardens a "
        "course on how to talk to angry residents on the street",
        "en",
    )
    assert any("sign" in o and "course" not in o for o in found)
    assert any("course" in o and "sign" not in o for o in found)
