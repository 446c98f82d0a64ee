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


def test_another_word_sharing_a_start_names_no_catalogue_value(reader: Reader) -> None:
    found = named(reader, "privacy, en vertrouwelijkheid van de dossiers", "nl")
    assert "trust" not in found and "Vertrouwelijkheid" in found


def test_own_abstract_value_for_something_named_by_the_noun(reader: Reader) -> None:
    assert "Vertrouwelijkheid" in named(reader, "privacy, vertrouwelijkheid van de dossiers", "nl")
    assert "Steadiness" in named(reader, "privacy and steadiness of the service", "en")


def test_whom_a_value_is_for_after_of_is_no_value(reader: Reader) -> None:
    found = named(reader, "privacy and confidentiality of the case files", "en")
    assert "Case files" not in found and "privacy" in found


def test_what_one_keeps_coming_back_to_or_named_already_are_values(reader: Reader) -> None:
    text = "what we keep coming back to is accountability and fairness for new tenants"
    assert {"accountability", "justice"} <= set(named(reader, text, "en"))
    assert "justice" in named(reader, "welke zie jij nog? ik noemde zelf al eerlijkheid", "nl")


def test_reason_after_values_does_not_hide_an_own_value(reader: Reader) -> None:
    text = "privacy, inclusie en mobiliteit eigenlijk, want daar doen we het voor"
    assert "Mobiliteit" in named(reader, text, "nl")
    text = "privacy, inclusion and mobility actually, because that is why we started"
    assert "Mobility" in named(reader, text, "en")


def test_rather_than_taking_over_a_figure_is_human_control(reader: Reader) -> None:
    text = "en dat de consulent zelf oordeelt in plaats van de score over te nemen"
    assert "control-over-technology" in named(reader, text, "nl")
    text = "and that the officer weighs it up instead of copying the score"
    assert "control-over-technology" in named(reader, text, "en")
    assert "human-dignity" in named(reader, "dat je gezien wordt in plaats van een nummer", "nl")


def test_remark_after_a_value_between_two_groups_is_no_value(reader: Reader) -> None:
    text = "Values: health and trust. Maybe fairness between old and new tenants, but that's minor."
    found = named(reader, text, "en")
    assert "justice" in found and all("minor" not in f.lower() for f in found)
    text = "Waarden: gezondheid. Eerlijkheid tussen oude en nieuwe huurders, maar dat is bijzaak."
    found = named(reader, text, "nl")
    assert "justice" in found and all("bijzaak" not in f.lower() for f in found)
