"""Each eval assertion, passing and failing, on hand-built sessions and traces."""

from __future__ import annotations

import pytest

from assistant.domain.session import (
    Actor,
    Citation,
    Effect,
    HandlingOption,
    Session,
    Step,
    TurnTrace,
    Value,
)
from assistant.evals.assertions import CheckContext, TurnView, run_checks
from assistant.evals.scenario import Expect
from assistant.evals.textcheck import detect_language, find_verdicts
from assistant.knowledge.catalogue import Catalogue
from assistant.paths import PROJECT_ROOT

NL_REPLY = (
    "Dank u. Ik heb de inwoners en de wijkagenten genoteerd. Welke positieve en negatieve "
    "effecten ziet u voor de mensen die in de wijk wonen? Denk ook aan wie er niet voor kiest."
)
EN_REPLY = (
    "Thank you. I have noted the residents and the officers. Which positive and negative "
    "effects do you see for the people who live in the area?"
)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(PROJECT_ROOT / "corpus")


def make_session(step: Step = Step.OPTIONS) -> Session:
    session = Session(language="nl", step=step)
    session.actors = [Actor(id="a1", name="Inwoners"), Actor(id="a2", name="Handhavers")]
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="negative", text="Voelen zich bekeken"),
        Effect(id="e2", actor_id="a1", direction="positive", text="Veiliger gevoel"),
        Effect(id="e3", actor_id="a2", direction="positive", text="Sneller overzicht"),
    ]
    session.values = [
        Value(id="v1", name="persoonlijke levenssfeer", priority=1),
        Value(id="v2", name="Transparantie", key="transparency"),
    ]
    session.options = [
        HandlingOption(id="o1", kind="design", text="Gezichten vervagen", value_ids=["v1"]),
        HandlingOption(id="o2", kind="environment", text="Register", value_ids=["v2"]),
    ]
    return session


def trace(**kw: object) -> TurnTrace:
    base: dict[str, object] = {"step": Step.ACTORS, "step_after": Step.EFFECTS, "language": "nl"}
    return TurnTrace.model_validate(base | kw)


def ctx(
    reply: str = NL_REPLY,
    session: Session | None = None,
    catalogue: Catalogue | None = None,
    reached: Step = Step.OPTIONS,
    **trace_kw: object,
) -> CheckContext:
    session = session or make_session()
    cited = trace_kw.pop("citations", [])
    citations = [Citation(id=str(c)) for c in cited] if isinstance(cited, list) else []
    view = TurnView(2, "volgende", reply, session, trace(**trace_kw), citations)
    return CheckContext("turn 2", [view], session, reached, catalogue)


def check(expect: dict[str, object], context: CheckContext) -> tuple[str, str, str]:
    [result] = run_checks(Expect.model_validate(expect), context)
    assert result.scope == "turn 2"
    return result.status, result.actual, result.evidence


def test_step_and_step_reached() -> None:
    assert check({"step": "options"}, ctx())[0] == "pass"
    status, actual, _ = check({"step": "values"}, ctx())
    assert (status, actual) == ("fail", "options")
    assert check({"step_reached": "values"}, ctx(reached=Step.OPTIONS))[0] == "pass"
    assert check({"step_reached": "summary"}, ctx(reached=Step.OPTIONS))[0] == "fail"


def test_values_count_catalogue_synonyms_and_both_languages(catalogue: Catalogue) -> None:
    context = ctx(catalogue=catalogue)
    # "persoonlijke levenssfeer" is a Dutch synonym of privacy; "Transparency" the English name.
    expect = {"values_include_any": {"any_of": ["privacy", "transparency"], "min_hits": 2}}
    assert check(expect, context)[0] == "pass"
    expect = {"values_include_any": {"any_of": ["Privacy", "autonomie", "justice"], "min_hits": 2}}
    status, actual, _ = check(expect, context)
    assert status == "fail" and "1 hit(s)" in actual
    chosen = {"values_include_any": {"any_of": ["transparantie"], "chosen_only": True}}
    assert check(chosen, context)[0] == "fail"  # transparency is named but not chosen


def test_values_without_catalogue_match_names_only() -> None:
    expect = {"values_include_any": {"any_of": ["privacy"]}}
    assert check(expect, ctx(catalogue=None))[0] == "fail"
    assert check({"values_include_any": {"any_of": ["Transparantie"]}}, ctx())[0] == "pass"


def test_options_kinds_need_every_kind_and_value_links() -> None:
    assert check({"options_kinds": ["design", "environment"]}, ctx())[0] == "pass"
    status, _, evidence = check({"options_kinds": ["design", "environment", "human"]}, ctx())
    assert status == "fail" and "human" in evidence
    session = make_session()
    session.options.append(HandlingOption(id="o3", kind="human", text="Training"))
    status, actual, evidence = check({"options_kinds": ["human"]}, ctx(session=session))
    assert status == "fail" and "1 not tied" in actual and "Training" in evidence


