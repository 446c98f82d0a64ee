"""Optional LLM rewording of the brief's case summary.

The model only rewrites the guided summary; the result is checked (no new numbers, no links or
source markers, sensible length) and the guided text stays when the check or the model fails.
Citations never pass through the model.
"""

from __future__ import annotations

import re

from assistant.brief.model import Brief
from assistant.errors import AssistantError
from assistant.llm.base import ChatMessage, ChatModel
from assistant.paths import resource_dir

FORBIDDEN = re.compile(r"https?://|www\.|\[\d+\]|\[[^\]]*\]\(|\b(bron|source)\s*:", re.IGNORECASE)


def acceptable(text: str, draft: str, facts: str) -> str:
    """Why ``text`` cannot replace ``draft`` (empty string: it can)."""
    if not text:
        return "empty answer"
    if not 0.4 * len(draft) <= len(text) <= max(2.5 * len(draft), 200):
        return "answer length out of range"
    if FORBIDDEN.search(text):
        return "answer contains links or source markers"
    known = set(re.findall(r"\d+", f"{draft} {facts}"))
    if any(number not in known for number in re.findall(r"\d+", text)):
        return "answer adds numbers that are not in the case"
    return ""


def improve_summary(brief: Brief, model: ChatModel, max_tokens: int = 300) -> Brief:
    """A copy of ``brief`` whose case summary the model reworded, or with a notice why not."""
    from assistant.method.templates import PromptLibrary

    facts = [(f.label, f.text) for f in brief.case_facts]
    prompt = PromptLibrary(resource_dir("prompts") / "brief").render(
        "case_summary", brief.language, facts=facts, draft=brief.case_summary
    )
    labels = brief.labels
    try:
        text = model.prompt([ChatMessage(role="user", content=prompt)], max_tokens=max_tokens)
        answer = " ".join(text.text().split())
    except AssistantError as exc:
        notice = labels["llm_failed"].format(reason=exc.message)
        return brief.model_copy(update={"notices": [*brief.notices, notice]})
    problem = acceptable(answer, brief.case_summary, " ".join(t for _, t in facts))
    if problem:
        notice = labels["llm_failed"].format(reason=problem)
        return brief.model_copy(update={"notices": [*brief.notices, notice]})
    notice = labels["llm_used"].format(model=model.describe())
    return brief.model_copy(update={"case_summary": answer, "notices": [*brief.notices, notice]})
