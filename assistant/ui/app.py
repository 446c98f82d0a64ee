"""The Gradio 6 app: ``build_app(services)`` makes the Blocks, ``launch_options(settings)`` the
app-level launch settings (theme, CSS, login, limits), ``serve`` runs it.

No module-level app and no state shared between users: each browser session holds only its
session id (``gr.State``, remembered across reloads in ``gr.BrowserState``); conversations live in
the session store. The queue limits how many turns run at once, so one slow model call does not
hold up everybody.
"""

from __future__ import annotations

import logging
import secrets
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.errors import AssistantError, ConfigError
from assistant.privacy import apply_privacy_env
from assistant.settings import Settings
from assistant.ui.auth import checker, load_users
from assistant.ui.context import UIContext
from assistant.ui.handlers import ChatHandlers
from assistant.ui.layout import CASE_FIELDS, Widgets, build_layout
from assistant.ui.session_handlers import SessionHandlers
from assistant.ui.strings import t
from assistant.ui.style import CSS, theme

if TYPE_CHECKING:
    from assistant.services.container import Services

MAX_UPLOAD = "1mb"
log = logging.getLogger("assistant.ui")


def browser_secret(settings: Settings) -> str:
    """The key that encrypts the browser's memory of its session; kept in the data dir so a server
    restart can still read what browsers remember."""
    path = settings.data_dir / "ui-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(16), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def check_port(host: str, port: int) -> None:
    """Fail fast (before the index is built) when the port is taken."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise ConfigError(
                f"Cannot listen on {host}:{port} ({exc.strerror or exc})",
                "stop what uses that port, or choose another with --port (ASSISTANT_UI__PORT)",
            ) from exc


def prepare(services: Services, progress: bool = True) -> threading.Thread:
    """Before the server starts: choose the backend and build the index if it is missing. The
    rest of the warm-up (models, catalogue vectors; ``Services.warm_up``) runs in the background
    while the server starts, so the page answers at once and the first turn does not wait; the
    server runs for long, so its start-up heap is frozen out of the garbage collector's scans."""
    services.prepare_index(progress)
    warm = threading.Thread(target=_warm_up, args=(services,), name="warm-up", daemon=True)
    warm.start()
    return warm


def _warm_up(services: Services) -> None:
    try:
        services.warm_up(freeze=True)
    except AssistantError as exc:  # the first turn meets the same problem and shows it
        log.warning("Warm-up failed: %s (%s)", exc.message, exc.fix)


def build_app(services: Services) -> gr.Blocks:
    """The web UI for ``services`` (nothing is started; see ``serve``)."""
    apply_privacy_env()
    settings = services.settings
    login = bool(load_users(settings.ui))
    workdir = Path(tempfile.mkdtemp(prefix="ethics-assistant-ui-"))
    title = t(settings.language, "title")
    with gr.Blocks(
        title=title, analytics_enabled=False, fill_width=True, delete_cache=(3600, 86400)
    ) as demo:
        w = build_layout(settings.language, browser_secret(settings))
        ctx = UIContext(services, w, workdir, login)
        _wire(demo, w, ChatHandlers(ctx), SessionHandlers(ctx))
    demo.queue(
        default_concurrency_limit=settings.ui.concurrency_limit, max_size=settings.ui.max_queue
    )
    return demo


def launch_options(settings: Settings) -> dict[str, Any]:
    """App-level options for ``Blocks.launch`` (Gradio 6 takes theme and CSS here)."""
    users = load_users(settings.ui)
    options: dict[str, Any] = {
        "theme": theme(),
        "css": CSS,
        "max_file_size": MAX_UPLOAD,
        "show_error": False,
        "footer_links": ["api", "settings"],
        "run_history": False,
        "enable_monitoring": False,
        "ssr_mode": False,
        "quiet": True,
    }
    if users:
        options["auth"] = checker(users)
        options["auth_message"] = t("nl", "auth_message")
    return options


