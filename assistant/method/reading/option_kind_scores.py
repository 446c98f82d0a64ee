"""The kind of a handling option from its words and from who acts in it: scores per kind
("publish once a year how many flags ...": environment; "the dashboard shows only counts":
design; "handhavers leren de kaarten lezen": human), the kind that wins, and the kinds that
score as strongly, for the joint choice of kinds when options are recorded."""

from __future__ import annotations

import re
from functools import cache

from assistant.domain.session import OptionKind
from assistant.language.cues.actor_names import (
    ADJECTIVE_ENDINGS,
    NAME_BREAKS,
    SINGULAR_PERSON_ENDINGS,
)
from assistant.language.cues.case import ORG_RE
from assistant.language.cues.measure_joints import CONDITION_LEAD_RE
from assistant.language.cues.measure_phrasings import (
    NOUN_MEASURE_RE,
    PEOPLE_CAUSED_RE,
    PLACE_LEAD_RE,
)
from assistant.language.cues.option_kinds import (
    ACTION_ENDINGS,
    AUDIENCE_TAIL_RE,
    BESIDE_PERSON_RE,
    BODY_PLURALS,
    BUILT_IN_RULE_RE,
    CAUSATIVE_VERBS,
    CLAUSE_INSIDE,
    COME_BY_RE,
    DATA_EDITED_RE,
    DATA_REACH,
    DATA_SHOWN_RE,
    DATA_WORDS,
    DEPARTED_FROM_RE,
    DEVICE_NAMES,
    DOCUMENT_LEAD_RE,
    EVENT_HELD_RE,
    IMPERATIVE_RE,
    INSTEAD_CLAUSE_RE,
    KNOWN_THING_WORDS,
    LEARNING_TOPIC_RE,
    LIST_MACHINE_WORDS,
    MAKER_BUILDS_RE,
    NOT_AUTOMATIC_RE,
    OPTION_KIND_WORDS,
    OVERSIGHT_SUBJECTS,
    OWN_WORDS,
    PEOPLE_SCHEME_RE,
    PERSON_FIRST_RE,
    PLACE_FOLLOWERS,
    PLACED_REACH,
    PLACED_UNTIL_RE,
    PLACING_VERBS,
    POWER_GRANTED_RE,
    QUESTION_MODALS,
    REASON_CLAUSE_RE,
    RECEIVING_VERBS,
    ROUTED_TO_RE,
    ROUTINE_RE,
    RULE_NAMED_RE,
    SEEN_THERE_RE,
    SELF_SERVICE_RE,
    SHORT_BODIES,
    SPEAKER_SELF_RE,
    SPEAKING_BODY_ENDINGS,
    SYSTEM_ENDINGS,
    SYSTEM_PLACE_RE,
    SYSTEM_SUBJECTS,
    TAUGHT_IN,
    THING_ITSELF_RE,
    TIME_CLAUSE_RE,
    TOLD_CONTENT_RE,
    USE_RULE_RE,
    VERB_KINDS,
    WITHOUT_RE,
)
from assistant.language.cues.people import GROUP_WORDS
from assistant.language.cues.two_kinds import (
    BOUND_MODALS,
    BOUND_NEGATIONS,
    BOUND_REACH,
    BOUND_SYSTEMS,
    CHANNEL_RE,
    CHANNEL_SYSTEMS,
    CHECK_WORDS,
    CONSENT_RE,
    DOER_ENDINGS,
    DONE_BY_PERSON_RE,
    DUTY_RE,
    INFO_FOR_PEOPLE_RE,
    KEPT_OR_AHEAD_RE,
    MACHINE_WORDS,
    NONE_WITHOUT_RE,
    OUTCOME_EXPLAINED_RE,
    PERSON_REACHED_RE,
    PLAIN_PERSON_WORDS,
    RIGHT_GRANTED_RE,
    SAY_RE,
)
from assistant.language.cues.work_arrangements import (
    AGREED_WITH_RE,
    DATA_JURISDICTION_RE,
    DATA_SHARED_RE,
    FALLBACK_RE,
    FINAL_SAY_RE,
    LEARNING_FOR_RE,
    LEARNING_RECEIVED_RE,
    PUBLISHING_RE,
    STEP_ORDER_RE,
    WORKLOAD_CAP_RE,
)
from assistant.language.stems import stems
from assistant.language.textparts import words
from assistant.method.reading.actor_lists import PEOPLE_STEMS, head_is_person, is_person

