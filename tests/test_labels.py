"""One vocabulary: every place that names a concept of the method (step, case field, stage, actor
group, option kind) shows the word of the one label table, ``assistant/language/labels.py``.

Each ``shown_in_*`` function reads what one place really shows (the web UI's strings, the map
picture, the session brief, the knowledge documents, the Markdown export) as ``{concept key:
text}``; the test compares them with the table. Capitals follow the position (a table cell starts
with one, a value after a colon does not), so texts are compared case-insensitively.
"""

from __future__ import annotations

import re

import pytest
from brief_fakes import FakeRetriever
from session_factory import rich_session

from assistant import picture
from assistant.brief.builder import BriefInput, build_brief
from assistant.domain.session import Actor, Language, Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.knowledge.yaml_documents import render_session, structured_documents
from assistant.language.labels import CONCEPTS, LABELS, label
from assistant.paths import PROJECT_ROOT
from assistant.picture.columns import TEXTS as PICTURE_TEXTS
from assistant.store.export import to_markdown
from assistant.ui import strings
from assistant.ui.views import step_label

GROUPS = ("users", "affected", "professionals", "management", "technical", "oversight", "other")
STEPS = [step.value for step in Step]
CASE_FIELDS = ("technology", "context", "users", "decisions")


def _session(language: Language) -> Session:
    """Options of all three kinds, an actor in every group, a stage that is not a single word."""
    session = rich_session(language)
    session.actors = [Actor(id=f"a{i}", name=f"N{i}", group=g) for i, g in enumerate(GROUPS, 1)]
    session.effects = [e.model_copy(update={"actor_id": None}) for e in session.effects]
    session.case.stage = "in_use"
    return session


def shown_in_ui(language: Language) -> dict[str, str]:
    def t(key: str) -> str:
        return strings.t(language, key)

    shown = {f"step.{s}": step_label(s, language).lstrip("0123456789 ") for s in STEPS}
    shown |= {f"tab:step.{s}": t(f"tab_{s}") for s in STEPS[:5]}
    shown |= {f"case.{f}": t(f"case_{f}").split(":")[0] for f in CASE_FIELDS}
    shown |= {"case.stage": t("case_stage"), "case.notes": t("case_notes")}
    shown |= {f"stage.{s}": t(f"stage_{s}") for s in ("idea", "pilot", "in_use", "unknown")}
    shown |= {f"group.{g}": t(f"group_{g}") for g in GROUPS}
    shown |= {f"kind.{k}": t(f"kind_{k}") for k in ("design", "environment", "human")}
    return shown


def shown_in_picture(language: Language) -> dict[str, str]:
    options = picture.columns(_session(language), language)[3]
    kinds = [box.text for box in options if box.header]
    texts = PICTURE_TEXTS[language]
    shown = dict(zip(("kind.design", "kind.environment", "kind.human"), kinds, strict=True))
    shown |= {f"step.{c}": texts[c] for c in ("actors", "values", "options")}
    shown["step.effects"] = texts["effects"].split(" (")[0]
    return shown


def shown_in_brief(language: Language) -> dict[str, str]:
    catalogue = Catalogue(PROJECT_ROOT / "corpus")
    brief = build_brief(BriefInput.from_session(_session(language)), catalogue, FakeRetriever())
    shown = {f"kind.{block.kind}": block.label for block in brief.options}
    shown |= {f"group.{group.key}": group.label for group in brief.actor_groups}
    shown |= {f"step.{q.step}": q.label for q in brief.questions}
    facts = {fact.label: fact.text for fact in brief.case_facts}
    shown |= {f"case.{f}": fact for f, fact in zip(CASE_FIELDS, facts, strict=False)}
    stage_label = list(facts)[len(CASE_FIELDS)]
    shown |= {"case.stage": stage_label, "stage.in_use": facts[stage_label]}
    return shown


