"""The actor of an effect said of people in general with a Dutch relative clause that says whom
it means: the whole description up to the clause's verb ("mensen die slecht zien krijgen ..."
-> "Mensen die slecht zien"), not cut before that verb; a named group keeps its head ("ouders
die ... snappen" -> "Ouders"); sentences written for these tests."""

from __future__ import annotations

import pytest

from assistant.method.reading.clause_subjects import subject_person


@pytest.mark.parametrize(
    ("clause", "name"),
    [
        ("mensen die slecht horen missen de omroep op het perron", "Mensen die slecht horen"),
        ("mensen die slecht ter been zijn halen de bus niet", "Mensen die slecht ter been zijn"),
        ("iedereen die er werkt merkt het", "Iedereen die er werkt"),
        ("mensen die appen krijgen sneller antwoord", "Mensen die appen"),
        ("ouders die geen Nederlands spreken snappen de brief niet", "Ouders"),
    ],
)
def test_people_in_general_keep_the_clause_that_says_whom_it_means(clause: str, name: str) -> None:
    assert subject_person(clause) == name
