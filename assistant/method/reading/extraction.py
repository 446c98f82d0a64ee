"""Rule-based extraction of case details, actors, effects, values and options from free text.
(Effects live in ``effect_lines``, values in ``value_names``; they are re-exported here.)

Works without any generative model (guided mode) and is the fallback whenever structured output
from a model is missing or invalid. Dutch and English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.domain.session import ActorGroup, OptionKind, Stage
from assistant.language.cues.case import (
    IDEA_ORIGIN_RE,
    IN_USE_STRONG_RE,
    ORG_OWNER_RE,
    ORG_RE,
    PLACE_BODY_WORDS,
    PLANNED_RE,
    PROVINCES,
    SINCE_RE,
    STAGE_RES,
)
from assistant.language.cues.formal import (
    ASKED_PROPOSAL_LEAD_RE,
    FORMAL_MEASURE_RE,
    FORMAL_TAUGHT_RE,
)
from assistant.language.cues.grammar import STOPWORDS, VERB_WORDS
from assistant.language.cues.measure_joints import (
    CONDITION_GOES_ON_RE,
    CONDITION_LEAD_RE,
    FOLLOW_UP_CHECK_RE,
    FOLLOW_UP_TAIL_RE,
    INSTEAD_START_RE,
    LAID_DOWN_TAIL_RE,
    LIST_PART_STARTS,
    NEVER_THING_RE,
    PLACED_BACK_RE,
    PLACED_BACK_TAIL_RE,
    PUT_THERE_RE,
    REASON_START_RE,
    RULED_OUT_TAIL_RE,
    SHARED_SUBJECT_VERBS,
    TELLS_BACK_RE,
    TELLS_BACK_TAIL_RE,
    WH_GOES_ON_RE,
)
from assistant.language.cues.measure_leads import (
    ADDING_LEAD_RE,
    AGREEING_COLON_LEAD_RE,
    ANNOUNCING_LEAD_RE,
    CHANGED_NUMBER_LEAD_RE,
    CLOSING_MODAL_RE,
    COUNTER_LEAD_RE,
    DASH_JOINT_RE,
    DOUBT_TAIL_RE,
    JOINED_KIND_LABEL_RE,
    KIND_LABEL_RE,
    KIND_LABELS,
    KIND_TAIL_RE,
    KIND_THEN_NEXT_RE,
    NUMBER_LEAD_RE,
    NUMBERED_RUN_RE,
    OPINION_LEAD_RE,
    OWN_WISH_LEAD_RE,
    PLUS_JOINT_RE,
    QUESTION_LEAD_RE,
    REFUSED_MEASURE_RE,
    REFUSED_NUMBER_LEAD_RE,
    REJECTED_NUMBERS_RE,
    RETRACTION_RE,
    THOUGHT_LEAD_RE,
    WISH_LEAD_RE,
    WISH_TAIL_RE,
    WISH_THAT_LEAD_RE,
)
from assistant.language.cues.measure_phrasings import (
    NEXT_PREDICATE_RE,
    NOUN_MEASURE_RE,
    OPTION_START_RE,
    OPTIONS_OPENING_RE,
    PARALLEL_PREP_RE,
    PLACE_LEAD_RE,
    SUBJECT_LEAD_RE,
    SUGGESTION_RE,
    WISHED_CHANGE_LEAD_RE,
)
from assistant.language.cues.measure_statements import LATER_PROPOSAL_LEAD_RE
from assistant.language.cues.measure_talk import (
    COMMENT_BACK_RE,
    COMMENT_IS_RE,
    COMMENT_WORDS,
    KIND_NOUNS,
    KIND_TALK_WORDS,
    LEAD_END_RE,
    MEETING_WORD_ENDS,
    OPTION_TALK_MARKERS,
    OPTION_TALK_WORDS,
    OPTIONS_CHATTER_RE,
)
from assistant.language.cues.option_kinds import (
    OPTION_KIND_WORDS,
    QUOTED_NAME_RE,
    THAT_LEAD_RE,
)
from assistant.language.cues.people import GROUP_WORDS, INVITATION_WORDS
from assistant.language.cues.replies import (
    ASKING_BACK_RE,
    POINTING_WORDS,
)
from assistant.language.cues.reported_measures import MINUTES_LABEL_RE
from assistant.language.cues.run_ons import (
    RUN_ON_MEASURE_JOINT_RE,
    RUN_ON_MEASURE_WORDS,
    SPOKEN_MEASURE_JOINT_RE,
    STOP_INSIDE_RE,
)
from assistant.language.textparts import (
    BULLET_RE,
    clean_item,
    split_items,
    strip_article,
    word_count,
    words,
)
from assistant.method.reading.actor_lists import is_person
from assistant.method.reading.effect_lines import EffectDraft, detect_direction, extract_effects
from assistant.method.reading.frameworks import framework_status
from assistant.method.reading.group_sides import without_options_left_to_group
from assistant.method.reading.kind_coverage import kind_coverage, pointer_talk
from assistant.method.reading.kind_model import rules_sure
from assistant.method.reading.line_actors import label_direction
from assistant.method.reading.measure_forms import names_no_measure
from assistant.method.reading.measure_parts import measure_head, part_of_measure
from assistant.method.reading.measure_tails import clause_goes_on
from assistant.method.reading.mentions import find_actor, mentioned_actor
from assistant.method.reading.option_kind_scores import (
    close_kinds,
    kind_terms,
    leaning_kind,
    option_kind,
    option_kind_scores,
    winning_kind,
)
from assistant.method.reading.segments import is_clause, split_sentences
from assistant.method.reading.value_names import (
    ValueChoice,
    everyday_values,
    match_values,
    parse_numbers,
)

__all__ = [
    "EffectDraft",
    "ValueChoice",
    "detect_direction",
    "everyday_values",
    "extract_effects",
    "find_actor",
    "label_direction",
    "match_values",
    "mentioned_actor",
    "parse_numbers",
]


@dataclass
class OptionDraft:
    """An option as read; ``alternatives``: other kinds its words point to almost as strongly
    ("a parents' evening about the app": human, or environment), for the joint choice of kinds
    when it is recorded; ``scores``: the rules' scores per kind where they chose the kind (no
    label, no kind asked for), for the learned kind to weigh in when it is recorded;
    ``leanings``: how strongly those scores and the learned kind together point to each kind,
    once weighed (the joint choice moves the option that leans least to its own kind);
    ``last_resorts``: kinds the learned model finds less likely, a choice only where they are
    the one kind still missing once the message is recorded."""

    text: str
    kind: OptionKind
    value_hint: str = ""
    alternatives: tuple[OptionKind, ...] = ()
    last_resorts: tuple[OptionKind, ...] = ()
    scores: dict[OptionKind, float] | None = None
    leanings: dict[OptionKind, float] | None = None


@dataclass
class Extracted:
    """What one user message added, from rules or from a model's structured output."""

    actors: list[str] = field(default_factory=list)
    effects: list[EffectDraft] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    options: list[OptionDraft] = field(default_factory=list)
    source: str = "rules"


