"""Values weighed against each other in the speaker's words are values, not effects or actors:
one put at the top or above another, one that still counts, one kept after doubt, the value a
remark is really about; values listed after a lead where effects are asked; own words of a
value that say more than its catalogue name; a value added "explicitly" and one named as a
state ("gehoord worden"). Dutch and English; sentences written for these tests."""

from __future__ import annotations

import pytest
from method_fakes import session_at

from assistant.domain.session import Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.editing.canvas import value_in_own_words
from assistant.method.reading.reader import Reader
from assistant.method.reading.value_names import match_values


def _keys(reading: object) -> list[str]:
    return [v.entry.id if v.entry else v.name.lower() for v in reading.values]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("nl", "Zorgvuldigheid van de toets staat voor mij bovenaan, die vind ik belangrijker "
               "dan efficiëntie.", ["due-care", "efficiency"]),
        ("nl", "Onpartijdigheid van de commissie staat voor mij bovenaan.", ["onpartijdigheid"]),
        ("nl", "Privacy telt wel mee, anders was de ondernemingsraad nooit akkoord gegaan.",
         ["privacy"]),
        ("en", "Fairness weighs heavier for me than efficiency, but efficiency counts too.",
         ["justice", "efficiency"]),
        ("en", "Dignity comes first for me, before efficiency.", ["human-dignity", "efficiency"]),
    ],
)  # fmt: skip
def test_weighed_values_are_values(
    reader: Reader, language: str, text: str, wanted: list[str]
) -> None:
    reading = reader.read(text, session_at(Step.VALUES, language))
    for key in wanted:
        assert any(k.startswith(key) for k in _keys(reading)), (key, _keys(reading))
    assert not reading.effects
    assert not reading.actors


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("nl", "en privacy van de bewoners, al twijfel ik of dat niet meer over rust gaat dan "
               "over privacy. nee, laat maar privacy.", "privacy"),
        ("en", "and privacy, though maybe that is more about quiet. no. keep privacy then.",
         "privacy"),
    ],
)  # fmt: skip
def test_value_kept_after_doubt(reader: Reader, language: str, text: str, wanted: str) -> None:
    reading = reader.read(text, session_at(Step.VALUES, language))
    assert wanted in _keys(reading)


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("en", "And the shopkeepers' complaint is really about proportionality.",
         "proportionality"),
        ("nl", "Wat de ouders zeggen gaat eigenlijk over rechtvaardigheid.", "justice"),
        ("en", "But the real issue is trust: if the alerts are wrong, nobody reacts.", "trust"),
    ],
)  # fmt: skip
def test_value_a_remark_is_about(reader: Reader, language: str, text: str, wanted: str) -> None:
    reading = reader.read(text, session_at(Step.VALUES, language))
    assert wanted in _keys(reading)
    assert not reading.effects


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("nl", "Voor de raad zou ik kiezen: veiligheid, gelijke behandeling en vertrouwen.",
         ["security", "equal-treatment", "trust"]),
        ("nl", "Wat ik belangrijk vind is een eerlijke toets, de privacy van de leerlingen en hun "
               "gezondheid.", ["privacy", "health"]),
        ("en", "For the board I'd pick: safety, privacy and trust.",
         ["safety", "privacy", "trust"]),
    ],
)  # fmt: skip
def test_values_led_where_effects_are_asked(
    reader: Reader, language: str, text: str, wanted: list[str]
) -> None:
    reading = reader.read(text, session_at(Step.EFFECTS, language))
    keys = _keys(reading)
    for key in wanted:
        assert any(key in k for k in keys), (key, keys)
    assert not reading.effects


def test_own_words_that_say_more_are_kept() -> None:
    assert value_in_own_words("democratische controle", "Democratie") == (
        "Democratische controle (Democratie)"
    )
    assert value_in_own_words("democratisch", "Democratie") == "Democratie"
    assert value_in_own_words("safety", "Public safety") == "Public safety"


def test_value_named_as_a_state(method_catalogue: Catalogue) -> None:
    nl = [v.name for v in match_values("serieus genomen worden, veiligheid", method_catalogue)]
    en = [v.name for v in match_values("being taken seriously, privacy", method_catalogue)]
    assert "Serieus genomen worden" in nl
    assert "Being taken seriously" in en


def test_value_added_explicitly(reader: Reader) -> None:
    reading = reader.read("rust op de afdeling wil ik er expliciet bij", session_at(Step.VALUES))
    assert [v.name for v in reading.values] == ["Rust op de afdeling"]
    assert not reading.effects


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("nl", "dat je als verpleegkundige je eigen rooster nog een beetje in de hand hebt",
         "autonomy"),
        ("en", "that nurses keep some control over their own schedule", "autonomy"),
        ("en", "that a human really decides", "control-over-technology"),
        ("nl", "dat een mens echt beslist", "control-over-technology"),
        ("nl", "dat je als bewoner gehoord wordt", "participation"),
        ("en", "being heard", "participation"),
    ],
)  # fmt: skip
def test_values_in_everyday_words(reader: Reader, language: str, text: str, wanted: str) -> None:
    reading = reader.read(text, session_at(Step.VALUES, language))
    assert wanted in _keys(reading)


@pytest.mark.parametrize(
    ("language", "text", "wanted"),
    [
        ("en", "Transparency comes first, then safety, and the independence of the inspector. "
               "Those matter more to me than speed.",
         ["transparency", "public-safety", "independence"]),
        ("nl", "waardigheid vind ik het belangrijkst want een mens is meer dan een dossier "
               "daarna privacy en pas daarna efficientie", ["human-dignity", "privacy"]),
    ],
)  # fmt: skip
def test_the_other_values_of_a_weighing_sentence_are_read_too(
    reader: Reader, language: str, text: str, wanted: list[str]
) -> None:
    keys = _keys(reader.read(text, session_at(Step.VALUES, language)))
    for key in wanted:
        assert any(k.startswith(key) for k in keys), (key, keys)
