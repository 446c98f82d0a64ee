"""The generative path with the scriptable fake model: structured extraction (and its fallback
on garbage), citations limited to what was retrieved, the conductor's question kept at the end,
and a model that dies mid-reply."""

from __future__ import annotations

import json
from pathlib import Path

from method_fakes import FakeRetriever, sample_hits, session_at
from test_chat_service import make_chat

from assistant.domain.session import Step
from assistant.errors import BackendFailed
from assistant.llm.fake import FakeChatModel
from assistant.method.conductor import Conductor
from assistant.method.reading.model_extraction import ReadingOut, ask_json


def effects_session(chat):  # type: ignore[no-untyped-def]
    session = session_at(Step.EFFECTS)
    session.transcript = []
    session.meta["effects_focus"] = "a1"  # the last reply asked about the first actor
    chat.store.save(session)
    return session


def test_structured_effects_are_used_and_citations_filtered(
    tmp_path: Path, conductor: Conductor
) -> None:
    model = FakeChatModel()
    chat = make_chat(tmp_path, conductor, model)
    session = effects_session(chat)
    extraction = {"effects": [
        {"actor": "Inwoners", "direction": "negative", "text": "voelen zich in de gaten gehouden"},
        {"actor": "", "direction": "positive", "text": "sneller antwoord op hun vragen"},
    ]}  # fmt: skip
    model.enqueue(json.dumps(extraction), "Helder, dat noteer ik [1]. Zie ook [7] en [2].")
    stream = chat.turn(
        session.id, "Ze voelen zich in de gaten gehouden maar krijgen sneller antwoord"
    )
    text = stream.text()
    saved = chat.load(session.id)
    assert [(e.direction, e.actor_id) for e in saved.effects] == [
        ("negative", "a1"), ("positive", "a1"),
    ]  # fmt: skip
    (_messages, options), (reply_messages, _) = model.history
    assert options.json_schema is not None and "effects" in json.dumps(options.json_schema)
    assert stream.trace is not None
    assert stream.trace.cited_ids == ["method-steps-nl#2", "case-sentiment#1"]  # [7] dropped
    assert stream.trace.retrieved_ids == [h.id for h in sample_hits()]
    assert text.startswith("Helder, dat noteer ik [1].")
    assert text.endswith(stream.plan.draft.question)  # type: ignore[union-attr]
    system = reply_messages[0].content
    assert "[1] Stappen - Effecten" in system and stream.plan.draft.text in system  # type: ignore[union-attr]
    assert reply_messages[-1].content.startswith("Ze voelen zich")
    assert stream.trace.backend == "fake"


def test_every_reading_call_sends_the_whole_schema_as_its_own_copy(
    tmp_path: Path, conductor: Conductor
) -> None:
    model = FakeChatModel()
    tools = conductor.tools(model)
    for text in ("Inwoners voelen zich bekeken.", "Ze zijn ook sneller geholpen."):
        assert ask_json(tools, ReadingOut, "Lees het bericht.", text) is None
    first, second = (options.json_schema for _messages, options in model.history)
    assert first == second == ReadingOut.model_json_schema()
    assert first is not second
    first["properties"].clear()  # a backend that changes what it was given changes only its own
    assert ask_json(tools, ReadingOut, "Lees het bericht.", "Nog een bericht.") is None
    assert model.history[-1][1].json_schema == ReadingOut.model_json_schema()


def test_garbage_from_the_model_falls_back_to_rules(tmp_path: Path, conductor: Conductor) -> None:
    model = FakeChatModel()
    chat = make_chat(tmp_path, conductor, model)
    session = effects_session(chat)
    model.enqueue("{effects: [oops", "Dank je.")
    chat.turn(session.id, "positief: minder wachten. negatief: gevoel bekeken te worden").text()
    saved = chat.load(session.id)
    assert [(e.direction, e.text) for e in saved.effects] == [
        ("positive", "Minder wachten"), ("negative", "Gevoel bekeken te worden"),
    ]  # fmt: skip


def test_items_not_in_the_users_text_are_ignored(tmp_path: Path, conductor: Conductor) -> None:
    model = FakeChatModel()
    chat = make_chat(tmp_path, conductor, model)
    session = session_at(Step.ACTORS)
    chat.store.save(session)
    model.enqueue(json.dumps({"actors": [{"name": "Marsmannetjes"}]}), "Genoteerd.")
    chat.turn(session.id, "inwoners en handhavers").text()
    assert [a.name for a in chat.load(session.id).actors] == ["Inwoners", "Handhavers"]


def test_question_is_appended_when_the_model_drops_it(tmp_path: Path, conductor: Conductor) -> None:
    model = FakeChatModel()
    chat = make_chat(tmp_path, conductor, model)
    session = chat.start()
    model.enqueue("Wat interessant.")
    stream = chat.turn(session.id, "is dit ethisch, ja of nee?")
    text = stream.text()
    question = stream.plan.draft.question  # type: ignore[union-attr]
    assert text == f"Wat interessant.\n\n{question}"
    assert stream.trace is not None and stream.trace.intent == "verdict"


def test_a_model_failure_mid_reply_keeps_the_text_and_says_so(
    tmp_path: Path, conductor: Conductor
) -> None:
    model = FakeChatModel()
    chat = make_chat(tmp_path, conductor, model)
    session = chat.start()
    model.enqueue("{}", BackendFailed("Ollama stopped", "start it again"))  # reading, then reply
    stream = chat.turn(session.id, "Een algoritme dat fraude voorspelt bij uitkeringen")
    text = stream.text()
    assert text.startswith("partial ")
    assert "Het taalmodel viel uit" in text
    assert text.endswith(stream.plan.draft.question)  # type: ignore[union-attr]
    saved = chat.load(session.id)
    assert saved.transcript[-1].text == text
    assert saved.transcript[-2].text == "Een algoritme dat fraude voorspelt bij uitkeringen"
    assert saved.case.technology.startswith("Een algoritme")
    assert any(n.startswith("backend_failed") for n in saved.transcript[-1].trace.notices)  # type: ignore[union-attr]


def test_retrieved_passages_are_numbered_for_the_model(conductor: Conductor) -> None:
    retriever = FakeRetriever(sample_hits())
    grounded = Conductor(conductor.catalogue, conductor.suggester, conductor.prompts,
                         retriever=retriever)  # fmt: skip
    session = session_at(Step.ACTORS)
    plan = grounded.plan(session, "inwoners", FakeChatModel().enqueue("{}"))
    assert [p.id for p in plan.passages] == [h.id for h in sample_hits()]
    assert [a.name for a in session.actors] == ["Inwoners"]  # "{}" fell back to the rules


class _NoSchemaModel(FakeChatModel):
    """A generative model that cannot hold its output to a schema (like the embedded one)."""

    structured_output = False


def test_a_model_without_structured_output_gets_no_json_call_and_rules_extract(
    tmp_path: Path, conductor: Conductor
) -> None:
    model = _NoSchemaModel().enqueue("Dat noteer ik.")
    chat = make_chat(tmp_path, conductor, model)
    session = effects_session(chat)
    chat.turn(
        session.id, "positief: sneller antwoord. negatief: inwoners voelen zich bekeken"
    ).text()
    assert [options.json_schema for _messages, options in model.history] == [None]
    saved = chat.load(session.id)
    assert {e.direction for e in saved.effects} == {"positive", "negative"}
