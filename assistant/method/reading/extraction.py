"""Rule-based extraction of case details, actors, effects, values and options from free text.
(Effects live in ``effect_lines``; they are re-exported here.)

Works without any generative model (guided mode) and is the fallback whenever structured output
from a model is missing or invalid. Dutch and English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from assistant.domain.session import ActorGroup, OptionKind, Stage
from assistant.knowledge.catalogue import Catalogue, ValueEntry
from assistant.language.cues.case import ORG_RE, PLANNED_RE, STAGE_WORDS
from assistant.language.cues.options import (
    CAUSATIVE_VERBS,
    IMPERATIVE_RE,
    KIND_LABEL_RE,
    KIND_LABELS,
    NOUN_MEASURE_RE,
    OPINION_LEAD_RE,
    OPTION_KIND_WORDS,
    OPTION_START_RE,
    OVERSIGHT_SUBJECTS,
    RECEIVING_VERBS,
    SUGGESTION_RE,
    SYSTEM_SUBJECTS,
)
from assistant.language.cues.people import GROUP_WORDS, NAME_BREAKS, SINGULAR_PERSON_ENDINGS
from assistant.language.cues.references import (
    FILLER,
    VALUE_ASIDE_RE,
    VALUE_FILLER,
    VALUE_QUALIFIER_RE,
)
from assistant.language.cues.values import EVERYDAY_VALUES
from assistant.language.stems import content_words
from assistant.language.textparts import (
    BULLET_RE,
    clean_item,
    normalise,
    similar_text,
    split_items,
    strip_article,
    word_count,
    words,
)
from assistant.method.reading.actor_lists import head_is_person, is_person
from assistant.method.reading.effect_lines import EffectDraft, detect_direction, extract_effects
from assistant.method.reading.line_actors import label_direction
from assistant.method.reading.mentions import find_actor, mentioned_actor
from assistant.method.reading.passing_actors import starts_with_people
from assistant.method.reading.segments import is_clause, split_sentences

__all__ = [
    "EffectDraft",
    "detect_direction",
    "extract_effects",
    "find_actor",
    "label_direction",
    "mentioned_actor",
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


LIST_BEFORE_RE = re.compile(r"(?:^|[,;:]|\b(?:en|and|of|or|dan|then|plus))\s*$", re.I)
LIST_AFTER_RE = re.compile(r"\s*(?:$|[,;.!]|(?:en|and|of|or|dan|then|plus)\b)", re.I)
OWN_VALUE_WORDS = 5  # "the right to a fair procedure"
SUBJECT_WORDS = 3
SUBJECT_WEIGHT = 1.5
RECEIVER_WEIGHT = 0.5  # people who receive a measure: what they receive decides
FRONT_GOVERNS = 2  # "the council should ...": its first words, not "... met de raad"
MIN_ROLE = 6
WE_WEIGHT = 0.5  # "we" decide only where the words do not ("we leren de boa's ..." is human)
COMPOUND = 6  # "beleid" in "privacybeleid"
LISTED_WORDS = 3  # "an external audit" after a comma is a measure of its own


@dataclass
class ValueChoice:
    name: str
    entry: ValueEntry | None = None
    number: int | None = None
    said: str = ""  # the user's own words for a catalogue value ("eerlijkheid", "fairness")


def match_values(text: str, catalogue: Catalogue) -> list[ValueChoice]:
    """Values the user named, in the order named: catalogue names and synonyms (nl and en),
    numbers that refer to proposals, and short unknown names as the user's own values."""
    numbers = parse_numbers(text)
    if numbers:
        return [ValueChoice(name="", number=n) for n in numbers]
    mentions = catalogue.mentions(text)
    lowered_text = text.lower()
    found = [
        (pos, ValueChoice(name=entry.id, entry=entry, said=_said(text, pos, catalogue)))
        for pos, entry in mentions
    ]
    names = [name for _p, e in mentions for name in e.names()]
    rest = _without_qualifiers(text, catalogue)
    items = [
        strip_article(_without_rank(VALUE_ASIDE_RE.sub("", item).strip(" ,.")))
        for item in split_items(rest, split_and=True, max_words=OWN_VALUE_WORDS + 2, and_words=4)
    ]
    own = [i for i in items if everyday_values(i, catalogue) and _own_phrase(i)]
    for pos, value in everyday_values(_blanked(text, own), catalogue):
        if all(c.entry is not value for _p, c in found):
            found.append((pos, ValueChoice(name=value.id, entry=value)))
    for item in items:
        lowered = item.lower()
        if not _own_value_words(item):
            continue
        if any(lowered in name or name in lowered for name in names):
            continue
        if item not in own and everyday_values(item, catalogue):
            continue  # "het moet eerlijk zijn" is justice, not a value of its own
        entry = None if starts_with_people(item) else _fuzzy_value(item, catalogue)
        position = lowered_text.find(lowered)
        if entry is not None and all(c.entry is not entry for _p, c in found):
            found.append((position, ValueChoice(name=entry.id, entry=entry)))
        elif entry is None and 1 <= word_count(item) <= OWN_VALUE_WORDS:
            found.append((position, ValueChoice(name=item[:1].upper() + item[1:])))
    return [choice for _pos, choice in sorted(found, key=lambda f: f[0])]


