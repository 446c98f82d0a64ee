"""Shared by the knowledge tests: a tiny corpus on disk, settings for it, a second 'model'."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np

from assistant.settings import Settings, load_settings

METHOD_NL = """---
id: tiny-method-nl
title: Handelingsopties
language: nl
kind: method
source: test corpus
---

# Handelingsopties

## Drie soorten opties

Er zijn drie soorten handelingsopties: ontwerp van de technologie, de omgeving en de mens.
Elke optie beschermt een of meer waarden.

## Voorbeelden

Een camera die gezichten vervaagt is een ontwerpoptie. Een klachtenregeling hoort bij de omgeving.
"""

METHOD_EN = """---
id: tiny-method-en
title: Handling options
language: en
kind: method
source: test corpus
---

# Handling options

## Three kinds of options

There are three kinds of handling options: design of the technology, the environment and people.
Each option protects one or more values.
"""

VALUES = """id: tiny-values
title: Values
language: multi
kind: values
source: test corpus
values:
  - id: privacy
    nl:
      name: Privacy
      definition: Zelf bepalen wie wat over je weet.
      synonyms: [persoonlijke levenssfeer]
      effects: [Inwoners voelen zich bekeken door camera's.]
    en:
      name: Privacy
      definition: Deciding for yourself who knows what about you.
      synonyms: [private life]
      effects: [Residents feel watched by cameras.]
  - id: justice
    nl:
      name: Rechtvaardigheid
      definition: Gelijke gevallen gelijk behandelen, zonder discriminatie.
    en:
      name: Justice
      definition: Treating equal cases equally, without discrimination.
"""


def write_tiny_corpus(root: Path) -> Path:
    (root / "method").mkdir(parents=True, exist_ok=True)
    (root / "values").mkdir(parents=True, exist_ok=True)
    (root / "method" / "options-nl.md").write_text(METHOD_NL, encoding="utf-8")
    (root / "method" / "options-en.md").write_text(METHOD_EN, encoding="utf-8")
    (root / "values" / "catalogue.yaml").write_text(VALUES, encoding="utf-8")
    return root


def tiny_settings(tmp_path: Path, corpus: Path | None = None, **overrides: object) -> Settings:
    corpus = corpus or write_tiny_corpus(tmp_path / "corpus")
    return load_settings(data_dir=tmp_path / "data", retrieval__corpus_dirs=[corpus], **overrides)


class HashingEmbedder:
    """A different 'embedding model' with another dimension: hashed bag of words, normalised."""

    def __init__(self, dimension: int = 16) -> None:
        self._dimension = dimension
        self.texts = 0

    @property
    def model_id(self) -> str:
        return f"test-hashing-{self._dimension}"

    @property
    def dimension(self) -> int:
        return self._dimension

    def embed(self, texts: list[str]) -> np.ndarray:
        self.texts += len(texts)
        out = np.zeros((len(texts), self._dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                bucket = int(hashlib.md5(word.encode()).hexdigest(), 16) % self._dimension
                out[row, bucket] += 1.0
            norm = float(np.linalg.norm(out[row])) or 1.0
            out[row] /= norm
        return out

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed(texts)
