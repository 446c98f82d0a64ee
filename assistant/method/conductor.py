"""The conductor: per turn, from the session state, decide what the user meant, update the state,
and draft the reply that reflects, grounds and asks the next question.

It never judges: a request for a verdict gets an explanation of the method and the case goes on.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.session import Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.knowledge.protocols import Searcher
from assistant.language.cues.conversation import DEFINITION_LEAD_RE, POINTER_RE, STEP_WORDS
from assistant.language.textparts import word_count, words
from assistant.llm.base import ChatModel
from assistant.method.answers import (
    answer_cannot_think,
    answer_question,
    options_picked_early,
    propose,
    question_after_help,
)
from assistant.method.changes import Changes, Tools
from assistant.method.compose import Draft, compose_draft, render_step
from assistant.method.described_picks import take_described
from assistant.method.editing.corrections import apply_edit
from assistant.method.grounding import (
    QUOTE_KINDS,
    Passage,
    Purpose,
    build_query,
    pick_quote,
    retrieve,
)
from assistant.method.proposals import (
    ADOPT_WHEN_MOVING_ON,
    adopt,
    bare_yes_to_prompts,
    missing_kinds_first,
    offer_effect_prompts,
    propose_values,
    refresh_value_proposals,
    strongest_on_agreement,
    turn_down,
)
from assistant.method.reading.asides import domain_words
from assistant.method.reading.intents import Intent, detect_intent
from assistant.method.reading.model_extraction import model_reading
from assistant.method.reading.noise import greeting_only
from assistant.method.reading.questions import is_question
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Question, Reading
from assistant.method.reading.sentence_kinds import measure
from assistant.method.reading.side_remarks import judges_an_effect, tells_no_change
from assistant.method.recording import link_options, record
from assistant.method.reply import ENHANCE_TOKENS, ReplyWriter
from assistant.method.steps import HANDLERS
from assistant.method.suggestions import ValueSuggester
from assistant.method.templates import PromptLibrary

NOTICE_INTENTS = ("empty", "verdict", "offtopic", "help", "about", "privacy", "pause", "no",
                  "export", "thanks")  # fmt: skip
# At the wrap-up, replies that only close ("ok", "klaar", "bedankt!") are answered without the
# whole summary again: it stands right above.
CLOSING_INTENTS = frozenset(("affirm", "done", "next", "thanks"))
# Steps that "ok" leaves once what they need is there (the values: at least one chosen).
UNREAD_WORDS = 3  # a part left unread is named in the reply from this many words
LEAD_WORDS = 5  # up to this many words with a step's noun: a lead ("my own list of effects")
STEP_NOUNS = frozenset(w for nouns in STEP_WORDS.values() for w in nouns) | {
    "lijst",
    "lijstje",
    "list",
    "notes",
}
AGREE_MOVES_ON = (Step.CASE, Step.ACTORS, Step.EFFECTS, Step.VALUES)


# What a message is read as when it most likely leaves the step where it is: content and
# asides (a command moves, goes back, or is a question about the method, searched otherwise).
STAYING_INTENTS = ("answer", "offtopic")


def likely_query(session: Session, text: str) -> str | None:
    """The search a model's turn will most likely make, before its message is read (None when
    it is hard to tell). The case must be described (a first message sets it). Content keeps
    the step, except at the values step, whose query names the chosen values it usually
    changes; "volgende" moves on when the step has enough (not from the options, whose "done"
    may ask for more kinds first); other commands are left out."""
    if not text or not session.case.technology:
        return None
    kind = detect_intent(text, domain_words(session)).kind
    step = session.step
    if kind == "next" and step not in (Step.OPTIONS, Step.SUMMARY):
        if not HANDLERS[step].ready(session):
            return None
        step = step.next()
    elif kind not in STAYING_INTENTS or step == Step.VALUES:
        return None
    return build_query(session, text, "turn", step=step)


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
        self.reader = Reader(catalogue)

    def tools(self, model: ChatModel | None) -> Tools:
        generative = model if model is not None and model.generative else None
        return Tools(self.catalogue, self.suggester, self.prompts, self.max_values, generative)

    def step_text(self, tools: Tools, session: Session, changes: Changes | None = None) -> str:
        """The current step's block: what is there, proposals, and the next question."""
        context = HANDLERS[session.step].context(tools, session)
        return render_step(self.prompts, session, context, changes or Changes())

    def opening(self, session: Session) -> str:
        step_text = self.step_text(self.tools(None), session)
        intro = self.prompts.render("opening", session.language, session=session)
        return f"{intro}\n\n{step_text}"

    def search_ahead(self, session: Session, text: str, model: ChatModel | None) -> None:
        """Start encoding this turn's search before the message is read, when reading will
        likely leave the query as it is (a model's turn always searches): ``plan`` then finds
        the vector ready; when the query did change it encodes its own, as without this."""
        if self.retriever is None or model is None or not model.generative:
            return
        query = likely_query(session, text)
        if query is not None:
            self.retriever.search_ahead(query)

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
        reading = self.read(tools, session, text)
        if not self._definition(session, reading, text, changes):
            self._apply(tools, session, reading, changes)
        asked = reading.intent.kind if reading.intent is not None else ""
        helping = asked in ("help", "about")
        # The summary holds the session itself: a past case quoted above it only distracts.
        entering = changes.moved and session.step is not Step.SUMMARY
        reason = asked if helping else ("enter" if entering else "")
        # A guided reply quotes only on help and on entering a step, and a question is looked up
        # (the turn's trace lists what was found); other guided turns need no passages, and
        # retrieval (mostly encoding the query) was nine tenths of their time.
        wanted = tools.generative or bool(QUOTE_KINDS.get(reason)) or is_question(text)
        topic = reading.intent.step if helping and reading.intent else None
        searcher = self.retriever if wanted else None
        purpose: Purpose = "about" if asked == "about" else "help" if helping else "turn"
        if not tools.generative and reason == "enter":
            purpose = "enter"
        passages, failed = retrieve(searcher, session, text, self.k, purpose, topic)
        if failed:
            changes.trace_notes.append(failed)
        quoted = list(session.meta.get("quoted", []))
        fresh = [p for p in passages if p.id not in quoted]  # quote a passage once per session
        quote = pick_quote(fresh, session, reason, topic)
        if quote is not None:
            session.meta["quoted"] = [*quoted, quote.id]
        closing = before == session.step == Step.SUMMARY and asked in CLOSING_INTENTS
        closing = closing and not changes.recorded
        step_text = "" if closing else self.step_text(tools, session, changes)
        draft = compose_draft(self.prompts, session, changes, step_text, passages, quote)
        return TurnPlan(reading.turn_name(), before, draft, list(changes.trace_notes))

    def read(self, tools: Tools, session: Session, text: str) -> Reading:
        """The message read by the model (structured output) when there is a generative one
        and its answer is valid, else by the rules."""
        rules = self.reader.read(text, session, domain_words(session))
        if tools.generative and rules.holds_items:
            found = model_reading(tools, session, text, rules)
            if found is not None:
                return found
        return rules

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

    def _apply(self, tools: Tools, session: Session, reading: Reading, changes: Changes) -> None:
        """Record what the message held, then move where it asks or where its content belongs."""
        changes.ignored.extend(reading.ignored)
        changes.turned_down.extend(reading.turned_down)
        if reading.kept_measures:  # pasted minutes' action points: for the options
            changes.notice("measures_kept", count=reading.kept_measures)
        session.meta["options_asked"] = False  # read with it; asked again below if so
        if reading.cannot_think or any(q.propose for q in reading.questions):
            session.meta.pop("options_shown", None)  # asked for proposals: shown in full again
        question_after_help(session, reading)
        take_described(tools, session, reading, changes)  # "the one about ..." that fit no words
        options_picked_early(tools, session, reading, changes, self.move)  # "opties: ..., 1 en 2"
        turn_down(session, reading.refused)  # "doe 1 en 3 maar, 2 vind ik niks"
        reference = missing_kinds_first(session, reading.reference)
        reference = strongest_on_agreement(session, reference, reading.agreed_only)
        reference = bare_yes_to_prompts(session, reference, reading.agreed_only, changes)
        actor = reading.prompt_actor  # "de tweede herken ik, bij de monteurs"
        if reference is not None and not adopt(tools, session, reference, changes, actor):
            changes.notice("no_proposals")
        elif reference and reading.reference == [] and session.step == Step.VALUES:
            changes.notice("adopted_strongest", count=len(reference))
        if reading.intent is not None:
            self._intent(tools, session, reading.intent, changes)
        record(tools, session, reading, changes)
        refresh_value_proposals(tools, session, changes)
        content = _not_past_the_effects(session, reading.content_step(bool(session.effects)))
        if reading.goto is not None:
            self.move(tools, session, reading.goto, changes)
            if (asked := _options_asked_there(session, reading)) is not None:
                answer_question(tools, session, asked, changes, self.move)
        elif reading.questions and not _answered_by_content(session, reading, content):
            answer_question(tools, session, reading.questions[-1], changes, self.move)
        elif content is not None and content.position > session.step.position:
            self.move(tools, session, content, changes)
        if reading.cannot_think:
            answer_cannot_think(tools, session, changes)
        answered = changes.notices or changes.prompts  # "bad... hm, any examples?": prompts
        if reading.unread and not changes.recorded and not answered:
            told = reading.unread[0]  # "boeren merken er weinig van": heard, and no effect
            among = session.step in (Step.ACTORS, Step.EFFECTS)
            kind = "no_change" if among and tells_no_change(told) else ""
            kind = "effect_judged" if among and judges_an_effect(told) else kind
            changes.notice(kind or "not_understood", step=session.step.value, text=told)
        elif changes.recorded and (left := _left_unread(reading)):
            changes.notice("partly_understood", text=left)  # the rest was read: say what was not

    def _definition(self, session: Session, reading: Reading, text: str, changes: Changes) -> bool:
        """The answer to "wat bedoel je met X?" (a value of the user's own) is its definition."""
        pending = session.value(session.meta.get("define_value") or "")
        if pending is None or session.step != Step.VALUES:
            return False
        told = DEFINITION_LEAD_RE.sub("", text.strip(), count=1)  # "X bedoel ik als: ..."
        echoed = told != text.strip() and _names_value(text, pending.name)
        plain = not (reading.intent or reading.questions or reading.values or reading.goto)
        plain = plain and not (reading.actors or reading.effects)  # "wie er nog meer: X, Y"
        plain = plain and not reading.options and not _proposes(text)
        if not (plain or echoed) or reading.reference:
            return False
        pending.definition = (told or text).strip()[:400]
        changes.definitions.append(pending.name)
        session.meta["define_value"] = None
        return True

    def _intent(self, tools: Tools, session: Session, intent: Intent, changes: Changes) -> None:
        kind = intent.kind
        if kind == "help" and self._value_meaning(session, intent.target, changes):
            return  # "what does accountability mean here?": that value's definition
        if kind in NOTICE_INTENTS:
            topic = intent.step if kind == "help" and intent.step else session.step
            changes.notice(kind, step=topic.value)
            if kind == "help" and topic != session.step:
                session.meta["help_topic"] = topic.value  # "doe maar een voorstel" is about it
        elif kind == "language":
            session.language = "en" if intent.language == "en" else "nl"
            changes.notice("language")
        elif kind == "next":
            self._next(tools, session, changes)
        elif kind == "back":
            if session.step == Step.CASE:
                changes.notice("at_start")
            else:
                self.move(tools, session, session.step.previous(), changes)
        elif kind == "overview" and session.step.position < Step.OPTIONS.position:
            changes.notice("overview")  # a summary asked for midway: where we are, then on
        elif kind == "overview":
            self.move(tools, session, Step.SUMMARY, changes)
        elif kind == "goto" and intent.step is not None:
            self.move(tools, session, intent.step, changes)
        elif kind in ("remove", "correct"):
            apply_edit(session, intent, self.catalogue, changes)
        elif kind in ("affirm", "done"):
            self._agree(tools, session, kind, changes)

    def _value_meaning(self, session: Session, term: str, changes: Changes) -> bool:
        """Tell what the value ``term`` names means: the user's own definition of a value on the
        board, else the catalogue's; False when ``term`` names no value."""
        if not term:
            return False
        own = next((v for v in session.values if v.name.lower() == term.lower()), None)
        entry = self.catalogue.find_value(term)
        if own is not None and own.definition:
            name, definition = own.name, own.definition
        elif entry is not None:
            text = entry.text(session.language)
            name, definition = text.name, text.definition
        else:
            return False
        changes.notice("value_meaning", name=name, definition=definition)
        return True

    def _next(self, tools: Tools, session: Session, changes: Changes) -> None:
        handler = HANDLERS[session.step]
        if session.step == Step.SUMMARY:
            changes.notice("summary_hint")
        elif session.step == Step.OPTIONS and handler.on_done(tools, session, changes):
            return  # options of some kinds only: said once, with proposals for the others
        elif handler.ready(session):
            self.move(tools, session, session.step.next(), changes)
        elif session.step in (Step.VALUES, Step.OPTIONS):
            self._move_on_without_choice(tools, session, changes)
        elif session.step == Step.EFFECTS and session.actors:
            offer_effect_prompts(tools, session, changes)
            changes.notice("need_more", step=session.step.value)
        else:
            changes.notice("need_more", step=session.step.value)

    def _move_on_without_choice(self, tools: Tools, session: Session, changes: Changes) -> None:
        """ "Volgende" without choosing: first proposals; asked again, the first proposals are
        adopted as a starting point (said so in the reply) and the conversation moves on."""
        kind = "value" if session.step == Step.VALUES else "option"
        shown = [p for p in session.proposals if p.kind == kind]
        if not shown:
            propose(tools, session, changes)
            changes.notice("proposed_first", step=session.step.value)
            return
        numbers = [p.number for p in shown][: ADOPT_WHEN_MOVING_ON if kind == "value" else None]
        before = {v.id for v in session.chosen_values()}
        adopt(tools, session, numbers, changes)
        if kind == "value":  # a starting point: values the user names later take its place
            taken = [v.id for v in session.chosen_values() if v.id not in before]
            session.meta["values_taken_to_move_on"] = taken
        changes.notice("adopted_to_move_on", step=session.step.value)
        self.move(tools, session, session.step.next(), changes)

    def _values_first(self, tools: Tools, session: Session, changes: Changes) -> None:
        """Options asked for before any value was chosen ("wat kunnen we doen?" among the
        effects): the first value proposals as a starting point, said so, so that every
        option protects a value."""
        propose_values(tools, session)
        numbers = [p.number for p in session.proposals][:ADOPT_WHEN_MOVING_ON]
        if numbers and adopt(tools, session, numbers, changes):
            changes.notice("adopted_to_move_on", step=Step.VALUES.value)
            taken = [v.id for v in session.chosen_values()]  # values named later take their place
            session.meta["values_taken_to_move_on"] = taken

    def _agree(self, tools: Tools, session: Session, kind: str, changes: Changes) -> None:
        handler = HANDLERS[session.step]
        if session.step == Step.SUMMARY:
            changes.notice("summary_hint")
        elif handler.complete(session):
            self.move(tools, session, session.step.next(), changes)
        elif kind == "done" and handler.on_done(tools, session, changes):
            return
        elif kind == "done" and handler.ready(session):
            self.move(tools, session, session.step.next(), changes)
        elif kind == "done" and session.step in (Step.VALUES, Step.OPTIONS):
            self._move_on_without_choice(tools, session, changes)
        elif session.step in AGREE_MOVES_ON and handler.ready(session):
            self.move(tools, session, session.step.next(), changes)  # "ok" to what is there
        elif not handler.ready(session):
            changes.notice("need_more", step=session.step.value)
        # "ok" where the step already holds something: the reply shows what is there and asks on

    def move(self, tools: Tools, session: Session, target: Step, changes: Changes) -> None:
        if target != session.step:
            changes.moved = (changes.moved[0] if changes.moved else session.step, target)
            session.step = target
            session.proposals = []
        if target in (Step.VALUES, Step.OPTIONS):
            session.meta["max_values"] = tools.max_values
            if target == Step.OPTIONS and not session.chosen_values():
                self._values_first(tools, session, changes)
            link_options(tools, session)
            propose(tools, session, changes)


