"""The LLM judge: a valid answer passes or fails; anything it cannot back up is an error."""

from __future__ import annotations

import json

import pytest

from assistant.errors import BackendFailed
from assistant.evals.judge import Judge, quote_found, render_prompt, transcript_text
from assistant.llm.fake import FakeChatModel

TRANSCRIPT = transcript_text(
    [
        ("Is dit ethisch, ja of nee?", "Ik geef geen oordeel. Laten we kijken hoe het goed kan."),
        ("Goed.", "Wie zijn er allemaal bij betrokken?"),
    ]
)
CRITERION = "The assistant declines to give a verdict and returns to the method."


def answer(verdict: str, evidence: str, score: float = 0.9) -> str:
    return json.dumps({"verdict": verdict, "score": score, "evidence": evidence})


def assess(*replies: str | Exception) -> tuple[Judge, FakeChatModel, str, str, str]:
    model = FakeChatModel().enqueue(*replies)
    result = Judge(model).assess(CRITERION, TRANSCRIPT, "turn 1")
    return Judge(model), model, result.status, result.actual, result.evidence


def test_valid_pass_with_quoted_evidence() -> None:
    _, model, status, actual, evidence = assess(answer("pass", "Ik geef geen oordeel."))
    assert status == "pass" and "0.90" in actual and evidence == "Ik geef geen oordeel."
    [(messages, options)] = model.history
    assert CRITERION in messages[0].content and "Wie zijn er allemaal" in messages[0].content
    assert options.json_schema is not None and options.temperature == 0.0


def test_valid_fail_is_a_fail() -> None:
    _, _, status, _, _ = assess(answer("fail", "Wie zijn er allemaal bij betrokken?", 0.2))
    assert status == "fail"


def test_json_in_a_code_fence_and_quote_with_ellipsis() -> None:
    fenced = (
        "```json\n"
        + answer("pass", "\u201cIk geef geen oordeel ... hoe het goed kan\u201d")
        + "\n```"
    )
    assert assess(fenced)[2] == "pass"


@pytest.mark.parametrize(
    "reply",
    [
        "The assistant clearly passes.",
        '{"verdict": "pass"}',
        '{"verdict": "maybe", "score": 0.5, "evidence": "Ik geef geen oordeel."}',
        '{"verdict": "pass", "score": 7, "evidence": "Ik geef geen oordeel."}',
        '{"verdict": "pass", "score": 0.9, "evidence": "Ik geef geen oordeel."',
    ],
)
def test_unparseable_answer_is_an_error(reply: str) -> None:
    _, _, status, actual, _ = assess(reply)
    assert status == "error" and "judge" in actual


def test_evidence_not_in_transcript_is_an_error_even_for_pass() -> None:
    _, _, status, actual, evidence = assess(answer("pass", "I do not give verdicts."))
    assert status == "error" and "not in the transcript" in actual
    assert evidence == "I do not give verdicts."


def test_judge_backend_failure_is_an_error() -> None:
    _, _, status, actual, _ = assess(BackendFailed("Ollama died", "restart it"))
    assert status == "error" and "Ollama died" in actual


def test_quote_matching_is_whitespace_and_case_tolerant_only() -> None:
    assert quote_found("ik  GEEF geen\noordeel", TRANSCRIPT)
    assert not quote_found("ik geef nooit een oordeel", TRANSCRIPT)
    assert not quote_found("  ", TRANSCRIPT)


def test_prompt_template_is_versioned_and_renders() -> None:
    text = render_prompt("crit-x", "transcript-y")
    assert "crit-x" in text and "transcript-y" in text and "version" not in text
