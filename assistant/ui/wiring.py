"""Which event runs which handler, with which inputs and outputs (and its API name).

Every handler reads the page's language and the browser's memory first; every event that
changes the session updates every component that shows it (see ``UIContext.view``).
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.ui.handlers import ChatHandlers
from assistant.ui.layout import CASE_FIELDS, Widgets
from assistant.ui.page import MAP_PNG, RESTORE_DRAFT, STORED_DRAFT, SYNC_LANGUAGE
from assistant.ui.session_handlers import SessionHandlers

QUIET: dict[str, Any] = {"show_progress": "hidden"}


def _view(w: Widgets) -> list[Any]:
    cases = [w.c[f"case_{name}"] for name in CASE_FIELDS]
    return [
        w.banner, w.memo, w.chat, w.stepper, w.sources, w.proposals, w.session_info,
        w.sessions, w.map, w.tabs, *cases, w.case_stage, *w.canvas_tables,
    ]  # fmt: skip


def _page(w: Widgets) -> list[Any]:
    found = [*_view(w), w.lang, w.status, w.timer, *(c for c, _, _ in w.labels)]
    return list(dict.fromkeys(found))


def wire(demo: gr.Blocks, w: Widgets, chat: ChatHandlers, sessions: SessionHandlers) -> None:
    view, page = _view(w), _page(w)
    first = [w.lang, w.memo]
    loaded = demo.load(chat.load, [w.lang, w.memo], page, api_name="load", **QUIET)
    loaded.then(None, js=SYNC_LANGUAGE).then(None, js=RESTORE_DRAFT)
    w.timer.tick(chat.tick, [w.lang], [w.status, w.timer], queue=False, api_visibility="private")
    switched = w.lang.input(chat.set_language, first, page, api_name="set_language", **QUIET)
    switched.then(None, js=SYNC_LANGUAGE)
    sent = gr.on(
        [w.send.click, w.message.submit],
        chat.send,
        [*first, w.message],
        [*view, w.message],
        api_name="send",
        show_progress="minimal",
        show_progress_on=[w.chat],
        trigger_mode="always_last",
    )
    sent.then(None, js=STORED_DRAFT)
    w.stepper.input(chat.goto, [*first, w.stepper], view, api_name="goto", **QUIET)
    case_inputs = [w.c[f"case_{name}"] for name in CASE_FIELDS]
    w.save_case.click(
        chat.save_case, [*first, *case_inputs, w.case_stage], view, api_name="save_case"
    )
    for name, handler in (
        ("actors", chat.save_actors),
        ("effects", chat.save_effects),
        ("values", chat.save_values),
    ):
        w.c[f"save_{name}"].click(
            handler, [*first, w.c[name]], view, api_name=f"save_{name}", **QUIET
        )
    options = list(w.options.values())
    w.save_options.click(
        chat.save_options, [*first, *options], view, api_name="save_options", **QUIET
    )
    w.map_download.click(None, js=MAP_PNG)
    _wire_sessions(w, sessions, first, view, page)


def _wire_sessions(
    w: Widgets, sessions: SessionHandlers, first: list[Any], view: list[Any], page: list[Any]
) -> None:
    private: dict[str, Any] = {"api_visibility": "private", "queue": False, **QUIET}
    boxes = [w.delete_box, w.share_box]
    w.new.click(sessions.new, first, view, api_name="new_session", **QUIET)
    resumed = w.resume.click(
        sessions.resume, [*first, w.sessions], page, api_name="resume", **QUIET
    )
    resumed.then(None, js=SYNC_LANGUAGE)
    w.delete.click(sessions.ask_delete, None, boxes, **private)
    w.delete_no.click(sessions.close_boxes, None, boxes, **private)
    w.delete_yes.click(sessions.delete, [*first, w.sessions], [*view, *boxes], api_name="delete")
    download = [w.banner, w.download]
    w.export_json.click(sessions.export_json, first, download, api_name="export_json")
    w.export_md.click(sessions.export_md, first, download, api_name="export_md")
    w.brief.click(sessions.brief, [*first, w.brief_format], download, api_name="brief")
    w.share.click(sessions.ask_share, None, boxes, **private)
    w.share_no.click(sessions.close_boxes, None, boxes, **private)
    w.share_yes.click(sessions.share, first, [*view, *boxes], api_name="share")