def serve(services: Services, host: str, port: int, **extra: Any) -> Any:
    """Build and launch the app; blocks until stopped unless ``prevent_thread_lock=True``."""
    demo = build_app(services)
    options = {**launch_options(services.settings), **extra}
    return demo.launch(server_name=host, server_port=port, **options)


def _view(w: Widgets) -> list[Any]:
    cases = [w.c[f"case_{name}"] for name in CASE_FIELDS]
    return [
        w.banner, w.sid, w.memo, w.chat, w.stepper, w.sources, w.session_info, w.sessions,
        w.map, w.map_download, w.tabs, *cases, w.case_stage, *w.canvas_tables,
        w.delete_box, w.share_box,
    ]  # fmt: skip


def _page(w: Widgets) -> list[Any]:
    found = [*_view(w), w.lang, w.status, *(component for component, _, _ in w.labels)]
    return list(dict.fromkeys(found))


def _wire(demo: gr.Blocks, w: Widgets, chat: ChatHandlers, sessions: SessionHandlers) -> None:
    view, page = _view(w), _page(w)
    quiet: dict[str, Any] = {"show_progress": "hidden"}
    demo.load(chat.load, [w.memo], page, api_name="load", **quiet)
    w.lang.input(chat.set_language, [w.lang, w.sid], page, api_name="set_language", **quiet)
    gr.on(
        [w.send.click, w.message.submit],
        chat.send,
        [w.lang, w.sid, w.message],
        [*view, w.message],
        api_name="send",
        show_progress="minimal",
        show_progress_on=[w.chat],
        trigger_mode="always_last",
    )
    w.stepper.input(chat.goto, [w.lang, w.sid, w.stepper], view, api_name="goto", **quiet)
    case_inputs = [w.c[f"case_{name}"] for name in CASE_FIELDS]
    w.save_case.click(
        chat.save_case, [w.lang, w.sid, *case_inputs, w.case_stage], view, api_name="save_case"
    )
    for name, handler in (
        ("actors", chat.save_actors),
        ("effects", chat.save_effects),
        ("values", chat.save_values),
    ):
        w.c[f"save_{name}"].click(
            handler, [w.lang, w.sid, w.c[name]], view, api_name=f"save_{name}", **quiet
        )
    options = list(w.options.values())
    w.save_options.click(
        chat.save_options, [w.lang, w.sid, *options], view, api_name="save_options", **quiet
    )
    _wire_sessions(w, sessions, view)


def _wire_sessions(w: Widgets, sessions: SessionHandlers, view: list[Any]) -> None:
    quiet: dict[str, Any] = {"show_progress": "hidden"}
    private: dict[str, Any] = {"api_visibility": "private", "queue": False, **quiet}
    boxes = [w.delete_box, w.share_box]
    w.new.click(sessions.new, [w.lang, w.sid], view, api_name="new_session", **quiet)
    w.resume.click(
        sessions.resume, [w.lang, w.sid, w.sessions], _page(w), api_name="resume", **quiet
    )
    w.delete.click(sessions.ask_delete, None, boxes, **private)
    w.delete_no.click(sessions.close_boxes, None, boxes, **private)
    w.delete_yes.click(sessions.delete, [w.lang, w.sid, w.sessions], view, api_name="delete")
    download = [w.banner, w.download]
    w.export_json.click(sessions.export_json, [w.lang, w.sid], download, api_name="export_json")
    w.export_md.click(sessions.export_md, [w.lang, w.sid], download, api_name="export_md")
    w.brief.click(sessions.brief, [w.lang, w.sid, w.brief_format], download, api_name="brief")
    w.share.click(sessions.ask_share, None, boxes, **private)
    w.share_no.click(sessions.close_boxes, None, boxes, **private)
    w.share_yes.click(sessions.share, [w.lang, w.sid], view, api_name="share")
