"""An option the joint choice of kinds moved to fill a kind still missing goes back to the
kind its own words point to once another option holds that kind (``restore_moved_kinds``):
the move only covered the kind; no kind goes missing by moving back. Sentences written for
these tests, nl and en."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import HandlingOption, OptionKind, Session, Step, Turn
from assistant.method.conductor import Conductor
from assistant.method.recording import MOVED_KINDS, restore_moved_kinds

MESSAGES = {
    "nl": [
        'Leerlingen in het portaal een knop geven "verberg mijn cijfers voor de klas". De app '
        "bewaart de cijfers maar een jaar. Een contract met de leverancier over wie de cijfers "
        "mag zien.",
        "En de mentoren krijgen elk jaar een cursus over het bespreken van de cijfers.",
    ],
    "en": [
        "Give applicants a button in the portal to hide their photo from the reviewer. The "
        "portal deletes photos after a year. Staff get a course on reading the scores.",
        "And a contract with the supplier that the scores are deleted after a year.",
    ],
}


def _session(*options: tuple[str, OptionKind]) -> Session:
    session = Session()
    for index, (text, kind) in enumerate(options):
        session.options.append(HandlingOption(id=f"o{index}", kind=kind, text=text))
    return session


def _moved(session: Session, option_id: str, own: OptionKind, moved_to: OptionKind) -> None:
    session.meta.setdefault(MOVED_KINDS, {})[option_id] = [own, moved_to]


def test_dutch_a_setting_moved_to_rules_goes_back_once_a_contract_is_named() -> None:
    session = _session(
        ("De sensor meet alleen het geluidsniveau, geen gesprekken", "environment"),
        ("Handhavers krijgen een cursus over de meldingen", "human"),
        ("In het contract met de leverancier vastleggen wie de data mag zien", "environment"),
    )
    _moved(session, "o0", "design", "environment")
    restore_moved_kinds(session)
    assert [o.kind for o in session.options] == ["design", "human", "environment"]
    assert session.meta[MOVED_KINDS] == {}


def test_english_a_button_moved_to_people_goes_back_once_a_training_is_named() -> None:
    session = _session(
        ("Give residents a button in the app to pause the count", "human"),
        ("A signed agreement on who may see the counts", "environment"),
        ("Wardens get a yearly course on reading the counts", "human"),
    )
    _moved(session, "o0", "design", "human")
    restore_moved_kinds(session)
    assert [o.kind for o in session.options] == ["design", "environment", "human"]


def test_a_moved_option_stays_while_it_alone_holds_the_kind() -> None:
    session = _session(
        ("Give residents a button in the app to pause the count", "human"),
        ("A signed agreement on who may see the counts", "environment"),
    )
    _moved(session, "o0", "design", "human")
    restore_moved_kinds(session)
    assert [o.kind for o in session.options] == ["human", "environment"]
    assert session.meta[MOVED_KINDS] == {"o0": ["design", "human"]}


def test_an_option_corrected_since_is_let_go() -> None:
    session = _session(
        ("Een vast aanspreekpunt per wijk", "design"),
        ("Bewoners krijgen een folder over de camera", "human"),
    )
    _moved(session, "o0", "environment", "human")  # corrected to design by the user since
    restore_moved_kinds(session)
    assert [o.kind for o in session.options] == ["design", "human"]
    assert session.meta[MOVED_KINDS] == {}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_moved_measure_gets_its_own_kind_once_a_later_message_holds_the_kind(
    conductor: Conductor, language: str
) -> None:
    session = session_at(Step.OPTIONS, language)
    first, second = MESSAGES[language]
    for text in (first, second):
        session.transcript.append(Turn(role="user", text=text, step=session.step))
        conductor.plan(session, text)
        if text == first:  # three measures, two of them design: one moved to the missing kind
            assert sorted(o.kind for o in session.options) == ["design", "environment", "human"]
    assert [o.kind for o in session.options][:2] == ["design", "design"]
    assert {o.kind for o in session.options} == {"design", "environment", "human"}
