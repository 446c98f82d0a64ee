"""Index and search through a real Chroma server (`chroma run`, vectorstore mode http)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import CountingEmbedder
from knowledge_corpus import tiny_settings

from assistant.errors import IndexBroken
from assistant.knowledge.service import KnowledgeService


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    chroma = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = _free_port()
    log = (tmp_path / "chroma.log").open("w")
    process = subprocess.Popen(
        [
            chroma,
            "run",
            "--path",
            str(tmp_path / "server"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert process.poll() is None, (tmp_path / "chroma.log").read_text()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).is_success:
                    break
            except httpx.HTTPError:
                time.sleep(0.3)
        else:
            pytest.fail("chroma run did not answer its heartbeat within 60 s")
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def test_index_and_search_through_a_chroma_server(
    tmp_path: Path, chroma_server: int, counting_embedder: CountingEmbedder
) -> None:
    settings = tiny_settings(
        tmp_path,
        vectorstore__mode="http",
        vectorstore__host="127.0.0.1",
        vectorstore__port=chroma_server,
    )
    service = KnowledgeService(settings, counting_embedder)
    first = service.index(progress=False)
    assert first.chunks == 7 and first.embedded == 7
    assert not (settings.index_dir / "chroma").exists()

    again = KnowledgeService(settings, counting_embedder)
    second = again.index(progress=False)
    assert second.embedded == 0 and len(second.skipped) == 3
    hits = again.search("drie soorten handelingsopties", k=2)
    assert hits[0].id == "tiny-method-nl#drie-soorten-opties-0"
    assert again.status()["chunks"] == 7 and again.status()["mode"] == "http"


def test_unreachable_server_says_how_to_start_it(
    tmp_path: Path, counting_embedder: CountingEmbedder
) -> None:
    settings = tiny_settings(
        tmp_path,
        vectorstore__mode="http",
        vectorstore__host="127.0.0.1",
        vectorstore__port=_free_port(),
    )
    with pytest.raises(IndexBroken, match="not reachable") as info:
        KnowledgeService(settings, counting_embedder).search("privacy")
    assert "chroma run" in info.value.fix
