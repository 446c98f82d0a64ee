"""Measures told with the case as already taken ("toen hebben we in de software ingesteld dat
...", "we also capped what ..."), as fixed for the speaker ("wat voor ons vaststaat: ...") or
as a use the speaker would only allow in part ("I'd only do it for ..."): options, not notes
to the case or effects. Dutch and English, sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.domain.session import Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.reader import Reader
from assistant.method.reading.sentence_kinds import stated_condition
from assistant.paths import PROJECT_ROOT


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


def _case_options(reader: Reader, text: str, language: str) -> list[str]:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.CASE
    return [o.text for o in reader.read(text, session).options]


@pytest.mark.parametrize(
    ("text", "language", "part"),
    [
        ("Wij zijn een woningcorporatie en plaatsen thuisbatterijen die de netbeheerder mag "
         "aansturen. Toen het een keer misging hebben we in de software ingesteld dat huishoudens "
         "met een zuurstofapparaat altijd voorrang krijgen.", "nl", "zuurstofapparaat"),
        ("We zijn een waterschap en gebruiken sensoren in dijken die zwakke plekken melden. Na de "
         "eerste storm hebben we met de dijkwachten vastgelegd dat niemand op een melding alleen "
         "wordt uitgestuurd.", "nl", "dijkwachten"),
        ("I work at a regional transport authority. A model predicts which stops get crowded "
         "and sends extra buses. After a complaint we also capped how many extra buses one "
         "district can get.", "en", "capped"),
        ("We are a water board and use sensors on dikes that flag weak spots. After the first "
         "storm we set the dashboard up so that an alert needs two sensors to agree.", "en",
         "two sensors"),
    ],
)  # fmt: skip
def test_measure_told_as_taken_in_the_case_is_an_option(
    reader: Reader, text: str, language: str, part: str
) -> None:
    told = _case_options(reader, text, language)
    assert len(told) == 1 and part in told[0], told


@pytest.mark.parametrize(
    ("text", "language", "part"),
    [
        ("Wij zijn een gemeente en gebruiken een model dat bijstandsaanvragen sorteert op "
         "urgentie. Wat voor ons vaststaat: het model beslist niets, een consulent bekijkt elke "
         "aanvraag zelf.", "nl", "consulent bekijkt"),
        ("We are a municipality and use a model that sorts benefit applications by urgency. "
         "What's non-negotiable for me: the model decides nothing, a caseworker reads every "
         "application.", "en", "caseworker reads"),
        ("We zijn een archief en willen gezichtsherkenning gebruiken op onze foto's. Ik zou het "
         "alleen voor foto's ouder dan 80 jaar doen, zodat niemand die nog leeft gevonden wordt.",
         "nl", "80 jaar"),
        ("We are a city archive and want to use face search on our digitised photos. I'd only do "
         "it for photos older than 80 years, so nobody alive can be found.", "en", "80 years"),
    ],
)  # fmt: skip
def test_measure_fixed_or_allowed_in_part_is_an_option(
    reader: Reader, text: str, language: str, part: str
) -> None:
    told = _case_options(reader, text, language)
    assert len(told) == 1 and part in told[0], told


@pytest.mark.parametrize(
    "text",
    [
        "We hebben het model vorig jaar gekocht van een leverancier uit Utrecht.",
        "Hebben we al besloten of het doorgaat?",
        "We decided to use the model in three districts first.",
        "We set up a pilot with two teams last spring.",
        "Wat voor ons vaststaat weet ik nog niet.",
        "I'd only heard of it last week from a colleague.",
    ],
)
def test_telling_what_happened_without_a_measure_is_no_condition(text: str) -> None:
    assert not stated_condition(text)
