"""Which kind a sentence holds: case, actors, effects, values, options, or nothing read.

A sentence is classified by its own cues first (a header above it, a list of values, a kind or
direction label, an actor label, a lead-in for actors, a labelled effect), then as a list of
names, and only when it has neither by what it says and what the assistant asked last.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.session import Actor, Direction, OptionKind, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.language.cues.actor_lists import AFTERTHOUGHT_RE, LATE_ADDITION_RE, STRONG_LEAD_RE
from assistant.language.cues.actor_names import (
    NAME_BREAKS,
    NAME_QUALIFIER_WORDS,
    SOME_OF_THEM,
    TOPIC_LABEL_RE,
)
from assistant.language.cues.case import PLAN_LEAD_RE, TECHNOLOGY_HINT_RE, USERS_LABEL_RE
from assistant.language.cues.direction import (
    ADDRESSED_RE,
    CONTRAST_RE,
    NOT_AN_EFFECT_RE,
    PLAN_RE,
)
from assistant.language.cues.direction_labels import (
    EFFECT_ANNOUNCED_RE,
    LABEL_RE,
)
from assistant.language.cues.formal import FORMAL_VALUE_WEIGHT_RE
from assistant.language.cues.grammar import (
    EMBEDDED_AFTER_WORDS,
    EMBEDDED_CLAUSE_RE,
    NOT_COMMAND_OPENERS,
    QUOTED_SPEECH_RE,
    SENTENCE_START_RE,
)
from assistant.language.cues.measure_joints import FOR_PEOPLE_RE, INSTEAD_TAIL_RE
from assistant.language.cues.measure_leads import (
    ANNOUNCING_LEAD_RE,
    CASE_LABELS,
    KIND_LABEL_RE,
    KIND_TAIL_RE,
    OWN_IDEA_LEAD_RE,
    WISH_LEAD_RE,
    WISH_TAIL_RE,
)
from assistant.language.cues.measure_phrasings import (
    LET_DO_RE,
    NOUN_MEASURE_RE,
    ONE_MORE_MEASURE_RE,
    OPTION_START_RE,
    OPTIONS_ANNOUNCED_RE,
)
from assistant.language.cues.measure_statements import (
    AIM_CLAUSE_RE,
    CHECK_VERB_RE,
    EVERY_CASE_RE,
    FREQUENCY_RE,
    PERMISSION_RE,
    SAMPLE_CHECK_RE,
)
from assistant.language.cues.option_kinds import MAKER_BUILDS_RE
from assistant.language.cues.people_in_sentences import GENERIC_SUBJECTS
from assistant.language.cues.references import (
    ADD_NAME_AFTER_RE,
    ADD_NAME_RE,
    ADDED_VALUE_RE,
    BARE_THAT_RE,
    FILLER,
    MATTERS_LEAD_RE,
    THINKING_OF_RE,
    VALUE_ASKED_RE,
    VALUE_BRACKETS_RE,
    VALUE_CUE_RE,
    VALUE_FILLER,
    VALUE_LEAD_RE,
    VALUE_STANCE_RE,
    VALUE_TAIL_RE,
    VALUE_WEIGHT_RE,
    VALUES_LEAD_RE,
    VALUES_RANKED_RE,
)
from assistant.language.cues.replies import CLOSING_RE
from assistant.language.cues.reported_measures import REPORTED_PROPOSAL_RE
from assistant.language.cues.side_remarks import REPORTING_LINE_RE
from assistant.language.cues.values import (
    NAME_ASKED_TAIL_RE,
    OPENING_WORDS,
    PLUS_LEAD_RE,
    VALUE_CLAUSE_RE,
    VALUE_HEDGE_RE,
    VALUE_ITEM_SPLIT_RE,
    VALUE_OF_WHAT_RE,
    VALUE_THEN_MEANING_RE,
    VALUE_THEN_MEASURE_RE,
    WISH_CLAUSE_RE,
)
from assistant.language.cues.weighed_values import CHOICE_LEAD_RE
from assistant.language.textparts import strip_article, words
from assistant.method.reading import actor_lists
from assistant.method.reading.chatter import chatter
from assistant.method.reading.clause_subjects import LEADING_RE, clause_people
from assistant.method.reading.extraction import (
    everyday_values,
    match_values,
    option_kind,
    talk_lead,
)
from assistant.method.reading.mentions import mention_position, mentioned_actor
from assistant.method.reading.noise import greeting_only
from assistant.method.reading.questions import is_question
from assistant.method.reading.segments import Sentence, is_clause
from assistant.method.reading.sentence_kinds import (
    actor_labelled,
    asked_among_effects,
    cued_kind,
    description,
    duty_of_people,
    effect_like,
    formal_measure,
    go_ahead_condition,
    has_direction,
    labelled_effect,
    measure,
    no_measure,
    opening_measure,
    procedure,
    proposal,
    restricted_rule,
    stated_condition,
    strong_effect,
    subject_effect,
    suggestion,
    worry_question,
)
from assistant.method.reading.side_remarks import corrects_a_fact, side_remark
from assistant.method.reading.told_changes import how_it_works, told_change
from assistant.method.reading.value_lists import ValueLists
from assistant.method.reading.weighed_values import values_weighed_in

CASE_LIST = 4  # a shorter list answers the case question asked ("de afdeling X en Y")
ACTOR_LIST = 3  # three names or more: a list of actors, whatever else the sentence says
PERSON_SHARE = 0.5
MIN_CONTENT_WORDS = 3
LABEL_WORDS = 4
WEIGHING_STEPS = (Step.VALUES, Step.SUMMARY)  # where a value weighed against another is a value
MIN_MEASURE_HEAD = 4  # "een nabespreking met iedereen" before ", zodat ..."


# Words before a value that goes on from the sentence before ("en", "also", "ja,").
MORE_LEAD_RE = re.compile(r"^(?:(?:en|and|ook|also|plus|ja|yes|ok|oké|nou|well)\b\W*)+", re.I)


@dataclass
class Context:
    """What the reader knows about where the conversation is."""

    step: Step
    asked: str | None
    direction: Direction
    kind: OptionKind
    first_case: bool
    effects_read: bool = False  # effects earlier in the same message
    options_read: bool = False  # options earlier in the same message
    last_kind: str = ""  # what the sentence before held
    correcting: bool = False  # a fact was set straight earlier in the same message
    led_values: bool = False  # a value lead earlier on the same line ("waar het mij om gaat: ...")
    stance: bool = False  # "waar het mij om gaat: ..." earlier in the same message
    stance_span: str = ""  # the words of that sentence, up to its full stop
    kind_hint: OptionKind | None = None  # "wat nog ontbreekt is de menskant." said before
    hint_spent: bool = False  # a measure took that kind: later ones yield to sure rules
    measure_due: bool = False  # after that: the sentences that follow name the measure
    worried: bool = False  # the sentence before named whom a worry is about ("I worry about X.")
    how_it_was: str = ""  # the sentence before, where it told how it was ("we used to ...")
    minuted: bool = False  # the sentence is what someone present said, in pasted minutes
    late_people: bool = False  # people added late earlier in the message: what follows is theirs
    opening: bool = False  # the first message about the case: it tells the case
    said_before: str = ""  # the message's sentences before this one (whom "ze" is about)
    sides_told: bool = False  # a group's disagreement told before: its sides follow
    fell_through: bool = False  # the sentence is a measure only because options are asked


class SentenceClasses:
    """Classifies sentences for one catalogue (shared, read-only)."""

    def __init__(self, catalogue: Catalogue, values: ValueLists) -> None:
        self.catalogue = catalogue
        self.values = values

    def kind(self, text: str, sentence: Sentence, context: Context, actors: list[Actor]) -> str:
        """What the sentence holds: case, actors, effects, values, options or unread. In the
        sentence that says what the speaker finds important ("what matters to me: ...; a
        supervisor should still ..."), no effect and no option."""
        context.fell_through = False
        found = self._kind(text, sentence, context, actors)
        spoken = context.stance_span and sentence.text in context.stance_span
        return "unread" if spoken and found in ("effects", "options") else found

    def _kind(self, text: str, sentence: Sentence, context: Context, actors: list[Actor]) -> str:
        bare = AFTERTHOUGHT_RE.sub("", text, count=1)
        if bare != text and len(bare.split()) >= MIN_CONTENT_WORDS:
            text = bare[:1].upper() + bare[1:]  # "o ja, positief voor de invulhulpen: ..."
        if TOPIC_LABEL_RE.match(text) and context.step.position < Step.VALUES.position:
            return "case" if context.step == Step.CASE else "unread"  # "Planning: in maart ..."
        if context.step == Step.CASE and USERS_LABEL_RE.match(text):
            return "case"  # "users: the crew and the operators": who works with it
        if context.step == Step.CASE and PLAN_LEAD_RE.match(text):
            return "case"  # "het idee is om een model ... te laten maken": no measure
        if context.step != Step.CASE and self._value_then_meaning(text):
            return "values"  # "privacy vooral, en dat je niet de hele dag gevolgd wordt"
        if context.step in WEIGHING_STEPS and self._weighs_values(text):
            return "values"  # "onafhankelijkheid staat voor mij bovenaan", "keep fairness then"
        if context.step != Step.CASE and corrects_a_fact(text):
            context.correcting = True  # "correction: ... . And the flags go to X, not to Y."
            return "unread"
        own = self._own_cues(text, sentence, context, actors)
        if own == "effects" and _no_effect(text, context):
            return "unread"
        if own in ("effects", "actors") and self._led_without_values(text, context):
            return self._tail_values(text)  # "mine would be: commuters getting ...": no effect
        if own is not None:
            return own
        if procedure(text, actors):  # "de boetes lopen via ...", "de licentie kost 20.000 euro"
            return "case" if context.step == Step.CASE else "unread"
        names = actor_lists.names_in_list(text)
        if not _announced_list(text, sentence, context) and not actor_lists.unled_names(names):
            names = []  # a line of a pasted document is no list of names
        if (context.step == Step.CASE and context.first_case) or context.step == Step.OPTIONS:
            names = []  # the first words about the case are the case; in options: a measure
        late = _given_late(text, sentence, context, names, actors)
        if late == "options" and self._named_values(text):
            late = "values"  # at the summary: "en betrouwbaarheid van het model"
        if late is not None:
            return late  # at the summary: "- band alleen met instemming van de jongere"
        found = self._listed(text, sentence, context, names, actors)
        found = found or self._by_step(text, context, actors, names)
        if found in ("effects", "actors") and self._led_without_values(text, context):
            return self._tail_values(text)  # "waar het mij om gaat: dat je ongestoord kunt rouwen"
        return "unread" if found == "effects" and _no_effect(text, context) else found

    def _own_cues(
        self, text: str, sentence: Sentence, context: Context, actors: list[Actor]
    ) -> str | None:
        """A kind the sentence says itself: a header, values, a kind label, an actor label,
        a lead-in for actors, a labelled effect."""
        headed = self._header_cues(text, sentence, context)
        if headed is not None:
            return headed
        if KIND_TAIL_RE.search(text) and not is_question(text):
            return "options"  # "partners krijgen een brief (omgeving)": its kind named
        if context.step != Step.OPTIONS and self._effect_with_value(text, actors):
            return "effects"  # "schonere lucht in de binnenstad (gezondheid)"
        if _announced_effect(text, context.step):
            return "effects"  # "I'd add that farmers ..., that's a positive for them"
        if context.step == Step.OPTIONS and _dashed_measure(text, context):
            return "options"  # "+ design: ...", then "- en de bewaartermijn naar 1 uur"
        if context.step == Step.OPTIONS and MAKER_BUILDS_RE.match(text.strip()):
            return "options"  # "de leverancier zet de drempel zo dat ...": the maker's change
        if context.step == Step.OPTIONS and _goes_on_with_effects(text, context):
            return "effects"  # after an effect among options: "But a broken sensor could ..."
        if context.step == Step.VALUES and self._measure_with_aim(text):
            return "options"  # "na elke oefening een nabespreking, zodat de burgemeesters leren"
        if self._kind_labelled(text, context):
            return "options"  # "Environment: the mayor's decision ...": a kind, no value
        if self._values_cued(text, context):
            return "values"
        if _options_cued(text, context):
            return "options"
        if stated_condition(text):
            return "options"  # "de OR zei meteen: alleen als ...": a condition, not an effect
        if LABEL_RE.match(text):
            return "effects"  # "Bad: the camera records voices, and drivers ... too"
        if context.step in (Step.VALUES, Step.OPTIONS) and measure_for_people(text):
            return "options"  # "en voor de chauffeurs: in het contract vastleggen dat ..."
        if actor_labelled(text, actors) or _people_labelled(text, context):
            return "effects"
        about = has_direction(text) and mentioned_actor(text, actors) is not None
        asked = _measure_asked_past_effects(text, context)  # "wat als we met X ... afspreken?"
        asked = asked or restricted_rule(text)  # "misschien iets met dat ... alleen ...?"
        asked = asked or formal_measure(text)  # "a complaints desk will be set up for X"
        if context.effects_read and about and not proposal(text) and not asked:
            return "effects"  # among effects: "permit officers spend less time on files"
        if _actors_led(text, context):
            return "actors"  # "het gaat om een algoritme dat ..." is the case
        return "effects" if labelled_effect(text) else None

    def _header_cues(self, text: str, sentence: Sentence, context: Context) -> str | None:
        """The kind a header above the sentence gives, or a measure said as a condition or
        asked among effects where no header says otherwise; None when neither decides."""
        if sentence.header == Step.OPTIONS and no_measure(text):
            return "unread"  # "als opties heb ik zelf al die procedure": named before
        if (
            sentence.header == Step.OPTIONS
            and context.step == Step.VALUES
            and self._only_values(text)
        ):
            return "values"  # "voeg toe: autonomie" where values are asked
        if go_ahead_condition(text) or opening_measure(text):
            return "options"  # "alleen als de OR instemt met een draaiboek mag het doorgaan"
        early = context.step.position <= Step.EFFECTS.position
        if (
            early
            and sentence.header in (None, Step.EFFECTS)
            and asked_among_effects(text, context.step)
        ):
            return "options"  # "Wat ik merk: ... . Kunnen we niet gewoon ... afspreken?"
        if sentence.header is not None:
            return sentence.header.value
        return None

    def _kind_labelled(self, text: str, context: Context) -> bool:
        """Once values are asked, a measure under the label of its kind that is also a word for
        a value ("Environment: the mayor's decision ...", "environment" for sustainability):
        the label names the kind, what follows is no list of values."""
        label = KIND_LABEL_RE.match(text)
        late = context.step in (Step.VALUES, Step.OPTIONS, Step.SUMMARY)
        return late and label is not None and not self.values.value_list(label.group("rest"))

    def _measure_with_aim(self, text: str) -> bool:
        """A measure with its aim after it ("na elke oefening een nabespreking met de
        deelnemers, zodat de burgemeesters leren ...", "a monthly review with the staff, so
        that ..."): before the aim no value and no people it starts with."""
        aim = AIM_CLAUSE_RE.search(text)
        if aim is None:
            return False
        head = text[: aim.start()]
        if len(words(head)) < MIN_MEASURE_HEAD or self.catalogue.mentions(head):
            return False
        return not (clause_people(head) or is_question(text))

    def _values_cued(self, text: str, context: Context) -> bool:
        """Values by a cue of their own, or where values are asked or said among effects."""
        cue = VALUE_CUE_RE.search(text) or VALUES_LEAD_RE.match(text)
        if (cue and self.catalogue.mentions(text)) or self.values.value_list(text):
            return True
        if VALUES_LEAD_RE.match(text) and everyday_values(text, self.catalogue):
            context.led_values = True  # "values, in my words: the sea should still have fish"
            return True
        plus = PLUS_LEAD_RE.match(text)
        if context.step == Step.VALUES and plus and self.values.value_list(text[plus.end() :]):
            return True  # "+ effectiviteit": one more value
        if context.step == Step.VALUES and self.values.values_first_in_items(text):
            return True  # "rechtvaardigheid (iedereen betaalt), privacy, waardigheid want ..."
        if context.step == Step.VALUES and self.values.leads_with_values(text):
            return True  # "veiligheid, en eerlijkheid over wat de bot kan (transparantie)"
        asked = context.step in (Step.EFFECTS, Step.VALUES, Step.OPTIONS)  # values said late
        if asked and self.values.values_first_in_items(text, plain=True):
            return True  # "values, donor health, solidarity (giving blood is a gift), ..."
        if asked and self.values.items_led_by_values(text):
            return True  # "veiligheid van de dijk, privacy, en respect voor ..."
        ranked = VALUES_RANKED_RE.search(text) and len(self.catalogue.mentions(text)) >= 2
        if ranked and context.step.position >= Step.EFFECTS.position:
            return True  # "ik zou gezondheid boven veiligheid zetten"
        if context.step == Step.VALUES and self.values.value_concerning(text):
            return True  # "betrouwbaarheid van wat er gezegd wordt"
        if context.step == Step.VALUES and self.values.explained_front(text):
            return True  # "en hoor en wederhoor: dat je als bewoner kunt uitleggen ..."
        early = context.step in (Step.ACTORS, Step.EFFECTS, Step.VALUES)
        if early and self.values.values_led_items(text):
            return True  # "vertrouwen tussen de rechtbank en de bewindvoerders, privacy"
        if context.step == Step.VALUES and self.values.everyday(text):
            return True  # "dat mensen zelf kunnen kiezen", "it has to be fair"
        if self.stance_values(text, context.step):
            context.led_values = VALUE_LEAD_RE.match(text) is not None or context.led_values
            return True  # "voor mij zit het vooral in veiligheid", "for me: fairness, ..."
        if context.step == Step.ACTORS and MATTERS_LEAD_RE.match(text):
            context.led_values = True  # "what matters to me: you shouldn't ...; and ..."
        led = context.led_values and not text.rstrip().endswith("?")
        if led and everyday_values(text, self.catalogue):
            return True  # after "for me it comes down to: ...;": "people shouldn't feel spied on"
        if context.last_kind == "values" and self.values.value_with_reason(text):
            return True  # after values: "Veiligheid ook, gezien die rolstoelen"
        if context.step.position < Step.EFFECTS.position:
            return False
        more = context.step in (Step.EFFECTS, Step.VALUES) and context.last_kind == "values"
        if more and self._more_values(text):
            return True  # after "privacy dus.": "en dat mensen zelf kunnen kiezen"
        if context.step == Step.VALUES and own_value_added(text):
            return True  # "en voeg kwaliteit van zorg toe", "add quality of care"
        added = ADDED_VALUE_RE.search(text)  # "..., and add mercy, if that counts as a value"
        if context.step == Step.VALUES and added and VALUE_CUE_RE.search(text[added.end() :]):
            return True
        return self._values_said(text)  # "voeg autonomie toe", "fairness matters most to me"

    def stance_values(self, text: str, step: Step) -> bool:
        """Values after what the speaker says they come down to ("voor mij gaat het om ...",
        "for me: ..."), where effects or values are asked; after what matters to them ("what
        matters to me: ...") also where actors are asked."""
        thinking = THINKING_OF_RE.match(text)  # "ik dacht zelf aan betrouwbaarheid en ..."
        if thinking is not None and step in (Step.EFFECTS, Step.VALUES):
            spans = self.catalogue.mention_spans(text[thinking.end() :])
            return bool(spans) and spans[0][0] == 0
        told = step == Step.ACTORS and MATTERS_LEAD_RE.match(text) is not None  # "what matters"
        if step == Step.EFFECTS and self._led_catalogue_values(text):
            return True  # "wat ik belangrijk vind is een eerlijke beoordeling, de privacy ..."
        asked = step in (Step.EFFECTS, Step.VALUES) and VALUE_STANCE_RE.match(text) is not None
        if not (told or asked):
            return False
        return bool(self.catalogue.mentions(text) or everyday_values(text, self.catalogue))

    def _led_catalogue_values(self, text: str) -> bool:
        """What matters to the speaker, or their choice ("voor het team zou ik kiezen: ..."),
        then at least two values of the catalogue: values, where effects are asked too."""
        lead = MATTERS_LEAD_RE.match(text) or CHOICE_LEAD_RE.match(text)
        return lead is not None and len(self.catalogue.mentions(text[lead.end() :])) >= 2

    def _led_without_values(self, text: str, context: Context) -> bool:
        """Where effects or values are asked, a sentence led by what matters to the speaker,
        or one on the same line after such a lead, or where values are asked a wish ("dat ...",
        "that ..."), that names no value: no actor and no effect ("waar het mij om gaat: dat
        ...", "mine would be: ...")."""
        asked = text.rstrip().endswith("?")  # "what you tell a bot stays ..." asks nothing
        if context.step not in (Step.EFFECTS, Step.VALUES) or asked:
            return False
        lead = VALUE_LEAD_RE.match(text) is not None
        if lead:
            context.led_values = True
        wish = context.step == Step.VALUES and WISH_CLAUSE_RE.match(text) is not None
        told = not lead and BARE_THAT_RE.match(text) is None and has_direction(text)
        return lead or wish or (context.led_values and not told)  # "... De bezorgers voelen ..."

    def _tail_values(self, text: str) -> str:
        """Values where a value closes the sentence ("dat boeren niet als verdachte worden
        behandeld (vertrouwen dus)", "..., so fairness"), else nothing read."""
        tail = VALUE_TAIL_RE.search(text) or VALUE_BRACKETS_RE.search(text)
        named = tail is not None and self.catalogue.mentions(tail.group("value"))
        return "values" if named else "unread"

    def _more_values(self, text: str) -> bool:
        """After a sentence of values, one that goes on with them: in everyday words ("en dat
        mensen zelf kunnen kiezen") or led by a value ("and security obviously, ...")."""
        if self.values.everyday(text) or is_question(text):
            return not is_question(text)
        rest = VALUE_HEDGE_RE.sub("", MORE_LEAD_RE.sub("", text.strip(), count=1))
        spans = self.catalogue.mention_spans(rest)  # "en iets van verbondenheid"
        return bool(spans) and spans[0][0] == 0 and not has_direction(rest[: spans[0][1]])

    def _weighs_values(self, text: str) -> bool:
        """Values weighed against each other, one kept after doubt, or the value a remark says
        it is really about."""
        if VALUE_THEN_MEASURE_RE.search(text):
            return False  # "veiligheid staat voorop, dus de drone vliegt alleen overdag"
        return bool(values_weighed_in(text, self.catalogue))

    def _value_then_meaning(self, text: str) -> bool:
        """A catalogue value named first and what it means after it ("fairness I guess, and
        that you're not treated as a suspect")."""
        lead = VALUE_THEN_MEANING_RE.match(text.strip())
        return lead is not None and self.catalogue.find_value(lead.group("value")) is not None

    def _only_values(self, text: str) -> bool:
        """Only names of values ("autonomie", "privacy en rust"), no measure."""
        return (
            self.values.value_list(text) or self.catalogue.find_value(text.strip(" .")) is not None
        )

    def _values_said(self, text: str) -> bool:
        """A value added by name with an instruction ("voeg autonomie toe, dan is het goed"), or
        values said to weigh most ("rechtvaardigheid vind ik het belangrijkst"): values, also
        where options are asked."""
        added = added_name(text)
        if added is not None and self.catalogue.find_value(added) is not None:
            return True  # "voeg autonomie toe", "ik zou er nog betrouwbaarheid bij zetten"
        asked = VALUE_ASKED_RE.match(text.strip())  # "zou transparantie niet een ding zijn?"
        if asked is not None and self.catalogue.find_value(asked.group("name")) is not None:
            return True
        weighed = FORMAL_VALUE_WEIGHT_RE.search(text) is not None  # "staan ... centraal"
        if weighed and not is_question(text) and self.catalogue.mentions(text):
            return True
        first = MORE_LEAD_RE.sub("", text.strip(), count=1).split(",")[0]
        return bool(VALUE_WEIGHT_RE.search(first)) and bool(self.catalogue.mentions(first))

    def _listed(
        self,
        text: str,
        sentence: Sentence,
        context: Context,
        names: list[str],
        actors: list[Actor],
    ) -> str | None:
        """Effects, measures, own values or actors, as a list of names may hold them."""
        effect = has_direction(text) and not measure(text, context.step)
        if context.step == Step.EFFECTS and _people_listed(names):
            return "actors"  # "the oogvereniging (for blind people), station staff, the ..."
        if context.step == Step.EFFECTS and effect and not actor_lists.has_lead(text):
            return "effects"  # "- sneller klaar" is an effect, not a name
        measured = self.values.measure_for_values(text) or measure(text, context.step)
        if context.step == Step.VALUES and measured:
            return "options"  # measures given while values are asked: "we add a clause ..."
        told = self._told_effect(text, actors) or (
            has_direction(text) and (context.effects_read or actor_lists.person_share(names) == 0)
        )  # after effects, or a list of what changes: "sneller antwoord, wachtrij korter"
        if context.step == Step.ACTORS and names and told:
            return "effects"  # "ik vrees dat de chauffeurs ...": an effect, not a list of names
        named = [n for n in names if not greeting_only(n)]  # "..., super": a remark
        if context.step == Step.ACTORS and len(named) == 1 and _statement(named[0]):
            return "effects"  # "kinderen steken veiliger over, top", "residents sleep better"
        share = actor_lists.person_share(names)
        own = names and not SENTENCE_START_RE.match(text)  # "dat kan later" names no value
        after_measures = context.options_read and not self.catalogue.mentions(text)
        if own and context.step == Step.VALUES and share < PERSON_SHARE and not after_measures:
            return "values"  # a short list where values are asked: values of the user's own
        if names and context.step == Step.CASE and share == 0:
            return None  # "tablets, telefoons en een server" is what the case runs on
        if names and share == 1 and _added_late(text, context):
            return "actors"  # "en verder de GGD als toezichthouder, en de leverancier"
        enough = CASE_LIST if context.step == Step.CASE and context.asked else 3
        enough = 2 if _people_not_place(names, context) else enough  # asked where: "x-ers, y-ers"
        listed = len(names) >= enough or context.step == Step.ACTORS or sentence.bullet
        if names and listed and (context.step != Step.CASE or len(names) >= enough):
            return "actors"
        early = context.step.position <= Step.EFFECTS.position
        if names and sentence.bullet and early and share >= PERSON_SHARE:
            return "actors"  # a numbered list of people, whatever was asked
        return None

    def _effect_with_value(self, text: str, actors: list[Actor]) -> bool:
        """An effect with the value it touches in brackets after it ("mensen met weinig geld
        kunnen er niet meer in (rechtvaardigheid)", "cleaner air (health)")."""
        brackets = VALUE_BRACKETS_RE.search(text)
        if brackets is None or not self.catalogue.mentions(brackets.group("value")):
            return False
        front = text[: brackets.start()]
        if self.values.leads_with_values(front) or self.values.value_list(front.split(",")[0]):
            return False  # "veiligheid, en eerlijkheid over wat de bot kan (transparantie)"
        if self.values.value_concerning(front):
            return False  # "reliability of the registry (betrouwbaarheid van de BRP)"
        return has_direction(front) or subject_effect(front, actors)

    @staticmethod
    def _told_effect(text: str, actors: list[Actor]) -> bool:
        """A clause with a direction about people, not a lead-in that names actors."""
        if actor_lists.has_lead(text) or len(actor_lists.names_in_list(text)) >= ACTOR_LIST:
            return False  # "I guess the clients, the practitioners, ...": a list of actors
        return effect_like(text, actors)

    def _by_step(self, text: str, context: Context, actors: list[Actor], names: list[str]) -> str:
        """The kind by what the sentence says and what was asked, when it has no cue."""
        question = is_question(text)
        if context.step == Step.CASE and context.first_case:
            return "case"  # "..., to plan where new trees should go" describes, it does not propose
        if context.step == Step.CASE and how_it_works(text):
            return "case"  # "it gives every application a green label": how it works
        if context.step == Step.CASE and _minuted_effect(text, context):
            return "effects"  # minutes: "- Murat: scheelt per campagne 6000 euro"
        if measure(text, context.step) and not _proposed_in_an_aside(text, context.step):
            return "options"
        if context.worried and not question and context.step != Step.CASE:
            return "effects"  # "I also worry about the cleaners. They end up ...": on them
        if _worry_asked(text, context, actors):
            return "effects"  # "wat als de data lekt?", "krijgen ouderen dan nog wel bezoek?"
        told = _told_in_the_case(text, context, actors, question)
        if told is not None:
            return told
        first = not context.options_read  # "Options? I was thinking: ... . Conductors get ..."
        if context.step == Step.OPTIONS and first and _effect_among_options(text, actors):
            return "effects"  # "horeca vindt het prima, geeft rust": what happens, no measure
        if context.step == Step.OPTIONS and _goes_on_with_effect(text, context):
            return "effects"  # "I forgot an effect: ... . They watch live, ..."
        if context.step in (Step.OPTIONS, Step.SUMMARY) and self._named_values(text):
            return "values"  # "gezondheid, en dat je zelf mag kiezen, hoe heet dat?", "and trust"
        if context.step == Step.OPTIONS and not question:
            context.fell_through = not no_measure(text)  # no cue: the learned models weigh it
            return "options" if context.fell_through else "unread"
        if context.step == Step.SUMMARY and not question and option_kind(text):
            return "options"  # options given after the conversation moved on
        if has_direction(text) and is_clause(text):
            return "effects"
        if description(text, actors):
            return "unread"  # "het systeem meet ...", "we willen ...", "X is verantwoordelijk"
        if context.step == Step.EFFECTS and is_clause(text) and not question:
            return "effects"
        directed = has_direction(text) and len(text.split()) >= MIN_CONTENT_WORDS
        if context.step == Step.EFFECTS and directed and not question:
            return "effects"
        if context.step in (Step.ACTORS, Step.VALUES) and subject_effect(text, actors):
            return "effects"  # "handhavers moeten vaker in dezelfde buurten lopen"
        among_effects = context.step == Step.EFFECTS or context.effects_read
        about = mentioned_actor(text, actors) if among_effects else None
        if about is not None and len(text.split()) >= MIN_CONTENT_WORDS and not question:
            return "effects"  # "the owners sell more on quiet days"
        if context.step == Step.ACTORS and names:
            return "actors"
        if context.step == Step.VALUES and not SENTENCE_START_RE.match(text):
            return "values" if match_values(text, self.catalogue) else "unread"
        return "unread"

    def _named_values(self, text: str) -> bool:
        """Values given late: with the question what they are called after them ("privacy, and
        living the way you want, what's that called?"), or alone: catalogue values, no measure."""
        asked = NAME_ASKED_TAIL_RE.search(text)
        if asked is None:
            return self._value_alone(text)
        return any(v.entry is not None for v in match_values(text[: asked.start()], self.catalogue))

    def _value_alone(self, text: str) -> bool:
        """A sentence that only names values ("and independence", "en rechtvaardigheid
        natuurlijk", "then safety, privacy, and that EV drivers aren't treated differently"):
        each item a value's name or a value in everyday words that names no measure."""
        if self.values.value_list(text):
            return True
        items = [i for i in VALUE_ITEM_SPLIT_RE.split(text) if words(i)]
        return bool(items) and all(self._value_item(i) for i in items)

    def _value_item(self, item: str) -> bool:
        named = [w for w in words(item) if w not in VALUE_FILLER | FILLER | OPENING_WORDS]
        if not named or self.values.value_list(item):
            return True  # "nou", "privacy"
        if len(named) == 1:  # "and independence"
            found = match_values(item, self.catalogue)
            return len(found) == 1 and found[0].entry is not None
        whose = VALUE_OF_WHAT_RE.search(item)  # "en betrouwbaarheid van het model"
        if whose is not None and whose.start() > 0:
            return self._value_item(item[: whose.start()])
        if option_kind(item) is not None or measure(item, Step.OPTIONS):
            return False  # "a training on privacy" is a measure
        clause = VALUE_CLAUSE_RE.match(item) is not None  # "dat niemand tussen wal en ..."
        return clause and bool(everyday_values(item, self.catalogue))


def _proposed_in_an_aside(text: str, step: Step) -> bool:
    """Where the case is told, a sentence whose words of a proposal stand only in a clause about
    something its main clause names ("De software markeerde ook graven waar de familie planten
    heeft laten groeien", "Die verslagen gaan mee naar de rechter als de ondertoezichtstelling
    verlengd moet worden"): how it works or what happened, no measure. A condition in front
    ("alleen als ...", "only if ...") is no such clause."""
    if step != Step.CASE:
        return False
    inside = EMBEDDED_CLAUSE_RE.search(text)
    if inside is None or len(words(text[: inside.start()])) < EMBEDDED_AFTER_WORDS:
        return False
    return not measure(text[: inside.start()], step)


def _minuted_effect(text: str, context: Context) -> bool:
    """In pasted minutes, a clause with a direction that is no question or proposal: what
    someone present saw happen ("- Fatima: minder huidproblemen gezien", "Ruud: investigators
    get their clips sorted in hours instead of weeks")."""
    if not context.minuted or is_question(text) or measure(text, context.step):
        return False
    if PLAN_RE.match(text.strip()) is not None or not is_clause(text):
        return False  # "EU free movement issue": a topic, no effect
    if TECHNOLOGY_HINT_RE.search(" ".join(words(strip_article(text))[:2])):
        return False  # "AI sorts them by time and place": how it works
    return has_direction(text)


def _options_cued(text: str, context: Context) -> bool:
    """Whether a sentence says itself that it holds measures: an own idea or a talk lead once
    values are past, a kind label, an announcement, a "+" measure, or a measure after options."""
    late = context.step in (Step.OPTIONS, Step.SUMMARY)
    own = late or context.step == Step.VALUES
    if own and OWN_IDEA_LEAD_RE.match(text):
        return True  # "mijn idee: ...", "ik heb er zelf al een: ...", "one from me: ..."
    if late and talk_lead(text):
        return True  # "and from the other kinds: a rule that ...", "a design thing - ..."
    announced = ANNOUNCING_LEAD_RE.match(text) if late else None
    if announced is not None and not no_measure(text[announced.end() :]):
        return True  # "wat ik zelf al had bedacht: een brief aan ...", "what I'd add: ..."
    if _kind_label(text, context.step) or OPTIONS_ANNOUNCED_RE.match(text):
        return True  # below: "+ a workshop for new teachers", one more measure
    if late and _plus_measure(text):
        return True
    measured = measure(text, Step.OPTIONS) or LET_DO_RE.search(text) is not None
    return context.options_read and measured and not has_direction(text)  # "verder X laten ..."


def _actors_led(text: str, context: Context) -> bool:
    """Whether a lead for actors opens a list of names that are people (or a strong lead or
    tail), and not a measure thought of where options are asked."""
    if not (actor_lists.has_lead(text) and actor_lists.names_in_list(text)):
        return False
    named = actor_lists.names_in_list(text)
    strong = STRONG_LEAD_RE.match(text) or actor_lists.has_tail(text)
    thought = context.step == Step.OPTIONS and suggestion(text)  # "ik denk aan: X, Y"
    if context.step == Step.CASE and context.first_case and not strong:
        return False  # "het gaat om camera's bij het station in gemeente Zwolle": the case
    people = actor_lists.person_share(named) >= PERSON_SHARE
    measured = context.step == Step.OPTIONS and measure(text, context.step)
    return not measured and bool(strong or (people and not thought))  # not "a random sample"


def _effect_among_options(text: str, actors: list[Actor]) -> bool:
    """An effect told where options are asked: people it starts with and a direction, in a
    statement without a word for a measure ("groepen die hard zingen geven vals alarm",
    "horeca vindt het prima, geeft rust", "the drivers lose their overview")."""
    bare = LEADING_RE.sub("", text.strip())  # "en de werkcoaches een training geven"
    if any(measure(t, Step.OPTIONS) or proposal(t) for t in (text, bare)):
        return False
    if LET_DO_RE.search(text) is not None or PERMISSION_RE.match(bare) is not None:
        return False  # "laat ze ...", "de chauffeurs mogen de route aanpassen als ..."
    if EVERY_CASE_RE.search(text) is not None:
        return False  # "every flagged application still gets read in full by an officer"
    if SAMPLE_CHECK_RE.search(text) or (FREQUENCY_RE.search(text) and CHECK_VERB_RE.search(text)):
        return False  # "verpleegkundigen lezen elke week een steekproef na om fouten te vinden"
    if WISH_LEAD_RE.search(text) or WISH_TAIL_RE.search(text) or is_question(text):
        return False  # "handhavers leggen eerst uit wat ze doen, dat zou mooi zijn": a wish
    if _told_as_a_command(bare):
        return False  # "- pay the lab fee from the GGD budget": the lab is no subject
    return has_direction(text) and subject_effect(text, actors)


def _told_as_a_command(text: str) -> bool:
    """An English line that opens with a verb before "the"/"a" ("pay the lab fee ...", "give
    the tenants a key"): a command, a measure; the people after the verb are no subject."""
    tokens = words(text)
    if len(tokens) < 3 or tokens[1] not in ("the", "a", "an"):
        return False
    return tokens[0] not in NOT_COMMAND_OPENERS and tokens[0] not in ("the", "a", "an")


def _given_late(
    text: str, sentence: Sentence, context: Context, names: list[str], actors: list[Actor]
) -> str | None:
    """At the summary, content given after the conversation moved on, read by its shape as at
    its own step: an effect about the people it starts with, or a measure (a line of a list,
    one after a measure in the same message, or one with a word for its kind) that is no list
    of people and no remark ("bedankt, hier kan ik mee verder")."""
    if context.step != Step.SUMMARY or is_question(text):
        return None
    if _effect_among_options(text, actors):
        return "effects"  # "- de jongeren voelen zich gecontroleerd"
    if names and all(_people_in_front(n) for n in names):
        return None  # "- de ouders en de leerkrachten": actors
    kind = option_kind(text)
    remark = no_measure(text) or CLOSING_RE.search(text) is not None  # "mooi overzicht, dank"
    more = ONE_MORE_MEASURE_RE.match(text.strip()) is not None and not is_clause(text)
    if not (sentence.bullet or context.options_read or kind is not None or more):
        return None
    return "unread" if remark else "options"


def _people_in_front(name: str) -> bool:
    """Whether a name is about people before any qualifier ("de aannemers", "ouders van
    leerlingen"), not a thing for them ("een folder voor de omwonenden")."""
    tokens = words(name)
    cut = next((i for i, t in enumerate(tokens) if i and t in NAME_BREAKS), len(tokens))
    return actor_lists.is_person(" ".join(tokens[:cut]))


def _measure_asked_past_effects(text: str, context: Context) -> bool:
    """A measure asked as a question where values or options are asked ("wat als we met de
    verpleegkundigen een protocol afspreken ...?"), also when it names people told of before."""
    late = context.step in (Step.VALUES, Step.OPTIONS, Step.SUMMARY)
    return late and is_question(text) and measure(text, context.step)


OWN_VALUE_WORDS = 4  # "kwaliteit van zorg", "quality of care": a value's name is short


def own_value_added(text: str) -> str | None:
    """A value of the user's own added by name with an instruction where values are chosen ("en
    voeg kwaliteit van zorg toe", "add quality of care"): its name, short, without an article
    or words of an option kind ("voeg een audit toe" is a measure said early)."""
    added = added_name(text)
    if added is None:
        return None
    name = words(added)
    bare = bool(name) and name[0] not in ("een", "de", "het", "a", "an", "the", "ook", "also")
    short = bare and len(name) <= OWN_VALUE_WORDS
    return added.strip() if short and option_kind(added) is None else None


def added_name(text: str) -> str | None:
    """The name a sentence adds with an instruction ("voeg X toe", "add X") or by saying one
    would put it in ("ik zou er zelf nog X bij zetten", "I'd put X on the list too")."""
    added = ADD_NAME_RE.match(text.strip()) or ADD_NAME_AFTER_RE.match(text.strip())
    if added is None:
        return None
    names = [v for k, v in added.groupdict().items() if v and k in ("name", "en", "other")]
    return names[0] if names else None


def _plus_measure(text: str) -> bool:
    """Where options are asked, a plus in front of a measure named by a noun or an instruction
    ("+ a workshop for new teachers", "+ een brief aan alle ouders"): one more measure, not a
    positive effect; a label with a colon ("+: ...", "+ teachers: ...") stays an effect."""
    stripped = text.strip()
    if not stripped.startswith("+") or ":" in stripped:
        return False
    rest = stripped[1:].strip()
    named = NOUN_MEASURE_RE.match(rest) is not None or OPTION_START_RE.match(rest) is not None
    return (named and cued_kind(rest)) or duty_of_people(rest)  # "+ organisatoren leren ..."


def _dashed_measure(text: str, context: Context) -> bool:
    """Right after a measure, a line with a dash or minus in front that names a measure and no
    effect ("- en de bewaartermijn naar 1 uur ipv 24u" under "+ design: ..." lines): a bullet
    among options, no downside."""
    dash = DASH_BULLET_RE.match(text)
    if dash is None or context.last_kind != "options":
        return False
    rest = text[dash.end() :]
    return option_kind(rest) is not None and not has_direction(rest)


DASH_BULLET_RE = re.compile(r"^\s*[-\u2212\u2013]\s*(?:(?:en|and|ook|also|plus)\s+)?")


def _no_effect(text: str, context: Context) -> bool:
    """A sentence that is never an effect: one that says so itself, goes off the subject or
    corrects a fact ("not an effect I guess", "off topic", "wacht, correctie: ..."), a side
    remark (``side_remarks``), one without a direction after a correction in the same
    message, or a question to the assistant ("do u know if ...?", "wat vind jij?"). Nor is what
    the speaker finds important ("waar het mij om gaat: dat ...") or a bare "dat ..." after it."""
    if NOT_AN_EFFECT_RE.match(text) is not None or side_remark(text):
        return True
    if REPORTED_PROPOSAL_RE.match(text) is not None or REPORTING_LINE_RE.match(text):
        return True  # "Joost vraagt of er een toezichthouder moet komen": a measure put forward
    if MATTERS_LEAD_RE.match(text) is not None and context.step != Step.VALUES:
        context.stance = True  # "wat ik belangrijk vind: dat ...": what should be protected
        return True
    if context.stance and BARE_THAT_RE.match(text) is not None:
        return True  # after "wat ik belangrijk vind?": "Dat je weet met wie je praat."
    if context.correcting and not has_direction(text):
        return True
    own = QUOTED_SPEECH_RE.sub("", text)  # "a few were angry: 'how do you know ...?'"
    return is_question(own) and ADDRESSED_RE.search(own) is not None


def _worry_asked(text: str, context: Context, actors: list[Actor]) -> bool:
    """A worry told as a question once the case is told, before the options are asked."""
    if context.step.position >= Step.OPTIONS.position:
        return False
    return not (context.step == Step.CASE and context.first_case) and worry_question(text, actors)


def _announced_effect(text: str, step: Step) -> bool:
    """A sentence announced as an effect or judged as good or bad for someone, not a measure
    with a remark on it ("een cursus voor de medewerkers, dat is een pluspunt")."""
    announced = EFFECT_ANNOUNCED_RE.search(text)
    if announced is None or is_question(text):
        return False
    return announced.start() == 0 or not measure(text[: announced.start()], step)


def _goes_on_with_effects(text: str, context: Context) -> bool:
    """Right after an effect told among options, a contrast with a direction of its own that
    proposes nothing ("But a broken sensor could mean a fine without cause")."""
    if context.last_kind != "effects" or CONTRAST_RE.match(text.strip()) is None:
        return False
    return has_direction(text) and not measure(text, context.step) and not proposal(text)


PEOPLE_LABEL_WORDS = 6  # "en voor de mensen met een rolstoel:" at most


def _told_in_the_case(
    text: str, context: Context, actors: list[Actor], question: bool
) -> str | None:
    """Where the case is asked, a sentence without a cue of its own: an effect when it tells a
    change or what happens to people named, else the case; None at the other steps."""
    if context.step != Step.CASE:
        return None
    told = effect_like(text, actors, loose=not context.opening) or (
        context.effects_read and has_direction(text) and is_clause(text)
    )  # after effects in the same message: "en op plekken waar ..., geeft de kaart ..."
    told = told and PLAN_RE.match(text.strip()) is None  # "ons wijkteam wil ... gebruiken"
    told = told or told_change(text, actors, bool(context.how_it_was))
    if not context.first_case and told:
        return "effects"  # "vroeger liepen ze ..., nu krijgen ze een melding": a change
    if not question and _told_of_actors(text, actors):
        return "effects"  # actors known, then "klantmanagers minder telefoontjes"
    if not question and _users_answered_by_effect(text, context):
        return "effects"  # asked who works with it: "de handhaver krijgt er werk bij"
    if context.first_case or not strong_effect(text):
        return "case"
    return None


def _people_not_place(names: list[str], context: Context) -> bool:
    """Where the case asks where or what is decided, a list of plural people ("bezoekers,
    handhavers, omwonenden", "residents and wardens") answers who is involved, not where: no
    organisation or department among them."""
    if context.step != Step.CASE or context.asked not in ("context", "decisions"):
        return False
    return len(names) >= 2 and all(actor_lists.head_is_person(n) for n in names)


def measure_for_people(text: str) -> bool:
    """Where options are asked, people named as a label and a measure for them after it ("en
    voor de chauffeurs: in het contract vastleggen dat ...", "for people with a disability: can
    they register their desk in the app?")."""
    head, colon, rest = text.partition(":")
    if not colon or len(words(head)) > PEOPLE_LABEL_WORDS or not rest.strip():
        return False
    if FOR_PEOPLE_RE.match(head.strip()) is None:
        return False  # "ik zou zeggen: betrokken zijn ..." names no people it is for
    rest = INSTEAD_TAIL_RE.sub("", rest.strip())  # "..., ipv te controleren"
    kind = option_kind(rest) is not None and not has_direction(rest)
    return measure(rest, Step.OPTIONS) or kind


def _goes_on_with_effect(text: str, context: Context) -> bool:
    """Among options, a statement right after an effect told in the same message that proposes
    nothing and names no measure ("I forgot an effect: the operators carry a heavy burden. They
    watch live, ..."): it goes on with that effect."""
    if not (context.effects_read and context.last_kind == "effects") or context.options_read:
        return False
    if CLOSING_RE.search(text) or chatter(text):
        return False  # "verder geen opties meer, dit is het": nothing more follows
    named = words(text)[:1] in (["een"], ["a"], ["an"])  # "een bord bij de remise": a measure
    return not (named or measure(text, context.step) or proposal(text))


def _people_labelled(text: str, context: Context) -> bool:
    """Once the case is told, a line led by a group of people and a colon that goes on with a
    clause ("bewoners van de binnenstad: die tellen ook mee ...", "drivers: they lose time"):
    effects on that group, whether or not it was named before."""
    if context.step != Step.CASE or context.first_case or actor_lists.has_lead(text):
        return False  # "Main groups: ..." announces names
    label, colon, rest = text.partition(":")
    if not colon or len(words(label)) > LABEL_WORDS or len(words(rest)) < MIN_CONTENT_WORDS:
        return False
    if is_question(rest):
        return False  # "vraagje tussendoor: weet jij of ...?"
    return actor_lists.names_people(label) and actor_lists.name_like(label)


def _announced_list(text: str, sentence: Sentence, context: Context) -> bool:
    """Whether names in ``text`` answer the question who is involved (asked, or announced by a
    lead-in or a header), or whether it is too late in the conversation for pasted documents."""
    led = actor_lists.has_lead(text) or sentence.header == Step.ACTORS
    late = context.step.position >= Step.VALUES.position  # a list there holds values or measures
    return led or late or context.step == Step.ACTORS


def _added_late(text: str, context: Context) -> bool:
    """Names added with a lead-in after the actors step ("and also the union and the vendor"),
    with no direction of their own."""
    late = context.step.position > Step.ACTORS.position
    return late and LATE_ADDITION_RE.match(text.strip()) is not None and not has_direction(text)


def _told_of_actors(text: str, actors: list[Actor]) -> bool:
    """Once actors are named (while the case is still asked), a sentence with a direction that
    starts with one of them ("klantmanagers minder telefoontjes") or is a clause about people
    ("mensen krijgen soms een verkeerd antwoord"): an effect."""
    if not actors or not has_direction(text) or len(words(text)) < MIN_CONTENT_WORDS:
        return False
    about = mentioned_actor(text, actors)
    spot = mention_position(words(strip_article(text)), about) if about is not None else None
    return (spot is not None and spot[0] == 0) or (is_clause(text) and _people_subject(text))


def _users_answered_by_effect(text: str, context: Context) -> bool:
    """Where the users were asked, a clause with a direction that opens with people ("de
    handhaver krijgt er een hoop werk bij", "the planners lose a lot of time"): what happens to
    them, an effect that names them, not a description of who uses it."""
    if context.asked != "users" or context.first_case or not has_direction(text):
        return False
    return is_clause(text) and bool(clause_people(text))


def _people_subject(text: str) -> bool:
    first = words(strip_article(text))[:1]
    return bool(first) and first[0] in GENERIC_SUBJECTS


def _kind_label(text: str, step: Step) -> bool:
    """A label of an option kind in front ("ontwerp: ..."); one that also labels the case
    ("Context: een model dat ...") only once the values are past."""
    label = KIND_LABEL_RE.match(text)
    if label is None:
        return False
    return step.position >= Step.VALUES.position or label.group("label").lower() not in CASE_LABELS


def _statement(name: str) -> bool:
    """One "name" that is a statement about people: an evaluation ("fijn dat de kinderen ...",
    "good that ..."), or three or more words whose head, before any word that says which people
    it means, carries a direction after its first word ("kinderen steken veiliger over",
    "residents sleep better"; "boze bewoners die ..." and "mensen die slecht ter been zijn" are
    names)."""
    words = name.lower().split()
    if len(words) > 2 and words[1] in ("dat", "that"):
        return has_direction(words[0])
    if len(words) >= MIN_CONTENT_WORDS and words[0] in SOME_OF_THEM and _verb_after(words):
        return True  # "sommigen dumpen hun zakken ernaast": about some of them
    cut = next((i for i, w in enumerate(words) if w in NAME_QUALIFIER_WORDS), len(words))
    head = words[:cut]
    if len(words) < MIN_CONTENT_WORDS or len(head) < 2 or has_direction(head[0]):
        return False
    return has_direction(" ".join(head))


def _verb_after(words: list[str]) -> bool:
    """Whether the word after "sommigen"/"some" is no noun of people ("some residents") or
    "of" ("some of them"), so a verb ("sommigen dumpen", "others ignore")."""
    second = words[1]
    if second in ("of", "van"):
        return len(words) > 3 and words[2] in ("them", "hen", "ze", "hun")
    return not actor_lists.is_person(second) and second not in NAME_QUALIFIER_WORDS


def _people_listed(names: list[str]) -> bool:
    """A list of three or more names of people where effects are asked, with a direction word
    in fewer than half of them: a direction inside a description ("de zorgcoordinator", "the
    association for blind people") makes no effect; "ouders blij, kinderen boos, leraren moe"
    stays one."""
    if len(names) < ACTOR_LIST or actor_lists.person_share(names) < PERSON_SHARE:
        return False
    return 2 * sum(has_direction(n) for n in names) < len(names)