ARTICLES = frozenset(("a", "an", "the", "een", "de", "het"))
SUBJECT_WORDS = 3
SUBJECT_WEIGHT = 1.5
RECEIVER_WEIGHT = 0.5  # people who receive a measure: what they receive decides
FRONT_GOVERNS = 2  # "the council should ...": its first words, not "... met de raad"
MIN_ROLE = 6
WE_WEIGHT = 0.5  # "we" decide only where the words do not ("we leren de boa's ..." is human)
PLURAL_TAIL = 2  # "leveranciers" is "leverancier": a longer tail makes another word
COMPOUND = 6  # "beleid" in "privacybeleid"
LEADING_JOINTS = frozenset(("en", "and", "ook", "also", "plus", "dan", "then", "daarnaast"))
WE_MODALS = frozenset(("should", "must", "moeten", "gaan", "will", "zullen"))  # "we should ..."
HEDGES = frozenset(("misschien", "mss", "wellicht", "maybe", "perhaps"))  # "misschien dat ..."
SELF_WORDS = (
    "zelf",
    "themselves",
    "himself",
    "herself",
    "myself",
    "yourself",
    "jezelf",
    "zelfstandig",
)  # people's own doing
HEAD_WORDS = 4  # "a visit protocol": the measure's own noun among its first words
HEAD_WEIGHT = 1.0  # "de crowd managers": people among the first words after the article
SHOWING = frozenset(("zien",))  # "aan de eigenaar laten zien": shown to, not made to act
CAUSED_REACH = 7  # "vrijwilligers van de taalhuizen een paar avonden laten komen"
ARRANGEMENT_WEIGHT = 2.0  # "no agent handles more than 20 a day": over who is named in it


def option_kind(text: str) -> OptionKind | None:
    """The kind an option's words point to, with who acts in it: a system in front makes it
    design, people in front human (ties: None)."""
    return winning_kind(option_kind_scores(text))


