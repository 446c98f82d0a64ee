"""Item-level gold: the format (ours and the shared conversations'), the scoring rules, and
agreement with the shared scorer (``tests/data/score_conversations.py``) on the same sessions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from shared_scorer import Scorer, shared_scorer

from assistant.domain.session import Actor, Effect, HandlingOption, Session, Step, Value
from assistant.evals.canvas import canvas_of
from assistant.evals.gold import Gold
from assistant.evals.loader import ScenarioError, load_scenario, load_scenarios
from assistant.evals.play import gold_checks
from assistant.evals.scoring import score_items
from assistant.paths import PROJECT_ROOT
from assistant.store.export import to_json

DATA = Path(__file__).parent / "data"
CONVERSATIONS = DATA / "conversations"


@pytest.fixture(scope="module")
def shared_score() -> Scorer:
    return shared_scorer()


def conversation(name: str) -> dict[str, Any]:
    data = yaml.safe_load((CONVERSATIONS / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def build(step: Step, actors: list[str], effects: list[tuple[str, str, str]], values, options):  # type: ignore[no-untyped-def]
    """A session: effects as (actor, direction, text); values as (name, key, priority); options
    as (kind, text, value names)."""
    s = Session(step=step)
    s.case.technology = "Face recognition at the gates instead of badges; bodycams for boa's"
    s.case.stage = "idea"
    s.actors = [Actor(id=f"a{n}", name=name) for n, name in enumerate(actors, 1)]
    ids = {a.name: a.id for a in s.actors}
    s.effects = [
        Effect(id=f"e{n}", actor_id=ids.get(a), direction=d, text=t)  # type: ignore[arg-type]
        for n, (a, d, t) in enumerate(effects, 1)
    ]
    s.values = [
        Value(id=f"v{n}", name=name, key=key, priority=prio)
        for n, (name, key, prio) in enumerate(values, 1)
    ]
    vids = {v.name: v.id for v in s.values}
    s.options = [
        HandlingOption(id=f"o{n}", kind=k, text=t, value_ids=[vids[v] for v in vs])  # type: ignore[arg-type]
        for n, (k, t, vs) in enumerate(options, 1)
    ]
    return s


SESSIONS = {
    "partly-right": build(
        Step.OPTIONS,
        ["Staff", "Visitors", "security team members", "The idea stage", "Canteen"],
        [
            ("Staff", "positive", "Staff get in faster"),
            ("Visitors", "negative", "Staff who refuse feel pushed"),
            ("", "positive", "Lost badges are no risk"),
            ("Visitors", "negative", "Faces of visitors are processed"),
            ("Staff", "positive", "humiliating false reject"),
            ("", "negative", "Something else entirely"),
        ],
        [("Privacy", "privacy", 1), ("Autonomie", "autonomy", None), ("Trust", None, 2)],
        [
            ("design", "Store only templates on the gate", ["Privacy"]),
            ("human", "Keep the badge as an alternative", []),
            ("human", "Ask the works council", ["Trust"]),
        ],
    ),
    "reached": build(
        Step.SUMMARY,
        ["staff", "visitors", "Security Team", "vendor", "works council"],
        [("staff", "negative", "Staff feel pushed"), ("visitors", "negative", "faces processed")],
        [("Human dignity", "human-dignity", 1), ("Privacy", None, 2), ("Autonomy", None, None)],
        [
            ("design", "templates only", ["Privacy"]),
            ("environment", "works council consent", ["Autonomy"]),
            ("human", "badge as an equal alternative", ["Human dignity"]),
        ],
    ),
    "dutch": build(
        Step.VALUES,
        ["Boa's", "burgers die gefilmd worden", "wie zijn de actoren eigenlijk", "Meldkamer"],
        [
            ("Boa's", "positive", "Boa's voelen zich veiliger"),
            ("burgers die gefilmd worden", "negative", "Voelt als bespieden"),
            ("", "negative", "ga verder"),
        ],
        [("Openbare veiligheid", "public-safety", None), ("Privacy", "privacy", 1)],
        [],
    ),
    "empty": build(Step.CASE, [], [], [], []),
}


def shared_view(session: Session) -> dict[str, Any]:
    """The session JSON as ``chat --json`` prints it (options name their values ``values``, as the
    shared README describes them)."""
    data: dict[str, Any] = json.loads(to_json(session))
    return data


@pytest.mark.parametrize("name", ["en-face-access-compact", "nl-bodycams-vragensteller"])
@pytest.mark.parametrize("sid", sorted(SESSIONS))
def test_item_scores_agree_with_the_shared_scorer(
    shared_score: Scorer, name: str, sid: str
) -> None:
    conv = conversation(name)
    session = SESSIONS[sid]
    theirs = shared_score(conv, shared_view(session), {})
    ours = score_items(canvas_of(session), Gold.model_validate(conv["gold"]))
    for metric in ("actors_recall", "actors_precision", "effects_recall", "effects_precision"):
        assert ours.counts[metric] == theirs[metric], metric
    assert ours.counts["options_recall"] == theirs["options_recall"]
    assert ours.values_hits == theirs["values_hits"]
    assert ours.reached_options == theirs["reached_options"]
    assert (ours.case_ok, ours.stage_ok) == (theirs["case_ok"], theirs["stage_ok"])
    assert ours.wrong == theirs["wrong"]


def test_the_cases_above_exercise_the_rules(shared_score: Scorer) -> None:
    """The agreement test is only as good as its sessions: each rule both holds and fails."""
    gold = Gold.model_validate(conversation("en-face-access-compact")["gold"])
    part = score_items(canvas_of(SESSIONS["partly-right"]), gold)
    full = score_items(canvas_of(SESSIONS["reached"]), gold)
    assert part.counts["actors_recall"] == (3, 5) and part.counts["actors_precision"] == (3, 5)
    assert part.wrong == ["The idea stage"]
    # "pushed" is tied to visitors, not staff; "humiliating" has the wrong direction
    assert part.counts["effects_recall"] == (3, 5)
    assert part.missed["effects"] == ["negative: pushed (staff)", "negative: humiliating"]
    assert part.counts["effects_precision"] == (5, 6)
    assert part.counts["options_recall"] == (2, 3)  # the works council option has the wrong kind
    assert not part.reached_options and full.reached_options
    assert part.values_hits == (2, 3) and not part.values_ok
    assert full.values_hits == (3, 3) and full.values_ok
    assert part.counts["values_precision"] == (1, 2)  # chosen: Privacy (hit), Trust (extra)
    assert part.extra["values"] == ["Trust"]


def test_gold_conditions_become_final_assertions() -> None:
    gold = Gold.model_validate(conversation("en-face-access-compact")["gold"])
    session = SESSIONS["partly-right"]
    canvas = canvas_of(session)
    end, values = gold_checks(gold, score_items(canvas, gold), canvas)
    assert (end.name, end.status, end.scope) == ("gold_end", "fail", "final")
    assert "kinds tied to values ['design', 'human']" in end.actual
    assert (values.name, values.status) == ("gold_values", "fail")
    assert "2 hit(s)" in values.actual
    canvas = canvas_of(SESSIONS["reached"])
    checks = gold_checks(gold, score_items(canvas, gold), canvas)
    assert [c.status for c in checks] == ["pass", "pass"]


def test_end_before_options_is_that_step_or_later() -> None:
    gold = Gold(end=Step.VALUES)
    assert score_items(canvas_of(SESSIONS["dutch"]), gold).end_ok
    assert not score_items(canvas_of(SESSIONS["empty"]), gold).end_ok


def test_shared_conversation_files_load_as_scenarios() -> None:
    scenarios = load_scenarios([CONVERSATIONS])
    face = next(s for s in scenarios if s.id == "en-face-access-compact")
    assert face.about.startswith("compact") and face.description == ""
    assert face.gold is not None and face.gold.options[0].kind == ["human", "environment"]
    assert face.gold.end == Step.OPTIONS and face.gold.min_hits == 3


def test_every_shipped_scenario_has_gold() -> None:
    scenarios = load_scenarios([PROJECT_ROOT / "evals"])
    assert len(scenarios) >= 24
    assert [s.id for s in scenarios if s.gold is None] == []


def test_gold_errors_name_the_field(tmp_path: Path) -> None:
    text = (CONVERSATIONS / "en-face-access-compact.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("direction: positive", "direction: upward", 1), encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        load_scenario(bad)
    assert "gold.effects[0].direction" in caught.value.problems[0]
    none = tmp_path / "none.yaml"
    none.write_text("id: x\nlanguage: nl\nturns: [{user: hoi}]\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="give a description"):
        load_scenario(none)


def test_subfolders_are_read_only_when_named(tmp_path: Path) -> None:
    (tmp_path / "holdout").mkdir()
    (tmp_path / "holdout" / "a.yaml").write_text(
        (CONVERSATIONS / "en-face-access-compact.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    with pytest.raises(ScenarioError, match="subfolders are read only when named"):
        load_scenarios([tmp_path])
    assert [s.id for s in load_scenarios([tmp_path / "holdout"])] == ["en-face-access-compact"]


def test_options_precision_counts_only_options_read_from_the_user() -> None:
    session = Session(language="nl")
    session.options = [
        HandlingOption(id="o1", kind="design", text="Beelden na een dag wissen"),
        HandlingOption(id="o2", kind="human", text="Een training voor de handhavers"),
        HandlingOption(
            id="o3", kind="environment", text="Opnemen in het algoritmeregister", proposed=True
        ),
    ]
    gold = Gold.model_validate({"options": [{"kind": "design", "contains": "wissen"}]})
    scores = score_items(canvas_of(session), gold)
    assert scores.counts["options_recall"] == (1, 1)
    assert scores.counts["options_precision"] == (1, 2)  # the adopted proposal is left out
    assert scores.extra["options"] == ["human: Een training voor de handhavers"]
    assert canvas_of(session).options[2].proposed
