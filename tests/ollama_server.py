"""A small threaded HTTP server speaking the subset of Ollama's API the adapter uses.

``GET /api/version``, ``GET /api/tags`` and ``POST /api/chat`` (streaming NDJSON with chunked
transfer encoding, like Ollama). The :class:`Script` says how it behaves: which models are
pulled (others get HTTP 404 like a real server), the reply pieces, delays before the probe, before
and between chunks (slow), and ``break_after`` to close the connection mid-stream (broken).
Every request is recorded in ``requests``.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Script:
    version: str = "0.6.5"
    models: list[str] = field(default_factory=lambda: ["qwen2.5:7b-instruct"])
    reply: list[str] = field(default_factory=lambda: ["Hallo", ", ", "hoe ", "gaat ", "het?"])
    probe_delay_s: float = 0.0
    delay_before_s: float = 0.0
    delay_between_s: float = 0.0
    #: Close the connection after this many content chunks, without the final ``done`` chunk.
    break_after: int | None = None
    #: False: end the stream cleanly but without Ollama's final ``done`` chunk.
    send_done: bool = True


@dataclass
class Recorded:
    method: str
    path: str
    body: dict[str, Any] | None


class FakeOllama:
    """Run with ``start()``/``stop()``; ``url`` is the base URL, ``script`` can be changed live."""

    def __init__(self, script: Script | None = None) -> None:
        self.script = script or Script()
        self.requests: list[Recorded] = []
        self.stopping = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakeOllama:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def chats(self) -> list[dict[str, Any]]:
        return [r.body or {} for r in self.requests if r.path == "/api/chat"]

    def wait(self, seconds: float) -> None:
        """Sleep, but wake up when the server stops (so slow tests end promptly)."""
        if seconds > 0:
            self.stopping.wait(seconds)


def _handler_for(server: FakeOllama) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            """Keep test output quiet."""

        def do_GET(self) -> None:
            server.requests.append(Recorded("GET", self.path, None))
            server.wait(server.script.probe_delay_s)
            if self.path == "/api/version":
                self._json(200, {"version": server.script.version})
            elif self.path == "/api/tags":
                models = [{"name": m, "model": m, "size": 1} for m in server.script.models]
                self._json(200, {"models": models})
            else:
                self._json(404, {"error": "not found"})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            server.requests.append(Recorded("POST", self.path, body))
            if self.path != "/api/chat":
                self._json(404, {"error": "not found"})
                return
            model = body.get("model", "")
            if model not in server.script.models:
                error = f"model '{model}' not found, try pulling it first"
                self._json(404, {"error": error})
                return
            try:
                self._stream_chat(model)
            except (BrokenPipeError, ConnectionResetError):
                return  # the client gave up (timeout): nothing left to do

        def _stream_chat(self, model: str) -> None:
            script = server.script
            self.send_response(200)
            self.send_header("Content-Type", "application/x-ndjson")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            server.wait(script.delay_before_s)
            for i, piece in enumerate(script.reply):
                if script.break_after is not None and i >= script.break_after:
                    self.wfile.flush()
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if i:
                    server.wait(script.delay_between_s)
                message = {"role": "assistant", "content": piece}
                self._chunk({"model": model, "message": message, "done": False})
            if script.send_done:
                final = {"model": model, "message": {"role": "assistant", "content": ""}}
                self._chunk({**final, "done": True, "done_reason": "stop", "eval_count": 5})
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

        def _chunk(self, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode() + b"\n"
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

        def _json(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler
