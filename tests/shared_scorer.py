"""The shared scorer (``tests/data/score_conversations.py``, a copy of
``../shared/tools/score_conversations.py``) as a function, for the agreement tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Scorer = Callable[[dict[str, Any], dict[str, Any], dict[str, set[str]]], dict[str, Any]]
SCRIPT = Path(__file__).parent / "data" / "score_conversations.py"


def shared_scorer() -> Scorer:
    """``score(conversation, session_json, synonyms)`` of the script; its command line (the last
    line, ``main()``) is not run."""
    source = SCRIPT.read_text(encoding="utf-8").rstrip()
    assert source.endswith("\nmain()")
    namespace: dict[str, Any] = {"__name__": "shared_scorer"}
    exec(compile(source[: -len("main()")], str(SCRIPT), "exec"), namespace)
    return namespace["score"]  # type: ignore[no-any-return]
