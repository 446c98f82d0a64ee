"""Labels and openings that name no one are not made into actors: a side or a best example
("the good side: ...", "de keerzijde: ...", "het mooiste voorbeeld: ...") gives a direction,
a time or comparison opening a sentence ("straks ...", "afterwards ...") is no name, and a
thing that ends like a plural for people ("payments", "kranten") is not the people of a
clause."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Actor, Step
from assistant.language.cues.chatter import JUDGING_LABEL_RE
from assistant.method.reading.effect_subjects import draft_actor
from assistant.method.reading.name_fragments import fragment_name
from assistant.method.reading.reader import Reader


def _effects(reader: Reader, text: str, actors: tuple[str, ...], language: str) -> list:
    technology = "een uitleenautomaat" if language == "nl" else "a lending machine"
    return told(read_in(reader, text, actors, language, technology, Step.EFFECTS))


def test_sides_and_best_examples_are_judging_labels() -> None:
    for label, side in (
        ("The good side", "pos"), ("de keerzijde", "neg"), ("het mooiste voorbeeld", "pos"),
        ("the flip side", "neg"), ("Een positieve kant", "pos"), ("the best example", "pos"),
    ):  # fmt: skip
        found = JUDGING_LABEL_RE.match(label)
        assert found is not None and found.group(side), label


def test_good_side_label_makes_no_actor_en(message_reader: Reader) -> None:
    text = "The good side: far more lost books get back on the shelves within a week."
    effects = _effects(message_reader, text, ("Borrowers", "Library staff"), "en")
    assert effects and "Good side" not in {e[2] for e in effects}
    assert {e[1] for e in effects} == {"positive"}


def test_keerzijde_label_makes_no_actor_nl(message_reader: Reader) -> None:
    text = "De keerzijde: de wachtrij aan de balie wordt in het weekend veel langer."
    effects = _effects(message_reader, text, ("Leners", "Baliemedewerkers"), "nl")
    assert effects and "Keerzijde" not in {e[2] for e in effects}
    assert {e[1] for e in effects} == {"negative"}


def test_time_and_comparison_openings_are_no_names() -> None:
    for name in ("Straks", "Afterwards she's afraid", "Like older readers", "Bij de balie"):
        assert fragment_name(name), name
    assert not fragment_name("Baliemedewerkers")


def test_things_ending_like_people_are_no_subject() -> None:
    actors = [Actor(id="r", name="Readers abroad")]
    text = "The scanner misreads worn cards, so payments stop for a week"
    assert draft_actor(text, actors) is None
    found = draft_actor("De kranten komen later, dus lezers wachten langer", [])
    assert found is None or found[1].lower() != "kranten"
