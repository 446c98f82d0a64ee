"""The joint choice of kinds moves the option that leans least to its own kind (sentences
written for these tests): where two options of a message could each fill the kind still
missing and moving either one covers as many kinds, the one whose rules and learned kind say
less of its first kind moves; the other keeps the kind its words point to firmly."""

from __future__ import annotations

from assistant.domain.session import HandlingOption, OptionKind, Session
from assistant.method.reading.extraction import OptionDraft
from assistant.method.recording import choose_kinds


def _session(*kinds: OptionKind) -> Session:
    session = Session()
    for index, kind in enumerate(kinds):
        session.options.append(HandlingOption(id=f"o{index}", kind=kind, text=f"option {index}"))
    return session


def _draft(text: str, kind: OptionKind, other: OptionKind, lean: float) -> OptionDraft:
    """An option whose own kind leads its other kind by ``lean``."""
    return OptionDraft(
        text, kind, alternatives=(other,), leanings={kind: lean, other: 0.0, "design": -3.0}
    )


def test_the_option_leaning_least_to_its_kind_moves_en() -> None:
    firm = _draft("Staff take a course on reading the scores", "human", "environment", 2.5)
    loose = _draft("Callers can always ask for a person", "human", "environment", 0.3)
    drafts = [loose, firm]
    choose_kinds(_session("design"), drafts)
    assert [d.kind for d in drafts] == ["environment", "human"]


def test_the_option_leaning_least_to_its_kind_moves_nl() -> None:
    firm = _draft("Handhavers volgen een cursus over de kaart", "human", "environment", 2.5)
    loose = _draft("Bewoners mogen altijd een mens spreken", "human", "environment", 0.3)
    drafts = [firm, loose]
    choose_kinds(_session("design"), drafts)
    assert [d.kind for d in drafts] == ["human", "environment"]


def test_options_without_leanings_keep_the_order_of_the_message() -> None:
    drafts = [
        OptionDraft("Een spreekuur", "human", alternatives=("environment",)),
        OptionDraft("Een inloopochtend", "human", alternatives=("environment",)),
    ]
    choose_kinds(_session("design"), drafts)
    assert sorted(d.kind for d in drafts) == ["environment", "human"]