def winning_kind(scores: dict[OptionKind, float]) -> OptionKind | None:
    """The kind that scores highest, alone (ties and no score: None)."""
    best = max(scores.values())
    winners = [k for k, s in scores.items() if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def close_kinds(
    text: str, kind: OptionKind, scores: dict[OptionKind, float] | None = None
) -> tuple[OptionKind, ...]:
    """Other kinds than ``kind`` that the words of an option point to as strongly ("put a real
    person's phone number on every letter": design, or environment); people who act on a fixed
    schedule or when in doubt do a routine of the organisation ("a nurse reads a sample of the
    chats every month": human, or environment), not when they receive it ("nurses get a
    session every month"). ``scores``: those of the text, when already known."""
    scores = scores if scores is not None else option_kind_scores(text)
    close = [k for k, s in scores.items() if k != kind and s > 0 and s >= scores[kind]]
    receiving = any(w in RECEIVING_VERBS for w in _acting_words(text))  # "staff get a session"
    if kind == "human" and "environment" not in close and _routine(text) and not receiving:
        close.append("environment")
    if kind == "design" and "environment" not in close and _routine(text):
        close.append("environment")  # "a random sample of low-risk schools each year"
    if kind in ("environment", "human") and _checked_by_people(text):
        other: OptionKind = "human" if kind == "environment" else "environment"
        close.extend([] if other in close else [other])  # "crews: a diver still checks ..."
    close.extend(k for k in second_kinds(text, kind) if k not in close)
    return tuple(close)


def second_kinds(text: str, kind: OptionKind) -> list[OptionKind]:
    """The other kind of a measure that is defensibly of two: a bound on what the technology
    may do is laid down or built in ("waar het algoritme niet aan mag komen"); a consent setting
    of a channel is a setting or people's own choice ("WhatsApp alleen als je je zelf
    aanmeldt"); a channel that stays or goes ahead is an arrangement or part of the service's
    build ("de brief blijft altijd", "announce visits by letter a few days ahead"); the order
    of steps with a conversation in it is a procedure or human contact ("eerst altijd een
    gesprek"); what is made public of a system is an arrangement or its setting ("het
    dashboard openbaar")."""
    found = [k for pair in kind_pairs(text) for k in pair if k != kind]
    return list(dict.fromkeys(found))


def kind_pairs(text: str) -> list[tuple[OptionKind, OptionKind]]:
    """The pairs of kinds a measure is defensibly of (see :func:`second_kinds`), the kind it
    leans to first."""
    said = [p for w in words(text) for p in dict.fromkeys((w, *w.split("-")))]
    pairs: list[tuple[OptionKind, OptionKind]] = []
    if _bounds_system(said):
        pairs.append(("design", "environment"))
    if CONSENT_RE.search(text) and any(w in CHANNEL_SYSTEMS for w in said):
        pairs.append(("design", "human"))
    if CHANNEL_RE.search(text) and KEPT_OR_AHEAD_RE.search(text):
        pairs.append(("design", "environment"))
    if STEP_ORDER_RE.search(text) and kind_terms(text, OPTION_KIND_WORDS["human"]):
        pairs.append(("environment", "human"))  # "first contact is always a conversation"
    if SAY_RE.search(text):
        pairs.append(("environment", "human"))  # "leerlingen laten meebeslissen over ..."
    if PUBLISHING_RE.search(text) and any(_system(w) for w in said):
        pairs.append(("environment", "design"))  # "het dashboard openbaar": the dashboard too
    pairs.extend(_rule_or_people(text))
    if PERSON_REACHED_RE.search(text):
        pairs.append(("design", "human"))  # "a button to get a human": the contact it gives
    if OUTCOME_EXPLAINED_RE.search(text):
        pairs.append(("environment", "design"))  # "a letter that says how the score came about"
    if INFO_FOR_PEOPLE_RE.search(text):
        pairs.append(("environment", "human"))  # "folder aanpassen", "een helpdesk voor ..."
    return pairs


def leaning_kind(text: str, scores: dict[OptionKind, float], asked: OptionKind) -> OptionKind:
    """The kind of a measure whose words name no one kind alone: the asked kind where the words
    point to it as strongly as to any; else the first kind they point to most ("it should say a
    human checked it, and how to reach a person": environment or human, not design), or with no
    words of a kind the first kind of a measure of two kinds ("een helpdesk laten inrichten",
    "een afwijzing door een mens laten beoordelen"), where the asked kind is not among them."""
    best = max(scores.values())
    if best > 0:
        tied = [k for k, s in scores.items() if s == best]
        return asked if asked in tied else tied[0]
    pairs = kind_pairs(INSTEAD_CLAUSE_RE.split(text, maxsplit=1)[0])  # not "..., not by X"
    if not pairs or any(asked in pair for pair in pairs):
        return asked
    return pairs[0][0]


def _checked_by_people(text: str) -> bool:
    """People who do a check as the routine of the organisation ("crews: a diver still checks
    every culvert ...", "elke melding wordt door een medewerker nagelezen"): their own work too,
    not what they receive ("staff get a session every month")."""
    text = REASON_CLAUSE_RE.split(text, maxsplit=1)[0]  # "..., so the checking stays sharp"
    front = _acting_words(text)
    if any(w in RECEIVING_VERBS for w in front) or any(_governs(w) for w in front):
        return False
    if _arranges_work(text):
        return False  # "no klantbehandelaar handles more than 25 drafts a day": a cap
    led = (w for before, w in zip(["", *front], front, strict=False) if before in ARTICLES)
    people = any(_person_word(w) for w in front) or any(_doer(w) for w in led)
    return people and kind_terms(text, CHECK_WORDS) > 0


def _rule_or_people(text: str) -> list[tuple[OptionKind, OptionKind]]:
    """A measure that is a rule of the organisation or people's own doing, as evenly: a check
    done by a person ("door een vertaler nagelezen"), a duty to tell or account ("landlords have
    to give their tenants a letter", not "judges must get a course"), a right always granted
    ("de verdachte mag altijd zelf kiezen"), nothing without a step ("geen kap zonder dat een
    boomverzorger de boom heeft gezien")."""
    by = DONE_BY_PERSON_RE.search(text)
    person = by is not None and _doer(by.group("person").lower())
    duty = DUTY_RE.search(text) is not None and not LEARNING_RECEIVED_RE.search(text)
    granted = RIGHT_GRANTED_RE.search(text) is not None
    first = _person_first(text)  # "only after a bailiff has spoken to the person"
    if person or duty or granted or first or NONE_WITHOUT_RE.match(text.strip()):
        return [("environment", "human")]
    return []


def _bounds_system(said: list[str]) -> bool:
    """The technology, then within a few words what it may or must not do ("het algoritme
    niet aan mag komen", "the model may never", "de app mag geen ...")."""
    for index, word in enumerate(said):
        after = set(said[index + 1 : index + 1 + BOUND_REACH])
        if word in BOUND_SYSTEMS and after & BOUND_MODALS and after & BOUND_NEGATIONS:
            return True
    return False


def _routine(text: str) -> bool:
    """A routine of the organisation: on a schedule, on a sample or when in doubt, not people's
    own doing ("elke maand een steekproef", not "kijkt bij twijfel zelf even")."""
    return ROUTINE_RE.search(text) is not None and not kind_terms(text, SELF_WORDS)


def option_kind_scores(text: str) -> dict[OptionKind, float]:
    """How strongly an option's words point to each kind ("publish how many flags ...": mostly
    environment); the kind of :func:`option_kind` scores highest."""
    text, ruled, placed = _measure_words(text)
    verb = _leading_verb_kind(text)
    said = AUDIENCE_TAIL_RE.sub("", text)  # "show the band on every chart for the council"
    said = said if _kind_words(said, "design") else text  # the council sees what it shows
    scores = {kind: float(_kind_words(said, kind)) for kind in OPTION_KIND_WORDS}
    if verb is not None:
        scores[verb] += SUBJECT_WEIGHT  # "publish once a year how many flags ...": published
    if ruled or RULE_NAMED_RE.match(text.strip()):
        scores["environment"] += SUBJECT_WEIGHT  # "het model mag nooit alleen beslissen"
    place = PLACE_LEAD_RE.match(text.split(",")[0].strip())
    if place is not None and _system(place.group("place").lower()):
        scores["design"] += SUBJECT_WEIGHT  # "in the tool itself, inspectors see only ..."
    elif _feature_place(text):
        scores["design"] += SUBJECT_WEIGHT  # "een 'toets 0' in het keuzemenu", "in de app een max"
    head = _head_words(text) if not ruled else []  # "een melding leidt nooit ...": a rule
    for kind, terms in OPTION_KIND_WORDS.items():
        if any(kind_terms(word, terms) for word in head):
            scores[kind] += HEAD_WEIGHT  # "a visit protocol where inspectors ...": a protocol
    if _instructs_on_data(text):
        scores["design"] += HEAD_WEIGHT  # "use only building data plus ..."
    if placed:
        scores["design"] += SUBJECT_WEIGHT  # "put cheap sensors in ... before deciding"
    if _rule_built_in(text):
        scores["design"] += ARRANGEMENT_WEIGHT  # "als harde regel in het algoritme"
    if DATA_SHOWN_RE.search(text):
        scores["design"] += ARRANGEMENT_WEIGHT  # "managers only get team figures": what it shows
    for kind, weight in arrangement_scores(text).items():
        scores[kind] += weight
    routine = _routine(text)
    if max(scores.values()) == 0 and _people_made_to_act(text):
        return _only("human")  # "we moeten ze een dag laten meelopen", with no words of a kind
    routed = ROUTED_TO_RE.search(text)
    person = routed.group("person").lower() if routed is not None else ""
    if person and (is_person(person) or _one_person(person)):
        scores["human"] += SUBJECT_WEIGHT  # "bijzondere gevallen gaan altijd naar een taxateur"
    if COME_BY_RE.search(text):
        scores["human"] += SUBJECT_WEIGHT  # "komt er een monteur kijken": a person on the spot
    if BESIDE_PERSON_RE.search(text):
        scores["human"] += SUBJECT_WEIGHT  # "altijd naast een menselijke taalanalist"
    if not ruled:  # the system a rule is about is no place of the measure
        _score_who_acts(text, scores)
    if max(scores.values()) == 0 and routine:
        return _only("environment")  # "guards do a fixed daily round no matter what": a routine
    return scores


def _kind_words(text: str, kind: OptionKind) -> int:
    """The cue words of ``kind`` in a measure, not in the step it comes before or after
    ("consultants call every applicant before deciding": not "decides"), nor at the start of a
    word for people that only begins like one ("consultant", "contractor", "lawyer",
    "vrijwilliger" are people who act, not a consultation, a contract, a law, what is
    voluntary)."""
    measure = _without_step_after(text)
    terms = OPTION_KIND_WORDS[kind]
    if kind != "human":
        measure = " ".join(w for w in measure.split() if not _person_begun(w, terms))
    return kind_terms(measure, terms)


def _without_step_after(text: str) -> str:
    """A measure a person takes without the step it comes before or after, up to the next
    comma ("een notulist leest elk verslag na voordat het gepubliceerd wordt, ..."); where no
    person acts in front the step may be the measure ("nooit kappen voordat een boomdeskundige
    heeft gekeken")."""
    parts = TIME_CLAUSE_RE.split(text, maxsplit=1)
    if len(parts) < 2 or not any(_person_word(w) for w in _acting_words(parts[0])):
        return text
    return ", ".join([parts[0], *parts[1].split(",", maxsplit=1)[1:]])


def _person_begun(token: str, terms: tuple[str, ...]) -> bool:
    """A word for people that starts with a shorter cue term, not an inflection of it
    ("consultants" for "consult"; not "leveranciers" for "leverancier")."""
    word = token.strip(".,;:!?()'\"").lower()
    if not word or not _person_word(word):
        return False
    begun = [t for t in terms if t.strip() and word.startswith(t.strip())]
    return bool(begun) and all(len(word) - len(t.strip()) > PLURAL_TAIL for t in begun)


def _rule_built_in(text: str) -> bool:
    """A rule put in the technology ("als harde regel in het algoritme", "as a rule in the
    planning tool", "in de roostertool")."""
    built = BUILT_IN_RULE_RE.search(text)
    named = words(built.group("system")) if built is not None else []
    return any(_system(w) or w.endswith(SYSTEM_ENDINGS) for w in named)


def _measure_words(text: str) -> tuple[str, bool, bool]:
    """The words of a measure that tell its kind (without its reason, what it replaces, what is
    absent or told, where nobody acts), whether it lays down a rule of use, and whether it places
    devices."""
    text = SPEAKER_SELF_RE.sub("", text)  # "zelf wil ik: ...": the speaker's wish
    text = _after_condition(REASON_CLAUSE_RE.split(text, maxsplit=1)[0])  # not its reason
    text = INSTEAD_CLAUSE_RE.split(text, maxsplit=1)[0]  # "..., in plaats van wat iemand zegt"
    ruled = USE_RULE_RE.search(text) is not None  # "nooit tot een straf zonder dat ..."
    text = WITHOUT_RE.sub(" ", text)  # "een oefening zonder model": the model is absent
    text = TOLD_CONTENT_RE.sub(_told, text)  # "uitleg dat een melding ...": what is told
    text = LEARNING_TOPIC_RE.sub(_learnt, text)  # "a session ... about why a report ..."
    text = POWER_GRANTED_RE.sub(r"\g<power>", text)  # "the power to ban ...": a power granted
    text = THING_ITSELF_RE.sub(r"\g<place>", text)  # "op de sensor zelf": nobody acts
    text = PEOPLE_SCHEME_RE.sub(r"\g<who>", text)  # "a buddy system": people paired, no system
    text = DEPARTED_FROM_RE.sub(r"\g<verb>", text)  # "mag afwijken van het model"
    ruled = ruled or USE_RULE_RE.search(text) is not None or _person_first(text)
    ruled = ruled or DOCUMENT_LEAD_RE.match(text.strip()) is not None  # "in de vergunning ..."
    placed = _places_devices(text)
    text = PLACED_UNTIL_RE.sub("", text) if placed else text  # "..., before the board decides"
    text = NOT_AUTOMATIC_RE.sub(r"\g<no> ", text)  # "never an automatic stop": nothing automatic
    return text, ruled, placed


def _told(found: re.Match[str]) -> str:
    """What tells, without what it tells ("uitleg", "the register entry says")."""
    return (
        found.group("told")
        or found.group("published")
        or found.group("page")
        or found.group("page2")
    )


def _head_words(text: str) -> list[str]:
    """The first words of a measure named by a noun ("a visit protocol where ..."), also of an
    event held ("hold a yearly practice evacuation in which ...", "organiseer een avond
    waar ...": the event decides, not what happens in it)."""
    if NOUN_MEASURE_RE.match(text):
        return words(text)[1:HEAD_WORDS]
    held = EVENT_HELD_RE.match(text.strip())
    return words(text.strip()[held.end() :])[: HEAD_WORDS - 1] if held else []


def _learnt(found: re.Match[str]) -> str:
    """The learning itself, without what it is about ("oefenen", "a session", "leert")."""
    return found.group("told") or found.group("practised") or found.group("learnt")


def _score_who_acts(text: str, scores: dict[OptionKind, float]) -> None:
    """A push for the kind of whoever acts at the front of the measure: the system (design),
    the user themself or people (human), we, a body or who governs (environment)."""
    front = _acting_words(text)
    if (
        any(_system(w) or _machine(w) for w in front)
        or _device_named(front)
        or MAKER_BUILDS_RE.match(text.strip())
    ):
        scores["design"] += SUBJECT_WEIGHT  # "the dashboard shows ...", "vendor adds a norm"
    elif front[:1] in (["ik"], ["i"]) and kind_terms(text, SELF_WORDS):
        scores["human"] += SUBJECT_WEIGHT  # "ik kan zelf de score uitzetten": the user's own doing
    elif front[:1] in (["we"], ["wij"]):
        scores["environment"] += WE_WEIGHT  # "we leggen vast", "we add a clause"
    elif (
        _oversees(front)
        or ORG_RE.match(" ".join(front))
        or _speaks_for(front)
        or _body_named(front)
    ):
        receiving = any(w in RECEIVING_VERBS for w in front)  # "de politie krijgt uitleg"
        scores["environment"] += RECEIVER_WEIGHT if receiving else SUBJECT_WEIGHT
    elif any(_governs(w) for w in front[:FRONT_GOVERNS]):
        scores["environment"] += SUBJECT_WEIGHT  # "the council reviews it every year"
    elif any(_person_word(w) for w in front) and DATA_EDITED_RE.search(text):
        scores["design"] += SUBJECT_WEIGHT  # "applicants can upload ...": a feature for them
    elif any(_person_word(w) for w in front) and _served(text):
        scores["design"] += SUBJECT_WEIGHT  # "every tenant can look up ...": a feature for them
    elif any(_person_word(w) for w in front):
        receiving = any(w in RECEIVING_VERBS for w in front)  # "bewoners krijgen een brief"
        scores["human"] += RECEIVER_WEIGHT if receiving else SUBJECT_WEIGHT
        if receiving and _system_place(text):
            scores["design"] += HEAD_WEIGHT  # "de boer ziet dezelfde cijfers in de app"


def _served(text: str) -> bool:
    """People who can look up something or see it somewhere in the technology ("every tenant can
    look up which group ...", "omwonenden moeten op de kaart kunnen zien waarom ..."), not by
    their own doing or as a right to their own data ("ik kan zelf ...", "hun eigen cijfers")."""
    if kind_terms(text, (*SELF_WORDS, *OWN_WORDS, *OPTION_KIND_WORDS["human"])):
        return False  # "their own clip ... and object": a right, people's own doing
    there = SEEN_THERE_RE.search(text) is not None and _places_named(text)
    return there or SELF_SERVICE_RE.search(text) is not None


def _places_named(text: str) -> bool:
    """A place named in the measure ("op de bomenkaart", "in the portal")."""
    return SYSTEM_PLACE_RE.search(text) is not None


def _device_named(front: list[str]) -> bool:
    """A device named like people who read ("the card readers", "de kaartlezers")."""
    joined = " ".join(front)
    return any(name in joined for name in DEVICE_NAMES)


def _after_condition(text: str) -> str:
    """The measure after a condition that opens it ("if the camera fails twice, the supplier
    replaces it": what the supplier does decides the kind, not the camera in the condition)."""
    head, comma, rest = text.partition(",")
    return rest if comma and rest.strip() and CONDITION_LEAD_RE.match(head.strip()) else text


def arrangement_scores(text: str) -> dict[OptionKind, float]:
    """What an arrangement of the organisation or what people receive to learn adds to the
    scores, whoever is named in the option: a cap on workload, turns, the order of steps, what
    is made public or fed back, a way kept as the fallback ("a staff member calls first", "het
    dashboard openbaar", "paper forms stay as the backup"): environment; training or an
    explanation received ("de commissie een training over bias"): human."""
    added: dict[OptionKind, float] = {}
    kept = FALLBACK_RE.search(text) is not None  # "paper forms stay as the official backup"
    kept = kept or AGREED_WITH_RE.search(text) is not None  # "we spreken met X af dat ..."
    kept = kept or DATA_JURISDICTION_RE.search(text) is not None or _shared_with(text)
    if _arranges_work(text) or PUBLISHING_RE.search(text) or FINAL_SAY_RE.search(text) or kept:
        added["environment"] = ARRANGEMENT_WEIGHT
    if LEARNING_RECEIVED_RE.search(text) or _learning_for_people(text):
        added["human"] = ARRANGEMENT_WEIGHT
    return added


def _shared_with(text: str) -> bool:
    """Data that goes to someone or is shared with them, not to a system ("data goes to the
    company doctor only", "beelden worden gedeeld met de politie"; not "... naar de server")."""
    found = DATA_SHARED_RE.search(text)
    who = found.group("who").lower() if found is not None else ""
    return bool(who) and not _system(who) and who.removesuffix("s") not in MACHINE_WORDS


def _person_first(text: str) -> bool:
    """A step a person takes first as the condition of the measure, with no system named and
    nothing of the technology in that step ("a label can only be set after a bailiff has spoken
    to the person", "alleen als een handhaver eerst zelf nagaat ..."; not "het algoritme zo
    bouwen dat ... alleen meetelt als een coach het bevestigt", "... als de reiziger zelf op de
    knop drukt")."""
    found = PERSON_FIRST_RE.search(text)
    if found is None or not _doer(found.group("person").lower()):
        return False
    step = re.split(r"[,.;:]", text[found.start() :], maxsplit=1)[0]
    built = kind_terms(step, OPTION_KIND_WORDS["design"]) > 0
    return not built and not any(_system(w) for w in words(text))


def _learning_for_people(text: str) -> bool:
    """A session to learn for people named after it ("training for investigators", "een
    cursus voor de wijkagenten"; not "a session with the vendor")."""
    found = LEARNING_FOR_RE.search(text)
    named = (found.group("who"), found.group("then") or "") if found is not None else ()
    return any(_person_word(w.lower()) for w in named if w)


def _arranges_work(text: str) -> bool:
    """A cap on staff workload, turns or the order of a procedure's steps ("consulenten minder
    adressen per week", "agents rotate", "the student is always heard first")."""
    return WORKLOAD_CAP_RE.search(text) is not None or STEP_ORDER_RE.search(text) is not None


def _only(kind: OptionKind) -> dict[OptionKind, float]:
    """Scores that name one kind alone."""
    return {k: (SUBJECT_WEIGHT if k == kind else 0.0) for k in OPTION_KIND_WORDS}


def _leading_verb_kind(text: str) -> OptionKind | None:
    """The kind of the verb an instruction starts with ("publish ...", "mark every ..."), also
    after "we" and a modal ("we should log every override", "we moeten loggen ...") and after
    "we" alone ("we publish the categories ...")."""
    tokens = words(text)
    while tokens[:1] and tokens[0] in LEADING_JOINTS:
        tokens = tokens[1:]
    if tokens[:1] in (["we"], ["wij"]) and tokens[1:2] and tokens[1] in WE_MODALS:
        tokens = tokens[2:]
    elif tokens[:1] == ["we"] and tokens[1:2] and tokens[1] in VERB_KINDS:
        tokens = tokens[1:]  # "we publish the categories ...": what we do
    return VERB_KINDS.get(tokens[0]) if tokens else None


def _person_word(word: str) -> bool:
    """A word for people who act, not a measure named by a compound whose head is a cue word
    ("minimumdienstregeling"; "beleidsmedewerkers" are people), nor a machine ("the card
    readers")."""
    if not (is_person(word) or head_is_person(word) or _one_person(word)):
        return False
    if _action_word(word) or word.removesuffix("s") in MACHINE_WORDS:
        return False
    heads = (t for terms in OPTION_KIND_WORDS.values() for t in terms if len(t) >= COMPOUND)
    return not any(word.endswith(t) for t in heads)


def _machine(word: str) -> bool:
    """A machine named like someone who does a task ("the meter sends ...", "de scanner
    bewaart ..."): the technology acts."""
    machine = word.removesuffix("s")
    return machine in MACHINE_WORDS and machine not in LIST_MACHINE_WORDS


def _action_word(word: str) -> bool:
    """A verb or action noun that only begins with a word for people ("publiceren",
    "staffing", "buurtbemiddeling"), not one that ends with one ("politie", "beheerders")."""
    if not word.endswith(ACTION_ENDINGS) or head_is_person(word):
        return False
    return not any(word.endswith(stem) for stem in PEOPLE_STEMS)


def _body_named(front: list[str]) -> bool:
    """Organisations named in the plural at the front ("municipalities always call ...",
    "de gemeenten krijgen ..."): bodies, not people."""
    joined = f" {' '.join(front)} "
    return any(f" {body} " in joined for body in BODY_PLURALS)


def _instructs_on_data(text: str) -> bool:
    """An instruction about what a system holds: "use only building data", "bewaar alleen de
    tellingen van gegevens" (the verb, then data within a few words)."""
    verb = IMPERATIVE_RE.match(text.strip())
    if verb is None or verb.group("verb").lower() in CAUSATIVE_VERBS:
        return False
    return any(w in DATA_WORDS for w in words(text.strip()[verb.end() :])[:DATA_REACH])


def _places_devices(text: str) -> bool:
    """An instruction that places new devices: "put cheap sensors in the quiet streets", "zet
    extra camera's bij de ingang" (not "put the model in the register": one already there)."""
    tokens = words(text)
    while tokens[:1] and tokens[0] in LEADING_JOINTS:
        tokens = tokens[1:]
    if not tokens or tokens[0] not in PLACING_VERBS:
        return False
    for word in tokens[1 : 1 + PLACED_REACH]:
        if word in KNOWN_THING_WORDS:
            return False
        if _system(word):
            return True
    return False


def _acting_words(text: str) -> list[str]:
    """The words of whoever acts in an option: its first words; after a causative verb the
    words that follow ("laat de raad meekijken"); none after another instruction verb ("put the
    model in the register", "tell residents by letter": what follows undergoes the measure)."""
    verb = IMPERATIVE_RE.match(text.strip())
    if verb is None:
        return _subject_words(text)
    if verb.group("verb").lower() in CAUSATIVE_VERBS:
        return _subject_words(text.strip()[verb.end() :])
    return []


def _people_made_to_act(text: str) -> bool:
    """People made to act by a causative verb: "we moeten ze een dag laten meelopen",
    "vrijwilligers een paar avonden laten komen", "let them sit in on the first calls"."""
    if PEOPLE_CAUSED_RE.search(text):
        return True
    tokens = words(text)
    for index, token in enumerate(tokens):
        made = tokens[index + 1 : index + 2]
        if token == "laten" and made and made[0].endswith("en") and made[0] not in SHOWING:
            before = tokens[max(0, index - CAUSED_REACH) : index]
            return any(is_person(w) or head_is_person(w) for w in before)
    return False


def _system(word: str) -> bool:
    """A system, also in the plural ("the sensors", "de sensoren", "camera's")."""
    stems = (word, word.removesuffix("'s"), word.removesuffix("s"), word.removesuffix("en"))
    return any(stem in SYSTEM_SUBJECTS for stem in stems)


def _oversees(front: list[str]) -> bool:
    """A body or role that oversees or reviews ("de FG", "an ethics board", "de rekenkamer"):
    a measure it acts in is about the organisation around the technology."""
    joined = f" {' '.join(front)} "
    named = any(f" {term} " in joined or term in front for term in OVERSIGHT_SUBJECTS)
    long_terms = [t for t in OVERSIGHT_SUBJECTS if len(t) >= COMPOUND and " " not in t]
    return named or any(w.endswith(t) for w in front for t in long_terms)  # "examencommissie"


def _named_first(front: list[str], index: int) -> bool:
    """A body with a short name ("OR", "MR") first or after an article ("de OR kijkt mee"), not
    the word "or" between two others ("no ranking or class overview")."""
    return index == 0 or front[index - 1] in ARTICLES


def _feature_place(text: str) -> bool:
    """A part of the technology named as where the measure sits ("in het keuzemenu", "in de app
    een maximum", "a limit ... in the system", "dat bouwen we in de software in")."""
    for m in SYSTEM_PLACE_RE.finditer(text):
        said = [w.lower().strip(",") for w in text[: m.start()].split()]
        taught = bool(said) and said[-1] in TAUGHT_IN  # "training in de app"
        inside = any(w in CLAUSE_INSIDE for w in said)  # "een oefenavond waarin ... in de app"
        opens_in = m.group(0).split()[0].lower() in ("in", "into")
        after = text[m.end() :].split()[:1]  # "in the algorithm register": the register
        head = not after or not after[0][:1].isalpha() or after[0].lower() in PLACE_FOLLOWERS
        if opens_in and head and not taught and not inside and _system(m.group("place").lower()):
            return True
    return False


def _system_place(text: str) -> bool:
    """A system named as the place of the measure ("in de app", "on a screen")."""
    return any(_system(m.group("place").lower()) for m in SYSTEM_PLACE_RE.finditer(text))


def _speaks_for(front: list[str]) -> bool:
    """A body that speaks for a group ("de huurdersvereniging", "the cyclists' union", "the
    student council": its words after the article)."""
    named = front[1:] if front[:1] and front[0] in ARTICLES else front
    return any(w.endswith(SPEAKING_BODY_ENDINGS) for w in named[:FRONT_GOVERNS])


def _governs(word: str) -> bool:
    """A body that decides ("the council", "het college", "de directie"): it acts by policy."""
    return any(word in (term, f"{term}s", f"{term}en") for term in GROUP_WORDS["management"])


def _doer(word: str) -> bool:
    """A word for someone who does a task ("een vertaler", "a diver", "the reviewers", "een
    mens"): a person, or a word ending like one ("-er", "-or", "-ist")."""
    if word in PLAIN_PERSON_WORDS:
        return True
    machine = _system(word) or word.removesuffix("s") in MACHINE_WORDS
    doer = word.removesuffix("s").endswith(DOER_ENDINGS) and not machine
    return _person_word(word) or doer


def _one_person(word: str) -> bool:
    """One person named by a word for a role ("een notulist", "de inspecteur"; not an adjective
    that ends like one: "verstelbaar")."""
    role = word.endswith(SINGULAR_PERSON_ENDINGS) and not word.endswith(ADJECTIVE_ENDINGS)
    return len(word) >= MIN_ROLE and role


def _subject_words(text: str) -> list[str]:
    """The first words of an option, up to a word that starts a qualifier: in "gezichten van
    passagiers blurren" the passengers do not act."""
    front: list[str] = []
    tokens = words(text)
    while tokens[:1] and tokens[0] in LEADING_JOINTS:
        tokens = tokens[1:]  # "and the patrol officers should ...": the officers act
    if tokens[:1] and tokens[0] in HEDGES:
        tokens = tokens[2:] if tokens[1:2] in (["dat"], ["that"]) else tokens[1:]
    if tokens[:1] and tokens[0] in QUESTION_MODALS and _body_asked(tokens[1:]):
        tokens = tokens[1:]  # "kan de provincie ... compenseren?": the province acts
    for word in tokens[:SUBJECT_WORDS]:
        if word in NAME_BREAKS:
            break
        front.append(word)
    return [w for i, w in enumerate(front) if w not in SHORT_BODIES or _named_first(front, i)]


def _body_asked(tokens: list[str]) -> bool:
    """A body that governs after the modal of a measure asked ("kan de provincie ...?", "could
    the council ...?"): it acts by policy. Of a maker or a person ("couldn't the vendor add a
    filter?", "could the operator talk through a speaker?") the words of the measure decide."""
    named = tokens[1:2] if tokens[:1] and tokens[0] in ARTICLES else tokens[:1]
    return bool(named) and (_governs(named[0]) or bool(ORG_RE.match(" ".join(tokens[:3]))))


STEM_MIN = 5  # "wijkraden" is "wijkraad", "spreekuren" "spreekuur"; short stems are too loose


def _inflected(word: str, term: str) -> bool:
    """``word`` an inflected form of a one-word ``term`` with its vowel changed ("wijkraden"
    for "wijkraad", "spreekuren" for "spreekuur"): the same stem, as long or longer, with all
    but the term's last letters in common (not "managers" for "management")."""
    stems_of_term = _term_stems(term)
    if not stems_of_term or len(word) < len(term) or word[: len(term) - 2] != term[:-2]:
        return False
    return not stems_of_term.isdisjoint(stems(word))


@cache
def _term_stems(term: str) -> frozenset[str]:
    """The stems of a one-word cue term, to find it inflected ("wijkraden", "herkennen")."""
    if " " in term.strip() or len(term.strip()) < STEM_MIN:
        return frozenset()
    return frozenset(s for s in stems(term.strip()) if len(s) >= STEM_MIN)


@cache
def _word_start(term: str) -> re.Pattern[str]:
    """``term`` at the start of a word (one compiled pattern per cue term: there are more of
    them than ``re`` keeps compiled)."""
    return re.compile(rf"(?<![\w]){re.escape(term)}")


def kind_terms(text: str, terms: tuple[str, ...]) -> int:
    """Terms found in ``text``; a long term also inside a compound ("privacybeleid"), an
    inflected one also in a part of a hyphened word ("app-spreekuren")."""
    lowered = f" {text.lower()} "
    parts = (p for w in words(text) for p in dict.fromkeys((w, *w.split("-"))))
    tokens = [w for w in parts if len(w) >= STEM_MIN]
    found = [  # each term once: a term listed twice counts once
        t
        for t in dict.fromkeys(terms)
        if _word_start(t).search(lowered)
        or (len(t) >= COMPOUND and t in lowered)
        or any(_inflected(w, t) for w in tokens)
    ]
    return sum(1 for t in found if not any(t != o and t in o for o in found))
