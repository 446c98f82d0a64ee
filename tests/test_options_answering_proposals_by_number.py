"""Answering proposals by number among options: a reason after a proposal turned down is no
measure; a proposal taken with a change ("3 anders: ...") is the changed version, without the
number in front."""

from assistant.method.reading.extraction import extract_options


def _texts(text: str) -> list[str]:
    return [d.text for d in extract_options(text, "human")]


def test_reason_after_a_proposal_turned_down_is_no_measure_nl() -> None:
    texts = _texts("1 prima. 4 nee, geen wachtlijst bijhouden, dat voelt als een schijnkeuze")
    assert not any("wachtlijst" in t.lower() for t in texts)


def test_reason_after_a_proposal_turned_down_is_no_measure_en() -> None:
    texts = _texts("No to 3, we are not writing that into the tenancy contract.")
    assert not any("contract" in t.lower() for t in texts)


def test_something_instead_of_a_proposal_turned_down_is_a_measure() -> None:
    texts = _texts("2 nee, liever een vaste contactpersoon per wijk")
    assert any(t.lower().startswith("een vaste contactpersoon") for t in texts)


def test_proposal_taken_with_a_change_is_the_changed_version_nl() -> None:
    texts = _texts("2 anders: de beelden na een week wissen in plaats van na een maand")
    assert texts and texts[0].lower().startswith("de beelden na een week wissen")


def test_proposal_taken_with_a_change_is_the_changed_version_en() -> None:
    texts = _texts("4 partly: keep the logs for a year, not forever")
    assert texts and texts[0].lower().startswith("keep the logs for a year")
