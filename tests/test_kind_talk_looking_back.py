"""Talk about kinds of options after looking back over them ("looking at it again, that's all
settings and agreements", "als ik ze zo teruglees zijn dat vooral techniek"), people for whom
there is nothing yet ("aan de bewoners zelf had ik nog niet gedacht", "nothing on the human side
yet") and a measure after such talk at a comma are read as in other talk about kinds: no option
itself, the measure after it of the kind said to be missing (Dutch and English; sentences
written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.kind_coverage import kind_coverage
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Looking at it again, that's all settings and rules", None),
        ("als ik ze zo teruglees zijn dat vooral techniek en afspraken", None),
        ("so that's technical and contractual", None),
        ("Nothing on the human side yet, hmm", "human"),
        ("aan de bewoners zelf had ik eigenlijk nog niet gedacht", "human"),
        ("voor de gasten zelf heb ik nog niks", "human"),
        ("I hadn't thought of the tenants themselves yet", "human"),
        ("Nu ik het zo teruglees: voor de huurders zelf hebben we eigenlijk niks", "human"),
        ("the tenants maybe?", "human"),
        ("de huurders misschien?", "human"),
    ],
)
def test_looking_back_and_nothing_yet_is_talk_about_kinds(text: str, kind: str | None) -> None:
    assert kind_coverage(text) == (True, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Aan de kosten had ik nog niet gedacht",
        "Looking back, the tenants should get a letter",
        "What's missing is a settings page for the staff",
        "Nothing on the roof gets fixed",
        "a training maybe?",
        "de app misschien?",
    ],
)
def test_a_measure_or_another_remark_is_no_talk_about_kinds(text: str) -> None:
    assert not kind_coverage(text)[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Nothing on the human side yet, hmm, maybe the tenants get a short course on the app.",
         "en"),
        ("Niks voor de mensen zelf nog, hm, misschien krijgen de huurders een korte cursus over "
         "de app.", "nl"),
    ],
)  # fmt: skip
def test_the_measure_after_the_comma_is_human(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.OPTIONS, language, "Een huurdersapp", ("huurders",))
    reading = reader.read(text, session)
    assert len(reading.options) == 1
    assert reading.options[0].kind == "human"
    assert "course" in reading.options[0].text or "cursus" in reading.options[0].text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Looking at it again, that's all settings and agreements. I hadn't thought of the "
         "tenants themselves yet.", "en"),
        ("hm, als ik ze zo teruglees zijn dat vooral techniek en afspraken. aan de huurders zelf "
         "had ik eigenlijk nog niet gedacht.", "nl"),
    ],
)  # fmt: skip
def test_the_talk_alone_is_no_option(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.OPTIONS, language, "Een huurdersapp", ("huurders",))
    reading = reader.read(text, session)
    assert reading.options == []
    assert reading.effects == []


def test_a_person_named_as_a_hedged_label_before_a_colon_is_a_measure() -> None:
    from assistant.method.reading.kind_coverage import _people_asked

    assert not _people_asked("ja en misschien een buddy")
    assert not _people_asked("and maybe a mentor")
    assert _people_asked("de chauffeurs misschien?")
