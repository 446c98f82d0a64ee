"""The start-up page: ``serve`` answers HTTP at once, before the web framework has loaded, in the
configured language; only ``/`` is a page, everything else says "try again"; closing frees the port
for the app; a port in use fails with the fix."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request

import pytest
from ui_client import free_port

from assistant.errors import ConfigError
from assistant.ui.startup_page import MARKER, StartupPage


def fetch(url: str) -> tuple[int, dict[str, str], str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8")


def test_the_startup_page_answers_at_once_in_the_configured_language():
    pages = (("nl", "start op", "is starting"), ("en", "is starting", "start op"))
    for language, words, other in pages:
        page = StartupPage("127.0.0.1", free_port(), language)
        try:
            status, headers, body = fetch(f"http://127.0.0.1:{page.port}/")
        finally:
            page.close()
        assert status == 200 and headers[MARKER] == "1"
        assert words in body and other not in body
        assert f'<html lang="{language}">' in body
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert "http://" not in body and "https://" not in body  # nothing to fetch elsewhere


def test_the_startup_page_asks_api_callers_to_try_again():
    page = StartupPage("127.0.0.1", free_port(), "nl")
    try:
        status, headers, body = fetch(f"http://127.0.0.1:{page.port}/config")
        query, _, _ = fetch(f"http://127.0.0.1:{page.port}/?view=api")
    finally:
        page.close()
    assert status == 503 and headers["Retry-After"] == "1" and "starting" in body
    assert query == 200


def test_closing_the_startup_page_frees_the_port_for_the_app():
    page = StartupPage("127.0.0.1", free_port(), "nl")
    fetch(f"http://127.0.0.1:{page.port}/")  # a served connection must not keep the port
    page.close()
    page.close()  # twice is harmless
    with socket.socket() as app:
        app.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        app.bind(("127.0.0.1", page.port))


def test_a_port_in_use_is_refused_with_the_fix():
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        with pytest.raises(ConfigError) as refused:
            StartupPage("127.0.0.1", other.getsockname()[1], "en")
    assert "--port" in refused.value.fix