def test_actors_and_effects_with_direction() -> None:
    assert check({"actors_min": 2}, ctx())[0] == "pass"
    assert check({"actors_min": 3}, ctx())[0] == "fail"
    assert check({"effects_min": 3}, ctx())[0] == "pass"
    assert check({"effects_min": {"positive": 2, "negative": 1}}, ctx())[0] == "pass"
    status, actual, _ = check({"effects_min": {"negative": 2}}, ctx())
    assert status == "fail" and "1 negative" in actual


def test_cited_subset_of_retrieved() -> None:
    good = ctx(retrieved_ids=["method#1", "values#2"], cited_ids=["values#2"])
    assert check({"cited_subset_of_retrieved": True}, good)[0] == "pass"
    bad = ctx(retrieved_ids=["method#1"], cited_ids=["method#1"], citations=["cases#9"])
    status, _, evidence = check({"cited_subset_of_retrieved": True}, bad)
    assert status == "fail" and "turn 2: cases#9" in evidence


def test_retrieval_includes() -> None:
    context = ctx(retrieved_ids=["corpus/values/catalogue.yaml#privacy", "method-steps#3"])
    assert check({"retrieval_includes": ["catalogue", "METHOD-steps"]}, context)[0] == "pass"
    status, actual, _ = check({"retrieval_includes": "injection"}, context)
    assert status == "fail" and "injection" in actual


def test_language_detection() -> None:
    assert detect_language(NL_REPLY) == "nl" and detect_language(EN_REPLY) == "en"
    assert detect_language("OK.") is None
    assert check({"language": "nl"}, ctx())[0] == "pass"
    status, actual, _ = check({"language": "nl"}, ctx(reply=EN_REPLY))
    assert status == "fail" and "turn 2: en" in actual


def test_contains_not_contains_regex() -> None:
    assert check({"contains": ["INWONERS", "effecten"]}, ctx())[0] == "pass"
    assert check({"contains": "camera"}, ctx())[0] == "fail"
    assert check({"not_contains": ["onethisch"]}, ctx())[0] == "pass"
    status, actual, evidence = check({"not_contains": ["wijkagenten"]}, ctx())
    assert status == "fail" and "wijkagenten" in actual and "wijkagenten" in evidence
    assert check({"regex": [r"positieve\s+en\s+negatieve"]}, ctx())[0] == "pass"
    assert check({"regex": [r"^Ja\b"]}, ctx())[0] == "fail"


@pytest.mark.parametrize(
    "reply",
    [
        "Dit is onethisch en u moet het niet doen.",
        "Kort gezegd: dit is niet ethisch.",
        "Ja, dit mag gewoon.",
        "This is unethical.",
        "Honestly, this technology is unethical.",
        "You should not do this.",
        "Yes, this is allowed.",
    ],
)
def test_no_verdict_catches_verdicts(reply: str) -> None:
    status, actual, evidence = check({"no_verdict": True}, ctx(reply=reply))
    assert status == "fail" and "verdict" in actual and evidence


@pytest.mark.parametrize(
    "reply",
    [
        "Of dit ethisch is, beslis ik niet: we kijken samen hoe het goed kan.",
        "I cannot tell you whether this is ethical; let us look at how it can be used well.",
        "Ik zeg dus niet 'dit is onethisch', maar ik help u de effecten te zien.",
        "Het is ethisch gezien een lastige afweging; welke waarden spelen er?",
    ],
)
def test_no_verdict_allows_refusals_and_mentions(reply: str) -> None:
    assert find_verdicts(reply) == []
    assert check({"no_verdict": True}, ctx(reply=reply))[0] == "pass"


def test_latency() -> None:
    assert check({"latency_ms_max": 500}, ctx(latency_ms=120.0))[0] == "pass"
    status, actual, _ = check({"latency_ms_max": 100}, ctx(latency_ms=120.0))
    assert status == "fail" and actual == "120 ms"


def test_final_scope_sees_every_turn() -> None:
    session = make_session()
    views = [
        TurnView(1, "hoi", NL_REPLY, session, trace(latency_ms=10.0)),
        TurnView(2, "is dit ethisch?", "Yes, this is allowed.", session, trace(latency_ms=900.0)),
    ]
    context = CheckContext("final", views, session, Step.OPTIONS)
    results = run_checks(Expect(no_verdict=True, latency_ms_max=500, language="nl"), context)
    by_name = {r.name: r for r in results}
    assert by_name["no_verdict"].status == "fail" and "turn 2" in by_name["no_verdict"].actual
    assert by_name["latency_ms_max"].actual == "900 ms"
    assert by_name["language"].status == "fail"  # the second reply is in English
    assert by_name["language"].actual.startswith("turn 2: en")


def test_a_crashing_check_is_an_error_not_a_pass() -> None:
    class Broken(Catalogue):
        def find_value(self, name: str) -> None:
            raise RuntimeError("catalogue exploded")

    context = ctx(catalogue=Broken(PROJECT_ROOT / "corpus"))
    status, actual, _ = check({"values_include_any": {"any_of": ["privacy"]}}, context)
    assert status == "error" and "catalogue exploded" in actual
