"""The LLM judge: scores a plain-language criterion on a transcript and must quote its evidence.

The judge answers JSON ``{verdict: pass|fail, score: 0..1, evidence: "quoted text"}``. An answer
that is not that JSON, or whose evidence is not found word for word in the transcript, is an
*error* outcome: never a pass. The prompt lives in ``prompts/judge/en/judge.j2``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from assistant.errors import AssistantError
from assistant.evals.results import AssertionResult
from assistant.evals.textcheck import normalise
from assistant.llm.base import ChatMessage, ChatModel
from assistant.paths import resource_dir

JUDGE_PROMPTS = resource_dir("prompts") / "judge"


class JudgeVerdict(BaseModel):
    model_config = ConfigDict(extra="ignore")

    verdict: Literal["pass", "fail"]
    score: float = Field(ge=0.0, le=1.0)
    evidence: str = Field(
        min_length=3, description="Text quoted word for word from the transcript."
    )


JUDGE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "verdict": {"type": "string", "enum": ["pass", "fail"]},
        "score": {"type": "number", "minimum": 0, "maximum": 1},
        "evidence": {"type": "string"},
    },
    "required": ["verdict", "score", "evidence"],
}


def render_prompt(criterion: str, transcript: str, root: Path = JUDGE_PROMPTS) -> str:
    """The judge prompt (``prompts/judge/en/judge.j2``, versioned like every prompt)."""
    from assistant.method.templates import PromptLibrary

    return PromptLibrary(root).render("judge", "en", criterion=criterion, transcript=transcript)


def parse_answer(answer: str) -> JudgeVerdict:
    """The judge's JSON (also inside a code fence or surrounded by text); ValueError otherwise."""
    match = re.search(r"\{.*\}", answer, re.DOTALL)
    if match is None:
        raise ValueError("the judge's answer holds no JSON object")
    try:
        return JudgeVerdict.model_validate(json.loads(match.group(0)))
    except (json.JSONDecodeError, ValidationError) as exc:
        raise ValueError(f"the judge's answer is not the asked JSON: {exc}") from exc


def quote_found(evidence: str, transcript: str) -> bool:
    quote = evidence.strip().strip("\"'“”‘’„").strip()
    parts = [p for p in re.split(r"\s*(?:\.\.\.|…)\s*", quote) if p.strip()]
    norm = normalise(transcript)
    return bool(parts) and all(normalise(p) in norm for p in parts)


class Judge:
    """Wraps a chat model (Ollama in real runs, ``FakeChatModel`` in tests)."""

    def __init__(self, model: ChatModel) -> None:
        self.model = model

    def assess(self, criterion: str, transcript: str, scope: str) -> AssertionResult:
        result = AssertionResult(name="judge", scope=scope, status="error", expected=criterion)
        try:
            prompt = render_prompt(criterion, transcript)
            answer = self.model.prompt(
                [ChatMessage(role="user", content=prompt)],
                json_schema=JUDGE_SCHEMA,
                temperature=0.0,
            ).text()
        except AssistantError as exc:
            result.actual = f"judge unavailable: {exc}"
            return result
        try:
            verdict = parse_answer(answer)
        except ValueError as exc:
            result.actual = str(exc)
            result.evidence = answer[:200]
            return result
        result.evidence = verdict.evidence
        if not quote_found(verdict.evidence, transcript):
            result.actual = (
                f"judge said {verdict.verdict} but its evidence is not in the transcript"
            )
            return result
        result.status = verdict.verdict
        result.actual = f"{verdict.verdict} (score {verdict.score:.2f})"
        return result


def transcript_text(turns: list[tuple[str, str]]) -> str:
    """``user:`` / ``assistant:`` lines, as the judge reads them."""
    return "\n\n".join(f"user: {user}\nassistant: {reply}" for user, reply in turns)
