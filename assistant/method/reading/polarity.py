"""Whether a clause says something good or bad for someone: markers ("(+)", "(-)") first, then
the direction words of ``cues.direction``, each turned around by a word before it that turns
it ("fewer pointless audits", "minder onrustig", "niet geholpen"). A burden ("minder
typwerk") counts only when turned. A bad thing found ("finds more fraud") or said to be small
("de schulden zijn nog klein") is good; fewer people needed ("met minder mensen") is a saving;
data abroad ("goes to a US cloud") and homes on camera ("je ziet de slaapkamer") are bad (cue
words in ``cues.direction_turns``). Undecided gives None: the caller keeps the direction of
the sentence before or the one asked."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.domain.session import Direction
from assistant.language.cues.actor_names import (
    NOT_PEOPLE,
    PERSON_PLURAL_ENDINGS,
    PERSON_SINGULAR_ENDINGS,
)
from assistant.language.cues.direction import (
    ADDRESSED_RE,
    APPEARANCE_WORDS,
    ASKING_VERBS,
    BECAME_AFTER,
    BECOMING_WORDS,
    BURDENS,
    CARRIED_ON,
    CARRIED_ON_PARTICLE,
    CARRIED_ON_VERBS,
    CHANCE_AMOUNTS,
    CHANCE_WORDS,
    CLAUSE_BREAKS,
    CONDITION_LEAD_RE,
    CONTACT_LESS_AFTER,
    CONTACT_VERBS,
    CONTRACTED_NOTS,
    COPULAS_BEFORE_DECREASE,
    COST_RE,
    COUNT_GLUE,
    DECREASE_AFTER_COPULA,
    DECREASE_NOUN_REACH,
    DECREASE_NOUNS,
    DECREASE_REACH,
    DECREASE_WORDS,
    DEGREE_WORDS,
    DETERMINERS,
    DISTRUST_RE,
    DONE_TO_WORDS,
    DOUBT_WORDS,
    DOWN_NOT_DECREASE,
    END_MARKER_RE,
    EXCESS_WORDS,
    FARTHER_AFTER,
    FARTHER_BEFORE,
    FEAR_RE,
    FLIP_REACH,
    FLIP_WORDS,
    FOR_NOTHING_WORDS,
    FORMERLY,
    FORMERLY_DUTCH,
    FORMERLY_RELATIVE_REACH,
    FORMERLY_RELATIVES,
    GOVERNING_FLIPS,
    GROWTH_RE,
    JUDGED_AS_RE,
    JUDGED_GOOD,
    JUDGED_NOT,
    LEAD_MARKER_RE,
    LEFT_OUT_RE,
    MORE_DUTY_RE,
    NEGATING_PREFIXES,
    NEGATIVE_WORDS,
    NEUTRAL_PHRASES,
    NO_LONGER,
    NOT_DECREASE_AFTER,
    NOT_DIRECTION_WORDS,
    OBJECT_PREPOSITIONS,
    PAST_VERBS,
    POSITIVE_WORDS,
    PRIVATIVE_SUFFIXES,
    QUESTION_NOUNS,
    RECEIVED_BETWEEN,
    RECEIVED_NOT,
    RECEIVING_VERBS,
    RELATIVE_FLIPS,
    RELATIVE_REACH,
    RELATIVE_WORDS,
    RELIEF_RE,
    RHETORICAL_AUX,
    RHETORICAL_NOT_RE,
    SEPARABLE_PARTICLES,
    SHRINK_WORDS,
    SMALLER_CHANCE_RE,
    SPARED_WORDS,
    SPEED_WORDS,
    SPLIT_DECREASE_RE,
    STOPPED_RE,
    TRAILING_NOT_BREAKS,
    TRAILING_NOT_EXCEPT,
    TRAILING_NOT_REACH,
    TRAILING_NOTS,
    TRAILING_TERMS_EXCEPT,
    UNABLE_RE,
    UNAWARE_RE,
    WALK_BY,
    WALK_BY_VERBS,
    WHAT_IT_CANNOT_RE,
    WITH_WORDS,
    WITHOUT_REACH,
    WITHOUT_WORDS,
    WORRY_LEAD_RE,
)
from assistant.language.cues.direction_labels import (
    LABELLED_SIGNS_RE,
    MINUS_EMOJI_LINE_RE,
    NEGATIVE_LABELS,
    NEXT_LABEL_RE,
    PLUS_EMOJI_LINE_RE,
)
from assistant.language.cues.direction_turns import (
    ABROAD_RE,
    CAPTURE_RE,
    COPULAS,
    FINDING_GLUE,
    FINDING_REACH,
    FINDING_WORDS,
    FOUND_PARTICIPLES,
    GOAL_TAIL_RE,
    JUDGING_BAD,
    JUDGING_GOOD,
    JUDGING_NOT,
    JUDGING_TAIL_RE,
    PRAISED_PEOPLE_RE,
    SAVING_RE,
    SHRINKING_TAIL_RE,
    SMALL_WORDS,
    TYPO_TOLERANT_FLIPS,
    WITHOUT_GLUE,
    WORSE_BEFORE_RE,
)
from assistant.language.cues.formal import HEDGED_RISK_RE
from assistant.language.cues.grammar import VERB_WORDS
from assistant.language.textparts import one_typo, words
from assistant.method.reading.figure_changes import figure_change_direction

SIGN_LABEL_WORDS = 4  # "haulage cos", "wijken waar weinig gemeld wordt"
SIGNED_MINUS_RE = re.compile(r"^\s*[-–]\s+")
# Where a line opens with a sign, a later sign between spaces starts the next item: a +/- list
# typed on one line, as a chat box sends it ("+ sneller klaar + minder typen - mensen zwijgen").
INLINE_SIGN_RE = re.compile(r"\s+(?=[+\-–]\s+\w)")
MIN_PREFIX = 4  # a shorter term matches a whole word only
SEPARABLE_MIN = 3  # a subject, a verb and its particle
PARTICIPLE_PREFIX = "ge"
AFTER_REACH = 2
TRAILING_NEAR = 2
LESS_WORDS = frozenset(("less", "fewer", "minder"))
INFINITIVE_MARKERS = frozenset(("te", "to", "om"))
LIST_JOINS = frozenset(("en", "and"))
MORE_WORDS = frozenset(("meer", "more", "extra", "langer", "langere", "longer"))
ADDED_ON_WORDS = frozenset(("bij", "erbij"))  # "er ... bij": on top of what they had
ADDED_ON_REACH = 6
STOPPING_PEOPLE = frozenset((
    "ze", "zij", "hij", "we", "wij", "men", "mensen", "they", "he", "she", "we", "people",
))  # fmt: skip
SURE = float("inf")  # a marker or a judgement decides: no learned direction weighs in
MIXED = 0.5  # direction words both ways that cancel out
LESS_DEFAULT = 0.25  # "minder"/"less" before a word of no direction: a loss by default
PEOPLE_NOUNS = frozenset(("mensen", "people", "personeel", "staff", "collega's", "colleagues"))


@lru_cache(maxsize=1)
def _terms() -> tuple[tuple[tuple[str, ...], int], ...]:
    """Every direction term as its words, with +1 or -1; longer terms first, in words and then
    in letters, so that a word takes the term that says most of it ("kansloos", not "kans")."""
    terms = [(tuple(words(t)), 1) for t in POSITIVE_WORDS]
    terms += [(tuple(words(t)), -1) for t in NEGATIVE_WORDS]
    return tuple(
        sorted((t for t in terms if t[0]), key=lambda t: (-len(t[0]), -len("".join(t[0]))))
    )


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[int, ...]]:
    """Positions in ``_terms()`` by the term's first word."""
    index: dict[str, list[int]] = {}
    for position, (term, _sign) in enumerate(_terms()):
        index.setdefault(term[0], []).append(position)
    return {word: tuple(positions) for word, positions in index.items()}