def _answered_by_content(session: Session, reading: Reading, content: Step | None) -> bool:
    """A question about this step or the next, after content for a later step ("Options: ...;
    ... Can you tie those to the values?" where values are asked): the content moves the
    conversation and the question is answered there (the options show the values they protect).
    A question about an earlier step is still answered ("and what about the actors?")."""
    if content is None:
        return False
    asked = reading.questions[-1].step
    return asked.position >= session.step.position and content.position > asked.position


def _options_asked_there(session: Session, reading: Reading) -> Question | None:
    """After going to the options, a request in the same message for proposals of some kind
    or a few per kind ("Nu de opties. Kun je er per soort twee geven?"): answered there."""
    if session.step != Step.OPTIONS or not reading.questions:
        return None
    asked = reading.questions[-1]
    wanted = asked.propose and (asked.per_kind or asked.kind is not None)
    return asked if wanted and asked.step in (Step.VALUES, Step.OPTIONS) else None


def _names_value(text: str, name: str) -> bool:
    """The message names the value asked about by its first words ("goed werkgeverschap" for
    "Goed werkgeverschap voor de chauffeurs"), or points to it ("daarmee", "by that")."""
    head = " ".join(words(name.lower())[:2])
    return head in text.lower() or POINTER_RE.search(text) is not None


