"""Word (.docx) rendering of the brief with python-docx: real headings, tables and the map."""

from __future__ import annotations

import io
from typing import Any

from assistant.brief.model import Brief, SourceRef


def render_docx(brief: Brief) -> bytes:
    """The brief as a .docx file (Heading 1/2 styles, tables for meta, actors, values, agendas)."""
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    doc.sections[0].page_width, doc.sections[0].page_height = Cm(21.0), Cm(29.7)  # A4
    doc.styles["Normal"].font.size = Pt(10)
    doc.core_properties.title = f"{brief.headings['title']}: {brief.title}"
    doc.core_properties.language = brief.language
    L, H = brief.labels, brief.headings
    doc.add_heading(f"{H['title']}: {brief.title}", level=0)
    doc.add_paragraph(L["subtitle"]).runs[0].italic = True
    doc.add_paragraph(f"{L['generated']} {brief.generated} · {brief.made_from}")
    doc.add_paragraph(L["disclaimer"], style="Intense Quote")
    if brief.meta:
        _table(doc, ["", ""], [[f.label, f.text] for f in brief.meta], header=False)
    _case(doc, brief)
    _actors(doc, brief)
    _effects(doc, brief)
    _values(doc, brief)
    _options(doc, brief)
    _agendas(doc, brief)
    _questions(doc, brief)
    _sources(doc, brief)
    _landscape(doc)
    doc.add_heading(H["picture"], level=1)
    if brief.picture_png:
        doc.add_picture(io.BytesIO(brief.picture_png), width=Cm(24))
    doc.add_paragraph(L["picture_caption"]).runs[0].italic = True
    if brief.notices:
        doc.add_heading(H["notices"], level=1)
        for notice in brief.notices:
            doc.add_paragraph(notice, style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _landscape(doc: Any) -> None:
    """A new landscape section for the wide map."""
    from docx.enum.section import WD_ORIENT, WD_SECTION

    portrait = doc.sections[-1]
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = portrait.page_height, portrait.page_width


def _table(doc: Any, head: list[str], rows: list[list[str]], header: bool = True) -> Any:
    table = doc.add_table(rows=0, cols=len(head))
    table.style = "Table Grid"
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, head, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.add_paragraph()
    return table


def _bullets(doc: Any, items: list[str], style: str = "List Bullet") -> None:
    for item in items:
        doc.add_paragraph(item, style=style)


def _case(doc: Any, brief: Brief) -> None:
    doc.add_heading(brief.headings["case"], level=1)
    doc.add_paragraph(brief.case_summary)
    for fact in brief.case_facts:
        para = doc.add_paragraph(style="List Bullet")
        para.add_run(f"{fact.label}: ").bold = True
        para.add_run(fact.text)
    doc.add_heading(brief.headings["open_questions"], level=2)
    if brief.open_questions:
        _bullets(doc, brief.open_questions, "List Number")
    else:
        doc.add_paragraph(brief.labels["no_open_questions"])


def _actors(doc: Any, brief: Brief) -> None:
    L = brief.labels
    doc.add_heading(brief.headings["actors"], level=1)
    rows = [
        [g.label, "; ".join(g.named) or f"⚠ {L['nobody_named']}", "; ".join(g.suggestions)]
        for g in brief.actor_groups
    ]
    _table(doc, [L["group"], L["named"], L["suggestions"]], rows)
    if brief.missing_groups:
        para = doc.add_paragraph()
        para.add_run(f"{L['missing_groups']}: ").bold = True
        para.add_run(", ".join(g.label for g in brief.missing_groups))


def _effects(doc: Any, brief: Brief) -> None:
    L = brief.labels
    doc.add_heading(brief.headings["effects"], level=1)
    doc.add_paragraph(L["effects_note"]).runs[0].italic = True
    if not (brief.positive or brief.negative):
        doc.add_paragraph(L["no_effects"])
    for label, sign, lines in (
        ("positive", "+", brief.positive),
        ("negative", "−", brief.negative),
    ):
        if brief.positive or brief.negative:
            doc.add_heading(L[label], level=2)
            _bullets(doc, [f"({sign}) {e.actor + ': ' if e.actor else ''}{e.text}" for e in lines])
    if brief.hypotheses:
        doc.add_heading(L["hypotheses"], level=2)
        _bullets(doc, [f"{h.label}: {h.text}" for h in brief.hypotheses])


def _values(doc: Any, brief: Brief) -> None:
    L = brief.labels
    doc.add_heading(brief.headings["values"], level=1)
    doc.add_paragraph(L["values_note"].format(max=brief.max_values)).runs[0].italic = True
    rows = [[v.name, v.definition, v.why] for v in brief.values]
    _table(doc, [L["value"], L["definition"], L["why"]], rows)


def _options(doc: Any, brief: Brief) -> None:
    L = brief.labels
    doc.add_heading(brief.headings["options"], level=1)
    for block in brief.options:
        doc.add_heading(block.label, level=2)
        for key, items in (
            ("options_existing", block.existing),
            ("options_prompts", block.prompts),
            ("options_ideas", block.ideas),
        ):
            if items:
                doc.add_paragraph().add_run(L[key]).bold = True
                _bullets(doc, items)


def _agendas(doc: Any, brief: Brief) -> None:
    L = brief.labels
    doc.add_heading(brief.headings["agenda"], level=1)
    for agenda in brief.agendas:
        doc.add_heading(agenda.label + (f" ({L['planned']})" if agenda.planned else ""), level=2)
        rows = [[r.time, str(r.minutes), r.title, r.purpose] for r in agenda.rows]
        rows.append(["", str(agenda.total_minutes), L["total"], ""])
        _table(doc, [L["time"], L["minutes"], L["activity"], L["purpose"]], rows)


def _questions(doc: Any, brief: Brief) -> None:
    L = brief.labels
    doc.add_heading(brief.headings["questions"], level=1)
    for step in brief.questions:
        doc.add_heading(step.label, level=2)
        for role, items in (("moderator", step.moderator), ("co_moderator", step.co_moderator)):
            doc.add_paragraph().add_run(L[role]).bold = True
            _bullets(doc, items)


def cite(ref: SourceRef, brief: Brief) -> str:
    """One citation line: title, section, snippet, source and chunk id."""
    section = f", {ref.section}" if ref.section else ""
    where = (
        f"{brief.labels['cited_as']}: {ref.source.rstrip('.')}; {brief.labels['chunk']} {ref.id}"
    )
    return f"{ref.title}{section}. {ref.snippet} ({where})"


def _sources(doc: Any, brief: Brief) -> None:
    L = brief.labels
    doc.add_heading(brief.headings["sources"], level=1)
    for key, refs in (("related_cases", brief.cases), ("guidance", brief.guidance)):
        doc.add_heading(L[key], level=2)
        _bullets(doc, [cite(r, brief) for r in refs] or [L["no_sources"]])
