"""Values said after a bare "values" lead ("values i think.. ...", "waarden denk ik... ...",
"values, in my words: ..."), also where effects or options are asked, and everyday phrases for
living on in one's own home, having a say, what is left for the next generation and who bears
the cost. Sentences written for these tests (Dutch and English), not taken from the
conversation sets."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.language.cues.references import VALUES_WORD_ONLY_RE
from assistant.method.reading.reader import Reader


def at(step: Step, language: str = "nl") -> Session:
    technology = "Een app die de bezetting van buurthuizen bijhoudt"
    return reading_session(step, language, technology, ("Bezoekers", "Beheerders"))


def keys(reader: Reader, text: str, step: Step, language: str) -> list[str]:
    reading = reader.read(text, at(step, language))
    return [v.entry.id for v in reading.values if v.entry]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("values i think.. fairness for the visitors, privacy maybe", "en",
         ["justice", "privacy"]),
        ("waarden denk ik... eerlijkheid, en wat privacy", "nl", ["justice", "privacy"]),
    ],
)  # fmt: skip
def test_a_bare_values_word_leads_values_among_effects(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language))
    assert [v.entry.id for v in reading.values if v.entry] == expected
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Waarden, in mijn woorden: dat ouderen in hun eigen woning kunnen blijven wonen; en dat "
         "bezoekers zelf wat te zeggen hebben over de app.", "nl",
         ["autonomy", "participation"]),
        ("Values, in my words: older people can stay living in their own homes; and visitors "
         "get a say in the app.", "en", ["autonomy", "participation"]),
    ],
)  # fmt: skip
def test_values_in_own_words_after_a_values_lead(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    assert keys(reader, text, Step.EFFECTS, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("values, in my words: the parks should still be green for our grandchildren", "en",
         ["sustainability"]),
        ("waarden, in mijn woorden: de wijk moet er ook voor onze kleinkinderen nog zijn", "nl",
         ["sustainability"]),
        ("values in my words: small clubs shouldn't pay the price for the big ones", "en",
         ["justice"]),
    ],
)  # fmt: skip
def test_a_values_lead_names_values_where_options_are_asked(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, at(Step.OPTIONS, language))
    assert [v.entry.id for v in reading.values if v.entry] == expected
    assert not reading.options


def test_the_word_values_inside_a_sentence_leads_nothing(reader: Reader) -> None:
    reading = reader.read("values i think matter less than the costs here", at(Step.EFFECTS, "en"))
    assert not reading.values


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("What matters to me: nobody should have to explain themselves at the door; and what "
         "visitors say stays between them and the staff.", "en"),
        ("Wat ik belangrijk vind: dat niemand zich hoeft te verantwoorden bij de deur; en dat wat "
         "bezoekers vertellen blijft tussen hen en de beheerders.", "nl"),
    ],
)  # fmt: skip
def test_what_matters_where_actors_are_asked_reaches_the_end_of_its_line(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, at(Step.ACTORS, language))
    assert [v.entry.id for v in reading.values if v.entry] == ["privacy"]
    assert not reading.actors


@pytest.mark.parametrize("text", ["values?", "Waarden?", "my values?"])
def test_values_asked_as_a_question_is_no_lead(text: str) -> None:
    assert VALUES_WORD_ONLY_RE.match(text) is None
    assert VALUES_WORD_ONLY_RE.match(text.rstrip("?") + ":") is not None
