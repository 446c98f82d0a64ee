"""Contact kept with others that is done less often ("de wijkverpleging belt minder vaak",
"the wardens walk by less often", "inspectors ask fewer questions on site") is contact lost:
negative, not a burden gone. Where the doer is said to be spared it ("hoeven minder te bellen",
"have to call less") or the visits were for nothing, and where the calls or questions are
received ("krijgen minder vragen"), it stays a gain."""

from __future__ import annotations

import pytest

from assistant.method.reading.polarity import clause_direction


@pytest.mark.parametrize(
    "text",
    [
        "De wijkverpleging belt minder vaak",
        "De boa's lopen minder vaak langs bij de speeltuin",
        "De nachtploeg loopt minder langs",
        "Wij bellen dan minder vaak",
        "Inspectors ask fewer questions on site",
        "The coaches ask the parents fewer questions",
        "The outreach workers call less often",
        "The wardens visit less often",
    ],
)
def test_contact_done_less_is_negative(text: str) -> None:
    assert clause_direction(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        # guards: spared, for nothing, received, or less of something else
        "Ouders hoeven minder vaak naar school te bellen",
        "De controleurs gaan minder vaak voor niets langs",
        "De balie krijgt minder vragen over parkeren",
        "Tenants have to call the office less",
        "The help desk gets fewer calls about passwords",
        "Fewer pointless home visits for the coaches",
        "Minder kilometers langs de dijk lopen",
    ],
)
def test_contact_spared_or_received_stays_positive(text: str) -> None:
    assert clause_direction(text) == "positive"
