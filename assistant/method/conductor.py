"""The conductor: per turn, from the session state, decide what the user meant, update the state,
and draft the reply that reflects, grounds and asks the next question.

It never judges: a request for a verdict gets an explanation of the method and the case goes on.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.session import Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.knowledge.protocols import Searcher
from assistant.language.textparts import words
from assistant.llm.base import ChatModel
from assistant.method.changes import Changes, Tools
from assistant.method.compose import Draft, compose_draft, render_step
from assistant.method.editing.canvas import find_item, item_label, remove_item
from assistant.method.editing.corrections import rename_item
from assistant.method.grounding import Passage, pick_quote, retrieve
from assistant.method.reading.intents import Intent, detect_intent
from assistant.method.reply import ENHANCE_TOKENS, ReplyWriter
from assistant.method.steps import HANDLERS, StepHandler
from assistant.method.suggestions import ValueSuggester
from assistant.method.templates import PromptLibrary

NOTICE_INTENTS = ("empty", "verdict", "offtopic", "help", "no")


@dataclass
class TurnPlan:
    """The conductor's decision for one turn."""

    intent: str
    step_before: Step
    draft: Draft
    notices: list[str]

    @property
    def passages(self) -> list[Passage]:
        return self.draft.passages


class Conductor:
    """Stateless between turns: everything it knows about a conversation is in the ``Session``."""

    def __init__(
        self,
        catalogue: Catalogue,
        suggester: ValueSuggester,
        prompts: PromptLibrary,
        max_values: int = 6,
        retriever: Searcher | None = None,
        k: int = 5,
        enhance_tokens: int = ENHANCE_TOKENS,
    ) -> None:
        self.catalogue = catalogue
        self.suggester = suggester
        self.prompts = prompts
        self.max_values = max_values
        self.retriever = retriever
        self.k = k
        self.enhance_tokens = enhance_tokens

    def tools(self, model: ChatModel | None) -> Tools:
        generative = model if model is not None and model.generative else None
        return Tools(self.catalogue, self.suggester, self.prompts, self.max_values, generative)

    def step_text(self, tools: Tools, session: Session, changes: Changes | None = None) -> str:
        """The current step's block: what is there, proposals, and the next question."""
        context = HANDLERS[session.step].context(tools, session)
        return render_step(self.prompts, session, context, changes or Changes())

    def opening(self, session: Session) -> str:
        step_text = self.step_text(self.tools(None), session)
        intro = self.prompts.render("opening", session.language, s=session)
        return f"{intro}\n\n{step_text}"

    def plan(
        self,
        session: Session,
        text: str,
        model: ChatModel | None = None,
        changes: Changes | None = None,
    ) -> TurnPlan:
        """Apply the user's message to ``session`` and draft the reply."""
        changes = changes or Changes()
        tools = self.tools(model)
        before = session.step
        intent = detect_intent(text, self._domain_words(session))
        self._dispatch(tools, session, intent, text, changes)
        passages, failed = retrieve(self.retriever, session, text, self.k)
        if failed:
            changes.trace_notes.append(failed)
        reason = "help" if intent.kind == "help" else ("enter" if changes.moved else "")
        quoted = list(session.meta.get("quoted", []))
        fresh = [p for p in passages if p.id not in quoted]  # quote a passage once per session
        quote = pick_quote(fresh, session, reason)
        if quote is not None:
            session.meta["quoted"] = [*quoted, quote.id]
        step_text = self.step_text(tools, session, changes)
        draft = compose_draft(self.prompts, session, changes, step_text, passages, quote)
        return TurnPlan(intent.kind, before, draft, list(changes.trace_notes))

    def reply(self, session: Session, plan: TurnPlan) -> ReplyWriter:
        """The writer that streams and finishes the reply to a planned turn."""
        return ReplyWriter(
            self.prompts, session, plan.draft, plan.intent, list(plan.notices), self.enhance_tokens
        )

    def goto(self, session: Session, target: Step) -> Draft:
        """Jump to ``target`` (a click on the step indicator): the step's entry and question."""
        changes = Changes()
        tools = self.tools(None)
        self.move(tools, session, target, changes)
        step_text = self.step_text(tools, session, changes)
        return compose_draft(self.prompts, session, changes, step_text, [], None)

    def _dispatch(
        self, tools: Tools, session: Session, intent: Intent, text: str, changes: Changes
    ) -> None:
        handler = HANDLERS[session.step]
        kind = intent.kind
        if kind in NOTICE_INTENTS:
            topic = intent.step if kind == "help" and intent.step else session.step
            changes.notice(kind, step=topic.value)
        elif kind == "language":
            session.language = "en" if intent.language == "en" else "nl"
            changes.notice("language")
        elif kind == "next":
            self._next(tools, session, changes, handler)
        elif kind == "back":
            if session.step == Step.CASE:
                changes.notice("at_start")
            else:
                self.move(tools, session, session.step.previous(), changes)
        elif kind == "goto" and intent.step is not None:
            self.move(tools, session, intent.step, changes)
        elif kind in ("remove", "correct"):
            self._edit(tools, session, intent, changes)
        elif kind in ("affirm", "done"):
            self._agree(tools, session, kind, changes, handler)
        else:
            handler.apply(tools, session, text, changes)

    def _next(self, tools: Tools, session: Session, changes: Changes, handler: StepHandler) -> None:
        if session.step == Step.SUMMARY:
            changes.notice("summary_hint")
        elif handler.ready(session):
            self.move(tools, session, session.step.next(), changes)
        else:
            changes.notice("need_more", step=session.step.value)

    def _agree(
        self, tools: Tools, session: Session, kind: str, changes: Changes, handler: StepHandler
    ) -> None:
        if session.step == Step.SUMMARY:
            changes.notice("summary_hint")
        elif handler.complete(session):
            self.move(tools, session, session.step.next(), changes)
        elif kind == "done" and handler.on_done(tools, session, changes):
            return
        elif kind == "done" and handler.ready(session):
            self.move(tools, session, session.step.next(), changes)
        else:
            changes.notice("need_more", step=session.step.value)

    def move(self, tools: Tools, session: Session, target: Step, changes: Changes) -> None:
        if target != session.step:
            changes.moved = (session.step, target)
            session.step = target
        HANDLERS[target].enter(tools, session)

    def _edit(self, tools: Tools, session: Session, intent: Intent, changes: Changes) -> None:
        found = find_item(session, intent.target, session.step)
        if found is None:
            changes.notice("not_found", target=intent.target)
            return
        kind, item = found
        if intent.kind == "remove":
            remove_item(session, kind, item.id)
            changes.removed.append(item_label(item))
        else:
            old = item_label(item)
            rename_item(session, kind, item, intent.replacement, self.catalogue)
            changes.corrected.append((old, item_label(item)))

    def _domain_words(self, session: Session) -> set[str]:
        """Content words of the case, its actors, effects and values, for spotting off-topic
        questions (not the context: a place name does not make the weather there relevant)."""
        case = session.case
        texts = [case.technology, case.users, case.decisions, case.notes]
        texts += [a.name for a in session.actors] + [e.text for e in session.effects]
        texts += [v.name for v in session.values]
        return {w for t in texts for w in words(t) if len(w) >= 4}