def _candidates(tokens: list[str]) -> list[tuple[tuple[str, ...], int]]:
    """The terms whose first word matches one of ``tokens`` (the word itself, or a prefix of
    ``MIN_PREFIX`` letters or more, as ``_word_matches`` allows), in ``_terms()`` order: the only
    ones that can match, found without trying all 400 terms at every token."""
    index = _by_first_word()
    found: set[int] = set()
    for token in set(tokens) | {_stem(t) for t in tokens}:
        found.update(index.get(token, ()))
        if token in NOT_DIRECTION_WORDS or _person_word(token):
            continue
        for end in range(MIN_PREFIX, len(token)):
            found.update(index.get(token[:end], ()))
    terms = _terms()
    return [terms[position] for position in sorted(found)]


def _person_word(token: str) -> bool:
    """A word for people by what they do ("controleurs", "controleur"), which a direction word
    that starts it ("controle") does not stand for."""
    return token.endswith(PERSON_PLURAL_ENDINGS + PERSON_SINGULAR_ENDINGS)


def _degree_before_amount(tokens: list[str], index: int) -> bool:
    """Whether the word at ``index`` is a word of degree right before "minder"/"meer"/"less"/
    "more" ("duidelijk minder vol", "much less"): it says how much, not good or bad."""
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return tokens[index] in DEGREE_WORDS and following in LESS_WORDS | MORE_WORDS


def _privative(token: str, term: str) -> bool:
    """Whether ``token`` is the direction ``term`` with a suffix that says it is absent
    ("hulpeloos", "harmless", "foutloos", "stressvrije", "hassle-free"): it turns the term."""
    return not term.endswith(PRIVATIVE_SUFFIXES) and token.endswith(PRIVATIVE_SUFFIXES)


def _stem(token: str) -> str:
    """A Dutch past participle without its "ge-" ("gefrustreerd" -> "frustreerd"), so that a
    term for the verb finds it; other words as they are."""
    if token.startswith(PARTICIPLE_PREFIX) and len(token) - len(PARTICIPLE_PREFIX) >= MIN_PREFIX:
        return token[len(PARTICIPLE_PREFIX) :]
    return token


def _word_matches(term: str, token: str) -> bool:
    if token == term:
        return True
    if token in NOT_DIRECTION_WORDS or _person_word(token):
        return False
    if len(term) < MIN_PREFIX:
        return False
    return token.startswith(term) or _stem(token).startswith(term)


@lru_cache(maxsize=8192)
def _burden(token: str) -> bool:
    """Whether ``token`` names a burden (each word is asked once per clause it is in)."""
    return any(token.startswith(b) or (len(b) >= MIN_PREFIX and token.endswith(b)) for b in BURDENS)


def _matches(tokens: list[str], commas: frozenset[int] = frozenset()) -> list[tuple[int, int, int]]:
    """(start, end, sign) of the direction terms in ``tokens``, not overlapping (``commas``:
    the indices of the words right after a comma, which a turning word does not reach past)."""
    taken = _neutral(tokens)
    found: list[tuple[int, int, int]] = []
    for term, sign in _candidates(tokens):
        size = len(term)
        for start in range(len(tokens) - size + 1):
            if any(taken[start : start + size]):
                continue
            if size == 1 and _degree_before_amount(tokens, start):
                continue  # "duidelijk minder vol": how much less, no direction of its own
            if all(_word_matches(w, tokens[start + k]) for k, w in enumerate(term)):
                sign_here = -sign if size == 1 and _privative(tokens[start], term[0]) else sign
                found.append((start, start + size, _growing(tokens, start + size - 1, sign_here)))
                for k in range(start, start + size):
                    taken[k] = True
    free = [t if not taken[i] else "" for i, t in enumerate(tokens)]  # a term's "niet" is used
    lost = _contact_lost(tokens, commas)
    for index, token in enumerate(tokens):
        if taken[index]:
            continue
        if index in lost:
            found.append((index, index + 1, 1))  # contact, turned by "minder": contact lost
            continue
        turned = _turned(free, index, index + 1, True, commas) != _no_longer_burden(free, index)
        if _negated_good(token) or (_burden(token) and turned):
            found.append((index, index + 1, -1))
        elif _burden(token) and (_more_of(tokens, index) or _grows(tokens, index)):
            found.append((index, index + 1, -1))  # "meer klachten", "the backlog grows"
        elif _burden(token) and (_added_on(tokens, index) or _received(tokens, index)):
            found.append((index, index + 1, -1))  # "krijgt er een hoop telefoontjes bij"
    return sorted(found)


def _contact_lost(tokens: list[str], commas: frozenset[int]) -> frozenset[int]:
    """The indices of contact kept with others that is done less ("wij bellen minder vaak",
    "de nachtdienst loopt minder langs", "officers ask fewer questions"): the verb, or the
    questions asked; not where the doer is spared it ("hoeven minder te bellen", "have to call
    less") or it was for nothing ("gaan minder vaak voor niks langs")."""
    lost = set()
    for index, token in enumerate(tokens):
        start, end = _clause_bounds(tokens, index, commas)
        clause = tokens[start:end]
        if any(t in SPARED_WORDS for t in tokens[start:index]) or FOR_NOTHING_WORDS & set(clause):
            continue
        verb = token in CONTACT_VERBS or (
            token in WALK_BY_VERBS and WALK_BY & set(tokens[index + 1 : end])
        )
        if verb and _less_often(tokens, index, end):
            lost.add(index)  # "bellen dan minder vaak", "loopt minder langs"
        asked = token in QUESTION_NOUNS and index > start and tokens[index - 1] in LESS_WORDS
        if asked and ASKING_VERBS & set(tokens[max(start, index - FLIP_REACH - 1) : index]):
            lost.add(index)  # "ask them fewer questions"
    return frozenset(lost)