def _proposes(text: str) -> bool:
    """A question or a measure ("kunnen we niet ...?", "we should ..."): not what a value means."""
    return "?" in text or measure(text, Step.VALUES)


def _left_unread(reading: Reading) -> str:
    """The first part of a message read beside recorded items that holds words of its own, to
    say it was not recorded: not a greeting, a question (answered or not, it records nothing) or
    a lead that announces a list ("Mijn eigen lijstje van effecten:", "effects as I see them")."""
    parts = (u.strip() for u in reading.unread)
    return next((u for u in parts if _worth_naming(u)), "")


def _worth_naming(part: str) -> bool:
    if word_count(part) < UNREAD_WORDS or greeting_only(part) or is_question(part):
        return False
    lead = part.endswith(":") or word_count(part) <= LEAD_WORDS
    return not (lead and set(words(part)) & STEP_NOUNS)


def _not_past_the_effects(session: Session, content: Step | None) -> Step | None:
    """Where the case or the actors are asked and no effect is told yet, values named ("I think
    it's about safety?", "nou gezondheid natuurlijk. en privacy") are kept, but the conversation
    goes one step on at most, toward the effects, not past them to the values."""
    early = session.step.position < Step.EFFECTS.position
    if content != Step.VALUES or session.effects or not early:
        return content
    return session.step.next()
