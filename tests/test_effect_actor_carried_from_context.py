"""An effect whose own words name no one takes its actor from the effect beside it in the same
part of a sentence, also where that effect's people become an actor only later: "mevrouw de Wit
zegt weinig, maar bij het ballonnenspel lacht ze" told before "bewoners" are listed, then both
go to the residents. The generic second person ("als het systeem faalt sta je er alleen voor",
"if the alert is wrong you run for nothing") is the people of the clause before it, not the
actor whose effects were asked; "we"/"wij" (the speaker's side) stays apart."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Actor, Effect, Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.changes import Changes, Tools
from assistant.method.reading.reader import Reader
from assistant.method.recording import FOLLOWERS, attach_followers, record
from assistant.paths import PROJECT_ROOT


def _told_then_listed(language: str, technology: str, messages: list[str]) -> list[str]:
    """The actors of the effects after ``messages`` are read and recorded one by one from the
    case step of a session about ``technology`` with no actors yet."""
    catalogue = Catalogue(PROJECT_ROOT / "corpus")
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.CASE
    session.case.technology = technology
    for text in messages:
        reading = Reader(catalogue).read(text, session)
        record(Tools(catalogue, None, None, 6), session, reading, Changes())  # type: ignore[arg-type]
    names = {a.id: a.name for a in session.actors}
    return [names.get(e.actor_id or "", "") for e in session.effects]


def test_a_clause_about_one_of_a_story_follows_her_group_nl() -> None:
    said = "Mevrouw de Wit zegt bijna niets meer, maar bij het ballonnenspel lacht ze weer."
    found = _told_then_listed(
        "nl", "een projectietafel in het verpleeghuis", [said, "Bewoners, verzorgenden en familie."]
    )
    assert found == ["Bewoners", "Bewoners"]


def test_a_clause_without_a_subject_follows_the_story_en() -> None:
    said = (
        "An elderly visitor gets stuck at the screen, waits twenty minutes for help and goes "
        "home without her books."
    )
    found = _told_then_listed(
        "en", "a self-checkout in the library", [said, "Visitors, staff and the supplier."]
    )
    assert found == ["Visitors", "Visitors"]


def test_a_follower_takes_the_actor_once_it_is_known() -> None:
    session = Session(language="en")
    session.actors = [Actor(id="a1", name="Parents")]
    session.meta[FOLLOWERS] = {"e2": "e1", "e3": "e9"}
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="negative", text="A mother got a letter"),
        Effect(id="e2", actor_id=None, direction="negative", text="Waited six weeks"),
        Effect(id="e3", actor_id=None, direction="negative", text="Was scared"),
    ]
    attach_followers(session)
    assert [e.actor_id for e in session.effects] == ["a1", "a1", None]
    assert session.meta[FOLLOWERS] == {}  # e9 is gone: the link is let go


def _actors_of(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> list[str]:
    technology = "een meldingsapp voor de wijk" if language == "nl" else "an alert app"
    return [e[2] for e in told(read_in(reader, text, actors, language, technology, Step.EFFECTS))]


def test_generic_you_is_the_people_before_nl(message_reader: Reader) -> None:
    text = "Agenten hoeven minder vaak te rijden, maar als het systeem faalt sta je er alleen voor."
    assert _actors_of(message_reader, text, ("Agenten", "Bewoners"), "nl") == [
        "Agenten",
        "Agenten",
    ]


def test_generic_you_is_the_people_before_en(message_reader: Reader) -> None:
    text = "Nurses save an hour a shift, but if the alert is wrong you end up running for nothing."
    assert _actors_of(message_reader, text, ("Nurses", "Patients"), "en") == ["Nurses", "Nurses"]


def test_we_stays_apart_from_the_people_before_en(message_reader: Reader) -> None:
    text = "Nurses save an hour a shift, but we pay more for the licence."
    assert _actors_of(message_reader, text, ("Nurses", "Patients"), "en")[0] == "Nurses"
    assert _actors_of(message_reader, text, ("Nurses", "Patients"), "en")[1] != "Nurses"


def test_wij_stays_apart_from_the_people_before_nl(message_reader: Reader) -> None:
    text = "Agenten hoeven minder vaak te rijden, maar wij betalen meer voor de licentie."
    assert _actors_of(message_reader, text, ("Agenten", "Bewoners"), "nl")[1] != "Agenten"


def test_the_speaker_said_as_whom_nl() -> None:
    said = (
        "Ik als teamleider hoef niet meer over elk rooster te onderhandelen, maar ik weet ook "
        "minder goed wat er in het team speelt."
    )
    found = _told_then_listed(
        "nl", "een roosterapp in het ziekenhuis", [said, "Teamleider, verpleegkundigen en de OR."]
    )
    assert found == ["Teamleider", "Teamleider"]


def test_the_speaker_said_as_whom_en() -> None:
    said = "I as a district nurse save an afternoon a week, but I miss the chats at the door."
    found = _told_then_listed(
        "en", "a planning app for home care", [said, "District nurses, clients and family."]
    )
    assert found == ["District nurses", "District nurses"]