def actor_group(name: str) -> ActorGroup:
    lowered = name.lower()
    order: tuple[ActorGroup, ...] = (
        "oversight", "management", "technical", "professionals", "users", "affected",
    )  # fmt: skip
    for group in order:
        terms = GROUP_WORDS[group] + INVITATION_WORDS.get(group, ())
        if any(t in lowered for t in terms):
            return group
    return "other"


def extract_actors(text: str) -> list[str]:
    """Actor names from a list, commas, 'en'/'and' or sentences."""
    names = []
    for item in split_items(text, split_and=True, max_words=8, and_words=6):
        item = strip_article(clean_item(item))
        if item and word_count(item) <= 10:
            names.append(item[:1].upper() + item[1:])
    return names


PARTICIPLE_LENGTH = 4  # "checked", not "red"
DUTCH_PARTICIPLE = 6  # "gecontroleerd", not "geld"
LISTED_WORDS = 3  # "an external audit" after a comma is a measure of its own
PERSON_HEAD = 2
MIN_MEASURE_WORDS = 3  # "could we not?" leaves no measure


def _without_leads(item: str) -> str:
    """An option without what leads it in: "add one from me, ...", a number, "1) ...; 2) ...",
    "we were thinking ..."."""
    item = NUMBER_LEAD_RE.sub("", ADDING_LEAD_RE.sub("", item, count=1) or item)
    item = WISHED_CHANGE_LEAD_RE.sub("", item, count=1) or item  # "if it were up to me, ..."
    item = ANNOUNCING_LEAD_RE.sub("", item, count=1) or item
    item = AGREEING_COLON_LEAD_RE.sub("", item, count=1) or item
    item = ASKED_PROPOSAL_LEAD_RE.sub("", item, count=1) or item  # "is it ok to propose that"
    return THOUGHT_LEAD_RE.sub("", item, count=1) or item


def extract_options(
    text: str, default_kind: OptionKind, hint: OptionKind | None = None, hint_spent: bool = False
) -> list[OptionDraft]:
    """Handling options; the kind from a label ("ontwerp: ..."), the kind said to be missing
    before (``hint``), cue words, or the kind asked. One sentence can hold several ("keep the
    badge, store only templates and ask the OR"). A kind named by a lead ("voor de mensen
    zelf: ...", "on the design side: ...") or said to be missing is that of the first measure
    after it; a later one keeps it unless the rules are sure of another kind ("..., and a law
    that bans it": environment). ``hint_spent``: a measure of the message already took it."""
    drafts: list[OptionDraft] = []
    text = KIND_THEN_NEXT_RE.sub(lambda m: f"({m.group('label')})\n", text)  # "(design), ..."
    text = CHANGED_NUMBER_LEAD_RE.sub("", _without_refusals(text))  # "3 anders: X", "2 nee, ..."
    lines = _option_lines(text)
    for index, line in enumerate(lines):
        above = index + 1 < len(lines)  # a lead above more lines
        if line.rstrip().endswith(":") and (above or OPTIONS_OPENING_RE.match(line)):
            continue  # "maatregelen die ik kan bedenken:", "voor de sessie:" above a list
        explicit, body = _labelled_body(line)
        labelled = _kind_labelled(line)  # "Ontwerp: X, Y": the label holds for each
        led = 0  # measures of the line after its lead
        for item in _meant_items(body):
            own = _talk_lead(_without_leads(item))[0]  # "... On the context side: X, and Y"
            explicit, led, labelled = (own, 0, False) if own else (explicit, led, labelled)
            loose = (led > 0 and not labelled) if explicit else (hint_spent or bool(drafts))
            draft = _item_draft(item, explicit, default_kind, hint, loose)
            if draft is not None:
                drafts.append(draft)
                led += 1
    return drafts


def laid_down_joined(drafts: list[OptionDraft], text: str) -> list[OptionDraft]:
    """The measures of a message, each one that only says where the measure before it is laid
    down ("...; that goes in the tenant contract") with that measure named in it: a measure
    of its own (the rule or contract), kept apart, that says what it lays down. The measure it
    names goes, where it is of the same kind: the rule then holds it whole, text and kind."""
    lowered = text.lower()
    placed = [(lowered.find(d.text.lower()), d) for d in drafts]
    said: list[OptionDraft] = []
    held: list[int] = []  # ids of the measures a rule of the same kind now holds
    for place, draft in placed:
        before = [(p, d) for p, d in placed if 0 <= p < place]
        if not before or not PUT_THERE_RE.match(draft.text):
            said.append(draft)
            continue
        named = max(before, key=lambda b: b[0])[1]
        if named.kind == draft.kind:
            held.append(id(named))
        what = named.text
        said.append(replace(draft, text=f"{draft.text} ({what[:1].lower()}{what[1:]})"))
    return [d for d in said if id(d) not in held]


