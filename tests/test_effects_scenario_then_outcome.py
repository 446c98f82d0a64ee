"""A scenario asked and its outcome told straight after ("wat als de scanner een kind mist? dan
...", "what if the app crashes? then ...") is one sentence and one effect, the outcome in it,
also after a label; a what-if question answered otherwise and a plain question stay sentences
of their own (Dutch and English, sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.segments import split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Wat als de scanner een kind over het hoofd ziet? Dan staat het buiten in de kou.",
        "wat als de pas niet werkt? dan kom je de bibliotheek niet meer in.",
        "What if the app crashes during a storm? Then nobody gets the warning.",
        "And suppose the camera reads the wrong plate? Then an innocent driver gets the fine.",
    ],
)
def test_a_scenario_and_its_outcome_are_one_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Wat als de scanner het niet doet? Geen idee eigenlijk.",
        "Is dat erg? Dan moeten we het anders doen.",
        "What if it rains? We'll see.",
    ],
)
def test_other_questions_stay_sentences_of_their_own(text: str) -> None:
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("kinderen: wat als de scanner een kind over het hoofd ziet? dan staat het buiten in de "
         "kou.", "nl", "kou"),
        ("What if the app crashes during a storm? Then the children never get the warning.",
         "en", "warning"),
    ],
)  # fmt: skip
def test_the_outcome_of_a_scenario_is_in_its_effect(
    reader: Reader, text: str, language: str, word: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een toegangspoort", ("Kinderen",))
    found = reader.read(text, session).effects
    assert len(found) == 1
    assert word in found[0].text and found[0].direction == "negative"
