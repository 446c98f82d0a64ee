"""Pieces of one effect are recorded as one: where the rules split a sentence at a comma or a
joining word ("veel minder papierwerk, sneller ter plaatse", "fewer night calls, so more
sleep") and both pieces have the same people and direction, the effect is the whole of it in
the speaker's words. Pieces of other people or of the other direction, and sentences of their
own, stay apart (guided mode; sentences written for these tests)."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Effect, Session, Step
from assistant.method.conductor import Conductor
from assistant.method.joined_pieces import join_pieces


def _told(conductor: Conductor, language: str, actors: tuple[str, ...], text: str) -> Session:
    session = reading_session(Step.EFFECTS, language, "een app voor meldingen", actors)
    conductor.plan(session, text)
    return session


def _texts(session: Session) -> list[str]:
    return [e.text for e in session.effects]


def test_pieces_of_one_effect_are_one_nl(conductor: Conductor) -> None:
    session = _told(
        conductor,
        "nl",
        ("Handhavers", "Bewoners"),
        "Handhavers: veel minder papierwerk, sneller ter plaatse.",
    )
    assert _texts(session) == ["Veel minder papierwerk, sneller ter plaatse"]
    assert session.effects[0].direction == "positive"


def test_pieces_of_one_effect_are_one_en(conductor: Conductor) -> None:
    session = _told(
        conductor, "en", ("Nurses", "Patients"), "Nurses: fewer night calls, so more sleep."
    )
    assert _texts(session) == ["Fewer night calls, so more sleep"]
    assert session.effects[0].direction == "positive"


def test_pieces_of_other_people_or_directions_stay_apart(conductor: Conductor) -> None:
    nl = _told(
        conductor,
        "nl",
        ("Chauffeurs", "Reizigers"),
        "De chauffeurs sparen veel tijd, maar de reizigers krijgen vaker een boete.",
    )
    assert len(nl.effects) == 2
    en = _told(
        conductor,
        "en",
        ("Inspectors", "Owners"),
        "Inspectors waste fewer visits, but owners feel watched all the time.",
    )
    assert len(en.effects) == 2


def _recorded(texts: tuple[str, ...], actors: tuple[str, ...], directions: str) -> Session:
    session = Session(language="nl")  # type: ignore[arg-type]
    session.effects = [
        Effect(id=f"e{i}", actor_id=a, direction="positive" if d == "+" else "negative", text=t)
        for i, (t, a, d) in enumerate(zip(texts, actors, directions, strict=True))
    ]
    return session


def test_joined_only_within_one_sentence() -> None:
    text = "Buurtbewoners slapen beter. Ze hebben minder overlast. En ze bellen minder."
    session = _recorded(
        ("Buurtbewoners slapen beter", "Ze hebben minder overlast"), ("a1", "a1"), "++"
    )
    kept = join_pieces(session, list(session.effects), text)
    assert [e.text for e in kept] == ["Buurtbewoners slapen beter", "Ze hebben minder overlast"]


def test_joined_with_the_words_between_them() -> None:
    text = "- tenants wait less, and the repairs are done right the first time\n- more calls"
    session = _recorded(
        ("Tenants wait less", "The repairs are done right the first time", "More calls"),
        ("a1", "a1", "a1"),
        "++-",
    )
    kept = join_pieces(session, list(session.effects), text)
    assert [e.text for e in kept] == [
        "Tenants wait less, and the repairs are done right the first time",
        "More calls",
    ]
    assert [e.text for e in session.effects] == [e.text for e in kept]


def test_pieces_far_apart_in_one_sentence_stay_apart() -> None:
    text = "Ouders krijgen sneller antwoord, ook al duurt het in de zomer langer, minder bellen"
    session = _recorded(("Ouders krijgen sneller antwoord", "Minder bellen"), ("a1", "a1"), "++")
    assert len(join_pieces(session, list(session.effects), text)) == 2


def test_pieces_turned_by_maar_or_but_stay_apart() -> None:
    for text, first, second in (
        ("Mevrouw zegt weinig, maar bij het spel lacht ze weer.", "Mevrouw zegt weinig",
         "Bij het spel lacht ze weer"),
        ("Staff lose an hour, but they feel calmer.", "Staff lose an hour", "They feel calmer"),
    ):  # fmt: skip
        session = _recorded((first, second), ("a1", "a1"), "++")
        assert len(join_pieces(session, list(session.effects), text)) == 2
