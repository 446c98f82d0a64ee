"""Measures said as requirements, conditions and in pasted lists (Dutch and English; sentences
written for these tests): a list under "Maatregelen:"/"Measures:" sent on its own is the
speaker's measures at any step; a head of requirements or conditions ("Eisen:", "Only if:")
over a list names measures once the case is told, and tells the case before; a bare condition
("Alleen als ...", "Only if ...") is a measure; a kind in brackets makes a measure; the rest
turned down after a pick by number is no item; laws and assessments named with where they
stand are no measure; "vul bij de maatregelen aan dat ..." adds one."""

from __future__ import annotations

import pytest
from method_fakes import options_proposed, reading_session

from assistant.domain.session import Step
from assistant.method.reading.frameworks import framework_status
from assistant.method.reading.reader import Reader

MEASURES_NL = (
    "Maatregelen:\n- geen nationaliteit als invoer van het model\n"
    "- elk jaar een audit door een extern bureau\n- de consulenten trainen in het gesprek\n"
)
MEASURES_EN = (
    "Measures:\n- no nationality as input of the model\n- a yearly audit by an outside firm\n"
    "- train the case workers in the conversation\n"
)


def _options(reader: Reader, text: str, step: Step, language: str) -> list[str]:
    session = reading_session(step, language, "een risicomodel", ("Inwoners", "Consulenten"))
    return [o.text.lower() for o in reader.read(text, session).options]


@pytest.mark.parametrize("step", [Step.EFFECTS, Step.VALUES])
@pytest.mark.parametrize(("text", "language"), [(MEASURES_NL, "nl"), (MEASURES_EN, "en")])
def test_measures_list_on_its_own_is_read_before_the_options(
    reader: Reader, text: str, language: str, step: Step
) -> None:
    session = reading_session(step, language, "een risicomodel", ("Inwoners", "Consulenten"))
    reading = reader.read(text, session)
    assert reading.intent is None or reading.intent.kind != "empty"
    assert len(reading.options) == 3
    assert not reading.effects and not reading.values
    assert reading.content_step() == Step.OPTIONS


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Wat we willen, onder voorwaarden:\n- alleen als een mens elk besluit controleert\n"
            "- de gegevens blijven binnen Nederland\n",
            "nl",
        ),
        ("Eisen:\n- een mens controleert elk besluit\n- de gegevens blijven in Nederland\n", "nl"),
        ("Only if:\n- a person checks every decision\n- the data stay inside the EU\n", "en"),
        ("Conditions:\n- a person checks every decision\n- the data stay inside the EU\n", "en"),
    ],
)
def test_requirements_head_over_a_list_names_measures_after_the_case(
    reader: Reader, text: str, language: str
) -> None:
    options = _options(reader, text, Step.EFFECTS, language)
    assert len(options) == 2
    assert any("besluit" in o or "decision" in o for o in options)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "We laten een app bouwen waarin vissers hun vangst melden.\nEisen:\n"
            "- melden binnen 12 uur\n- locatie op 50 meter nauwkeurig\n",
            "nl",
        ),
        ("Requirements:\n- the app logs each catch within 12 hours\n- location to 50 m\n", "en"),
    ],
)
def test_requirements_head_with_the_case_tells_the_case(
    reader: Reader, text: str, language: str
) -> None:
    assert _options(reader, text, Step.CASE, language) == []


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Alleen als de opnames binnen Nederland blijven.", "nl", "nederland"),
        ("Only if the recordings stay inside the EU.", "en", "eu"),
        ("ok, en alleen als de leverancier dat tekent", "nl", "tekent"),
    ],
)
def test_bare_condition_is_a_measure_among_effects(
    reader: Reader, text: str, language: str, word: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "een risicomodel", ("Inwoners",))
    reading = reader.read(text, session)
    assert [o.text.lower() for o in reading.options if word in o.text.lower()]
    assert not reading.effects


def test_condition_with_its_consequence_stays_an_effect(reader: Reader) -> None:
    text = "Alleen als de stroom uitvalt, staan de deuren open en lopen bewoners weg."
    session = reading_session(Step.EFFECTS, "nl", "slimme deuren", ("Bewoners",))
    assert reader.read(text, session).effects


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "- een uitzonderingslijst voor vaste partners (techniek)\n"
            "- partners krijgen een brief met uitleg (omgeving)\n"
            "- een korte cursus voor alle medewerkers (mens)\n",
            "nl",
        ),
        (
            "- an exception list for regular partners (design)\n"
            "- partners get a letter that explains it (environment/policy)\n"
            "- a short course for all staff (human)\n",
            "en",
        ),
    ],
)
def test_kind_in_brackets_makes_a_measure_among_effects(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "een mailscanner", ("Medewerkers",))
    reading = reader.read(text, session)
    assert sorted(o.kind for o in reading.options) == ["design", "environment", "human"]
    assert not reading.effects


PROPOSED = (
    ("design", "Elke zoekvraag wordt gelogd"),
    ("environment", "Een jaarlijkse audit"),
    ("human", "Training voor de balie"),
    ("environment", "Een klachtenloket"),
)


