"""The kinds of a message's options chosen jointly (sentences written for these tests): of the
kinds each option could be, the choice that leaves the fewest kinds missing with the fewest
options moved; an option is not moved when that covers no more kinds. And words that decide a
kind: a lesson received is what people learn, a category or version of the system and an alert
it sends are its design, a signboard or what an agreement says is an arrangement, "dat" in front
of a wish does not hide who acts."""

from __future__ import annotations

import pytest

from assistant.domain.session import HandlingOption, OptionKind, Session
from assistant.method.reading.extraction import OptionDraft, extract_options, option_kind
from assistant.method.recording import choose_kinds


def _session(*kinds: OptionKind) -> Session:
    session = Session()
    for index, kind in enumerate(kinds):
        session.options.append(HandlingOption(id=f"o{index}", kind=kind, text=f"option {index}"))
    return session


def test_two_options_of_two_kinds_each_cover_both_missing_kinds() -> None:
    drafts = [
        OptionDraft("Een ouderavond over de app", "human", alternatives=("environment",)),
        OptionDraft("Een vast spreekuur bij de wijkagent", "human", alternatives=("environment",)),
        OptionDraft("Workshops for the parents", "human"),
    ]
    choose_kinds(_session("design"), drafts)
    assert sorted(d.kind for d in drafts) == ["environment", "human", "human"]
    assert drafts[2].kind == "human"


def test_no_option_is_moved_when_all_kinds_are_covered() -> None:
    drafts = [
        OptionDraft("Only count during opening hours", "design", alternatives=("human",)),
        OptionDraft("A protocol for the flags", "environment"),
        OptionDraft("Pupils get a lesson about the scanner", "human", alternatives=("design",)),
    ]
    choose_kinds(Session(), drafts)
    assert [d.kind for d in drafts] == ["design", "environment", "human"]


def test_a_move_that_covers_nothing_new_is_not_made() -> None:
    drafts = [OptionDraft("A register entry", "design", alternatives=("environment",))]
    choose_kinds(_session("environment", "human"), drafts)
    assert drafts[0].kind == "design"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pupils get a lesson on what the scanner records", "human"),
        ("Leerlingen krijgen les over wat de scanner opslaat", "human"),
        ("Remove the gambling category from the filter list", "design"),
        ("Haal de categorie gokken uit de filter", "design"),
        ("The wardens get a phone alert when a gate stays open", "design"),
        ("A signboard at each gate saying what the camera does", "environment"),
        ("The service agreement says recordings never go to third parties", "environment"),
        ("Het contract bepaalt dat opnames nooit naar derden gaan", "environment"),
    ],
)
def test_words_that_decide_a_kind(text: str, kind: OptionKind) -> None:
    assert option_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Dat coaches met elke bewoner apart bespreken of hij mee wil doen",
        "That coaches discuss with every resident whether he wants to join",
    ],
)
def test_that_in_front_of_a_wish_does_not_hide_who_acts(text: str) -> None:
    assert [d.kind for d in extract_options(text, "design")] == ["human"]


@pytest.mark.parametrize(
    "text",
    [
        "De bewoners via de wijkraad laten meebeslissen over de plek van de camera's",
        "Tenants have a say in where the sensors go",
    ],
)
def test_a_say_for_the_people_affected_is_environment_or_human(text: str) -> None:
    drafts = [
        OptionDraft("Alleen tellen tijdens openingstijden", "design"),
        OptionDraft("Een folder bij de balie", "environment"),
        *extract_options(text, "design"),
    ]
    assert "human" in (*drafts[2].alternatives, drafts[2].kind)
    choose_kinds(Session(), drafts)
    assert sorted(d.kind for d in drafts) == ["design", "environment", "human"]
