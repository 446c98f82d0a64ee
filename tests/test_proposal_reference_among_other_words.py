""" "The first N" refers to the proposals only when the words around it add nothing: "correction
on the first one: ..." is about the user's own option, not a pick of proposal 1."""

from assistant.method.reading.references import proposal_reference


def test_first_n_with_only_filler_refers_to_proposals() -> None:
    assert proposal_reference("ok, the first two please") == [1, 2]
    assert proposal_reference("neem de eerste drie maar") == [1, 2, 3]


def test_first_one_after_a_correction_word_is_no_reference_en() -> None:
    assert proposal_reference("small fix to the first one") is None


def test_first_one_after_a_correction_word_is_no_reference_nl() -> None:
    assert proposal_reference("correctie op de eerste twee") is None
