"""Shared by the UI tests: a gradio_client wrapper that names outputs by their labels."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gradio_client import Client

SESSION_ID = re.compile(r"`([0-9a-f]{12})`")


@dataclass
class UIServer:
    """A running web UI: its URL, the Gradio app and the services behind it."""

    url: str
    demo: Any
    services: Any


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_ui(services: Any, readiness: Any = None) -> UIServer:
    """Build the app for ``services`` and serve it in the background (``demo.close()`` stops it)."""
    from assistant.ui.app import build_app, launch_options

    demo = build_app(services, readiness)
    port = free_port()
    options = launch_options(services.settings)
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, **options)
    return UIServer(f"http://127.0.0.1:{port}/", demo, services)


def _label(item: dict[str, Any]) -> str:
    return "memo" if item["component"].lower() == "browserstate" else str(item["label"])


def guided_services(
    data_dir: Path, embedder: Any, knowledge: Any = None, chat_model: Any = None, **settings: Any
) -> Any:
    """Services for a test app: the session's embedder (and index of the corpus, if given)."""
    from assistant.services import Services
    from assistant.settings import load_settings

    services = Services(
        load_settings(data_dir=data_dir, llm__backend="guided", **settings), chat_model=chat_model
    )
    services.embedder = embedder
    if knowledge is not None:
        services.knowledge = knowledge
    return services


@contextmanager
def serving(services: Any, readiness: Any = None) -> Iterator[UIServer]:
    """The app for ``services``, served while the block runs."""
    server = start_ui(services, readiness)
    try:
        yield server
    finally:
        server.demo.close()


class Api:
    """One browser-like client of the app: its own Gradio session (its own ``gr.State``) and its
    own browser memory (``memo``: session id, language, owner key), which it sends with every
    call after the language, as the page does."""

    def __init__(self, url: str, auth: tuple[str, str] | None = None, memo: Any = None) -> None:
        self.client = Client(url, verbose=False, auth=auth)
        info = self.client.view_api(print_info=False, return_format="dict")
        self.returns = {
            name: [_label(r) for r in endpoint["returns"]]
            for name, endpoint in info["named_endpoints"].items()
        }
        self.params = {
            name: [_label(p) for p in endpoint["parameters"]]
            for name, endpoint in info["named_endpoints"].items()
        }
        self.shown: dict[str, Any] = {}
        self.memo = memo

    def args(self, endpoint: str, *args: Any) -> list[Any]:
        """``args`` with this client's memory where the endpoint takes it."""
        full = list(args)
        params = self.params[f"/{endpoint}"]
        if "memo" in params:
            full.insert(params.index("memo"), self.memo)
        return full

    def call(self, endpoint: str, *args: Any) -> dict[str, Any]:
        """Call ``/endpoint``; the outputs by label (banner, session, sources, Gesprek, ...)."""
        result = self.client.predict(*self.args(endpoint, *args), api_name=f"/{endpoint}")
        return self.outputs(endpoint, result)

    def outputs(self, endpoint: str, result: Any) -> dict[str, Any]:
        """One result of ``/endpoint`` by label; remembers the memo and what is shown."""
        if not isinstance(result, tuple):
            result = (result,)
        out = {}
        for label, value in zip(self.returns[f"/{endpoint}"], result, strict=True):
            if isinstance(value, dict) and value.get("__type__") == "update":
                if "value" not in value:  # unchanged: what the page already shows
                    value = {**value, "value": self.shown.get(label)}
                self.shown[label] = value["value"]
            else:
                self.shown[label] = value
            out[label] = value
        memo = out.get("memo")
        memo = memo.get("value") if isinstance(memo, dict) and "__type__" in memo else memo
        if isinstance(memo, dict) and memo.get("sid"):
            self.memo = memo
        return out

    def load(self, lang: str = "nl") -> dict[str, Any]:
        return self.call("load", lang)

    def send(self, text: str, lang: str = "nl") -> dict[str, Any]:
        return self.call("send", lang, text)


def texts(chat: Any, role: str) -> list[str]:
    """The plain texts of the ``role`` messages in a Chatbot value from the API."""
    if isinstance(chat, dict):  # an update that also changed a label
        chat = chat["value"]
    found = []
    for message in chat:
        if message["role"] != role:
            continue
        content = message["content"]
        if isinstance(content, list):
            content = "".join(part.get("text", "") for part in content)
        found.append(content)
    return found


def step(out: dict[str, Any]) -> str:
    """The step the step indicator shows."""
    value = next(v for label, v in out.items() if label.startswith("Stappen"))
    return str(value["value"] if isinstance(value, dict) else value)


def session_id(out: dict[str, Any]) -> str:
    value = out["session"]
    match = SESSION_ID.search(str(value["value"] if isinstance(value, dict) else value))
    assert match, out["session"]
    return match.group(1)


def banner(out: dict[str, Any]) -> str:
    value = out["banner"]
    return str(value.get("value", "")) if isinstance(value, dict) else str(value or "")


def table(rows: list[list[str]], headers: list[str]) -> dict[str, Any]:
    return {"headers": headers, "data": rows, "metadata": None}
