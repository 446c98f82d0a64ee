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
from assistant.language.cues.conversation import BACK_TO_RE, WHAT_NOW_RE
from assistant.language.cues.direction import ACTOR_MARK_RE, LABEL_RE
from assistant.language.cues.options import KIND_LABEL_RE, OPTION_CUE_RE, OPTION_START_RE
from assistant.language.cues.people import STRONG_LEAD_RE
from assistant.language.cues.references import (
    ADOPT_WORD_RE,
    CHANGE_BEFORE_VALUE_RE,
    VALUE_CUE_RE,
    VALUE_FILLER,
    VALUE_REMARK_RE,
)
from assistant.language.textparts import BULLET_RE, words
from assistant.method.reading import actor_lists
from assistant.method.reading.case_facets import read_case
from assistant.method.reading.effect_lines import (
    ACTOR_DIRECTION_RES,
    ACTOR_LABEL_RE,
    clause_direction,
    extract_effects,
    mentioned_actor,
    subject_person,
)
from assistant.method.reading.extraction import extract_options, match_values, option_kind
from assistant.method.reading.intents import Intent, detect_intent, step_from_words
from assistant.method.reading.noise import strip_noise
from assistant.method.reading.polarity import marker_direction, signed_lines
from assistant.method.reading.questions import cannot_think, is_question, method_question
from assistant.method.reading.reading import Reading
from assistant.method.reading.references import proposal_reference
from assistant.method.reading.segments import Sentence, clauses, is_clause, sentences

WHOLE_INTENTS = ("empty", "language", "verdict", "next", "back", "goto", "remove", "correct",
                 "done", "no", "help", "offtopic")  # fmt: skip
CASE_LIST = 4  # a shorter list answers the case question asked ("de afdeling X en Y")
PERSON_SHARE = 0.5
MIN_CONTENT_WORDS = 3
BARE_AFFIRM_WORDS = 3
VALUE_TAIL_RE = re.compile(
    r"[,(–-]\s*(?:dus|so|that'?s|dat is|oftewel|i\.e\.|ofwel|thus)\s+(?P<value>[\w -]{3,40})\)?$",
    re.I,
)
WHO_MARKER_RE = re.compile(r"^[-*•]?\s*[\w' -]{2,40}:\s*[+\-−–]")
RECOGNISE_RE = re.compile(
    r"^(?:ja|yes|klopt|inderdaad|indeed|right|true|precies|exactly)?[,!]?\s*"
    r"(?:dat|die|this|that|these|those|the)?\s*(?:laatste|eerste|last|first|one)?\s*"
    r"(?:herken ik|klopt|is waar|i recognise|i recognize|rings true|is true|is right)\s*[:,.!]\s*",
    re.I,
)


@dataclass
class Context:
    """What the reader knows about where the conversation is."""

    step: Step
    asked: str | None
    direction: Direction
    kind: OptionKind
    first_case: bool


