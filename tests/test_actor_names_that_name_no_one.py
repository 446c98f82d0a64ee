"""Pieces of a message the reader may take for an actor's name that name no one: a number
alone (an age, a count), words that alone name no one ("involved", "good list", "sorry"), a
negation or hedge ("not unlikely", "though"), a heading or where a text was taken from
("MEMO", "Aanleiding", "uit het teamoverleg van dinsdag", "pasting a teams msg"), the speaker's
phrase ("in mijn woorden"); a name that goes on to people after such a word stays (Dutch and
English)."""

from __future__ import annotations

from typing import Any

from method_fakes import converse

from assistant.method.reading.name_fragments import fragment_name


def test_numbers_and_words_that_name_no_one() -> None:
    for name in ("45", "68", "Sorry", "Though", "Involved", "Good list", "Hoog", "Iets"):
        assert fragment_name(name), name


def test_negations_and_hedges_en() -> None:
    for name in ("Not unlikely", "Not a neutral nudge", "Not involved at this stage"):
        assert fragment_name(name), name


def test_headings_and_sources_nl() -> None:
    for name in ("Aanleiding", "MEMO", "Uit het teamoverleg van dinsdag", "In mijn woorden"):
        assert fragment_name(name), name
    assert fragment_name("Zonder dat er een collega mee moet")


def test_pasting_a_message_en() -> None:
    assert fragment_name("Pasting a teams")


def test_names_of_people_stay() -> None:
    for name in (
        "Niet alleen de buren maar ook de wijkvereniging",
        "In het bijzonder reizigers zonder bankrekening",
        "Notarissen",
        "Uitkeringsgerechtigden",
        "Involved parents",
        "Residents who call us",
    ):
        assert not fragment_name(name), name


def test_sorry_in_a_dictated_list_is_no_actor_en(conductor: Any) -> None:
    session = converse(
        conductor,
        "en",
        [
            "Our municipality wants a chatbot that answers questions about waste collection.",
            "so involved are the residents, the call centre staff, sorry, the waste company "
            "and the communications department",
        ],
    )
    names = [a.name for a in session.actors]
    assert "Sorry" not in names
    assert "Residents" in names


def test_a_phrase_of_the_speaker_is_no_actor_nl(conductor: Any) -> None:
    session = converse(
        conductor,
        "nl",
        [
            "De woningcorporatie hangt sensoren in de waterleiding die de temperatuur meten.",
            "Betrokken zijn de huurders, de huismeesters en de leverancier.",
            "Effecten, in mijn woorden. Winst: huurders lopen minder risico op legionella. "
            "Zorg: huismeesters krijgen meldingen die ze niet kunnen duiden.",
        ],
    )
    names = [a.name for a in session.actors]
    assert not any(n.lower().startswith("in mijn") for n in names)