def _less_often(tokens: list[str], index: int, end: int) -> bool:
    """Whether "minder"/"less" after the verb at ``index`` tells how often it is done ("bellen
    dan minder vaak", "visit less often", "loopt minder langs"), not what is less ("bellen
    minder vrijuit")."""
    for at in range(index + 1, min(end, index + 1 + AFTER_REACH)):
        if tokens[at] in LESS_WORDS:
            return at + 1 >= end or tokens[at + 1] in CONTACT_LESS_AFTER
    return False


def _clause_bounds(tokens: list[str], index: int, commas: frozenset[int]) -> tuple[int, int]:
    """Where the clause of the word at ``index`` begins and ends: at a clause break or a comma."""
    start = index
    while start > 0 and tokens[start - 1] not in CLAUSE_BREAKS and start not in commas:
        start -= 1
    end = index + 1
    while end < len(tokens) and tokens[end] not in CLAUSE_BREAKS and end not in commas:
        end += 1
    return start, end


def _growing(tokens: list[str], last: int, sign: int) -> int:
    """A bad thing that is a burden and grows weighs double ("more referrals, the waiting
    lists are growing", "de wachttijden lopen op"): the growth is the news."""
    grows = sign < 0 and _burden(tokens[last]) and _grows(tokens, last)
    return 2 * sign if grows else sign


def _neutral(tokens: list[str]) -> list[bool]:
    """The tokens of a comparison with before ("meer data dan vroeger"): no direction."""
    taken = [_formerly_at(tokens, i) or _chances_of_people(tokens, i) for i in range(len(tokens))]
    for phrase in NEUTRAL_PHRASES:
        size = len(phrase)
        for start in range(len(tokens) - size + 1):
            if tuple(tokens[start : start + size]) == phrase:
                taken[start : start + size] = [True] * size
    return taken


def _chances_of_people(tokens: list[str], index: int) -> bool:
    """Whether "kans"/"chances" at ``index`` describes people ("mensen met weinig kans",
    "people with few chances"): who they are, not a chance the technology gives."""
    if tokens[index] not in CHANCE_WORDS:
        return False
    before = tokens[max(0, index - 3) : index]
    while before and before[-1] in CHANCE_AMOUNTS:
        before.pop()
    if len(before) < 2 or before[-1] not in WITH_WORDS:
        return False
    return before[-2] in PEOPLE_NOUNS or _person_word(before[-2]) or before[-2].endswith("en")


@lru_cache(maxsize=8192)
def _negated_good(token: str) -> bool:
    """A word for something good with "on-"/"un-" in front ("onrustig", "unhelpful")."""
    if not token.startswith(NEGATING_PREFIXES):
        return False
    rest = token[len(NEGATING_PREFIXES[0]) :]
    return any(len(t) == 1 and _word_matches(t[0], rest) for t, sign in _terms() if sign > 0)


def _turned(
    tokens: list[str],
    start: int,
    end: int | None = None,
    burden: bool = False,
    commas: frozenset[int] = frozenset(),
) -> bool:
    """Whether a word before the term turns it ("fewer pointless audits"), or a comparative
    right after it ("wait far less", "zoeken minder"), not past a comma ("het helpt, minder
    schimmel": it helps; ``commas``: the indices of the words right after one), nor a "niet"/
    "not" before a comma ("not asked, they're grumpy", where "geen lange, vervelende
    wachtrijen" turns). Before a burden,
    "minder"/"fewer" with people after it counts people ("minder badmeesters rondlopen"), not
    less of the burden."""
    first = max(0, start - FLIP_REACH)
    before = tokens[first:start]
    breaks = [
        i for i, t in enumerate(before) if t in CLAUSE_BREAKS and not _listed_after_less(before, i)
    ]
    first += breaks[-1] + 1 if breaks else 0
    before = tokens[first:start]  # "niet dat hun telefoon": not turned
    before = _after_a_denied_verb(before, first, commas)  # "not asked, they're grumpy"
    after = tokens[end : end + AFTER_REACH] if end is not None else []
    cut = [i for i in range(len(after)) if end is not None and end + i in commas]
    after = after[: cut[0]] if cut else after
    if any(t in OBJECT_PREPOSITIONS for t in after[:1]):
        after = []  # "benefit from fewer potholes": "fewer" belongs to what they benefit from
    later: list[str] = []
    for index in range(end, min(end + DECREASE_REACH, len(tokens))) if end is not None else []:
        if tokens[index] in CLAUSE_BREAKS:
            break
        if tokens[index] == "down" and tokens[index - 1] in DOWN_NOT_DECREASE:
            continue  # "every word is taken down": written, not decreased
        if tokens[index] in DECREASE_WORDS and _no_decrease(tokens, index):
            continue  # "de overlast is niet verdwenen", "complaints have gone up"
        if tokens[index] in SHRINK_WORDS and _shrinks(tokens, index):
            later.append("down")  # "de achterstand wordt kleiner": it shrinks
            continue
        later.append(tokens[index])
    turns = sum(
        1
        for i, t in enumerate(before)
        if _flips(t)
        and not (burden and _of_people(before, i))
        and _governs(before, i)
        and not _in_relative(tokens, first + i, start)
    )
    turns += sum(1 for i, t in enumerate(after) if t in LESS_WORDS and not _less_of(tokens, end, i))
    turns += sum(1 for t in later if t in DECREASE_WORDS)
    turns += _without(tokens, start)
    turns += _decrease_noun_before(tokens, start)
    turns += _denied_after(tokens, start, end, commas) if end is not None else 0
    return turns % 2 == 1


def _denied_after(tokens: list[str], start: int, end: int, commas: frozenset[int]) -> int:
    """1 when a negation follows the term at ``start:end`` in its clause ("vertrouwen de
    uitslag niet", "help never comes"), not past a comma, a clause break, another verb or an
    infinitive's "te"/"to" ("bezoekers weten niet", "kan niet zien": the negation is that
    verb's), and not one that denies something else: a predicate after a copula ("het risico
    is niet acceptabel"), a change ("de klachten verdwijnen niet"), a term after it ("eerder
    nooit in beeld"), "niet alleen"; nor after a term of time or one with its own negation."""
    term = tokens[start:end]
    if any(t in TRAILING_TERMS_EXCEPT or t in TRAILING_NOTS or t in CONTRACTED_NOTS for t in term):
        return 0
    for index in range(end, min(end + TRAILING_NOT_REACH, len(tokens))):
        token = tokens[index]
        if index in commas or token in CLAUSE_BREAKS or token in TRAILING_NOT_BREAKS:
            return 0
        if token in VERB_WORDS or _says_change_or_direction(token):
            return 0  # "bezoekers weten niet", "het risico is niet acceptabel"
        if token in TRAILING_NOTS:
            return int(_denies_nothing_after(tokens, index + 1))
    return 0


