"""A generated, deterministic corpus of Dutch and English text about public-sector technology.

Each file is Markdown with front matter and ``sections_per_file`` sections; every section is one
paragraph of 600-1150 characters under its own heading, so the indexer makes one chunk per section
and ``write_corpus(folder, n)`` yields exactly ``n`` chunks. The same seed gives the same text.
"""

from __future__ import annotations

import random
from pathlib import Path

from bench.lexicon import LEXICONS, Lexicon

MIN_CHARS = 600
MAX_CHARS = 1150


def _sentence(rng: random.Random, lex: Lexicon) -> str:
    body = rng.choice(lex.bodies)
    slots = {
        "Body": body[0].upper() + body[1:],
        "tech": rng.choice(lex.technologies),
        "actor": rng.choice(lex.actors),
        "actor2": rng.choice(lex.actors),
        "good": rng.choice(lex.goods),
        "risk": rng.choice(lex.risks),
        "value": rng.choice(lex.values),
        "value2": rng.choice(lex.values),
        "measure": rng.choice(lex.measures),
    }
    return rng.choice(lex.templates).format(**slots)


def paragraph(rng: random.Random, language: str) -> str:
    """One paragraph of about 600-1150 characters in ``language``."""
    lex = LEXICONS[language]
    target = rng.randint(MIN_CHARS, MAX_CHARS)
    text = _sentence(rng, lex)
    while len(text) < target:
        sentence = _sentence(rng, lex)
        if len(text) + 1 + len(sentence) > MAX_CHARS:
            break
        text = f"{text} {sentence}"
    return text


def document(rng: random.Random, number: int, sections: int) -> tuple[str, str]:
    """``(file name, Markdown text)`` of generated document ``number``."""
    language = "nl" if number % 2 == 0 else "en"
    lex = LEXICONS[language]
    title = f"{rng.choice(lex.technologies).capitalize()} ({number})"
    parts = [
        "---",
        f"id: bench-{number:06d}",
        f'title: "{title}"',
        f"language: {language}",
        "kind: document",
        "source: generated for the benchmark",
        "---",
        "",
    ]
    for s in range(sections):
        heading = f"{lex.headings[s % len(lex.headings)]} {s // len(lex.headings) + 1}"
        parts += [f"## {heading}", "", paragraph(rng, language), ""]
    return f"{language}-{number:06d}.md", "\n".join(parts)


def write_corpus(
    folder: Path, chunks: int, sections_per_file: int = 10, seed: int = 7, first: int = 0
) -> int:
    """Write files with ``chunks`` sections in all under ``folder``, numbered from ``first`` (so
    two corpora can share one index); returns the file count."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files = 0
    remaining = chunks
    while remaining > 0:
        sections = min(sections_per_file, remaining)
        name, text = document(rng, first + files, sections)
        (folder / name).write_text(text, encoding="utf-8")
        remaining -= sections
        files += 1
    return files


def split_corpus(folder: Path, groups: int) -> list[Path]:
    """Move the files of ``folder`` round-robin into ``g0``, ``g1``, ... (Dutch and English files
    alternate, so every group has both); returns the group folders."""
    files = sorted(folder.glob("*.md"))
    count = max(1, min(groups, len(files)))
    folders = [folder / f"g{i}" for i in range(count)]
    for target in folders:
        target.mkdir(exist_ok=True)
    for number, path in enumerate(files):
        path.rename(folders[number % count] / path.name)
    return folders


def edit_one(folder: Path) -> tuple[Path, str]:
    """Append a sentence to the first file (group folders included); returns the file and its
    original text."""
    path = sorted(folder.rglob("*.md"))[0]
    original = path.read_text(encoding="utf-8")
    path.write_text(original + "\nEen extra zin.\n", encoding="utf-8")
    return path, original