def _labelled_body(line: str) -> tuple[OptionKind | None, str]:
    """The kind a line's label or lead says, and the line without its labels and leads."""
    line = MINUTES_LABEL_RE.sub("", line, count=1)  # "Afgesproken: ...", "Action: ..."
    talked, line = _talk_lead(line)  # "a design thing - show why ...": design
    label = KIND_LABEL_RE.match(line)
    explicit = KIND_LABELS[label.group("label").lower()] if label else talked
    body = label.group("rest") if label else line
    body = ADDING_LEAD_RE.sub("", body, count=1) or body  # "add one from me, ..."
    body = DOUBT_TAIL_RE.sub("", body) or body  # "..., or would that kill the point?"
    body = LATER_PROPOSAL_LEAD_RE.sub("", body, count=1) or body  # "..., so let's say: X"
    return explicit, body


def _item_draft(
    item: str,
    explicit: OptionKind | None,
    default_kind: OptionKind,
    hint: OptionKind | None,
    loose: bool = False,
) -> OptionDraft | None:
    """One measure of a line with its kind, or None for talk around the measures; ``loose``:
    the kind of the lead or hint yields to the rules where they are sure of another."""
    if ADDING_LEAD_RE.fullmatch(item.strip(" .!")):
        return None  # "en zelf wil ik nog iets toevoegen": the measure follows
    item = _without_leads(item)
    talked_item, item = _talk_lead(item)  # "... And add one: a tenant can ..."
    tail = KIND_TAIL_RE.search(item)  # "delete raw plates at the camera (design)"
    if tail is not None and item[: tail.start()].strip():
        talked_item, item = KIND_LABELS[tail.group("label").lower()], item[: tail.start()]
    if _no_measure(item):
        return None
    said = OPINION_LEAD_RE.sub("", item, count=1) or item
    said = ANNOUNCING_LEAD_RE.sub("", said, count=1) or said  # "ik dacht zelf: ..."
    said = OWN_WISH_LEAD_RE.sub("", said, count=1) or said  # "I want a ...": a wish
    said = WISH_THAT_LEAD_RE.sub("", said, count=1) or said  # "wat ik zou willen is dat"
    item = _as_measure(WISH_TAIL_RE.sub("", WISH_LEAD_RE.sub("", said, count=1)) or said)
    if option_talk(item)[0]:
        return None  # "I've got some, but I'd like yours first": talk, once the wish is off
    said = FOLLOW_UP_TAIL_RE.sub("", said) or said  # "X and check what that does"
    said = TELLS_BACK_TAIL_RE.sub("", said) or said  # "X, and tell clients that"
    said = PLACED_BACK_TAIL_RE.sub("", said) or said  # "X, we write that into the plan"
    measure = THAT_LEAD_RE.sub("", QUOTED_NAME_RE.sub(" ", said), count=1)  # "dat X ..."
    measure = measure_head(measure)  # "..., never a grade, the advisor decides": its head
    scores = option_kind_scores(measure)  # the quoted name: "'familie als zorgverlener'"
    if loose and _rules_overrule(scores, explicit or hint):
        explicit, hint = None, None  # "on the design side: X, and a law that bans it"
    told = talked_item or explicit  # its own label before that of its line
    scored = FOLLOW_UP_TAIL_RE.sub("", measure_head(item)) or item
    scored = TELLS_BACK_TAIL_RE.sub("", scored) or scored
    scored = PLACED_BACK_TAIL_RE.sub("", scored) or scored
    kind = told or hint or winning_kind(scores) or option_kind(scored)
    kind = kind or leaning_kind(measure, scores, default_kind)
    others = () if told else close_kinds(said, kind, scores)
    weighed = None if told or hint else scores  # the rules chose: the model may weigh in
    return OptionDraft(item[:1].upper() + item[1:], kind, alternatives=others, scores=weighed)


def _kind_labelled(line: str) -> bool:
    """A line under a kind label ("Ontwerp: ...", "en technisch: ...")."""
    line = MINUTES_LABEL_RE.sub("", line, count=1)
    return bool(JOINED_KIND_LABEL_RE.match(line) or KIND_LABEL_RE.match(line))


def _rules_overrule(scores: dict[OptionKind, float], carried: OptionKind | None) -> bool:
    """Whether the rules are sure of another kind than the one a lead carried over."""
    return carried is not None and rules_sure(scores) and winning_kind(scores) != carried


def _no_measure(item: str) -> bool:
    """Talk around the measures: pointers, a proposal turned down by number, a remark on the
    kinds ("keep all of them, and add: ...", "1 en 2 zijn goed, 3 niet", "put that in as well",
    "mist nog de menskant"), a measure turned down ("een campagne niet, te duur")."""
    talk = points_only(item) or option_talk(item)[0] or _comment_back(item) or _chatter(item)
    talk = talk or framework_status(item)  # "must comply with AVG, DPIA done": a fact
    talk = talk or names_no_measure(item)  # "the third one I don't like", "X hoeft niet"
    return (
        talk
        or bool(REJECTED_NUMBERS_RE.match(item.strip()))
        or bool(REFUSED_MEASURE_RE.match(item.strip()))  # "een campagne niet, te duur"
        or (pointer_talk(item) or kind_coverage(item)[0])
    )


