"""The settings tree: environment, OLLAMA_HOST, settings files, validation with a fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.settings import load_settings


def test_defaults_without_environment(clean_env: pytest.MonkeyPatch) -> None:
    settings = load_settings()
    assert settings.llm.backend == "auto"
    assert settings.ollama.host == "http://localhost:11434"
    assert settings.index_dir == settings.data_dir / "index"


def test_prefixed_and_nested_environment(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("ASSISTANT_DATA_DIR", str(tmp_path))
    clean_env.setenv("ASSISTANT_LLM__BACKEND", "guided")
    clean_env.setenv("ASSISTANT_OLLAMA__MODEL", "llama3.1:8b")
    clean_env.setenv("ASSISTANT_OLLAMA__PROBE_TIMEOUT_S", "0.5")
    settings = load_settings()
    assert settings.data_dir == tmp_path
    assert settings.llm.backend == "guided"
    assert settings.ollama.model == "llama3.1:8b"
    assert settings.ollama.probe_timeout_s == 0.5
    assert settings.sessions_db == tmp_path / "sessions.sqlite3"


def test_ollama_host_is_honoured_and_normalised(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("OLLAMA_HOST", "gpu-box:11434/")
    clean_env.setenv("ASSISTANT_OLLAMA__MODEL", "llama3.1:8b")
    settings = load_settings()
    assert settings.ollama.host == "http://gpu-box:11434"
    assert settings.ollama.model == "llama3.1:8b"  # merged with the other Ollama settings


def test_assistant_variable_wins_over_ollama_host(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("OLLAMA_HOST", "http://other:1")
    clean_env.setenv("ASSISTANT_OLLAMA__HOST", "http://mine:2")
    assert load_settings().ollama.host == "http://mine:2"


def test_overrides_win_over_environment(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("ASSISTANT_LLM__BACKEND", "guided")
    settings = load_settings(llm__backend="ollama", llm__seed=None)
    assert settings.llm.backend == "ollama"
    assert settings.llm.seed is None


def test_yaml_settings_file(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "assistant.yaml"
    config.write_text("language: en\nllm:\n  temperature: 0.7\nollama:\n  model: phi4\n")
    clean_env.setenv("ASSISTANT_CONFIG", str(config))
    settings = load_settings()
    assert settings.language == "en"
    assert settings.llm.temperature == 0.7
    assert settings.ollama.model == "phi4"


def test_toml_settings_file_loses_to_environment(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = tmp_path / "assistant.toml"
    config.write_text('[llm]\nbackend = "embedded"\nseed = 7\n[retrieval]\nk = 9\n')
    clean_env.setenv("ASSISTANT_CONFIG", str(config))
    clean_env.setenv("ASSISTANT_RETRIEVAL__K", "3")
    settings = load_settings()
    assert (settings.llm.backend, settings.llm.seed) == ("embedded", 7)
    assert settings.retrieval.k == 3


def test_missing_settings_file_names_the_fix(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    clean_env.setenv("ASSISTANT_CONFIG", str(tmp_path / "nope.yaml"))
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert "does not exist" in caught.value.message
    assert "ASSISTANT_CONFIG" in caught.value.fix


def test_invalid_value_is_a_config_error_with_fix(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("ASSISTANT_LLM__TEMPERATURE", "hot")
    with pytest.raises(ConfigError) as caught:
        load_settings()
    assert "llm.temperature" in caught.value.message
    assert "ethics-assistant settings" in caught.value.fix


def test_out_of_range_and_wrong_choice_are_rejected(clean_env: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match=r"ollama\.probe_timeout_s"):
        load_settings(ollama__probe_timeout_s=0)
    with pytest.raises(ConfigError, match=r"llm\.backend"):
        load_settings(llm__backend="gpt")


def test_unknown_keys_are_rejected(clean_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"llm\.bogus"):
        load_settings(llm__bogus=1)
    config = tmp_path / "assistant.yaml"
    config.write_text("ollama:\n  modle: phi4\n")
    clean_env.setenv("ASSISTANT_CONFIG", str(config))
    with pytest.raises(ConfigError, match=r"ollama\.modle"):
        load_settings()
    clean_env.setenv("ASSISTANT_CONFIG", "")
    clean_env.setenv("ASSISTANT_UI__PROT", "80")
    with pytest.raises(ConfigError, match=r"ui\.prot"):
        load_settings()


def test_malformed_settings_file_is_a_config_error(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "settings.yaml"
    bad.write_text("llm: [unclosed\n  backend: guided\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(config=bad)
    assert "cannot be parsed" in info.value.message
    assert "syntax" in info.value.fix


def test_config_argument_does_not_leak_into_later_calls(
    clean_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("language: en\n", encoding="utf-8")
    assert load_settings(config=path).language == "en"
    assert load_settings().language == "nl"
