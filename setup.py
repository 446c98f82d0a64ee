"""Build hook: a wheel carries the corpus, the prompts and the eval scenarios as package data.

They live at the repository root (``corpus/``, ``prompts/``, ``evals/``), where the project and its
contributors use them; a non-editable build copies them into ``assistant/_resources/``, where
``assistant.paths.resource_dir`` finds them once installed. Editable installs read them in place.
Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ("corpus", "prompts", "evals")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "assistant" / "_resources"
        for name in RESOURCES:
            shutil.rmtree(target / name, ignore_errors=True)
            shutil.copytree(
                ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )


setup(cmdclass={"build_py": BuildWithResources})
