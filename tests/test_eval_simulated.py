"""Simulated users: a model plays the user from a persona and facts; the gold comes from the facts.
The scriptable fake model plays a persona script here; the guided and embedded backends refuse."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ollama_server import FakeOllama
from typer.testing import CliRunner

from assistant.cli.main import app
from assistant.evals.loader import load_scenario
from assistant.evals.persona import key_word
from assistant.evals.simulator import NEEDS_MODEL, can_play_user, clean
from assistant.evals.suite import SuiteOptions, VariantSpec, run_suite
from assistant.llm.embedded import EmbeddedChatModel
from assistant.llm.fake import FakeChatModel
from assistant.llm.guided import GuidedChatModel
from assistant.paths import PROJECT_ROOT
from assistant.settings import Settings, load_settings

PERSONA = PROJECT_ROOT / "evals" / "simulated" / "nl-parkeerscan-persona.yaml"

SCRIPT = [
    "scanauto's die in leiden kentekens scannen van geparkeerde auto's om te zien of er "
    "betaald is, de afdeling parkeren gebruikt ze en de boete gaat automatisch. het is een pilot.",
    "volgende",
    "automobilisten, handhavers, bewoners en de leverancier",
    "volgende",
    "voor handhavers: positief: minder straatwerk en sneller controleren.\n"
    "voor automobilisten: negatief: een boete door een verkeerd gelezen kenteken.\n"
    "voor bewoners: negatief: het gevoel dat hun straat steeds wordt gefilmd.",
    "volgende",
    "privacy, rechtvaardigheid en transparantie",
    "volgende",
    "ontwerp: kentekens van wie betaald heeft direct wissen.\n"
    "omgeving: elke boete laten nakijken door een handhaver.\n"
    "mens: automobilisten kunnen makkelijk bezwaar maken.",
    "DONE",
]


@pytest.fixture(scope="module")
def settings(eval_data_dir: Path) -> Settings:
    return load_settings(data_dir=eval_data_dir)


def test_gold_comes_from_the_facts() -> None:
    scenario = load_scenario(PERSONA)
    assert scenario.simulated_user is not None and scenario.turns == []
    gold = scenario.gold
    assert gold is not None and gold.actors == [
        "automobilisten",
        "handhavers",
        "bewoners",
        "leverancier",
    ]
    assert [e.contains for e in gold.effects] == ["straatwerk", "verkeerd gelezen", "gefilmd"]
    assert [(o.kind, o.contains) for o in gold.options] == [
        (["design"], "wissen"),
        (["environment"], "nakijken"),
        (["human"], "bezwaar"),
    ]
    assert (gold.values_any, gold.min_hits, gold.end) == (
        ["privacy", "rechtvaardigheid", "transparantie"],
        3,
        "options",
    )
    assert gold.case.technology_contains == ["scanauto"] and gold.case.stage == "pilot"
    assert key_word("een boete door een verkeerd gelezen kenteken") == "verkeerd"


def test_a_fake_model_plays_the_persona_end_to_end(settings: Settings) -> None:
    user = FakeChatModel().enqueue(*SCRIPT)
    options = SuiteOptions([VariantSpec("guided")], user_model=user)
    result = run_suite([load_scenario(PERSONA)], settings, options).scenarios[0]
    [run] = result.runs
    assert run.status != "error", run.error
    assert [t.user for t in run.turns] == [m.strip() for m in SCRIPT[:-1]]
    prompt, options = user.history[0]
    assert options.max_tokens == 300
    assert prompt[0].role == "system" and "Beleidsmedewerker parkeren" in prompt[0].content
    assert "verkeerd gelezen kenteken" in prompt[0].content and "in Dutch" in prompt[0].content
    assert prompt[1].role == "user"  # the assistant's opening, as the simulated user reads it
    second = user.history[1][0]
    assert second[2].role == "assistant" and second[2].content == SCRIPT[0].strip()
    assert second[3].content == run.turns[0].reply
    assert run.items is not None and run.canvas is not None
    assert run.items.counts["actors_recall"][1] == 4 and run.items.counts["options_recall"][1] == 3
    names = {a.name for a in run.final}
    assert {"gold_end", "gold_values", "no_verdict", "language"} <= names
    assert result.gold is not None and result.tags[0] == "simulated"


def test_the_turn_limit_ends_a_user_who_never_stops(settings: Settings) -> None:
    scenario = load_scenario(PERSONA)
    assert scenario.simulated_user is not None
    scenario.simulated_user.max_turns = 3
    options = SuiteOptions([VariantSpec("guided")], user_model=FakeChatModel("ga verder"))
    [run] = run_suite([scenario], settings, options).scenarios[0].runs
    assert [t.user for t in run.turns] == ["ga verder"] * 3


def test_guided_and_embedded_cannot_play_a_user(settings: Settings) -> None:
    assert not can_play_user(GuidedChatModel()) and can_play_user(FakeChatModel())
    assert not EmbeddedChatModel.structured_output  # so can_play_user refuses it
    result = run_suite([load_scenario(PERSONA)], settings, SuiteOptions([VariantSpec("guided")]))
    [run] = result.scenarios[0].runs
    assert (result.scenarios[0].outcome, run.status) == ("error", "error")
    assert NEEDS_MODEL in run.error and "the guided backend cannot" in run.error
    assert "--user-model" in run.error


def test_eval_command_says_why_a_simulated_user_cannot_run(
    settings: Settings, tmp_path: Path
) -> None:
    args = ["--data-dir", str(settings.data_dir), "eval", str(PERSONA), "--backend", "guided"]
    out = CliRunner().invoke(app, [*args, "--report-dir", str(tmp_path)])
    assert out.exit_code == 2
    assert "needs a generative model that can play a user" in out.output


def test_the_simulated_message_is_cleaned() -> None:
    assert clean('User: "ok, volgende"') == ("ok, volgende", False)
    assert clean("dat was het. DONE") == ("dat was het.", True)
    assert clean("DONE") == ("", True)


def test_an_ollama_model_plays_the_user_with_the_guided_assistant(
    settings: Settings, tmp_path: Path, ollama_server: FakeOllama, clean_env: pytest.MonkeyPatch
) -> None:
    ollama_server.script.reply = ["wij ", "scannen ", "kentekens. ", "DONE"]
    clean_env.setenv("ASSISTANT_OLLAMA__HOST", ollama_server.url)
    args = ["--data-dir", str(settings.data_dir), "eval", str(PERSONA), "--backend", "guided"]
    args += ["--user-model", "qwen2.5:7b-instruct", "--report-dir", str(tmp_path)]
    out = CliRunner().invoke(app, args)
    assert out.exit_code == 1, out.output  # one message: the gold's end is not reached
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert results["manifest"]["user_model"] == "qwen2.5:7b-instruct"
    [run] = results["scenarios"][0]["runs"]
    assert [t["user"] for t in run["turns"]] == ["wij scannen kentekens."]
    [chat] = ollama_server.chats()
    assert chat["model"] == "qwen2.5:7b-instruct"
    assert "Beleidsmedewerker parkeren" in chat["messages"][0]["content"]
