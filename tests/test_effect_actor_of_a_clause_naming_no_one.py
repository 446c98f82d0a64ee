"""A clause that names no people at all, in the same part of a sentence as an effect with an
actor ("de toeristen hebben geen idee, er hangt één bordje in het Nederlands"), is about that
actor; not a clause about anyone at all ("nobody can see why"), nor one after a new label
("Negatief: ..."), nor one in the next sentence."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _actors_of(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> list[str]:
    technology = "een camera op het strand" if language == "nl" else "a camera on the beach"
    return [e[2] for e in told(read_in(reader, text, actors, language, technology, Step.EFFECTS))]


def test_clause_naming_no_one_after_an_effect_nl(message_reader: Reader) -> None:
    text = "Dagjesmensen hebben geen idee, er hangt één bordje bij de opgang en dat is Nederlands."
    found = _actors_of(message_reader, text, ("Dagjesmensen", "Strandwachten"), "nl")
    assert found == ["Dagjesmensen", "Dagjesmensen"]


def test_clause_naming_no_one_after_a_comma_en(message_reader: Reader) -> None:
    text = "Lifeguards get alerts on their phone sooner, fewer rescues come too late."
    found = _actors_of(message_reader, text, ("Lifeguards", "Swimmers"), "en")
    assert found == ["Lifeguards", "Lifeguards"]


def test_clause_about_anyone_keeps_no_actor_en(message_reader: Reader) -> None:
    text = "Swimmers without the app wait longer, and nobody can see why the flag turns red."
    found = _actors_of(message_reader, text, ("Swimmers", "Lifeguards"), "en")
    assert found == ["Swimmers", ""]


def test_clause_after_a_new_label_keeps_no_actor_nl(message_reader: Reader) -> None:
    text = "Positief: strandwachten zijn sneller ter plekke. Negatief: de telling is soms fout."
    found = _actors_of(message_reader, text, ("Strandwachten", "Zwemmers"), "nl")
    assert found == ["Strandwachten", ""]