@pytest.mark.parametrize(
    ("text", "language", "picked"),
    [
        ("2 en 4 ja, de rest niet.", "nl", [2, 4]),
        ("1 and 3 yes, the rest not.", "en", [1, 3]),
        ("from your extra suggestions, 2 yes, the others no.", "en", [2]),
        ("1 en 2 van jou ook nog, de rest niet", "nl", [1, 2]),
    ],
)
def test_rest_turned_down_after_a_pick_is_no_option(
    reader: Reader, text: str, language: str, picked: list[int]
) -> None:
    session = options_proposed(PROPOSED, "een zoeksysteem", language)
    reading = reader.read(text, session)
    assert reading.reference == picked
    assert reading.options == [] and reading.values == []


def test_rest_turned_down_keeps_the_measure_after_it(reader: Reader) -> None:
    session = options_proposed(PROPOSED, "een zoeksysteem", "nl")
    reading = reader.read("1 en 3 ja, de rest niet. En de balie krijgt een draaiboek.", session)
    assert reading.reference == [1, 3]
    assert [o.text for o in reading.options] == ["De balie krijgt een draaiboek"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("must comply with GDPR, DPIA done, IAMA planned for Q3", True),
        ("Kader: BIO + AVG art 32", True),
        ("grondslag AVG art. 6 lid 1 sub e nog uitzoeken", True),
        ("DPIA laten doen voor de livegang", False),
        ("publish the model in the algorithm register", False),
    ],
)
def test_framework_status_is_no_measure(text: str, expected: bool) -> None:
    assert framework_status(text) is expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("must comply with GDPR, DPIA done, IAMA planned for Q3", "en"),
        ("DPIA gedaan, IAMA gepland voor Q3.", "nl"),
    ],
)
def test_framework_status_among_options_adds_none(reader: Reader, text: str, language: str) -> None:
    assert _options(reader, text, Step.OPTIONS, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("gratis parkeren voor bezoekers van de kliniek, dat is beleid van het ministerie.", "nl"),
        ("free parking for visitors of the clinic, that's policy at ministry level.", "en"),
    ],
)
def test_comment_on_where_a_measure_lies_is_no_measure(
    reader: Reader, text: str, language: str
) -> None:
    options = _options(reader, text, Step.OPTIONS, language)
    assert len(options) == 1 and ("parking" in options[0] or "parkeren" in options[0])
    assert "ministr" not in options[0]


@pytest.mark.parametrize("step", [Step.EFFECTS, Step.OPTIONS])
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vul nog aan bij de maatregelen dat de ondernemingsraad meebeslist over groei.", "nl"),
        ("Add to the measures that the works council has a say in any roll-out.", "en"),
    ],
)
def test_added_to_the_measures_is_one_measure(
    reader: Reader, text: str, language: str, step: Step
) -> None:
    options = _options(reader, text, step, language)
    assert len(options) == 1
    assert options[0].startswith(("de ondernemingsraad", "the works council"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Alleen als het regent gaat de markt niet door.", "nl"),
        ("Only if the alarm sounds do the guards come in.", "en"),
    ],
)
def test_condition_with_its_main_clause_after_it_is_no_bare_condition(
    reader: Reader, text: str, language: str
) -> None:
    assert _options(reader, text, Step.EFFECTS, language) == []


@pytest.mark.parametrize(
    ("text", "language", "tail"),
    [
        (
            "Teamleiders beslissen zelf na een check, alleen als die check iets vindt gaan ze "
            "langs.",
            "nl",
            "alleen als",
        ),
        (
            "It's only used for parking fines, not for criminal cases, too much at stake.",
            "en",
            "too",
        ),
    ],
)
def test_condition_or_reason_after_a_comma_stays_with_its_measure(
    reader: Reader, text: str, language: str, tail: str
) -> None:
    options = _options(reader, f"Maatregelen:\n- {text}\n- een training\n", Step.VALUES, language)
    assert len(options) == 2
    assert tail in options[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rest graag van jou.", "nl"),
        ("ik zit in een overleg", "nl"),
        ("the rest from you please.", "en"),
        ("I'm in a meeting", "en"),
    ],
)
def test_busy_aside_or_rest_left_to_the_assistant_is_no_measure(
    reader: Reader, text: str, language: str
) -> None:
    assert _options(reader, text, Step.OPTIONS, language) == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("En voeg rust in de wijk toe.", "nl", "rust in de wijk"),
        ("Add peace of mind.", "en", "peace of mind"),
    ],
)
def test_own_value_added_by_name_where_values_are_chosen(
    reader: Reader, text: str, language: str, name: str
) -> None:
    session = reading_session(Step.VALUES, language, "een risicomodel", ("Inwoners",))
    reading = reader.read(text, session)
    assert [v.name.lower() for v in reading.values] == [name]
    assert reading.options == []


def test_measure_added_where_values_are_chosen_stays_a_measure(reader: Reader) -> None:
    session = reading_session(Step.VALUES, "nl", "een risicomodel", ("Inwoners",))
    reading = reader.read("En voeg een jaarlijkse audit toe.", session)
    assert reading.options and not reading.values


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De coaches praten met de groep over wanneer je de app gebruikt en wanneer je een "
         "maatje vraagt.", "nl"),
        ("The coaches talk with the group about when to use the app and when to ask a mate.", "en"),
    ],
)  # fmt: skip
def test_second_question_word_after_and_stays_with_its_measure(
    reader: Reader, text: str, language: str
) -> None:
    assert len(_options(reader, text, Step.OPTIONS, language)) == 1
