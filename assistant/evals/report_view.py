"""What the HTML report shows beside each run: its final canvas next to the gold, every item
marked as found (hit), not found (miss), recorded without gold (extra) or recorded although the
gold says it must not be (wrong)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.evals.canvas import Canvas
from assistant.evals.gold import Gold
from assistant.evals.scoring import (
    ItemScores,
    effect_label,
    option_label,
    value_matches,
    value_names,
)

Mark = tuple[str, str]  # (text, css class: hit, miss, extra, wrong or '')


@dataclass
class CanvasRow:
    label: str
    recorded: list[Mark] = field(default_factory=list)
    gold: list[Mark] = field(default_factory=list)


def _recorded(texts: list[str], extra: list[str], wrong: list[str], scored: bool) -> list[Mark]:
    def mark(text: str) -> str:
        if any(len(w) >= 3 and w in text for w in wrong):
            return "wrong"
        if not scored:
            return ""
        return "extra" if text in extra else "hit"

    return [(text, mark(text)) for text in texts]


def _gold(labels: list[str], missed: list[str]) -> list[Mark]:
    return [(label, "miss" if label in missed else "hit") for label in labels]


def _case(canvas: Canvas, gold: Gold | None, items: ItemScores | None) -> CanvasRow:
    case = canvas.case
    shown = [
        f"{k}: {case[k]}"
        for k in ("technology", "context", "users", "decisions", "stage", "notes")
        if case.get(k)
    ]
    row = CanvasRow("Case", [(text, "") for text in shown])
    if gold is not None and items is not None:
        missed = items.missed.get("case", [])
        row.gold = _gold(gold.case.technology_contains, missed)
        if gold.case.stage:
            row.gold += _gold([f"stage {gold.case.stage}"], missed)
    return row


def canvas_rows(canvas: Canvas, gold: Gold | None, items: ItemScores | None) -> list[CanvasRow]:
    """Case, actors, effects, values and options: recorded beside gold, marked."""
    missed = items.missed if items is not None else {}
    extra = items.extra if items is not None else {}
    wrong = items.wrong if items is not None else []
    scored = gold is not None

    def recorded(kind: str, texts: list[str], has_gold: bool = True) -> list[Mark]:
        return _recorded(texts, extra.get(kind, []), wrong, scored and has_gold)

    effects = [
        f"{e.direction}{' (' + e.actor + ')' if e.actor else ''}: {e.text}" for e in canvas.effects
    ]
    rows = [
        _case(canvas, gold, items),
        CanvasRow("Actors", recorded("actors", canvas.actors)),
        CanvasRow("Effects", _recorded(effects, _effect_extras(canvas, extra), wrong, scored)),
        CanvasRow("Values", _values(canvas, gold)),
        CanvasRow(
            "Options",
            recorded(
                "options",
                [
                    f"{o.kind}: {o.text}"
                    + (f" [{', '.join(o.values)}]" if o.values else " [no value]")
                    for o in canvas.options
                ],
                bool(gold and gold.options),
            ),
        ),
    ]
    if gold is not None:
        rows[1].gold = _gold(gold.actors, missed.get("actors", []))
        rows[2].gold = _gold([effect_label(g) for g in gold.effects], missed.get("effects", []))
        rows[3].gold = _gold(gold.values_any, missed.get("values", []))
        rows[3].gold.append((f"at least {gold.min_hits}", ""))
        rows[4].gold = _gold([option_label(g) for g in gold.options], missed.get("options", []))
        rows[1].gold += [(f"not: {t}", "") for t in gold.not_actors]
        rows[2].gold += [(f"not: {t}", "") for t in gold.not_effects]
    return rows


def _effect_extras(canvas: Canvas, extra: dict[str, list[str]]) -> list[str]:
    texts = set(extra.get("effects", []))
    return [
        f"{e.direction}{' (' + e.actor + ')' if e.actor else ''}: {e.text}"
        for e in canvas.effects
        if e.text in texts
    ]


def _values(canvas: Canvas, gold: Gold | None) -> list[Mark]:
    """Chosen values are hits or extras; suggestions not chosen are hits or left unmarked."""
    out: list[Mark] = []
    for value, names in zip(canvas.values, value_names(canvas), strict=True):
        text = value.name + (f" (#{value.priority})" if value.priority else " (not chosen)")
        mark = ""
        if gold is not None and gold.values_any:
            mark = "hit" if value_matches(names, gold) else "extra" if value.priority else ""
        out.append((text, mark))
    return out