def shown_in_knowledge(language: Language) -> dict[str, str]:
    text = render_session(_session(language), language, "")
    shown = {
        f"kind.{k}": re.search(rf"- \[([^]]+)\] {re.escape(o.text)}", text).group(1)  # type: ignore[union-attr]
        for k, o in zip(("design", "environment", "human"), _session(language).options, strict=True)
    }
    lines = dict(line.split(": ", 1) for line in text.splitlines() if ": " in line[:30])
    shown |= {f"case.{f}": name for f, name in zip(CASE_FIELDS, lines, strict=False)}
    stage_name = list(lines)[len(CASE_FIELDS)]
    shown |= {"case.stage": stage_name, "stage.in_use": lines[stage_name]}
    patterns = PROJECT_ROOT / "corpus" / "options" / "patterns.yaml"
    import yaml

    documents = structured_documents(yaml.safe_load(patterns.read_text("utf-8")), str(patterns))
    for document in documents or []:
        if document.language == language:
            kind_line = document.sections[0].text.splitlines()[1]
            shown[f"kind.{document.meta['option_kind']}"] = kind_line.split(": ", 1)[1]
    return shown


def shown_in_export(language: Language) -> dict[str, str]:
    markdown = to_markdown(_session(language))
    headings = re.findall(r"^### (.+)$", markdown, re.MULTILINE)
    kinds = [h for h in headings if not h.startswith("N")]
    shown = dict(zip(("kind.design", "kind.environment", "kind.human"), kinds[-3:], strict=True))
    fields = re.findall(r"^- \*\*([^*]+)\*\*: (.*)$", markdown, re.MULTILINE)
    shown |= {f"case.{f}": name for f, (name, _) in zip(CASE_FIELDS, fields, strict=False)}
    shown["stage.in_use"] = fields[len(CASE_FIELDS)][1]
    return shown


PLACES = {
    "ui": shown_in_ui,
    "picture": shown_in_picture,
    "brief": shown_in_brief,
    "knowledge": shown_in_knowledge,
    "export": shown_in_export,
}


def disagreements(shown: dict[str, str], language: Language) -> list[str]:
    """Where ``shown`` (keys: a concept key, or ``where:concept key``) differs from the table."""
    table = CONCEPTS[language]
    return [
        f"{key}: shows {text!r}, the label table says {table[key.split(':')[-1]]!r}"
        for key, text in shown.items()
        if text.casefold() != table[key.split(":")[-1]].casefold()
    ]


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("place", list(PLACES))
def test_each_place_shows_the_label_tables_words(place: str, language: Language) -> None:
    shown = PLACES[place](language)
    assert len(shown) >= 3
    assert disagreements(shown, language) == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_option_kind_and_group_is_shown_alike_in_ui_picture_and_brief(
    language: Language,
) -> None:
    ui, pic, brief = (PLACES[p](language) for p in ("ui", "picture", "brief"))
    for kind in ("kind.design", "kind.environment", "kind.human"):
        assert ui[kind] == pic[kind] == brief[kind] == label(language, kind)
    for group in (f"group.{g}" for g in GROUPS):
        assert ui[group].casefold() == brief[group].casefold()


def test_a_place_with_its_own_word_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(strings.TEXT, "kind_design", ("Techniek/ontwerp", "Technology/design"))
    monkeypatch.setitem(PICTURE_TEXTS["nl"], "values", "Waardes")
    assert disagreements(shown_in_ui("nl"), "nl") == [
        "kind.design: shows 'Techniek/ontwerp', the label table says 'Technologie / ontwerp'"
    ]
    assert disagreements(shown_in_picture("nl"), "nl") == [
        "step.values: shows 'Waardes', the label table says 'Waarden'"
    ]


def test_both_languages_have_the_same_labels() -> None:
    assert set(LABELS["nl"]) == set(LABELS["en"])
    assert set(CONCEPTS["nl"]) == set(CONCEPTS["en"])
    assert all(text.strip() for language in LABELS.values() for text in language.values())
    assert LABELS["nl"]["options"] == LABELS["nl"]["step.options"] == "Handelingsopties"
