""" "The first N" refers to the proposals only when the words around it add nothing: "correction
on the first one: ..." is about the user's own option, not a pick of proposal 1."""

from assistant.method.reading.references import agreeing_lead, proposal_reference


def test_first_n_with_only_filler_refers_to_proposals() -> None:
    assert proposal_reference("ok, the first two please") == [1, 2]
    assert proposal_reference("neem de eerste drie maar") == [1, 2, 3]


def test_first_one_after_a_correction_word_is_no_reference_en() -> None:
    assert proposal_reference("small fix to the first one") is None


def test_first_one_after_a_correction_word_is_no_reference_nl() -> None:
    assert proposal_reference("correctie op de eerste twee") is None


def test_number_turned_down_is_no_pick_nl() -> None:
    assert proposal_reference("1 ja, 3 nee") == [1]
    assert proposal_reference("4 nee") is None


def test_number_turned_down_is_no_pick_en() -> None:
    assert proposal_reference("2 yes, 1 no") == [2]


def test_reason_after_a_number_turned_down_is_not_read_on() -> None:
    found = agreeing_lead("2 ja. 3 nee, geen wachtlijst, dat is schijn. Zelf: een klachtenloket")
    assert found is not None
    assert found[0] == [2]
    assert "wachtlijst" not in found[2]
    assert "klachtenloket" in found[2]


def test_something_offered_instead_of_a_number_turned_down_is_read_on() -> None:
    found = agreeing_lead("1 yes. 2 no, rather a named contact person per district")
    assert found is not None
    assert found[0] == [1]
    assert found[2].startswith("a named contact person")
