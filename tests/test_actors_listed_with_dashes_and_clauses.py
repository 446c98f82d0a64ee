"""Actor lists in other shapes: names split by dashes after a label ("wie: buren - handhavers -
leverancier"), a last name that goes on as a clause ("... en de ombudsman kijkt mee"), one name
whose qualifier holds "en" ("de leverancier van de sensoren en de software hoort er ook bij"),
and one more name after it ("..., en de provincie"); a condition after a name is no name."""

from __future__ import annotations

import pytest
from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _actors(reader: Reader, text: str, language: str, step: Step = Step.ACTORS) -> list[str]:
    technology = "een sensor" if language == "nl" else "a sensor"
    return [n.lower() for n in read_in(reader, text, (), language, technology, step).actors]


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("wie: buren - handhavers - de leverancier", "nl", ["buren", "handhavers", "leverancier"]),
        ("who: neighbours - wardens - the supplier", "en", ["neighbours", "wardens", "supplier"]),
    ],
)
def test_names_split_by_dashes_after_a_label(
    reader: Reader, text: str, language: str, names: list[str]
) -> None:
    assert _actors(reader, text, language, Step.CASE) == names


@pytest.mark.parametrize(
    ("text", "language", "last"),
    [
        ("Betrokken: huurders, verhuurders en de ombudsman kijkt vast mee", "nl", "ombudsman"),
        ("Involved: tenants, landlords, and the ombudsman will look at it", "en", "ombudsman"),
    ],
)
def test_a_last_name_that_goes_on_as_a_clause(
    reader: Reader, text: str, language: str, last: str
) -> None:
    names = _actors(reader, text, language)
    assert names[-1] == last
    assert len(names) == 3


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("o ja, vergeten: de leverancier van de sensoren en de software hoort er ook bij, en de "
         "provincie als toezichthouder.", "nl"),
        ("Oh, forgot one: the supplier of the sensors and the software should be added, and the "
         "province as the regulator.", "en"),
    ],
)  # fmt: skip
def test_one_added_name_with_and_in_it_and_one_more(
    reader: Reader, text: str, language: str
) -> None:
    names = _actors(reader, text, language, Step.EFFECTS)
    assert len(names) == 2
    assert "software" in names[0]
    assert names[1].startswith(("provincie", "province"))


def test_a_list_after_i_would_say_is_read_at_a_later_step(reader: Reader) -> None:
    text = "Ik zou zelf zeggen: betrokken zijn de huurders, de verhuurders en de ombudsman."
    assert _actors(reader, text, "nl", Step.OPTIONS) == ["huurders", "verhuurders", "ombudsman"]
