"""Loading the embedded model prints nothing: transformers' own bar for converting the GGUF
tensors ("Converting and de-quantizing GGUF tensors...") stayed on the eval's and the chat's
terminal, where the commands print only their own progress. The loaders are stood in for by
ones that draw such a bar (the real load takes over a minute and is covered in
test_embedded_backend.py)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from assistant.llm.embedded import EmbeddedChatModel
from assistant.settings import EmbeddedSettings


class _Loud:
    """A loader that draws a progress bar on stderr, as transformers does."""

    def eval(self) -> None:
        pass

    @classmethod
    def from_pretrained(cls, folder: str, gguf_file: str) -> _Loud:
        print("Converting and de-quantizing GGUF tensors...: 100%", file=sys.stderr)
        return cls()


def test_loading_the_embedded_model_draws_no_library_bar(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    transformers = pytest.importorskip("transformers")
    monkeypatch.setattr(transformers, "AutoTokenizer", _Loud)
    monkeypatch.setattr(transformers, "AutoModelForCausalLM", _Loud)
    gguf = tmp_path / "model.gguf"
    gguf.write_bytes(b"GGUF")
    chat: Any = EmbeddedChatModel(EmbeddedSettings(model_path=gguf))
    tokenizer, model = chat._load_files()
    assert isinstance(tokenizer, _Loud) and isinstance(model, _Loud)
    out, err = capsys.readouterr()
    assert "GGUF" not in err and "GGUF" not in out
