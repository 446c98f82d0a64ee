"""The actor of an effect whose clause names no people: the people named in the clause right
after it in the same sentence ("the logic is a black box, applicants can't tell why"), not
across a contrast; a subject that is a pronoun ("they're ...") takes the people
named before it; a bullet in front of a label is no part of the actor's name; a label of one
person's role in minutes ("GP liaison: ...", "Privacy officer: ...") is who speaks, not the
actor of a clause with people of its own (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.method.reading.reader import Reader

PERMITS_NL = ("Aanvragers", "Behandelaars", "Leverancier")
PERMITS_EN = ("Applicants", "Caseworkers", "Supplier")


def _read(reader: Reader, text: str, language: str, actors: tuple[str, ...] = ()) -> list[str]:
    known = actors or (PERMITS_NL if language == "nl" else PERMITS_EN)
    technology = "een vergunningenportaal" if language == "nl" else "a permit portal"
    return [a for _, _, a in told(read_in(reader, text, known, language, technology))]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("en de beslisregel is een black box, aanvragers snappen niet meer waarom ze worden "
         "afgewezen.", "nl", "Aanvragers"),
        ("- de beschikking komt maanden later, aanvragers weten dan niet meer waarvoor", "nl",
         "Aanvragers"),
        ("and the scoring logic is a black box, applicants can't tell why they are turned down.",
         "en", "Applicants"),
        ("- the decision comes months later, applicants no longer know what it was for", "en",
         "Applicants"),
    ],
)  # fmt: skip
def test_clause_naming_no_one_takes_the_people_of_the_clause_after(
    message_reader: Reader, text: str, language: str, actor: str
) -> None:
    assert _read(message_reader, text, language) == [actor, actor]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("en de beslisregel is een black box, maar behandelaars zijn blij met de snelheid.",
         "nl", "Behandelaars"),
        ("and the scoring logic is a black box, but caseworkers like the speed.", "en",
         "Caseworkers"),
    ],
)  # fmt: skip
def test_no_actor_across_a_contrast(
    message_reader: Reader, text: str, language: str, actor: str
) -> None:
    assert _read(message_reader, text, language) == ["", actor]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("Caseworkers find it over the top; they're professionals and now get treated like "
         "beginners.", "en", "Caseworkers"),
        ("Applicants find it cold; they're citizens and now get treated like case numbers.",
         "en", "Applicants"),
    ],
)  # fmt: skip
def test_subject_pronoun_takes_the_people_named_before(
    message_reader: Reader, text: str, language: str, actor: str
) -> None:
    assert _read(message_reader, text, language) == [actor, actor]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("- behandelaars: + minder typewerk; - blind varen op de voorspelling", "nl",
         "Behandelaars van de afdeling"),
        ("- caseworkers: + less typing, fewer calls; - blind trust in the prediction", "en",
         "Caseworkers at the desk"),
    ],
)  # fmt: skip
def test_bullet_before_a_label_is_no_part_of_the_name(
    message_reader: Reader, text: str, language: str, actor: str
) -> None:
    others = PERMITS_NL if language == "nl" else PERMITS_EN
    actors = (actor, others[0])
    assert _read(message_reader, text, language, actors) == [actor, actor]


@pytest.mark.parametrize(
    ("text", "language", "speaker", "actor"),
    [
        ("- Privacy officer: aanvragers zonder DigiD vallen buiten de boot.", "nl",
         "Privacy officer", "Aanvragers"),
        ("- GGD liaison: several applicants now upload every document twice.", "en",
         "GGD liaison", "Applicants"),
        ("Privacy officer: applicants without an e-ID are left out.", "en", "Privacy officer",
         "Applicants"),
    ],
)  # fmt: skip
def test_label_of_one_persons_role_is_who_speaks(
    message_reader: Reader, text: str, language: str, speaker: str, actor: str
) -> None:
    known = (*(PERMITS_NL if language == "nl" else PERMITS_EN), speaker)
    assert _read(message_reader, text, language, known) == [actor]