def _denies_nothing_after(tokens: list[str], index: int) -> bool:
    """Whether the words from ``index`` in the clause leave a negation before them to the term
    before it: no "alleen"/"te"/"nodig" right after it, no change or direction term after."""
    rest = _rest_of_clause(tokens, index)
    if any(t in TRAILING_NOT_EXCEPT for t in rest[:2]):
        return False
    if any(_says_change_or_direction(t) for t in rest):
        return False
    return not any(_term_starts(rest, i) for i in range(min(TRAILING_NEAR, len(rest))))


def _term_starts(tokens: list[str], index: int) -> bool:
    """Whether a direction term of more words starts at ``index`` ("nooit in beeld")."""
    for term, _sign in _candidates(tokens[index : index + 1]):
        size = len(term)
        fits = size > 1 and index + size <= len(tokens)
        if fits and all(_word_matches(w, tokens[index + k]) for k, w in enumerate(term)):
            return True
    return False


def _no_decrease(tokens: list[str], index: int) -> bool:
    """Whether the word of decrease at ``index`` tells none: denied ("de klachten verdwijnen
    niet"), made a rise by the word after it ("complaints have gone up"), or "gone" without a
    copula before it ("..., nest gone")."""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    before = tokens[index - 1] if index > 0 else ""
    bare = tokens[index] in DECREASE_AFTER_COPULA and before not in COPULAS_BEFORE_DECREASE
    return bare or _next_to_not(tokens, index) or after in NOT_DECREASE_AFTER


def _next_to_not(tokens: list[str], index: int) -> bool:
    """Whether a negation stands right before or after the word at ``index``."""
    return any(t in TRAILING_NOTS for t in tokens[max(0, index - 1) : index + 2 : 2])


@lru_cache(maxsize=8192)
def _says_change_or_direction(token: str) -> bool:
    """Whether ``token`` is a word a negation before it denies instead of the term before the
    negation ("de wachttijd wordt niet korter", "de overlast is niet verdwenen", "het risico
    is niet acceptabel"): a word of decrease or growth, or a direction term."""
    if token in DECREASE_WORDS or token in SHRINK_WORDS or token in MORE_WORDS:
        return True
    return any(_word_matches(term, token) for term in _one_word_terms())


def _after_a_denied_verb(before: list[str], first: int, commas: frozenset[int]) -> list[str]:
    """``before`` (the words from index ``first`` up to a term) without a "niet"/"not" and what
    it denies before a comma ("was informed but not asked, they're grumpy", "komen niet binnen,
    41 klachten"); a "geen"/"no" keeps its noun phrase across one ("geen lange, vervelende
    wachtrijen")."""
    end = first + len(before)
    nots = TRAILING_NOTS | CONTRACTED_NOTS
    return [
        "" if t in nots and _comma_between(commas, first + i, end) else t
        for i, t in enumerate(before)
    ]


def _comma_between(commas: frozenset[int], start: int, end: int) -> bool:
    """Whether a comma stands after the word at ``start`` and before the one at ``end``."""
    return any(start < i <= end for i in commas)


def _decrease_noun_before(tokens: list[str], start: int) -> int:
    """1 when a noun of decrease governs the term at ``start`` across the words of a count
    ("een vermindering van het aantal klachten", "a reduction in the number of errors",
    "verkorting van de doorlooptijd")."""
    index = start - 1
    while index >= 0 and start - index <= DECREASE_NOUN_REACH and tokens[index] in COUNT_GLUE:
        index -= 1
    return int(0 <= index < start - 1 and tokens[index] in DECREASE_NOUNS)


def _no_longer(
    tokens: list[str], since: int, start: int, commas: frozenset[int] = frozenset()
) -> bool:
    """Whether the term at ``start`` is turned by what its clause says before it, after
    ``since`` (the term before): "niet meer"/"no longer" further back than the words that turn
    it anyway ("zitten niet meer een uur met een formulier te zuchten"), or "vroeger"/"used to"
    (how it was: the change is the other way, "meldingen die vroeger gemist werden")."""
    turns = 0
    for first in range(max(since, 0), start):
        for phrase, reach in ((p, FLIP_REACH) for p in NO_LONGER):
            turns += _phrase_turns(tokens, first, start, phrase, reach, commas)
        for former in FORMERLY:
            turns += (
                _phrase_turns(tokens, first, start, former, 0, commas)
                and _in_scope(tokens, first, len(former), start)
                and not _carried_on(tokens, first)
            )
        if _formerly_at(tokens, first) and not _carried_on(tokens, first):
            turns += _phrase_turns(tokens, first, start, (tokens[first],), 0, commas) and (
                _in_scope(tokens, first, 1, start)
            )
    return turns % 2 == 1


def _in_scope(tokens: list[str], first: int, size: int, start: int) -> bool:
    """Whether the term at ``start`` is still in what the "formerly" at ``first`` (``size``
    words) tells: in a relative clause only up to its past verb ("die vroeger gemist werden")
    or a few words ("who used to do this | feel pushed aside"); else the rest of the clause."""
    if not any(t in FORMERLY_RELATIVES for t in tokens[max(0, first - 2) : first]):
        return True
    after = first + size
    past = next((i for i in range(after, start) if tokens[i] in PAST_VERBS), None)
    if past is not None:
        return False  # the relative clause ended before the term
    return tokens[first] == FORMERLY_DUTCH or start - after < FORMERLY_RELATIVE_REACH


def _no_longer_burden(tokens: list[str], index: int) -> bool:
    """:func:`_no_longer` for the burden at ``index``, after the last direction term before
    it (``tokens`` holds "" for a term's words), and not across an infinitive's "te"/"to"
    ("no longer has time to walk people home": the time is what is gone)."""
    since = max((i + 1 for i in range(index) if not tokens[i]), default=0)
    between = tokens[since:index]
    if any(
        t in INFINITIVE_MARKERS and between[i - 1 : i] != ["used"] for i, t in enumerate(between)
    ):
        return False
    return _no_longer(tokens, since, index)


def _formerly_at(tokens: list[str], index: int) -> bool:
    """Whether "vroeger" at ``index`` means formerly, not earlier: a past verb follows it in
    its clause ("die vroeger gemist werden", "vroeger kregen ze ...") or right before it
    ("waren vroeger"), where "worden vroeger gesignaleerd" (earlier) has none."""
    if tokens[index] != FORMERLY_DUTCH:
        return False
    if any(t in PAST_VERBS for t in tokens[max(0, index - 2) : index]):
        return True  # "de boeren waren vroeger tevreden"
    for token in tokens[index + 1 : index + 1 + DECREASE_REACH]:
        if token in CLAUSE_BREAKS:
            return False
        if token in PAST_VERBS:
            return True
    return False


