"""PDF rendering of the brief with fpdf2, from the same content as the Word file.

Uses DejaVu Sans (Unicode): the system copy when all four styles are installed
(Debian ``fonts-dejavu``), else the copy matplotlib always ships.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from assistant.brief.docx import cite
from assistant.brief.model import Brief
from assistant.picture import png_size

FONT = "DejaVu"
STYLES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf",
          "BI": "DejaVuSans-BoldOblique.ttf"}  # fmt: skip
SYSTEM_FONTS = Path("/usr/share/fonts/truetype/dejavu")
LINE = 5.0


def font_dir() -> Path:
    """A folder holding all four DejaVu Sans styles."""
    if all((SYSTEM_FONTS / name).is_file() for name in STYLES.values()):
        return SYSTEM_FONTS
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def render_pdf(brief: Brief) -> bytes:
    """The brief as PDF: outline headings, tables for actors, values and agendas, the map."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    folder = font_dir()
    for style, name in STYLES.items():
        pdf.add_font(FONT, style, str(folder / name))
    pdf.set_title(f"{brief.headings['title']}: {brief.title}")
    pdf.set_lang(brief.language)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    writer = _Writer(pdf, brief)
    writer.front()
    writer.case()
    writer.actors()
    writer.effects()
    writer.values()
    writer.options()
    writer.agendas()
    writer.questions()
    writer.sources()
    writer.picture()
    return bytes(pdf.output())


