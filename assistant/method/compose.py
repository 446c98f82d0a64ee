"""The reply: a draft from templates (reflection, notices, grounding, the next question), and for a
generative backend the messages that ask the model to say it better, with numbered sources."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from assistant.domain.session import Citation, Session
from assistant.language.labels import labels
from assistant.language.textparts import normalise
from assistant.llm.base import ChatMessage
from assistant.method.changes import Changes
from assistant.method.grounding import Passage
from assistant.method.templates import PromptLibrary

HISTORY_TURNS = 6
CITATION_RE = re.compile(r"\[(\d{1,2})\]")


@dataclass
class Draft:
    """The composed reply and its parts."""

    text: str
    question: str
    passages: list[Passage] = field(default_factory=list)
    quoted: list[Passage] = field(default_factory=list)


def render_step(
    prompts: PromptLibrary, session: Session, context: dict[str, Any], changes: Changes
) -> str:
    """The step's block; ``changes`` lets it skip what the reflection above already shows."""
    language = session.language
    name = f"step_{session.step.value}"
    return prompts.render(
        name, language, session=session, context=context, changes=changes, labels=labels(language)
    )


def compose_draft(
    prompts: PromptLibrary,
    session: Session,
    changes: Changes,
    step_text: str,
    passages: list[Passage],
    quote: Passage | None,
) -> Draft:
    """Reflection + notices + optional quote + the step's question, in the session's language."""
    language = session.language
    common = {"session": session, "labels": labels(language)}
    parts = [
        prompts.render("reflect", language, changes=changes, **common) if not changes.empty else "",
        *(prompts.render("notice", language, notice=item, **common) for item in changes.notices),
        prompts.render("grounding", language, passage=quote, number=1, step=session.step)
        if quote
        else "",
        step_text,
    ]
    text = "\n\n".join(p for p in parts if p.strip())
    return Draft(text, last_paragraph(step_text), passages, [quote] if quote else [])


def last_paragraph(text: str) -> str:
    paragraphs = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    return paragraphs[-1] if paragraphs else ""


def llm_messages(
    prompts: PromptLibrary, session: Session, draft: Draft, user_text: str
) -> list[ChatMessage]:
    """System prompt with step instructions, numbered sources and the draft; recent history;
    then the user's message."""
    language = session.language
    system = prompts.render(
        "system",
        language,
        session=session,
        step=session.step.value,
        passages=draft.passages,
        draft=draft.text,
        question=draft.question,
        labels=labels(language),
    )
    history = [
        ChatMessage(role=turn.role, content=turn.text)
        for turn in session.transcript[:-1][-HISTORY_TURNS:]
        if turn.text.strip()
    ]
    return [
        ChatMessage(role="system", content=system),
        *history,
        ChatMessage(role="user", content=user_text or "…"),
    ]


def cited_ids(reply: str, passages: list[Passage]) -> list[str]:
    """Ids of the passages the reply cites as [n] (or by id); anything not retrieved is dropped."""
    found: list[str] = []
    for match in CITATION_RE.finditer(reply):
        number = int(match.group(1))
        if 1 <= number <= len(passages) and passages[number - 1].id not in found:
            found.append(passages[number - 1].id)
    for passage in passages:
        if passage.id in reply and passage.id not in found:
            found.append(passage.id)
    return found


def question_suffix(reply: str, question: str) -> str:
    """What to append so that the conductor's question ends the reply ("" when it already does)."""
    if not question.strip():
        return ""
    wanted = normalise(question)
    tail = normalise(reply)[-max(len(wanted) * 2, 200) :]
    probe = wanted[: min(len(wanted), 60)]
    if probe and probe in tail:
        return ""
    return ("\n\n" if reply.strip() else "") + question


def failure_tail(partial: str, draft: Draft, notice: str) -> str:
    """After a mid-stream failure: keep the partial text, say what happened, ask the question."""
    if not partial.strip():
        return f"{notice}\n\n{draft.text}"
    return f"\n\n{notice}\n\n{draft.question}"


def citation(passage: Passage) -> Citation:
    return Citation(
        id=passage.id,
        title=passage.title,
        section=passage.section,
        source=passage.source,
        snippet=passage.snippet,
    )