CARRIED_ON_REACH = 4  # "gaat dat gewoon door"


def _carried_on(tokens: list[str], index: int) -> bool:
    """Whether the sentence says after ``index`` that how it was goes on ("gaat gewoon door",
    "just carries on"): the "formerly" at ``index`` turns nothing."""
    after = tokens[index + 1 :]
    goes = [i for i, t in enumerate(after) if t in CARRIED_ON_VERBS]
    if any(CARRIED_ON_PARTICLE in after[i + 1 : i + 1 + CARRIED_ON_REACH] for i in goes):
        return True  # "gaat dat gewoon door"
    return any(
        tuple(after[start : start + len(phrase)]) == phrase
        for phrase in CARRIED_ON
        for start in range(len(after))
    )


def _phrase_turns(
    tokens: list[str],
    first: int,
    start: int,
    phrase: tuple[str, ...],
    reach: int,
    commas: frozenset[int],
) -> bool:
    """Whether ``phrase`` stands at ``first``, ends more than ``reach`` words before ``start``
    and no clause break or comma lies between it and ``start``."""
    end = first + len(phrase)
    if tuple(tokens[first:end]) != phrase or end > start - reach:
        return False
    return not any(tokens[i] in CLAUSE_BREAKS or i in commas for i in range(end, start))


def _listed_after_less(before: list[str], index: int) -> bool:
    """Whether the "en"/"and" at ``index`` joins two things that one "minder"/"fewer" counts
    ("minder spoorvorming en schade", "fewer delays and complaints"): "minder", one word, the
    "en", and nothing after it but the term."""
    return (
        before[index] in LIST_JOINS
        and index == 2
        and index == len(before) - 1
        and before[0] in LESS_WORDS
    )


def _shrinks(tokens: list[str], index: int) -> bool:
    """Whether the word for smaller at ``index`` says something becomes smaller: a verb of
    becoming before it, past words of degree ("de rij wordt veel korter"), or the participle
    after it ("de wachtrij is veel korter geworden")."""
    if index + 1 < len(tokens) and tokens[index + 1] in BECAME_AFTER:
        return True
    before = index - 1
    while before >= 0 and index - before <= 3 and tokens[before] in DEGREE_WORDS:
        before -= 1
    return before >= 0 and tokens[before] in BECOMING_WORDS


@lru_cache(maxsize=8192)
def _flips(token: str) -> bool:
    """Whether ``token`` turns the word after it, also with one letter off ("insted")."""
    return token in FLIP_WORDS or any(one_typo(token, f, len(f) - 1) for f in TYPO_TOLERANT_FLIPS)


def _in_relative(tokens: list[str], index: int, start: int) -> bool:
    """Whether the "geen"/"niet"/"no" at ``index`` stands in a relative clause and has more than
    an article or a verb's glue ("hoeven te") before the term at ``start`` ("ouders die geen
    Nederlands spreken lopen vast"): then it turns what the clause says of its people, not the
    term."""
    if tokens[index] not in RELATIVE_FLIPS:
        return False
    lead = tokens[max(0, index - RELATIVE_REACH) : index]
    return any(t in RELATIVE_WORDS for t in lead) and any(
        t not in DETERMINERS and t not in WITHOUT_GLUE for t in tokens[index + 1 : start]
    )


def _governs(before: list[str], index: int) -> bool:
    """Whether the turning word at ``index`` reaches the term after ``before``: "zonder" only
    with nothing but an article or the words of a verb's infinitive in between ("zonder zich te
    schamen", "without having to wait")."""
    return before[index] not in GOVERNING_FLIPS or all(
        t in DETERMINERS or t in WITHOUT_GLUE for t in before[index + 1 :]
    )


def _less_of(tokens: list[str], end: int | None, index: int) -> bool:
    """Whether "minder"/"fewer", ``index`` words after a term that ends at ``end``, goes with
    the word after it ("sneller gevonden, minder schade": less damage, not found less fast)."""
    after = (end or 0) + index + 1
    if after >= len(tokens):
        return False
    word = tokens[after]
    return _burden(word) or any(len(t) == 1 and _word_matches(t[0], word) for t, _s in _terms())


def _without(tokens: list[str], start: int) -> int:
    """1 when "zonder dat"/"without" goes a few words before the term ("zonder dat zij nog
    inspraak hebben"), beyond the reach of other turning words."""
    before = tokens[max(0, start - WITHOUT_REACH) : start]
    for phrase in WITHOUT_WORDS:
        size = len(phrase)
        if any(tuple(before[i : i + size]) == phrase for i in range(len(before) - size + 1)):
            return 1
    return 0


def _more_of(tokens: list[str], index: int) -> bool:
    """Whether "meer"/"more" goes right before the burden at ``index``, without a word that
    turns it ("niet meer vragen" is no longer asking, not more questions)."""
    before = tokens[max(0, index - FLIP_REACH) : index]
    near = tokens[max(0, index - 2) : index]
    after = tokens[index + 1 : index + 2]
    more = any(t in MORE_WORDS or t in FARTHER_BEFORE for t in near)
    more = more or any(t in FARTHER_AFTER for t in after)  # "have to walk further"
    return more and not any(t in FLIP_WORDS for t in before)


def _added_on(tokens: list[str], index: int) -> bool:
    """Whether the burden at ``index`` comes on top ("het klantcontactcentrum krijgt er een hoop
    telefoontjes bij", "die krijgen er weer een klus bij"): "er" a few words before it and
    "bij" after it, within its clause."""
    before = tokens[max(0, index - ADDED_ON_REACH) : index]
    after = _rest_of_clause(tokens, index + 1)[:ADDED_ON_REACH]
    return "er" in before and any(t in ADDED_ON_WORDS for t in after)


def _received(tokens: list[str], index: int) -> bool:
    """Whether the burden at ``index`` is got ("krijgen misschien ruzie", "get complaints"): a
    verb of getting right before it, with only hedges and articles between."""
    if tokens[index] in RECEIVED_NOT:
        return False
    before = index - 1
    while before >= 0 and tokens[before] in RECEIVED_BETWEEN:
        before -= 1
    return before >= 0 and tokens[before] in RECEIVING_VERBS


def _grows(tokens: list[str], index: int) -> bool:
    """Whether a verb a few words after the burden at ``index`` says it grows ("waardoor de
    achterstand groeit", "the backlog has gone up"), within its clause."""
    return GROWTH_RE.match(" ".join(_rest_of_clause(tokens, index + 1))) is not None


