"""The reader: everything one message holds, whatever step the conversation is at.

A message is cleaned of what is not about the case (markup, instructions to the assistant,
complaints), checked as a whole for a move, a short reply, an edit or an aside, and otherwise
read sentence by sentence. Each sentence is classified by its own cues first (a question about
the method, a list of values, a labelled option, a labelled effect, a list of names, a measure,
an effect) and only when it has none by what the assistant asked last. Rules and the value
catalogue only: deterministic, offline and fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.session import OPTION_KINDS, Actor, Direction, OptionKind, Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.language.cues.conversation import (
    BACK_TO_RE,
    EDIT_LABEL_RE,
    RECOGNISE_RE,
    WHAT_NOW_RE,
)
from assistant.language.cues.grammar import SENTENCE_START_RE
from assistant.language.cues.options import KIND_LABEL_RE
from assistant.language.cues.people import STRONG_LEAD_RE
from assistant.language.cues.references import VALUE_CUE_RE, VALUE_TAIL_RE
from assistant.method.reading import actor_lists
from assistant.method.reading.case_facets import read_case
from assistant.method.reading.effect_lines import extract_effects, point_by_name
from assistant.method.reading.extraction import extract_options, match_values, option_kind
from assistant.method.reading.intents import Intent, detect_intent, step_from_words
from assistant.method.reading.mentions import mentioned_actor
from assistant.method.reading.noise import greeting_only, strip_noise
from assistant.method.reading.polarity import signed_lines
from assistant.method.reading.questions import cannot_think, is_question, method_question
from assistant.method.reading.reading import Reading
from assistant.method.reading.references import moves_on, proposal_reference
from assistant.method.reading.segments import Sentence, is_clause, sentences, unwrapped
from assistant.method.reading.sentence_kinds import (
    actor_labelled,
    effect_like,
    effect_line,
    has_direction,
    labelled_effect,
    measure,
    strong_effect,
)
from assistant.method.reading.value_lists import ValueLists

WHOLE_INTENTS = ("empty", "language", "verdict", "next", "back", "goto", "remove", "correct",
                 "done", "no", "help", "offtopic")  # fmt: skip
CASE_LIST = 4  # a shorter list answers the case question asked ("de afdeling X en Y")
PERSON_SHARE = 0.5
MIN_CONTENT_WORDS = 3


@dataclass
class Context:
    """What the reader knows about where the conversation is."""

    step: Step
    asked: str | None
    direction: Direction
    kind: OptionKind
    first_case: bool
    effects_read: bool = False  # effects earlier in the same message


NEXT_WORDS = 3  # a longer sentence with a navigation word says more than that


class Reader:
    """Reads messages for one catalogue (shared, read-only)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.values = ValueLists(catalogue)

    def read(self, text: str, session: Session, domain_words: set[str] | None = None) -> Reading:
        cleaned, ignored = strip_noise(text)
        cleaned = EDIT_LABEL_RE.sub("", signed_lines(unwrapped(cleaned)), count=1)
        reading = Reading(ignored=ignored)
        if not cleaned:
            reading.intent = None if ignored else Intent("empty")
            return reading
        if session.proposals:
            reading.reference = proposal_reference(cleaned)
            if reading.reference == [] and moves_on(cleaned, session):
                reading.reference = None  # "ok" after choosing: move on, adopt nothing
            if reading.reference is not None:
                return reading
        intent = detect_intent(cleaned, domain_words)
        if intent.kind in WHOLE_INTENTS and not (
            intent.kind == "offtopic" and method_question(cleaned, session.step)
        ):
            reading.intent = intent
            return reading
        if intent.kind == "affirm":
            reading.intent = intent
            return reading
        context = self._context(session)
        lines = cleaned.splitlines()
        effect_lines: set[int] = set()
        for sentence in sentences(cleaned):
            if sentence.line in effect_lines or greeting_only(sentence.text):
                continue
            whole = lines[sentence.line]
            if sentence.header is None and effect_line(whole):
                effect_lines.add(sentence.line)
                self._effects(whole, context, session, reading)
                continue
            self._sentence(sentence, context, session, reading)
            context.first_case = context.first_case and not reading.case.get("technology")
            context.effects_read = bool(reading.effects)
        return reading

    def _context(self, session: Session) -> Context:
        step = session.step
        asked = session.meta.get("case_ask") if step == Step.CASE else None
        direction: Direction = (
            "negative" if session.meta.get("ask_direction") == "negative" else "positive"
        )
        focus = session.meta.get("options_focus")
        kind: OptionKind = focus if focus in OPTION_KINDS else "design"
        first = not session.case.technology.strip()
        return Context(step, asked, direction, kind, first)

    def _sentence(
        self, sentence: Sentence, context: Context, session: Session, reading: Reading
    ) -> None:
        text = RECOGNISE_RE.sub("", sentence.text).strip()
        if not text:
            return
        if WHAT_NOW_RE.match(text) or _moves_on(text):
            reading.intent = Intent("next")  # "privacy en inclusie. volgende"
            return
        back = BACK_TO_RE.search(text)
        target = step_from_words(back.group("step")) if back is not None else None
        if back is not None and target is not None:
            reading.goto = target
            rest = text[back.end() :].partition(":")[2].strip()
            if len(rest.split()) >= MIN_CONTENT_WORDS:  # "terug naar de effecten: ..."
                context.step = target
                self._sentence(Sentence(rest), context, session, reading)
            return
        question = method_question(text, context.step)
        if question is not None:
            reading.questions.append(question)
            reading.actors.extend(actor_lists.names_besides(text))
            return
        if cannot_think(text):
            reading.cannot_think = True
            return
        forgotten = actor_lists.names_forgotten(text)
        if forgotten:
            reading.actors.extend(forgotten)
            return
        kind = self._kind(text, sentence, context, session.actors + _named(reading))
        self._extract(kind, text, context, session, reading)

    def _kind(self, text: str, sentence: Sentence, context: Context, actors: list[Actor]) -> str:
        """What the sentence holds: case, actors, effects, values, options or unread."""
        own = self._own_cues(text, sentence, context, actors)
        if own is not None:
            return own
        names = actor_lists.names_in_list(text)
        if (context.step == Step.CASE and context.first_case) or context.step == Step.OPTIONS:
            names = []  # the first words about the case are the case; in options: a measure
        listed = self._listed(text, sentence, context, names)
        return listed or self._by_step(text, context, actors, names)

    def _own_cues(
        self, text: str, sentence: Sentence, context: Context, actors: list[Actor]
    ) -> str | None:
        """A kind the sentence says itself: a header, values, a kind label, an actor label,
        a lead-in for actors, a labelled effect."""
        if sentence.header is not None:
            return sentence.header.value
        cued = VALUE_CUE_RE.search(text) and self.catalogue.mentions(text)
        if cued or self.values.value_list(text):
            return "values"
        if context.step == Step.VALUES and self.values.leads_with_values(text):
            return "values"  # "veiligheid, en eerlijkheid over wat de bot kan (transparantie)"
        if KIND_LABEL_RE.match(text):
            return "options"
        if actor_labelled(text, actors):
            return "effects"
        if context.effects_read and has_direction(text) and mentioned_actor(text, actors):
            return "effects"  # among effects: "permit officers spend less time on files"
        if actor_lists.has_lead(text) and actor_lists.names_in_list(text):
            named = actor_lists.names_in_list(text)
            strong = STRONG_LEAD_RE.match(text) or actor_lists.has_tail(text)
            if strong or actor_lists.person_share(named) >= PERSON_SHARE:
                return "actors"  # "het gaat om een algoritme dat ..." is the case
        return "effects" if labelled_effect(text) else None

    def _listed(
        self, text: str, sentence: Sentence, context: Context, names: list[str]
    ) -> str | None:
        """Effects, measures, own values or actors, as a list of names may hold them."""
        effect = has_direction(text) and not measure(text, context.step)
        if context.step == Step.EFFECTS and effect and not actor_lists.has_lead(text):
            return "effects"  # "- sneller klaar" is an effect, not a name
        if context.step == Step.VALUES and self.values.measure_for_values(text):
            return "options"  # measures given while values are asked: "we add a clause ..."
        share = actor_lists.person_share(names)
        own = names and not SENTENCE_START_RE.match(text)  # "dat kan later" names no value
        if own and context.step == Step.VALUES and share < PERSON_SHARE:
            return "values"  # a short list where values are asked: values of the user's own
        if names and context.step == Step.CASE and share == 0:
            return None  # "tablets, telefoons en een server" is what the case runs on
        enough = CASE_LIST if context.step == Step.CASE and context.asked else 3
        listed = len(names) >= enough or context.step == Step.ACTORS or sentence.bullet
        if names and listed and (context.step != Step.CASE or len(names) >= enough):
            return "actors"
        early = context.step.position <= Step.EFFECTS.position
        if names and sentence.bullet and early and share >= PERSON_SHARE:
            return "actors"  # a numbered list of people, whatever was asked
        return None

    def _by_step(self, text: str, context: Context, actors: list[Actor], names: list[str]) -> str:
        """The kind by what the sentence says and what was asked, when it has no cue."""
        question = is_question(text)
        if context.step == Step.CASE and context.first_case:
            return "case"  # "..., to plan where new trees should go" describes, it does not propose
        if measure(text, context.step):
            return "options"
        if context.step == Step.CASE and not context.first_case and effect_like(text, actors):
            return "effects"
        if context.step == Step.CASE and (context.first_case or not strong_effect(text)):
            return "case"
        if context.step == Step.OPTIONS and not question:
            return "options"
        if context.step == Step.SUMMARY and not question and option_kind(text):
            return "options"  # options given after the conversation moved on
        if has_direction(text) and is_clause(text):
            return "effects"
        if context.step == Step.EFFECTS and is_clause(text) and not question:
            return "effects"
        directed = has_direction(text) and len(text.split()) >= MIN_CONTENT_WORDS
        if context.step == Step.EFFECTS and directed and not question:
            return "effects"
        among_effects = context.step == Step.EFFECTS or context.effects_read
        about = mentioned_actor(text, actors) if among_effects else None
        if about is not None and len(text.split()) >= MIN_CONTENT_WORDS and not question:
            return "effects"  # "the owners sell more on quiet days"
        if context.step == Step.ACTORS and names:
            return "actors"
        if context.step == Step.VALUES and not SENTENCE_START_RE.match(text):
            return "values" if match_values(text, self.catalogue) else "unread"
        return "unread"

    def _extract(
        self, kind: str, text: str, context: Context, session: Session, reading: Reading
    ) -> None:
        if kind == "actors":
            reading.actors.extend(actor_lists.names_in_list(text))
        elif kind == "values":
            reading.values.extend(match_values(text, self.catalogue))
            reading.value_list = reading.value_list or self.values.value_list(text)
        elif kind == "options":
            reading.options.extend(extract_options(text, context.kind))
        elif kind == "case":
            read_case(text, session.case, context.asked, context.first_case, reading.case)
            reading.actors.extend(actor_lists.names_embedded(text))
        elif kind == "effects":
            self._effects(text, context, session, reading)
        else:
            reading.unread.append(text)

    def _effects(self, text: str, context: Context, session: Session, reading: Reading) -> None:
        tail = VALUE_TAIL_RE.search(text)
        if tail is not None and self.catalogue.mentions(tail.group("value")):
            reading.values.extend(match_values(tail.group("value"), self.catalogue))
            text = text[: tail.start()].strip()
        focus = session.meta.get("effects_focus") if context.step == Step.EFFECTS else None
        named = _named(reading)
        drafts = extract_effects(
            text,
            session.actors + named,
            focus,
            context.direction,
            self.values.named_value,
            reading.effects,
        )
        point_by_name(drafts, named)
        for clause in (d for d in _value_clauses(text) if self.values.named_value(d)):
            reading.values.extend(match_values(clause, self.catalogue))
        reading.effects.extend(drafts)


def _value_clauses(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,.;]", text) if p.strip()]


def _named(reading: Reading) -> list[Actor]:
    """Actors named earlier in the same message, to recognise effects about them."""
    return [Actor(id=f"new{i}", name=name) for i, name in enumerate(reading.actors)]


def _moves_on(sentence: str) -> bool:
    """A short sentence of its own that only says to go on ("volgende", "ok next")."""
    return len(sentence.split()) <= NEXT_WORDS and detect_intent(sentence).kind == "next"
