"""A measure given beside the case, before any effects ("we dachten zelf al aan dit: ...", "we
were already thinking of this: ..."), is kept as an option while the method starts at the case;
a "Context:" label at the case step labels the case, not an option of the environment (Dutch
and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "Ik wil vooral weten wat we kunnen doen. We dachten zelf al aan dit: een medewerker "
            "bekijkt elke melding zelf voordat er een brief uitgaat."),
     ("en", "Mostly I want to know what we can do. We were already thinking of this: an officer "
            "looks at every hit before a letter goes out.")],
)  # fmt: skip
def test_a_measure_beside_the_case_is_kept_and_the_case_is_asked(
    conductor: Conductor, language: str, text: str
) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    conductor.plan(session, text)
    assert len(session.options) == 1
    assert session.step == Step.CASE


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "Context: een model dat op satellietbeelden illegale bouwwerken zoekt."),
     ("en", "Context: a model that finds illegal sheds on satellite images.")],
)  # fmt: skip
def test_a_context_label_at_the_case_step_is_no_option(
    reader: Reader, language: str, text: str
) -> None:
    session = reading_session(Step.CASE, language, "", ())
    found = reader.read(text, session)
    assert not found.options
    assert found.case


@pytest.mark.parametrize(
    ("language", "text"),
    [("nl", "Context: een vaste afspraak met de leverancier over de bewaartermijn"),
     ("en", "Context: a fixed agreement with the supplier on how long data are kept")],
)  # fmt: skip
def test_a_context_label_among_the_options_is_an_option_of_the_environment(
    reader: Reader, language: str, text: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een model", ("Bewoners",))
    assert [o.kind for o in reader.read(text, session).options] == ["environment"]
