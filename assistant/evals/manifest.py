"""What a result depends on: git commit, prompt hashes, settings (without secrets), index state."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path
from typing import Any

from assistant.paths import PROJECT_ROOT, resource_dir
from assistant.settings import Settings

SECRET_WORDS = ("password", "secret", "token", "api_key", "users")


def git_commit(root: Path = PROJECT_ROOT) -> str | None:
    """The checked-out commit (with ``+dirty`` for local changes); None outside a git checkout."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=root, capture_output=True, text=True, timeout=10
        )
        if head.returncode != 0:
            return None
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=root,
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    commit = head.stdout.strip()
    return commit + ("+dirty" if dirty.stdout.strip() else "") if commit else None


def prompt_hashes(prompts_dir: Path | None = None) -> dict[str, str]:
    """sha256 (first 16 hex) of every file under ``prompts/``, by relative path."""
    prompts_dir = prompts_dir or resource_dir("prompts")
    if not prompts_dir.is_dir():
        return {}
    hashes: dict[str, str] = {}
    for path in sorted(p for p in prompts_dir.rglob("*") if p.is_file()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        hashes[path.relative_to(prompts_dir).as_posix()] = digest
    return hashes


def redact(data: Any) -> Any:
    """Drop fields whose name suggests a secret, recursively."""
    if isinstance(data, dict):
        return {
            key: redact(value)
            for key, value in data.items()
            if not any(word in key.lower() for word in SECRET_WORDS)
        }
    if isinstance(data, list):
        return [redact(item) for item in data]
    return data


def settings_snapshot(settings: Settings) -> dict[str, Any]:
    data = redact(settings.model_dump(mode="json"))
    data.pop("data_dir", None)  # a temp dir per scenario: not part of what the result depends on
    return dict(data)
