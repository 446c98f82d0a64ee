"""Effects from free text: per line an actor ("voor inwoners: ...", "negative for staff: ..."),
direction labels and markers, then the items (Dutch and English)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise

from assistant.domain.session import Actor, Direction
from assistant.language.cues.actor_names import TOPIC_LABEL_RE
from assistant.language.cues.case import PURPOSE_TAIL_RE, WORKING_RE
from assistant.language.cues.direction import (
    CONTENTS_RE,
    CONTRAST_RE,
    CONTRAST_SPLIT_RE,
    DENIED_OPENING_RE,
    HELPS_WHOM_BEFORE_RE,
    HELPS_WHOM_RE,
    INPUT_FACT_RE,
    LIKED_BY_RE,
    NEGATION_RE,
    STEP_NAME_ONLY_RE,
)
from assistant.language.cues.direction_labels import (
    EFFECT_ANNOUNCED_RE,
    LABEL_ONLY_RE,
    LABEL_RE,
    MIXED_FOR_RE,
    PREDICATE_BEFORE_RE,
    WORRY_ABOUT_RE,
)
from assistant.language.cues.effect_subjects_told import NAME_PRONOUNS
from assistant.language.cues.grammar import (
    BARE_VERDICT_RE,
    CLAIM_STATUS_RE,
    COMPARISON_RE,
    FRONTED_PRONOUN_RE,
    HEARSAY_RE,
    JUDGING_TAIL_RE,
    JUDGING_TAIL_WORDS,
    NARROWING_CLAUSE_RE,
    NARROWING_RE,
    OTHERS_RE,
    PERSON_PRONOUN_RE,
    POINTING_BACK_RE,
    POINTING_BACK_WORDS,
    PRONOUN_RE,
    QUESTION_TAG_RE,
    QUOTED_REMARK_RE,
    REMARK_RE,
    REMARK_VERB_WORDS,
    REMARK_VERBS,
    SAME_PEOPLE_ON_RE,
    THEY_RE,
    THIRD_PERSON_PRONOUNS,
    UNAWARE_RE,
    VERB_WORDS,
    VERDICT_RE,
    VERDICT_WORDS,
)
from assistant.language.cues.people_in_sentences import (
    FEELING_RE,
    GENERIC_YOU_WORDS,
    NO_GROUP_WORDS,
)
from assistant.language.cues.side_remarks import TENURE_RE
from assistant.language.cues.sides import OTHER_SIDE_RE, SIDE_LABEL_RE, SIDE_LEAD_RE
from assistant.language.cues.speaker_roles import SPEAKING_AS_RE
from assistant.language.cues.stories import INCIDENT_RE, STORY_JUDGED_RE
from assistant.language.textparts import words
from assistant.method.reading.actor_lists import is_person
from assistant.method.reading.case_clauses import names_people_only, tells_the_case
from assistant.method.reading.clause_subjects import subject_person
from assistant.method.reading.effect_subjects import (
    OBJECT_PRONOUNS,
    SPEAKER_SELF,
    beneficiary,
    draft_actor,
    first_person,
    for_whom,
    lead_names_others,
    liked_by,
    not_a_speaker,
    own_subject,
    people_pronoun_led,
)
from assistant.method.reading.effect_text import clean_clause, effect_direction, effect_strength
from assistant.method.reading.line_actors import (
    LineActor,
    label_direction,
    line_actor,
    named_actor,
)
from assistant.method.reading.mentions import group_of_one, last_mentioned_actor
from assistant.method.reading.noise import greeting_only
from assistant.method.reading.people_names import people_word, person_name
from assistant.method.reading.polarity import (
    MIXED,
    SURE,
    clause_direction,
    marker_direction,
    tail_direction,
    without_marker,
    worry_direction,
)
from assistant.method.reading.segments import (
    clauses,
    conceded,
    effect_pieces,
    is_clause,
    split_sentences,
)
from assistant.method.reading.side_remarks import side_remark, tells_no_change

SENTENCE_ACTOR_RE = re.compile(
    r"^\s*(?:(?:en|and|ook|also|maar|but)\s+)?(?:voor|for|bij)\s+(?P<actor>(?:de\s+|het\s+|the\s+)?[\w'-]+(?:\s+[\w'-]+)?)\s+"
    r"(?:is|zijn|wordt|worden|scheelt|geeft|betekent|levert|means|gives|it|is het|heeft|"
    r"hebben|kan|kunnen|gaat|the)\b",
    re.I,
)

SHORT_LEAD = 4
# An effect dictated right before a label without a stop ("x heeft nadeel is dat"): this long.
MIN_TOLD_BEFORE = 3
LABEL_GROUPS = ("label", "label2", "label3", "label4", "label5", "label6", "label7")
JOINED_RE = re.compile(r"^\W*(?:en|and)\b", re.I)  # a clause joined on: a point of its own
# How firmly a direction taken from the clause before (or turned by a contrast) decides: as
# weakly as direction words that cancel out (grouped CV of the learned direction).
FROM_BEFORE = MIXED
SHORT_REMARK = 3  # "..., scheelt echt", "..., helps a lot": a verb that judges the clause before
SUBJECT_WORDS = 6  # the words before its verb an effect names its people with
# Words that point at people without naming a group ("she", "hun", "we"; not "zijn"/"haar",
# which are also other words).
PEOPLE_POINTERS = OBJECT_PRONOUNS | THIRD_PERSON_PRONOUNS | NO_GROUP_WORDS | {"his", "their", "hun"}


@dataclass
class EffectDraft:
    text: str
    direction: Direction | None
    actor_id: str | None = None
    actor_name: str = ""
    story: bool = False  # told in an incident ("vorige week belde ..."): dropped unless judged
    lead_in: bool = False  # "voor de chauffeurs is het dubbel": names whom the next are about
    # "nothing changes for them", "niemand verliest zijn baan": no effect; it is dropped once
    # the clauses after it took their actor from it ("..., maar ze tekenen straks alles af")
    unchanged: bool = False
    # The direction the rules gave from the clause's own words, with how firmly
    # (``polarity.direction_strength``; 0: from the sentence before or the one asked); None
    # where a sign, a label or a judgement decided: a learned direction may weigh in.
    weighed: tuple[Direction, float] | None = None
    other_side: bool = False  # "aan de andere kant ...", "then again ...": against the side before
    # The effect whose actor this one took, by its subject or its place in the sentence ("een
    # moeder kreeg een brief, wachtte zes weken"): where neither has an actor yet (its people
    # are no actor yet), this one goes to whichever actor that one gets later.
    follows: EffectDraft | None = field(default=None, compare=False, repr=False)


def count_terms(text: str, terms: tuple[str, ...]) -> int:
    lowered = f" {text.lower()} "
    return sum(1 for t in terms if re.search(rf"(?<![\w]){re.escape(t)}", lowered))


def detect_direction(text: str) -> Direction | None:
    """positive/negative from +/- markers and cue words; None when undecided."""
    return clause_direction(text)


def _segments(text: str) -> list[tuple[Direction | None, str]]:
    """Split at direction labels ("positief: ... negatief: ...", "positive, ...")."""
    matches = [m for m in LABEL_RE.finditer(text) if not _predicate(text, m)]
    if not matches:
        return [(None, text)]
    parts: list[tuple[Direction | None, str]] = []
    lead = text[: matches[0].start()].strip(" ;,.")
    size = len(lead.split())
    told_before = size >= MIN_TOLD_BEFORE and matches[0].group("label7") is not None
    if size > SHORT_LEAD or told_before:  # "wait, there are negatives too:" is no effect
        parts.append((None, text[: matches[0].start()]))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        label = next(g for g in match.group(*LABEL_GROUPS) if g)
        parts.append((label_direction(label), text[match.end() : end]))
    return parts


def _predicate(text: str, match: re.Match[str]) -> bool:
    """Whether a "label:" found ends a statement rather than opening a list ("... is voor
    behandelaars ook een nadeel: ze ...")."""
    clause = re.split(r"[.;!?]", text[: match.start()])[-1]
    return bool(match.group("label")) and PREDICATE_BEFORE_RE.search(clause) is not None


@dataclass
class _Flow:
    """What carries over from one clause to the next: the last direction and actor."""

    direction: Direction | None = None
    actor_id: str | None = None
    actor_name: str = ""
    announced: bool = False  # the sentence follows a lead that says it is an effect


def extract_effects(
    text: str,
    actors: list[Actor],
    focus_actor_id: str | None,
    default_direction: Direction,
    skip: Callable[[str], bool] | None = None,
    earlier: list[EffectDraft] | None = None,
    speaker_id: str | None = None,
    said_before: str = "",
) -> list[EffectDraft]:
    """Effects with direction and actor from lines, labels, markers, sentences and clauses.
    ``skip``: clauses that are something else (a value named beside an effect); ``earlier``:
    the effects read before in the same message ("ze ..." is about their actor);
    ``speaker_id``: the actor the speaker belongs to, for effects told of "we"/"ik";
    ``said_before``: the message before ``text``, for whom a pronoun is about."""
    drafts: list[EffectDraft] = list(earlier or [])
    first = len(drafts)
    flow = _Flow()
    for line in (line for line in text.splitlines() if line.strip()):
        who = not_a_speaker(line_actor(line, actors), actors)
        flow = _Flow(who.direction or flow.direction, who.actor_id, who.new_name)
        named = bool(who.actor_id or who.new_name)
        if not named and drafts and (drafts[-1].lead_in or drafts[-1].unchanged):  # "Ze ..."
            flow.actor_id, flow.actor_name = drafts[-1].actor_id, drafts[-1].actor_name
            flow.direction = flow.direction or drafts[-1].direction  # after a worry: negative
        for number, sentence in enumerate(split_sentences(who.rest)):
            lead = who.direction if number == 0 else None
            labelled = named and number == 0
            if TOPIC_LABEL_RE.match(sentence) or side_remark(sentence):
                continue  # "timeline: evaluation in june" tells the case; "..., haha": an aside
            own = line_actor(sentence, actors) if number else None
            if own is not None and (own.actor_id or own.new_name):
                flow = _Flow(own.direction or flow.direction, own.actor_id, own.new_name)
                sentence, lead, labelled = own.rest, own.direction, True
            flow.announced = number == 0 and EFFECT_ANNOUNCED_RE.match(line.strip()) is not None
            _sentence_effects(sentence, actors, flow, skip, drafts, lead, labelled)
    _told_as_the_speaker(drafts[first:])
    for draft in drafts[first:]:
        ours = speaker_id is not None and first_person(draft.text)
        if ours and first_person(draft.text, SPEAKER_SELF):  # "ik hoef niet meer elk kind ..."
            draft.actor_id, draft.actor_name = speaker_id, ""
        if not (draft.actor_id or draft.actor_name) and not _for_others(draft.text, actors):
            before = _named_before(
                draft.text, f"{said_before} {text}", actors
            )  # "de boeren ... Ze ..."
            before = before or _asked_about_before(draft.text, f"{said_before} {text}", actors)
            draft.actor_id = before or (speaker_id if ours else focus_actor_id)
        if draft.direction is None:
            draft.direction = default_direction
            draft.weighed = None if draft.lead_in else (default_direction, 0.0)
    return drafts[first:]


def _told_as_the_speaker(drafts: list[EffectDraft]) -> None:
    """Effects the speaker tells of themselves ("ik weet minder goed wat er speelt", "I lose
    an afternoon") in a message where they said whom they speak as ("ik als teamleider ben
    ...", "I as a mentor ..."): that group's, as the effect said so is, also once its group is
    an actor only later."""
    said_as = next((d for d in drafts if SPEAKING_AS_RE.match(d.text)), None)
    if said_as is None:
        return
    for draft in (d for d in drafts if d is not said_as):
        if not (draft.actor_id or draft.actor_name) and first_person(draft.text, SPEAKER_SELF):
            _take_actor(draft, said_as)


def _named_before(effect: str, text: str, actors: list[Actor]) -> str | None:
    """The known actor named last before an effect that opens with a pronoun for people ("ik
    sprak de vrijwilligers. Ze voelen zich ...", "we asked the farmers; they worry ..."), in the
    message it is read from; None when it opens otherwise or none is named before it."""
    if not people_pronoun_led(effect) or lead_names_others(effect, actors):
        return None
    start = text.lower().find(effect[:20].lower())
    found = last_mentioned_actor(text[:start], actors) if start > 0 else None
    return found.id if found is not None else None


def _asked_about_before(effect: str, text: str, actors: list[Actor]) -> str | None:
    """The known actor a short question names before an effect that names no one ("residents?
    safer I guess. less flooding risk", "en de bewoners? veiliger"): the effects after it are
    theirs, up to a sentence that names someone else."""
    start = text.lower().find(effect[:20].lower())
    for sentence in reversed(split_sentences(text[:start]) if start > 0 else []):
        named = last_mentioned_actor(sentence, actors)
        short = len(words(sentence)) <= ASKED_ABOUT_WORDS
        if sentence.rstrip().endswith("?") and short:
            return named.id if named is not None else None
        if named is not None:
            return None
    return None


ASKED_ABOUT_WORDS = 4  # "en voor de bewoners?": a question that only names whom


def one_of_a_group(drafts: list[EffectDraft], actors: list[Actor]) -> None:
    """Effects about one person of a known group ("een oudere dijkwachter zei ...",
    "Raadsonderzoeker Mirjam vond ...", "a volunteer told us ...") are about that group."""
    for draft in (d for d in drafts if d.actor_name and not d.actor_id):
        group = group_of_one(draft.actor_name, actors)
        if group is not None:
            draft.actor_id, draft.actor_name = group.id, ""


def _for_others(text: str, actors: list[Actor]) -> bool:
    """Whether an effect says it is for people who are no actor yet ("gezonder voor de buurt",
    "safer for the village kids"): not the actor whose effects were asked."""
    return for_whom(text, actors, new=True) is not None


def _told_of_whom(
    stripped: str, actors: list[Actor], flow: _Flow, drafts: list[EffectDraft], signed: bool
) -> tuple[_Flow, bool] | None:
    """Whom a sentence's effects are about (and whether it names them), or None where it tells
    no effect of its own: a verdict on the effect before, a judgement with nothing before it, or
    a sentence that only names whom the sentences after are about. A ``signed`` sentence (a
    label, a sign or people in front) is no bare judgement of the effect before."""
    if drafts and _verdict(stripped, drafts[-1], actors):
        return None  # "In November a detainee slept through the night. That's the big plus."
    if drafts and QUOTED_REMARK_RE.match(stripped):
        drafts[-1].text = f"{drafts[-1].text.rstrip('.')}. {stripped}"  # "Een van hen zei: '...'"
        return None
    if drafts and _narrows(stripped):
        narrowed = stripped[:1].lower() + stripped[1:]
        drafts[-1].text = f"{drafts[-1].text.rstrip('.')}, {narrowed}"  # "..., zeker over schulden"
        return None
    if drafts and not signed and _bare_judgement(stripped):  # not "jongeren: negatief: X"
        _judged_after(drafts[-1], stripped)
        return None  # "... moeten op gesprek. Heel stressvol.": how the effect before feels
    if BARE_VERDICT_RE.match(stripped.rstrip(" .!")):
        return None  # "Dat vind ik zorgelijk." with nothing before it read as an effect
    label_only = LABEL_ONLY_RE.match(stripped)
    if label_only is not None:
        label = label_only.group("label").lower()
        if not label_only.group("other") and label not in AGREEING_LABELS:
            flow.direction = label_direction(label)
        return None  # "positief? nou het is goedkoper": the side the next sentences are on
    return _sentence_who(stripped, actors, flow, drafts)


NARROWING_WORDS = 12
BARE_JUDGEMENT_WORDS = 3
JUDGEMENT_DEGREE_WORDS = frozenset((
    "heel", "erg", "echt", "zeer", "best", "nogal", "super", "wel", "zo", "ook", "gewoon",
    "very", "really", "so", "quite", "pretty", "rather", "just", "also", "too",
))  # fmt: skip
AGREEING_LABELS = frozenset(("goed", "good"))  # "Goed. ..." agrees more often than it labels


def _bare_judgement(sentence: str) -> bool:
    """A sentence that is only a word with a direction, with at most words of degree before it
    ("Heel stressvol.", "Pijnlijk!", "Really awkward."): it judges the effect before it."""
    tokens = words(sentence)
    if not tokens or len(tokens) > BARE_JUDGEMENT_WORDS or sentence.rstrip().endswith("?"):
        return False
    if any(t not in JUDGEMENT_DEGREE_WORDS for t in tokens[:-1]):
        return False
    return clause_direction(tokens[-1]) is not None


def _judged_after(draft: EffectDraft, judgement: str) -> None:
    """``draft`` with the bare judgement after it joined to its text; the judgement gives the
    direction where the draft's own words gave none."""
    draft.text = f"{draft.text.rstrip('.')}, {judgement[:1].lower()}{judgement[1:]}"
    if draft.direction is None and not draft.lead_in:
        draft.direction = clause_direction(judgement)
        draft.weighed = (draft.direction, effect_strength(judgement)) if draft.direction else None


def _narrows(sentence: str) -> bool:
    """A short fragment that narrows the effect before it down ("Zeker over schulden of ruzie
    thuis.", "Especially the older ones.", "Vooral als ze alleen thuis zijn.")."""
    if len(words(sentence)) > NARROWING_WORDS or not NARROWING_RE.match(sentence):
        return False
    return not is_clause(sentence) or NARROWING_CLAUSE_RE.match(sentence) is not None


def _judged_after_it(after: list[str]) -> bool:
    """Whether the clause after one (``after``: it, or none) only judges it, with a direction
    of its own ("..., dat helpt bij het opruimen", "..., which saves them money", "..., wat
    scheelt"): the clause before it is then an effect, even one that reads as how the system
    works ("households get an alert when a tap keeps running, which saves them money")."""
    body = clean_clause(after[0]) if after else ""
    if not body or len(words(body)) > POINTING_BACK_WORDS:
        return False
    remark = REMARK_RE.match(body)
    pointed = POINTING_BACK_RE.match(body) is not None
    verb = remark is not None and (remark.group("verb") or "").lower() in VERB_WORDS
    return (pointed or verb) and effect_direction(body) is not None


def _case_fact(body: str, direction: Direction | None, signed: bool) -> bool:
    """A clause that tells the case: what a list holds ("er staan ook faillissementen in, en
    die ...") or, unsigned, how it works ("de planners zien een dashboard")."""
    if direction is None and (CONTENTS_RE.match(body) or INPUT_FACT_RE.match(body)):
        return True  # "nationality is not an input, but ...": what the model is fed
    return not signed and (_working(body) or tells_the_case(body))


def _sentence_effects(
    sentence: str,
    actors: list[Actor],
    flow: _Flow,
    skip: Callable[[str], bool] | None,
    drafts: list[EffectDraft],
    lead: Direction | None = None,
    labelled: bool = False,
) -> None:
    """The effects of one sentence, added to ``drafts`` (the message's so far): direction
    labels, +/- markers, then clauses."""
    start = len(drafts)
    marker: Direction | None = marker_direction(sentence) or lead
    stripped = without_marker(sentence.strip())
    about = _told_of_whom(stripped, actors, flow, drafts, labelled or marker is not None)
    if about is None:
        return
    who, named = about
    labelled = labelled or named
    part = start  # the effects since the sentence or its last label began
    turned: set[int] = set()  # the effects whose clause opens with a contrast or "and"
    for label, segment in _segments(stripped.lstrip("+-−– ")):
        if label or marker:
            flow.direction = label or marker
        part = len(drafts) if label else part
        pieces = [p for c in clauses(segment) for p in effect_pieces(c)]
        for at, clause in enumerate(pieces):
            contrast = CONTRAST_RE.match(clause) is not None
            body = clean_clause(clause)
            if tells_no_change(body):  # "nothing changes for them", "niemand verliest ..."
                drafts.append(replace(_draft(body, None, actors, who, labelled), unchanged=True))
                continue  # no effect, but whom the next clause is about
            if _no_effect_clause(clause, body, skip):
                _judged_beside(body, drafts[start:])  # "..., which is good for legitimacy"
                continue
            lead_in = names_people_only(body)  # "en ouders??", "bad: and parents??"
            if lead_in or (TENURE_RE.search(body) and clause_direction(body) is None):
                drafts.append(replace(_draft(body, None, actors, who, labelled), lead_in=True))
                continue  # "ze doen dit al dertig jaar", "and parents?": who they are
            asked = f"{body.rstrip('?')}?" if sentence.rstrip().endswith("?") else body
            told = worry_direction(asked, effect_direction(asked))
            told = _denied_direction(body) or told  # "het is niet zo dat ze er niets aan hebben"
            direction = _signed(label or marker, told, contrast)
            signed = bool(label or marker) or flow.announced  # "nog een effect: ..."
            signed = signed or _judged_after_it(pieces[at + 1 : at + 2])  # "..., dat helpt"
            if _case_fact(body, direction, signed):
                continue
            if _said_of_before(body, told or direction, contrast, drafts[start:], actors):
                continue
            if _more_of_before(body, told, contrast, drafts[part:], actors):
                continue  # "..., ze hoeven niet meer te wachten": the same people, more of it
            strength = _strength(label or marker, told, asked, direction)
            direction = direction or _undecided(body, contrast, flow)
            flow.direction = direction
            own = len(drafts) > start and own_subject(body, actors)  # "..., en ouders ..."
            draft = _draft(body, direction, actors, who, labelled and not own)
            if direction is not None and strength < SURE:
                draft.weighed = (direction, strength if told else FROM_BEFORE)
            _actor_from_before(body, draft, drafts, start, part)
            draft.other_side = not (label or marker) and OTHER_SIDE_RE.match(clause) is not None
            drafts.append(draft)
            if contrast or draft.other_side or JOINED_RE.match(clause):
                turned.add(id(draft))  # "..., but ...", "..., en de medewerkers ...": another
    _actor_from_after(drafts[start:], turned)
    _mark_story(stripped, drafts[start:])


def _said_of_before(
    body: str,
    direction: Direction | None,
    contrast: bool,
    before: list[EffectDraft],
    actors: list[Actor],
) -> bool:
    """Whether a clause says something of the effects before it in the sentence (``before``)
    instead of telling one of its own: whom the last is for, a remark on it, the reason for a
    feeling, an aside."""
    if before and _liked_by(body, before[-1], actors):
        return True  # "..., and patients like that": their effect
    if before and _remark(body, before[-1], direction):
        _gains_for(body, before[-1], actors)  # "..., wat winst is voor asielzoekers"
        return True
    if before and not contrast and _pointing_back(body, before[-1], direction):
        return True  # "..., which they appreciate", "..., wat fysiek echt scheelt"
    if before and not contrast and _feeling_reason(body, before[-1], actors):
        return True  # "fraud team is happy, fewer dead people getting paid"
    return _aside(body, before)  # "..., zeggen ze", "..., zoals bij het oude model ook ..."


def _more_of_before(
    body: str,
    told: Direction | None,
    contrast: bool,
    before: list[EffectDraft],
    actors: list[Actor],
) -> bool:
    """A clause that goes on about the people of the effect before it in the same part of the
    sentence, with a pronoun for them ("de conducteurs voelen zich overbodig, die hebben het
    gevoel dat ...", "..., they used to wait six weeks"), and whose own words take no other
    direction: more of that effect, so its words (and its direction, where that effect had
    none yet) go to it; no effect of its own."""
    if not before or contrast or before[-1].lead_in or before[-1].unchanged:
        return False
    last = before[-1]
    if told is not None and last.direction not in (None, told):
        return False
    if not _about_people(last, actors):
        return False  # "..., de opbrengst gaat omhoog, en ze ...": "ze" are not about that
    found = SAME_PEOPLE_ON_RE.match(body)
    if found is None or (found.group("verb") and found.group("verb").lower() not in VERB_WORDS):
        return False
    last.text = f"{last.text}, {_lowered(body)}"
    if last.direction is None and told is not None:  # "X winnen tijd, ze hoeven niet meer ..."
        last.direction, last.weighed = told, (told, effect_strength(body))
    return True


def _about_people(draft: EffectDraft, actors: list[Actor]) -> bool:
    """Whether an effect's subject names people: a word for people, a pronoun for them, or
    the name of its actor, before its first verb ("kleine fracties zijn er blij mee"); people
    named after the verb ("het model stuurt studenten een herinnering, ze ...") are its object,
    and the clause after it is an effect of theirs of its own."""
    text = draft.text.lower()
    tokens = words(text)
    verb = next((i for i, t in enumerate(tokens) if t in VERB_WORDS), SUBJECT_WORDS)
    subject = tokens[: min(verb, SUBJECT_WORDS)]
    if PERSON_PRONOUN_RE.match(text) or any(people_word(t) for t in subject):
        return True
    names = [a.name for a in actors if a.id == draft.actor_id] + [draft.actor_name]
    opening = " ".join(subject)
    return any(name and name.lower() in opening for name in names)


def _actor_from_before(
    body: str, draft: EffectDraft, drafts: list[EffectDraft], start: int, part: int
) -> None:
    """An effect that names no one: the actor of the one before with the same subject, else of
    the one in the same part of the sentence."""
    if not (draft.actor_id or draft.actor_name):
        _same_subject(body, draft, drafts, start)
    if not (draft.actor_id or draft.actor_name):
        _same_part(body, draft, drafts, part)


def _sentence_who(
    stripped: str, actors: list[Actor], flow: _Flow, drafts: list[EffectDraft]
) -> tuple[_Flow, bool] | None:
    """Whom a sentence's effects are about (the flow's actor, or one named in front: "voor de
    chauffeurs: ...") and whether it was named; None when the sentence only names whom the
    sentences after it are about ("voor de chauffeurs is het dubbel", "I also worry about the
    contractors.")."""
    who, named = _Flow(None, flow.actor_id, flow.actor_name), False
    prefix = SENTENCE_ACTOR_RE.match(stripped)
    if prefix is not None and prefix.group("actor").lower() not in OBJECT_PRONOUNS:
        found = named_actor(prefix.group("actor"), actors, "", None)  # not "bij hen wordt ..."
        who, named = _Flow(None, found.actor_id, found.new_name), True
        if _both_ways_for(stripped[prefix.end() :], found, flow, drafts):
            return None
    if _worry_about(stripped, actors, flow, drafts):
        return None
    return who, named


def _denied_direction(body: str) -> Direction | None:
    """The direction of a clause that opens by denying what follows up to its first comma or
    colon: the opposite of the direction of what is denied ("niet dat ze er minder werk aan
    hebben, eerder meer": negative); None where it opens otherwise or the denied part has none."""
    denied = DENIED_OPENING_RE.match(body)
    if denied is None:
        return None
    part = re.split(r"[,:;]", body[denied.end() :], maxsplit=1)[0]
    said = effect_direction(part)
    if said is None:
        return None
    return "positive" if said == "negative" else "negative"


def _undecided(body: str, contrast: bool, flow: _Flow) -> Direction | None:
    """The direction of a clause that names none: against the flow after a contrast, negative
    for an objection ("ze worden wel gehasht, maar een week bewaard"), else the flow's."""
    if contrast:
        return "positive" if flow.direction == "negative" else "negative"
    if _objection(body):
        return "negative"
    return flow.direction


def _strength(
    sign: Direction | None, told: Direction | None, asked: str, direction: Direction | None
) -> float:
    """How firmly the rules decided ``direction`` of a clause (``asked``): sure under a sign
    it keeps or a worry; else as firmly as the clause's own direction words decide it."""
    if sign is not None and direction == sign:
        return SURE
    if told is None:
        return 0.0
    return SURE if told != effect_direction(asked) else effect_strength(asked)


def _mark_story(sentence: str, drafts: list[EffectDraft]) -> None:
    """The effects of a sentence that tells an incident ("last month one farmer said ...") are
    a story, unless a verdict follows in it."""
    if INCIDENT_RE.search(sentence) and not STORY_JUDGED_RE.search(sentence):
        for draft in drafts:
            draft.story = True


def _no_effect_clause(clause: str, body: str, skip: Callable[[str], bool] | None) -> bool:
    """A clause that tells no effect: empty, skipped, a greeting (", top."), a step's name
    ("Effecten...", "Effects as I see them:") or a doubt about the effect before ("..., of is
    dat overdreven?")."""
    if not body or (skip is not None and skip(body)) or greeting_only(body):
        return True
    return bool(STEP_NAME_ONLY_RE.match(body) or QUESTION_TAG_RE.match(clause.strip(" ,")))


def _judged_beside(body: str, drafts: list[EffectDraft]) -> None:
    """A clause left out of the effects (a value named beside the effect: "..., which is good
    for legitimacy", "..., wat slecht is voor de privacy") that judges the effect before it
    the way the rules read it: the effect's direction where it had none of its own words yet,
    else its strength adds to that of the effect's direction where they agree."""
    own = effect_direction(body) if drafts and not drafts[-1].lead_in else None
    if own is None:
        return
    before = drafts[-1]
    if before.direction is None:
        before.direction, before.weighed = own, (own, effect_strength(body))
    elif before.weighed is not None and before.weighed[0] == own == before.direction:
        before.weighed = (own, before.weighed[1] + effect_strength(body))


def _working(body: str) -> bool:
    """A clause that only tells how the system works or who does what with it ("het team
    gebruikt de lijst om controles te plannen"), with no judgement in its own words before
    the purpose."""
    if WORKING_RE.search(body) is None:
        return False
    return effect_direction(PURPOSE_TAIL_RE.sub("", body)) is None


def _both_ways_for(rest: str, found: LineActor, flow: _Flow, drafts: list[EffectDraft]) -> bool:
    """Whether a sentence "voor X is het ..." only says the effects on X go both ways ("voor de
    chauffeurs is het dubbel", "for the nurses it's mixed"): then X is the actor of the
    sentences after it, and the sentence is kept as their lead-in, no effect of its own."""
    if not MIXED_FOR_RE.match(rest):
        return False
    flow.actor_id, flow.actor_name = found.actor_id, found.new_name
    drafts.append(EffectDraft(rest, None, found.actor_id, found.new_name, lead_in=True))
    return True


def _worry_about(
    sentence: str, actors: list[Actor], flow: _Flow, drafts: list[EffectDraft]
) -> bool:
    """Whether the sentence only names people the speaker worries about ("I also worry about
    the contractors.", "ik maak me ook zorgen om de schoonmakers"): then they are the actor of
    the sentences after it, negative unless those say otherwise; the worry itself is a lead-in,
    no effect."""
    found = WORRY_ABOUT_RE.match(sentence)
    if found is None:
        return False
    who = named_actor(found.group("people"), actors, "", None)
    if not (who.actor_id or who.new_name):
        return False
    flow.actor_id, flow.actor_name, flow.direction = who.actor_id, who.new_name, "negative"
    drafts.append(EffectDraft(sentence, "negative", who.actor_id, who.new_name, lead_in=True))
    return True


def _signed(sign: Direction | None, own: Direction | None, contrast: bool) -> Direction | None:
    """The direction of a clause under a label or marker ``sign``: the sign, unless the clause
    turns against it with "maar"/"but" and its own words say otherwise ("positief is dat ...,
    maar ze vrezen dat ...", "+ faster, but staff lose contact")."""
    if sign is None:
        return own
    return own if contrast and own is not None and own != sign else sign


def _verdict(sentence: str, before: EffectDraft, actors: list[Actor]) -> bool:
    """A short sentence that only judges the effect told before it ("Dat voelt niet goed.",
    "That's the big plus."): its direction and words go to that effect."""
    text = sentence.strip(" .!")
    if CLAIM_STATUS_RE.match(text.split(",")[0].strip()):
        return False  # "That's not true, but rumour has it." sets a claim right
    if VERDICT_RE.match(text) is None or len(words(text)) > VERDICT_WORDS:
        return False
    direction = clause_direction(text)
    if direction is None:
        return False
    before.text = f"{before.text}{' ' if before.text.endswith(('?', '!', '.')) else '. '}{text}"
    before.direction = direction
    before.story = False  # "In November a detainee slept through. That's the big plus."
    gains = beneficiary(text, actors) or for_whom(text, actors, new=True)
    if gains is not None:  # "Dat is mooi voor de ouders."
        before.actor_id, before.actor_name = gains
    return True


def _liked_by(body: str, before: EffectDraft, actors: list[Actor]) -> bool:
    """A clause that only says some people like or dislike the effect before it ("..., and
    patients like that", "..., de buren vinden dat prettig") or that it helps or costs them
    ("..., wat de planners veel werk scheelt"): its words go to that effect, and those people
    are its actor."""
    found = LIKED_BY_RE.match(body.strip())
    people = liked_by(body, actors) if found is not None else None
    if found is None and (HELPS_WHOM_RE.match(body) or HELPS_WHOM_BEFORE_RE.match(body)):
        people = beneficiary(body, actors)  # "..., wat de planners veel werk scheelt"
        if people is not None:
            before.text = f"{before.text}, {_lowered(body)}"
            before.actor_id, before.actor_name = people
            return True
    if found is None or people is None:
        return False  # "..., I like that": the speaker's own view
    liked: Direction | None = "positive" if found.group("liked") else None
    liked = "negative" if found.group("disliked") else liked
    liked = clause_direction(found.group("judge")) if found.group("judge") else liked
    if liked is not None and NEGATION_RE.search(body):
        liked = "negative" if liked == "positive" else "positive"  # "patients don't like it"
    before.direction = liked or before.direction
    before.text = f"{before.text}, {_lowered(body)}"
    before.actor_id, before.actor_name = people
    return True


def _feeling_reason(body: str, before: EffectDraft, actors: list[Actor]) -> bool:
    """A clause after a short one that only says how people feel ("de ouders zijn blij, minder
    gedoe bij het ophalen", "fraud team is happy, fewer dead people getting paid"): what they
    feel it about, so its words go to that effect, with the feeling's direction and people."""
    if FEELING_RE.match(clean_clause(before.text)) is None or own_subject(body, actors):
        return False
    before.text = f"{before.text}, {body[:1].lower()}{body[1:]}"
    return True


def _objection(body: str) -> bool:
    """A point granted and an objection after it, in one clause ("they do get it, but ...")."""
    joint = CONTRAST_SPLIT_RE.search(body)
    return joint is not None and conceded(body[: joint.start()])


def _remark(body: str, before: EffectDraft, direction: Direction | None) -> bool:
    """A clause that judges the one before it ("..., en dat is gevoelig", "which can sink
    their case", "..., scheelt echt", "wat pijnlijk kan zijn", "..., vind ik jammer"): its
    direction goes to that effect, its words to that effect's text."""
    match = REMARK_RE.match(body)
    tokens = words(body)
    short = len(tokens) <= SHORT_REMARK and tokens[0] in VERB_WORDS
    short = short or (len(tokens) <= REMARK_VERB_WORDS and tokens[0] in REMARK_VERBS)
    judged = match is not None and len(tokens) > 2 and tokens[2] in VERB_WORDS  # "wat pijnlijk kan"
    tail = JUDGING_TAIL_RE.match(body) is not None and len(tokens) <= JUDGING_TAIL_WORDS
    if not (tail or ((short or judged) and direction)) and (
        match is None or (match.group("verb") or "is").lower() not in VERB_WORDS
    ):
        return False
    before.text = f"{before.text}, {_lowered(body)}"
    _judged_by_remark(before, direction)
    return True


def _pointing_back(body: str, before: EffectDraft, direction: Direction | None) -> bool:
    """A clause whose relative pronoun points back at the clause before ("..., which they
    appreciate", "..., which most of them will welcome", "..., wat juist in een crisis slecht
    is"): what that effect is to its people, its words joined to it; no effect of its own. The
    direction stays the effect's where it has one (the clause's own words point back at it:
    "..., which undermines the trust", "..., which matters because we can't find enough of
    them"). Not one that names people of its own ("..., which some students find humiliating")
    or sets some against others ("..., which some like and others find creepy"): effects on
    them."""
    pointer = POINTING_BACK_RE.match(body)
    if pointer is None or len(words(body)) > POINTING_BACK_WORDS:
        return False
    if before.lead_in or before.unchanged or subject_person(body[pointer.end() - 1 :]):
        return False
    if OTHERS_RE.search(body):
        return False
    before.text = f"{before.text}, {_lowered(body)}"
    before.direction = before.direction or direction
    return True


def _judged_by_remark(before: EffectDraft, direction: Direction | None) -> None:
    """The direction of an effect a remark was joined to (``before``, its text now with the
    remark): a judgement, a goal or a comparison with before in the remark decides, also
    against the effect's own words ("they are usually scored high, which is right", "it picked
    up a tanker nobody had noticed, which is exactly why we want this"); else the direction of
    the remark's own words, else the effect's."""
    judged = tail_direction(before.text)
    if judged is not None and not before.lead_in:
        before.direction, before.weighed = judged, None  # a judgement is sure
        return
    before.direction = direction or before.direction


def _lowered(body: str) -> str:
    """``body`` with a small first letter, to go on after a comma ("I" stays "I")."""
    return body if words(body)[:1] == ["i"] else f"{body[:1].lower()}{body[1:]}"


def _aside(body: str, before: list[EffectDraft]) -> bool:
    """A clause that only says who told the effect before it ("zeggen ze", "so they say") or
    compares it with before ("zoals bij het oude model ook is gebeurd", "as happened last
    year"), sets it right ("dat is niet zo", "rumour has it") or says its people know nothing of
    it ("en die weten van niks"): its words go to that effect; alone it is no effect."""
    cues = (HEARSAY_RE, COMPARISON_RE, CLAIM_STATUS_RE, UNAWARE_RE)
    if not any(cue.match(body) for cue in cues):
        return False
    if before:
        before[-1].text = f"{before[-1].text}, {body[:1].lower()}{body[1:]}"
        if UNAWARE_RE.match(body):
            before[-1].direction = "negative"
    return True


def _same_subject(body: str, draft: EffectDraft, drafts: list[EffectDraft], start: int) -> None:
    """A clause without a subject of its own ("... and have more time"), or with a pronoun for
    people ("ze komen in een bubbel"), is about the actor of the effect before it; "dat"/"it"
    (also behind a fronted phrase: "in de winter scheelt dat dagen"), "there is" and a bare
    word after a comma ("same top reviewers every time, overload") only within one sentence."""
    if not drafts:
        return
    body = SIDE_LEAD_RE.sub("", body, count=1) or body  # "then again, they ..."
    tokens = body.lower().split()
    carried = PERSON_PRONOUN_RE.match(body) or (tokens and tokens[0] in VERB_WORDS)
    pointing = PRONOUN_RE.match(body) or FRONTED_PRONOUN_RE.match(body) or _fragment(tokens)
    if carried or (len(drafts) > start and pointing):
        _take_actor(draft, drafts[-1])
    if len(drafts) > start and THEY_RE.match(body) and not (draft.actor_id or draft.actor_name):
        draft.actor_name = people_named(drafts[-1].text)  # "X stuurt jongeren een brief, ze ..."


def _same_part(body: str, draft: EffectDraft, drafts: list[EffectDraft], part: int) -> None:
    """A clause that names no people at all, in the same part of a sentence as an effect before
    it ("relatives get drawn into an investigation; possible damage to their name", "de
    toeristen hebben geen idee, er staat één bordje in het Nederlands"), is about the actor of
    that effect; not one about anyone at all ("nobody can see why", "we ...")."""
    if len(drafts) <= part or drafts[-1].lead_in or not _names_no_people(body, GENERIC_YOU_WORDS):
        return
    _take_actor(draft, drafts[-1])


def _take_actor(draft: EffectDraft, before: EffectDraft) -> None:
    """``draft`` about the people of ``before``: its actor, and where it has none yet, a
    pointer to it for the actor it gets later."""
    draft.actor_id, draft.actor_name = before.actor_id, before.actor_name
    draft.follows = before


def _actor_from_after(told: list[EffectDraft], turned: set[int]) -> None:
    """A clause that names no people and took no actor from before it, followed in the same
    sentence by a clause whose people are named, is about those people ("the price logic is a
    black box, travellers can't predict ...", "de boete komt maanden later, weggebruikers snappen
    niet meer waarvoor"); not across a contrast ("..., but nurses like it") or "and" (a point
    of its own), a lead-in or a remark that nothing changes."""
    for draft, after in pairwise(told):
        if draft.actor_id or draft.actor_name or draft.lead_in or draft.unchanged:
            continue
        if id(after) in turned or after.lead_in or after.unchanged:
            continue
        if not is_clause(draft.text):
            continue  # "sneller geholpen bij de balie, en ...": whose gain it is not told
        if (after.actor_id or after.actor_name) and _names_no_one(draft.text):
            _take_actor(draft, after)


def _names_no_one(body: str) -> bool:
    """Whether a clause names no people in any form: no group, no one person ("elke
    reiziger", "a mother") and no pronoun for people ("she", "hun")."""
    tokens = [t.strip(".,;:!?\"'()").split("'")[0] for t in body.lower().split()]  # "i'd"
    return not any(t in PEOPLE_POINTERS or people_word(t) or is_person(t) for t in tokens)


def _names_no_people(body: str, allowed: frozenset[str] = frozenset()) -> bool:
    """Whether a clause names no people, not even anyone at all ("nobody", "we"); words in
    ``allowed`` (the generic "je"/"you") are let through."""
    tokens = [t.strip(".,;:!?\"'()") for t in body.lower().split()]
    return not any((t in NO_GROUP_WORDS and t not in allowed) or people_word(t) for t in tokens)


FRAGMENT_WORDS = 2


def _fragment(tokens: list[str]) -> bool:
    """A clause of a word or two without a verb ("overload", "meer werkdruk")."""
    return 0 < len(tokens) <= FRAGMENT_WORDS and not any(t in VERB_WORDS for t in tokens)


PLAIN_PEOPLE = frozenset(("people", "mensen", "persons", "personen"))


def people_named(clause: str) -> str:
    """The first group of people a clause names after its subject, as an object ("het systeem
    stuurt jongeren een brief", "the council phones parents"): whom "ze"/"they" after it
    takes up; "" when it names none."""
    tokens = clause.split()
    for index in range(1, len(tokens)):
        if people_word(tokens[index].lower().strip(".,;:!?")):
            bare = tokens[index].lower().strip(".,;:!?") in PLAIN_PEOPLE  # "young people"
            return person_name(tokens[index - 1 if bare else index : index + 1])
    return ""


def _draft(
    body: str, direction: Direction | None, actors: list[Actor], who: _Flow, labelled: bool
) -> EffectDraft:
    """The effect with its actor: the label that names it for this sentence, else the actor
    the clause mentions first, else the group of people it starts with, else the line's."""
    actor_id, actor_name = who.actor_id, who.actor_name
    found = None if labelled else draft_actor(body, actors)
    if found is not None and not (found[0] is None and _pronoun_name(found[1])):
        actor_id, actor_name = found  # not "they're professionals and ...": whom "they" means
    body = SIDE_LABEL_RE.sub("", body, count=1) or body  # "Aan de andere kant: ..."
    text = body[:1].upper() + body[1:]
    return EffectDraft(text, direction, actor_id, actor_name)


def follow_carried_actors(drafts: list[EffectDraft]) -> None:
    """Effects that took their actor from another effect while neither had one (its people were
    no actor yet), once that effect got one: the same actor ("mevrouw Jansen praat weinig, maar
    bij het zingen lacht ze", both then "Bewoners")."""
    for draft in drafts:
        followed = draft.follows
        if followed is None or draft.actor_id or draft.actor_name:
            continue
        draft.actor_id, draft.actor_name = followed.actor_id, followed.actor_name


def _pronoun_name(name: str) -> bool:
    """Whether a new name taken from a clause's subject opens with a pronoun ("They're
    professionals and"): no name, the people the pronoun points back at are meant."""
    first = words(name)[:1]
    return bool(first) and first[0] in NAME_PRONOUNS


def _gains_for(body: str, draft: EffectDraft, actors: list[Actor]) -> None:
    """The actor of ``draft`` from a remark on it that says whom it is a gain or loss for."""
    gains = beneficiary(body, actors)
    if gains is not None:
        draft.actor_id, draft.actor_name = gains
    elif not (draft.actor_id or draft.actor_name):
        draft.actor_name = _remarking_people(body)  # "..., daar zijn ouders niet blij mee"


def _remarking_people(body: str) -> str:
    """The people a remark's verb is followed by, as its subject ("daar zijn ouders niet blij
    mee"): whom the effect judged is about; "" when none."""
    remark = REMARK_RE.match(body)
    if remark is None or (remark.group("verb") or "").lower() not in VERB_WORDS:
        return ""
    return subject_person(body[remark.end() :])


def point_by_name(drafts: list[EffectDraft], named: list[Actor]) -> None:
    """Effects about an actor named in the same message point at it by name (it is recorded
    with the message)."""
    names = {actor.id: actor.name for actor in named}
    for draft in drafts:
        name = names.get(draft.actor_id or "")
        if name is not None:
            draft.actor_id, draft.actor_name = None, name
