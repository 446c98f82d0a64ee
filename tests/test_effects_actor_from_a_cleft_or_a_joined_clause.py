"""Whom an effect is about when the people are not the sentence's first words: put in front by a
cleft ("it's the night nurses who ...", "het zijn de wijkagenten die ..."), named after a
relative clause cut off at its verb ("chirurgen die sneller zijn ..."), or the subject of a
clause joined on after a comma ("no more paper forms, and the district nurse saves ...")."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.method.reading.clause_subjects import clause_people
from assistant.method.reading.reader import Reader


def test_cleft_puts_the_people_in_front() -> None:
    assert clause_people("It's the night nurses who feel passed over") == "Night nurses"
    assert clause_people("Het zijn de wijkagenten die het merken") == "Wijkagenten"
    assert clause_people("Het is vooral de conciërge die de klappen krijgt") == "Conciërge"
    assert clause_people("It's the model that decides") == ""


def test_relative_clause_cut_at_its_verb_leaves_the_people() -> None:
    assert clause_people("Chirurgen die vaak opereren krijgen meer patiënten") == "Chirurgen"
    assert clause_people("Klasgenoten die thuis zitten missen de les") == "Klasgenoten"
    assert clause_people("Mensen die slecht ter been zijn krijgen minder hulp").startswith(
        "Mensen die"
    )


def test_effect_about_people_in_a_cleft(message_reader: Reader) -> None:
    for text, language, actors in (
        ("It's the night nurses who feel overruled.", "en", ("Patients",)),
        ("Het zijn de wijkagenten die zich gecontroleerd voelen.", "nl", ("Bewoners",)),
    ):
        reading = read_in(message_reader, text, actors, language, "a planning tool")
        assert [(d, a) for _, d, a in told(reading)] == [
            ("negative", "Night nurses" if language == "en" else "Wijkagenten")
        ], text


def test_effect_about_the_subject_of_a_joined_clause(message_reader: Reader) -> None:
    for text, language, who in (
        ("No more paper forms, and the district nurse saves an hour a day.", "en", "nurse"),
        (
            "Geen papieren formulieren meer, en de wijkverpleegkundige bespaart een uur per dag.",
            "nl",
            "wijkverpleegkundige",
        ),
    ):
        reading = read_in(message_reader, text, (), language, "a care app")
        saved = [a for t, _, a in told(reading) if "saves" in t or "bespaart" in t]
        assert saved, text
        assert who in saved[0].lower(), text


def test_a_label_with_first_or_then_leaves_the_people_after_it(message_reader: Reader) -> None:
    for text, language, expected in (
        (
            "Good stuff first: the crisis team sees the reports at once.",
            "en",
            [("positive", "Crisis team")],
        ),
        (
            "Voordelen eerst: de planners zien meteen waar het knelt. "
            "Nadelen dan: de chauffeurs voelen zich gevolgd.",
            "nl",
            [("positive", "Planners"), ("negative", "Chauffeurs")],
        ),
    ):
        reading = read_in(message_reader, text, (), language, "a planning tool")
        assert [(d, a) for _, d, a in told(reading)] == expected, text


def test_trades_and_groups_named_as_people() -> None:
    for text, group in (
        ("De klasgenoten zwaaien elke ochtend naar de robot", "Klasgenoten"),
        ("The night watch can cover more houses", "Night watch"),
        ("De bevelvoerder ziet het icoon op de kaart", "Bevelvoerder"),
        ("Muslim women in the block feel uncomfortable", "Muslim women"),
        ("The embassies hope for fewer phone calls", "Embassies"),
    ):
        assert clause_people(text) == group, text
