"""The kind of a measure (Dutch and English; sentences written for these tests): a quoted name
in it is the name of a field or label and says nothing of the kind ("haal 'ouder als
begeleider' uit het model" is design, not human); payments that go on while a case is checked
are an arrangement (environment)."""

from __future__ import annotations

import pytest

from assistant.method.reading.extraction import extract_options


@pytest.mark.parametrize(
    "text",
    [
        "Haal 'ouder als begeleider' uit het model",
        "Take 'parent as companion' out of the model",
    ],
)
def test_a_quoted_name_says_nothing_of_the_kind(text: str) -> None:
    drafts = extract_options(text, "environment")
    assert [d.kind for d in drafts] == ["design"]


@pytest.mark.parametrize(
    "text",
    [
        "Blijf de uitkering doorbetalen zolang het onderzoek loopt",
        "Keep paying the benefit during the review",
    ],
)
def test_payments_that_go_on_are_an_arrangement(text: str) -> None:
    drafts = extract_options(text, "design")
    assert [d.kind for d in drafts] == ["environment"]