def _people_stop(before: list[str]) -> bool:
    """Whether people are the subject of what stops ("zodat ze ... niet meer openen",
    "handhavers kijken er niet meer naar"), not things ("brieven liggen niet meer weken")."""
    breaks = [i for i, t in enumerate(before) if t in CLAUSE_BREAKS]
    clause = before[breaks[-1] + 1 :] if breaks else before
    return any(
        t in STOPPING_PEOPLE or (t.endswith(PERSON_PLURAL_ENDINGS) and t not in NOT_PEOPLE)
        for t in clause
    )


def _of_people(tokens: list[str], index: int) -> bool:
    """Whether the word after ``tokens[index]`` names people: "minder badmeesters rondlopen" is
    fewer lifeguards, not less walking."""
    if index + 1 >= len(tokens) or tokens[index] not in LESS_WORDS:
        return False
    word = tokens[index + 1]
    return word in PEOPLE_NOUNS or (word.endswith(PERSON_PLURAL_ENDINGS) and word not in NOT_PEOPLE)


def feared(text: str) -> bool:
    """Whether ``text`` says someone fears what it tells ("I'm afraid guards ... and ...")."""
    return _fears(text)


def _fears(text: str) -> bool:
    """Whether the clause says someone fears something, not that they no longer do, or that it
    cannot be ruled out ("niet uitgesloten is dat ...", "it cannot be ruled out that ...")."""
    fear = FEAR_RE.search(text)
    if fear is None:
        return HEDGED_RISK_RE.search(text) is not None  # "niet uitgesloten is dat ...": a risk
    before = words(text[: fear.start()])[-FLIP_REACH:]
    return not any(t in FLIP_WORDS for t in before)


def marker_direction(text: str) -> Direction | None:
    """The direction a marker gives: a leading + or -, "(+)" or "(-)" before the effect, or
    "(+)", "(-)", "(neg)" at the end."""
    stripped = text.strip()
    if stripped.startswith("+"):
        return "positive"
    if stripped.startswith(("-", "−", "–")):
        return "negative"
    lead = LEAD_MARKER_RE.match(stripped)
    if lead is not None:
        return "positive" if lead.group("mark") == "+" else "negative"
    end = END_MARKER_RE.search(stripped)
    if end is None:
        return None
    mark = (end.group("mark") or end.group("bare") or "").lower()
    return "negative" if mark.startswith(NEGATIVE_LABELS) or mark in "-−–" else "positive"


def emoji_signs(text: str, effects_asked: bool = True) -> str:
    """``text`` with sign emoji opening its lines as "+" and "-" ("✅ sneller klaar", "❌ ouderen
    haken af"); after the effects (``effects_asked`` false) only where both signs occur: check
    marks alone over a list of measures are bullets there."""
    plus = PLUS_EMOJI_LINE_RE.search(text) is not None
    minus = MINUS_EMOJI_LINE_RE.search(text) is not None
    if not (plus or minus) or not (effects_asked or (plus and minus)):
        return text
    return MINUS_EMOJI_LINE_RE.sub(r"\g<indent>- ", PLUS_EMOJI_LINE_RE.sub(r"\g<indent>+ ", text))


def signed_lines(text: str) -> str:
    """``text`` with a leading "-" read as a minus, not a bullet, where another line starts
    with "+" ("+ drivers: ..." over "- cyclists: ..."); a +/- list typed on one line is split
    first."""
    lines = [item for line in text.splitlines() for item in _inline_signed(line)]
    if not any(line.lstrip().startswith("+") for line in lines):
        return text if lines == text.splitlines() else "\n".join(lines)
    return "\n".join(SIGNED_MINUS_RE.sub("\u2212 ", line) for line in lines)


def _inline_signed(line: str) -> list[str]:
    """One line, or the items of a +/- list typed on it: it opens with "+" and has at least
    one more sign item (a bullet "- ..." with a "+" inside stays one line: "- only at school
    hours + on the school network" is a measure in a list); after a label, each item keeps
    the label ("melders: + sneller / - foto wordt verkeerd ingedeeld")."""
    labelled = LABELLED_SIGNS_RE.match(line.strip())
    if labelled is not None and len(words(labelled.group("label"))) <= SIGN_LABEL_WORDS:
        return _labelled_items(labelled.group("label"), labelled.group("rest"))
    items = INLINE_SIGN_RE.split(line.strip())
    if len(items) < 2 or not items[0].startswith("+"):
        return [line]
    return items


def _labelled_items(label: str, rest: str) -> list[str]:
    """The signed items after ``label``, each under its label; a sentence that ends in a new
    label ("... met elkaar. groepsleiders:") hands that label to the items after it."""
    items = INLINE_SIGN_RE.split(rest.strip())
    if len(items) < 2:
        return [f"{label}: {rest.strip()}"]
    found: list[str] = []
    for item in items:
        text, new = item, NEXT_LABEL_RE.search(item)
        if new is not None:
            text = item[: new.start() + 1]
        found.append(f"{label}: {text.strip().rstrip(' ,;/')}")
        label = new.group("label") if new is not None else label
    return found


def without_marker(text: str) -> str:
    """``text`` without an end marker ("(+)", "(-)")."""
    return END_MARKER_RE.sub("", text).strip()


def clause_direction(text: str, consequence: str = "") -> Direction | None:
    """positive/negative from markers and direction words; None when undecided. A turned word
    weighs double ("lost keys are no longer a risk"); a tie goes to the first direction word
    ("families find it sad" is about sadness). ``consequence``: the end of ``text`` that tells
    what follows ("..., met als gevolg dat er minder badmeesters rondlopen"); it weighs double."""
    marked = marker_direction(text)
    if marked is not None:
        return marked
    text = EMPHATIC_NOT_TAIL_RE.sub(r"\g<said>", without_rhetorical_not(text))
    turned = tail_direction(text) or _judged_as(text)
    if turned is not None:
        return turned
    changed = figure_change_direction(text)  # "sick leave went from 9% to 6%"
    if changed is not None:
        return changed
    if not consequence:
        consequence = after_condition(text)
    if _fears(text):
        return "negative"  # "vrezen dat de wachtlijst minder urgent lijkt": whatever they fear
    score, first = _score(text[: len(text) - len(consequence)] if consequence else text)
    if consequence:
        then, then_first = _score(consequence)
        score, first = score + 2 * then, first or then_first
    if score > 0 or (score == 0 and first > 0):
        return "positive"
    if score < 0 or first < 0:
        return "negative"
    return None


