"""Warm start: what the first turns would wait for is done before users arrive, and the values
step does not re-embed what it embedded on the turn before."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import CountingEmbedder

from assistant.domain.session import Step
from assistant.knowledge import catalogue as catalogue_module
from assistant.knowledge.catalogue import Catalogue
from assistant.llm.guided import GuidedChatModel
from assistant.method import suggestions as suggest
from assistant.method.suggestions import ValueSuggester
from assistant.services import Services
from assistant.settings import load_settings

SCRIPT = Path(__file__).parent / "data" / "scripts" / "nl-sentiment-monitoring.txt"


@pytest.fixture
def fresh_services(
    tmp_path: Path,
    corpus_knowledge: Any,
    counting_embedder: CountingEmbedder,
    monkeypatch: pytest.MonkeyPatch,
) -> Services:
    """Services on a fresh data dir holding a copy of the indexed corpus, with no catalogue
    vectors anywhere yet (neither in the data dir nor in this process)."""
    monkeypatch.setattr(suggest, "_VECTORS", {})
    shutil.copytree(corpus_knowledge.settings.index_dir, tmp_path / "index")
    services = Services(load_settings(data_dir=tmp_path), chat_model=GuidedChatModel())
    services.__dict__["embedder"] = counting_embedder
    return services


def script_turns() -> list[str]:
    lines = SCRIPT.read_text("utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def test_after_prepare_no_turn_embeds_the_value_catalogue(
    tmp_path: Path, fresh_services: Services, counting_embedder: CountingEmbedder
) -> None:
    services = fresh_services
    services.prepare(progress=False)
    assert max(counting_embedder.sizes) > 100  # the catalogue's phrases, during prepare
    assert list((tmp_path / "cache").glob("value-phrases-*.npy"))
    counting_embedder.sizes.clear()
    chat = services.chat
    session = chat.start("nl")
    for text in script_turns():
        stream = chat.turn(session.id, text)
        stream.text()
        if stream.session.step == Step.OPTIONS:
            break
    assert stream.session.step == Step.OPTIONS
    assert stream.session.chosen_values()
    # each turn embeds its retrieval query and at most the session's own effects
    assert counting_embedder.sizes and max(counting_embedder.sizes) <= len(stream.session.effects)


def test_after_prepare_no_turn_compiles_a_template_or_reads_the_catalogue(
    fresh_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = fresh_services
    services.prepare(progress=False)
    prompts = services.chat.conductor.prompts
    compiled: list[str] = []
    compile_template = prompts._env.compile

    def counted(source: str, name: str | None = None, *args: Any, **kwargs: Any) -> Any:
        compiled.append(name or "")
        return compile_template(source, name, *args, **kwargs)

    read: list[Path] = []
    load_yaml = catalogue_module._load_yaml
    monkeypatch.setattr(prompts._env, "compile", counted)
    monkeypatch.setattr(catalogue_module, "_load_yaml", lambda p: read.append(p) or load_yaml(p))
    chat = services.chat
    for language in ("nl", "en"):
        session = chat.start(language)  # type: ignore[arg-type]
        for text in script_turns():
            stream = chat.turn(session.id, text)
            stream.text()
            if stream.session.step == Step.OPTIONS:
                break
        assert stream.session.step == Step.OPTIONS and stream.session.proposals
    assert compiled == [] and read == []


def test_effects_are_embedded_once_across_turns(
    method_catalogue: Catalogue,
    counting_embedder: CountingEmbedder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    suggester = ValueSuggester(method_catalogue, counting_embedder, tmp_path)
    suggester.prepare()
    before = counting_embedder.texts
    first = suggester.similarity(["Inwoners voelen zich bekeken", "Minder zoekwerk"])
    assert counting_embedder.texts == before + 2
    again = suggester.similarity(["Minder zoekwerk", "Inwoners voelen zich bekeken"])
    assert counting_embedder.texts == before + 2  # nothing new to embed
    assert np.allclose(again, first[::-1])
    monkeypatch.setattr(suggest, "TEXT_CACHE_SIZE", 2)
    suggester.similarity(["Fouten bij ironie"])  # drops the least recently used text
    suggester.similarity(["Inwoners voelen zich bekeken", "Fouten bij ironie"])
    assert counting_embedder.texts == before + 3
    suggester.similarity(["Minder zoekwerk"])
    assert counting_embedder.texts == before + 4


def test_the_web_ui_warms_up_in_the_background_and_freezes_its_start_up_heap(
    fresh_services: Services, counting_embedder: CountingEmbedder
) -> None:
    from assistant.ui.readiness import prepare_in_background

    services = fresh_services
    try:
        readiness = prepare_in_background(services)
        assert readiness.done.wait(120)
        assert readiness.phase == "ready", readiness.error
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
    assert max(counting_embedder.sizes) > 100  # the catalogue was embedded by the warm-up
    before = counting_embedder.texts
    services.suggester.suggest(["Bewoners voelen zich gevolgd"], 3)
    assert counting_embedder.texts == before + 1


def test_numpy_uses_one_blas_thread_beside_the_encoder(embedder: Any) -> None:
    from threadpoolctl import threadpool_info

    embedder.embed(["loaded"])
    # NumPy's own OpenBLAS: SciPy's copy, loaded later by other tests (scipy.linalg), is not used
    # for the products a turn does
    pools = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    numpy_blas = [pool for pool in pools if "numpy" in pool["filepath"]]
    assert numpy_blas and all(pool["num_threads"] == 1 for pool in numpy_blas)