def _without_refusals(body: str) -> str:
    """A line less the proposals turned down by number with their reasons ("2 nee, geen
    toestemming vragen, dat werkt niet.", "no to 3, we're not doing that"); what is offered
    instead stays ("2 nee, liever X": X)."""
    for refused in reversed(list(REFUSED_NUMBER_LEAD_RE.finditer(body))):
        rest = body[refused.end() :]
        counter = COUNTER_LEAD_RE.match(rest)
        end = re.search(r"[.;!?](?:\s|$)|$", rest)
        keep = rest[counter.end() :] if counter is not None else rest[end.end() if end else 0 :]
        body = body[: refused.start()] + keep
    return body


def _option_lines(text: str) -> list[str]:
    """The lines of a message among options, without a bullet or a lead that announces them
    ("Opties: ...", "Zelf: ..."), a list typed on one line with numbers split into its
    measures ("1 keep a card ... 2 parents only see ...")."""
    lines: list[str] = []
    for line in re.split(r"\n+", text):
        line = PLUS_ITEM_RE.sub("", BULLET_RE.sub("", line.strip()))  # "+ a workshop ..."
        line = ANNOUNCING_LEAD_RE.sub("", line, count=1) or line  # "Opties: ...", "Zelf: ..."
        line = without_options_left_to_group(line)  # "de groep bedenkt er zelf, maar: X"
        line = SPOKEN_MEASURE_JOINT_RE.sub(". ", line)  # "... en eh de wachttijd ..."
        lines.extend(numbered_parts(_run_on_measures(line)))
    return lines


def _run_on_measures(line: str) -> str:
    """A long line of measures typed without stops or commas, cut where a new measure starts
    ("... en ondertekend wordt en een studiemiddag voor ...", "... verder een bord bij ...");
    any other line as it is."""
    body = line.strip().rstrip(".!?")
    if STOP_INSIDE_RE.search(body) or "," in body or word_count(body) < RUN_ON_MEASURE_WORDS:
        return line
    return RUN_ON_MEASURE_JOINT_RE.sub(". ", line)


def numbered_parts(line: str) -> list[str]:
    """A list typed on one line with the numbers 1, 2, 3 ... in order before its measures
    ("1 blokkade nooit automatisch 2 in de melding uitleggen waarom"): each measure without its
    number; any other line whole (not "... over 3 years", with no 1 and 2 before it)."""
    starts: list[tuple[int, int]] = []
    for found in NUMBERED_RUN_RE.finditer(line):
        if int(found.group("n")) == len(starts) + 1 and (starts or found.start() == 0):
            starts.append((found.start(), found.end()))
    if len(starts) < MIN_NUMBERED:
        return [line]
    ends = [start for start, _ in starts[1:]] + [len(line)]
    return [line[body:end].strip() for (_, body), end in zip(starts, ends, strict=True)]


MIN_NUMBERED = 2


def _chatter(item: str) -> bool:
    """Chatter among options that names no measure ("ja lastig", "let's go through it then",
    "kan dat een waarde zijn?")."""
    return OPTIONS_CHATTER_RE.match(item.strip()) is not None


def _meant_items(body: str) -> list[str]:
    """The measures of a line, less one the speaker takes back in it ("a letter to residents,
    no wait, that's not right, it should be a meeting", "camera's bij de ingang, nee, gewoon
    helemaal niet"): the measure before the last retraction is dropped."""
    taken_back = list(RETRACTION_RE.finditer(body))
    if not taken_back:
        return [i for part in _dash_parts(body) for i in option_items(part)]
    last = taken_back[-1]
    before = _meant_items(body[: last.start()])[:-1]
    return before + [i for part in _dash_parts(body[last.end() :]) for i in option_items(part)]


PLUS_ITEM_RE = re.compile(r"^[+\u2212]\s+(?=\w)")  # a plus, or a minus among options
LONE_WORD_END_RE = re.compile(r",\s*\w+\s*$")  # "..., always" before a dash
DASH_PART_WORDS = 3  # "een meldpunt - liefst extern - voor klachten": an aside, not a measure


def _dash_parts(line: str) -> list[str]:
    """A line typed as chat with dashes between measures ("tune it so it only alerts after 30s
    - no storing footage - controllers decide"): its parts, when each is long enough to be a
    measure; else the line whole."""
    parts = [p for p in DASH_JOINT_RE.split(line) if p.strip()]
    if any(LONE_WORD_END_RE.search(p) for p in parts[:-1]):
        return [line]  # "a button to get a person, always - press 0": how it works
    if _plus_inside_measure(line):
        return [line]  # "tablet gets voice + pictograms, and ...": one measure
    if len(parts) > 1 and all(len(words(p)) >= DASH_PART_WORDS for p in parts):
        return parts
    return [line]


def _plus_inside_measure(line: str) -> bool:
    """A plus that joins within one measure, not a list typed with pluses: one plus alone ("a
    letter + a page on the site"), or fewer than a measure's words on either side of one up to
    a comma ("tablet gets voice + pictograms, and the mentors ...")."""
    joints = list(PLUS_JOINT_RE.finditer(line))
    if len(joints) == 1:
        return True
    for joint in joints:
        before = line[: joint.start()].rsplit(",", 1)[-1]
        after = line[joint.end() :].split(",", 1)[0]
        if min(len(words(before)), len(words(after))) < DASH_PART_WORDS:
            return True
    return False


def points_only(text: str) -> bool:
    """A reply that points at options there or closes, naming no measure ("keep all of them",
    "yes, that's the list", "ja, die neem ik er ook bij", "klaar denk ik")."""
    tokens = words(text)
    return bool(tokens) and all(t in POINTING_WORDS for t in tokens)


