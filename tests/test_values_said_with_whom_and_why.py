"""Values said in the user's own way where values are asked: a list whose items start with a
value and say whom it is for, with "and" inside ("vertrouwen tussen de huurders en de
verhuurder"), is values and not people; more people joined to whom a value is for stay with it;
"I'd call it X" names the value said before it; values before a colon that says what they mean
are read without the explanation; "op elkaar vertrouwen" is trust; a value with a remark on where
it started is a value, also where options are asked. Sentences written for these tests (Dutch
and English), not taken from the conversation sets."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.reader import Reader
from assistant.method.reading.value_names import match_values


def at(step: Step, language: str) -> Session:
    technology = "Een app die klachten over geluidsoverlast sorteert"
    return reading_session(step, language, technology, ("Huurders", "Verhuurders"))


def read(reader: Reader, text: str, language: str, step: Step = Step.VALUES) -> tuple:
    reading = reader.read(text, at(step, language))
    return [v.entry.id if v.entry else v.name for v in reading.values], reading.actors


def test_value_list_with_whom_it_is_for_is_values_not_people(reader: Reader) -> None:
    text = "rechtvaardigheid voor huurders, privacy, en vertrouwen tussen huurder en verhuurder."
    values, actors = read(reader, text, "nl")
    assert values == ["justice", "privacy", "trust"] and actors == []
    text = (
        "privacy of the tenants and their children, fairness, and trust between landlord and tenant"
    )
    values, actors = read(reader, text, "en")
    assert values == ["privacy", "justice", "trust"] and actors == []


def test_value_list_with_own_value_for_people_keeps_it(reader: Reader) -> None:
    text = "eerlijke behandeling van de melders, rust voor de buren, privacy"
    values, actors = read(reader, text, "nl")
    assert "justice" in values and "privacy" in values and actors == []
    assert any(v.startswith("Rust") for v in values)


def test_people_joined_to_whom_a_value_is_for_are_no_value(method_catalogue: Catalogue) -> None:
    found = [
        v.name
        for v in match_values("privacy van de huurders en hun gasten, veiligheid", method_catalogue)
    ]
    assert found == ["privacy", "security"]
    found = [
        v.name
        for v in match_values("privacy of the tenants and their guests, safety", method_catalogue)
    ]
    assert found == ["privacy", "public-safety"]


def test_own_value_joined_after_a_value_stays_a_value(method_catalogue: Catalogue) -> None:
    found = [
        v.name
        for v in match_values(
            "veiligheid van de huurders en rust in het trappenhuis", method_catalogue
        )
    ]
    assert found[0] == "security" and any(n.startswith("Rust") for n in found)


def test_a_name_given_to_the_value_before_it(method_catalogue: Catalogue) -> None:
    found = [
        v.name
        for v in match_values("fairness, quiet nights, I'd call it peace of mind", method_catalogue)
    ]
    assert found == ["justice", "Peace of mind"]
    found = [
        v.name
        for v in match_values(
            "privacy, een plek waar je thuis bent, ik noem het maar geborgenheid", method_catalogue
        )
    ]
    assert found == ["privacy", "Geborgenheid"]


def test_values_before_an_explaining_colon(reader: Reader) -> None:
    text = "Rechtvaardigheid, en hoor en wederhoor: dat een huurder kan uitleggen wat er speelde."
    values, _actors = read(reader, text, "nl")
    assert values == ["justice", "legal-protection"]
    values, _actors = read(reader, "And fairness: night workers are no troublemakers.", "en")
    assert values == ["justice"]


def test_a_change_before_a_colon_is_no_value_list(reader: Reader) -> None:
    assert reader.values.explained_front("Minder privacy: de app leest alle berichten mee.") == ""
    assert reader.values.explained_front("Negative for privacy: the app reads every chat.") == ""
    assert reader.values.explained_front("Privacy: the app reads every chat.") == "Privacy"


def test_relying_on_each_other_is_trust(reader: Reader) -> None:
    values, _actors = read(reader, "Privacy. En dat buren op elkaar kunnen vertrouwen.", "nl")
    assert values == ["privacy", "trust"]
    values, _actors = read(reader, "Privacy. And that neighbours can trust each other.", "en")
    assert values == ["privacy", "trust"]


def test_value_with_remark_on_where_it_started(reader: Reader) -> None:
    values, _actors = read(
        reader, "privacy. en gezondheid, daar ging het ooit om", "nl", Step.OPTIONS
    )
    assert values == ["privacy", "health"]
    reading = reader.read("and health, that's where it all began", at(Step.OPTIONS, "en"))
    assert [v.entry.id for v in reading.values if v.entry] == ["health"] and not reading.options


def test_whom_a_value_is_for_above_all_is_no_value(method_catalogue: Catalogue) -> None:
    found = [
        v.name for v in match_values("Fairness, especially for night workers", method_catalogue)
    ]
    assert found == ["justice"]
    found = [
        v.name
        for v in match_values("vrijheid van meningsuiting en van pers, privacy", method_catalogue)
    ]
    assert found == ["freedom-of-expression", "privacy"]


def test_the_next_step_named_is_no_value(reader: Reader) -> None:
    values, _actors = read(reader, "So, measures. Could the app warn tenants first?", "en")
    assert values == []
    values, _actors = read(
        reader, "ok maatregelen. kan de app eerst een waarschuwing sturen?", "nl"
    )
    assert values == []


def test_a_rank_after_an_own_value_is_no_part_of_it(method_catalogue: Catalogue) -> None:
    found = [v.name for v in match_values("rust voorop, en privacy", method_catalogue)]
    assert found == ["Rust", "privacy"]
    found = [v.name for v in match_values("calm first, and privacy", method_catalogue)]
    assert found == ["Calm", "privacy"]


def test_artistic_and_academic_freedom_are_freedom_of_expression(
    method_catalogue: Catalogue,
) -> None:
    found = [v.name for v in match_values("privacy, academische vrijheid", method_catalogue)]
    assert found == ["privacy", "freedom-of-expression"]
    found = [v.name for v in match_values("artistic freedom and safety", method_catalogue)]
    assert found == ["freedom-of-expression", "public-safety"]


def test_values_given_where_actors_are_asked_are_no_actors(reader: Reader) -> None:
    text = "betaalbaarheid, privacy natuurlijk, en zeggenschap van huurders over hun contract."
    values, actors = read(reader, text, "nl", Step.ACTORS)
    assert values == ["Betaalbaarheid", "privacy", "participation"] and actors == []
    text = "Veiligheid. Privacy ook, gezien de camera's en de buren."
    values, actors = read(reader, text, "nl", Step.ACTORS)
    assert values == ["security", "privacy"] and actors == []
    text = "calm, privacy of course, and trust between landlord and tenants"
    values, actors = read(reader, text, "en", Step.ACTORS)
    assert values == ["Calm", "privacy", "trust"] and actors == []


def test_a_list_of_people_where_actors_are_asked_stays_people(reader: Reader) -> None:
    _values, actors = read(
        reader, "de huurders, de wijkagent, de verhuurder en de buren", "nl", Step.ACTORS
    )
    assert len(actors) >= 3
    _values, actors = read(
        reader, "tenants, landlords, the neighbours and the police", "en", Step.ACTORS
    )
    assert len(actors) >= 3


def test_values_the_speaker_was_thinking_of(reader: Reader) -> None:
    text = "ik dacht zelf aan rechtvaardigheid en privacy van de huurders"
    values, _actors = read(reader, text, "nl", Step.EFFECTS)
    assert values == ["justice", "privacy"]
    values, _actors = read(reader, "I was thinking of fairness and privacy", "en", Step.EFFECTS)
    assert values == ["justice", "privacy"]


def test_people_the_speaker_was_thinking_of_are_no_values(reader: Reader) -> None:
    text = "ik dacht aan de huurders, die krijgen veel minder overlast"
    values, _actors = read(reader, text, "nl", Step.EFFECTS)
    assert values == []
    text = "I was thinking of the tenants, they get much less noise"
    values, _actors = read(reader, text, "en", Step.EFFECTS)
    assert values == []


def test_an_honest_aside_names_no_fairness(method_catalogue: Catalogue) -> None:
    found = [v.name for v in match_values("privacy, en rust, eerlijk gezegd", method_catalogue)]
    assert "justice" not in found and "privacy" in found
    found = [v.name for v in match_values("privacy and calm, to be fair", method_catalogue)]
    assert "justice" not in found and "privacy" in found
    found = [v.name for v in match_values("het moet eerlijk zijn", method_catalogue)]
    assert found == ["justice"]


def test_professional_skill_and_professionalism_are_craftsmanship(
    method_catalogue: Catalogue,
) -> None:
    found = match_values("safety, professional skill, privacy", method_catalogue)
    assert [(v.name, v.said) for v in found][1] == ("craftsmanship", "professional skill")
    found = match_values("privacy en professionaliteit", method_catalogue)
    assert [v.name for v in found] == ["privacy", "craftsmanship"]
