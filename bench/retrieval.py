"""Search latency of ``KnowledgeService.search`` per mode on indexes of different sizes.

The 1k index has real vectors (of the pipeline stage's encoder, all-MiniLM-L6-v2, whose queries
are encoded with it); the larger ones were built with ``SyntheticEmbedder`` (clustered synthetic
document vectors), so their vector half costs about what real vectors cost but ranks nothing
meaningful, and their queries are encoded with the default encoder. Every figure includes the
query encoding.
"""

from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import Any

QUERIES = [
    "privacy van inwoners bij slimme camera's in de binnenstad",
    "wie is verantwoordelijk als het algoritme een fout maakt",
    "handelingsopties voor transparantie",
    "zorgen van ouderen over sensoren in huis",
    "drones boven de dijk",
    "een klankbordgroep van bewoners",
    "gelijke behandeling bij fraudesignalen",
    "afhankelijk van één leverancier",
    "who is accountable when the model gives a wrong result",
    "residents feel watched by cameras",
    "training for staff who read the results",
    "fairness of a fraud risk algorithm",
    "digital twin of the neighbourhood",
    "objection procedure for a wrong decision",
    "sustainability and trust in generative AI",
    "youth-care dashboard for policy advisers",
]
MODES = ("hybrid", "vector", "bm25")


def open_service(work: Path, corpus: Path, embedder: Any, synthetic: bool) -> Any:
    from assistant.knowledge.service import KnowledgeService
    from bench.pipelines import bench_settings
    from bench.synthetic import SyntheticEmbedder

    settings = bench_settings(work / "data", corpus)
    if synthetic:
        embedder = SyntheticEmbedder(embedder.model_id, real=embedder, indexing=False)
    return KnowledgeService(settings, embedder)


def measure(
    service: Any, embedder: Any, rounds: int, queries: int = len(QUERIES)
) -> dict[str, Any]:
    """Cold first query, then ``rounds`` passes over the queries, modes interleaved in rotating
    order (the first search of a query may read rows the next ones find cached) (ms).

    After the first query the heap is frozen out of the garbage collector's scans, as ``serve``
    does after its warm-up (``Services.warm_up``), and unfrozen afterwards.
    """
    start = time.perf_counter()
    service.search(QUERIES[0], mode="hybrid")
    cold_ms = (time.perf_counter() - start) * 1000
    samples: dict[str, list[float]] = {mode: [] for mode in MODES}
    samples["embed"] = []
    gc.collect()
    gc.freeze()
    try:
        for _ in range(rounds):
            for number, query in enumerate(QUERIES[:queries]):
                turn = number % len(MODES)  # each mode goes first for a third of the queries
                for mode in MODES[turn:] + MODES[:turn]:
                    start = time.perf_counter()
                    service.search(query, mode=mode)
                    samples[mode].append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                embedder.embed_queries([query])
                samples["embed"].append((time.perf_counter() - start) * 1000)
    finally:
        gc.unfreeze()
    return {"cold_ms": cold_ms, "samples_ms": samples}


def latency(
    indexes: dict[int, tuple[Path, Path, bool]],
    embedder: Any,
    rounds: int,
    queries: int = len(QUERIES),
    real: Any = None,
) -> dict[int, dict[str, Any]]:
    """``{size: measure(...)}`` for each ``size: (workdir, corpus, synthetic)``; ``real``: the
    encoder that built the real-vector indexes (default: ``embedder``)."""
    found = {}
    for size, (work, corpus, synthetic) in indexes.items():
        encoder = embedder if synthetic or real is None else real
        encoder.embed_queries(["warm-up"])  # loading the model is not part of any query
        service = open_service(work, corpus, encoder, synthetic)
        found[size] = measure(service, encoder, rounds, queries)
        found[size]["chunks"] = service.status()["chunks"]
        del service
        gc.collect()
    return found
