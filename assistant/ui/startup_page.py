"""The page a browser gets while ``serve`` is still starting: it answers at once.

Loading the web framework (Gradio) takes several seconds on a small machine, before the app can
answer anything. ``StartupPage`` holds the port from the first moment (standard library only,
nothing else imported): ``/`` answers 200 with a small page in the configured language that says
the assistant is starting and how long it has been; every other path answers 503 with
``Retry-After``. The page asks ``/`` again every half second and reloads itself as soon as the real
app answers there, so the browser ends up on the app without anyone pressing reload (also after a
restart: a page that lost its server lands here and then back in its own session).

``close()`` frees the port just before the app binds it; in that short gap the page's requests
fail and it simply asks again. Nothing on the page is fetched from anywhere: inline style and
script, and a Content-Security-Policy that allows nothing else.
"""

from __future__ import annotations

import html
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

from assistant.domain.session import Language
from assistant.errors import ConfigError
from assistant.ui.strings import t

MARKER = "X-Ethics-Assistant-Starting"  # the header that says "not the app yet"
POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'"
)

_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; min-height: 100vh; display: grid;
  place-items: center; background: #f7f7f5; color: #1f2933; }}
main {{ max-width: 32rem; padding: 2rem; text-align: center; }}
h1 {{ font-size: 1.4rem; margin: 0 0 1rem; }}
p {{ line-height: 1.5; margin: 0.5rem 0; }}
.dot {{ display: inline-block; width: 0.6rem; height: 0.6rem; margin: 0 0.2rem; border-radius: 50%;
  background: #2b6cb0; animation: pulse 1.2s infinite ease-in-out; }}
.dot:nth-child(2) {{ animation-delay: 0.2s; }} .dot:nth-child(3) {{ animation-delay: 0.4s; }}
@keyframes pulse {{ 0%, 80%, 100% {{ opacity: 0.2; }} 40% {{ opacity: 1; }} }}
</style></head>
<body><main>
<h1>{title}</h1>
<p role="status" id="starting">{starting}</p>
<p><span class="dot"></span><span class="dot"></span><span class="dot"></span></p>
<p id="elapsed"></p>
<p>{private}</p>
</main>
<script>
(() => {{
  const started = Date.now(), words = {words};
  const tick = () => {{
    const s = Math.round((Date.now() - started) / 1000);
    document.getElementById('elapsed').textContent = s > 1 ? words.replace('{{s}}', s) : '';
  }};
  const ask = async () => {{
    try {{
      const answer = await fetch('/', {{ cache: 'no-store' }});
      if (answer.ok && !answer.headers.get('{marker}')) {{ location.reload(); return; }}
    }} catch (gone) {{ /* between this page and the app: ask again */ }}
    tick();
    setTimeout(ask, 500);
  }};
  setTimeout(ask, 500);
}})();
</script>
</body></html>
"""


def render(language: Language) -> bytes:
    """The start-up page in ``language``."""
    page = _PAGE.format(
        lang=language,
        title=html.escape(t(language, "title")),
        starting=html.escape(t(language, "startup_loading")),
        private=html.escape(t(language, "startup_private")),
        words=json.dumps(t(language, "startup_elapsed")),
        marker=MARKER,
    )
    return page.encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    page: ClassVar[bytes] = b""

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def do_POST(self) -> None:
        self._answer(with_body=True)

    def _answer(self, with_body: bool) -> None:
        root = self.path.split("?", 1)[0] == "/"
        body = self.page if root else b'{"detail": "starting, try again in a moment"}\n'
        self.send_response(200 if root else 503)
        self.send_header("Content-Type", "text/html; charset=utf-8" if root else "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", POLICY)
        self.send_header(MARKER, "1")
        if not root:
            self.send_header("Retry-After", "1")
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the server's own log says what matters."""


class StartupPage:
    """Holds ``host:port`` and answers with the start-up page until ``close()``."""

    def __init__(self, host: str, port: int, language: Language) -> None:
        handler = type("StartupHandler", (_Handler,), {"page": render(language)})
        try:
            self._server = ThreadingHTTPServer((host, port), handler)
        except OSError as exc:
            raise ConfigError(
                f"Cannot listen on {host}:{port} ({exc.strerror or exc})",
                "stop what uses that port, or choose another with --port (ASSISTANT_UI__PORT)",
            ) from exc
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True
        )
        self._thread.start()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def close(self) -> None:
        """Stop answering and free the port (the app binds it next). Safe to call twice."""
        if self._thread.is_alive():
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()
