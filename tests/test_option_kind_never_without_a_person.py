"""A rule that the output never leads to a sanction without a person's check ("een melding
leidt nooit tot een boete zonder dat een medewerker ...", "a flag never leads to a penalty unless
an officer ..."; sentences written for these tests) is a rule of the organisation (environment),
whoever is named in it."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options


@pytest.mark.parametrize(
    "text",
    [
        "dat een melding nooit tot een boete leidt zonder dat een handhaver de foto heeft bekeken",
        "een signaal leidt nooit tot een korting zonder menselijke controle",
        "a flag never leads to a penalty unless an officer has watched the clip himself",
        "an alert never results in a fine without a warden checking it",
    ],
)
def test_never_without_a_person_is_environment(text: str) -> None:
    assert [d.kind for d in extract_options(text, "design")] == ["environment"]
