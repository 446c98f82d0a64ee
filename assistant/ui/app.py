"""The Gradio 6 app: ``build_app(services)`` makes the Blocks, ``launch_options(settings)`` the
app-level launch settings (theme, CSS, head script, login, limits), ``serve`` runs it.

No module-level app and no state shared between users: the browser remembers its session id and
owner key (``gr.BrowserState``, sent with every event); conversations live in the session store.
The queue limits how many events run at once (``ui.concurrency_limit``), so one slow model call
does not hold up everybody.
"""

from __future__ import annotations

import logging
import secrets
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr

from assistant.privacy import apply_privacy_env
from assistant.settings import Settings
from assistant.ui import page
from assistant.ui.auth import checker, load_users
from assistant.ui.context import UIContext
from assistant.ui.handlers import ChatHandlers
from assistant.ui.layout import build_layout
from assistant.ui.readiness import Readiness, ReadyRetriever, prepare_in_background
from assistant.ui.session_handlers import SessionHandlers
from assistant.ui.strings import t
from assistant.ui.style import CSS, theme
from assistant.ui.wiring import wire

if TYPE_CHECKING:
    from assistant.services.container import Services
    from assistant.ui.startup_page import StartupPage

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


def build_app(services: Services, readiness: Readiness | None = None) -> gr.Blocks:
    """The web UI for ``services`` (nothing is started; see ``serve``); ``readiness``: the
    background preparation the status line reports (none: everything is ready)."""
    apply_privacy_env()
    settings = services.settings
    login = bool(load_users(settings.ui))
    workdir = Path(tempfile.mkdtemp(prefix="ethics-assistant-ui-"))
    title = t(settings.language, "title")
    with gr.Blocks(
        title=title, analytics_enabled=False, fill_width=True, delete_cache=(3600, 86400)
    ) as demo:
        w = build_layout(settings.language, browser_secret(settings))
        ctx = UIContext(services, w, workdir, login, readiness or Readiness.already())
        wire(demo, w, ChatHandlers(ctx), SessionHandlers(ctx))
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
        "footer_links": [],
        "head": page.head(),
        "run_history": False,
        "enable_monitoring": False,
        "ssr_mode": False,
        "quiet": True,
    }
    if users:
        options["auth"] = checker(users)
        options["auth_message"] = t("nl", "auth_message")
    return options


def serve(
    services: Services,
    host: str,
    port: int,
    prepare: bool = True,
    startup: StartupPage | None = None,
    **extra: Any,
) -> gr.Blocks:
    """Build and launch the app; then (``prepare``) build the knowledge index if needed and load
    the models in the background, so the page answers before any of that. ``startup``: the page
    that held the port until now; it is closed just before the app takes the port over. Blocks
    until stopped unless ``prevent_thread_lock=True``."""
    readiness = Readiness() if prepare else Readiness.already()
    if prepare:  # turns during the index build go on without sources instead of waiting
        from assistant.services.chat import ChatService

        retriever = ReadyRetriever(services.knowledge, readiness)
        services.chat = ChatService(services, retriever=retriever)
    demo = build_app(services, readiness)
    options = {**launch_options(services.settings), **extra}
    block = not options.pop("prevent_thread_lock", False)
    if startup is not None:
        startup.close()
    demo.launch(server_name=host, server_port=port, prevent_thread_lock=True, **options)
    if prepare:
        prepare_in_background(services, readiness)
    if block:
        demo.block_thread()
    return demo
