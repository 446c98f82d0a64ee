"""Builds the brief's content from a session (or an intake), the catalogue and retrieval.

Pure: no model calls, no files written. The optional LLM rewording of the case summary happens in
the service; citations come only from retrieval hits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from assistant.brief.intake import Intake
from assistant.brief.model import (
    ActorGroupBlock,
    Agenda,
    AgendaRow,
    Brief,
    EffectLine,
    Fact,
    StepQuestions,
    ValueBlock,
)
from assistant.brief.proposals import (
    actor_groups,
    candidate_values,
    hypotheses,
    option_blocks,
    technology_tags,
)
from assistant.brief.sources import Retrieval, matching_cases
from assistant.brief.texts import LENGTHS, BriefTexts, brief_texts
from assistant.domain.session import Case, Language, Session
from assistant.knowledge.catalogue import Catalogue
from assistant.knowledge.protocols import Searcher
from assistant.language.labels import label
from assistant.language.titles import session_title as title_of
from assistant.language.titles import told
from assistant.picture import render_map

CASE_FIELDS = ("technology", "context", "users", "decisions")
MAX_CASES = 2


@dataclass
class BriefInput:
    """A session, and the intake it came from when there is one."""

    session: Session
    intake: Intake | None = None
    origin: str = ""
    concerns: list[str] = field(default_factory=list)

    @classmethod
    def from_intake(cls, intake: Intake) -> BriefInput:
        return cls(intake.to_session(), intake, "intake", list(intake.known_concerns))

    @classmethod
    def from_session(cls, session: Session) -> BriefInput:
        return cls(session, None, f"session {session.id}")


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def _short(text: str, limit: int = 90) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def _lower_first(text: str) -> str:
    """'Een chatbot' -> 'een chatbot' inside a sentence; keeps 'AI', 'ChatGPT', names."""
    text = text.strip()
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _field_text(case: Case, name: str) -> str:
    text = getattr(case, name).strip()
    if name == "technology" and told(text):
        return text[:1].upper() + text[1:]
    return _lower_first(text) if name == "technology" else text


def _summary_key(case: Case, name: str) -> str:
    """A technology told in a sentence ("we willen ...") is quoted, not named."""
    return "technology_told" if name == "technology" and told(case.technology) else name


def case_summary(session: Session, texts: BriefTexts, organisation: str = "") -> str:
    """A few precise sentences from the case fields that are filled in."""
    case = session.case
    parts = [
        _sentence(texts.summary[_summary_key(case, name)].format(text=_field_text(case, name)))
        for name in CASE_FIELDS
        if getattr(case, name).strip()
    ]
    if organisation:
        parts.insert(
            min(2, len(parts)), _sentence(texts.summary["organisation"].format(text=organisation))
        )
    if case.stage != "unknown":
        stage = label(session.language, f"stage.{case.stage}")
        parts.append(texts.summary["stage"].format(text=stage))
    return " ".join(parts) or texts.summary["empty"]


def open_questions(inp: BriefInput, texts: BriefTexts) -> list[str]:
    questions = [texts.open_questions[name] for name in inp.session.case.missing()]
    if inp.intake is not None:
        if not inp.intake.case_owner:
            questions.append(texts.open_questions["case_owner"])
        if inp.intake.date is None:
            questions.append(texts.open_questions["date"])
    return questions


def _facts(inp: BriefInput, texts: BriefTexts, lang: Language) -> tuple[list[Fact], list[Fact]]:
    """The intake's meta lines and the case's fields, labelled in the brief's language ``lang``
    (a Dutch session may get an English brief)."""
    labels, case, intake = texts.labels, inp.session.case, inp.intake
    empty = f"({labels['not_filled']})"
    case_facts = [
        Fact(label=label(lang, f"case.{n}"), text=getattr(case, n).strip() or empty)
        for n in CASE_FIELDS
    ]
    case_facts.append(
        Fact(label=label(lang, "case.stage"), text=label(lang, f"stage.{case.stage}"))
    )
    if inp.concerns:
        case_facts.append(Fact(label=labels["known_concerns"], text="; ".join(inp.concerns)))
    meta = []
    if intake is not None:
        meta = [
            Fact(label=labels["case_owner"], text=intake.case_owner or empty),
            Fact(label=labels["organisation"], text=intake.organisation or empty),
            Fact(label=labels["date"], text=intake.date.isoformat() if intake.date else empty),
            Fact(label=labels["session_length"], text=texts.lengths[intake.session_length]),
        ]
    return meta, case_facts


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def agendas(texts: BriefTexts, planned: str = "both") -> list[Agenda]:
    """Both agendas with running times; the planned one first."""
    result = []
    for key in LENGTHS:
        start, rows = 0, []
        for item in texts.agendas[key].items:
            span = f"{_clock(start)}–{_clock(start + item.minutes)}"
            rows.append(
                AgendaRow(time=span, minutes=item.minutes, title=item.title, purpose=item.purpose)
            )
            start += item.minutes
        label = texts.agendas[key].label
        result.append(
            Agenda(key=key, label=label, planned=planned == key, total_minutes=start, rows=rows)
        )
    return sorted(result, key=lambda a: not a.planned)


def step_questions(texts: BriefTexts, language: Language) -> list[StepQuestions]:
    return [
        StepQuestions(
            step=step,
            label=label(language, f"step.{step}"),
            moderator=q.moderator,
            co_moderator=q.co_moderator,
        )
        for step, q in texts.questions.items()
    ]


def _effects(session: Session) -> tuple[list[EffectLine], list[EffectLine]]:
    def line(effect_actor: str | None, text: str) -> EffectLine:
        actor = session.actor(effect_actor)
        return EffectLine(actor=actor.name if actor else "", text=text)

    pos = [line(e.actor_id, e.text) for e in session.effects if e.direction == "positive"]
    neg = [line(e.actor_id, e.text) for e in session.effects if e.direction == "negative"]
    return pos, neg


def _picture(session: Session, groups: list[ActorGroupBlock], values: list[ValueBlock]) -> bytes:
    """The map; before anything is known it shows the groups to invite and candidate values."""
    actor_hints = [f"{g.label}?" for g in groups if g.missing]
    return render_map(session, session.language, actor_hints, [f"{v.name}?" for v in values])


def build_brief(
    inp: BriefInput,
    catalogue: Catalogue,
    retriever: Searcher | None,
    language: Language | None = None,
    *,
    max_values: int = 6,
    today: dt.date | None = None,
) -> Brief:
    """Everything the renderers need, in ``language`` (default: the session's language)."""
    session = inp.session.model_copy(update={"language": language or inp.session.language})
    lang: Language = session.language
    texts = brief_texts(lang)
    about = " ".join([session.case.technology, session.case.context, *inp.concerns])
    retrieval = Retrieval(retriever, about, lang)
    past = matching_cases(catalogue.corpus_dir / "cases", technology_tags(texts, about))
    cases = retrieval.cases({case.id for case in past})
    guidance = retrieval.guidance()
    values = candidate_values(session, catalogue, texts, inp.concerns, retrieval.values())
    own_language = [case for case in past if case.session.language == lang][:MAX_CASES]
    groups = actor_groups(session, texts, about, own_language)
    meta, case_facts = _facts(inp, texts, lang)
    positive, negative = _effects(session)
    notices = []
    if retrieval.error:
        notices.append(texts.labels["retrieval_failed"].format(reason=retrieval.error))
    return Brief(
        language=lang,
        headings=dict(texts.headings),
        labels=dict(texts.labels),
        title=_short(title_of(session)) or texts.labels["not_filled"],
        origin=inp.origin,
        generated=(today or dt.date.today()).isoformat(),
        meta=meta,
        case_summary=case_summary(session, texts, inp.intake.organisation if inp.intake else ""),
        case_facts=case_facts,
        open_questions=open_questions(inp, texts),
        actor_groups=groups,
        positive=positive,
        negative=negative,
        hypotheses=hypotheses(session, catalogue, texts, inp.concerns, values),
        values=values,
        max_values=max_values,
        options=option_blocks(session, catalogue, texts, [v.key for v in values if v.key]),
        agendas=agendas(texts, inp.intake.session_length if inp.intake else "both"),
        questions=step_questions(texts, lang),
        cases=cases,
        guidance=guidance,
        picture_png=_picture(session, groups, values),
        notices=notices,
    )
