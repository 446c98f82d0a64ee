"""Retrieval quality on the labelled queries (``tests/data/retrieval_queries.yaml``),
value-suggestion quality on effects written for it (``tests/data/value_effects.yaml``), and the
value an option is tied to (``tests/data/option_values.yaml``).

Per group of queries (all; each direction such as ``en->nl``: an English question on Dutch
chunks; each tag: paraphrase, compound, crosslingual; ``hard``: any tag):

- ``hit@3``: share of queries with a relevant chunk in the top 3;
- ``hit@5``: the same in the top 5;
- ``recall@5``: mean share of a query's relevant chunks in the top 5 (at most 5 counted).

``evaluate_with_held_out`` adds the group ``held-out``: the paraphrases of ``HELD_OUT``.

Shared by the retrieval tests and the bench's encoder stage.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.paths import PROJECT_ROOT

QUERIES = PROJECT_ROOT / "tests" / "data" / "retrieval_queries.yaml"
#: Paraphrase queries written before retrieval was tuned for paraphrases and never used to tune
#: it (reported as the group ``held-out``).
HELD_OUT = PROJECT_ROOT / "tests" / "data" / "retrieval_queries_holdout.yaml"
EFFECTS = PROJECT_ROOT / "tests" / "data" / "value_effects.yaml"
#: Effect sentences written before the everyday sentences joined the value phrases and never used
#: to tune the value suggestions (reported as ``held-out``).
EFFECTS_HELD_OUT = PROJECT_ROOT / "tests" / "data" / "value_effects_holdout.yaml"
#: Options with the values a user chose and the value(s) each protects; split into a half used to
#: develop ``best_value`` (dev) and a half kept apart (held-out).
OPTION_VALUES = PROJECT_ROOT / "tests" / "data" / "option_values.yaml"
#: Options as people type them in a session, each with the session's effects (actor, text and
#: the chosen values behind it); dev (two thirds) and held-out (a third kept apart).
SESSION_OPTION_VALUES = PROJECT_ROOT / "tests" / "data" / "option_values_sessions.yaml"
#: ``search(query, documents language or None, k)`` -> chunk ids, best first.
Search = Callable[[str, str | None, int], list[str]]


@dataclass(frozen=True)
class Labelled:
    query: str
    language: str
    relevant: tuple[str, ...]
    documents: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def direction(self) -> str:
        return f"{self.language}->{self.documents or self.language}"

    def groups(self) -> list[str]:
        return ["all", self.direction, *self.tags] + (["hard"] if self.tags else [])


@dataclass
class Scores:
    n: int = 0
    hit3: float = 0.0
    hit5: float = 0.0
    recall5: float = 0.0
    missed: list[str] = field(default_factory=list)

    def rates(self) -> dict[str, float]:
        n = max(self.n, 1)
        return {
            "n": self.n,
            "hit@3": self.hit3 / n,
            "hit@5": self.hit5 / n,
            "recall@5": self.recall5 / n,
        }


def load_queries(path: Path = QUERIES) -> list[Labelled]:
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["queries"]
    return [
        Labelled(
            str(item["query"]),
            str(item["language"]),
            tuple(item["relevant"]),
            item.get("documents"),
            tuple(item.get("tags", ())),
        )
        for item in items
    ]


def evaluate(search: Search, queries: list[Labelled]) -> dict[str, Scores]:
    """Scores per group; ``missed`` lists the queries without a relevant chunk in the top 3."""
    scores: dict[str, Scores] = {}
    for item in queries:
        top = search(item.query, item.documents, 5)
        relevant = set(item.relevant)
        hit3 = bool(relevant & set(top[:3]))
        found = len(relevant & set(top[:5])) / min(len(relevant), 5)
        for group in item.groups():
            score = scores.setdefault(group, Scores())
            score.n += 1
            score.hit3 += hit3
            score.hit5 += bool(relevant & set(top[:5]))
            score.recall5 += found
            if not hit3:
                score.missed.append(item.query)
    return scores


def evaluate_with_held_out(search: Search, queries: list[Labelled]) -> dict[str, Scores]:
    """``evaluate`` on ``queries``, plus the group ``held-out`` (all of ``HELD_OUT``)."""
    return evaluate(search, queries) | {"held-out": evaluate(search, load_queries(HELD_OUT))["all"]}


def service_search(service: Any, mode: str = "hybrid") -> Search:
    """``Search`` over a ``KnowledgeService`` in one mode (hybrid, vector, bm25)."""

    def search(query: str, documents: str | None, k: int) -> list[str]:
        return [hit.id for hit in service.search(query, k=k, language=documents, mode=mode)]

    return search


@dataclass(frozen=True)
class Effect:
    text: str
    language: str
    values: tuple[str, ...]


def load_effects(path: Path = EFFECTS) -> list[Effect]:
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["effects"]
    return [Effect(str(i["effect"]), str(i["language"]), tuple(i["values"])) for i in items]


def value_top3(suggester: Any, effects: list[Effect]) -> dict[str, Any]:
    """Per language: the share of effects with an accepted value among the 3 values suggested
    for that effect alone, and the effects without one (``missed``)."""
    result: dict[str, Any] = {}
    for language in sorted({e.language for e in effects}):
        group = [e for e in effects if e.language == language]
        missed = []
        for effect in group:
            found = [s.entry.id for s in suggester.suggest([effect.text], 3)]
            if not set(found) & set(effect.values):
                missed.append(f"{effect.text} -> {', '.join(found)}")
        result[language] = 1 - len(missed) / len(group)
        result[f"{language}_missed"] = missed
    return result


@dataclass(frozen=True)
class OptionCase:
    text: str
    language: str
    split: str
    chosen: tuple[str, ...]
    protects: tuple[str, ...]
    #: The session's effects: (actor, text, keys of the chosen values behind it).
    effects: tuple[tuple[str, str, tuple[str, ...]], ...] = ()


def load_option_cases(path: Path = OPTION_VALUES) -> list[OptionCase]:
    items: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    return [
        OptionCase(
            str(i["option"]),
            str(i["language"]),
            str(i["split"]),
            tuple(i["values"]),
            tuple(i["protects"]),
            tuple(
                (str(e["actor"]), str(e["text"]), tuple(e["values"])) for e in i.get("effects", [])
            ),
        )
        for i in items
    ]


def option_session(suggester: Any, case: OptionCase) -> Any:
    """A session with the case's actors, effects and chosen values (catalogue values under
    their name in the option's language, each linked to the effects behind it)."""
    from assistant.domain.session import Actor, Effect, Session, Value

    session = Session(language=case.language)
    entries = {entry.id: entry for entry in suggester.catalogue.values}
    for n, (actor, text, _keys) in enumerate(case.effects, start=1):
        known = next((a for a in session.actors if a.name == actor), None)
        if known is None:
            known = Actor(id=f"a{len(session.actors) + 1}", name=actor)
            session.actors.append(known)
        session.effects.append(
            Effect(id=f"e{n}", actor_id=known.id, direction="negative", text=text)
        )
    for n, key in enumerate(case.chosen, start=1):
        behind = [f"e{i}" for i, e in enumerate(case.effects, start=1) if key in e[2]]
        name = entries[key].text(case.language).name
        session.values.append(Value(id=f"v{n}", name=name, key=key, priority=n, effect_ids=behind))
    return session


def option_value_top1(suggester: Any, cases: list[OptionCase]) -> dict[str, Any]:
    """Per language and split (``nl.dev``, ``en.held-out``): the share of options that
    ``best_value`` ties to a value they protect, among the chosen values of the case's session
    (``option_session``), and the options tied to another (``missed``)."""
    result: dict[str, Any] = {}
    for group in sorted({(c.language, c.split) for c in cases}):
        chosen = [c for c in cases if (c.language, c.split) == group]
        missed = []
        for case in chosen:
            session = option_session(suggester, case)
            best = suggester.best_value(case.text, session.chosen_values())
            if best is None or best.key not in case.protects:
                missed.append(f"{case.text} -> {best.key if best else None}")
        name = ".".join(group)
        result[name] = 1 - len(missed) / len(chosen)
        result[f"{name}_missed"] = missed
    return result
