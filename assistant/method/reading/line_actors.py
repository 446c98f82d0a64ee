"""Who a line of effects is about, and its direction: "voor inwoners: ...", "Inwoners: ...",
"voor X is het negatief: ...", "negative for X: ...", "+ X: ...", "chauffeurs - ..." (Dutch
and English)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.domain.session import Actor, Direction
from assistant.language.cues.actor_list_items import ITSELF_TAIL_RE, THING_POINTER_RE
from assistant.language.cues.actor_lists import ADVERB_LABEL_STARTS
from assistant.language.cues.actor_names import (
    ASIDE_WORDS,
    LEADING_CONJUNCTION_RE,
    NOT_AN_ACTOR_LABEL_RE,
    NOT_AN_ACTOR_LABELS,
    QUOTE_LABEL_RE,
)
from assistant.language.cues.chatter import JUDGING_LABEL_RE
from assistant.language.cues.direction_labels import (
    ACTOR_COMMA_LABEL_RE,
    ACTOR_DIRECTION_RES,
    ACTOR_LABEL_RE,
    ACTOR_MARK_RE,
    EFFECT_ANNOUNCED_RE,
    LABEL_FILLER_RE,
    LABEL_RE,
    LABEL_VERB_RE,
    NEGATIVE_LABELS,
)
from assistant.language.cues.measure_leads import KIND_LABEL_RE
from assistant.language.textparts import strip_article, word_count, words
from assistant.method.reading.actor_lists import head_is_person, is_person, without_fillers
from assistant.method.reading.mentions import find_actor
from assistant.method.reading.name_fragments import fragment_name
from assistant.method.reading.polarity import clause_direction, marker_direction
from assistant.method.reading.segments import is_clause

RELATIVE_WORD_RE = re.compile(r"\b(?:die|dat|wie|who|that|which)\b", re.I)
# A bullet before a label that ends in a colon ("- ouders: ...", "* staff: ...").
BULLET_LABEL_RE = re.compile(r"^[-*\u2022\u2013]\s+(?=[^:]{1,60}:)")
AT_LABEL_RE = re.compile(r"^\s*(?:bij|at|with)\s", re.I)
# A label that names the speaker ("voor mij", "- For us", "me", "ons zelf"): who speaks, not
# an actor.
SPEAKER_NAME_RE = re.compile(
    r"^[\s*\u2022-]*(?:(?:voor|for|bij|naar)\s+)?(?:mij|me|ik|i|ons|us|wij|we|mijzelf|myself|"
    r"onszelf|ourselves)(?:\s+(?:zelf|persoonlijk|personally))?\s*$",
    re.IGNORECASE,
)
ARTICLE_RE = re.compile(r"^(?:een|het|de|the|a|an)\s+", re.I)


@dataclass
class LineActor:
    """Who a line is about (a known actor's id or a new name), its direction, and the rest."""

    actor_id: str | None
    new_name: str
    rest: str
    direction: Direction | None = None


def label_direction(label: str) -> Direction:
    word = ARTICLE_RE.sub("", label.strip().lower())
    return "negative" if word.startswith(NEGATIVE_LABELS) else "positive"


def named_actor(
    name: str, actors: list[Actor], rest: str, direction: Direction | None
) -> LineActor:
    name = strip_article(LEADING_CONJUNCTION_RE.sub("", name.strip()))
    itself = ITSELF_TAIL_RE.search(name) is not None  # "voor de IND zelf: ..."
    name = ITSELF_TAIL_RE.sub("", name) or name
    pointer = THING_POINTER_RE.match(name)
    if pointer is not None and not is_person(pointer.group("head")):
        return LineActor(None, "", rest, direction)  # "dat vergelijken met de buren: ..."
    if SPEAKER_NAME_RE.match(name):
        return LineActor(None, "", rest, direction)  # "voor mij: ...", "- for us: ...": a stance
    judged = JUDGING_LABEL_RE.match(name)
    if judged is not None:  # "the big plus: ...", "grootste nadeel: ...": a direction, no one
        return LineActor(None, "", rest, "positive" if judged.group("pos") else "negative")
    found = find_actor(name, actors)
    if found is not None:
        return LineActor(found.id, "", rest, direction)
    if fragment_name(name) or itself:
        return LineActor(None, "", rest, direction)  # "if so: ...", "for the board itself: ..."
    return LineActor(None, name, rest, direction)


def line_actor(line: str, actors: list[Actor]) -> LineActor:
    """The actor and direction of "voor inwoners: ...", "Inwoners: ...", "voor X is het negatief:
    ...", "negative for X: ..." (either order, nl and en), "+ X: ...", "− X: ..."; also after
    "o, en ..." ("o, en voor boswachters is het positief: ...")."""
    stripped = line.lstrip()
    if stripped[:1] in ("+", "\u2212"):
        found = _labelled_actor(stripped[1:].strip(), actors)
        found.direction = found.direction or marker_direction(stripped)
        return found
    bulleted = BULLET_LABEL_RE.match(stripped)
    if bulleted is not None:  # "- inspecteurs: + ...; - ...": the bullet is no part of the name
        found = _labelled_actor(stripped[bulleted.end() :], actors)
        if found.actor_id or is_person(found.new_name):  # not "- black box: ..."
            return found
    bare = LABEL_FILLER_RE.sub("", stripped, count=1)
    after_filler = _labelled_actor(bare, actors) if bare != stripped else None
    if after_filler is not None and (after_filler.actor_id or after_filler.new_name):
        return after_filler
    return _labelled_actor(line, actors)


def aside_label(label: str) -> bool:
    """Whether a label is a remark, not a name: "o ja vergeten", "correctie trouwens", "wait,
    correction"."""
    tokens = words(label)
    lowered = label.strip().lower()
    return lowered in NOT_AN_ACTOR_LABELS or (bool(tokens) and set(tokens) <= ASIDE_WORDS)


def _label_name(name: str) -> str:
    """The actor in "voor X betekent het ook iets:" ("X"); a name that says which people it
    means keeps its verb ("voor mensen die ziek zijn:")."""
    if RELATIVE_WORD_RE.search(name):
        return name
    return LABEL_VERB_RE.sub("", name).strip() or name


def _part_of_case(line: str, name: str, actors: list[Actor]) -> bool:
    """A label "bij X:" whose X names no one ("bij gordel: ...", "at the junction: ..."): a
    part of the case the line is about, not an actor."""
    if not AT_LABEL_RE.match(line) or find_actor(name, actors) is not None:
        return False
    return not (is_person(name) or head_is_person(name))


def _people_named(name: str, actors: list[Actor]) -> bool:
    """Whether a short name before a comma is of people: a known actor or a plural of people."""
    bare = strip_article(name.strip())
    if len(bare.split()) > MAX_COMMA_LABEL_WORDS or is_clause(bare):
        return False  # "voor weggebruikers is het veiliger, ...": a clause, no label
    if clause_direction(bare) is not None:
        return False  # "voor bezoekers veel sneller binnen, ...": the effect itself
    return find_actor(bare, actors) is not None or is_person(bare)


def _labelled_actor(line: str, actors: list[Actor]) -> LineActor:
    """The actor and direction a line's label gives; a direction label with words before it
    ("nog een nadeel: ...") names no actor."""
    for pattern in ACTOR_DIRECTION_RES:
        match = pattern.match(line)
        if match:
            direction = label_direction(match.group("dir"))
            return named_actor(match.group("actor"), actors, match.group("rest"), direction)
    match = ACTOR_LABEL_RE.match(line)
    if match and _part_of_case(line, match.group("actor"), actors):
        return LineActor(None, "", match.group("rest"))  # "bij gordel: ..." names a part
    if match:
        return named_actor(_label_name(match.group("actor")), actors, match.group("rest"), None)
    match = ACTOR_COMMA_LABEL_RE.match(line)
    if match and _people_named(match.group("actor"), actors):
        return named_actor(match.group("actor"), actors, match.group("rest"), None)
    match = ACTOR_MARK_RE.match(line)
    if match and re.search(r"[.!?]\s", match.group("actor")):
        match = None  # "waterschap. satellietbeelden + ai die ...": a sentence, then a joint
    if match and is_clause(match.group("actor")):
        match = None  # "the planners might trust it too much - people without ...": two clauses
    if match and (find_actor(match.group("actor"), actors) or is_person(match.group("actor"))):
        direction = label_direction(match.group("mark"))
        return named_actor(match.group("actor"), actors, match.group("rest"), direction)
    head, sep, rest = line.partition(":")
    if sep and EFFECT_ANNOUNCED_RE.match(line):
        return LineActor(None, "", rest.strip())  # "nog een effect: ..." names no one
    if sep and word_count(head) <= 4 and not LABEL_RE.search(head.strip() + ":"):
        lead_only = aside_label(head) or QUOTE_LABEL_RE.search(head) is not None
        if rest.strip() and (lead_only or not without_fillers(head)):
            return LineActor(None, "", rest.strip())  # "Verder: ..." goes on, it names no one
        found = find_actor(head.strip(), actors)
        if found is not None:
            return LineActor(found.id, "", rest)
        label = head.strip().lower()
        if NOT_AN_ACTOR_LABEL_RE.match(label) and rest.strip():
            return LineActor(None, "", rest.strip())  # "eff: + ...", "wat het oplevert: ..."
        if words(label)[:1] and words(label)[0] in ADVERB_LABEL_STARTS and rest.strip():
            return LineActor(None, "", rest.strip())  # "Liever zo: ...", "Before all: ..."
        if (
            word_count(LEADING_CONJUNCTION_RE.sub("", head.strip())) <= 3  # "and the drivers"
            and not KIND_LABEL_RE.match(line)
            and label not in NOT_AN_ACTOR_LABELS
            and label
        ):
            if _effect_named(head):  # "less contact: ...": the effect, its why after it
                return LineActor(None, "", line, clause_direction(head))
            return named_actor(head, actors, rest, None)
    return LineActor(None, "", line)


def _effect_named(head: str) -> bool:
    """Whether a label is itself an effect, with the why after it ("less contact: the form was
    also a check-in", "meer stress: ...", "more control: ..."): a change, not people."""
    return not is_person(head) and words(head)[:1] in COMPARATIVE_OPENERS


COMPARATIVE_OPENERS = (
    ["more"], ["less"], ["fewer"], ["meer"], ["minder"], ["better"], ["beter"], ["worse"],
    ["slechter"], ["faster"], ["sneller"], ["slower"], ["trager"], ["langer"], ["longer"],
    ["korter"], ["shorter"], ["extra"], ["geen"], ["no"],
)  # fmt: skip
BULLET_NAME_SIGN_RE = re.compile(
    r"^\s*[-*\u2022]\s*(?P<name>[^+\-\u2013\u2212:.,]{2,40}?)\s+(?P<sign>[+\-\u2013\u2212])\s+"
    r"(?P<rest>\w.*)$"
)
SIGNED_LINE_RE = re.compile(r"^\s*(?P<sign>[+\-\u2212\u2013])\s*(?P<rest>\S.*)$")
BARE_NAME_WORDS = 4
MAX_COMMA_LABEL_WORDS = 4  # "for the residents of the old town, ...": a short name of people


def actor_signed_lines(text: str, actors: list[Actor]) -> str:
    """``text`` with the "+"/"-" lines under a line that only names a known actor ("boeren"
    over "+ zien zelf wat ze oppompen" and "- voelen zich gecontroleerd") labelled with it
    ("+ boeren: zien ..."), so they are that actor's effects; the name line itself goes."""
    lines = [_named_then_signed(line, actors) for line in text.splitlines()]
    name = ""
    for number, raw in enumerate(lines):
        signed = SIGNED_LINE_RE.match(raw)
        if signed is None:
            name = _bare_actor(raw, actors, lines[number + 1 : number + 2])
            lines[number] = "" if name else raw
        elif name:
            lines[number] = f"{signed.group('sign')} {name}: {signed.group('rest')}"
    return "\n".join(lines)


def actor_heading(actors: list[Actor]) -> Callable[[str, list[str]], bool]:
    """Whether a line only names a known actor and the line below it is signed ("monteurs"
    over "+ sneller aan de slag"): a heading of effects, not the end of a wrapped line."""
    return lambda line, below: bool(_bare_actor(line, actors, below))


def _named_then_signed(line: str, actors: list[Actor]) -> str:
    """A bullet that names a known actor and then signs its effect ("- automobilisten + minder
    aanrijdingen", "- drivers - more stops logged") as a labelled line ("automobilisten: + ...");
    other lines as they are."""
    found = BULLET_NAME_SIGN_RE.match(line)
    if found is None or len(found.group("name").split()) > BARE_NAME_WORDS:
        return line
    if find_actor(found.group("name"), actors) is None:
        return line
    return f"{found.group('name')}: {found.group('sign')} {found.group('rest')}"


def _bare_actor(line: str, actors: list[Actor], below: list[str]) -> str:
    """The line as a name when it only names a known actor and a signed line follows it."""
    name = line.strip().rstrip(":").strip()
    if not name or len(name.split()) > BARE_NAME_WORDS or re.search(r"[.,;!?()]", name):
        return ""
    if not below or SIGNED_LINE_RE.match(below[0]) is None:
        return ""
    return name if find_actor(name, actors) is not None else ""
