"""Values are catalogue names, their synonyms, or a short name the user offers as a value: never a
clause or a question ("kun je eigenlijk zeggen", "a badge is not a person"), an aside ("if that
counts", "of is dat te ouderwets"), words about the method ("now the options", "max drie", "one
per kind"), a sound ("hmm") or a move; a question whether it is allowed asks for a verdict (guided
mode; sentences written for these tests)."""

from __future__ import annotations

import pytest

from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.extraction import match_values
from assistant.method.reading.intents import detect_intent


def named(text: str, catalogue: Catalogue) -> list[str]:
    return [c.entry.id if c.entry else c.name for c in match_values(text, catalogue)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("privacy en autonomie. En buurtgevoel misschien, als dat telt.", ["privacy", "autonomy",
                                                                       "social-cohesion"]),
        ("safety and privacy. trust as well, a badge is not a person", ["public-safety", "privacy",
                                                                       "trust"]),
        ("Waarden, hmm. Transparantie en privacy.", ["transparency", "privacy"]),
        ("autonomie, privacy, gezondheid. Max drie, anders wordt het te veel.", ["autonomy",
                                                                               "privacy",
                                                                               "health"]),
        ("Mag ik er ook duurzaamheid bij zetten, of is dat te ouderwets?", ["sustainability"]),
        ("now the options, one per kind", []),
        ("Kun je eigenlijk zeggen of dit wel kan?", []),
        ("rechtvaardigheid en een eerlijk proces", ["justice", "Eerlijk proces"]),
    ],
)  # fmt: skip
def test_only_names_offered_as_values_become_values(
    method_catalogue: Catalogue, text: str, expected: list[str]
) -> None:
    assert named(text, method_catalogue) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kun je me eigenlijk vertellen of dit juridisch mag? Ik las iets over een rechtszaak.",
        "Could you tell me whether this is legal? There was a court case about it.",
    ],
)
def test_asking_whether_it_is_allowed_asks_for_a_verdict(text: str) -> None:
    assert detect_intent(text).kind == "verdict"


@pytest.mark.parametrize(
    "text", ["ouders twijfelen of het mag van school", "parents wonder whether it is allowed"]
)
def test_doubt_whether_it_is_allowed_is_no_verdict_request(text: str) -> None:
    assert detect_intent(text).kind != "verdict"
