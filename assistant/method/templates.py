"""Versioned Jinja templates in ``prompts/<language>/<name>.j2``.

Every template starts with a version header (``{#- version: N -#}``). :meth:`PromptLibrary.manifest`
lists each template's version and content hash, so eval results can say exactly which prompts
produced them.
"""

from __future__ import annotations

import hashlib
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from assistant.errors import ConfigError
from assistant.paths import resource_dir

VERSION_RE = re.compile(r"\{#-?\s*version:\s*(\d+)\s*-?#\}")
LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class PromptInfo:
    name: str
    language: str
    version: int
    sha256: str


class PromptLibrary:
    """Loads and renders the templates; compiled templates are cached (thread-safe, read-only)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or resource_dir("prompts")
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.root)),
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
            undefined=jinja2.StrictUndefined,
        )
        self._lock = threading.Lock()

    def _template(self, name: str, language: str) -> jinja2.Template:
        path = f"{language}/{name}.j2"
        try:
            with self._lock:
                return self._env.get_template(path)
        except jinja2.TemplateNotFound as exc:
            raise ConfigError(
                f"Prompt template {path} is missing under {self.root}",
                "reinstall the package or restore the prompts/ folder",
            ) from exc

    def compile_all(self) -> None:
        """Compile every conversation template now (``serve`` does, before the first user): the
        first turn that needs one then does not wait 5-20 ms for Jinja to compile it."""
        for language in LANGUAGES:
            for path in sorted((self.root / language).glob("*.j2")):
                self._template(path.stem, language)

    def render(self, name: str, language: str, **variables: Any) -> str:
        """Render ``name`` for ``language``; blank runs are collapsed, ends stripped."""
        text = self._template(name, language).render(**variables)
        text = re.sub(r"[ \t]+\n", "\n", text)
        return re.sub(r"\n{3,}", "\n\n", text).strip()

    def info(self, path: Path) -> PromptInfo:
        raw = path.read_text(encoding="utf-8")
        match = VERSION_RE.search(raw.split("\n", 1)[0])
        if match is None:
            raise ConfigError(
                f"Prompt template {path} has no version header",
                "start the file with {#- version: 1 -#}",
            )
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
        return PromptInfo(path.stem, path.parent.name, int(match.group(1)), digest)

    def manifest(self) -> dict[str, dict[str, Any]]:
        """``{"nl/step_case": {"version": 1, "sha256": ...}, ...}`` for the eval manifest."""
        rows: dict[str, dict[str, Any]] = {}
        for language in LANGUAGES:
            for path in sorted((self.root / language).glob("*.j2")):
                info = self.info(path)
                rows[f"{language}/{info.name}"] = {"version": info.version, "sha256": info.sha256}
        return rows

    def fingerprint(self) -> str:
        """One hash over all templates."""
        joined = "".join(f"{k}:{v['sha256']}" for k, v in sorted(self.manifest().items()))
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]
