"""A turn encodes each text once: the embedder keeps the query vectors it encoded recently
(bounded, per embedder), so the option model and the value of an option read the option's text
with one encoding, and the values step finds the effects the effect model read before (guided
mode; sentences written for these tests)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from method_fakes import session_at

from assistant.domain.session import Session, Step
from assistant.embeddings import Embedder, RecentVectors
from assistant.embeddings.base import Role
from assistant.knowledge.catalogue import Catalogue
from assistant.method.conductor import Conductor
from assistant.method.suggestions import ValueSuggester
from assistant.method.templates import PromptLibrary
from assistant.settings import EmbeddingSettings


class HashEncoder:
    """A stand-in encoder: a fixed unit vector per text, and every text it was asked for."""

    model_id = "hash-encoder"
    dimension = 8

    def __init__(self) -> None:
        self.asked: list[str] = []

    def encode(self, texts: list[str], role: Role) -> np.ndarray:
        self.asked += texts
        rows = [np.frombuffer(hashlib.sha256(t.encode()).digest()[:8], np.uint8) for t in texts]
        matrix = np.asarray(rows, np.float32) + 1.0
        return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


def hash_embedder() -> tuple[Embedder, HashEncoder]:
    embedder = Embedder(EmbeddingSettings(), vector_dir=None)
    encoder = HashEncoder()
    embedder.encoder = encoder  # type: ignore[assignment]
    return embedder, encoder


def test_a_query_encoded_before_is_not_encoded_again() -> None:
    embedder, encoder = hash_embedder()
    first = embedder.embed_queries(["de wachtrij wordt korter", "queues get shorter"])
    again = embedder.embed_queries(["queues get shorter", "de wachtrij wordt korter"])
    assert encoder.asked == ["de wachtrij wordt korter", "queues get shorter"]
    assert np.array_equal(again, first[::-1])


def test_a_text_twice_in_one_call_is_encoded_once() -> None:
    embedder, encoder = hash_embedder()
    rows = embedder.embed_queries(["camera's tellen drukte", "camera's tellen drukte"])
    assert encoder.asked == ["camera's tellen drukte"]
    assert np.array_equal(rows[0], rows[1])


def test_changing_a_returned_array_changes_no_kept_vector() -> None:
    embedder, _ = hash_embedder()
    rows = embedder.embed_queries(["inspectors walk fewer kilometres"])
    kept = rows.copy()
    rows[:] = 0.0
    assert np.array_equal(embedder.embed_queries(["inspectors walk fewer kilometres"]), kept)


def test_passages_and_forgotten_queries_are_encoded_again() -> None:
    embedder, encoder = hash_embedder()
    embedder.embed(["een passage uit de methode"])
    embedder.embed(["een passage uit de methode"])
    embedder.embed_queries(["residents feel watched"])
    embedder.forget_texts()
    embedder.embed_queries(["residents feel watched"])
    assert encoder.asked == ["een passage uit de methode"] * 2 + ["residents feel watched"] * 2


def test_a_search_encoded_before_is_not_encoded_ahead() -> None:
    embedder, encoder = hash_embedder()
    embedder.embed_queries(["drones boven de dijk actoren"])
    embedder.encode_ahead("drones boven de dijk actoren")
    embedder.embed_queries(["drones boven de dijk actoren"])
    assert encoder.asked == ["drones boven de dijk actoren"]


def test_the_least_recently_used_vector_goes_first() -> None:
    recent = RecentVectors(limit=2)
    recent.keep(["a", "b"], np.eye(2, dtype=np.float32))
    assert recent.get("a") is not None  # "a" used last: "b" goes first
    recent.keep(["c"], np.ones((1, 2), np.float32))
    assert len(recent) == 2
    assert "a" in recent and "c" in recent and "b" not in recent


# --- whole turns with the packaged encoder -------------------------------------------------------


class CountedEncoder:
    """The packaged encoder, recording every text it encodes."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.asked: list[str] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def encode(self, texts: list[str], role: Role) -> np.ndarray:
        self.asked += texts
        return self.inner.encode(texts, role)  # type: ignore[attr-defined,no-any-return]


@pytest.fixture
def counted(method_catalogue: Catalogue, tmp_path: Path) -> tuple[Conductor, CountedEncoder]:
    """A conductor whose own embedder (nothing kept yet) counts what it encodes."""
    embedder = Embedder(EmbeddingSettings())
    encoder = CountedEncoder(embedder.encoder)
    embedder.encoder = encoder  # type: ignore[assignment]
    suggester = ValueSuggester(method_catalogue, embedder, tmp_path)
    conductor = Conductor(method_catalogue, suggester, PromptLibrary(), max_values=6)
    return conductor, encoder


def encoded_in_turn(
    conductor: Conductor, encoder: CountedEncoder, session: Session, text: str
) -> list[str]:
    before = len(encoder.asked)
    conductor.plan(session, text)
    return encoder.asked[before:]


@pytest.mark.parametrize(
    ("language", "message", "option"),
    [
        ("nl", "ontwerp: de berichten na een week automatisch wissen",
         "berichten na een week automatisch wissen"),
        ("en", "design: delete the messages automatically after a week",
         "delete the messages automatically after a week"),
    ],
)  # fmt: skip
def test_an_option_is_encoded_once_in_its_turn(
    counted: tuple[Conductor, CountedEncoder], language: str, message: str, option: str
) -> None:
    conductor, encoder = counted
    session = session_at(Step.OPTIONS, language)
    asked = encoded_in_turn(conductor, encoder, session, message)
    assert [o.kind for o in session.options] == ["design"]
    assert option in session.options[0].text.lower()
    assert any(option in text.lower() for text in asked)
    assert len(asked) == len(set(asked))


@pytest.mark.parametrize(
    ("language", "effects", "move_on"),
    [
        ("nl", ["positief: inwoners krijgen sneller een antwoord. negatief: inwoners voelen "
                "zich gevolgd", "+ medewerkers hoeven minder berichten te lezen",
                "- medewerkers vertrouwen blind op de grafiek"], "volgende"),
        ("en", ["positive: residents get an answer sooner. negative: residents feel followed",
                "+ staff read fewer messages by hand", "- staff trust the chart blindly"],
         "next"),
    ],
)  # fmt: skip
def test_the_values_step_encodes_no_effect_read_before(
    counted: tuple[Conductor, CountedEncoder], language: str, effects: list[str], move_on: str
) -> None:
    conductor, encoder = counted
    session = session_at(Step.EFFECTS, language)
    for message in effects:
        conductor.plan(session, message)
    read_before = set(encoder.asked)
    asked = encoded_in_turn(conductor, encoder, session, move_on)
    assert session.step == Step.VALUES
    assert len(session.effects) >= 4
    assert {e.text for e in session.effects} <= read_before
    assert not set(asked) & read_before
