"""Values said in everyday words where values are asked: feeling free to speak at all is privacy
(nobody listens in), a record that is right is reliability; in a "what matters to me" lead as
well (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("wat voor mij telt: dat bewoners zich vrij voelen om te praten", "nl", {"privacy"}),
        ("dat de cijfers in het dossier kloppen", "nl", {"reliability"}),
        ("waar het mij om gaat: dat je vrij bent om te vertellen wat je wilt, en dat de"
         " samenvatting klopt", "nl", {"privacy", "reliability"}),
        ("that tenants feel free to talk", "en", {"privacy"}),
        ("what matters to me: that the summary is accurate and people speak freely", "en",
         {"privacy", "reliability"}),
    ],
)  # fmt: skip
def test_everyday_words_name_privacy_and_reliability(
    reader: Reader, text: str, language: str, expected: set[str]
) -> None:
    session = reading_session(Step.VALUES, language, "Gesprekken opnemen en laten samenvatten")
    reading = reader.read(text, session)
    assert {choice.entry.id for choice in reading.values if choice.entry} == expected
