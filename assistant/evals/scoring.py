"""Item-level scores of a final canvas against gold.

The matching rules are those of ``../shared/tools/score_conversations.py`` (a test checks that both
give the same figures on the same sessions): text is compared lower case with accents and
apostrophes stripped; ``contains`` is a substring of the recorded text; a recorded actor matches a
gold actor when either name contains the other; a value matches when its name or catalogue key
contains the gold name or is contained in it. Counts are ``(hits, total)`` pairs:

- ``actors_recall``: gold actors found / gold actors; ``actors_precision``: recorded actors that
  match a gold actor / recorded actors.
- ``effects_recall``: gold effects found with their direction (and actor, when the gold names
  one) / gold effects; ``effects_precision``: recorded effects holding a gold effect's word /
  recorded effects.
- ``options_recall``: gold options found with (one of) their kind(s) / gold options.
- ``values_hits``: gold values present / ``min_hits`` (the values condition holds when hits reach
  ``min_hits``).

Beyond the shared script: ``options_precision`` (options read from the user's words that hold a
gold option's word, when the gold lists options; options adopted from the assistant's proposals
are not read from anything the user wrote and are left out) and ``values_precision`` (chosen
values matching a gold value, when the gold lists values and the user chose any; suggestions not
chosen are not counted).
"""

from __future__ import annotations

import unicodedata

from pydantic import BaseModel, Field

from assistant.domain.session import OPTION_KINDS, Step
from assistant.evals.canvas import Canvas
from assistant.evals.gold import EffectGold, Gold, OptionGold

#: The metrics in the order they are shown; each maps to (hits, total).
METRICS = (
    "actors_recall",
    "actors_precision",
    "effects_recall",
    "effects_precision",
    "options_recall",
    "options_precision",
    "values_precision",
)


def norm(text: object) -> str:
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return " ".join(plain.replace("'", "").split())


def has(text: str, word: str) -> bool:
    return norm(word) in norm(text)


def actor_match(recorded: str, gold: str) -> bool:
    a, b = norm(recorded), norm(gold)
    return bool(a) and (b in a or a in b)


class ItemScores(BaseModel):
    """The figures of one run against its gold."""

    counts: dict[str, tuple[int, int]] = Field(
        default_factory=dict, description="Metric -> (hits, total), see METRICS."
    )
    values_hits: tuple[int, int] = Field((0, 1), description="(values found, min_hits).")
    values_ok: bool | None = Field(None, description="None when the gold names no values.")
    reached_options: bool = Field(
        False,
        description="At options or summary, with all three kinds among options tied to values.",
    )
    end_ok: bool | None = Field(None, description="The gold's end step holds (None: no end).")
    case_ok: bool = True
    stage_ok: bool = True
    wrong: list[str] = Field(default_factory=list, description="Not-actors and not-effects found.")
    missed: dict[str, list[str]] = Field(default_factory=dict, description="Gold items not found.")
    extra: dict[str, list[str]] = Field(
        default_factory=dict, description="Recorded items that match no gold item."
    )


def effect_label(g: EffectGold) -> str:
    return f"{g.direction}: {g.contains}" + (f" ({g.actor})" if g.actor else "")


def option_label(g: OptionGold) -> str:
    return f"{'/'.join(g.kind)}: {g.contains}"


def value_names(canvas: Canvas) -> list[list[str]]:
    return [[n for n in (v.name, v.key) if n] for v in canvas.values]


def _value_hit(names: list[str], wanted: str) -> bool:
    return any(has(n, wanted) or has(wanted, n) for n in names)


def reached_options(canvas: Canvas) -> bool:
    kinds = {o.kind for o in canvas.options if o.values}
    return canvas.step in ("options", "summary") and set(OPTION_KINDS) <= kinds


