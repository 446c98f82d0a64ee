"""Rule-based extraction of case details, actors, effects, values and options from free text.
(Effects live in ``effect_lines``, values in ``value_names``; they are re-exported here.)

Works without any generative model (guided mode) and is the fallback whenever structured output
from a model is missing or invalid. Dutch and English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from assistant.domain.session import ActorGroup, OptionKind, Stage
from assistant.language.cues.case import (
    IDEA_ORIGIN_RE,
    IN_USE_STRONG_RE,
    ORG_RE,
    PLANNED_RE,
    SINCE_RE,
    STAGE_RES,
)
from assistant.language.cues.option_kinds import (
    CAUSATIVE_VERBS,
    DATA_REACH,
    DATA_WORDS,
    IMPERATIVE_RE,
    NOT_AUTOMATIC_RE,
    OPTION_KIND_WORDS,
    OVERSIGHT_SUBJECTS,
    REASON_CLAUSE_RE,
    RECEIVING_VERBS,
    ROUTED_TO_RE,
    ROUTINE_RE,
    SPEAKING_BODY_ENDINGS,
    SYSTEM_PLACE_RE,
    SYSTEM_SUBJECTS,
    THING_ITSELF_RE,
    TOLD_CONTENT_RE,
    USE_RULE_RE,
    VERB_KINDS,
    WITHOUT_RE,
)
from assistant.language.cues.options import (
    ADDING_LEAD_RE,
    ANNOUNCING_LEAD_RE,
    CLOSING_MODAL_RE,
    DASH_JOINT_RE,
    KIND_LABEL_RE,
    KIND_LABELS,
    LAID_DOWN_TAIL_RE,
    LIST_PART_STARTS,
    NOUN_MEASURE_RE,
    NUMBER_LEAD_RE,
    OPINION_LEAD_RE,
    OPTION_START_RE,
    PARALLEL_PREP_RE,
    PEOPLE_CAUSED_RE,
    PLACE_LEAD_RE,
    QUESTION_LEAD_RE,
    REASON_START_RE,
    SUGGESTION_RE,
    WISH_LEAD_RE,
    WISH_TAIL_RE,
)
from assistant.language.cues.people import GROUP_WORDS, NAME_BREAKS, SINGULAR_PERSON_ENDINGS
from assistant.language.cues.replies import (
    POINTING_WORDS,
)
from assistant.language.stems import stems
from assistant.language.textparts import (
    BULLET_RE,
    clean_item,
    split_items,
    strip_article,
    word_count,
    words,
)
from assistant.method.reading.actor_lists import head_is_person, is_person
from assistant.method.reading.effect_lines import EffectDraft, detect_direction, extract_effects
from assistant.method.reading.line_actors import label_direction
from assistant.method.reading.mentions import find_actor, mentioned_actor
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
    text: str
    kind: OptionKind
    value_hint: str = ""


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
        terms = GROUP_WORDS[group]
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


SUBJECT_WORDS = 3
SUBJECT_WEIGHT = 1.5
RECEIVER_WEIGHT = 0.5  # people who receive a measure: what they receive decides
FRONT_GOVERNS = 2  # "the council should ...": its first words, not "... met de raad"
MIN_ROLE = 6
WE_WEIGHT = 0.5  # "we" decide only where the words do not ("we leren de boa's ..." is human)
COMPOUND = 6  # "beleid" in "privacybeleid"
PARTICIPLE_LENGTH = 4  # "checked", not "red"
DUTCH_PARTICIPLE = 6  # "gecontroleerd", not "geld"
LISTED_WORDS = 3  # "an external audit" after a comma is a measure of its own
LEADING_JOINTS = frozenset(("en", "and", "ook", "also", "plus", "dan", "then", "daarnaast"))
HEDGES = frozenset(("misschien", "mss", "wellicht", "maybe", "perhaps"))  # "misschien dat ..."
PERSON_HEAD = 2
SELF_WORDS = ("zelf", "themselves", "himself", "herself", "zelfstandig")  # people's own doing
MIN_MEASURE_WORDS = 3  # "could we not?" leaves no measure
HEAD_WORDS = 4  # "a visit protocol": the measure's own noun among its first words
HEAD_WEIGHT = 1.0  # "de crowd managers": people among the first words after the article
CAUSED_REACH = 7  # "vrijwilligers van de taalhuizen een paar avonden laten komen"


def extract_options(text: str, default_kind: OptionKind) -> list[OptionDraft]:
    """Handling options; the kind from a label ("ontwerp: ..."), cue words, or the kind asked.
    One sentence can hold several ("keep the badge, store only templates and ask the OR")."""
    drafts: list[OptionDraft] = []
    for line in re.split(r"\n+", text):
        line = BULLET_RE.sub("", line.strip())
        line = ANNOUNCING_LEAD_RE.sub("", line, count=1) or line  # "Opties: ...", "Zelf: ..."
        label = KIND_LABEL_RE.match(line)
        explicit = KIND_LABELS[label.group("label").lower()] if label else None
        body = label.group("rest") if label else line
        body = ADDING_LEAD_RE.sub("", body, count=1) or body  # "add one from me, ..."
        for item in (i for part in _dash_parts(body) for i in option_items(part)):
            if ADDING_LEAD_RE.fullmatch(item.strip(" .!")):
                continue  # "en zelf wil ik nog iets toevoegen": the measure follows
            item = NUMBER_LEAD_RE.sub("", ADDING_LEAD_RE.sub("", item, count=1) or item)
            item = ANNOUNCING_LEAD_RE.sub("", item, count=1) or item  # "1) ...; 2) ..."
            if points_only(item):
                continue  # "keep all of them, and add: ...": the measure follows
            said = OPINION_LEAD_RE.sub("", item, count=1) or item
            said = ANNOUNCING_LEAD_RE.sub("", said, count=1) or said  # "ik dacht zelf: ..."
            item = WISH_TAIL_RE.sub("", WISH_LEAD_RE.sub("", said, count=1)) or said
            item = _as_measure(item)
            kind = explicit or option_kind(said) or option_kind(item) or default_kind
            drafts.append(OptionDraft(text=item[:1].upper() + item[1:], kind=kind))
    return drafts


DASH_PART_WORDS = 3  # "een meldpunt - liefst extern - voor klachten": an aside, not a measure


def _dash_parts(line: str) -> list[str]:
    """A line typed as chat with dashes between measures ("tune it so it only alerts after 30s
    - no storing footage - controllers decide"): its parts, when each is long enough to be a
    measure; else the line whole."""
    parts = [p for p in DASH_JOINT_RE.split(line) if p.strip()]
    if len(parts) > 1 and all(len(words(p)) >= DASH_PART_WORDS for p in parts):
        return parts
    return [line]


def points_only(text: str) -> bool:
    """A reply that points at options there or closes, naming no measure ("keep all of them",
    "yes, that's the list", "ja, die neem ik er ook bij", "klaar denk ik")."""
    tokens = words(text)
    return bool(tokens) and all(t in POINTING_WORDS for t in tokens)


def _as_measure(item: str) -> str:
    """A measure asked as a question, without its question words ("could we let tenants see
    their score" -> "let tenants see their score"); kept whole when little would be left."""
    lead = QUESTION_LEAD_RE.match(item)
    if lead is None or not lead.group(0) or len(item[lead.end() :].split()) < MIN_MEASURE_WORDS:
        return item
    rest = item[lead.end() :]
    dutch = any(w in ("kunnen", "zouden", "moeten") for w in lead.group(0).lower().split())
    return CLOSING_MODAL_RE.sub("", rest) if dutch else rest


def option_items(text: str) -> list[str]:
    """Sentences, then parts that start a new measure after a comma or "en"/"and"."""
    items: list[str] = []
    for sentence in split_sentences(text):
        sentence = BRACKETS_RE.sub(lambda m: m.group(0).replace(",", BRACKET_COMMA), sentence)
        parts = re.split(r"(\s*,\s*(?:(?:en|and)\s+)?|\s+(?:en|and)\s+)", sentence)
        commas = sum(1 for joint in parts[1::2] if "," in joint)
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
            if parallel is not None:  # "aan een noodstop en aan een afspraak": two measures
                merged.append(piece[parallel.end() :])
            elif merged and "," in joint and LAID_DOWN_TAIL_RE.match(piece):
                merged[-1] = f"{merged[-1]}{joint}{piece}"  # "..., vastleggen in contract"
            elif merged and _points_back(piece):
                merged[-1] = f"{merged[-1]}{joint}{piece}"  # "..., en die publiceren we"
            elif merged and (REASON_START_RE.match(piece) or PURPOSE_START_RE.match(piece)):
                merged[-1] = f"{merged[-1]}{joint}{piece}"  # "..., want/zodat ...": its reason
            elif merged and joined and _other_kind(merged[-1], piece):
                merged.append(piece)  # "huisregels bij de ingang en een noodknop ..."
            elif merged and "," in joint and _clause_in_list(merged[-1], piece, commas):
                merged.append(piece)  # "..., bijzondere gevallen gaan altijd naar een mens, ..."
            elif merged and not (starts or (_measure(piece) and not joined)):
                merged[-1] = f"{merged[-1]}{joint}{piece}"  # the user's own words, unchanged
            else:
                merged.append(piece)
        placed = (m.replace(BRACKET_COMMA, ",") for m in _placed(merged))
        items.extend(clean_item(m) for m in placed if len(m.split()) >= 2)
    return [i for i in items if i]


BRACKETS_RE = re.compile(r"\([^()]*\)")
# What a measure is for, after a comma: its purpose, no measure of its own ("..., zodat niemand
# herkenbaar is", "..., so nobody can be recognised").
PURPOSE_START_RE = re.compile(
    r"^(?:zodat|so|so that|waardoor|which means|om te|in order to|such that)\b", re.I
)
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


def _points_back(piece: str) -> bool:
    """A short part that goes on with the measure before it by a pronoun ("en die publiceren
    we", "and we publish it" is a clause of its own; "which we publish")."""
    tokens = words(piece)
    return bool(tokens) and tokens[0] in BACK_POINTERS and len(tokens) <= BACK_WORDS


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


def _other_kind(before: str, piece: str) -> bool:
    """A measure named after "en"/"and" with an article, of another kind than the one before
    ("huisregels bij de ingang en een noodknop die ...", "a register entry and a pause
    button"): two measures, not one with two objects."""
    if not NOUN_MEASURE_RE.match(piece) or len(piece.split()) < LISTED_WORDS:
        return False
    kind, earlier = option_kind(piece), option_kind(before)
    return kind is not None and earlier is not None and kind != earlier


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


def option_kind(text: str) -> OptionKind | None:
    """The kind an option's words point to, with who acts in it: a system in front makes it
    design, people in front human (ties: None)."""
    text = REASON_CLAUSE_RE.split(text, maxsplit=1)[0]  # "..., want ze denken ...": not the measure
    text = WITHOUT_RE.sub(" ", text)  # "een oefening zonder model": the model is absent
    text = TOLD_CONTENT_RE.sub(r"\g<told>", text)  # "uitleg dat een melding ...": what is told
    text = THING_ITSELF_RE.sub(r"\g<place>", text)  # "op de sensor zelf": nobody acts
    ruled = USE_RULE_RE.search(text) is not None
    text = NOT_AUTOMATIC_RE.sub(r"\g<no> ", text)  # "never an automatic stop": nothing automatic
    scores = {kind: float(kind_terms(text, words)) for kind, words in OPTION_KIND_WORDS.items()}
    verb = _leading_verb_kind(text)
    if verb is not None:
        scores[verb] += SUBJECT_WEIGHT  # "publish once a year how many flags ...": published
    if ruled:
        scores["environment"] += SUBJECT_WEIGHT  # "het model mag nooit alleen beslissen"
    place = PLACE_LEAD_RE.match(text.split(",")[0].strip())
    if place is not None and _system(place.group("place").lower()):
        scores["design"] += SUBJECT_WEIGHT  # "in the tool itself, inspectors see only ..."
    named = NOUN_MEASURE_RE.match(text) and not ruled  # "een melding leidt nooit ...": a rule
    head = words(text)[1:HEAD_WORDS] if named else []
    for kind, terms in OPTION_KIND_WORDS.items():
        if any(kind_terms(word, terms) for word in head):
            scores[kind] += HEAD_WEIGHT  # "a visit protocol where inspectors ...": a protocol
    if _instructs_on_data(text):
        scores["design"] += HEAD_WEIGHT  # "use only building data plus ..."
    routine = ROUTINE_RE.search(text) is not None and not kind_terms(text, SELF_WORDS)
    if max(scores.values()) == 0 and _people_made_to_act(text):
        return "human"  # "we moeten ze een dag laten meelopen", with no words of a kind
    routed = ROUTED_TO_RE.search(text)
    person = routed.group("person").lower() if routed is not None else ""
    if person and (is_person(person) or _one_person(person)):
        scores["human"] += SUBJECT_WEIGHT  # "bijzondere gevallen gaan altijd naar een taxateur"
    front = _acting_words(text)
    if ruled:
        pass  # the system the rule is about is no place of the measure
    elif any(_system(w) for w in front):
        scores["design"] += SUBJECT_WEIGHT
    elif front[:1] in (["we"], ["wij"]):
        scores["environment"] += WE_WEIGHT  # "we leggen vast", "we add a clause"
    elif _oversees(front) or ORG_RE.match(" ".join(front)) or _speaks_for(front):
        receiving = any(w in RECEIVING_VERBS for w in front)  # "de politie krijgt uitleg"
        scores["environment"] += RECEIVER_WEIGHT if receiving else SUBJECT_WEIGHT
    elif any(_governs(w) for w in front[:FRONT_GOVERNS]):
        scores["environment"] += SUBJECT_WEIGHT  # "the council reviews it every year"
    elif any(_person_word(w) for w in front):
        receiving = any(w in RECEIVING_VERBS for w in front)  # "bewoners krijgen een brief"
        scores["human"] += RECEIVER_WEIGHT if receiving else SUBJECT_WEIGHT
        if receiving and _system_place(text):
            scores["design"] += HEAD_WEIGHT  # "de boer ziet dezelfde cijfers in de app"
    if max(scores.values()) == 0 and routine:
        return "environment"  # "guards do a fixed daily round no matter what": a routine
    best = max(scores.values())
    winners = [k for k, s in scores.items() if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _leading_verb_kind(text: str) -> OptionKind | None:
    """The kind of the verb an instruction starts with ("publish ...", "mark every ...")."""
    tokens = words(text)
    while tokens[:1] and tokens[0] in LEADING_JOINTS:
        tokens = tokens[1:]
    return VERB_KINDS.get(tokens[0]) if tokens else None


def _person_word(word: str) -> bool:
    """A word for people who act, not a measure named by a compound whose head is a cue word
    ("minimumdienstregeling"; "beleidsmedewerkers" are people)."""
    if not (is_person(word) or head_is_person(word) or _one_person(word)):
        return False
    heads = (t for terms in OPTION_KIND_WORDS.values() for t in terms if len(t) >= COMPOUND)
    return not any(word.endswith(t) for t in heads)


def _instructs_on_data(text: str) -> bool:
    """An instruction about what a system holds: "use only building data", "bewaar alleen de
    tellingen van gegevens" (the verb, then data within a few words)."""
    verb = IMPERATIVE_RE.match(text.strip())
    if verb is None or verb.group("verb").lower() in CAUSATIVE_VERBS:
        return False
    return any(w in DATA_WORDS for w in words(text.strip()[verb.end() :])[:DATA_REACH])


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
        if token == "laten" and index + 1 < len(tokens) and tokens[index + 1].endswith("en"):
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
    return any(f" {term} " in joined or term in front for term in OVERSIGHT_SUBJECTS)


def _system_place(text: str) -> bool:
    """A system named as the place of the measure ("in de app", "on a screen")."""
    return any(_system(m.group("place").lower()) for m in SYSTEM_PLACE_RE.finditer(text))


def _speaks_for(front: list[str]) -> bool:
    """A body that speaks for a group ("de huurdersvereniging", "the cyclists' union")."""
    return any(w.endswith(SPEAKING_BODY_ENDINGS) for w in front[:FRONT_GOVERNS])


def _governs(word: str) -> bool:
    """A body that decides ("the council", "het college", "de directie"): it acts by policy."""
    return any(word in (term, f"{term}s", f"{term}en") for term in GROUP_WORDS["management"])


def _one_person(word: str) -> bool:
    """One person named by a word for a role ("een notulist", "de inspecteur")."""
    return len(word) >= MIN_ROLE and word.endswith(SINGULAR_PERSON_ENDINGS)


def _subject_words(text: str) -> list[str]:
    """The first words of an option, up to a word that starts a qualifier: in "gezichten van
    passagiers blurren" the passengers do not act."""
    front: list[str] = []
    tokens = words(text)
    while tokens[:1] and tokens[0] in LEADING_JOINTS:
        tokens = tokens[1:]  # "and the patrol officers should ...": the officers act
    if tokens[:1] and tokens[0] in HEDGES:
        tokens = tokens[2:] if tokens[1:2] in (["dat"], ["that"]) else tokens[1:]
    for word in tokens[:SUBJECT_WORDS]:
        if word in NAME_BREAKS:
            break
        front.append(word)
    return front


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
    """Terms found in ``text``; a long term also inside a compound ("privacybeleid")."""
    lowered = f" {text.lower()} "
    tokens = [w for w in words(text) if len(w) >= STEM_MIN]
    found = [  # each term once: a term listed twice counts once
        t
        for t in dict.fromkeys(terms)
        if _word_start(t).search(lowered)
        or (len(t) >= COMPOUND and t in lowered)
        or any(_inflected(w, t) for w in tokens)
    ]
    return sum(1 for t in found if not any(t != o and t in o for o in found))


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


def detect_context(text: str) -> str:
    match = ORG_RE.search(text)
    return match.group(0).strip() if match else ""
