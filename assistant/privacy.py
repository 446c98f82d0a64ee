"""Nothing leaves the machine: switch off telemetry and hub downloads for every library we use."""

from __future__ import annotations

import os

PRIVACY_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_DATASETS_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "CHROMA_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
    "DO_NOT_TRACK": "1",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    # Quiet too: no "Loading weights" bars on the terminal for loads of a second or two.
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
}


def apply_privacy_env() -> None:
    """Set the privacy environment (called once by each entry point, never at import time)."""
    for key, value in PRIVACY_ENV.items():
        os.environ.setdefault(key, value)


_HTML = str.maketrans({"&": "&amp;", "<": "&lt;"})


def inert_markdown(text: str) -> str:
    """``text`` for a Markdown renderer that must load nothing: HTML is shown as text (so no
    ``<img>``, ``<iframe>`` or ``<link>`` reaches the page) and image syntax ``![..](..)`` stays
    text (``!\\[``); links stay links, which load nothing until someone follows them."""
    return text.translate(_HTML).replace("![", "!\\[")
