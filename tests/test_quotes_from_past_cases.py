"""A guided reply that enters a step and quotes a past case quotes what that case says about the
step (its actors, first effects, values or options), not the opening of the case text."""

from __future__ import annotations

import pytest

from assistant.domain.session import Step
from assistant.method.grounding import Passage

CASE_TEXT = """Casus: Slimme afvalbakken in het park (gemeente) (illustratief voorbeeld)
Technologie: Afvalbakken met een vulgraadsensor die melden wanneer ze geleegd moeten worden.
Actoren: Parkbezoekers, Reinigingsdienst, Leverancier.
Effecten:
(+) Reinigingsdienst: Minder lege ritten langs halflege bakken.
(-) Parkbezoekers: Bakken zitten op drukke dagen toch vol.
(-) Reinigingsdienst: Routes worden door het systeem bepaald.
Waarden: Efficiëntie, Leefbaarheid.
Handelingsopties:
- [Omgeving / context] Op zomerse dagen een vaste extra ronde. (Beschermt: Leefbaarheid)
- [Mens / gebruiker] Medewerkers mogen de route aanpassen. (Beschermt: Vakmanschap)
- [Technologie / ontwerp] Een drempel die op drukke dagen lager ligt. (Beschermt: Leefbaarheid)"""


@pytest.fixture
def case() -> Passage:
    return Passage(
        "case-nl-afvalbakken", CASE_TEXT, "Slimme afvalbakken", kind="cases", language="nl"
    )


@pytest.mark.parametrize(
    ("step", "expected"),
    [
        (Step.CASE, "Technologie: Afvalbakken met een vulgraadsensor"),
        (Step.ACTORS, "Actoren: Parkbezoekers, Reinigingsdienst, Leverancier."),
        (Step.EFFECTS, "Effecten: (+) Reinigingsdienst: Minder lege ritten langs halflege bakken. "
                       "(-) Parkbezoekers: Bakken zitten op drukke dagen toch vol."),
        (Step.VALUES, "Waarden: Efficiëntie, Leefbaarheid."),
        (Step.OPTIONS, "Handelingsopties: - [Omgeving / context] Op zomerse dagen een vaste extra "
                       "ronde. (Beschermt: Leefbaarheid) - [Mens / gebruiker] Medewerkers"),
    ],
)  # fmt: skip
def test_a_past_case_is_quoted_for_the_step_entered(
    case: Passage, step: Step, expected: str
) -> None:
    assert case.excerpt(step).startswith(expected)
    assert "Casus:" not in case.excerpt(step)


def test_other_passages_and_cases_without_the_step_keep_their_opening() -> None:
    method = Passage(
        "method-nl#x", "De actoren zijn iedereen die ermee te maken heeft.", kind="method"
    )
    assert method.excerpt(Step.ACTORS) == method.snippet
    bare = Passage(
        "case-nl-kort", "Casus: Kort\nTechnologie: Een app.", kind="cases", language="nl"
    )
    assert bare.excerpt(Step.VALUES) == bare.snippet
