"""The UI's pure parts: canvas tables to edits and back, the views (chat, sources, status line,
banners) and the Dutch/English strings."""

from __future__ import annotations

import re

import pytest
from session_factory import rich_session

from assistant.domain.session import Proposal, Step, Turn
from assistant.errors import BackendUnavailable, InputError
from assistant.llm.factory import BackendChoice
from assistant.llm.guided import GuidedChatModel
from assistant.method.editing.canvas import apply_edit
from assistant.ui import canvas
from assistant.ui.context import merged
from assistant.ui.strings import TEXT, t
from assistant.ui.views import (
    chat_messages,
    error_banner,
    notices_banner,
    proposals_markdown,
    sources_markdown,
    status_markdown,
    step_choices,
)


def apply(session, edits):
    for edit in edits:
        apply_edit(session, edit.kind, edit.action, edit.item_id, edit.data)
    return session


@pytest.mark.parametrize("language", ["nl", "en"])
def test_unchanged_tables_give_no_edits(language):
    session = rich_session(language)
    for kind in ("actor", "effect", "value"):
        rows = canvas.rows(session, kind, language)
        assert rows[-1] == [""] * len(canvas.COLUMNS[kind])
        assert canvas.table_edits(session, kind, rows, language) == []
    for option_kind in ("design", "environment", "human"):
        rows = canvas.rows(session, "option", language, option_kind)
        assert canvas.table_edits(session, "option", rows, language, option_kind) == []


def test_rows_show_names_not_ids():
    session = rich_session("nl")
    effects = canvas.rows(session, "effect", "nl")
    assert effects[0] == ["e1", "Inwoners", "−", "Voelen zich bekeken"]
    assert effects[3][1] == ""  # an effect without actor
    values = canvas.rows(session, "value", "nl")
    assert values[1] == [
        "v2",
        "Transparantie",
        "Open over wat er gebeurt",
        "2",
        "Voelen zich bekeken; Zorgen worden eerder gehoord",
    ]
    human = canvas.rows(session, "option", "nl", "human")
    assert human[0] == ["o3", "Training voor adviseurs", "Privacy, Transparantie"]


def test_add_update_and_remove_from_one_table():
    session = rich_session("nl")
    rows = canvas.rows(session, "actor", "nl")
    rows[0][1] = "Bewoners"  # update a1
    rows[1][1] = ""  # clear a2: remove
    rows[-1] = ["", "Raadsleden", "management en beleid"]  # fill the empty row: add
    edits = canvas.table_edits(session, "actor", rows, "nl")
    assert [(e.action, e.item_id) for e in edits] == [
        ("update", "a1"),
        ("add", None),
        ("remove", "a2"),
    ]
    apply(session, edits)
    assert [(a.name, a.group) for a in session.actors] == [
        ("Bewoners", "affected"),
        ("Raadsleden", "management"),
    ]
    assert session.effects[2].actor_id is None  # the removed actor's effect stays, unlinked


def test_a_deleted_row_removes_its_item():
    session = rich_session("nl")
    rows = [row for row in canvas.rows(session, "effect", "nl") if row[0] != "e2"]
    edits = canvas.table_edits(session, "effect", rows, "nl")
    assert [(e.action, e.item_id) for e in edits] == [("remove", "e2")]


def test_cells_are_read_in_both_languages_and_by_id():
    session = rich_session("nl")
    rows = [
        ["", "a2", "positive", "Minder zoekwerk"],
        ["", "inwoners", "negatief", "Onrust"],
    ]
    edits = canvas.table_edits(
        session, "effect", canvas.rows(session, "effect", "nl")[:-1] + rows, "en"
    )
    added = [e.data for e in edits if e.action == "add"]
    assert added == [
        {"actor_id": "a2", "direction": "positive", "text": "Minder zoekwerk"},
        {"actor_id": "a1", "direction": "negative", "text": "Onrust"},
    ]


def test_option_values_are_names_or_ids():
    session = rich_session("nl")
    rows = [
        ["o1", "Alleen geaggregeerde cijfers", "v2; privacy"],
        ["", "Kortere bewaartermijn", "Privacy"],
    ]
    edits = canvas.table_edits(session, "option", rows, "nl", "design")
    assert edits[0].data["value_ids"] == ["v2", "v1"]
    assert edits[1].action == "add"
    assert edits[1].data == {"kind": "design", "text": "Kortere bewaartermijn", "value_ids": ["v1"]}


def test_a_new_value_leaves_empty_cells_to_the_catalogue():
    session = rich_session("nl")
    rows = canvas.rows(session, "value", "nl")
    rows[-1] = ["", "Autonomie", "", "", ""]
    edits = canvas.table_edits(session, "value", rows, "nl")
    assert [e.data for e in edits] == [{"name": "Autonomie"}]


@pytest.mark.parametrize(
    ("kind", "row", "message", "fix"),
    [
        ("effect", ["", "", "?", "Iets"], "Richting '?'", "+ of −"),
        ("effect", ["", "Niemand", "+", "Iets"], "Onbekende actor 'Niemand'", "tabblad Actoren"),
        ("actor", ["", "Raad", "bestuur"], "Onbekende groep 'bestuur'", "toezicht"),
        ("value", ["", "Rust", "", "hoog", ""], "Prioriteit 'hoog'", "heel getal"),
        ("value", ["", "Rust", "", "0", ""], "Prioriteit '0'", "heel getal"),
    ],
)
def test_bad_cells_are_refused_with_the_fix(kind, row, message, fix):
    session = rich_session("nl")
    rows = [*canvas.rows(session, kind, "nl")[:-1], row]
    with pytest.raises(InputError) as caught:
        canvas.table_edits(session, kind, rows, "nl")
    assert message in caught.value.message
    assert fix in caught.value.fix


