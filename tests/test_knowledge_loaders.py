"""Loaders per format, language detection and heading-aware chunking with stable ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from knowledge_corpus import VALUES, write_tiny_corpus

from assistant.errors import InputError
from assistant.knowledge.chunking import chunk_document, pack
from assistant.knowledge.documents import Document, Section
from assistant.knowledge.loaders import load_file
from assistant.language.detect import detect_language


def test_markdown_front_matter_and_heading_paths(tmp_path: Path) -> None:
    corpus = write_tiny_corpus(tmp_path)
    (doc,) = load_file(corpus / "method" / "options-nl.md")
    assert (doc.id, doc.title, doc.language, doc.kind, doc.source) == (
        "tiny-method-nl",
        "Handelingsopties",
        "nl",
        "method",
        "test corpus",
    )
    assert [s.path for s in doc.sections] == [
        ("Handelingsopties", "Drie soorten opties"),
        ("Handelingsopties", "Voorbeelden"),
    ]
    chunks = chunk_document(doc, 1200)
    assert [c.id for c in chunks] == [
        "tiny-method-nl#drie-soorten-opties-0",
        "tiny-method-nl#voorbeelden-0",
    ]
    assert chunks[0].section == "Drie soorten opties"
    assert "Handelingsopties > Drie soorten opties" in chunks[0].search_text()


def test_catalogue_gives_one_chunk_per_value_per_language(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.yaml"
    path.write_text(VALUES, encoding="utf-8")
    docs = load_file(path)
    chunks = [c for d in docs for c in chunk_document(d, 200)]
    assert [c.id for c in chunks] == [
        "tiny-values/privacy/nl",
        "tiny-values/privacy/en",
        "tiny-values/justice/nl",
        "tiny-values/justice/en",
    ]
    assert {c.kind for c in chunks} == {"values"}
    assert chunks[0].language == "nl" and "persoonlijke levenssfeer" in chunks[0].text
    assert chunks[1].language == "en" and "Residents feel watched" in chunks[1].text
    assert chunks[3].meta["value_id"] == "justice"


def test_invalid_catalogue_entry_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.yaml"
    path.write_text(VALUES.replace("      name: Justice\n", ""), encoding="utf-8")
    with pytest.raises(InputError, match="corpus schema"):
        load_file(path)


def test_plain_text_detects_language(tmp_path: Path) -> None:
    nl = tmp_path / "notitie.txt"
    nl.write_text("De gemeente wil weten hoe het systeem werkt en wat de effecten zijn.\n")
    en = tmp_path / "note.txt"
    en.write_text("The council wants to know how the system works and what the effects are.\n")
    assert load_file(nl)[0].language == "nl"
    assert load_file(en)[0].language == "en"
    assert load_file(nl)[0].kind == "document"
    assert detect_language("", default="en") == "en"


def test_generic_yaml_becomes_text_sections(tmp_path: Path) -> None:
    path = tmp_path / "notes.yaml"
    path.write_text("title: Notes\nlanguage: en\nsummary: Cameras count cyclists.\nitems: [a, b]\n")
    (doc,) = load_file(path)
    assert doc.title == "Notes"
    assert [(s.path, s.text) for s in doc.sections] == [
        (("summary",), "Cameras count cyclists."),
        (("items",), "- a\n- b"),
    ]


def test_html_keeps_headings_and_drops_scripts(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Slimme camera's</title><script>var x = 1;</script></head><body>"
        "<h1>Slimme camera's</h1><p>De gemeente <a href='#'>plaatst</a> camera's.</p>"
        "<h2>Waarden</h2><ul><li>Privacy staat onder druk.</li><li>Veiligheid.</li></ul>"
        "</body></html>",
        encoding="utf-8",
    )
    (doc,) = load_file(path)
    assert doc.title == "Slimme camera's"
    assert doc.language == "nl"
    assert ("Slimme camera's", "Waarden") in [s.path for s in doc.sections]
    assert "De gemeente plaatst camera's." in doc.text
    assert "var x" not in doc.text


def test_pdf_pages_become_sections(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    for text in ("The province uses a digital twin for planning.", "Residents are involved."):
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.cell(0, 10, text)
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    (doc,) = load_file(path)
    assert [s.path for s in doc.sections] == [("p. 1",), ("p. 2",)]
    assert "digital twin" in doc.sections[0].text
    assert doc.language == "en"
    assert [c.id for c in chunk_document(doc, 500)] == ["report#p-1-0", "report#p-2-0"]


def test_docx_headings_and_tables(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Sensoren in de wijk", level=1)
    document.add_paragraph("De gemeente meet drukte met sensoren op het plein.")
    document.add_heading("Actoren", level=2)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Bewoners"
    table.rows[0].cells[1].text = "Handhavers"
    path = tmp_path / "casus.docx"
    document.save(str(path))
    (doc,) = load_file(path)
    assert doc.title == "Sensoren in de wijk"
    assert ("Sensoren in de wijk", "Actoren") in [s.path for s in doc.sections]
    assert "Bewoners | Handhavers" in doc.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("image.png", b"\x89PNG\r\n", "unsupported file type .png"),
        ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "not a readable PDF"),
        ("broken.docx", b"not a zip", "not a readable DOCX"),
        ("binary.txt", b"\x00\x01\x02binary", "binary"),
        ("empty.md", b"---\nid: x\n---\n", "contains no text"),
        ("bad.yaml", b"a: [unclosed", "invalid YAML"),
    ],
)
def test_unusable_files_raise_input_error_with_fix(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        load_file(path)
    assert info.value.fix


def test_long_sections_split_at_sentence_boundaries_with_stable_ids() -> None:
    sentences = [f"Zin nummer {n} gaat over camera's in de openbare ruimte." for n in range(40)]
    doc = Document(
        id="long",
        title="Lang",
        language="nl",
        kind="document",
        source="test",
        sections=[Section(("Lang", "Deel één"), " ".join(sentences))],
    )
    chunks = chunk_document(doc, 300)
    assert len(chunks) > 5
    assert all(len(c.text) <= 300 for c in chunks)
    assert all(c.text.endswith(".") for c in chunks)
    assert [c.id for c in chunks] == [f"long#deel-een-{n}" for n in range(len(chunks))]
    assert [c.id for c in chunk_document(doc, 300)] == [c.id for c in chunks]
    assert " ".join(c.text for c in chunks) == " ".join(sentences)


def test_pack_hard_splits_a_sentence_without_punctuation() -> None:
    pieces = pack("woord " * 200, 100)
    assert all(len(p) <= 100 for p in pieces)
    assert sum(p.count("woord") for p in pieces) == 200
