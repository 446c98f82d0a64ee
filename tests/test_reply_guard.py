"""A generative model's reply never carries a verdict: it streams through a gate a sentence at a
time, and the gate closes at the first verdict (the guided draft or question takes its place; nl and
en). Generation is bounded and kept from looping."""

from __future__ import annotations

from pathlib import Path

import pytest
from method_fakes import session_at
from test_chat_service import make_chat

from assistant.domain.session import Step
from assistant.errors import BackendFailed
from assistant.llm.base import GenerationOptions
from assistant.llm.embedded import _sampling
from assistant.llm.fake import FakeChatModel
from assistant.method.conductor import ENHANCE_TOKENS, Conductor
from assistant.method.verdict import find_verdicts


def effects_chat(tmp_path: Path, conductor: Conductor, language: str, *replies: object):  # type: ignore[no-untyped-def]
    model = FakeChatModel().enqueue(*replies)  # type: ignore[arg-type]
    chat = make_chat(tmp_path, conductor, model)
    session = session_at(Step.EFFECTS, language)
    session.transcript = []
    chat.store.save(session)
    return chat, model, session


@pytest.mark.parametrize(
    ("language", "verdict"),
    [
        ("en", "Honestly, this is not ethical. Which effects do you see?"),
        ("nl", "Eerlijk gezegd: dit is onethisch. Welke effecten zie je?"),
    ],
)
def test_a_verdict_from_the_model_is_replaced_by_the_draft(
    tmp_path: Path, conductor: Conductor, language: str, verdict: str
) -> None:
    chat, model, session = effects_chat(tmp_path, conductor, language, verdict)
    stream = chat.turn(session.id, "Is this ethical? Ja of nee?")
    shown = "".join(stream)
    assert stream.plan is not None and shown == stream.plan.draft.text
    assert not find_verdicts(shown)
    saved = chat.load(session.id)
    assert saved.transcript[-1].text == shown
    assert stream.trace is not None and "verdict_blocked" in stream.trace.notices
    options = model.history[-1][1]
    assert options.max_tokens == ENHANCE_TOKENS


def test_a_reply_without_verdict_is_kept_and_ends_with_the_question(
    tmp_path: Path, conductor: Conductor
) -> None:
    chat, _model, session = effects_chat(
        tmp_path, conductor, "en", '{"effects": []}', "Noted: residents feel watched."
    )
    stream = chat.turn(session.id, "Residents feel watched")
    shown = stream.text()
    assert shown.startswith("Noted: residents feel watched.")
    assert stream.plan is not None and shown.endswith(stream.plan.draft.question)
    assert stream.trace is not None and "verdict_blocked" not in stream.trace.notices


def test_a_failed_reply_keeps_its_checked_partial_text_as_shown(
    tmp_path: Path, conductor: Conductor
) -> None:
    failure = BackendFailed("server gone", "restart it")
    chat, _model, session = effects_chat(tmp_path, conductor, "en", "{}", failure)
    stream = chat.turn(session.id, "Residents feel watched")
    shown = stream.text()
    assert shown.startswith("partial") and not find_verdicts(shown)
    assert stream.trace is not None and stream.trace.notices[-1].startswith("backend_failed")
    assert chat.load(session.id).transcript[-1].text == shown


def test_a_model_reply_streams_sentence_by_sentence(tmp_path: Path, conductor: Conductor) -> None:
    reply = "Noted: residents feel watched. That matters for privacy. And for trust."
    chat, _model, session = effects_chat(tmp_path, conductor, "en", '{"effects": []}', reply)
    stream = chat.turn(session.id, "Residents feel watched")
    pieces = list(stream)
    assert pieces[:2] == ["Noted: residents feel watched. ", "That matters for privacy. "]
    assert "".join(pieces).startswith(reply)


def test_a_verdict_mid_reply_stops_the_model_and_keeps_what_was_shown(
    tmp_path: Path, conductor: Conductor
) -> None:
    reply = "Noted: residents feel watched. To be honest, this is unethical. Stop it."
    chat, _model, session = effects_chat(tmp_path, conductor, "en", '{"effects": []}', reply)
    stream = chat.turn(session.id, "Residents feel watched")
    shown = stream.text()
    assert shown.startswith("Noted: residents feel watched.")
    assert not find_verdicts(shown) and "Stop it" not in shown
    assert stream.plan is not None and shown.endswith(stream.plan.draft.question)
    assert stream.trace is not None and "verdict_blocked" in stream.trace.notices
    assert chat.load(session.id).transcript[-1].text == shown


def test_free_text_generation_is_kept_from_looping_but_json_is_not_touched() -> None:
    free = _sampling(GenerationOptions(temperature=0.0))
    assert free["repetition_penalty"] > 1.0 and free["no_repeat_ngram_size"] >= 3
    structured = _sampling(GenerationOptions(temperature=0.0, json_schema={"type": "object"}))
    assert "repetition_penalty" not in structured and "no_repeat_ngram_size" not in structured
