"""The reader: everything one message holds, whatever step the conversation is at.

A message is cleaned of what is not about the case (markup, instructions to the assistant,
complaints), checked as a whole for a move, a short reply, an edit or an aside, and otherwise
read sentence by sentence: a question about the method or a request for proposals, a step to go
back to, an actor added in passing, and otherwise the kind ``sentence_classes`` gives it (by its
own cues first, by what the assistant asked last only when it has none). Rules and the value
catalogue only: deterministic, offline and fast.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.domain.session import OPTION_KINDS, Actor, Direction, OptionKind, Session, Step
from assistant.knowledge.catalogue import Catalogue
from assistant.language.cues.actor_list_items import ACTORS_LABEL_RE
from assistant.language.cues.actor_lists import NOT_INVOLVED_RE, OBLIGED_RE
from assistant.language.cues.case import PLUS_AS_WORD, PLUS_BETWEEN_WORDS_RE, USERS_LABEL_RE
from assistant.language.cues.conversation import (
    ABOUT_THE_STEPS_RE,
    BACK_TO_RE,
    EDIT_LABEL_RE,
    RECOGNISE_RE,
    YOUR_CHOICE_RE,
)
from assistant.language.cues.direction import DISOWNS_BEFORE_RE
from assistant.language.cues.direction_labels import (
    AGREED_BEFORE_FOR_RE,
    ASKED_ABOUT_LABEL_RE,
    DASH_LABEL_RE,
    LABEL_RE,
    WORRY_ABOUT_RE,
)
from assistant.language.cues.formal import ASKED_PROPOSAL_RE
from assistant.language.cues.grammar import (
    PROPOSAL_RE,
    SAME_AGAIN_RE,
    STANCE_LEAD_RE,
)
from assistant.language.cues.item_doubts import ITEM_DOUBT_RE, MAX_DOUBT_WORDS
from assistant.language.cues.kind_coverage import (
    KIND_QUESTION_RE,
    OPENING_PRONOUN_RE,
    OWNER_NAME_RE,
    PEOPLE_THEMSELVES_RE,
)
from assistant.language.cues.measure_joints import MEASURE_GOES_ON_RE, WISH_GOES_ON_RE
from assistant.language.cues.measure_leads import ANNOUNCING_LEAD_RE, PRAISED_PICK_LEAD_RE
from assistant.language.cues.measure_phrasings import (
    OPTIONS_ANNOUNCED_RE,
    OPTIONS_OPENING_RE,
    PERIOD_RE,
)
from assistant.language.cues.measure_talk import LEAD_END_RE
from assistant.language.cues.option_kinds import (
    OPTION_KIND_WORDS,
)
from assistant.language.cues.people_in_sentences import NAME_WITH_CLAUSE_RE, POSSESSIVES
from assistant.language.cues.references import (
    MATTERS_LEAD_RE,
    UNSURE_LEAD_RE,
    VALUE_BRACKETS_RE,
    VALUE_LEAD_RE,
    VALUE_TAIL_RE,
    VALUES_WORD_ONLY_RE,
)
from assistant.language.cues.replies import (
    CLOSING_RE,
    ENOUGH_RE,
)
from assistant.language.cues.reported_measures import MINUTES_POINTER_RE, REPORTED_LEAD_RE
from assistant.language.cues.values import ABSTRACT_HEAD_RE, VALUE_FIRST_RE, VALUES_WEIGHED_RE
from assistant.language.textparts import strip_article, words
from assistant.method.editing.canvas import find_item
from assistant.method.reading import actor_lists, passing_actors
from assistant.method.reading.actor_edits import take_actor_edits
from assistant.method.reading.asides import (
    about_approach,
    category_question,
    guidance_question,
    meaning_question,
    privacy_question,
)
from assistant.method.reading.board_headers import board_headers
from assistant.method.reading.case_clauses import names_people_only
from assistant.method.reading.case_facets import read_case
from assistant.method.reading.case_roles import case_roles
from assistant.method.reading.chatter import chatter, without_chatter
from assistant.method.reading.conditions import condition_option
from assistant.method.reading.effect_actor_names import (
    effect_actor_name,
    one_person_of_a_story,
)
from assistant.method.reading.effect_fixes import take_effect_fixes
from assistant.method.reading.effect_lines import (
    EffectDraft,
    extract_effects,
    follow_carried_actors,
    one_of_a_group,
    point_by_name,
)
from assistant.method.reading.effect_people import (
    both_ways,
    for_one_person,
    for_the_public,
    tellers,
)
from assistant.method.reading.effects_doubted import take_effects_doubted
from assistant.method.reading.effects_meant_for import take_effects_meant_for
from assistant.method.reading.extraction import (
    ValueChoice,
    aim_of_measure,
    detect_context,
    extract_options,
    kind_terms,
    laid_down_joined,
    match_values,
    option_kind,
    option_talk,
)
from assistant.method.reading.group_sides import (
    bare_disagreement,
    disagreement_told,
    side_of_disagreement,
    with_gathered_group,
)
from assistant.method.reading.intents import Intent, detect_intent, only_agrees, step_from_words
from assistant.method.reading.kind_coverage import (
    coverage_before_comma,
    kind_coverage,
    pointer_talk,
)
from assistant.method.reading.last_item import last_item_edit, take_item_removals
from assistant.method.reading.late_additions import direction_said, late_addition
from assistant.method.reading.line_actors import actor_heading, actor_signed_lines
from assistant.method.reading.measure_talk import (
    claimed_measure,
    option_claim,
    talk_without_measures,
)
from assistant.method.reading.mentions import find_actor, group_of_one, mentioned_actor
from assistant.method.reading.minutes import action_points_read, points_kept, reported_meeting
from assistant.method.reading.name_fragments import (
    fragment_name,
    value_head,
    without_denied,
    without_fragments,
)
from assistant.method.reading.noise import (
    greeting_only,
    minuted_statements,
    organisations_spelled_out,
    people_spelled_out,
    strip_noise,
    with_apostrophes,
    with_label_colons,
    with_of_course,
    with_spoken_commas,
)
from assistant.method.reading.option_parties import option_agents
from assistant.method.reading.options_added import options_added
from assistant.method.reading.organisation_kinds import organisation_kind
from assistant.method.reading.organisations_at_work import at_work, parties_at_work
from assistant.method.reading.others_options import minutes_options, others_options
from assistant.method.reading.own_corrections import (
    moves_an_effect,
    take_own_corrections,
    without_restarted_phrases,
)
from assistant.method.reading.pasted_measures import pasted_pointer
from assistant.method.reading.pasted_tables import tables_as_lines
from assistant.method.reading.personas import without_personas
from assistant.method.reading.polarity import clause_direction, emoji_signs, signed_lines
from assistant.method.reading.questions import (
    asked_kind,
    cannot_think,
    is_question,
    kinds_named,
    method_question,
    option_request,
    proposal_request,
    proposals_taken,
)
from assistant.method.reading.reading import Reading
from assistant.method.reading.references import (
    PROPOSAL_STEPS,
    agreed_only,
    closing_thanks,
    proposal_reference,
    read_references,
    without_pick_changes,
)
from assistant.method.reading.restatements import restated_effects, restatement
from assistant.method.reading.scenes import holds_words, join_scenes, scene_before
from assistant.method.reading.segments import (
    Sentence,
    labelled_bullets,
    numbered_lines,
    sentences,
    split_sentences,
    unwrapped,
)
from assistant.method.reading.sentence_classes import (
    MIN_CONTENT_WORDS,
    PERSON_SHARE,
    Context,
    SentenceClasses,
    measure_for_people,
    own_value_added,
)
from assistant.method.reading.sentence_kinds import (
    actor_labelled,
    asked_among_effects,
    cued_kind,
    effect_line,
    effect_then_measure,
    go_ahead_condition,
    has_direction,
    measure,
    negated_ask,
    opening_measure,
    proposal,
    proposal_among_effects,
    stated_condition,
)
from assistant.method.reading.side_remarks import concern_party, payer, side_remark
from assistant.method.reading.speaker_role import speaker_of
from assistant.method.reading.step_moves import navigates, scope_to_named_step
from assistant.method.reading.told_changes import how_it_was, with_how_it_was
from assistant.method.reading.turned_down_measures import without_turned_down_measures
from assistant.method.reading.value_lists import ValueLists
from assistant.method.reading.values_step import (
    announced_measures,
    numbered_measures,
    numbers_for_options,
    options_among_values,
    said_among,
    to_the_top,
    value_added,
    values_among_options,
    values_asked_back,
)
from assistant.method.reading.values_taken_back import (
    take_values_replaced,
    take_values_taken_back,
    take_values_turned_down,
)
from assistant.method.reading.values_then_measures import drawn_measure, values_then_measures
from assistant.method.reading.weighed_alternatives import without_alternative_effects
from assistant.method.reading.weighed_values import (
    own_name_led_by_abstract_noun,
    values_weighed_in,
)

MIN_VALUES_IN_LIST = 2  # a list naming two values or more is a list of values
MEASURE_STEPS = (Step.VALUES, Step.OPTIONS)  # where "what would you do?" asks for measures
VALUE_TAIL_GLUE = frozenset(("en", "and", "of", "or", "ook", "also", "vooral", "mainly", "de",
                             "the"))  # fmt: skip
WHOLE_INTENTS = ("empty", "language", "verdict", "next", "back", "goto", "remove", "correct",
                 "done", "no", "help", "about", "privacy", "offtopic", "export",
                 "thanks", "overview")  # fmt: skip
ADDING_WORDS = frozenset(("en", "and", "ook", "also", "plus", "too", "erbij", "nog"))
ADDED_PEOPLE_WORDS = 6  # "en de teamleiders ook nog"
ITEM_WORDS = 4  # "who: drivers obviously. ...": a first item this short, then more sentences
USERS_LIST = 3  # "lifeguards, zwemmers, ouders" lists actors; "het team X, in de centrale" does not
USERS_PAIR = 2  # two groups of people, no body ("bezoekers en handhavers"), list actors too
ENUMERATOR_RE = re.compile(r"^\s*\(?[a-hA-H1-9]\)\s+")  # "(a) ", "b) ", "(3) "
DASH_LEAD_RE = re.compile(r"\s+[-\u2013\u2014]+\s+")
FULL_STOP_RE = re.compile(r"[.!?](?=\s|$)")


MEASURE_AS_VALUE_WORDS = 2  # a measure taken for a value has words of its own: "geen camera"
ABSTRACT_NAME_WORDS = 2  # "family life": a value of the family, not the family
MIN_OWN_VALUES = 2  # a list of the user's values, not one value named with a measure
TOLD_FACETS = ("notes", "users", "decisions")  # where a story told to the case is noted
SENTENCE_NAME_WORDS = 5  # a name read alone this long may be a sentence of an effect
VERDICT_CONTENT_WORDS = 20  # this much beside a request for a verdict is content to read


def _scene_told_on(text: str, session: Session, reading: Reading) -> None:
    """The first effects of a message that go on with a scene the message before left open
    become that scene's one effect ("But there's a woman who sings in bed," "and every time
    she does, ...")."""
    if reading.intent is not None and reading.intent.kind != "next":
        return  # "..., en toen bleef de slagboom dicht. ok verder" goes on all the same
    tail = scene_before(text, session, reading.effects)
    if tail is None:
        return
    rest = reading.effects[tail.taken :]
    reading.effects = [tail.draft, *rest] if tail.draft is not None else rest
    unread = [words(sentence) for sentence in tail.unread]  # "en een huisgenoot die ..."
    reading.options = [
        o for o in reading.options if not any(holds_words(u, words(o.text)) for u in unread)
    ]
    if tail.fix is not None:
        reading.effect_fixes.append(tail.fix)


