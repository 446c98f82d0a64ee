"""What one message holds, each item with its kind: the reader's output and the conductor's
input. Nothing here decides what to do with it."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.domain.session import Direction, OptionKind, Step
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.extraction import OptionDraft, ValueChoice
from assistant.method.reading.intents import Intent


@dataclass
class Question:
    """The user asks the method's own question ("welke waarden spelen hier?"), or asks for
    proposals or examples for a step."""

    step: Step
    propose: bool = False
    per_kind: bool = False
    direction: Direction | None = None
    onward: bool = False  # "verder graag jouw voorstellen": proposals for the step after this one
    kind: OptionKind | None = None  # "nog een optie voor de omgeving?": proposals of that kind
    named: bool = False  # the step was named ("welke waarden ...?"), not "voorstellen graag"
    adopt: bool = False  # "opties neem ik van jou over": the proposals, taken at once
    one_each: bool = False  # "een voorstel per soort": one of each kind, not a few per kind


@dataclass
class EffectFix:
    """A recorded effect's new direction, the actor it is for now (None: unchanged) and its
    new text when the correction goes on to say what it is ("it's the opposite, they get more
    wear ...")."""

    effect_id: str
    direction: Direction
    actor_id: str | None = None
    text: str = ""
    actor_name: str = ""  # a group named with it that is no actor yet
    joined: bool = False  # the rest of a scene told in the message before: recorded, not fixed
    moved_to: str = ""  # "niet de IB'er, de directeur doet die gesprekken": the people named


@dataclass
class Reading:
    """Everything a message holds. ``intent``: a message that is a move, a short reply, an
    edit or an aside as a whole (``next``, ``affirm``, ``remove``, ``verdict`` ...)."""

    intent: Intent | None = None
    case: dict[str, str] = field(default_factory=dict)
    actors: list[str] = field(default_factory=list)
    users: list[str] = field(default_factory=list)  # people named as the case's users: actors too
    roles: list[str] = field(default_factory=list)  # of ``users``, named in passing by their role
    effects: list[EffectDraft] = field(default_factory=list)
    values: list[ValueChoice] = field(default_factory=list)
    value_list: bool = False
    options: list[OptionDraft] = field(default_factory=list)
    reference: list[int] | None = None
    options_picked: bool = False  # the numbers picked are of the options not yet shown
    agreed_only: bool = False  # "ok", "akkoord": agreeing, without "neem ze (allemaal) over"
    prompt_actor: str | None = None  # "de tweede, bij de monteurs": whom a recognised prompt is of
    questions: list[Question] = field(default_factory=list)
    goto: Step | None = None
    cannot_think: bool = False
    ignored: list[str] = field(default_factory=list)
    turned_down: list[str] = field(default_factory=list)  # "een app? nee, liever niet": no item
    unread: list[str] = field(default_factory=list)
    # Proposals picked by a description that fits none ("the one about a free choice").
    unmatched_picks: list[str] = field(default_factory=list)
    refused: list[int] = field(default_factory=list)  # "doe 1 en 3, 2 vind ik niks": 2
    passed: list[str] = field(default_factory=list)  # sentences in which nothing was read
    noted: list[str] = field(default_factory=list)  # sentences kept as notes to the case
    # Sentences noted to the case once it was told (a story: "Henk viel van de trap"): effects
    # where the learned model of effect sentences is sure (learned_effects.story_effects).
    case_told: list[str] = field(default_factory=list)
    # Of ``noted``, those noted after the message told an effect: the later sentences of a story
    # ("Een paar ervaringen. ... Hij zei: ..."), not the case told before it.
    in_story: list[str] = field(default_factory=list)
    # Sentences read as a list of actors without a lead where actors are asked: perhaps an
    # effect on the people named ("For tenants it's much quicker, a decision in weeks").
    listed: list[str] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)  # effects dropped as an incident told
    text: str = ""  # the message as read
    top_value: bool = False  # "zet privacy bovenaan": the one value read goes first
    source: str = "rules"
    removed_actors: list[str] = field(default_factory=list)  # "X isn't an actor, drop them"
    renamed_actors: list[tuple[str, str]] = field(default_factory=list)  # "call them Y"
    effect_fixes: list[EffectFix] = field(default_factory=list)  # "geen plus maar een min"
    removed_items: list[tuple[str, str]] = field(default_factory=list)  # "scratch the X one"
    added: str = ""  # added in passing ("o ja, en de nazaten."): the effects after it are theirs
    drawn: int = 0  # options drawn in passing from a value ("dat raakt aan X, dus ...")
    # Options read where options are asked from a sentence with no cue of a measure (the
    # sentence, the option): the learned models weigh whether it names one.
    uncued: list[tuple[str, OptionDraft]] = field(default_factory=list)
    kept_measures: int = 0  # action points of pasted minutes, kept aside until the options

    def content_step(self, early_options: bool = True) -> Step | None:
        """The furthest step this message gave content for (values only when it named a
        list of values: a value mentioned beside an effect does not move the conversation; one
        measure named among effects, or measures drawn from a value in passing, are kept but do
        not move it either). Without ``early_options`` (no effects yet in the session) measures
        only move it when the message holds effects too: "we dachten al aan dit: ..." beside
        the case is kept while the method starts at the case."""
        effects = bool(self.effects) or any(fix.joined for fix in self.effect_fixes)
        own = len(self.options) - self.drawn  # "dat raakt aan X, dus ...": said in passing
        aside = own <= 0 or (own == 1 and effects)
        aside = aside or not (early_options or effects)
        steps = [
            (Step.CASE, bool(self.case)),
            (Step.ACTORS, bool(self.actors)),
            (Step.EFFECTS, effects),
            (Step.VALUES, self.value_list),
            (Step.OPTIONS, bool(self.options) and not aside),
        ]
        found = [step for step, present in steps if present]
        return found[-1] if found else None

    def size(self) -> int:
        """How much was read so far (to tell whether a sentence added anything)."""
        found = (self.case, self.actors, self.users, self.effects, self.values, self.options)
        asked = (self.questions, self.unread, self.ignored, self.turned_down)
        moved = (self.intent, self.goto, self.cannot_think)
        return sum(len(kind) for kind in (*found, *asked)) + sum(bool(m) for m in moved)

    @property
    def holds_items(self) -> bool:
        items = (self.case, self.actors, self.users, self.effects, self.values, self.options)
        joined = any(fix.joined for fix in self.effect_fixes)  # the rest of a scene told before
        return joined or any(bool(kind) for kind in items)

    def turn_name(self) -> str:
        """What the turn was, for the trace: the whole-message intent, else what it held."""
        if self.intent is not None:
            return self.intent.kind
        if self.reference is not None:
            return "adopt"
        if self.questions:
            return "question"
        return "answer" if self.holds_items else "unread"