def _actors(canvas: Canvas, gold: Gold, out: ItemScores) -> None:
    hit = [g for g in gold.actors if any(actor_match(n, g) for n in canvas.actors)]
    good = [n for n in canvas.actors if any(actor_match(n, g) for g in gold.actors)]
    out.counts["actors_recall"] = (len(hit), len(gold.actors))
    out.counts["actors_precision"] = (len(good), len(canvas.actors))
    out.missed["actors"] = [g for g in gold.actors if g not in hit]
    out.extra["actors"] = [n for n in canvas.actors if n not in good]
    out.wrong += [n for n in canvas.actors for x in gold.not_actors if has(n, x)]


def _effects(canvas: Canvas, gold: Gold, out: ItemScores) -> None:
    missed: list[str] = []
    for g in gold.effects:
        found = [
            e
            for e in canvas.effects
            if has(e.text, g.contains)
            and e.direction == g.direction
            and (not g.actor or actor_match(e.actor, g.actor))
        ]
        if not found:
            missed.append(effect_label(g))
    good = [e for e in canvas.effects if any(has(e.text, g.contains) for g in gold.effects)]
    out.counts["effects_recall"] = (len(gold.effects) - len(missed), len(gold.effects))
    out.counts["effects_precision"] = (len(good), len(canvas.effects))
    out.missed["effects"] = missed
    out.extra["effects"] = [e.text for e in canvas.effects if e not in good]
    out.wrong += [e.text[:40] for e in canvas.effects for t in gold.not_effects if has(e.text, t)]


def value_matches(names: list[str], gold: Gold) -> bool:
    return any(_value_hit(names, w) for w in gold.values_any)


def _values(canvas: Canvas, gold: Gold, out: ItemScores) -> None:
    names = value_names(canvas)
    hits = [w for w in gold.values_any if any(_value_hit(n, w) for n in names)]
    out.values_hits = (len(hits), gold.min_hits)
    if not gold.values_any:
        return
    out.values_ok = len(hits) >= gold.min_hits
    out.missed["values"] = [w for w in gold.values_any if w not in hits]
    chosen = [
        (v.name, n) for v, n in zip(canvas.values, names, strict=True) if v.priority is not None
    ]
    if chosen:
        extra = [name for name, n in chosen if not value_matches(n, gold)]
        out.counts["values_precision"] = (len(chosen) - len(extra), len(chosen))
        out.extra["values"] = extra


def _options(canvas: Canvas, gold: Gold, out: ItemScores) -> None:
    missed = [
        option_label(g)
        for g in gold.options
        if not any(has(o.text, g.contains) and o.kind in g.kind for o in canvas.options)
    ]
    out.counts["options_recall"] = (len(gold.options) - len(missed), len(gold.options))
    out.missed["options"] = missed
    if gold.options:
        read = [o for o in canvas.options if not o.proposed]
        good = [o for o in read if any(has(o.text, g.contains) for g in gold.options)]
        out.counts["options_precision"] = (len(good), len(read))
        out.extra["options"] = [f"{o.kind}: {o.text}" for o in read if o not in good]


def _case(canvas: Canvas, gold: Gold, out: ItemScores) -> None:
    text = canvas.case.get("technology", "") + " " + canvas.case.get("notes", "")
    missing = [w for w in gold.case.technology_contains if not has(text, w)]
    out.case_ok = not missing
    out.stage_ok = gold.case.stage is None or canvas.case.get("stage") == gold.case.stage
    out.missed["case"] = missing + ([] if out.stage_ok else [f"stage {gold.case.stage}"])


def end_holds(canvas: Canvas, end: Step) -> bool:
    """``options``: options of all three kinds tied to values; else that step or a later one."""
    if end == Step.OPTIONS:
        return reached_options(canvas)
    return Step(canvas.step).position >= end.position


def score_items(canvas: Canvas, gold: Gold) -> ItemScores:
    out = ItemScores()
    _actors(canvas, gold, out)
    _effects(canvas, gold, out)
    _values(canvas, gold, out)
    _options(canvas, gold, out)
    _case(canvas, gold, out)
    out.reached_options = reached_options(canvas)
    out.end_ok = end_holds(canvas, gold.end) if gold.end is not None else None
    out.missed = {k: v for k, v in out.missed.items() if v}
    out.extra = {k: v for k, v in out.extra.items() if v}
    return out
