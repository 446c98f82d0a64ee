"""Talk about which kinds of handling options are covered or missing ("so I have design and
rules", "wat nog ontbreekt is de menskant", "nothing yet for the residents themselves"): no
option itself, and the one kind it says is missing hints at the kind of the measure after it.
Pointers to a measure or to others' options ("put that in as well", "Dennis's one") are no
option either."""

from __future__ import annotations

import re

from assistant.domain.session import OptionKind
from assistant.language.cues.kind_coverage import (
    COVERAGE_KIND_WORDS,
    COVERAGE_WORDS,
    COVERED_LEAD_RE,
    FILLER_WORDS,
    FOR_PEOPLE_JOINTS,
    FOR_PEOPLE_ONLY_RE,
    FOR_WHOM_RE,
    GROUP_MEMBER_ENDINGS,
    LOOKING_BACK_RE,
    MISSING_KIND_WORDS,
    MISSING_LEAD_RE,
    NAMED_OWNER_RE,
    NEEDS_SOMETHING_RE,
    NOT_THOUGHT_OF_RE,
    POINTER_TALK_WORDS,
    REMARK_RE,
    SELF_HELP_RE,
    SIDE_WORDS,
)
from assistant.language.cues.measure_talk import OPTION_TALK_WORDS
from assistant.language.cues.replies import POINTING_WORDS
from assistant.language.textparts import words
from assistant.method.reading.actor_lists import head_is_person, is_person

CLAUSE_JOINT_RE = re.compile(r"\s*[,;]\s*(?:(?:en|and|maar|but)\s+)?")
APPOSITION_RE = re.compile(r"^(?:the|de|het|our|onze|ons|voor|for|richting|towards)\b", re.I)
SELF_WORDS = frozenset(("zelf", "themselves"))  # the people's own, unless a kind is named
HEDGE_WORDS = frozenset(("maybe", "misschien", "perhaps", "wellicht", "then", "dan"))
APPOSITION_WORDS = 4  # "..., the care teams": who the missing kind is for


def _tokens(text: str) -> list[str]:
    return [p for w in words(text) for p in w.split("-") if p]


def _missing(clause: str) -> tuple[bool, set[OptionKind]]:
    """A clause that says a kind or someone's measure is missing ("mist nog de menskant",
    "what's missing is smth for the officers", "the officers themselves need something too")."""
    if SELF_HELP_RE.match(clause) or _for_people_only(clause) or _not_thought_of(clause):
        return True, {"human"}  # "help for the taxpayer themselves: ...", "voor de mensen zelf"
    if _people_asked(clause):
        return True, {"human"}  # "help for the taxpayer themselves: ...", "voor de mensen zelf"
    side = _side_only(clause)
    if side is not None:
        return True, {side}  # "ah, the people side"
    if NEEDS_SOMETHING_RE.match(clause):
        selves = {"themselves", "zelf"} & set(_tokens(clause))
        return True, {"human"} if selves else set()
    lead = MISSING_LEAD_RE.match(clause)
    if lead is None:
        return False, set()
    rest = clause[lead.end() :]
    named = FOR_WHOM_RE.search(rest)
    said = _tokens(rest[: named.start()] if named else rest)
    if not all(t in COVERAGE_WORDS or t in MISSING_KIND_WORDS for t in said):
        return False, set()  # "wat nog ontbreekt is een training voor ...": a measure
    kinds = {COVERAGE_KIND_WORDS[t] for t in said if t in MISSING_KIND_WORDS}
    named_kinds = {COVERAGE_KIND_WORDS[t] for t in said if t in MISSING_KIND_WORDS - SELF_WORDS}
    kinds = named_kinds or kinds  # "iets aan de software zelf": the software's kind
    own = named is not None and bool({"themselves", "zelf"} & set(_tokens(named.group(0))))
    return True, kinds | ({"human"} if own else set())


def _not_thought_of(clause: str) -> bool:
    """People the speaker has no measure for yet ("aan de mensen zelf had ik nog niet gedacht",
    "I hadn't thought of the residents themselves"): people or their own side, named."""
    if NOT_THOUGHT_OF_RE.match(clause.strip()) is None:
        return False
    said = _tokens(clause)
    return bool(SELF_WORDS & set(said)) or any(_people(t) for t in said)


def _people_asked(clause: str) -> bool:
    """People named alone as a guess whom the next measure is for ("the drivers maybe?", "de
    chauffeurs misschien?"): a lead, no measure."""
    said = _tokens(clause)
    # the hedge after them or a question mark: "misschien een buddy: ..." names a measure
    hedged = clause.rstrip().endswith("?") or (bool(said) and said[-1] in HEDGE_WORDS)
    named = [t for t in said if t not in HEDGE_WORDS and t not in FOR_PEOPLE_JOINTS]
    return hedged and 0 < len(named) <= 2 and all(_people(t) for t in named[-1:])