def _own_phrase(item: str) -> bool:
    """A short name of the user's own around an everyday value word ("eerlijk proces", "fair
    procedure"): no clause, and a content word beside the value word."""
    if is_clause(item) or not 2 <= word_count(item) <= OWN_VALUE_WORDS:
        return False
    plain = item
    for pattern, _key in EVERYDAY_VALUES:
        plain = pattern.sub(" ", plain)
    return any(w not in VALUE_FILLER and w not in FILLER for w in content_words(plain))


def _blanked(text: str, phrases: list[str]) -> str:
    """``text`` with ``phrases`` blanked out (same length, so positions hold)."""
    for phrase in phrases:
        start = text.lower().find(phrase.lower())
        if start >= 0:
            text = text[:start] + " " * len(phrase) + text[start + len(phrase) :]
    return text


def everyday_values(text: str, catalogue: Catalogue) -> list[tuple[int, ValueEntry]]:
    """Catalogue values named in everyday words ("dat mensen niet bekeken worden" -> privacy,
    "transparanter" -> transparency), with their position; where two readings overlap, the
    one listed first (a phrase) wins."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, ValueEntry]] = []
    for pattern, key in EVERYDAY_VALUES:
        entry = catalogue.value(key)
        for match in pattern.finditer(text):
            span = match.span()
            if entry is None or any(s < span[1] and span[0] < e for s, e in taken):
                continue
            taken.append(span)
            if all(e is not entry for _p, e in found):
                found.append((span[0], entry))
    return sorted(found, key=lambda f: f[0])


def _said(text: str, position: int, catalogue: Catalogue) -> str:
    """The words the user named a catalogue value with, at ``position``."""
    span = next((s for s in catalogue.mention_spans(text) if s[0] == position), None)
    return text[span[0] : span[1]].strip() if span else ""


def _without_qualifiers(text: str, catalogue: Catalogue) -> str:
    """``text`` with whom a named value is for cut out ("the wellbeing of the pilots"): the
    value stays, the pilots do not become a value of their own. A catalogue value that stands as
    an item of a list is cut out too, so that the items beside it are read on their own
    ("privacy en rust in de wijk")."""
    cuts: list[tuple[int, int, str]] = []
    for start, end, _entry in catalogue.mention_spans(text):
        qualifier = VALUE_QUALIFIER_RE.match(text, end)
        stop = qualifier.end() if qualifier is not None else end
        if LIST_BEFORE_RE.search(text[:start]) and LIST_AFTER_RE.match(text[stop:]):
            cuts.append((start, stop, ","))
        elif qualifier is not None:
            cuts.append((end, stop, ""))
    for start, end, by in sorted(cuts, reverse=True):
        text = text[:start] + by + text[end:]
    return text


def _own_value_words(item: str) -> bool:
    """Whether a short item can be a value of the user's own: not only agreeing, thanking or
    pointing words ("sounds good, thx", "die twee", "those sound right"), not a group of people."""
    if not item or all(w in VALUE_FILLER or w in FILLER for w in words(item)):
        return False
    return not head_is_person(item)


def _without_rank(item: str) -> str:
    """An item without its rank: "1 equal treatment", "eerlijk proces op 1", "dan X"."""
    text = re.sub(r"^\s*(?:\d{1,2}[.):]?|(?:en|and|dan|then|plus)\b)\s*", "", item, flags=re.I)
    return re.sub(r"\s+(?:op|at)\s+\d{1,2}\s*$", "", text).strip()


def _fuzzy_value(item: str, catalogue: Catalogue) -> ValueEntry | None:
    exact = catalogue.find_value(item)
    if exact is not None:
        return exact
    for entry in catalogue.values:
        if any(len(n) >= 5 and similar_text(n, item) for n in entry.names()):
            return entry
    return None


ALL_RE = re.compile(
    r"(ja |yes )?(neem |take )?(ze |them )?(alle|all|allemaal|alles|everything)\w*"
    r"( drie| three| of them| van)?"
)


def parse_numbers(text: str) -> list[int] | None:
    """[1, 3] for "1 en 3" / "neem 1, 3" / "take 1 and 3"; [0] for "all"; None otherwise."""
    cleaned = normalise(text)
    cleaned = re.sub(r"^(neem|kies|graag|take|choose|pick|ja|yes)\b[ ,:]*", "", cleaned)
    if ALL_RE.fullmatch(cleaned):
        return [0]
    if not re.fullmatch(r"(\d{1,2}|,|en|and|&|\s|nummer|number|nr|optie|option|\.)+", cleaned):
        return None
    return [int(n) for n in re.findall(r"\d{1,2}", cleaned)] or None


def extract_options(text: str, default_kind: OptionKind) -> list[OptionDraft]:
    """Handling options; the kind from a label ("ontwerp: ..."), cue words, or the kind asked.
    One sentence can hold several ("keep the badge, store only templates and ask the OR")."""
    drafts: list[OptionDraft] = []
    for line in re.split(r"\n+", text):
        line = BULLET_RE.sub("", line.strip())
        label = KIND_LABEL_RE.match(line)
        explicit = KIND_LABELS[label.group("label").lower()] if label else None
        body = label.group("rest") if label else line
        for item in option_items(body):
            item = OPINION_LEAD_RE.sub("", item, count=1) or item
            kind = explicit or option_kind(item) or default_kind
            drafts.append(OptionDraft(text=item[:1].upper() + item[1:], kind=kind))
    return drafts


def option_items(text: str) -> list[str]:
    """Sentences, then parts that start a new measure after a comma or "en"/"and"."""
    items: list[str] = []
    for sentence in split_sentences(text):
        parts = re.split(r"(\s*,\s*(?:(?:en|and)\s+)?|\s+(?:en|and)\s+)", sentence)
        merged: list[str] = []
        for index in range(0, len(parts), 2):
            piece, joint = parts[index], parts[index - 1] if index else ""
            before = parts[index - 2] if index >= 2 else ""
            joined = joint.strip().lower() in ("en", "and") and not is_clause(before)
            listed = "," in joint and _listed_measure(piece)  # "..., an external audit, and ..."
            starts = OPTION_START_RE.match(piece) or SUGGESTION_RE.match(piece) or listed
            if merged and not (starts or (_measure(piece) and not joined)):
                merged[-1] = f"{merged[-1]}{joint}{piece}"  # the user's own words, unchanged
            else:
                merged.append(piece)
        items.extend(clean_item(m) for m in merged if len(m.split()) >= 2)
    return [i for i in items if i]


def _measure(piece: str) -> bool:
    """A part that is a measure of its own ("we publiceren het in het algoritmeregister"): a
    clause with words of an option kind, not a noun after "en" ("voorbijgangers en gevels")."""
    return option_kind(piece) is not None and len(piece.split()) >= 3 and is_clause(piece)


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
    return bool(NOUN_MEASURE_RE.match(piece)) or (bool(first) and is_person(first[0]))


def option_kind(text: str) -> OptionKind | None:
    """The kind an option's words point to, with who acts in it: a system in front makes it
    design, people in front human (ties: None)."""
    scores = {kind: float(kind_terms(text, words)) for kind, words in OPTION_KIND_WORDS.items()}
    front = _acting_words(text)
    if any(_system(w) for w in front):
        scores["design"] += SUBJECT_WEIGHT
    elif front[:1] in (["we"], ["wij"]):
        scores["environment"] += WE_WEIGHT  # "we leggen vast", "we add a clause"
    elif _oversees(front) or ORG_RE.match(" ".join(front)):
        scores["environment"] += SUBJECT_WEIGHT  # "de gemeente wordt zelf opdrachtgever"
    elif any(_governs(w) for w in front[:FRONT_GOVERNS]):
        scores["environment"] += SUBJECT_WEIGHT  # "the council reviews it every year"
    elif any(is_person(w) or head_is_person(w) or _one_person(w) for w in front):
        receiving = any(w in RECEIVING_VERBS for w in front)  # "bewoners krijgen een brief"
        scores["human"] += RECEIVER_WEIGHT if receiving else SUBJECT_WEIGHT
    best = max(scores.values())
    winners = [k for k, s in scores.items() if s == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


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


def _system(word: str) -> bool:
    """A system, also in the plural ("the sensors", "de sensoren", "camera's")."""
    stems = (word, word.removesuffix("'s"), word.removesuffix("s"), word.removesuffix("en"))
    return any(stem in SYSTEM_SUBJECTS for stem in stems)


def _oversees(front: list[str]) -> bool:
    """A body or role that oversees or reviews ("de FG", "an ethics board", "de rekenkamer"):
    a measure it acts in is about the organisation around the technology."""
    joined = f" {' '.join(front)} "
    return any(f" {term} " in joined or term in front for term in OVERSIGHT_SUBJECTS)


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
    for word in words(text)[:SUBJECT_WORDS]:
        if word in NAME_BREAKS:
            break
        front.append(word)
    return front


@cache
def _word_start(term: str) -> re.Pattern[str]:
    """``term`` at the start of a word (one compiled pattern per cue term: there are more of
    them than ``re`` keeps compiled)."""
    return re.compile(rf"(?<![\w]){re.escape(term)}")


def kind_terms(text: str, terms: tuple[str, ...]) -> int:
    """Terms found in ``text``; a long term also inside a compound ("privacybeleid")."""
    lowered = f" {text.lower()} "
    found = [
        t for t in terms if _word_start(t).search(lowered) or (len(t) >= COMPOUND and t in lowered)
    ]
    return sum(1 for t in found if not any(t != o and t in o for o in found))


def detect_stage(text: str) -> Stage | None:
    """The stage a text names; a pilot that is still planned ("we willen een pilot") is an
    idea."""
    lowered = f" {text.lower()} "
    if PLANNED_RE.search(lowered) and not any(w in lowered for w in STAGE_WORDS["in_use"]):
        return "idea"
    order: tuple[Stage, ...] = ("in_use", "pilot", "idea")
    for stage in order:
        if any(word in lowered for word in STAGE_WORDS[stage]):
            return stage
    return None


def detect_context(text: str) -> str:
    match = ORG_RE.search(text)
    return match.group(0).strip() if match else ""