def direction_strength(text: str, consequence: str = "") -> float:
    """How firmly the rules of :func:`clause_direction` decide ``text``: :data:`SURE` for a
    marker, a judging or turning tail or a fear; else the size of the direction words' sum (a
    turned word two), :data:`MIXED` where they cancel out, :data:`LESS_DEFAULT` where only
    "minder"/"less" before a word of no direction decides, 0 where nothing does."""
    if marker_direction(text) is not None:
        return SURE
    text = without_rhetorical_not(text)
    if _judging_tail(text) or _tail_turned(text) or _judged_as(text) or _fears(text):
        return SURE
    if figure_change_direction(text) is not None:
        return SURE
    consequence = consequence or after_condition(text)
    score, first = _word_score(text[: len(text) - len(consequence)] if consequence else text)
    then, then_first = _word_score(consequence) if consequence else (0, 0)
    if score + 2 * then:
        return float(abs(score + 2 * then))
    if first or then_first:
        return MIXED
    return LESS_DEFAULT if any(t in LESS_WORDS for t in words(text)) else 0.0


def tail_direction(text: str) -> Direction | None:
    """The direction a tail gives to what is told before it, whatever that tells: a judgement
    ("..., which is right", "..., dat is jammer"), the goal ("..., which is exactly why we want
    this") or a comparison with before ("..., dat lukte vroeger minder"); None without one."""
    return _judging_tail(text) or _tail_turned(text)


def _judging_tail(text: str) -> Direction | None:
    """The direction a judging tail gives to what is told before it ("..., which is right",
    "..., dat is niet oké": turned by a "niet"/"not" before the judgement); None without one."""
    tail = JUDGING_TAIL_RE.search(text)
    if tail is None or tail.start() == 0:
        return None
    word = tail.group("word").lower()
    sign = 1 if word in JUDGING_GOOD else -1 if word in JUDGING_BAD else 0
    if set(words(tail.group("gap"))) & JUDGING_NOT:
        sign = -sign
    return "positive" if sign > 0 else "negative" if sign < 0 else None


def _judged_as(text: str) -> Direction | None:
    """The direction a predicate gives to what it judges ("X is voor hen ook een nadeel");
    None without one, or with a negation before it ("is niet echt een nadeel")."""
    judged = JUDGED_AS_RE.search(text)
    if judged is None or set(words(judged.group("gap"))) & JUDGED_NOT:
        return None
    return "positive" if judged.group("word").lower() in JUDGED_GOOD else "negative"


def _tail_turned(text: str) -> Direction | None:
    """The direction a tail gives to what is told before it: a gain when it says that went
    worse before ("..., dat lukte vroeger veel minder"), the turned direction of the clause
    when it says that shrinks ("..., dat wordt korter"); None without such a tail."""
    if WORSE_BEFORE_RE.search(text) is not None or GOAL_TAIL_RE.search(text) is not None:
        return "positive"  # "..., dat lukte vroeger minder", "..., daar doen we het voor"
    tail = SHRINKING_TAIL_RE.search(text)
    if tail is None:
        return None
    score, first = _score(text[: tail.start()])
    burden = any(_burden(t) for t in words(text[: tail.start()]))
    if score < 0 or (score == 0 and (first < 0 or (first == 0 and burden))):
        return "positive"
    return "negative" if score > 0 or first > 0 else None


def worry_direction(text: str, direction: Direction | None) -> Direction | None:
    """The direction of an effect told as a worry: "wat als ..."/"what if ..." and "ik vraag me
    af of ..." are negative; so is a question about what happens ("krijgen ouderen dan nog wel
    bezoek?", "worden ze vaker afgewezen?"), unless it hopes for a good thing without doubt
    ("worden ze dan sneller geholpen?"). Other text keeps ``direction``."""
    if WORRY_LEAD_RE.match(text) is not None:
        return "negative"
    if "?" not in text or ADDRESSED_RE.search(text) is not None:
        return direction
    if direction == "positive" and not any(t in DOUBT_WORDS for t in words(text)):
        return direction
    return "negative"


# The other side denied after "more"/"less" for emphasis ("meer werk, niet minder", "more work
# not less", "less time instead of more"): it says no more than the words before it.
EMPHATIC_NOT_TAIL_RE = re.compile(
    r"(?P<said>\b(?:meer|minder|more|less|fewer)\b.{1,40}?)[,\s]+(?:(?:en|and|but|maar)\s+)?"
    r"(?:niet|not|in\s+plaats\s+van|instead\s+of)\s+(?:minder|meer|less|more|fewer)\b",
    re.IGNORECASE,
)


def without_rhetorical_not(text: str) -> str:
    """``text`` without the "niet"/"not" of a question that means the thing happens ("voelen
    ouderen zich niet bekeken?", "won't they feel watched?")."""
    match = RHETORICAL_NOT_RE.match(text)
    if match is None:
        return text
    if match.group("aux"):
        aux = match.group("aux")
        return RHETORICAL_AUX[aux.lower()] + text[match.end() :]
    return match.group("lead") + text[match.end() :].lstrip()


def after_condition(text: str) -> str:
    """What follows a condition that opens ``text`` ("if more drugs are found, the pressure
    goes up" -> "the pressure goes up"), or "" without one."""
    match = CONDITION_LEAD_RE.match(text)
    return text[match.end() :] if match is not None and match.end() < len(text) else ""


