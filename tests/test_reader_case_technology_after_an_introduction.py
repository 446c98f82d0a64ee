"""The case in a long opening: a sentence in which the writer says who they are and names no
technology is the context, not the technology ("Ik ben docent op een scholengemeenschap in
Zwolle", "I'm a data officer at the water board"); a later sentence of the same message that
names a technology is added to a short technology ("Ze krijgen sensoren die ...") (Dutch and
English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "technology", "not_in_technology"),
    [
        ("Ik ben beleidsmedewerker bij een woningcorporatie in Deventer, team Wonen en Zorg. "
         "Sinds maart gebruiken we een app die meldingen over schimmel sorteert.", "nl", "app",
         "beleidsmedewerker"),
        ("I'm a data officer at the water board, team Permits and Enforcement (north). We "
         "built a model that ranks permit requests by risk.", "en", "model", "data officer"),
    ],
)  # fmt: skip
def test_who_the_writer_is_is_no_technology(
    reader: Reader, text: str, language: str, technology: str, not_in_technology: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, ""))
    assert technology in reading.case.get("technology", "").lower()
    assert not_in_technology not in reading.case.get("technology", "").lower()


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("Bij het waterschap werken we aan slimme stuwen in de polder. Ze krijgen sensoren die "
         "de waterstand elk uur doorgeven.", "nl", "sensoren"),
        ("We handle parking permits for the old town. Since May a pipeline reads the scanned "
         "forms with OCR and approves the simple ones.", "en", "ocr"),
    ],
)  # fmt: skip
def test_a_later_sentence_that_names_a_technology_joins_a_short_one(
    reader: Reader, text: str, language: str, word: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, ""))
    assert word in reading.case.get("technology", "").lower()