def _for_people_only(clause: str) -> bool:
    """A lead that names only whom the next measure is for ("voor de mensen zelf", "iets voor
    de gebruikers", "for the nurses and clients"): the people it names, nothing else."""
    lead = FOR_PEOPLE_ONLY_RE.match(clause.strip())
    if lead is None:
        return False
    groups = re.split(r"\s+(?:and|en|&)\s+|\s*,\s*", lead.group("who").strip())
    heads = [_tokens(g)[-1:] for g in groups]
    named = [h[0] for h in heads if h and h[0] not in FOR_PEOPLE_JOINTS]
    return len(named) == len(groups) and all(_people(t) for t in named)


def _people(word: str) -> bool:
    """A word for people ("gebruikers", "youth workers", "commissieleden")."""
    return is_person(word) or head_is_person(word) or word.endswith(GROUP_MEMBER_ENDINGS)


def _side_only(clause: str) -> OptionKind | None:
    """A kind named with "side" and nothing more ("ah, the people side", "de menskant dus"):
    the kind the speaker turns to."""
    said = _tokens(clause)
    kinds = {COVERAGE_KIND_WORDS[t] for t in said if t in COVERAGE_KIND_WORDS}
    sided = any(t in ("side", "kant") or t.endswith("kant") for t in said)
    rest = [t for t in said if t not in COVERAGE_KIND_WORDS and t not in SIDE_WORDS]
    known = all(t in COVERAGE_WORDS for t in rest)
    return kinds.pop() if sided and known and len(kinds) == 1 else None


def _covered(clause: str) -> bool:
    """A clause that names the kinds there are ("so I have design and rules", "hebben we
    vooral techniek en afspraken", "that's design and one for the people themselves")."""
    lead = COVERED_LEAD_RE.match(clause)
    if lead is None:
        return False
    rest = clause[lead.end() :]
    named = FOR_WHOM_RE.search(rest)
    said = _tokens(rest[: named.start()] if named else rest)
    if not any(t in COVERAGE_KIND_WORDS for t in said):
        return False
    return all(t in COVERAGE_WORDS or t in COVERAGE_KIND_WORDS for t in said)


def kind_coverage(text: str) -> tuple[bool, OptionKind | None]:
    """Whether ``text`` only says which kinds of options are covered or missing, and the one
    kind it says is missing, if any."""
    text = LOOKING_BACK_RE.sub("", text.strip(), count=1)  # "looking at it again, that's ..."
    clauses = [c for c in CLAUSE_JOINT_RE.split(text.strip(" .!?")) if c.strip()]
    kinds: set[OptionKind] = set()
    said = False
    for index, clause in enumerate(clauses):
        missing, named = _missing(clause)
        if missing or _covered(clause):
            said, kinds = True, kinds | named
            continue
        short = len(words(clause)) <= APPOSITION_WORDS and APPOSITION_RE.match(clause.strip())
        if pointer_talk(clause) and len(clauses) > 1:
            continue  # "and the one I forgot, help for ... themselves: ..."
        if all(t in FILLER_WORDS for t in _tokens(clause)) and len(clauses) > 1:
            continue  # "ah, the people side"
        if REMARK_RE.match(clause.strip()) and len(clauses) > 1:
            continue  # "ah the people side, I hadn't thought of that"
        if not (said and index and short):
            return False, None  # not "..., the care teams": a clause of its own
    if not said:
        return False, None
    return True, (kinds.pop() if len(kinds) == 1 else None)


def coverage_before_comma(text: str) -> tuple[str, OptionKind | None] | None:
    """The measure after talk about kinds that ends at a comma ("nothing on the human side yet,
    hmm, maybe the unit keeps the final say": the unit keeps ..., human), with the kind it says
    is missing; None where no clause before a comma is such talk."""
    found: tuple[str, OptionKind | None] | None = None
    for comma in (i for i, c in enumerate(text) if c == ","):
        covering, missing = kind_coverage(text[:comma])
        rest = text[comma + 1 :].strip()
        if covering and rest and not kind_coverage(rest)[0]:
            found = (rest, missing if missing is not None else (found or ("", None))[1])
    return found


def pointer_talk(text: str) -> bool:
    """A remark that points at a measure or at options named by others, naming none ("put
    that in as well", "zet die er ook bij", "the one I forgot", "Dennis's one, obviously", "de
    twee adviezen van Ilse neem ik over", "opties die ik zie")."""
    tokens = _tokens(NAMED_OWNER_RE.sub(" ", text))
    known = OPTION_TALK_WORDS | POINTING_WORDS | POINTER_TALK_WORDS
    return bool(tokens) and all(t in known or t.isdigit() for t in tokens)
