"""Values named as a person meant them: a name of one's own with "of" in it stays whole
("benefit of the doubt"), whom a value holds between is no value ("vertrouwen tussen school en
thuis"), a lead, an apology or a question is no value's name, "fair treatment" is fairness, and a
plain list of values given where options are asked is values, not options. Sentences written for
these tests (Dutch and English), not taken from the conversation sets."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader


def at(step: Step, language: str) -> Session:
    technology = "Een app die meldingen over overlast sorteert"
    return reading_session(step, language, technology, ("Huurders", "Verhuurders"))


def named(reader: Reader, text: str, language: str, step: Step = Step.VALUES) -> list[str]:
    reading = reader.read(text, at(step, language))
    return [v.entry.id if v.entry else v.name for v in reading.values]


def test_own_value_name_with_of_stays_whole(reader: Reader) -> None:
    found = named(reader, "privacy, benefit of the doubt, and trust", "en")
    assert found == ["privacy", "Benefit of the doubt", "trust"]
    found = named(reader, "privacy, the best interest of the pupil, and trust", "en")
    assert "Best interest of the pupil" in found


def test_workload_of_people_stays_wellbeing(reader: Reader) -> None:
    found = named(reader, "values: privacy, and the workload of the nurses", "en")
    assert found == ["privacy", "wellbeing"]


def test_whom_a_value_holds_between_is_no_value(reader: Reader) -> None:
    found = named(reader, "veiligheid, vertrouwen tussen school en thuis, privacy", "nl")
    assert "Thuis" not in found and {"trust", "privacy"} <= set(found)
    found = named(reader, "safety, trust between school and home, privacy", "en")
    assert "Home" not in found and {"trust", "privacy"} <= set(found)


def test_lead_before_values_is_no_value(reader: Reader) -> None:
    found = named(reader, "Wat ons drijft: privacy en eerlijkheid", "nl")
    assert all("drijft" not in f.lower() for f in found)
    assert {"privacy", "justice"} <= set(found)


def test_apology_is_no_value(reader: Reader) -> None:
    found = named(reader, "oops typo earlier, privacy and dignity", "en")
    assert all("typo" not in f.lower() for f in found)
    assert "privacy" in found


def test_synonym_said_as_question_named_by_catalogue(reader: Reader) -> None:
    reading = reader.read("And when it goes wrong, who is responsible?", at(Step.VALUES, "en"))
    said = [v.said for v in reading.values if v.entry and v.entry.id == "accountability"]
    assert said == [""]


def test_fair_treatment_is_fairness(reader: Reader) -> None:
    assert "justice" in named(reader, "fair treatment of the tenants", "en")
    assert "justice" in named(reader, "eerlijke behandeling van huurders", "nl")


def test_plain_value_list_where_options_asked_is_values(reader: Reader) -> None:
    for text, language in (
        ("menselijke waardigheid, veiligheid, autonomie over je eigen huis, privacy", "nl"),
        (
            "dignity, privacy, autonomy over your own home, trust between tenant and caretaker",
            "en",
        ),
    ):
        reading = reader.read(text, at(Step.OPTIONS, language))
        assert not reading.options
        assert {"human-dignity", "autonomy"} <= {v.entry.id for v in reading.values if v.entry}


def test_measures_led_by_a_value_stay_options(reader: Reader) -> None:
    for text, language in (
        ("privacy by design, minder gegevens bewaren", "nl"),
        ("transparency towards tenants, a notice in the hallway", "en"),
    ):
        reading = reader.read(text, at(Step.OPTIONS, language))
        assert reading.options and not reading.values
