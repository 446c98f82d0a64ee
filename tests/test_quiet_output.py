"""A quiet terminal: commands print their own progress and summary; what libraries log (pypdf
repairing a broken PDF) goes to the log file in the data dir, with one line per file on screen.
(No "Loading weights" bar in a fresh process: tests/test_packaging.py checks the chat's stderr.)"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.cli.quiet import QuietTerminal
from assistant.knowledge.loaders import load_file
from assistant.services.container import Services


def write_pdf(path: Path, pages: int = 3, broken: bool = False) -> Path:
    """A small PDF; ``broken`` shifts every cross-reference offset, which pypdf repairs while it
    logs a line per object ("Ignoring wrong pointing object ...")."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_compression(False)
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.multi_cell(0, 8, f"Pagina {n + 1}: camera's in de straat; beelden 28 dagen bewaard.")
    data = bytes(pdf.output())
    if broken:
        at = data.rindex(b"\nxref\n")
        table = re.sub(
            rb"(\d{10}) (\d{5}) n",
            lambda m: b"%010d %s n" % (int(m.group(1)) + 12, m.group(2)),
            data[at:],
        )
        data = data[:at] + table
    path.write_bytes(data)
    return path


def test_a_repaired_pdf_is_read_and_counted_in_one_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write_pdf(tmp_path / "repaired.pdf", broken=True)
    with caplog.at_level(logging.WARNING):
        (doc,) = load_file(path)
    assert [s.path for s in doc.sections] == [("p. 1",), ("p. 2",), ("p. 3",)]
    library = [r for r in caplog.records if r.name.startswith("pypdf")]
    ours = [r for r in caplog.records if r.name.startswith("assistant")]
    assert len(library) >= 6
    assert [r.getMessage() for r in ours] == [
        f"repaired.pdf: the PDF reader worked around {len(library)} problem(s) in the file; "
        "its text was read"
    ]
    caplog.clear()
    load_file(write_pdf(tmp_path / "sound.pdf"))
    assert caplog.records == []


def test_index_prints_only_its_own_progress_and_summary(
    tmp_path: Path, clean_env: pytest.MonkeyPatch, embedder: object
) -> None:
    clean_env.setattr(Services, "embedder", property(lambda self: embedder))
    folder = tmp_path / "pdfs"
    folder.mkdir()
    write_pdf(folder / "sound.pdf")
    write_pdf(folder / "repaired.pdf", broken=True)
    data = tmp_path / "data"
    result = CliRunner().invoke(app, ["--data-dir", str(data), "index", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Indexed with ") and ": 2 added" in result.stdout
    lines = [line.strip() for line in re.split(r"[\r\n]", result.stderr) if line.strip()]
    log = data / "logs" / "ethics-assistant.log"
    own = [line for line in lines if not line.startswith(("Reading:", "Embedding:"))]
    count = re.search(r"worked around (\d+) problem", own[0])
    assert count and own == [
        f"Note: repaired.pdf: the PDF reader worked around {count[1]} problem(s) in the file; "
        "its text was read",
        f"{count[1]} message(s) from libraries were written to {log}",
    ]
    assert log.read_text(encoding="utf-8").count("Ignoring wrong pointing object") >= 3


def test_the_log_file_is_made_only_when_a_library_writes(tmp_path: Path) -> None:
    log = tmp_path / "logs" / "ethics-assistant.log"
    quiet = QuietTerminal(lambda: tmp_path)
    chatty = logging.getLogger("bm25s.example")
    chatty.setLevel(logging.DEBUG)  # as bm25s does: its debug lines reach the root's handlers
    chatty.debug("below a warning: not kept")
    assert quiet.close() is None
    assert not log.parent.exists()
    quiet = QuietTerminal(lambda: tmp_path)
    logging.getLogger("assistant.test").warning("our own note")
    assert quiet.close() is None  # on the terminal already; no closing line for it
    assert "assistant.test: our own note" in log.read_text(encoding="utf-8")
    quiet = QuietTerminal(lambda: tmp_path)
    with pytest.warns(UserWarning):  # pytest sees warnings first; captured ones reach the log
        logging.getLogger("chromadb.example").warning("a library line")
        import warnings

        warnings.warn("a library warning", UserWarning, stacklevel=1)
    line = quiet.close()
    assert line == f"1 message(s) from libraries were written to {log}"
    assert "chromadb.example: a library line" in log.read_text(encoding="utf-8")
    assert logging.getLogger().handlers == [
        h for h in logging.getLogger().handlers if type(h).__module__ != "assistant.cli.quiet"
    ]
