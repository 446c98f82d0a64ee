"""Guided-mode turns and the Ollama adapter's overhead before the first token.

Both run the real ``ChatService`` (conductor, retrieval from the shipped corpus, SQLite store)
through ``Services``. The Ollama figure uses the project's HTTP test server (tests/ollama_server.py)
and subtracts the time spent inside the model calls, so what is left is the application's own
work before the first token: prompt building, retrieval, history and store writes.
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path
from typing import Any

from assistant.paths import PROJECT_ROOT

SCRIPTS: dict[str, list[str]] = {
    "nl": [
        "De gemeente Breda wil slimme camera's in de binnenstad gebruiken die drukte tellen.",
        "Handhavers en de afdeling openbare orde bekijken de uitkomsten op een dashboard.",
        "Het bepaalt waar extra toezicht komt bij evenementen. Het is een pilot.",
        "volgende",
        "bezoekers, winkeliers, handhavers en de gemeenteraad",
        "ja",
        "positief: bezoekers voelen zich veiliger. negatief: bezoekers voelen zich bekeken",
        "+ winkeliers krijgen beter inzicht in drukte",
        "- handhavers gaan blind varen op het dashboard",
        "volgende",
        "privacy, veiligheid en transparantie",
        "volgende",
        "ontwerp: beelden direct na het tellen verwijderen",
        "omgeving: een bord bij elke camera met uitleg",
        "mens: handhavers trainen in het lezen van de cijfers",
    ],
    "en": [
        "The water board wants to use drones that inspect dykes for damage after storms.",
        "Inspectors at the water board read the images and the drone pilots fly the routes.",
        "It decides which dyke sections are repaired first. It is in use already.",
        "next",
        "residents along the dyke, inspectors, drone pilots, farmers",
        "yes",
        "positive: damage is found sooner. negative: residents feel watched in their gardens",
        "+ inspectors walk fewer kilometres",
        "- farmers worry about noise for their cattle",
        "next",
        "safety, privacy and trust",
        "next",
        "design: blur people and gardens in the images",
        "environment: announce every flight on the website",
        "human: inspectors always check a drone finding on site",
    ],
}


def load_test_server() -> Any:
    """The ``tests/ollama_server.py`` module (shared with the adapter's tests, not copied)."""
    path = PROJECT_ROOT / "tests" / "ollama_server.py"
    spec = importlib.util.spec_from_file_location("bench_ollama_server", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


def build_services(data_dir: Path, embedder: Any, **overrides: Any) -> Any:
    """``Services`` on ``data_dir`` sharing the already loaded ``embedder``."""
    from assistant.services.container import Services
    from bench.pipelines import bench_settings

    services = Services(
        bench_settings(data_dir, **overrides), backend=overrides.get("llm__backend")
    )
    services.__dict__["embedder"] = embedder  # share the loaded model; same class, same settings
    return services


class StoreClock:
    """Wraps the session store's ``save``: seconds spent in it (commits, fsync included)."""

    def __init__(self, store: Any) -> None:
        self.seconds = 0.0
        self._inner = store.save
        store.save = self._save

    def _save(self, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return self._inner(*args, **kwargs)
        finally:
            self.seconds += time.perf_counter() - start


def new_user(services: Any) -> None:
    """Drop the vectors the app keeps of texts it read before (the embedder's recent queries,
    the suggester's effects and options): the scripts repeat, a new user's texts do not, so
    each timed session starts without them. Code that keeps none has nothing to drop."""
    for holder in (services.embedder, services.suggester):
        forget = getattr(holder, "forget_texts", None)
        if forget is not None:
            forget()


def run_session(
    chat: Any, language: str, turns: int, store: StoreClock
) -> tuple[list[float], list[float]]:
    """Milliseconds of each turn, from ``turn()`` to the last piece of the reply, and of the
    store writes within it (each session as a new user's: :func:`new_user`)."""
    new_user(chat.services)
    session = chat.start(language)
    samples: tuple[list[float], list[float]] = ([], [])
    for text in SCRIPTS[language][:turns]:
        saved = store.seconds
        start = time.perf_counter()
        for _ in chat.turn(session.id, text):
            pass
        samples[0].append((time.perf_counter() - start) * 1000)
        samples[1].append((store.seconds - saved) * 1000)
    return samples


def guided_turns(data_dir: Path, embedder: Any, sessions: int, turns: int) -> dict[str, Any]:
    """Build the corpus index (timed) and run ``sessions`` guided sessions per language."""
    services = build_services(data_dir, embedder, llm__backend="guided")
    start = time.perf_counter()
    report = services.knowledge.index(progress=False)
    index_s = time.perf_counter() - start
    start = time.perf_counter()
    services.prepare(progress=False, freeze=True)  # what `serve` does before the first user
    prepare_s = time.perf_counter() - start
    chat = services.chat
    store = StoreClock(services.sessions)
    run_session(chat, "nl", 2, store)  # warm up: templates, BM25
    samples: list[float] = []
    writes: list[float] = []
    for _ in range(sessions):
        for language in SCRIPTS:
            turn_ms, store_ms = run_session(chat, language, turns, store)
            samples += turn_ms
            writes += store_ms
    return {
        "turn_ms": samples,
        "store_ms": writes,
        "corpus_index_s": index_s,
        "corpus_chunks": report.chunks,
        "prepare_s": prepare_s,
    }


class CallClock:
    """Wraps a model's ``_stream``: when each call started, gave its first piece and ended."""

    def __init__(self, model: Any) -> None:
        self.calls: list[dict[str, float | None]] = []
        self._inner = model._stream
        model._stream = self._stream

    def _stream(self, messages: Any, options: Any) -> Any:
        call: dict[str, float | None] = {"start": time.perf_counter(), "first": None, "end": None}
        self.calls.append(call)
        for piece in self._inner(messages, options):
            if call["first"] is None:
                call["first"] = time.perf_counter()
            yield piece
        call["end"] = time.perf_counter()

    def model_seconds(self, since: float, until: float) -> float:
        """Time inside model calls between ``since`` and the first token at ``until``."""
        total = 0.0
        for call in self.calls:
            start, first, end = call["start"], call["first"], call["end"]
            if start is None or start < since:
                continue
            if end is not None and end <= until:
                total += end - start
            elif first is not None and first <= until:
                total += first - start
        return total


def ollama_turns(data_dir: Path, embedder: Any, sessions: int, turns: int) -> dict[str, Any]:
    """Turns with the Ollama adapter against the test server: overhead and time to first token."""
    module = load_test_server()
    server = module.FakeOllama().start()
    try:
        services = build_services(
            data_dir, embedder, llm__backend="ollama", ollama__host=server.url
        )
        server.script.models = [services.settings.ollama.model]
        services.prepare(progress=False)
        clock = CallClock(services.backend.model)
        samples: tuple[list[float], list[float]] = ([], [])
        _ollama_session(services.chat, clock, "nl", 2, ([], []))  # warm up the client
        for _ in range(sessions):
            for language in SCRIPTS:
                _ollama_session(services.chat, clock, language, turns, samples)
    finally:
        server.stop()
    return {"overhead_ms": samples[0], "first_token_ms": samples[1]}


def _ollama_session(
    chat: Any, clock: CallClock, language: str, turns: int, out: tuple[list[float], list[float]]
) -> None:
    new_user(chat.services)
    session = chat.start(language)
    for text in SCRIPTS[language][:turns]:
        start = time.perf_counter()
        first = None
        for _ in chat.turn(session.id, text):
            if first is None:
                first = time.perf_counter()
        if first is None:
            continue
        out[0].append((first - start - clock.model_seconds(start, first)) * 1000)
        out[1].append((first - start) * 1000)
