"""The figures as text tables for the console (the HTML report shows the same numbers)."""

from __future__ import annotations

from assistant.evals.figures import KindRow, group_figures, variant_table
from assistant.evals.results import EvalResults, GroupFigures, Spread

#: Column label -> (recall metric, precision metric).
ITEM_COLUMNS = {
    "actors R/P": ("actors_recall", "actors_precision"),
    "effects R/P": ("effects_recall", "effects_precision"),
    "options R/P": ("options_recall", "options_precision"),
}


def ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def spread_text(s: Spread | None) -> str:
    if s is None:
        return "-"
    return ratio(s.mean) if s.high == s.low else f"{s.mean:.2f}±{s.stderr:.2f}"


def _share(s: Spread | None, n: int) -> str:
    if s is None or not n:
        return "-"
    return f"{round(s.mean * n)}/{n}" if s.high == s.low else f"{s.mean * n:.1f}/{n}"


def item_pair(f: GroupFigures, recall: str, precision: str) -> str:
    return f"{spread_text(f.items.get(recall))}/{spread_text(f.items.get(precision))}"


def figure_row(f: GroupFigures) -> list[str]:
    cells = [f.group, str(f.scenarios), f"{f.passed}/{f.scenarios}", spread_text(f.pass_rate)]
    cells += [item_pair(f, r, p) for r, p in ITEM_COLUMNS.values()]
    cells.append(spread_text(f.items.get("values_precision")))
    cells.append(_share(f.reached_options, f.gold_scenarios))
    cells.append(_share(f.values_ok, f.values_scenarios))
    return cells


FIGURE_HEAD = ["group", "n", "pass", "run pass", *ITEM_COLUMNS, "values P", "reached", "values ok"]


def kind_row(row: KindRow) -> list[str]:
    cells = [row.kind, str(row.variants), str(row.originals_passing), str(row.still_passing)]
    cells.append(str(row.passing))
    for recall, _ in ITEM_COLUMNS.values():
        mine, theirs = row.items[recall]
        cells.append(f"{ratio(mine)} ({ratio(theirs)})")
    return cells


KIND_HEAD = ["kind", "variants", "originals pass", "still pass", "pass", "actors R", "effects R"]
KIND_HEAD += ["options R"]


def aligned(head: list[str], rows: list[list[str]], indent: str = "  ") -> list[str]:
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    return [
        indent + "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in [head, *rows]
    ]


def figure_lines(results: EvalResults, with_tags: bool = False) -> list[str]:
    """Per backend: the figures of every group (tags only when asked: there can be many)."""
    lines: list[str] = []
    figures = results.figures or group_figures(results)
    for variant in results.variants():
        rows = [
            figure_row(f)
            for f in figures
            if f.variant == variant and (with_tags or not f.group.startswith("tag:"))
        ]
        if rows:
            lines.append(
                f"Figures [{variant}] (item ratios: recall/precision; R±stderr over repeats):"
            )
            lines += aligned(FIGURE_HEAD, rows)
    return lines


def variant_lines(results: EvalResults) -> list[str]:
    """Per backend: per transformation, how many variants still pass; recall (original's)."""
    table = variant_table(results)
    lines: list[str] = []
    for variant in results.variants():
        rows = [kind_row(r) for r in table if r.variant == variant]
        if rows:
            lines.append(
                f"Variants [{variant}] (still pass: variant and original pass; "
                "recall of the originals in brackets):"
            )
            lines += aligned(KIND_HEAD, rows)
    return lines
