"""The reader on effects told of "wij"/"ik"/"we"/"I" without other people in them: they go to
the actor the speaker said they belong to ("wijkteam hier", "Casework team here"), not to
the actor the assistant last asked about; where no actor is the speaker's, nothing changes
(Dutch and English; sentences written for these tests)."""

from __future__ import annotations

from method_fakes import told

from assistant.domain.session import Actor, Session, Step
from assistant.method.reading.effect_subjects import first_person, speaker_actor
from assistant.method.reading.reader import Reader


def _session(language: str, context: str, names: tuple[str, ...], focus: str) -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.EFFECTS
    session.case.technology = "een planningsapp" if language == "nl" else "a drafting model"
    session.case.context = context
    session.actors = [Actor(id=name, name=name) for name in names]
    session.meta["effects_focus"] = focus
    return session


def test_we_effect_goes_to_the_speakers_own_actor_nl(message_reader: Reader) -> None:
    session = _session("nl", "buurtteam hier", ("Ouderen", "Buurtteam", "Leverancier"), "Ouderen")
    reading = message_reader.read("wij hoeven minder vaak voor niks langs", session)
    assert [e[2] for e in told(reading)] == ["Buurtteam"]


def test_i_effect_after_a_stance_goes_to_the_speakers_own_actor_en(
    message_reader: Reader,
) -> None:
    session = _session("en", "Letters team here", ("Pensioners", "Letters team"), "Pensioners")
    reading = message_reader.read(
        "I notice I check the drafts less carefully late in the day", session
    )
    assert [e[2] for e in told(reading)] == ["Letters team"]


def test_effect_about_other_people_keeps_its_own_actor_nl(message_reader: Reader) -> None:
    session = _session("nl", "buurtteam hier", ("Ouderen", "Buurtteam"), "Buurtteam")
    reading = message_reader.read("ouderen voelen zich bekeken", session)
    assert [e[2] for e in told(reading)] == ["Ouderen"]


def test_without_a_speakers_actor_the_asked_actor_holds_en(message_reader: Reader) -> None:
    session = _session("en", "the benefits office", ("Pensioners", "Vendor"), "Pensioners")
    reading = message_reader.read("we save hours every week", session)
    assert [e[2] for e in told(reading)] == ["Pensioners"]


def test_first_person_is_read_after_a_stance_and_not_in_other_subjects() -> None:
    assert first_person("Ik merk dat we minder tijd kwijt zijn")
    assert first_person("our inspectors lose a morning")
    assert not first_person("ouders merken dat wij vaker bellen")
    assert not first_person("I think parents feel watched")


def test_speaker_actor_needs_the_whole_name_once() -> None:
    actors = [Actor(id="a", name="SVB privacy officer"), Actor(id="b", name="Wijkteam")]
    assert speaker_actor(actors, "the SVB") is None
    assert speaker_actor(actors, "wijkteam hier") is actors[1]


def test_label_that_names_the_speaker_is_no_new_actor_nl(message_reader: Reader) -> None:
    session = _session("nl", "de gemeente", ("Ouderen", "Buurtteam"), "Ouderen")
    reading = message_reader.read("- Voor ons: veel minder papierwerk en minder fouten", session)
    assert [(e.actor_id, e.actor_name) for e in reading.effects] == [("Ouderen", "")]


def test_label_that_names_the_speaker_is_no_new_actor_en(message_reader: Reader) -> None:
    session = _session("en", "the benefits office", ("Pensioners", "Vendor"), "Pensioners")
    reading = message_reader.read("for me: pensioners get their answer much faster", session)
    assert all(e.actor_name.lower() not in ("me", "for me") for e in reading.effects)
    assert [e.actor_id for e in reading.effects] == ["Pensioners"]
