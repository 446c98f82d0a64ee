"""File loaders: Markdown (with YAML front matter), text, YAML, HTML, PDF and DOCX.

``load_file(path)`` returns the file's documents or raises ``InputError`` with what went wrong and
how to fix it; the indexer turns that into a per-file error and goes on with the other files.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import InputError
from assistant.knowledge.documents import (
    Document,
    Section,
    normalise_kind,
    normalise_language,
    slugify,
)
from assistant.knowledge.yaml_documents import structured_documents

# The C loader when libyaml is there: front matter is parsed for every file on every index run.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 50 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", re.DOTALL)
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
FORMATS = "Markdown, text, YAML, HTML, PDF or DOCX"
log = logging.getLogger(__name__)


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file", f"convert it to {FORMATS}")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.load(match.group(1), Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        raise InputError(
            f"invalid front matter: {exc}", "fix the YAML between the --- lines"
        ) from exc
    if not isinstance(meta, dict):
        raise InputError("front matter is not a mapping", "use `key: value` lines between ---")
    return meta, text[match.end() :]


def markdown_sections(text: str) -> list[Section]:
    """Sections of Markdown text, each with the path of headings above it."""
    sections: list[Section] = []
    path: list[tuple[int, str]] = []
    lines: list[str] = []
    in_fence = False

    def flush() -> None:
        body = "\n".join(lines).strip()
        if body:
            sections.append(Section(tuple(h for _, h in path), body))
        lines.clear()

    for line in text.splitlines():
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match:
            flush()
            level = len(match.group(1))
            path = [(lvl, h) for lvl, h in path if lvl < level]
            path.append((level, match.group(2).strip()))
        else:
            lines.append(line)
    flush()
    return sections


def _first_heading(sections: list[Section]) -> str:
    return next((s.path[0] for s in sections if s.path), "")


def _document(path: Path, meta: dict[str, Any], sections: list[Section], title: str) -> Document:
    text = "\n\n".join(s.text for s in sections)
    if not text.strip():
        raise InputError("contains no text", "add text, or for a scanned PDF run OCR first")
    return Document(
        id=str(meta.get("id") or slugify(path.stem) or "document"),
        title=str(meta.get("title") or title or path.stem),
        language=normalise_language(meta.get("language"), text),
        kind=normalise_kind(meta.get("kind")),
        source=str(meta.get("source") or path.name),
        path=str(path),
        sections=sections,
    )


def load_markdown(path: Path) -> list[Document]:
    meta, body = split_front_matter(read_text(path))
    sections = markdown_sections(body)
    return [_document(path, meta, sections, _first_heading(sections))]


def _text_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if 3 <= len(line) <= 120 and any(c.isalpha() for c in line) else ""
    return ""


def load_text(path: Path) -> list[Document]:
    meta, body = split_front_matter(read_text(path))
    body = body.replace("\r\n", "\n")
    return [_document(path, meta, [Section((), body.strip())], _text_title(body))]


def _yaml_block(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return "\n".join(f"- {v}" for v in value)
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False).strip()


def load_yaml(path: Path) -> list[Document]:
    try:
        data = yaml.safe_load(read_text(path))
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", "fix the YAML syntax") from exc
    if not isinstance(data, dict):
        data = {"content": data}
    documents = structured_documents(data, str(path))
    if documents is not None:
        return documents
    meta_keys = {"id", "title", "language", "kind", "source"}
    sections = [
        Section((str(key),), _yaml_block(value))
        for key, value in data.items()
        if key not in meta_keys and value not in (None, "", [], {})
    ]
    return [_document(path, data, sections, "")]


def load_html(path: Path) -> list[Document]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(read_text(path), "html.parser")
    for tag in soup(["script", "style", "nav", "footer", "noscript", "template", "svg"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    if soup.head:
        soup.head.decompose()
    for level in range(1, 7):
        for heading in soup.find_all(f"h{level}"):
            text = heading.get_text(" ", strip=True)
            heading.replace_with(f"\n\n{'#' * level} {text}\n\n" if text else "")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    blocks = ["p", "div", "li", "tr", "section", "article", "table", "blockquote", "pre", "dd"]
    for block in soup.find_all(blocks):
        block.append("\n\n")
    lines = [" ".join(line.split()) for line in soup.get_text().splitlines()]
    sections = markdown_sections("\n".join(lines))
    return [_document(path, {}, sections, title or _first_heading(sections))]


class _Counter(logging.Handler):
    """Counts the records one thread logs (other threads may read other files meanwhile)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.thread = threading.get_ident()
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += record.thread == self.thread


@contextmanager
def _counted(logger_name: str) -> Iterator[_Counter]:
    """Count what ``logger_name`` logs meanwhile; the records still reach the log file (if any
    is set up, see ``assistant/cli/quiet.py``) but, handled here, never Python's last-resort
    printing to stderr."""
    counter, logger = _Counter(), logging.getLogger(logger_name)
    logger.addHandler(counter)
    try:
        yield counter
    finally:
        logger.removeHandler(counter)


def load_pdf(path: Path) -> list[Document]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with _counted("pypdf") as repairs:
            reader = PdfReader(str(path))
            if reader.is_encrypted and not reader.decrypt(""):
                raise InputError("is encrypted", "save an unprotected copy and index that")
            pages = [page.extract_text() or "" for page in reader.pages]
            info_title = (reader.metadata.title if reader.metadata else None) or ""
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"is not a readable PDF ({exc})", "re-export or repair the PDF") from exc
    if repairs.count:
        log.warning(
            "%s: the PDF reader worked around %d problem(s) in the file; its text was read",
            path.name,
            repairs.count,
        )
    sections = [
        Section((f"p. {n}",), text.strip()) for n, text in enumerate(pages, 1) if text.strip()
    ]
    return [_document(path, {}, sections, str(info_title))]


def load_docx(path: Path) -> list[Document]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, ValueError, KeyError, OSError) as exc:
        raise InputError(f"is not a readable DOCX file ({exc})", "re-save it from Word") from exc
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                lines.append(" | ".join(cell.text.strip() for cell in row.cells) + "\n")
            continue
        style = (item.style.name if item.style is not None else "") or ""
        text = item.text.strip()
        if not text:
            continue
        if style == "Title" or style.startswith("Heading"):
            digits = "".join(ch for ch in style if ch.isdigit())
            level = int(digits) if digits else 1
            lines.append(f"{'#' * min(level, 6)} {text}")
        else:
            lines.append(text + "\n")
    sections = markdown_sections("\n".join(lines))
    title = document.core_properties.title or _first_heading(sections)
    return [_document(path, {}, sections, title)]


LOADERS: dict[str, Callable[[Path], list[Document]]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".text": load_text,
    ".yaml": load_yaml,
    ".yml": load_yaml,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
}


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in LOADERS


def load_file(path: Path) -> list[Document]:
    """The documents in ``path``; ``InputError`` (message + fix) when it cannot be used."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise InputError(
            f"unsupported file type {path.suffix or '(none)'}", f"convert it to {FORMATS}"
        )
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise InputError("is larger than 50 MB", "split it into smaller files")
        return loader(path)
    except PermissionError as exc:
        raise InputError(
            "cannot be read (permission denied)", "check the file's permissions"
        ) from exc
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", "check the file") from exc
