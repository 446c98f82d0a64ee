"""A model turn's search encoded ahead, while its message is read: the conductor predicts the
query only when reading will likely leave it as it is, and the vector encoded ahead is the one
the search would have encoded itself (same hits), taken once."""

from __future__ import annotations

import numpy as np
from method_fakes import FakeRetriever, sample_hits, session_at

from assistant.domain.session import Session, Step
from assistant.embeddings import AHEAD_LIMIT, Embedder
from assistant.llm.fake import FakeChatModel
from assistant.method.conductor import Conductor
from assistant.method.grounding import STEP_QUERY
from assistant.settings import EmbeddingSettings
from assistant.ui.readiness import Readiness, ReadyRetriever


def grounded(conductor: Conductor) -> tuple[Conductor, FakeRetriever]:
    retriever = FakeRetriever(sample_hits())
    built = Conductor(conductor.catalogue, conductor.suggester, conductor.prompts,
                      retriever=retriever)  # fmt: skip
    return built, retriever


def ahead_then_plan(conductor: Conductor, session: Session, text: str) -> FakeRetriever:
    built, retriever = grounded(conductor)
    model = FakeChatModel().enqueue("{}")  # the model's reading is empty: the rules read
    built.search_ahead(session, text, model)
    built.plan(session, text, model)
    return retriever


def test_search_ahead_is_the_search_of_a_content_turn(conductor: Conductor) -> None:
    for language, text in (
        ("nl", "Medewerkers krijgen meer werk door alle meldingen"),
        ("en", "Staff get more work from all the alerts"),
    ):
        retriever = ahead_then_plan(conductor, session_at(Step.EFFECTS, language), text)
        assert retriever.ahead and retriever.ahead == retriever.queries


def test_search_ahead_follows_next_to_the_next_step(conductor: Conductor) -> None:
    for language, text in (("nl", "volgende"), ("en", "next")):
        retriever = ahead_then_plan(conductor, session_at(Step.CASE, language), text)
        assert retriever.ahead == retriever.queries
        assert STEP_QUERY[Step.ACTORS] in retriever.ahead[0]


def test_no_search_ahead_when_reading_will_likely_change_the_query(
    conductor: Conductor,
) -> None:
    undescribed = Session(language="nl")
    not_ready = session_at(Step.EFFECTS, "en")  # actors, no effects: "next" asks for more
    for session, text in (
        (undescribed, "Een app die meldingen over zwerfafval sorteert"),
        (session_at(Step.VALUES, "nl"), "eerlijkheid en veiligheid"),
        (session_at(Step.VALUES, "en"), "fairness and safety"),
        (session_at(Step.EFFECTS, "nl"), "terug"),
        (session_at(Step.EFFECTS, "en"), "go back"),
        (not_ready, "next"),
    ):
        built, retriever = grounded(conductor)
        built.search_ahead(session, text, FakeChatModel())
        assert retriever.ahead == [], text


def test_no_search_ahead_for_guided_turns(conductor: Conductor) -> None:
    built, retriever = grounded(conductor)
    session = session_at(Step.EFFECTS, "nl")
    built.search_ahead(session, "Medewerkers krijgen meer werk door alle meldingen", None)
    assert retriever.ahead == []


class CountingEncoder:
    """Wraps an encoder and records every text it encodes."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.seen: list[str] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def encode(self, texts: list[str], role: str) -> np.ndarray:
        self.seen.extend(texts)
        return self.inner.encode(texts, role)  # type: ignore[attr-defined]


def counting(embedder: Embedder) -> tuple[Embedder, CountingEncoder]:
    fresh = Embedder(EmbeddingSettings(), vector_dir=None)
    encoder = CountingEncoder(embedder.encoder)
    fresh.encoder = encoder  # type: ignore[assignment]
    return fresh, encoder


def test_encode_ahead_gives_the_same_vector_once(embedder: Embedder) -> None:
    fresh, encoder = counting(embedder)
    text = "cameras die drukte tellen in de binnenstad"
    fresh.encode_ahead(text)
    ahead = fresh.embed_queries([text])
    assert np.array_equal(ahead, embedder.embed_queries([text]))  # as encoding it now gives
    assert encoder.seen == [text]
    fresh.encode_ahead(text)  # kept since: nothing is encoded again
    assert np.array_equal(fresh.embed_queries([text]), ahead)
    assert encoder.seen == [text]


def test_encode_ahead_keeps_only_the_newest(embedder: Embedder) -> None:
    fresh, encoder = counting(embedder)
    texts = [f"drones boven de dijk, vraag {i}" for i in range(AHEAD_LIMIT + 1)]
    for text in texts:
        fresh.encode_ahead(text)
    fresh.embed_queries([texts[-1]])  # one worker in order: every earlier one is settled
    settled = len(encoder.seen)
    fresh.embed_queries([texts[1]])
    assert len(encoder.seen) == settled  # kept
    fresh.embed_queries([texts[0]])
    # dropped from the queue: encoded once, ahead if it had started, else now
    assert encoder.seen.count(texts[0]) == 1
    assert sorted(encoder.seen) == sorted(texts)


def test_search_ahead_finds_the_same_hits(corpus_knowledge) -> None:  # type: ignore[no-untyped-def]
    for query in (
        "De gemeente wil slimme camera's gebruiken  effecten positief negatief",
        "The water board uses drones to inspect dykes actors stakeholders",
    ):
        plain = corpus_knowledge.search(query, k=5)
        corpus_knowledge.search_ahead(query)
        ahead = corpus_knowledge.search(query, k=5)
        assert [(h.id, h.score) for h in ahead] == [(h.id, h.score) for h in plain]


def test_the_ui_retriever_encodes_ahead_once_the_index_is_ready() -> None:
    inner = FakeRetriever(sample_hits())
    readiness = Readiness()
    retriever = ReadyRetriever(inner, readiness)
    retriever.search_ahead("while the index builds")
    readiness.phase = "ready"
    retriever.search_ahead("once it is ready")
    assert inner.ahead == ["once it is ready"]