def option_talk(text: str) -> tuple[bool, OptionKind | None]:
    """Whether ``text`` only talks about options, naming no measure ("one small thing", "a
    design thing", "aanvulling op de mens-optie", "that's a contract thing i guess", "the three
    actions from the minutes are our options"), and the one kind it names, if any."""
    tokens = [p for w in words(text) for p in w.split("-") if p]
    kinds = {KIND_TALK_WORDS[t] for t in tokens if t in KIND_TALK_WORDS}
    named = {i - 1 for i, t in enumerate(tokens) if t in KIND_NOUNS and i}  # "a contract thing"
    rest = [
        t
        for i, t in enumerate(tokens)
        if t not in OPTION_TALK_WORDS
        and t not in POINTING_WORDS
        and t not in KIND_TALK_WORDS
        and i not in named
        and not t.isdigit()  # "optie 1"
        and not t.endswith(MEETING_WORD_ENDS)  # "in het verslag van het collectievenoverleg"
    ]
    talk = bool(tokens) and not rest
    return talk, (kinds.pop() if talk and len(kinds) == 1 else None)


TALK_LEAD_WORDS = 8


def _comment_back(item: str) -> bool:
    """A short comment on the measure before ("That would solve a lot", "dat scheelt een
    hoop"), with no words of an option kind."""
    short = len(words(item)) <= COMMENT_WORDS and COMMENT_BACK_RE.match(item.strip()) is not None
    placed = COMMENT_IS_RE.match(item.strip()) is not None  # "that's policy at ministry level"
    return short and (placed or option_kind(item) is None)


def talk_lead(text: str) -> bool:
    """Whether ``text`` starts with a lead that talks about options before a colon or dash, a
    measure after it ("one small thing - check ...", "from the other kinds: a rule ...")."""
    return _talk_lead(text)[1] != text


def _talk_lead(line: str) -> tuple[OptionKind | None, str]:
    """A lead that talks about options before a colon or dash ("one small thing - check ...",
    "a design thing - show ...", "from the other kinds: a rule ..."): the line without it, and
    the kind it names for what follows."""
    joined = JOINED_KIND_LABEL_RE.match(line) or KIND_LABEL_RE.match(line)  # "en technisch: ..."
    if joined is not None:
        return KIND_LABELS[joined.group("label").lower()], joined.group("rest")
    end = LEAD_END_RE.search(line)
    if end is None or not line[end.end() :].strip():
        return None, line
    lead = line[: end.start()]
    covering, missing = kind_coverage(lead)  # "wat nog ontbreekt is de menskant: ..."
    if covering:
        return missing, line[end.end() :]
    talk, kind = option_talk(lead)
    tokens = [p for w in words(lead) for p in w.split("-")]
    marked = any(t in OPTION_TALK_MARKERS or t in KIND_TALK_WORDS for t in tokens)
    marked = marked or (bool(tokens) and all(t.isdigit() for t in tokens))  # "3: een ecoloog ..."
    if not (talk and marked) or len(tokens) > TALK_LEAD_WORDS:  # not "maar: groepen ..."
        return None, line
    return kind, line[end.end() :]


def _as_measure(item: str) -> str:
    """A measure asked as a question, without its question words ("could we let tenants see
    their score" -> "let tenants see their score"); kept whole when little would be left."""
    lead = QUESTION_LEAD_RE.match(item)
    if lead is None or not lead.group(0) or len(item[lead.end() :].split()) < MIN_MEASURE_WORDS:
        return item
    rest = item[lead.end() :]
    dutch = any(w in ("kunnen", "zouden", "moeten") for w in lead.group(0).lower().split())
    return CLOSING_MODAL_RE.sub("", rest) if dutch else rest


def aim_of_measure(sentence: str) -> bool:
    """A sentence that gives the aim of the measure before it ("Een brief vooraf? Zodat mensen
    weten dat we komen.", "So that residents know who to call."): part of that measure."""
    return PURPOSE_SENTENCE_RE.match(sentence.strip()) is not None


def _tail_of_measure(piece: str, joint: str) -> bool:
    """A part that goes on with the measure before it: after a comma what it rules out ("...,
    never rejects") or its condition or reason ("..., only if ...", "..., te duur"); a second
    question word after "and" ("about when to X and when to Y")."""
    if "," in joint:
        return bool(RULED_OUT_TAIL_RE.match(piece) or CONDITION_GOES_ON_RE.match(piece))
    return WH_GOES_ON_RE.match(piece) is not None