class _Writer:
    def __init__(self, pdf: Any, brief: Brief) -> None:
        self.pdf, self.b, self.L, self.H = pdf, brief, brief.labels, brief.headings

    def heading(self, text: str, level: int = 1) -> None:
        pdf = self.pdf
        if level == 1 and pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        pdf.ln(4 if level == 1 else 2)
        pdf.start_section(text, level=level - 1)
        pdf.set_font(FONT, "B", 14 if level == 1 else 11.5)
        pdf.set_text_color(20, 50, 100)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(FONT, "", 10)
        pdf.ln(1)

    def para(self, text: str, style: str = "") -> None:
        self.pdf.set_font(FONT, style, 10)
        self.pdf.multi_cell(0, LINE, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.pdf.set_font(FONT, "", 10)
        self.pdf.ln(1)

    def labelled(self, label: str, text: str) -> None:
        pdf = self.pdf
        pdf.set_font(FONT, "B", 10)
        pdf.write(LINE, f"{label}: ")
        pdf.set_font(FONT, "", 10)
        pdf.write(LINE, text)
        pdf.ln(LINE + 1)

    def bullets(self, items: list[str], mark: str = "•") -> None:
        pdf = self.pdf
        for n, item in enumerate(items, 1):
            pdf.set_x(pdf.l_margin + 3)
            prefix = f"{n}." if mark == "#" else mark
            pdf.multi_cell(0, LINE, f"{prefix} {item}", new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1)

    def table(self, head: list[str], rows: list[list[str]], widths: tuple[int, ...]) -> None:
        from fpdf.fonts import FontFace

        pdf = self.pdf
        pdf.set_font(FONT, "", 9)
        style = FontFace(emphasis="BOLD", fill_color=(225, 232, 242))
        with pdf.table(
            col_widths=widths, text_align="LEFT", line_height=4.6, headings_style=style,
            first_row_as_headings=bool(head),
        ) as table:  # fmt: skip
            for row in [head, *rows] if head else rows:
                cells = table.row()
                for text in row:
                    cells.cell(text)
        pdf.set_font(FONT, "", 10)
        pdf.ln(3)

    def front(self) -> None:
        pdf, b = self.pdf, self.b
        pdf.set_font(FONT, "B", 17)
        pdf.multi_cell(0, 8, self.H["title"], new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_font(FONT, "B", 12.5)
        pdf.multi_cell(0, 6.5, b.title, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1)
        self.para(self.L["subtitle"], "I")
        self.para(f"{self.L['generated']} {b.generated} · {b.made_from}")
        pdf.set_fill_color(242, 242, 242)
        pdf.set_font(FONT, "I", 9.5)
        pdf.multi_cell(
            0, LINE, self.L["disclaimer"], fill=True, new_x="LMARGIN", new_y="NEXT", align="L"
        )
        pdf.ln(3)
        if b.meta:
            self.table([], [[f.label, f.text] for f in b.meta], (1, 3))

    def case(self) -> None:
        self.heading(self.H["case"])
        self.para(self.b.case_summary)
        for fact in self.b.case_facts:
            self.labelled(fact.label, fact.text)
        self.heading(self.H["open_questions"], 2)
        if self.b.open_questions:
            self.bullets(self.b.open_questions, "#")
        else:
            self.para(self.L["no_open_questions"])

    def actors(self) -> None:
        L = self.L
        self.heading(self.H["actors"])
        rows = [
            [g.label, "; ".join(g.named) or f"⚠ {L['nobody_named']}", "; ".join(g.suggestions)]
            for g in self.b.actor_groups
        ]
        self.table([L["group"], L["named"], L["suggestions"]], rows, (3, 3, 6))
        if self.b.missing_groups:
            self.labelled(L["missing_groups"], ", ".join(g.label for g in self.b.missing_groups))

    def effects(self) -> None:
        L, b = self.L, self.b
        self.heading(self.H["effects"])
        self.para(L["effects_note"], "I")
        if not (b.positive or b.negative):
            self.para(L["no_effects"])
        else:
            for key, sign, lines in (("positive", "+", b.positive), ("negative", "−", b.negative)):
                self.heading(L[key], 2)
                self.bullets([(f"{e.actor}: " if e.actor else "") + e.text for e in lines] or ["–"],
                             f"({sign})")  # fmt: skip
        if b.hypotheses:
            self.heading(L["hypotheses"], 2)
            self.bullets([f"{h.label}: {h.text}" for h in b.hypotheses])

    def values(self) -> None:
        L = self.L
        self.heading(self.H["values"])
        self.para(L["values_note"].format(max=self.b.max_values), "I")
        rows = [[v.name, v.definition, v.why] for v in self.b.values]
        self.table([L["value"], L["definition"], L["why"]], rows, (2, 6, 3))

    def options(self) -> None:
        self.heading(self.H["options"])
        for block in self.b.options:
            self.heading(block.label, 2)
            for key, items in (("options_existing", block.existing),
                               ("options_prompts", block.prompts),
                               ("options_ideas", block.ideas)):  # fmt: skip
                if items:
                    self.para(self.L[key], "B")
                    self.bullets(items)

    def agendas(self) -> None:
        L = self.L
        self.heading(self.H["agenda"])
        for agenda in self.b.agendas:
            self.heading(agenda.label + (f" ({L['planned']})" if agenda.planned else ""), 2)
            rows = [[r.time, str(r.minutes), r.title, r.purpose] for r in agenda.rows]
            rows.append(["", str(agenda.total_minutes), L["total"], ""])
            self.table([L["time"], L["minutes"], L["activity"], L["purpose"]], rows, (2, 1, 3, 7))

    def questions(self) -> None:
        self.heading(self.H["questions"])
        for step in self.b.questions:
            self.heading(step.label, 2)
            self.para(self.L["moderator"], "B")
            self.bullets(step.moderator)
            self.para(self.L["co_moderator"], "B")
            self.bullets(step.co_moderator)

    def sources(self) -> None:
        self.heading(self.H["sources"])
        for key, refs in (("related_cases", self.b.cases), ("guidance", self.b.guidance)):
            self.heading(self.L[key], 2)
            self.bullets([cite(r, self.b) for r in refs] or [self.L["no_sources"]])

    def picture(self) -> None:
        pdf, b = self.pdf, self.b
        pdf.add_page(orientation="L")  # the map is wide: a landscape page keeps it readable
        self.heading(self.H["picture"])
        if b.picture_png:
            width_px, height_px = png_size(b.picture_png)
            room = pdf.h - pdf.get_y() - 25
            width = min(pdf.epw, room * width_px / height_px)
            pdf.image(io.BytesIO(b.picture_png), w=width)
        self.para(self.L["picture_caption"], "I")
        if b.notices:
            self.heading(self.H["notices"])
            self.bullets(list(b.notices))
