"""The reader on a correction of an actor said at length: an announcement before it ("sorry, I
must correct: it is not X but Y"), a description after the new name ("Y, a firm from ..."), and
a sentence after it about the old name, which says no more than the correction (Dutch and
English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Sorry, I must correct: it is not the web team but the vendor, a firm from Delft.",
         "the web team", "the vendor"),
        ("Wait, let me correct that: it's not the mayor but the council.", "the mayor",
         "the council"),
        ("Sorry, ik moet even corrigeren: het is niet het webteam maar de leverancier, een bedrijf "
         "uit Delft.", "het webteam", "de leverancier"),
        ("Correctie: het is niet de wethouder maar de raad.", "de wethouder", "de raad"),
    ],
)  # fmt: skip
def test_an_announced_correction_renames_the_actor(text: str, old: str, new: str) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.target, intent.replacement) == ("correct", old, new)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry, I must correct: it is not the web team but the vendor. The web team does not "
         "work with it.", "en"),
        ("Sorry, ik moet corrigeren: het is niet het webteam maar de leverancier. Het webteam "
         "werkt er niet mee.", "nl"),
    ],
)  # fmt: skip
def test_a_sentence_about_the_old_name_after_a_correction_is_no_effect(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Een chatbot", ("Web team", "Inwoners"))
    reading = reader.read(text, session)
    assert reading.intent is not None and reading.intent.kind == "correct"
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Correctie op de actoren: niet de wijkraad, die praat hier niet mee. Ik bedoelde "
         "eigenlijk de huurdersvereniging, die de bewoners vertegenwoordigt.", "de wijkraad",
         "de huurdersvereniging"),
        ('correction: not "visitors / the public", I meant local residents. The rest is fine.',
         "visitors / the public", "local residents"),
    ],
)  # fmt: skip
def test_a_correction_with_i_meant_after_a_remark_renames_the_actor(
    text: str, old: str, new: str
) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.target, intent.replacement) == ("correct", old, new)