def option_items(text: str) -> list[str]:
    """Sentences, then parts that start a new measure after a comma or "en"/"and"."""
    items: list[str] = []
    for sentence in (p for s in split_sentences(text) for p in _formal_parts(s)):
        if ASKING_BACK_RE.match(sentence.strip()):
            continue  # "..., and a contract clause. What else?": a question back, no measure
        if items and (PLACED_BACK_RE.match(sentence.strip()) or aim_of_measure(sentence)):
            told = clean_item(sentence)  # "X. We publish that.", "Een brief? Zodat ..."
            items[-1] = f"{items[-1]}, {told[:1].lower()}{told[1:]}"
            continue
        sentence = BRACKETS_RE.sub(lambda m: m.group(0).replace(",", BRACKET_COMMA), sentence)
        sentence = QUOTED_RE.sub(lambda m: m.group(0).replace(",", BRACKET_COMMA), sentence)
        sentence = NUMBER_COMMA_RE.sub(BRACKET_COMMA, sentence)  # "15,000 euros", "2,5 meter"
        parts = re.split(r"(\s*,\s*(?:(?:en|and)\s+)?|\s+(?:en|and)\s+)", sentence)
        commas = sum(1 for joint in parts[1::2] if "," in joint)
        ends = len(parts) - 1
        merged: list[str] = []
        for index in range(0, len(parts), 2):
            piece, joint = parts[index], parts[index - 1] if index else ""
            before = parts[index - 2] if index >= 2 else ""
            joined = joint.strip().lower() in ("en", "and") and not is_clause(before)
            terse = bool(merged) and len(words(merged[-1])) >= LISTED_WORDS  # not "geen X, Y"
            terse = terse and _terse_item(piece, commas)
            listed = "," in joint and (_listed_measure(piece) or terse)
            starts = OPTION_START_RE.match(piece) or SUGGESTION_RE.match(piece) or listed
            parallel = PARALLEL_PREP_RE.match(piece) if merged else None
            if parallel is not None and clause_goes_on(before, piece, joint):
                parallel = None  # "hoe je X checkt en aan de klant uitlegt": one clause
            if parallel is not None:  # "aan een noodstop en aan een afspraak": two measures
                merged.append(piece[parallel.end() :])
            elif merged and (
                _part_of_measure_before(merged, before, piece, joint)
                or part_of_measure(merged[-1], before, piece, joint, last=index == ends)
            ):
                merged[-1] = f"{merged[-1]}{joint}{piece}"  # "..., always - press 0"
            elif merged and _that_item(piece, joint):
                merged.append(piece)  # "X, Y, en dat agenten altijd eerst zelf controleren"
            elif merged and joined and _other_kind(merged[-1], piece):
                merged.append(piece)  # "huisregels bij de ingang en een noodknop ..."
            elif merged and _other_kind_after_comma(merged[-1], piece, joint):
                merged.append(piece)  # "X direct wissen, en in de brief een telefoonnummer"
            elif merged and joined and _next_predicate(merged[-1], piece):
                merged.append(piece)  # "we passen X aan en spreken met Y af dat ..."
            elif merged and "," in joint and _clause_in_list(merged[-1], piece, commas):
                merged.append(piece)  # "..., bijzondere gevallen gaan altijd naar een mens, ..."
            elif merged and not (starts or (_measure(piece) and not joined)):
                merged[-1] = f"{merged[-1]}{joint}{piece}"  # the user's own words, unchanged
            else:
                merged.append(piece)
        placed = (m.replace(BRACKET_COMMA, ",") for m in _placed(merged))
        items.extend(clean_item(m) for m in placed if len(words(m)) >= 2)  # not "→ uitzoeken"
    return [i for i in items if i]


def _formal_parts(sentence: str) -> list[str]:
    """A sentence cut where ", en"/", and" opens a second measure in the formal passive or
    future ("..., en behandelaars en baliemedewerkers worden geschoold in ...", "..., and case
    handlers and support staff will receive training on ..."), also after a subject of two."""
    parts, start = [], 0
    for joint in FORMAL_JOINT_RE.finditer(sentence):
        rest = sentence[joint.end() :]
        if FORMAL_MEASURE_RE.match(rest) or FORMAL_TAUGHT_RE.match(rest):
            parts.append(sentence[start : joint.start()])
            start = joint.end()
    return [*parts, sentence[start:]]


def _part_of_measure_before(merged: list[str], before: str, piece: str, joint: str) -> bool:
    """Whether a part goes on with the measure before it: how it works ("..., always - press
    0"), a tail ("..., never rejects"), where it is laid down or put ("..., vastleggen in
    contract", "..., we write that into the plan"), a pronoun back ("..., en die publiceren
    we"), its reason or aim ("..., want/zodat ..."), or the same subject going on."""
    comma = "," in joint
    return (
        (comma and _goes_on_after_comma(merged, piece))
        or _tail_of_measure(piece, joint)
        or (comma and LAID_DOWN_TAIL_RE.match(piece) is not None)
        or PLACED_BACK_RE.match(piece.strip()) is not None
        or _points_back(piece)
        or _goes_with_measure(piece, joint)
        or _shared_subject(before, piece, joint)
    )


BRACKETS_RE = re.compile(r"\([^()]*\)")
# Words quoted inside a measure ("a line 'automatically translated, ask the teacher' under every
# message", "tenants can say \"don't call me, send a letter\""): one text, no joint between
# measures. A quote opens after no letter and closes before none (not the "'" of "don't").
QUOTED_RE = re.compile(
    r"(?<!\w)(?:'[^'\n]*?(?:\w'\w[^'\n]*?)*'|\"[^\"\n]*\"|\u2018[^\u2019\n]*\u2019|\u201c[^\u201d\n]*\u201d)(?!\w)"
)
FORMAL_JOINT_RE = re.compile(r",\s*(?:(?:and|en)\s+)?", re.IGNORECASE)
# One word and a dash after a comma: how the measure before it works, typed as chat ("a button
# to get a person, always - press 0", "een knop naar een mens, altijd - toets 9").
WORD_BEFORE_DASH_RE = re.compile(r"^\w+\s*[\u2013\u2014-]\s+\S")
# What a measure is for, after a comma: its purpose, no measure of its own ("..., zodat niemand
# herkenbaar is", "..., so nobody can be recognised").
PURPOSE_START_RE = re.compile(
    r"^(?:zodat|so|so that|waardoor|which means|om te|in order to|such that)\b", re.I
)
# A sentence that gives the aim of the measure before it ("Een brief vooraf? Zodat mensen weten
# dat we komen."): part of that measure.
PURPOSE_SENTENCE_RE = re.compile(r"^(?:zodat|so that|waardoor|in order to|such that)\b", re.I)
# A comma inside a number ("around 15,000 euros a boat", "binnen 2,5 meter"): no joint between
# two measures.
NUMBER_COMMA_RE = re.compile(r"(?<=\d),(?=\d)")
BRACKET_COMMA = "\u201a"  # "for anything serious (a report, a statement) ...": one measure


