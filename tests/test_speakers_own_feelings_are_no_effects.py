"""The speaker's own feeling, distrust or bet about the case ("eerlijk gezegd word ik hier
ongerust van", "persoonlijk vind ik het een rotklus", "I don't trust them one bit") is no
effect; a worry about someone else ("ik ben bang dat ouders afhaken") stays one. The fields of a
case typed as a form ("Organisatie: ...", "Technology: ...") and a personal remark announced
("Persoonlijk: ...") name no actor (Dutch and English; texts written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader
from assistant.method.reading.side_remarks import side_remark


@pytest.mark.parametrize(
    "sentence",
    [
        "Eerlijk gezegd word ik hier best ongerust van, mijn zus woont daar",
        "Persoonlijk vind ik het een rotklus",
        "Die laatste vertrouw ik voor geen meter",
        "daar durf ik een fles wijn op te zetten",
        "Honestly, I'm furious about it",
        "I don't trust them one bit",
        "I'd bet money on it",
    ],
)
def test_the_speakers_own_feeling_is_a_side_remark(sentence: str) -> None:
    assert side_remark(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik ben bang dat ouders afhaken",
        "I'm worried that tenants lose their deposit",
        "Bewoners worden ongerust van het piepje",
        "Ik vind het zorgelijk dat ouderen buitengesloten worden",
    ],
)
def test_a_worry_about_others_is_no_side_remark(sentence: str) -> None:
    assert not side_remark(sentence)


@pytest.mark.parametrize(
    ("language", "said", "kept"),
    [
        (
            "nl",
            "Huurders krijgen sneller hun geld terug. Eerlijk gezegd word ik hier ongerust van.",
            "geld terug",
        ),
        (
            "en",
            "Tenants get their deposit back sooner. Honestly, I don't trust them one bit.",
            "deposit",
        ),
    ],
)
def test_among_effects_the_speakers_feeling_is_left_out(
    reader: Reader, language: str, said: str, kept: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "an app for deposits", ("Huurders",))
    texts = [e.text.lower() for e in reader.read(said, session).effects]
    assert any(kept in t for t in texts)
    assert not any("ongerust" in t or "trust" in t for t in texts)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nl", "Organisatie: gemeente Breda, team parkeren\nTechniek: sensoren in parkeervakken"),
        ("en", "Organisation: city of Breda, parking team\nTechnology: sensors in parking bays"),
    ],
)
def test_case_form_labels_name_no_actor(reader: Reader, language: str, said: str) -> None:
    reading = reader.read(said, reading_session(Step.CASE, language, ""))
    names = [a.name.lower() for a in reading.actors]
    assert not any(n.startswith(("organisatie", "organisation", "techn")) for n in names)