def _only_seeming(
    tokens: list[str], found: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """Without a good word that is only how something seems when a bad word follows ("the drafts
    sound confident even when facts are wrong", "de brieven ogen netjes maar ..."): the
    appearance hides the harm, it is no gain."""
    if not any(sign < 0 for _, _, sign in found):
        return found
    return [
        (start, end, sign)
        for start, end, sign in found
        if sign < 0 or not any(t in APPEARANCE_WORDS for t in tokens[max(0, start - 2) : start])
    ]


def _found(tokens: list[str], start: int, end: int) -> bool:
    """Whether the bad thing at ``start:end`` is found or caught ("finds more fraud", "spoort
    eerder fouten op", "fraude wordt sneller opgespoord"): finding it is good. Right after the
    verb only a burden is a thing found ("some find it humiliating" is an opinion)."""
    index = start - 1
    while index >= 0 and start - index <= FINDING_REACH and tokens[index] in FINDING_GLUE:
        index -= 1
    thing = index < start - 1 or _burden(tokens[start])
    if index >= 0 and start - index <= FINDING_REACH and tokens[index] in FINDING_WORDS and thing:
        return True
    return any(t in FOUND_PARTICIPLES for t in _rest_of_clause(tokens, end))


def _said_small(tokens: list[str], end: int) -> bool:
    """Whether the bad thing ending at ``end`` is said to be small ("de schulden zijn dan nog
    klein", "the risk stays low"): a copula, then a word for small, in the same clause."""
    later = _rest_of_clause(tokens, end)
    copula = next((i for i, t in enumerate(later) if t in COPULAS), None)
    return copula is not None and any(t in SMALL_WORDS for t in later[copula + 1 :])


def _rest_of_clause(tokens: list[str], end: int) -> list[str]:
    """The words after ``end``, at most ``DECREASE_REACH``, up to the clause's end."""
    after = tokens[end : end + DECREASE_REACH]
    cut = next((i for i, t in enumerate(after) if t in CLAUSE_BREAKS), len(after))
    return after[:cut]


def _without_praised_people(text: str) -> str:
    """``text`` up to who the people praised for are ("which is great for people | who had to
    pre-finance"): what they had to do is not what happens to them now."""
    praised = PRAISED_PEOPLE_RE.search(text)
    return text[: praised.start("who")] if praised is not None else text


def _after_commas(text: str) -> frozenset[int]:
    """The indices (in ``words(text)``) of the words that follow a comma."""
    return frozenset(len(words(text[: m.start()])) for m in re.finditer(r",\s*(?=\w)", text))


def _score(text: str) -> tuple[int, int]:
    """The sum of the direction words' signs, and the sign of the first; less of something
    that is no burden is a loss ("minder gevraagd") where no word decides."""
    score, first = _word_score(text)
    if not first and any(t in LESS_WORDS for t in words(text)):
        return -1, -1
    return score, first


@lru_cache(maxsize=1)
def _one_word_terms() -> tuple[str, ...]:
    return tuple(term[0] for term, _sign in _terms() if len(term) == 1)


def _separable_joined(tokens: list[str]) -> list[str]:
    """``tokens`` with a Dutch verb and its particle at the end read as one word where that
    word is a direction term ("slapen vaker door": "doorslapen"); the particle left empty."""
    if len(tokens) < SEPARABLE_MIN or tokens[-1] not in SEPARABLE_PARTICLES:
        return tokens
    single = _one_word_terms()
    for index, token in enumerate(tokens[:-1]):
        joined = tokens[-1] + token
        if len(token) >= MIN_PREFIX and any(_word_matches(t, joined) for t in single):
            return [*tokens[:index], joined, *tokens[index + 1 : -1], ""]
    return tokens


def _chance_of(
    tokens: list[str], start: int, end: int, matches: list[tuple[int, int, int]]
) -> bool:
    """Whether the term is "kans" before "op" and a term of its own ("minder kans op
    wateroverlast"): the chance of what follows, whose direction counts, not an opportunity
    ("meer kans op werk" stays one)."""
    if tokens[start:end] not in (["kans"], ["kansen"]) or tokens[end : end + 1] != ["op"]:
        return False
    return any(end < other <= end + CHANCE_REACH for other, _end, _sign in matches)


CHANCE_REACH = 4  # "kans op een flinke overstroming"


def _other_terms_blank(
    tokens: list[str], matches: list[tuple[int, int, int]], start: int
) -> list[str]:
    """``tokens`` with the words of the terms before the one at ``start`` left empty: a
    "geen"/"niet" that is part of a term ("geen smartphone") turns that term only, not the next
    ("mensen zonder pas of geen smartphone missen alles": they miss out)."""
    used = {i for s, e, _sign in matches if s < start for i in range(s, e)}
    return ["" if i in used else t for i, t in enumerate(tokens)]


def _harm_sped_up(
    tokens: list[str], matches: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """``matches`` with a speed word ("sneller", "faster") counted against where it speeds up a
    harm next to it, a bad participle after a verb of becoming in its clause ("worden veel
    sneller afgewezen", "get rejected faster"), not a good thing found sooner."""
    harms = {s for s, e, sign in matches if sign < 0 and e - s == 1 and _participle(tokens[s])}
    out = []
    for start, end, sign in matches:
        speed = sign > 0 and " ".join(tokens[start:end]) in SPEED_WORDS
        near = {start - 1, end}
        if speed and near & harms and _after_becoming(tokens, min(near & harms | {start})):
            sign = -1
        out.append((start, end, sign))
    return out


def _done_to_someone(
    tokens: list[str], matches: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """``matches`` without a turning-away word that is not said to happen to someone ("dat
    hebben wij afgewezen", "afgewezen door de VRGZ"): it is a harm only after a verb of
    becoming ("aanvragen worden afgewezen", "tenants are evicted")."""
    return [
        m
        for m in matches
        if " ".join(tokens[m[0] : m[1]]) not in DONE_TO_WORDS or _after_becoming(tokens, m[0])
    ]


def _participle(token: str) -> bool:
    """Whether ``token`` looks like a past participle ("afgewezen", "gesloopt", "rejected")."""
    dutch = PARTICIPLE_PREFIX in token[:4] and token.endswith(("en", "d", "t"))
    return dutch or token.endswith("ed")


def _after_becoming(tokens: list[str], index: int) -> bool:
    """Whether a verb of becoming stands before ``index`` in its clause ("worden", "get")."""
    for token in reversed(tokens[:index]):
        if token in CLAUSE_BREAKS:
            return False
        if token in BECOMING_WORDS:
            return True
    return False


def _word_score(text: str) -> tuple[int, int]:
    """The sum of the direction words' signs, and the sign of the first."""
    text = WHAT_IT_CANNOT_RE.sub(" ", _without_praised_people(text))  # a task's scope
    text = SMALLER_CHANCE_RE.sub(lambda m: "minder" if m.group(1) else "less", text)
    text = SPLIT_DECREASE_RE.sub(r"\1 afneemt", text)  # "de diefstal neemt af"
    tokens = _separable_joined(words(text))
    commas = _after_commas(text)
    score = 0
    first = 0
    since = 0  # where the words before the next term begin
    matches = _only_seeming(tokens, _matches(tokens, commas))
    matches = [m for m in matches if not _chance_of(tokens, m[0], m[1], matches)]
    matches = _harm_sped_up(tokens, _done_to_someone(tokens, matches))
    for start, end, sign in matches:
        if " ".join(tokens[start:end]) in EXCESS_WORDS:
            sign *= 2  # "trust the answers too much": too much of a good thing
        free = _other_terms_blank(tokens, matches, start)
        turned = _turned(free, start, end, commas=commas) != _no_longer(
            tokens, since, start, commas
        )
        since = end
        small = _said_small(tokens, end) and not turned  # "wordt kleiner" turned it already
        if sign < 0 and (_found(tokens, start, end) or small):
            turned = not turned
        if turned:
            sign = -2 * sign
        score += sign
        first = first or sign
    bad = (UNAWARE_RE, LEFT_OUT_RE, MORE_DUTY_RE, UNABLE_RE, COST_RE, ABROAD_RE, CAPTURE_RE)
    if any(p.search(text) for p in bad):
        score -= 2
    if DISTRUST_RE.search(text):
        score, first = score - 2, first or -1  # "inwoners vertrouwen de uitslag niet"
    if RELIEF_RE.search(text) or SAVING_RE.search(text):
        score, first = score + 2, first or 1  # "hoeven 's nachts niet meer alleen ..."
    stopped = STOPPED_RE.search(text)
    if not first and stopped is not None and _people_stop(words(text[: stopped.start()])):
        first = score = -1  # "ze openen die meldingen niet meer": they stopped doing it
    return score, first