LIST_COMMAS = 2  # three pieces or more after commas: a list
CLAUSE_WORDS = 4
SUBORDINATE_STARTS = frozenset((
    "als", "if", "when", "wanneer", "zodra", "once", "omdat", "because", "zodat", "so", "tenzij",
    "unless", "terwijl", "while", "nadat", "after", "voordat", "before", "hoe", "how", "waar",
    "where", "wat", "what", "dan", "then", "want", "since", "as",
))  # fmt: skip
BACK_POINTERS = frozenset(("die", "dat", "deze", "dit", "which", "it", "that", "this", "them"))
BACK_WORDS = 5
RELATIVE_STARTS = frozenset(("die", "dat", "wie", "waarvan", "who", "that", "which", "whose"))


def _goes_on_after_comma(merged: list[str], piece: str) -> bool:
    """A part after a comma that goes on with the measure before: a lone word before a dash
    ("..., always - press 0"), or the measure after a condition that opens the sentence ("if
    it alerts more than ten times a day, the supplier retunes it")."""
    if WORD_BEFORE_DASH_RE.match(piece):
        return True
    return len(merged) == 1 and CONDITION_LEAD_RE.match(merged[0]) is not None


def _points_back(piece: str) -> bool:
    """A short part that goes on with the measure before it by a pronoun ("en die publiceren
    we", "and we publish it" is a clause of its own; "which we publish")."""
    if FOLLOW_UP_CHECK_RE.match(piece.strip()) or TELLS_BACK_RE.match(piece.strip()):
        return True  # "... and check what that does to accuracy", "..., and tell clients that"
    tokens = words(piece)
    if tokens[:1] in (["which"], ["wat"]) or NEVER_THING_RE.match(piece.strip()):
        return True  # "..., which goes into the work instructions", "... and never a region"
    return bool(tokens) and tokens[0] in BACK_POINTERS and len(tokens) <= BACK_WORDS


def _goes_with_measure(piece: str, joint: str) -> bool:
    """A part that gives the reason or aim of the measure before it ("..., want/zodat ..."), or
    what it does instead ("..., in plaats van wat iemand zelf zegt", "..., instead of ...")."""
    if REASON_START_RE.match(piece) or PURPOSE_START_RE.match(piece):
        return True
    return "," in joint and INSTEAD_START_RE.match(piece) is not None


def _that_item(piece: str, joint: str) -> bool:
    """A "dat"/"that" clause after "en"/"and" in a list of measures ("geen gezichten opslaan,
    toestemming per inzet, en dat agenten altijd eerst zelf de identiteit controleren"): a
    measure of its own, told as a wish."""
    tokens = words(piece)
    if "," not in joint or ("en" not in words(joint) and "and" not in words(joint)):
        return False  # "a rule that X and that Y": one rule
    return tokens[:1] in (["dat"], ["that"]) and is_clause(" ".join(tokens[1:]))


def _shared_subject(before: str, piece: str, joint: str) -> bool:
    """A part after "en"/"and" that opens with a finite verb and goes on with the subject of the
    clause before ("centralisten mogen overrulen en krijgen daar een training in")."""
    first = words(piece)[:1]
    if joint.strip().lower() not in ("en", "and") or not first or not before:
        return False
    return first[0] in SHARED_SUBJECT_VERBS and is_clause(before)


def _clause_in_list(before: str, piece: str, commas: int) -> bool:
    """In a list of three or more measures after commas, a full clause of its own after a full
    clause ("het model toont ..., bijzondere gevallen gaan altijd naar een taxateur, in de brief
    komt ..."; "the map shows ..., complaints go to a person, ..."): a new measure, not a
    qualifier ("..., which we publish") nor the second half of "als ..., dan ...")."""
    if commas < LIST_COMMAS or len(words(piece)) < CLAUSE_WORDS:
        return False
    first, opening = words(piece)[:1], words(before)[:1]
    if not first or first[0] in RELATIVE_STARTS | SUBORDINATE_STARTS:
        return False
    if opening and opening[0] in SUBORDINATE_STARTS:
        return False
    return is_clause(before) and is_clause(piece)


def _measure(piece: str) -> bool:
    """A part that is a measure of its own ("we publiceren het in het algoritmeregister"): a
    clause with words of an option kind, not a noun after "en" ("voorbijgangers en gevels")."""
    return option_kind(piece) is not None and len(piece.split()) >= 3 and is_clause(piece)


def _placed(items: list[str]) -> list[str]:
    """A place in front of a measure, cut off by a comma ("and in the tool itself, inspectors
    see only ..."): one item with the measure after it."""
    out: list[str] = []
    for index, item in enumerate(items):
        if out and PLACE_LEAD_RE.match(out[-1]) and index:
            out[-1] = f"{out[-1]}, {item}"
        else:
            out.append(item)
    return out


def _terse_item(piece: str, commas: int) -> bool:
    """A part after a comma in a list typed tersely ("blur at the edge, 7-day retention for raw
    video, inspectors check a sample"; "achterbank blurren, foto's direct wissen"): a measure of
    its own when it does not go on with the part before ("..., met uitleg", "..., die ..."); in a
    list of two only with words of an option kind."""
    tokens = words(piece)
    if len(tokens) < LISTED_WORDS or tokens[0] in LIST_PART_STARTS | RELATIVE_STARTS:
        return False
    if tokens[0] in SUBORDINATE_STARTS or REASON_START_RE.match(piece.strip()):
        return False
    if _participle(tokens[0]):
        return False  # "..., checked by the board every quarter": the measure before goes on
    return commas >= LIST_COMMAS or option_kind(piece) is not None


def _participle(word: str) -> bool:
    """A past participle in front ("checked", "gecontroleerd door ...")."""
    english = word.endswith("ed") and len(word) > PARTICIPLE_LENGTH
    dutch = word.startswith("ge") and word.endswith(("d", "t")) and len(word) > DUTCH_PARTICIPLE
    return english or dutch