def test_unknown_option_value_is_refused_in_english():
    session = rich_session("en")
    with pytest.raises(InputError, match="Unknown value 'Kindness'"):
        canvas.table_edits(session, "option", [["", "A thing", "Kindness"]], "en", "human")


def test_chat_shows_the_transcript_text_only():
    session = rich_session("nl")
    messages = chat_messages(session.transcript, partial="Bezig")
    assert messages == [
        {"role": "user", "content": "Volgende"},
        {"role": "assistant", "content": "Regel één\n\nRegel twee"},
        {"role": "assistant", "content": "Bezig"},
    ]


def test_sources_are_those_of_the_latest_answer_or_say_it_has_none():
    session = rich_session("nl")
    text = sources_markdown(session, "nl")
    assert "Antwoord 1 · 4 Handelingsopties" in text
    assert "*Waardenlijst — Privacy*" in text
    later = session.model_copy(deep=True)
    later.transcript.append(Turn(role="assistant", text="Zonder bron.", step=Step.OPTIONS))
    assert sources_markdown(later, "nl").startswith("_Het laatste antwoord gebruikt geen bronnen")
    empty = rich_session("en").model_copy(update={"transcript": []})
    assert sources_markdown(empty, "en").startswith("_The latest answer uses no sources")


def test_open_proposals_are_listed_with_their_numbers_and_kinds_and_shown_as_text():
    session = rich_session()
    assert proposals_markdown(session, "nl") == ""
    session.proposals = [
        Proposal(number=1, kind="option", ref="p1", text="Bewaar beelden 24 uur",
                 option_kind="design"),
        Proposal(number=2, kind="option", ref="p2", text='<img src="http://192.0.2.1/x.png">',
                 option_kind="human"),
    ]  # fmt: skip
    shown = proposals_markdown(session, "nl")
    assert shown.startswith("**Voorstellen**")
    assert "1. [Technologie / ontwerp] Bewaar beelden 24 uur" in shown
    assert "2. [Mens / gebruiker]" in shown and "<img" not in shown
    session.proposals = [Proposal(number=1, kind="value", ref="v1", text="Privacy")]
    assert proposals_markdown(session, "en").splitlines()[1] == "1. Privacy"


def test_step_labels_number_the_steps_as_the_method_and_the_chat_do():
    assert [label for label, _ in step_choices("nl")] == [
        "Casus",
        "1 Actoren",
        "2 Effecten",
        "3 Waarden",
        "4 Handelingsopties",
        "5 Samenvatting",
    ]
    assert step_choices("en")[1] == ("1 Actors", "actors")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "nl",
            "Ollama niet bereikbaar; begeleide modus (zonder taalmodel). Oplossing: start Ollama "
            "met `ollama serve`, of zet OLLAMA_HOST op het adres van je Ollama-server.",
        ),
        (
            "en",
            "Ollama not reachable; guided mode (no language model). Fix: start Ollama with "
            "`ollama serve`, or set OLLAMA_HOST to your Ollama server's address.",
        ),
    ],
)
def test_status_line_says_which_backend_and_why_in_one_language(language, expected):
    choice = BackendChoice(
        GuidedChatModel(), "auto", "guided", "ollama_down", "down", "start it with `ollama serve`"
    )
    assert status_markdown(choice, "qwen", language, None) == expected
    missing = BackendChoice(GuidedChatModel(), "auto", "guided", "ollama_model_missing", "x", "y")
    assert "`ollama pull qwen`" in status_markdown(missing, "qwen", language, None)
    ok = BackendChoice(GuidedChatModel(), "auto", "ollama", "ollama_ok", "fine")
    assert "Ollama (qwen)" in status_markdown(ok, "qwen", language, "anna")
    assert "anna" in status_markdown(ok, "qwen", language, "anna")


def test_errors_and_notices_become_banners():
    exc = BackendUnavailable("Ollama is not reachable", "run `ollama serve`")
    assert error_banner(exc, "nl") == (
        "⚠️ **Het taalmodel is niet beschikbaar.** Ollama is not reachable"
        " — Oplossing: run `ollama serve`"
    )
    assert "langer dan 300 tekens" in notices_banner(["truncated", "verdict"], "nl", 300)
    assert notices_banner(["verdict", "help"], "en", 300) == ""
    assert "failed during the reply" in notices_banner(["backend_failed: timeout"], "en", 300)


def test_updates_for_one_component_are_merged():
    label = {"__type__": "update", "label": "Chat"}
    assert merged({"chat": label, "other": 1}, {"chat": [{"role": "user", "content": "hoi"}]}) == {
        "chat": {
            "__type__": "update",
            "label": "Chat",
            "value": [{"role": "user", "content": "hoi"}],
        },
        "other": 1,
    }


def test_every_text_exists_in_both_languages_with_the_same_fields():
    for key, (dutch, english) in TEXT.items():
        assert dutch.strip() and english.strip(), key
        fields = re.compile(r"\{(\w+)\}")
        assert set(fields.findall(dutch)) == set(fields.findall(english)), key
    assert t("en", "send") == "Send" and t("nl", "send") == "Verstuur"
