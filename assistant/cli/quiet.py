"""A quiet terminal: the commands print their own progress and results, libraries do not.

Log records and Python warnings from libraries (pypdf repairing a PDF, Chroma, transformers, ...)
go to ``<data dir>/logs/ethics-assistant.log`` (opened only when something is written); our own
warnings (``assistant.*``) also show on the terminal, one line each, without breaking a progress
bar. Hugging Face progress bars ("Loading weights") are switched off: loading a small model needs
none. When libraries wrote to the log, the command ends with one line that says where it is.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from io import TextIOWrapper
from pathlib import Path

LOG_NAME = "ethics-assistant.log"
QUIET_ENV = {"HF_HUB_DISABLE_PROGRESS_BARS": "1", "TRANSFORMERS_VERBOSITY": "error"}


class LibraryLog(logging.FileHandler):
    """Every warning (what Python would otherwise print on the terminal), in a file under the data
    dir that is found (and created) on first use."""

    def __init__(self, where: Callable[[], Path]) -> None:
        super().__init__(os.devnull, encoding="utf-8", delay=True)
        self.setLevel(logging.WARNING)
        self.where = where
        self.path: Path | None = None
        self.count = 0
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def _open(self) -> TextIOWrapper:
        try:
            path = self.where() / "logs" / LOG_NAME
            path.parent.mkdir(parents=True, exist_ok=True)
            self.baseFilename, self.path = str(path), path
        except OSError:
            self.baseFilename = os.devnull
        return super()._open()

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith("assistant"):
            self.count += 1
        super().emit(record)


class OwnWarnings(logging.Handler):
    """Our own warnings on stderr, printed between progress-bar updates."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.addFilter(lambda record: record.name.startswith("assistant"))

    def emit(self, record: logging.LogRecord) -> None:
        from tqdm import tqdm

        kind = "Note" if record.levelno < logging.ERROR else "Error"
        tqdm.write(f"{kind}: {record.getMessage()}", file=sys.stderr)


class QuietTerminal:
    """Library output away from the terminal while one command runs (``close`` undoes it)."""

    def __init__(self, where: Callable[[], Path]) -> None:
        for key, value in QUIET_ENV.items():
            os.environ.setdefault(key, value)
        self.log = LibraryLog(where)
        self.own = OwnWarnings()
        root = logging.getLogger()
        root.addHandler(self.log)
        root.addHandler(self.own)
        logging.captureWarnings(True)

    def close(self) -> str | None:
        """Remove the handlers; the closing line when libraries wrote to the log, else ``None``."""
        logging.captureWarnings(False)
        root = logging.getLogger()
        for handler in (self.log, self.own):
            root.removeHandler(handler)
            handler.close()
        if not self.log.count or self.log.path is None:
            return None
        return f"{self.log.count} message(s) from libraries were written to {self.log.path}"
