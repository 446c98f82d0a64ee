"""Someone named by their role in a sentence that tells the case ("de leverancier bewaart de
ruwe beelden", "reports go to the youth officer"; Dutch and English, sentences written for
these tests) is an actor where the case is asked, asked about after those the user brought up;
the speaker's own role or workplace, rooms and things whose name ends like a role, and names
with capitals are not. A list of names whose first ends in "zelf"/"themselves" is a list."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.actor_lists import names_in_list
from assistant.method.reading.case_roles import case_roles
from assistant.method.reading.reader import Reader
from assistant.method.steps.effects import EffectsStep


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("De leverancier bewaart de ruwe beelden drie maanden.", ["Leverancier"]),
        ("Bij een storing belt de beheerder eerst de wijkagent.", ["Beheerder", "Wijkagent"]),
        ("Reports go to the youth officer every Monday.", ["Youth officer"]),
        ("The developer wants it running by spring.", ["Developer"]),
    ],
)
def test_case_roles_names_parties_by_role(text: str, names: list[str]) -> None:
    assert case_roles(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Ik werk als adviseur bij de leverancier van het systeem.",
        "I'm the coordinator of our team and I work for the contractor.",
        "De meldkamer krijgt een seintje van de scanner.",
        "The Dutch Police wants to use the counter in the hall.",
        "De bewoners en de huurders krijgen een brief.",
        "The journey planner app tells travellers where to sit.",
        "De routeplanner app toont waar plek is.",
    ],
)
def test_case_roles_leaves_out_own_role_things_and_groups(text: str) -> None:
    assert case_roles(text) == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Een slimme deurbel meldt onrust in de flat; de toezichthouder kijkt mee.", "nl",
         "Toezichthouder"),
        ("A smart doorbell flags trouble in the flat and the caretaker gets a text.", "en",
         "Caretaker"),
    ],
)  # fmt: skip
def test_case_roles_become_actors_where_the_case_is_told(
    reader: Reader, text: str, language: str, name: str
) -> None:
    session = reading_session(Step.CASE, language, "")
    reading = reader.read(text, session)
    assert name in reading.actors + reading.users


def test_case_roles_are_asked_about_after_the_others() -> None:
    session = reading_session(Step.EFFECTS, "nl", "Een slimme deurbel", ("beheerder", "bewoners"))
    session.meta["passing_roles"] = [session.actors[0].id]
    assert EffectsStep().focus(session) is session.actors[1]
    session.meta["passing_roles"] = []
    assert EffectsStep().focus(session) is session.actors[0]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("De wijkagenten zelf, de buurtbewoners, de corporatie en de leverancier.",
         ["Wijkagenten", "Buurtbewoners", "Corporatie", "Leverancier"]),
        ("The caretakers themselves, the tenants, the housing association and the supplier.",
         ["Caretakers", "Tenants", "Housing association", "Supplier"]),
    ],
)  # fmt: skip
def test_names_in_list_with_a_trailing_self_word(text: str, names: list[str]) -> None:
    assert names_in_list(text) == names