def _beside_the_verdict(text: str) -> list[Sentence]:
    """The sentences of a longer message beside the ones that ask for a verdict ("Is this model
    OK to use? Here is the thread: ..."); none where the message is about little else."""
    found = [s for s in sentences(text) if detect_intent(s.text).kind != "verdict"]
    enough = sum(len(s.text.split()) for s in found) >= VERDICT_CONTENT_WORDS
    return found if enough and len(found) > 1 else []


class Reader:
    """Reads messages for one catalogue (shared, read-only)."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.values = ValueLists(catalogue)
        self.classes = SentenceClasses(catalogue, self.values)

    def read(self, text: str, session: Session, domain_words: set[str] | None = None) -> Reading:
        """What ``text`` says, without new actors that are pieces of a sentence ("welke
        kamer", "if so"); a list of actors under its label while the case is asked is read as
        at the actors step ("who: drivers. the police. ..."). A phrase taken back at once to be
        said again ("bij de belastingdienst... nee sorry, bij het waterschap") is not read."""
        text = without_restarted_phrases(text)
        if session.step == Step.CASE and _actors_over_sentences(text):
            reading = self._read_as(Step.ACTORS, text, session, domain_words)
        else:
            reading = self._read(text, session, domain_words)
        reading = self._effects_told_early(text, session, domain_words, reading)
        reading = self._options_told_at_values(text, session, domain_words, reading)
        reading = self._options_told_past_the_values(text, session, domain_words, reading)
        reading = self._values_told_at_options(text, session, domain_words, reading)
        reading = self._values_told_with_their_question(text, session, domain_words, reading)
        reading.effects = without_alternative_effects(reading.effects, text, session)  # "B: ..."
        reading.text = text
        reading.options = laid_down_joined(reading.options, text)  # "...; dat komt in het contract"
        _scene_told_on(text, session, reading)
        if session.step.position < Step.VALUES.position and reported_meeting(text):
            agreed = announced_measures(text)[1]  # "Agreed: (a) ...": measures, not talk
            reading.values, reading.value_list = [], False
            reading.options = [o for o in reading.options if said_among(o.text, agreed)]
        named = without_fragments(reading.actors)
        reading.actors = without_denied(named, text)
        denied = {n.lower() for n in named} - {n.lower() for n in reading.actors}
        if denied:  # "not the school board, they aren't in it": no effect of theirs either
            reading.effects = [e for e in reading.effects if e.actor_name.lower() not in denied]
        reading.users = without_fragments(reading.users)  # "pasting a teams msg ...: ..."
        self._values_added_as_actors(reading)  # "autonomie van de student", "trust in X too"
        talk = without_chatter(reading)  # "not sure if this counts", "genummerd", "liever niet"
        if talk and reading.intent is None and _read_nothing(reading):
            reading.intent = Intent("pause")  # only talk around the items: no item, no reproach
        take_actor_edits(with_apostrophes(text), session, reading)
        take_effects_meant_for(with_apostrophes(text), session, reading)
        self._values_added_as_actors(reading)
        take_effect_fixes(with_apostrophes(text), session, reading)
        take_own_corrections(with_apostrophes(text), session, reading)
        take_item_removals(with_apostrophes(text), session, reading)
        take_effects_doubted(with_apostrophes(text), session, reading)  # "keep it as a maybe"
        without_pick_changes(reading)  # "de eerste wel, maar dan zonder die audit"
        take_values_taken_back(with_apostrophes(text), reading)  # "human dignity? no, ..."
        take_values_turned_down(with_apostrophes(text), reading, self.catalogue)  # "niet X"
        take_values_replaced(with_apostrophes(text), session, reading, self.catalogue)
        _values_inside_effects(session, reading)  # "Risks: ...; vendor lock-in"
        return reading

    def _read_as(
        self, step: Step, text: str, session: Session, domain_words: set[str] | None
    ) -> Reading:
        """``text`` read again as if ``step`` were asked, the session's step left as it was."""
        asked = session.step
        session.step = step
        try:
            return self._read(text, session, domain_words)
        finally:
            session.step = asked

    def _effects_told_early(
        self, text: str, session: Session, domain_words: set[str] | None, reading: Reading
    ) -> Reading:
        """Where actors are asked, a message that tells effects and names no one new, with
        sentences left unread (a story: "Tegelijk woont een collega ... . En de postbode loopt
        straks in al die filmpjes rond."): read as at the effects step, where the story's
        sentences without a direction word are effects too, when that reads more of it."""
        if session.step != Step.ACTORS or not reading.effects or not reading.unread:
            return reading
        if reading.actors or reading.options or reading.values or reading.intent is not None:
            return reading
        told = self._read_as(Step.EFFECTS, text, session, domain_words)
        if told.actors or told.options or told.values or told.intent is not None:
            return reading
        return told if len(told.effects) > len(reading.effects) else reading

    def _options_told_at_values(
        self, text: str, session: Session, domain_words: set[str] | None, reading: Reading
    ) -> Reading:
        """Where values are asked, a message that opens about the options ("maatregelen die ik
        kan bedenken: - het papieren briefje blijft ...", "options, hmm. ... the mentor sits
        down with each student") and in which effects were read: read as at the options step,
        where what stands or is arranged is a measure, when that reads fewer effects, no fewer
        options and keeps the values of the catalogue it named."""
        if session.step != Step.VALUES or not reading.effects:
            return reading
        if OPTIONS_OPENING_RE.match(text.strip()) is None:
            return reading
        told = self._read_as(Step.OPTIONS, text, session, domain_words)
        named = {v.name for v in reading.values if v.entry}
        if not named <= {v.name for v in told.values}:
            return reading
        fewer = len(told.effects) < len(reading.effects)
        return told if fewer and len(told.options) >= len(reading.options) else reading

    def _options_told_past_the_values(
        self, text: str, session: Session, domain_words: set[str] | None, reading: Reading
    ) -> Reading:
        """Where effects are asked but values are chosen already (named early), a message that
        holds measures beside what was read as effects ("I'd want the tool to ... . And the
        nurses explain to parents ..."): read as at the options step, when that reads more
        options and fewer effects."""
        if session.step != Step.EFFECTS or not session.chosen_values():
            return reading
        if not reading.options or not reading.effects:
            return reading
        told = self._read_as(Step.OPTIONS, text, session, domain_words)
        more = len(told.options) > len(reading.options)
        return told if more and len(told.effects) < len(reading.effects) else reading

    def _values_told_at_options(
        self, text: str, session: Session, domain_words: set[str] | None, reading: Reading
    ) -> Reading:
        """Where options are asked but the user chose no values of their own (the values step
        skipped: none chosen, or the first proposals taken as a starting point), a message read
        as options: read as at the values step, where value names are values ("veiligheid
        voorop, privacy, en vertrouwen in ..."), when that reads more values of the catalogue,
        two at least, and fewer options."""
        own = not session.meta.get("values_taken_to_move_on") and session.chosen_values()
        if session.step != Step.OPTIONS or own or not reading.options:
            return reading
        told = self._read_as(Step.VALUES, text, session, domain_words)
        known = sum(1 for v in told.values if v.entry)  # of the catalogue: no measure renamed
        more = known >= max(MIN_OWN_VALUES, len(reading.values) + 1)
        if not more or len(told.options) >= len(reading.options):
            return reading
        told.value_list = True  # the values step's content, said late
        _measures_kept(told, reading)
        return told

    def _values_told_with_their_question(
        self, text: str, session: Session, domain_words: set[str] | None, reading: Reading
    ) -> Reading:
        """Before the values step, a message that asks for the values and answers itself
        ("waarden? ik denk privacy, en sociale contacten of hoe heet dat, verbondenheid") with
        the answer left unread: read as at the values step, when that reads values of the
        catalogue and leaves less unread."""
        asked = any(q.step == Step.VALUES for q in reading.questions)
        early = session.step.position < Step.VALUES.position
        if not (asked and early and reading.unread) or reading.values:
            return reading
        told = self._read_as(Step.VALUES, text, session, domain_words)
        if not any(v.entry for v in told.values) or len(told.unread) >= len(reading.unread):
            return reading
        return told

    def _read(self, text: str, session: Session, domain_words: set[str] | None = None) -> Reading:
        cleaned, ignored, turned_down = _prepared(text, session)
        reading = Reading(ignored=ignored, kept_measures=points_kept(text, session.step))
        reading.turned_down = turned_down
        if not cleaned:
            thanked = " ".join(ignored)
            if ignored and (
                closing_thanks(thanked, session.step) or detect_intent(thanked).kind == "thanks"
            ):
                reading.ignored = []  # "dank, dit helpt", "thanks, that was really helpful"
                reading.intent = _thanks(session)
            else:
                reading.intent = None if ignored else Intent("empty")
            return reading
        whole = cleaned  # "opties: ..., 1 en 2 van jou ook": the pick is read off below
        if session.proposals:
            rest = read_references(cleaned, session, reading)
            if rest is None:
                return reading
            cleaned = rest
        elif _takes_none_left(cleaned, session):  # "akkoord, neem ze over" with none left
            reading.intent = Intent("affirm")
            return reading
        intent = detect_intent(cleaned, domain_words)
        intent = _thanks(session) if intent.kind == "thanks" else intent
        intent = last_item_edit(cleaned, intent, session) or intent  # "fix the last one: ..."
        if intent.kind == "remove" and self._measure_not_edit(intent.target, cleaned, session):
            intent = Intent("answer")  # "wis de beelden na een dag" names no item: a measure
        if intent.kind == "correct" and moves_an_effect(cleaned, session):
            intent = Intent("answer")  # "niet de adviseurs krijgen er werk bij, dat zijn ..."
        asked = _content_asked(intent, cleaned, session.step)
        if intent.kind in WHOLE_INTENTS and not asked:
            reading.intent = intent
            if intent.kind == "correct":  # "niet X maar Y. Die krijgen nu ...": read on
                reading.added = intent.target
                after = [s for s in sentences(cleaned)[1:] if not _names(s.text, intent.target)]
                self._read_sentences(cleaned, session, reading, after)
            if intent.kind == "verdict":  # "is this OK? Forwarding the thread: ...": read on
                self._read_sentences(cleaned, session, reading, _beside_the_verdict(cleaned))
            return reading
        if to_the_top(cleaned, session, reading, self.catalogue):  # "zet privacy bovenaan"
            return reading
        if ENOUGH_RE.match(cleaned.strip()):  # "ok, dit is genoeg voor mijn sessiebrief"
            reading.intent = Intent("done")
            return reading
        if intent.kind == "affirm" or closing_thanks(cleaned, session.step):
            reading.intent = intent if intent.kind == "affirm" else _thanks(session)
            return reading
        taken, cleaned = proposals_taken(cleaned)  # "opties neem ik van jou over, plus: ..."
        if taken is not None:
            reading.questions.append(taken)
        said = minuted_statements(text)  # "- Murat: scheelt ...": said by someone present
        told = sentences(cleaned, requirements=_requirements_are_measures(session))  # "Eisen:"
        self._read_sentences(cleaned, session, reading, told, said)
        self._sorted_out(cleaned, whole, session, reading)
        return reading

    def _sorted_out(self, cleaned: str, whole: str, session: Session, reading: Reading) -> None:
        """What was read, sorted out against the step: measures among values, values among
        options, a value asked back and answered, picks by number, a scope to a named step; a
        message that held nothing is a pause or said to be unread (never passed in silence)."""
        options_among_values(session, reading, self._read_text)
        numbered_measures(whole, session, reading, self._read_text)  # "1. ... 2. ..." early
        values_among_options(cleaned, session, reading, self.values)
        values_asked_back(cleaned, session, reading, self.values)  # "would X count? I think so"
        numbers_for_options(session, reading, whole)
        scope_to_named_step(cleaned, session.step, reading)
        talk_without_measures(reading)  # "not the newsletter", "the appeal one too"
        if _read_nothing(reading):
            if all(greeting_only(s.text) for s in sentences(cleaned)):
                reading.intent = Intent("pause")  # "hmm", "hoi", "laat maar"
            else:
                reading.unread.append(cleaned)

    def _read_text(self, text: str, session: Session, reading: Reading) -> None:
        self._read_sentences(text, session, reading, sentences(text))

    def _read_sentences(
        self,
        cleaned: str,
        session: Session,
        reading: Reading,
        found: list[Sentence],
        said: tuple[str, ...] = (),
    ) -> None:
        """Read ``found``, the sentences of ``cleaned`` (a line of effects as a whole)."""
        context = self._context(session)
        found = values_then_measures(found, self.values)
        lines = cleaned.splitlines()
        effect_lines: set[int] = set()
        told = len(reading.effects)  # where the effects of the sentence before start
        titled: set[int] = set()  # lines that start the case: "gemeente X - afdeling Y" is a title
        line_read = -1
        restated: list[tuple[str, str]] = []  # "wat ik met dat punt bedoel: ...": said again
        for index, sentence in enumerate(found):
            if sentence.line in effect_lines or greeting_only(sentence.text):
                continue
            again = restatement(sentence.text) if session.effects else None
            if again is not None:
                restated.append(again)
                sentence = replace(sentence, text=again[1])
            if self._claimed(index, found, context, session, reading):
                continue  # "X; dat wil ik als maatregel meenemen": X is an option, the rest none
            if DISOWNS_BEFORE_RE.match(sentence.text):
                del reading.effects[told:]  # "... Not an effect I guess, just a dependency."
            told = len(reading.effects)
            context.minuted = _said_in_minutes(sentence.text, said)
            whole = lines[sentence.line]
            if context.step == Step.CASE and context.first_case:
                titled.add(sentence.line)
            dashes = sentence.line not in titled
            labelled = context.step != Step.CASE and _labelled_line(whole, session, reading)
            if sentence.line != line_read:
                context.led_values = False  # a value lead reaches to the end of its line
                line_read = sentence.line
            if _lead_only(sentence.text, context):
                continue  # "Wat ik belangrijk vind? Dat je weet met wie ...": names nothing itself
            if sentence.header is None and self._effect_line(whole, dashes, labelled, context):
                effect_lines.add(sentence.line)
                whole = _measures_out(whole, context, reading, self.values)
                self._effects(whole, context, session, reading)
                continue
            if MATTERS_LEAD_RE.match(sentence.text) and context.step != Step.VALUES:
                context.stance, context.stance_span = True, _up_to_stop(whole, sentence.text)
            self._read_sentence(sentence, context, session, reading, told)
        reading.effects = join_scenes(cleaned, reading.effects, session.actors)
        restated_effects(restated, [s.text for s in found], session, reading)
        with_gathered_group(cleaned, reading.effects, session.actors)  # "my street ...": theirs
        reading.stories.extend(e.text for e in reading.effects if e.story and not e.lead_in)
        reading.effects = [e for e in reading.effects if not (e.story or e.lead_in or e.unchanged)]

    def _claimed(
        self,
        index: int,
        found: list[Sentence],
        context: Context,
        session: Session,
        reading: Reading,
    ) -> bool:
        """Whether the sentence at ``index`` counts a measure among the options ("dat wil ik als
        maatregel meenemen", "I'd count that as an option too": no item of its own) or is the
        measure such a claim after it points back at, read as an option even where it is told
        as a decision already taken ("we already decided X; I see that as an option")."""
        text = found[index].text
        if option_claim(text):
            return True
        following = index + 1 < len(found) and option_claim(found[index + 1].text)
        measure = claimed_measure(text) or (text if following else "")
        if not measure:
            return False
        self._extract("options", measure, context, session, reading)
        context.options_read = bool(reading.options)
        return True

    def _effect_line(self, whole: str, dashes: bool, labelled: bool, context: Context) -> bool:
        """Whether a line is read as a line of effects as a whole: not a line that says values
        after what they come down to ("values? mine: equal care ...", "waar het mij om gaat:
        ..."), nor measures for some people where values or options are asked ("voor de
        chauffeurs: in het contract vastleggen dat ...")."""
        stance = self._stance_line(whole, context.step)
        mattering = MATTERS_LEAD_RE.match(whole) is not None and context.step != Step.VALUES
        for_people = context.step in (Step.VALUES, Step.OPTIONS) and any(
            measure_for_people(s) for s in split_sentences(whole)
        )
        lined = (effect_line(whole, dashes) or labelled) and not for_people
        return lined and not (stance or mattering)

    def _read_sentence(
        self, sentence: Sentence, context: Context, session: Session, reading: Reading, told: int
    ) -> None:
        """One sentence, and what it tells the sentences after it (``told``: where its effects
        start); a value or a measure drawn from an effect in passing ("dat raakt aan X, dus
        ...") is kept but leaves the conversation where it is."""
        before, listed, options = reading.size(), reading.value_list, len(reading.options)
        self._sentence(sentence, context, session, reading)
        if sentence.drawn:
            reading.value_list = listed
            reading.drawn += len(reading.options) - options
        if reading.size() == before:
            reading.passed.append(sentence.text)  # held nothing that was read
        context.first_case = context.first_case and not reading.case.get("technology")
        context.effects_read = bool(reading.effects)
        context.worried = WORRY_ABOUT_RE.match(sentence.text) is not None
        with_how_it_was(context.how_it_was, sentence.text, reading.effects[told:])
        context.how_it_was = how_it_was(sentence.text) if context.step == Step.CASE else ""
        context.options_read = bool(reading.options)
        context.said_before = f"{context.said_before} {sentence.text}"
        context.sides_told = disagreement_told(sentence.text) or (
            context.sides_told and side_of_disagreement(sentence.text, True)
        )

    def _stance_line(self, line: str, step: Step) -> bool:
        """A line that says values after what they come down to for the speaker, in its first
        sentence or a later one ("for me: privacy, ...", "values? mine: equal care ...")."""
        said = (line, *split_sentences(line))
        return any(self.classes.stance_values(s, step) for s in said)

    def _measure_not_edit(self, target: str, text: str, session: Session) -> bool:
        """A "remove ..." that names nothing on the canvas but a measure ("delete the photos
        after a day", "verwijder het veld leeftijd uit het model"); in a message of several
        sentences, what its own sentence names (the people of a later measure are no item to
        remove)."""
        text = (split_sentences(text) or [text])[0]  # its own sentence: "... model. and ..."
        target = (split_sentences(target) or [target])[0]
        if session.step.position < Step.EFFECTS.position or option_kind(text) != "design":
            return False
        if not (kind_terms(target, OPTION_KIND_WORDS["design"]) or PERIOD_RE.search(target)):
            return False  # "schrap de leverancier" removes an actor
        named = find_item(session, target, session.step) or self.catalogue.find_value(target)
        return named is None

    def _context(self, session: Session) -> Context:
        step = session.step
        asked = session.meta.get("case_ask") if step == Step.CASE else None
        direction: Direction = (
            "negative" if session.meta.get("ask_direction") == "negative" else "positive"
        )
        focus = session.meta.get("options_focus")
        kind: OptionKind = focus if focus in OPTION_KINDS else "design"
        first = not session.case.technology.strip()
        return Context(step, asked, direction, kind, first, opening=first)

    def _sentence(
        self, sentence: Sentence, context: Context, session: Session, reading: Reading
    ) -> None:
        text = RECOGNISE_RE.sub("", sentence.text).strip()
        text = value_added(text) if context.step == Step.VALUES else text  # "X wil ik erbij"
        if not text or self._not_content(text, sentence, context, session, reading):
            return
        later = context.step in (Step.VALUES, Step.OPTIONS, Step.SUMMARY)
        if later and bare_disagreement(text):
            return  # "the panel was split.": what each side said follows
        listed = _led_list(text, sentence)  # "actoren nog: de X, die ..., de Y en de Z"
        if not listed and self._about_people(text, context, session, reading):
            return
        if _theirs(text, context):  # "One more actor I forgot: X. They ...": what happens to X
            self._effects(text, context, session, reading)
            context.last_kind = "effects"
            return
        parts = effect_then_measure(text, context.step)
        for part in parts or (text,):  # "bewoners voelen zich bekeken, dus er moet ... komen"
            kind = self.classes.kind(part, sentence, context, session.actors + _named(reading))
            kind = "options" if parts and part == parts[1] else kind  # the measure after it
            if kind != "options" and _goes_on_with_measures(part, sentence, context):
                kind = "options"  # "3. maatschappelijk werkers een uitleg geven" after two
            if context.measure_due and kind in ("effects", "unread", "", None):
                kind = "options"  # "nog niks voor de bewoners zelf. iets als ...?": the measure
            if kind == "options" and side_of_disagreement(part, context.sides_told):
                continue  # "de groep was het oneens: de helft wil X, de rest Y": no measure
            led = sentence.header == Step.ACTORS  # "Involved: X who ..., Y when ..."
            before = len(reading.options)
            self._extract(kind, part, context, session, reading, led=led)
            if kind == "options" and context.fell_through:  # no cue: weighed by the models
                reading.uncued.extend((part, d) for d in reading.options[before:])
            context.last_kind = kind
        if sentence.header == Step.VALUES and reading.values:
            reading.value_list = True  # "values: trust, ...": the values step's content
        if context.step == Step.CASE:  # once the sentence told where the speaker works
            self._at_work(text, context, session, reading)
        if context.step in (Step.CASE, Step.ACTORS, Step.EFFECTS):
            _parties(text, context, session, reading)  # "X draait de opvang, Y levert ..."

    def _not_content(
        self, text: str, sentence: Sentence, context: Context, session: Session, reading: Reading
    ) -> bool:
        """Whether the sentence was read as something other than items of its own: a move, a
        direction said after an effect, people named as an answer, a take-over of measures, a
        question, help, "I can't think of any", talk about kinds or a take-over of proposals."""
        if navigates(text, context, reading) or self._back_to(text, context, session, reading):
            return True
        if self._late_direction(text, context, reading):
            return True
        answered = actor_lists.names_answered(text) or actor_lists.names_present(text)
        answered = answered or [p for p in (concern_party(text),) if p]  # "Het ROCOV maakt ..."
        if answered:
            reading.actors.extend(answered)  # "who's involved, hmm, the parents, the school"
            return True
        if _takes_over_minutes(text, context, session, reading):
            return True
        asked = category_question(text, context.step)  # "is X eigenlijk een actor of niet?"
        if asked == context.step == Step.VALUES:
            asked = None  # "is privacy een waarde?" where values are chosen: a value asked back
        elif asked is not None and _kind_asked_late(text):
            return True  # "is that human or context?" after a measure: its kind (no help)
        unsure = UNSURE_LEAD_RE.sub("", text, count=1)
        hedged = _values_asked(context.step, reading) and self.values.value_list(unsure)
        if hedged:
            return False  # "idk, rechtvaardigheid?", "fairness maybe?": a value, said unsure
        meaning = meaning_question(text) or asked
        if meaning is not None:
            reading.intent = reading.intent or Intent("help", step=meaning)
            return True
        if _asks(text, sentence, context, reading):
            return True
        if reading.questions and _question_goes_on(text, context.step):
            return True  # "wie moet ik noemen? alleen de boa's of ook ...?": the question goes on
        values_asked = _values_asked(context.step, reading) or sentence.header == Step.VALUES
        named = values_asked and self.catalogue.mentions(text)
        if cannot_think(text) and not named:  # "privacy, ..., weet niet hoe je dat noemt"
            reading.cannot_think = True
            return True
        if privacy_question(text):  # "korte vraag eerst: slaat dit gesprek iets op?"
            reading.intent = reading.intent or Intent("privacy")
            return True
        proposed = ASKED_PROPOSAL_RE.search(text) is not None  # "may we propose that ...?"
        if guidance_question(text) and not (_measure_asked(text, context.step) or proposed):
            reading.intent = reading.intent or Intent("about" if about_approach(text) else "help")
            return True
        if _kind_talk(text, context, reading):
            return True
        return _takes_over(text, context, session, reading)

    def _back_to(self, text: str, context: Context, session: Session, reading: Reading) -> bool:
        """ "terug naar de effecten: ...": go there, and read what follows as that step's."""
        back = BACK_TO_RE.search(text)
        target = step_from_words(back.group("step")) if back is not None else None
        if back is None or target is None:
            return False
        reading.goto = target
        after = text[back.end() :]
        dash = DASH_LEAD_RE.match(after)  # "back to who it affects - the skippers ..."
        rest = (after[dash.end() :] if dash else after.partition(":")[2]).strip()
        if len(rest.split()) >= MIN_CONTENT_WORDS:
            context.step = target
            self._sentence(Sentence(rest), context, session, reading)
        return True

    def _about_people(
        self, text: str, context: Context, session: Session, reading: Reading
    ) -> bool:
        """Whether the sentence says who is involved rather than what happens to them, read so:
        an actor added ("de ouders horen er ook bij, want ..."), forgotten, who pays, who is not
        involved, an organisation at work, people in a story, an effect both ways."""
        if self._added_late(text, context, session, reading):
            return True
        listed = context.step == Step.CASE and bool(reading.actors)
        after = actor_lists.names_after_a_list(text) if listed else []
        if after:  # "Betrokken: X, Y. En de studentenraad, die ...": no note to the case
            reading.actors.extend(after)
            return True
        reasoned, why = actor_lists.names_with_reason(text)
        if reasoned:  # "En de MR, want die moet instemmen."
            reading.actors.extend(reasoned)
            reading.added = reasoned[-1] if len(reasoned) == 1 else ""
            if context.step != Step.CASE and _tells_effect(why):
                self._effects(why[:1].upper() + why[1:], context, session, reading)
            return True
        named = actor_lists.names_added_by_add(text) if context.step != Step.VALUES else []
        if named:  # "voeg de Fryske Akademy en de Statenleden nog toe": actors, no measure
            reading.actors.extend(named)
            return True
        if self._added_with_more(text, context, session, reading):
            return True
        if _named_in_passing(text, context, reading):
            return True
        later = context.step != Step.CASE
        if later and self._at_work(text, context, session, reading):
            return True  # "de leverancier is een bedrijf uit Delft": who they are, no effect
        if later and self._people_in_story(text, context, session, reading):
            return True
        return context.step == Step.EFFECTS and both_ways(text, session, reading)

    def _added_with_more(
        self, text: str, context: Context, session: Session, reading: Reading
    ) -> bool:
        """People added with more after them ("de ouders horen er ook bij, want zij moeten ...",
        "X hoort er natuurlijk ook bij, en de advocaten"): the names, and what follows as more
        names or as their effect."""
        added, rest, reason = actor_lists.names_added_with_rest(text)
        if not added:
            return False
        reading.actors.extend(added)
        reading.added = added[-1] if len(added) == 1 else ""
        more = [] if reason else actor_lists.more_names(rest)
        reading.actors.extend(more)
        if not more and rest and context.step != Step.CASE and (not reason or _tells_effect(rest)):
            self._effects(rest[:1].upper() + rest[1:], context, session, reading)
        return True

    def _added_late(self, text: str, context: Context, session: Session, reading: Reading) -> bool:
        """Once the effects are asked, people added late ("One more actor I forgot: X", "I
        forgot X, their ...", "an effect I forgot, X: ..."): actors, and what the sentence says
        of them an effect; past the effects, what follows in the message is theirs too."""
        if context.step.position < Step.EFFECTS.position:
            return False
        added = late_addition(text)
        if added is None:
            return False
        reading.actors.extend(n for n in added.names if n not in reading.actors)
        reading.added = added.names[-1] if len(added.names) == 1 else ""
        context.late_people = context.step.position > Step.EFFECTS.position
        rest = added.rest[:1].upper() + added.rest[1:]
        if rest and added.effect and len(added.names) == 1:
            rest = f"{added.names[0]}: {rest}"  # "an effect I forgot, X: ...": on X
        if rest and (added.effect or has_direction(rest)):
            self._effects(rest, context, session, reading)
        return True

    @staticmethod
    def _late_direction(text: str, context: Context, reading: Reading) -> bool:
        """Once the effects are asked, a sentence that only gives the effect told before it in
        the message a direction ("Negative for them.", "zet dat er ook bij, als positief")."""
        if context.step.position < Step.EFFECTS.position or not reading.effects:
            return False
        said = direction_said(text)
        if said is None:
            return False
        reading.effects[-1].direction = said
        return True

    def _actors(self, names: list[str], reading: Reading, step: Step, text: str = "") -> None:
        """Names from a list of actors; a value among them is a value ("privacy, de wijkagent en
        de bewoners"), never an actor; where values are asked, neither is something said of
        people ("het belang van het kind", "transparantie naar ouders") nor a word typed in
        lower case that names no people ("schoonheid van de wijk ook wel")."""
        values = [self.catalogue.find_value(n) is not None for n in names]
        among_values = sum(values) >= MIN_VALUES_IN_LIST  # "fairness, trust and workload"
        for name, value in zip(names, values, strict=True):
            said_of_people = actor_lists.people_only_after_head(name)
            no_people = said_of_people or _typed_as_a_thing(name, text)
            if value or (no_people and (among_values or _values_asked(step, reading))):
                reading.values.extend(match_values(name, self.catalogue))
            else:
                reading.actors.append(name)

    def _weighed(self, text: str, weighed: str, reading: Reading) -> None:
        """First the values a sentence weighs, then the others it names ("X comes first, then
        Y, and the independence of the judge"): of the catalogue, or led by an abstract noun."""
        told = match_values(text, self.catalogue)
        others = [v for v in told if v.entry is not None or own_name_led_by_abstract_noun(v.name)]
        had = {v.name for v in reading.values}
        for value in [*match_values(weighed, self.catalogue), *others]:
            if value.name not in had:
                reading.values.append(value)
                had.add(value.name)
        reading.value_list = True

    def _value_put_first(self, text: str, reading: Reading) -> bool:
        """A sentence naming one value of the message's list again with a rank ("trust
        first"): that value goes first."""
        first = VALUE_FIRST_RE.match(text.strip())
        if first is None or not reading.values:
            return False
        named = match_values(first.group("name"), self.catalogue)
        if len(named) != 1 or named[0].name not in {v.name for v in reading.values}:
            return False
        reading.values = named + [v for v in reading.values if v.name != named[0].name]
        reading.top_value = True
        return True

    def _values(self, text: str, reading: Reading) -> None:
        """Values from a sentence read as values; people named among them are actors
        ("eerlijkheid en de buren": the neighbours are no value); values before a colon that
        says what they mean are read without it ("hoor en wederhoor: dat je ...")."""
        if self._value_put_first(text, reading):  # "... trust, fairness. trust first"
            return
        weighed = values_weighed_in(text, self.catalogue)  # "nee, laat maar privacy", ...
        if weighed:
            self._weighed(text, weighed, reading)
            return
        named = own_value_added(text) if not self.catalogue.mentions(text) else None
        found = match_values(named or self.values.explained_front(text) or text, self.catalogue)
        starts = passing_actors.starts_with_people
        people = [v.name for v in found if not v.entry and starts(v.name)]
        people = [n for n in people if not _abstract_head(n)]  # "family life" is a value
        people = [n for n in people if not actor_lists.verb_after_people(n)]  # "kinderen
        # beschermen tegen pesten" is a value in the speaker's words
        reading.values.extend(v for v in found if v.name not in people)
        reading.actors.extend(people)
        reading.value_list = reading.value_list or self.values.value_list(text)

    def _at_work(self, text: str, context: Context, session: Session, reading: Reading) -> bool:
        """Organisations named by what they do (``at_work``); in the case, people of the case.
        True when the sentence only says who one is ("the supplier is a Dutch scale-up")."""
        own = f"{session.case.context} {reading.case.get('context', '')}"
        names, only_who = at_work(text, context.step, own)
        found = reading.users if context.step == Step.CASE else reading.actors
        found.extend(n for n in names if n not in reading.actors + reading.users)
        return only_who

    def _people_in_story(
        self, text: str, context: Context, session: Session, reading: Reading
    ) -> bool:
        """Someone involved, named in passing: a subject taken up again ("mensen met een
        uitkering, die worden ..."; the rest is an effect), what someone does in the case ("de
        leverancier levert de camera's": a role, no effect), a speaker in a story ("mijn collega
        van handhaving zei al dat ...": read on). True when the sentence is read."""
        early = context.step in (Step.ACTORS, Step.EFFECTS)
        who, rest = passing_actors.dislocated(text)
        if who:
            reading.actors.append(who)
            if early:  # "de boeren, hun land ...": the name as a label, the rest its effect
                joint = ": " if rest.split()[0].lower() in POSSESSIVES else " "
                self._effects(f"{who}{joint}{rest}", context, session, reading)
            return early
        who = passing_actors.who_they_are(text)
        if who and early and not has_direction(text):
            reading.actors.append(who)  # "dijkwachters zijn deels vrijwilligers": no effect
            return True
        who, what = passing_actors.role_holder(text)
        if who and early and not has_direction(what):
            reading.actors.extend([] if who in reading.actors else [who])
            return True
        speaker = passing_actors.reporter(text)
        if (
            speaker
            and speaker not in reading.actors
            and not group_of_one(speaker, session.actors + _named(reading))
            and not one_person_of_a_story(speaker, text)  # "een raadslid zei ..."
        ):
            reading.actors.append(speaker)
        caught = passing_actors.captured(text)  # "de camera's filmen ook wandelaars en ..."
        reading.actors.extend(n for n in caught if find_actor(n, session.actors) is None)
        return False

    def _extract(
        self,
        kind: str,
        text: str,
        context: Context,
        session: Session,
        reading: Reading,
        *,
        led: bool = False,
    ) -> None:
        if kind == "actors":
            self._listed_actors(text, context, session, reading, led)
        elif kind == "values":
            self._values(text, reading)
        elif kind == "options" and aim_of_measure(text):
            if not reading.options:  # "Zodat mensen weten ..." after no measure names none
                reading.unread.append(text)
                return
            last = reading.options[-1]  # "Een brief vooraf? Zodat mensen weten ...": its aim
            last.text = f"{last.text}, {text[:1].lower()}{text[1:].rstrip(' .!')}"
        elif kind == "options":  # "(b) een stemafdruk ... wissen": without its letter
            self._options(text, context, session, reading)
        elif kind == "case":
            self._case(text, context, session, reading)
        elif kind == "effects":
            self._effects(text, context, session, reading)
        elif added := _people_added(text):  # "en de teamleiders", after a list or later
            reading.actors.extend(added)
        elif not only_agrees(text):  # "ja dat klopt allemaal. nog een plus: ..."
            reading.unread.append(text)

    def _options(self, text: str, context: Context, session: Session, reading: Reading) -> None:
        """The measures of a sentence among options, and the parties it says carry them out."""
        text = go_ahead_condition(text) or _asked_early(text, context) or text
        text = opening_measure(text) or text  # "dat kun je opvangen door X": X
        bare = ENUMERATOR_RE.sub("", text)
        told = condition_option(bare, context.kind, context.kind_hint)  # "alleen als ..."
        told = told or extract_options(bare, context.kind, context.kind_hint, context.hint_spent)
        context.hint_spent = context.hint_spent or (context.kind_hint is not None and bool(told))
        reading.options.extend(told)
        if _asked_in_passing(bare, context.step):
            reading.drawn += len(told)  # "can't we ...? next" among effects: stays there
        agents = [n for n in option_agents(text) if find_actor(n, session.actors) is None]
        reading.actors.extend(n for n in agents if n not in reading.actors)  # "door de X"

    def _case(self, text: str, context: Context, session: Session, reading: Reading) -> None:
        """The case facets of a sentence, a sentence told beside them kept as a note (perhaps an
        effect told as a story), and the people it names in passing."""
        if only_agrees(text):
            return  # "ok good." before "It's about a chatbot ...": no part of the case
        noted = [reading.case.get(f, "") for f in TOLD_FACETS]
        technology = reading.case.get("technology", "")
        read_case(text, session.case, context.asked, context.first_case, reading.case)
        added = _told_with_technology(technology, reading.case, context)  # "... so she covers it"
        if added or [reading.case.get(f, "") for f in TOLD_FACETS] != noted:
            reading.noted.append(text)  # beside the case: perhaps an effect told as a story
            reading.in_story.extend([text] if reading.effects else [])  # after an effect
            if not (added or context.opening):  # a story told once the case is known
                reading.case_told.append(text)  # (the opening message tells the case)
        reading.actors.extend(actor_lists.names_embedded(text))
        if USERS_LABEL_RE.match(text) is None:  # "users: ...": the label names no one
            reading.users.extend(passing_actors.case_people(text))  # actors; the case goes on
        reading.users.extend(_users(text, context))
        roles = _roles(text, session, reading)  # "de leverancier bewaart de data"
        reading.users.extend(roles)
        reading.roles.extend(roles)

    def _listed_actors(
        self, text: str, context: Context, session: Session, reading: Reading, led: bool
    ) -> None:
        """The names of a list of actors; a sentence that names no one is an effect ("the drones
        scare birds")."""
        names = actor_lists.names_in_list(text, led=led)
        announced = led or context.step == Step.ACTORS or actor_lists.has_lead(text)
        things = actor_lists.person_share(names) < actor_lists.ANSWER_SHARE
        things = things and not actor_lists.STRONG_LEAD_RE.match(text.strip())
        if context.step == Step.CASE and not led and things:  # "we hebben sensoren bij
            announced = False  # ouderen thuis, bewegingssensoren in slaapkamer en badkamer"
        names = names if announced else actor_lists.unled_names(names)
        if not (led or actor_lists.has_lead(text)) and _sentence_not_name(names):
            self._effects(text, context, session, reading)
            return
        self._actors(names, reading, context.step, "" if led else text)  # "rust ook wel"
        told = context.step in (Step.ACTORS, Step.EFFECTS)  # where people and effects are told
        if told and not (led or actor_lists.has_lead(text)):
            reading.listed.append(text)  # "for tenants it's much quicker, ...": an effect too?

    def _tail_values(self, text: str) -> tuple[list[ValueChoice], str]:
        """The catalogue values a tail after an effect names ("..., dus privacy en autonomie")
        and the effect without that tail; none, and the text as it is, when the tail holds more
        than values ("..., so a false sense of safety") or names none (", that's the goal")."""
        tail = VALUE_TAIL_RE.search(text) or VALUE_BRACKETS_RE.search(text)
        if tail is None or not self.catalogue.mentions(tail.group("value")):
            return [], text
        said = match_values(tail.group("value"), self.catalogue)
        if not _only_values(tail.group("value"), said):
            return [], text
        return said, text[: tail.start()].strip()

    def _effects(self, text: str, context: Context, session: Session, reading: Reading) -> None:
        said, text = self._tail_values(text)  # "..., dus privacy"; not "..., so a false sense"
        reading.values.extend(said)
        focus = session.meta.get("effects_focus") if context.step == Step.EFFECTS else None
        named = _named(reading)
        if reading.added in reading.actors:  # "o ja, en de nazaten. Die ...": about them
            focus = named[reading.actors.index(reading.added)].id
        elif reading.added:  # "niet X maar Y. Die krijgen ...": about X, now called Y
            corrected = find_actor(reading.added, session.actors)
            focus = corrected.id if corrected is not None else focus
        labelled = _direction_labelled(text)  # "Downsides: vendor lock-in"
        drafts = extract_effects(
            text,
            session.actors + named,
            focus,
            _default_direction(text, context, reading),
            lambda clause: self._not_effect(clause, context, reading, labelled),
            reading.effects,
            _speaker_id(session),
            context.said_before,
        )
        for_the_public(drafts, session.actors, context.step.position < Step.EFFECTS.position)
        one_of_a_group(drafts, session.actors + named)
        point_by_name(drafts, named)
        for_one_person(drafts, session.actors + named)  # "mevrouw Jansen kreeg ...": residents
        for draft in (d for d in drafts if d.actor_name and not d.actor_id):
            draft.actor_name = effect_actor_name(draft.actor_name, text)
            if not draft.actor_name:
                continue  # "een raadslid zei ...", "vals alarm: ...": no actor of its own
            value = self._value_label(draft.actor_name) or self._of_people(draft.actor_name)
            if value or fragment_name(draft.actor_name):
                draft.actor_name = ""  # "and privacy: the audio goes ...": a value, no one
                continue
            groups = passing_actors.joined_groups(draft.actor_name)  # "bezoekers en huisgenoten"
            if groups:
                draft.actor_name = groups[0]
                reading.actors.extend(g for g in groups if g not in reading.actors)
        tellers(drafts, session.actors + named, reading)
        follow_carried_actors(drafts)  # "een moeder kreeg een brief, wachtte ...": hers
        reading.actors.extend(_named_in_lead_ins(drafts, reading.actors))  # "buren, OM"
        for clause in (d for d in _value_clauses(text) if self.values.named_value(d)):
            reading.values.extend(match_values(clause, self.catalogue))
        reading.effects.extend(drafts)

    def _values_added_as_actors(self, reading: Reading) -> None:
        """Values a message adds the way it adds actors ("and add children's privacy", "voeg
        privacy van kinderen toe") or gives an actor's new name to ("noem het professionele
        autonomie"): values in the speaker's words, no actors."""
        for name in [n for n in reading.actors if self._of_people(n) or self._value_label(n)]:
            reading.actors.remove(name)
            reading.values.extend(match_values(name, self.catalogue))
        for old, new in [r for r in reading.renamed_actors if self.catalogue.find_value(r[1])]:
            reading.renamed_actors.remove((old, new))  # "noem het professionele autonomie"
            reading.values.extend(match_values(new, self.catalogue))

    def _of_people(self, name: str) -> bool:
        """Whether a new actor's name is a value of some people ("autonomie van de student")."""
        head = value_head(name)
        return bool(head) and self.catalogue.find_value(head) is not None

    def _value_label(self, name: str) -> bool:
        """Whether an effect's new actor name is a value ("privacy", "veiligheid"), not people
        ("beveiliging" names the guards as well)."""
        found = self.catalogue.find_value(name) is not None
        return found and not (actor_lists.is_person(name) or actor_lists.head_is_person(name))

    def _not_effect(
        self, clause: str, context: Context, reading: Reading, labelled: bool = False
    ) -> bool:
        """A clause among effects that is something else: a value named beside an effect, or
        a proposal in the grammar of one ("daarom vind ik dat we ... moeten laten nakijken") or
        one without a direction, read as the option it is; where values are asked, values
        weighed against each other ("privacy weegt zwaarder dan snelheid"). Under a direction
        label a value's word is the upside or downside named ("Risks: vendor lock-in")."""
        if context.step == Step.VALUES and VALUES_WEIGHED_RE.search(clause):
            return True  # "fairness matters more to me than speed": the values ranked
        whole_value = self.catalogue.find_value(clause.strip(" .;,")) is not None
        if labelled and context.step != Step.VALUES and whole_value:
            return False  # "Downsides: vendor lock-in, ...": a downside, named by a value's word
        if self.values.named_value(clause) or ABOUT_THE_STEPS_RE.match(clause.strip()):
            return True  # "ok de waarden zijn duidelijk" says something of the method
        if side_remark(clause):
            return True  # "..., maar anders dan ik zei", "..., it wasn't a joke"
        phrase = self.values.value_phrase(clause)
        if phrase:
            reading.values.extend(v for v in match_values(phrase, self.catalogue) if v.entry)
            return True  # "eerlijk gezegd ook vertrouwen tussen gezin en wijkteam"
        strong = PROPOSAL_RE.search(STANCE_LEAD_RE.sub("", clause, count=1)) is not None
        if not (strong or (proposal(clause) and clause_direction(clause) is None)):
            return False  # "we moeten alles dubbel controleren" among effects is an effect
        reading.options.extend(extract_options(clause, context.kind))
        return True


def _asked_in_passing(text: str, step: Step) -> bool:
    """A measure said before the values as a condition or a negated question ("alleen als ...",
    "can't we just ...?"): kept for the options, the conversation stays at its step."""
    early = step.position < Step.VALUES.position
    return early and (stated_condition(text) or negated_ask(text))


def _theirs(text: str, context: Context) -> bool:
    """After people added late in the same message, a statement that names no measure, no word
    of an option kind and proposes none: what happens to them, no option."""
    if not context.late_people or is_question(text) or chatter(text):
        return False
    if CLOSING_RE.search(text) or len(words(text)) < MIN_CONTENT_WORDS:
        return False  # "verder geen opties meer, dit is het"
    return not (measure(text, context.step) or proposal(text) or cued_kind(text))


def _named_in_lead_ins(drafts: list[EffectDraft], known: list[str]) -> list[str]:
    """The new people a mere naming among effects names ("agenten AT, buren, OM", "and
    parents??"): actors, though no effect is told of them there."""
    names = [d.actor_name for d in drafts if d.lead_in and d.actor_name and not d.actor_id]
    return [n for n in dict.fromkeys(names) if n not in known and names_people_only(n)]


def _sentence_not_name(names: list[str]) -> bool:
    """Whether the one name read where actors are asked is a sentence about something that is
    no person ("the drones scare breeding birds on the mudflats"): read for its effect."""
    if len(names) != 1 or len(names[0].split()) < SENTENCE_NAME_WORDS:
        return False
    name = names[0]
    if NAME_WITH_CLAUSE_RE.match(name):
        return False  # "De scholen die de hallen overdag gebruiken."
    return not (actor_lists.names_people(name) or actor_lists.is_person(name))


def _people_added(text: str) -> list[str]:
    """The people a short sentence only adds ("en de teamleiders", "and the team leads too"):
    a joining word in front or "ook"/"too" after, and names that are all people; else []."""
    words = text.lower().strip(" .!").split()
    joined = bool(words) and (words[0] in ADDING_WORDS or words[-1] in ADDING_WORDS)
    if not joined or len(words) > ADDED_PEOPLE_WORDS:
        return []
    names = actor_lists.names_in_list(text)
    return names if names and all(actor_lists.is_person(n) for n in names) else []


def _typed_as_a_thing(name: str, text: str) -> bool:
    """Whether a name from a list names no people and was typed in lower case, as no
    organisation's name is ("schoonheid ook wel", not "Circulus" or "de buren")."""
    typed = name[:1].lower() + name[1:]
    return typed in text and not actor_lists.is_person(name)


def _abstract_head(name: str) -> bool:
    """Whether a short name ends in an abstract noun ("family life", "persoonlijke
    ontwikkeling"): a value of those people, not people."""
    last = words(name)[-1:] if len(words(name)) <= ABSTRACT_NAME_WORDS else []
    return bool(last) and ABSTRACT_HEAD_RE.search(last[0]) is not None


def _values_asked(step: Step, reading: Reading) -> bool:
    """Whether values are asked: at the values step, or by the user's own question before
    ("Welke waarden? Ik denk aan ...")."""
    return step == Step.VALUES or any(q.step == Step.VALUES for q in reading.questions)


def _names(text: str, name: str) -> bool:
    """Whether a sentence after a correction speaks of the name corrected ("X is not involved
    after all"): it says no more than the correction."""
    named = mentioned_actor(text, [Actor(id="old", name=name)]) is not None
    return named or strip_article(name).lower() in text.lower()


def _takes_none_left(text: str, session: Session) -> bool:
    """Asking to take the proposals over ("akkoord, neem ze over", "take them") in a step that
    has proposals but none left on the table: agreeing with what is there, no item."""
    if session.step not in PROPOSAL_STEPS or session.proposals:
        return False
    return proposal_reference(text) == [] and not agreed_only(text)


def _asks_the_method(text: str, step: Step) -> bool:
    """A question about the method or a request for options, or a measure asked as a question
    where options are asked ("couldn't the vendor add a filter ...?"): never off topic."""
    asked = method_question(text, step) or option_request(text, step)
    return bool(asked) or _measure_asked(text, step) or _kind_asked(text, step)


def _kind_asked_late(text: str) -> bool:
    """Whether ``text`` asks which kind of option something is ("is 3 design or human?")."""
    return _kind_asked(text, Step.OPTIONS) or step_from_words(text) == Step.OPTIONS


def _kind_asked(text: str, step: Step) -> bool:
    """Where options are asked or given late, a question which kind a measure is ("en ff een
    bord bij de strook. is dat context of design?")."""
    late = step in (Step.OPTIONS, Step.SUMMARY)
    return late and any(KIND_QUESTION_RE.match(s.text) for s in sentences(text))


def _measure_asked(text: str, step: Step) -> bool:
    """A measure asked as a question where options are asked ("couldn't the vendor add a
    filter ...?", "maybe a short session, so everyone knows what the sensor does?")."""
    late = step in (Step.OPTIONS, Step.SUMMARY)
    return late and measure(text, step) and cued_kind(text)


def _content_asked(intent: Intent, cleaned: str, step: Step) -> bool:
    """Whether a message the intents read as a whole (off topic, help, a verdict) asks about the
    case's content instead: the method's own question, a measure asked for, a measure asked to
    be proposed ("is it acceptable to propose that ...?")."""
    if intent.kind == "offtopic":
        return _asks_the_method(cleaned, step)
    if intent.kind == "help":
        return _measure_asked(cleaned, step)
    if intent.kind == "verdict" and step in MEASURE_STEPS and YOUR_CHOICE_RE.match(cleaned):
        return True  # "what would you do?" at the values or options: proposals asked
    return intent.kind == "verdict" and ASKED_PROPOSAL_RE.search(cleaned) is not None


def _question_goes_on(text: str, step: Step) -> bool:
    """After a question of the user's own, one more question that is no measure asked ("wie
    moet ik noemen? alleen de boa's of ook ...?"; not "options? maybe a setting so ...?")."""
    return text.rstrip().endswith("?") and not _measure_asked(text, step)


def _kind_talk(text: str, context: Context, reading: Reading) -> bool:
    """Among options, talk about which kinds are covered or missing ("so I have design and
    rules", "wat nog ontbreekt is de menskant: de handhavers ..."): no option; the kind said to
    be missing is the kind of the measure after it, here or in the sentences that follow."""
    among = context.step == Step.VALUES and context.options_read  # "ideeën: ... . en iets voor"
    if context.step not in (Step.OPTIONS, Step.SUMMARY) and not among:
        return False
    end = LEAD_END_RE.search(text)
    if end is not None and text[end.end() :].strip():
        covering, missing = kind_coverage(text[: end.start()])
        if covering:  # the measure after the colon
            context.kind_hint = missing or context.kind_hint
            context.hint_spent = context.hint_spent and missing is None
            rest = _people_for_pronoun(text[end.end() :], text[: end.start()])
            told = extract_options(rest, context.kind, context.kind_hint, context.hint_spent)
            spent = context.hint_spent or bool(told)
            context.hint_spent = context.kind_hint is not None and spent
            reading.options.extend(told)
            context.last_kind = "options"
            return True
    covering, missing = kind_coverage(text)
    if not covering:
        return _measure_after_kind_talk(text, context, reading)
    context.kind_hint = missing or context.kind_hint
    context.hint_spent = context.hint_spent and missing is None
    context.measure_due = True
    return True


def _measure_after_kind_talk(text: str, context: Context, reading: Reading) -> bool:
    """Talk about kinds up to a comma, then a measure ("nothing on the human side yet, hmm,
    maybe the unit keeps the final say"): the measure, of the kind said to be missing."""
    found = coverage_before_comma(text)
    if found is None:
        return False
    rest, missing = found
    context.kind_hint = missing or context.kind_hint
    reading.options.extend(extract_options(rest, context.kind, context.kind_hint))
    context.last_kind = "options"
    return True


def _takes_over_minutes(text: str, context: Context, session: Session, reading: Reading) -> bool:
    """Among options, a pointer to the measures in pasted minutes, a letter or a memo, naming
    none ("de actiepunten uit de notulen zijn al opties toch?", "die drie uit de mail + ...",
    "the actions miss a context one"): the measures put forward there, when there are any, and
    what is joined to the pointer; where values are asked too (``pasted_measures``)."""
    if context.step not in (Step.VALUES, Step.OPTIONS, Step.SUMMARY):
        return False
    bare = BRACKETS_RE.sub(" ", ANNOUNCING_LEAD_RE.sub("", text, count=1) or text)
    pointer = pasted_pointer(bare) if not bare.rstrip().endswith(":") else None
    if pointer is None and (MINUTES_POINTER_RE.search(bare) is None or not option_talk(bare)[0]):
        return False
    found = minutes_options(session, context.kind)
    if not found and (pointer is None or not pointer.counted):
        return False  # "wat mist er nog bij die actiepunten?" with none pasted
    reading.options.extend(found)
    context.last_kind = "options" if found else context.last_kind
    if pointer is not None and pointer.added:  # "die drie uit de mail + training voor ..."
        reading.options.extend(extract_options(pointer.added, context.kind))
        context.last_kind = "options"
    if pointer is not None and pointer.missing:  # "the actions miss a context one"
        context.kind_hint, context.hint_spent = pointer.missing, False
        context.measure_due = True
    return True


BRACKETS_RE = re.compile(r"\([^)]*\)")


def _takes_over(text: str, context: Context, session: Session, reading: Reading) -> bool:
    """Among options, a pointer to someone's options in what was pasted ("Dennis's one",
    "de twee adviezen van Ilse neem ik over"): the measures they advised there, if any."""
    if context.step not in (Step.OPTIONS, Step.SUMMARY):
        return False
    pointer = ANNOUNCING_LEAD_RE.sub("", text, count=1) or text
    if OWNER_NAME_RE.search(pointer) is None or not pointer_talk(pointer):
        return False
    reading.options.extend(others_options(pointer, session, context.kind))
    context.last_kind = "options"
    return True


def _goes_on_with_measures(text: str, sentence: Sentence, context: Context) -> bool:
    """Right after a measure: an item of the same list past the effects ("3. wijkteams een
    uitleg geven"), a measure named with a joint ("Of een zone zonder camera's?"), or a wish
    that goes on ("... . En dat de commissie elk jaar ...")."""
    if context.last_kind != "options":
        return False
    late = context.step.position >= Step.VALUES.position
    named = late and MEASURE_GOES_ON_RE.match(text.strip()) is not None  # "Of een zone ...?"
    return (sentence.bullet and late) or named or WISH_GOES_ON_RE.match(text.strip()) is not None


def _lead_only(text: str, context: Context) -> bool:
    """Where effects or values are asked, a lead that says what matters to the speaker marks
    what follows on its line as values ("wat ik belangrijk vind? dat ..."); whether the
    sentence is that lead and nothing more (later, the word for values alone is a lead too)."""
    if VALUES_WORD_ONLY_RE.match(text) and context.step in (Step.OPTIONS, Step.SUMMARY):
        return True  # "oh values. then safety, privacy, ...": values given late follow
    if context.step not in (Step.EFFECTS, Step.VALUES):
        return False
    if VALUES_WORD_ONLY_RE.match(text):
        context.led_values = True  # "values i think.. fairness, ..."
        return True
    lead = VALUE_LEAD_RE.match(text)
    if lead is None:
        return False
    context.led_values = True
    return not text[lead.end() :].strip(" ?.!")


def _measures_out(line: str, context: Context, reading: Reading, values: ValueLists) -> str:
    """A line of labelled effects that goes on with a proposal ("Negatief: ... . Daarom denk ik
    dat we bij elke tekst moeten laten zien ..."), or with a measure drawn from the value an
    effect touches ("..., dat raakt privacy, dus alleen met toestemming"): the proposal is an
    option; the line without it is read as effects."""
    pieces = split_sentences(line)
    measures = {p: p for i, p in enumerate(pieces) if i and _measure_among_effects(p)}
    measures |= {p: asked for p in pieces if (asked := asked_among_effects(p, context.step))}
    drawn = {p: parts for p in pieces if p not in measures and (parts := drawn_measure(p, values))}
    if not measures and not drawn:
        return line
    for measure_said in measures.values():
        reading.options.extend(extract_options(measure_said, context.kind))
    for front, value, drawn_one in drawn.values():
        said = extract_options(drawn_one, context.kind)
        reading.options.extend(said)
        reading.drawn += len(said)  # in passing: the conversation stays where it is
        named = [] if front else match_values(value, values.catalogue)  # else read with it
        reading.values.extend(v for v in named if v.entry is not None)
    kept = [_effect_of(*drawn[p]) if p in drawn else p for p in pieces if p not in measures]
    return ". ".join(p for p in kept if p)


def _asked_early(text: str, context: Context) -> str:
    """Before the options, a measure asked after a label without its label ("Eerste vraag:
    kunnen we ...?" -> "kunnen we ...?"); past the effects a label may name the kind."""
    if context.step.position > Step.EFFECTS.position:
        return ""
    return asked_among_effects(text, context.step)


def _effect_of(front: str, value: str, _measure: str) -> str:
    """What stays of a sentence that draws a measure from a value among effects: the effect
    with the value it touches, or nothing where it only named the value."""
    return f"{front}, {value}" if front else ""


def _read_nothing(reading: Reading) -> bool:
    """Nothing read, asked, referred to or set aside in a message."""
    quiet = reading.turn_name() == "unread" and not (reading.unread or reading.goto)
    return quiet and not reading.cannot_think


def _named_in_passing(text: str, context: Context, reading: Reading) -> bool:
    """People named in passing as involved: forgotten or suggested ("misschien de AP"), paying
    ("de gemeente betaalt mee via de wmo"), or said not to be involved ("the IT department is not
    really involved", kept unread)."""
    early = context.step in (Step.ACTORS, Step.EFFECTS)
    suggested = actor_lists.names_suggested(text) if early else []
    forgotten = actor_lists.names_forgotten(text) or suggested
    after_a_list = context.step == Step.CASE and bool(reading.actors)
    if (early or after_a_list) and not forgotten:  # "O, en de griffie.", "o en boeren, ..."
        party, rest = actor_lists.afterthought_party(text)
        forgotten = [] if _tells_effect(rest) else party  # "..., hun kramen krijgen een boete"
    if forgotten:
        reading.actors.extend(forgotten)
        reading.added = forgotten[-1] if len(forgotten) == 1 else ""
        context.late_people = context.step.position > Step.EFFECTS.position
        return True
    paying = payer(text)
    if paying:
        reading.actors.append(paying)
        return True
    if NOT_INVOLVED_RE.match(text.strip()):
        reading.unread.append(text)
        return True
    return False


def _tells_effect(reason: str) -> bool:
    """Whether the reason someone is added for tells what it does to them ("want zij moeten de
    app uitleggen", "because they lose ..."), not only where they are ("want bij hen wordt de
    markt opgebouwd")."""
    return has_direction(reason) or OBLIGED_RE.match(reason) is not None


def _thanks(session: Session) -> Intent:
    """Thanks ("prima zo, dank je wel", "bedankt!"): agreeing where options are proposed,
    answered in kind elsewhere."""
    return Intent("affirm" if session.step == Step.OPTIONS else "thanks")


def _only_values(tail: str, named: list[ValueChoice]) -> bool:
    """Whether a tail after an effect ("..., dus privacy en autonomie") holds catalogue values
    and nothing else ("..., so a false sense of safety" holds more than a value)."""
    if not named or any(v.entry is None for v in named):
        return False
    rest = tail.lower()
    for value in named:
        rest = rest.replace(value.said.lower(), " ")
    return not [w for w in words(rest) if w not in VALUE_TAIL_GLUE]


def _values_inside_effects(session: Session, reading: Reading) -> None:
    """Before the values step, a value's word that is a whole effect read from the same
    message ("Risks: farmers feel watched; vendor lock-in") is that downside named: no value
    chosen. A value named inside a longer effect is still chosen (the user names it there)."""
    if session.step.position >= Step.VALUES.position or not reading.effects:
        return
    told = {e.text.lower().strip(" .") for e in reading.effects}
    reading.values = [v for v in reading.values if not v.said or v.said.lower() not in told]


def _direction_labelled(text: str) -> bool:
    """Whether ``text`` opens with a direction label and a colon ("Risks: ...", "Nadelen:
    ...", "+: ...")."""
    label = LABEL_RE.match(text.strip())
    return label is not None and bool(label.group("label")) and ":" in label.group(0)


def _default_direction(text: str, context: Context, reading: Reading) -> Direction:
    """The direction of an effect that has none of its own: that of the effect before it in
    the message when it says it is the same again ("en de buren zien dat ook"), else the one
    asked."""
    before = reading.effects[-1].direction if reading.effects else None
    if before is not None and SAME_AGAIN_RE.search(text) and not has_direction(text):
        return before
    return context.direction


def _labelled_line(line: str, session: Session, reading: Reading) -> bool:
    """A line that starts with a known actor and a colon and goes on with more sentences that
    tell effects ("monteurs: minder nachtdiensten. maar ook vakkennis raakt weg"): read as a
    whole, so the label holds for each sentence without people of its own."""
    if not actor_labelled(line, session.actors + _named(reading)):
        return False
    later = split_sentences(line.partition(":")[2])[1:]
    return bool(later) and all(has_direction(piece) for piece in later)


def _measure_among_effects(piece: str) -> bool:
    """A sentence in a line of effects that proposes a measure or announces the options ("For
    options I think of ...")."""
    return proposal_among_effects(piece) or OPTIONS_ANNOUNCED_RE.match(piece) is not None


def _value_clauses(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[,.;]", text) if p.strip()]


def _named(reading: Reading) -> list[Actor]:
    """Actors named earlier in the same message, to recognise effects about them."""
    return [Actor(id=f"new{i}", name=name) for i, name in enumerate(reading.actors)]


def _users(text: str, context: Context) -> list[str]:
    """The people named in a list where the users were asked ("klantmanagers, aanvragers,
    leverancier"): actors too, whether they work with it or feel it."""
    labelled = USERS_LABEL_RE.match(text)  # "users: the crew and the operators"
    if labelled is not None:
        text = actor_lists.LABELLED_JOINT_RE.sub(", ", labelled.group("rest"))  # "X + Y"
    names = actor_lists.names_in_list(text) if context.asked == "users" or labelled else []
    share = actor_lists.person_share(names) if names else 0.0
    people = share == 1 and not any(detect_context(n) for n in names)  # not "gemeente Zwolle"
    least = 1 if labelled else USERS_PAIR if people else USERS_LIST  # "bezoekers en handhavers"
    listed = len(names) >= least and share >= PERSON_SHARE
    return names if listed else []


def _led_list(text: str, sentence: Sentence) -> bool:
    """Whether a lead announces a list of two names or more ("actoren nog: de X, die ..., de Y
    en de Z", "involved: the tenants, who ..., the caretaker and the supplier"): a list, read as
    one, not a name taken up again by "die"/"who"."""
    led = sentence.header == Step.ACTORS
    if not (led or actor_lists.STRONG_LEAD_RE.match(text.strip())):
        return False
    return len(actor_lists.names_in_list(text, led=led)) > 1


def _roles(text: str, session: Session, reading: Reading) -> list[str]:
    """Parties a case sentence names by their role ("alerts go to the probation officer"), not
    named yet in this message or before."""
    named = [Actor(id=n, name=n) for n in reading.actors + reading.users]
    found = [n for n in case_roles(text) if find_actor(n, session.actors) is None]
    return [n for n in found if find_actor(n, named) is None]


def _parties(text: str, context: Context, session: Session, reading: Reading) -> None:
    """The parties a sentence says do something, clause by clause ("het Leger des Heils draait
    de opvang, de straatcoaches leveren informatie aan en de GGD zit in de stuurgroep", "the
    crews fly less and the fishermen are furious"): actors, whatever else the sentence holds;
    never the speaker's own organisation."""
    said = f"{session.case.context} {reading.case.get('context', '')}"
    own = f" {' '.join(words(said))} "
    found = reading.users if context.step == Step.CASE else reading.actors
    for name in parties_at_work(text):
        kind = organisation_kind(name)
        if (kind and f" {kind}" in own) or find_actor(name, session.actors) is not None:
            continue
        if name not in reading.actors + reading.users:
            found.append(name)


def _speaker_id(session: Session) -> str | None:
    """The actor the speaker belongs to, by where they said they work or who uses it."""
    own = speaker_of(session)  # "ik ben wijkagent": "Politie"
    return own.id if own is not None else None


def _up_to_stop(line: str, text: str) -> str:
    """``line`` from where ``text`` starts up to the full stop after it ("what matters to me:
    X; Y; and Z." holds X, Y and Z), or ``text`` where the line does not hold it as it is."""
    start = line.find(text)
    if start < 0:
        return text
    stop = FULL_STOP_RE.search(line, start + len(text) - 1)
    return line[start : stop.end() if stop is not None else len(line)]


def _asks(text: str, sentence: Sentence, context: Context, reading: Reading) -> bool:
    """A question of the method asked in ``text`` ("wie zijn de actoren?", "heb jij er nog
    een?"): recorded with the names beside it; a question for options where values are asked
    makes the rest of the message options ("Options? I was thinking: ...")."""
    question = method_question(text, context.step)
    if question is not None and not question.propose and negated_ask(text):
        question = None  # "can't we let people switch it off, with no consequences?": a measure
    question = question or proposal_request(text, context.step)
    among = context.options_read or sentence.header == Step.OPTIONS  # "heb jij er nog een?"
    question = question or option_request(text, Step.OPTIONS if among else context.step)
    if question is None:
        return False
    if question.step == Step.OPTIONS and question.kind is None:
        question.kind = asked_kind(text)  # "welke opties zijn er voor de mensen zelf?"
    if question.step == Step.OPTIONS and len(kinds_named(text)) > 1:
        question.kind, question.per_kind = None, True  # "voor de techniek en voor de mensen"
    reading.questions.append(question)
    reading.actors.extend(actor_lists.names_besides(text))
    if question.step == Step.OPTIONS and context.step == Step.VALUES:
        context.step = Step.OPTIONS
    return True


def _people_for_pronoun(measure: str, lead: str) -> str:
    """The measure after a lead that names whom it is for ("iets voor de consulenten zelf: die
    moeten leren ...") with its opening pronoun replaced by those people ("De consulenten moeten
    leren ...")."""
    people = PEOPLE_THEMSELVES_RE.search(lead)
    pronoun = OPENING_PRONOUN_RE.match(measure)
    if people is None or pronoun is None:
        return measure
    who = people.group("who")
    return f"{who[:1].upper()}{who[1:]} {measure[pronoun.end() :]}"


def _actors_over_sentences(text: str) -> bool:
    """A list of actors under its label, typed as sentences ("who: drivers obviously. the CJIB
    that sends the fines. the police."): its first item a sentence of its own, not a list."""
    label = ACTORS_LABEL_RE.match(text.strip())
    if label is None:
        return False
    first = split_sentences(text.strip()[label.end() :])[:1]
    return bool(first) and "," not in first[0] and len(words(first[0])) <= ITEM_WORDS


def _prepared(text: str, session: Session) -> tuple[str, list[str], list[str]]:
    """The message without noise (what was ignored beside it), its lines unwrapped, bullets,
    signs and numbers made plain, a leading edit label dropped, "downside - ..." as a label;
    from the values on without the measures asked and turned down at once (the third part)."""
    text = emoji_signs(text, session.step.position < Step.VALUES.position)  # "✅ ...": "+ ..."
    text = board_headers(text)  # "Flip-over \"plus\":": "plus:"
    text = tables_as_lines(text)  # "| mens | een contactpersoon |": "mens: een contactpersoon"
    text = action_points_read(text, session.step)  # minutes: "- AP1 (Mehmet): ..."
    text = options_added(text)  # "Vul nog aan bij de maatregelen dat X": "Maatregelen: X"
    if session.step.position >= Step.VALUES.position:
        text = REPORTED_LEAD_RE.sub("", text)  # "Els wil een whitelist ...": the measure
        text = PRAISED_PICK_LEAD_RE.sub("", text)  # "the briefing one is good, we could ..."
    spelled = organisations_spelled_out(people_spelled_out(with_apostrophes(with_of_course(text))))
    spelled = with_label_colons(with_spoken_commas(spelled))  # "... komma ...", "users = X"
    cleaned, ignored = strip_noise(spelled)
    cleaned = without_personas(cleaned) or cleaned  # "Neem mevrouw Jansen, 82." sets up a story
    unwrapped_lines = unwrapped(cleaned, actor_heading(session.actors))
    cleaned = actor_signed_lines(labelled_bullets(unwrapped_lines), session.actors)
    if session.step == Step.CASE and not session.case.technology:
        joint = PLUS_AS_WORD.get(session.language, " and ")
        cleaned = PLUS_BETWEEN_WORDS_RE.sub(joint, cleaned)  # "satellietbeelden + ai die ..."
    cleaned = numbered_lines(signed_lines(cleaned))
    turned_down: list[str] = []
    if session.step.position >= Step.VALUES.position:
        cleaned = without_turned_down_measures(cleaned, turned_down)  # "een app? nee, liever niet"
    if session.step in (Step.CASE, Step.ACTORS):
        cleaned = actor_lists.dotted_list(cleaned)  # "boeren. taxateurs. bij12. ..."
        cleaned = _without_item_doubts(cleaned, ignored)  # "de broedvogels (mag dat?), ..."
    cleaned = EDIT_LABEL_RE.sub("", cleaned, count=1)
    cleaned = AGREED_BEFORE_FOR_RE.sub("", cleaned, count=1)  # "ja en voor de klanten ...:"
    cleaned = ASKED_ABOUT_LABEL_RE.sub(r"\g<lead>\g<who>: ", cleaned)  # "en de X? die ..."
    return DASH_LABEL_RE.sub(r"\g<label>: ", cleaned), ignored, turned_down


def _without_item_doubts(text: str, ignored: list[str]) -> str:
    """``text`` without the short questions in brackets behind items of a list (added to
    ``ignored``): "de broedvogels (mag dat?), de provincie" lists both."""

    def dropped(match: re.Match[str]) -> str:
        if len(match.group("doubt").split()) > MAX_DOUBT_WORDS:
            return match.group(0)
        ignored.append(match.group("doubt"))
        return ""

    return ITEM_DOUBT_RE.sub(dropped, text)


def _requirements_are_measures(session: Session) -> bool:
    """Whether the case is told: from the effects on, requirements and conditions over a list
    ("Eisen:", "Only if:") are measures; before, a list of requirements tells the case."""
    return session.step.position >= Step.EFFECTS.position


def _said_in_minutes(text: str, said: tuple[str, ...]) -> bool:
    """Whether a sentence opens what someone present said in pasted minutes."""
    lowered = text.strip().lower()
    return any(lowered.startswith(o) or (lowered and o.startswith(lowered)) for o in said)


def _measures_kept(told: Reading, reading: Reading) -> None:
    """Of a message read as values where options are asked: a value of the user's own (no
    catalogue value, more than a word) that the options reading took as a measure stays the
    measure ("privacy, vandaar geen camera": privacy, and the measure of no camera)."""
    for choice in [v for v in told.values if v.entry is None]:
        name = choice.name.strip().lower()
        if len(name.split()) < MEASURE_AS_VALUE_WORDS:
            continue  # "controleerbaarheid": a value's name
        measure = next((o for o in reading.options if name in o.text.lower()), None)
        if measure is not None:
            told.values.remove(choice)
            told.options.append(replace(measure, text=choice.name.strip()))


def _told_with_technology(before: str, case: dict[str, str], context: Context) -> bool:
    """Whether a sentence of the opening message was added to a technology already told
    ("... hangt een camera in de slaapkamer. En sommige cliënten dekken de camera af met een
    handdoek."): it names the technology, and may tell what happened with it."""
    return context.opening and bool(before) and case.get("technology", "") != before
