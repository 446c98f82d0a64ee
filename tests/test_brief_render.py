"""The brief in Markdown, Word and PDF, in Dutch and English, for a finished session and for an
intake with nothing but a technology description."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from brief_fakes import FakeRetriever, finished_input, technology_only_input

from assistant.brief.builder import BriefInput, build_brief
from assistant.brief.docx import render_docx
from assistant.brief.markdown import render_markdown
from assistant.brief.model import Brief
from assistant.brief.pdf import font_dir, render_pdf
from assistant.brief.texts import brief_texts
from assistant.knowledge.catalogue import Catalogue
from assistant.language.labels import label
from assistant.paths import PROJECT_ROOT

ARTIFACTS = PROJECT_ROOT / "test-artifacts"
SOURCES: dict[str, Callable[[], BriefInput]] = {
    "session": finished_input,
    "intake": technology_only_input,
}
CASES = [(source, lang) for source in SOURCES for lang in ("nl", "en")]
SECTIONS = ["case", "actors", "effects", "values", "options", "agenda", "questions", "sources",
            "picture"]  # fmt: skip


@pytest.fixture(scope="module")
def briefs() -> dict[tuple[str, str], Brief]:
    catalogue = Catalogue(PROJECT_ROOT / "corpus")
    return {
        (source, lang): build_brief(SOURCES[source](), catalogue, FakeRetriever(), lang)  # type: ignore[arg-type]
        for source, lang in CASES
    }


def _docx(brief: Brief):  # type: ignore[no-untyped-def]
    from docx import Document

    data = render_docx(brief)
    assert data[:2] == b"PK"
    return Document(io.BytesIO(data))


@pytest.mark.parametrize(("source", "lang"), CASES)
def test_docx_headings_and_tables(briefs, source: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    brief = briefs[(source, lang)]
    texts = brief_texts(lang)  # type: ignore[arg-type]
    doc = _docx(brief)
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert h1 == [texts.headings[k] for k in SECTIONS]
    assert texts.headings["open_questions"] in h2
    assert texts.agendas["half-day"].label in " ".join(h2)
    assert texts.agendas["90-minutes"].label in " ".join(h2)
    assert [p for p in doc.paragraphs if p.style.name == "Title"]
    rows = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    group_labels = {label(lang, f"group.{key}", capital=True) for key in texts.groups}  # type: ignore[arg-type]
    groups = [r for r in rows if r[0] in group_labels]
    assert len(groups) >= 6
    agenda_titles = [r[2] for r in rows if len(r) == 4]
    for key in ("half-day", "90-minutes"):
        for item in texts.agendas[key].items:
            assert item.title in agenda_titles
    value_rows = [r for r in rows if r[0] in {v.name for v in brief.values}]
    assert len(value_rows) == len(brief.values) and all(r[1] for r in value_rows)
    assert len(doc.inline_shapes) == 1  # the map
    if source == "intake":
        flagged = [r for r in groups if texts.labels["nobody_named"] in r[1]]
        assert len(flagged) >= 6


@pytest.mark.parametrize(("source", "lang"), CASES)
def test_pdf_first_page_is_rendered(briefs, source: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    import numpy as np
    import pypdfium2 as pdfium

    brief = briefs[(source, lang)]
    data = render_pdf(brief)
    assert data.startswith(b"%PDF")
    pdf = pdfium.PdfDocument(data)
    assert len(pdf) >= 3
    page = pdf[0]
    text = page.get_textpage().get_text_range()
    assert brief.headings["title"] in text and brief.headings["case"] in text
    image = page.render(scale=1.5).to_pil()
    pixels = np.asarray(image.convert("L"), dtype=float)
    assert pixels.std() > 10, "the first page should not be blank"
    ARTIFACTS.mkdir(exist_ok=True)
    image.save(ARTIFACTS / f"brief-{source}-{lang}-page1.png")
    all_text = " ".join(p.get_textpage().get_text_range() for p in pdf)
    assert brief.labels["nobody_named"] in all_text or source == "session"
    assert brief.agendas[1].rows[-1].title in all_text


@pytest.mark.parametrize(("source", "lang"), CASES)
def test_markdown(briefs, source: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    brief = briefs[(source, lang)]
    text = render_markdown(brief, "brief.map.png")
    h2 = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert h2 == [brief.headings[k] for k in SECTIONS]
    assert "](brief.map.png)" in text
    for ref in brief.citations():
        assert f"`{ref.id}`" in text and ref.title in text
    if source == "intake":
        assert text.count(f"⚠ **{brief.labels['nobody_named']}**") >= 6


def test_markdown_escapes_table_cells() -> None:
    catalogue = Catalogue(PROJECT_ROOT / "corpus")
    inp = finished_input()
    inp.session.actors[0].name = "Bezoekers | toeristen\nen inwoners"
    text = render_markdown(build_brief(inp, catalogue, None, "nl"))
    assert "Bezoekers \\| toeristen en inwoners" in text


def test_both_languages_have_the_same_texts() -> None:
    nl, en = brief_texts("nl"), brief_texts("en")
    assert nl.headings.keys() == en.headings.keys() and nl.labels.keys() == en.labels.keys()
    assert nl.groups.keys() == en.groups.keys() and nl.questions.keys() == en.questions.keys()
    assert nl.headings["case"] != en.headings["case"]


def test_pdf_font_is_unicode_dejavu() -> None:
    assert (font_dir() / "DejaVuSans.ttf").is_file()