def _next_predicate(before: str, piece: str) -> bool:
    """A second measure of the subject that opens the one before, after "en"/"and" ("we passen
    de weging aan en spreken met de leverancier af dat ...", "we'll round the times and ask the
    vendor to ..."): long enough to be a measure of its own."""
    opened = SUBJECT_LEAD_RE.match(before.strip()) is not None
    return opened and NEXT_PREDICATE_RE.match(piece) is not None and _measure(piece)


def _other_kind(before: str, piece: str) -> bool:
    """A measure named after "en"/"and" with an article, of another kind than the one before
    ("huisregels bij de ingang en een noodknop die ...", "a register entry and a pause
    button"): two measures, not one with two objects; not a second person after one ("a session
    with a judge and a defence lawyer about ...": the people the measure is with)."""
    if not NOUN_MEASURE_RE.match(piece) or len(piece.split()) < LISTED_WORDS:
        return False
    last = words(before)[-1:]
    if last and is_person(last[0]) and any(is_person(w) for w in words(piece)[1 : PERSON_HEAD + 1]):
        return False
    kind, earlier = option_kind(piece), option_kind(before)
    return kind is not None and earlier is not None and kind != earlier


def _other_kind_after_comma(before: str, piece: str, joint: str) -> bool:
    """A second measure after ", en"/", and" whose words point to another kind than the measure
    before ("de scans direct wissen, en in de brief een telefoonnummer waar je een mens spreekt";
    "the lawyer signs off, and the tool gets a pause button"): two measures, not one; not a
    part that points back ("..., and we practise that"), rules something out ("..., en niet
    alleen per brief") or is a clause of the one before ("..., and when ...")."""
    if "," not in joint or not {"en", "and"} & set(words(joint)):
        return False
    tokens = words(piece)
    if len(tokens) < 2 or len(words(before)) < LISTED_WORDS:
        return False
    if tokens[0] in RELATIVE_STARTS | SUBORDINATE_STARTS | NOT_WORDS:
        return False
    if BACK_POINTERS & set(tokens[:BACK_WORDS]):
        return False
    kind, earlier = option_kind(piece), option_kind(before)
    return kind is not None and earlier is not None and kind != earlier


NOT_WORDS = frozenset(("niet", "not", "nooit", "never", "ook", "also", "maar", "but"))


def _listed_measure(piece: str) -> bool:
    """A part after a comma that names a measure of its own: "an external audit every year"
    (an article and words of an option kind), "inspectors get a refresher course" (people who
    act); not one that goes on with the measure before ("checked by ...", "which we ...")."""
    if len(piece.split()) < LISTED_WORDS:
        return False
    kind = option_kind(piece)
    if kind is None or kind_terms(piece, OPTION_KIND_WORDS[kind]) == 0:
        return False
    first = words(piece)[:1]
    if first and first[0] in OPTION_KIND_WORDS[kind]:
        return True  # named by its head word: "borden bij de ingangen", "training for staff"
    head = words(strip_article(piece.strip()))[:PERSON_HEAD]  # "de crowd managers leren ..."
    return bool(NOUN_MEASURE_RE.match(piece)) or any(is_person(w) for w in head)


def detect_stage(text: str) -> Stage | None:
    """The stage a text names; a pilot that is still planned ("we willen een pilot") is an
    idea."""
    lowered = IDEA_ORIGIN_RE.sub(" ", f" {text.lower()} ")
    in_use = STAGE_RES["in_use"].search(lowered) or SINCE_RE.search(lowered)
    if PLANNED_RE.search(lowered) and not in_use:
        return "idea"
    if STAGE_RES["pilot"].search(lowered) and not IN_USE_STRONG_RE.search(lowered):
        return "pilot"  # "de pilot draait sinds maart", "a pilot, running since May"
    if SINCE_RE.search(lowered):
        return "in_use"
    order: tuple[Stage, ...] = ("in_use", "pilot", "idea")
    for stage in order:
        if STAGE_RES[stage].search(lowered):
            return stage
    return None


MIN_PLACE_LETTERS = 4  # a place typed in lower case after a body's word ("gemeente ede" aside)


def detect_context(text: str) -> str:
    match = ORG_RE.search(text)
    if match is None:
        return ""
    name = match.group("bracketed")
    if name:  # "our municipality (Zwolle)" -> "municipality Zwolle"
        head = text[match.start() : match.start("bracketed")].rstrip(" (")
        return f"{ORG_OWNER_RE.sub('', head)} {name}"
    found = match.group(0).strip()
    named = found + _name_in_lower_case(found, text[match.end() :], text)
    return ORG_OWNER_RE.sub("", named) or named  # "our gemeente": gemeente


def _name_in_lower_case(found: str, after: str, text: str) -> str:
    """The place a body's word is followed by when typed in lower case ("provincie overijssel",
    "gemeente zwolle" in a message without capitals), capitalised; "" when there is none."""
    if found.split()[-1].lower() not in PLACE_BODY_WORDS:
        return ""  # a name follows already, or the body is no place's
    following = re.match(r"\s+([a-zâ]+(?:-[a-z]+)?)\b(?:\s*([,.;:!?]|$)|\s+(\w+))", after)
    if following is None:
        return ""
    word, stop, then = following.groups()
    typed_lower = not any(c.isupper() for c in text)
    plain = len(word) >= MIN_PLACE_LETTERS and word not in STOPWORDS | VERB_WORDS
    # a name, not a verb: the sentence goes on with one ("gemeente zwolle wil ...") or stops
    named = word in PROVINCES or (typed_lower and plain and (stop or then in VERB_WORDS))
    return " " + "-".join(p.capitalize() for p in word.split("-")) if named else ""