class Reader:
    """Reads messages for one catalogue (shared, read-only)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue

    def read(self, text: str, session: Session, domain_words: set[str] | None = None) -> Reading:
        cleaned, ignored = strip_noise(text)
        cleaned = signed_lines(cleaned)
        reading = Reading(ignored=ignored)
        if not cleaned:
            reading.intent = None if ignored else Intent("empty")
            return reading
        if session.proposals:
            reading.reference = proposal_reference(cleaned)
            if reading.reference == [] and _moves_on(cleaned, session):
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
            if sentence.line in effect_lines:
                continue
            whole = lines[sentence.line]
            if sentence.header is None and _effect_line(whole):
                effect_lines.add(sentence.line)
                self._effects(whole, context, session, reading)
                continue
            self._sentence(sentence, context, session, reading)
            context.first_case = context.first_case and not reading.case.get("technology")
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
        if WHAT_NOW_RE.match(text):
            reading.intent = Intent("next")
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
        if sentence.header is not None:
            return sentence.header.value
        if self._value_list(text) or (VALUE_CUE_RE.search(text) and self.catalogue.mentions(text)):
            return "values"
        if KIND_LABEL_RE.match(text):
            return "options"
        if actor_lists.has_lead(text) and actor_lists.names_in_list(text):
            named = actor_lists.names_in_list(text)
            strong = STRONG_LEAD_RE.match(text) or actor_lists.has_tail(text)
            if strong or actor_lists.person_share(named) >= PERSON_SHARE:
                return "actors"  # "het gaat om een algoritme dat ..." is the case
        if _labelled_effect(text):
            return "effects"
        names = actor_lists.names_in_list(text)
        if context.step == Step.CASE and context.first_case:
            names = []  # the first words about the case are the case
        if names and context.step == Step.VALUES and actor_lists.person_share(names) < PERSON_SHARE:
            return "values"  # a short list where values are asked: values of the user's own
        enough = CASE_LIST if context.step == Step.CASE and context.asked else 3
        listed = len(names) >= enough or context.step == Step.ACTORS or sentence.bullet
        if names and listed and (context.step != Step.CASE or len(names) >= enough):
            return "actors"
        early = context.step.position <= Step.EFFECTS.position
        if names and sentence.bullet and early and actor_lists.person_share(names) >= PERSON_SHARE:
            return "actors"  # a numbered list of people, whatever was asked
        if context.step == Step.CASE and context.first_case:
            return "case"  # "..., to plan where new trees should go" describes, it does not propose
        if _measure(text, context.step):
            return "options"
        if context.step == Step.CASE and not context.first_case and _effect_like(text, actors):
            return "effects"
        if context.step == Step.CASE and (context.first_case or not _strong_effect(text)):
            return "case"
        if context.step == Step.OPTIONS and not is_question(text):
            return "options"
        if context.step == Step.SUMMARY and not is_question(text) and option_kind(text):
            return "options"  # options given after the conversation moved on
        if _has_direction(text) and is_clause(text):
            return "effects"
        if context.step == Step.EFFECTS and is_clause(text) and not is_question(text):
            return "effects"
        directed = _has_direction(text) and len(text.split()) >= MIN_CONTENT_WORDS
        if context.step == Step.EFFECTS and directed and not is_question(text):
            return "effects"
        about = mentioned_actor(text, actors) if context.step == Step.EFFECTS else None
        if about is not None and len(text.split()) >= MIN_CONTENT_WORDS and not is_question(text):
            return "effects"  # "the owners sell more on quiet days"
        if context.step == Step.ACTORS and names:
            return "actors"
        if context.step == Step.VALUES and match_values(text, self.catalogue):
            return "values"
        return "unread"

    def _extract(
        self, kind: str, text: str, context: Context, session: Session, reading: Reading
    ) -> None:
        if kind == "actors":
            reading.actors.extend(actor_lists.names_in_list(text))
        elif kind == "values":
            reading.values.extend(match_values(text, self.catalogue))
            reading.value_list = reading.value_list or self._value_list(text)
        elif kind == "options":
            reading.options.extend(extract_options(text, context.kind))
        elif kind == "case":
            read_case(text, session.case, context.asked, context.first_case, reading.case)
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
        drafts = extract_effects(
            text, session.actors, focus, context.direction, self._named_value, reading.effects
        )
        for clause in (d for d in _value_clauses(text) if self._named_value(d)):
            reading.values.extend(match_values(clause, self.catalogue))
        reading.effects.extend(drafts)

    def _named_value(self, clause: str) -> bool:
        """A clause that only names a value ("dat gaat over veiligheid natuurlijk"), not a change
        in it ("minder persoonlijk contact" is an effect)."""
        if CHANGE_BEFORE_VALUE_RE.search(clause) and len(self.catalogue.mentions(clause)) == 1:
            return False
        remark = VALUE_REMARK_RE.match(clause)
        if remark is not None and remark.end() and self._value_list(clause[remark.end() :]):
            return True
        return self._value_list(clause) and not is_clause(_without_values(clause, self))

    def _value_list(self, text: str) -> bool:
        """Whether the sentence is only values (names, synonyms, own short names) and ranking
        words: "privacy en autonomie eerst, dan waardigheid", "1 equal treatment, 2 ..."."""
        mentions = self.catalogue.mentions(text)
        if not mentions:
            return False
        rest = [
            w
            for w in words(_without_values(text, self))
            if w not in VALUE_FILLER and not w.isdigit()
        ]
        return len(rest) <= len(mentions) and not _labelled_effect(text)


def _without_values(text: str, reader: Reader) -> str:
    lowered = text.lower()
    for _pos, entry in reader.catalogue.mentions(text):
        for name in sorted(entry.names(), key=len, reverse=True):
            lowered = re.sub(rf"(?<![\w]){re.escape(name)}(?![\w])", " ", lowered)
    return lowered


def _value_clauses(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,.;]", text) if p.strip()]


def _moves_on(text: str, session: Session) -> bool:
    """A bare "ok" / "ja" while the user already chose in this step: agreeing to go on, not
    adopting every proposal."""
    if ADOPT_WORD_RE.search(text) or len(text.split()) > BARE_AFFIRM_WORDS:
        return False
    if session.step == Step.VALUES:
        return bool(session.chosen_values())
    kinds = {o.kind for o in session.options}
    return session.step == Step.OPTIONS and len(kinds) == len(OPTION_KINDS)


def _labelled_effect(text: str) -> bool:
    stripped = text.strip()
    if stripped.startswith(("+", "−")) or LABEL_RE.search(stripped):
        return True
    if marker_direction(stripped) is not None:
        return True
    if any(p.match(stripped) for p in ACTOR_DIRECTION_RES) or WHO_MARKER_RE.match(stripped):
        return True
    return ACTOR_LABEL_RE.match(stripped) is not None


def _has_direction(text: str) -> bool:
    return any(clause_direction(c) is not None for c in clauses(text))


def _named(reading: Reading) -> list[Actor]:
    """Actors named earlier in the same message, to recognise effects about them."""
    return [Actor(id=f"new{i}", name=name) for i, name in enumerate(reading.actors)]


def _effect_like(text: str, actors: list[Actor]) -> bool:
    """A clause with a direction about someone: an effect even where the case is asked."""
    if not _has_direction(text) or not is_clause(text):
        return False
    return mentioned_actor(text, actors) is not None or bool(subject_person(text))


def _effect_line(line: str) -> bool:
    """A line that starts with an actor or direction label ("jongeren: + ...", "voor X: ...",
    "Nadeel: ...", "chauffeurs + ..."): read as a whole, so its label holds for every sentence
    in it."""
    stripped = BULLET_RE.sub("", line).strip()
    marked = ACTOR_MARK_RE.match(stripped)
    if marked is not None and actor_lists.is_person(marked.group("actor")):
        return True
    if WHO_MARKER_RE.match(stripped) or ACTOR_LABEL_RE.match(stripped):
        return True
    if any(p.match(stripped) for p in ACTOR_DIRECTION_RES):
        return True
    label = LABEL_RE.match(stripped)
    return label is not None and label.group("label") not in (None, "-", "+")


def _strong_effect(text: str) -> bool:
    return _labelled_effect(text) or text.lower().startswith(("voor ", "for "))


def _measure(text: str, step: Step) -> bool:
    """A sentence that proposes a measure: an instruction, "moet altijd", "we spreken af"."""
    if is_question(text):
        return False
    starts = OPTION_START_RE.match(text.strip()) is not None
    if starts and (step in (Step.VALUES, Step.OPTIONS) or len(text.split()) >= 4):
        return True
    return OPTION_CUE_RE.search(text) is not None and option_kind(text) is not None
