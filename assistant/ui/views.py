"""What the UI shows, as plain values: chat messages, sources, status line, banners, session list.

Pure functions of a session (and the language), so they are tested without a browser. The chat
shows only the transcript's text; sources are rendered apart from it and never reach the model
(the conversation service builds the model's history from the transcript). Every text that came
from a user, a document or the session is made inert before it reaches a Markdown component
(``inert_markdown``): no HTML, no images, nothing the browser would fetch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from assistant.domain.session import Session, Step, Turn
from assistant.errors import AssistantError
from assistant.language.labels import labels
from assistant.language.titles import session_title as title_of
from assistant.privacy import inert_markdown
from assistant.ui.strings import TEXT, t

if TYPE_CHECKING:
    from assistant.llm.factory import BackendChoice
    from assistant.store.sessions import SessionSummary

SNIPPET_CHARS = 280
NOTICE_KEYS = {
    "truncated": "notice_truncated",
    "backend_failed": "notice_backend_failed",
    "retrieval_failed": "notice_retrieval_failed",
    "index_building": "notice_index_building",
}


def chat_messages(transcript: Sequence[Turn], partial: str | None = None) -> list[dict[str, str]]:
    """The Chatbot value (Gradio 6 messages: role and content); ``partial``: a reply in progress."""
    messages = [{"role": turn.role, "content": inert_markdown(turn.text)} for turn in transcript]
    if partial is not None:
        messages.append({"role": "assistant", "content": inert_markdown(partial)})
    return messages


def step_label(step: Step | str, language: str) -> str:
    """The step's name, numbered as the method numbers it (and as the conversation says "step 1
    of 5"): the case is where it starts (step 0, shown without a number), actors are step 1, the
    wrap-up is step 5."""
    step = Step(step)
    name = labels(language)[f"step.{step.value}"]  # type: ignore[arg-type]
    return name if step is Step.CASE else f"{step.position} {name}"


def step_choices(language: str) -> list[tuple[str, str]]:
    return [(step_label(step, language), step.value) for step in Step]


def _one_line(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def proposals_markdown(session: Session, language: str) -> str:
    """The numbered proposals on the table (values, options or effect prompts), as the last
    reply made them; empty when there are none."""
    if not session.proposals:
        return ""
    names = labels(language)  # type: ignore[arg-type]
    lines = [t(language, "proposals_open")]
    for proposal in session.proposals:
        kind = f"[{names[f'kind.{proposal.option_kind}']}] " if proposal.option_kind else ""
        text = _one_line(proposal.text, SNIPPET_CHARS)
        lines.append(f"{proposal.number}. {kind}{inert_markdown(text)}")
    return "\n".join(lines)


def sources_markdown(session: Session, language: str) -> str:
    """The sources of the latest answer (title, section, a snippet), or that it used none."""
    answers = [turn for turn in session.transcript if turn.role == "assistant"]
    if not answers or not answers[-1].citations:
        return t(language, "sources_none")
    n, turn = len(answers), answers[-1]
    lines = [f"**{t(language, 'sources_answer', n=n, step=step_label(turn.step, language))}**"]
    for citation in turn.citations:
        head = f"{citation.title or citation.id}"
        if citation.section and citation.section != citation.title:
            head += f" — {citation.section}"
        snippet = _one_line(citation.snippet, SNIPPET_CHARS)
        lines.append(f"- *{inert_markdown(head)}*: {inert_markdown(snippet)}")
    return "\n".join(lines)


def status_markdown(choice: BackendChoice, model_tag: str, language: str, user: str | None) -> str:
    """The status line: which backend answers and why, with the fix in the same language."""
    code, active = choice.reason_code, choice.active
    if code in ("ollama_ok", "ollama_down", "ollama_model_missing"):
        text = t(language, f"status_{code}", model=model_tag)
    else:
        text = t(language, f"status_{active}", model=model_tag)
    if code in ("ollama_down", "ollama_model_missing"):
        text += f" {t(language, 'fix')}: {t(language, f'fix_{code}', model=model_tag)}."
    if user:
        text += " · " + t(language, "logged_in", user=inert_markdown(user))
    return text


def error_banner(exc: AssistantError, language: str) -> str:
    """An error as a banner: a short heading in the UI language, the message and the fix."""
    key = f"err_{type(exc).__name__}"
    heading = t(language, key if key in TEXT else "err_other")
    text = f"⚠️ **{heading}** {inert_markdown(exc.message)}"
    if exc.fix:
        text += f" — {t(language, 'fix')}: {inert_markdown(exc.fix)}"
    return text


def info_banner(text: str) -> str:
    return f"ℹ️ {text}"


def notices_banner(notices: Iterable[str], language: str, limit: int) -> str:
    """Notices of a turn the user should see beside the reply (truncation, failures)."""
    shown = []
    for notice in notices:
        key = NOTICE_KEYS.get(notice.split(":", 1)[0].strip())
        if key:
            shown.append(t(language, key, limit=limit))
    return info_banner(" ".join(shown)) if shown else ""


def session_title(title: str, language: str) -> str:
    return title.strip() or t(language, "untitled")


def session_info(session: Session, language: str) -> str:
    turns = sum(1 for turn in session.transcript if turn.role == "user")
    return t(
        language,
        "session_current",
        title=inert_markdown(_one_line(session_title(title_of(session), language), 70)),
        id=session.id,
        step=step_label(session.step, language),
        turns=turns,
    )


def session_choices(found: Iterable[SessionSummary], language: str) -> list[tuple[str, str]]:
    """The session list as (label, id): title, step and last change."""
    choices = []
    for summary in found:
        when = summary.updated_at.strftime("%Y-%m-%d %H:%M")
        title = session_title(summary.title, language)
        label = f"{title} · {step_label(summary.step, language)} · {when}"
        choices.append((label, summary.id))
    return choices


def case_fields(session: Session) -> dict[str, Any]:
    case = session.case
    return {
        "technology": case.technology,
        "context": case.context,
        "users": case.users,
        "decisions": case.decisions,
        "stage": case.stage,
        "notes": case.notes,
    }
