"""The method's own questions asked by the user ("wie zijn de actoren?", "welke waarden spelen
hier?", "wat kunnen we doen?"), requests for proposals or examples, and "I can't think of any"."""

from __future__ import annotations

import re

from assistant.domain.session import Direction, OptionKind, Step
from assistant.language.cues.conversation import (
    ASK_YOURS_RE,
    ASKED_ABOUT_WORDS,
    ASKED_KIND_WORDS,
    ASKING_RE,
    CANNOT_THINK_RE,
    GIVE_ASKED_RE,
    GIVE_RE,
    GIVE_SOME_RE,
    GO_WRONG_RE,
    HAVING_WORDS,
    HEDGED_ANSWER_RE,
    ITSELF,
    METHOD_QUESTION_RES,
    MISSING_RE,
    MORE_ASKED_RE,
    NEGATIVE_RE,
    ONE_PER_KIND_RE,
    ONWARD_WORDS,
    OPTION_ASK_CUE_RE,
    OPTION_ASK_RE,
    OPTION_NOUN_RE,
    PER_KIND_RE,
    PLEASE_RE,
    POSITIVE_RE,
    PROPOSE_RE,
    REQUEST_WORDS,
    SPEAKER_NOT_KNOWING_WORDS,
    SPEAKER_WORDS,
    STEP_WORDS,
)
from assistant.language.cues.grammar import (
    FREE_RELATIVE_RE,
    LABELLED_STATEMENT_RE,
    QUOTED_SPEECH_RE,
    STANCE_LEAD_RE,
)
from assistant.language.cues.references import TAKE_YOURS_RE
from assistant.language.textparts import words
from assistant.method.reading.reading import Question

MAX_QUESTION_WORDS = 18
MAX_REQUEST_WORDS = 8
KIND_REQUEST_WORDS = 10  # "what would you suggest for the design side?"


def is_question(text: str) -> bool:
    """A question mark outside words quoted from others (not 'de brief vraagt "klopt dat?" in
    plaats van ...'), or a question word in front that does not open a statement ("wat ik
    merk is dat ...", "what worries me is that ...", "wat goed ging: ...")."""
    stripped = text.strip()
    if "?" in QUOTED_SPEECH_RE.sub("", text):
        return True
    opens_statement = STANCE_LEAD_RE.match(stripped) or FREE_RELATIVE_RE.match(stripped)
    opens_statement = opens_statement or LABELLED_STATEMENT_RE.match(stripped)
    return bool(ASKING_RE.match(stripped) and not opens_statement)


def method_question(text: str, current: Step) -> Question | None:
    """The step a question asks about, and whether it asks for proposals."""
    if GO_WRONG_RE.match(text.strip()):  # "hmm what else could go wrong"
        return Question(Step.EFFECTS, True, direction="negative", named=True)
    if not is_question(text) or len(text.split()) > MAX_QUESTION_WORDS:
        return None
    propose = bool(PROPOSE_RE.search(text) or MISSING_RE.search(text))  # "mis ik er nog?"
    per_kind = bool(PER_KIND_RE.search(text))
    propose = propose or (per_kind and GIVE_ASKED_RE.search(text) is not None)  # "per soort twee"
    one_each = ONE_PER_KIND_RE.search(text) is not None
    for step, pattern in _options_first(text):
        if pattern.search(text):
            direction = _direction(text)
            step = _options_valued(text, step, current)
            return Question(step, propose, per_kind, direction, named=True, one_each=one_each)
    short = len(text.split()) <= KIND_REQUEST_WORDS  # not "moet het voorstel pas ... zelf ...?"
    if propose and short and _named_step(text) is None and (kind := _kind_named(text)):
        return Question(Step.OPTIONS, True, kind=kind)  # "what would you suggest for design?"
    if propose:
        return Question(_named_step(text) or current, True, per_kind, one_each=one_each)
    return None


def _options_valued(text: str, step: Step, current: Step) -> Step:
    """Among the options, a question about the values of the options ("kun je per optie zeggen
    welke waarde het beschermt?", "which value does each option protect?") is about the
    options: it does not go back to the values."""
    named = OPTION_NOUN_RE.search(text.lower()) is not None
    return Step.OPTIONS if step == Step.VALUES and current == Step.OPTIONS and named else step


def _options_first(text: str) -> list[tuple[Step, re.Pattern[str]]]:
    """The method's questions in order, asking for options first when options are named ("kun
    je voor elke waarde een optie bedenken?" asks for options, not values)."""
    ordered = list(METHOD_QUESTION_RES.items())
    if OPTION_NOUN_RE.search(text.lower()):
        ordered.sort(key=lambda item: item[0] != Step.OPTIONS)
    return ordered


def proposal_request(text: str, current: Step) -> Question | None:
    """A request for proposals that is no question: "graag je voorstellen", "your proposals
    please", "verder graag jouw voorstellen" (then for the step after this one)."""
    tokens = words(text)
    if tokens and len(tokens) <= MAX_REQUEST_WORDS and ASK_YOURS_RE.match(text.strip()):
        return Question(current, True, False, named=True)  # "en wat jij nog belangrijk vindt"
    named = _named_step(text)
    asked = GIVE_RE.match(text.strip().lower()) or PER_KIND_RE.search(text)
    asked = asked or PLEASE_RE.search(text)
    ordered = bool(asked) and named in (
        Step.VALUES,
        Step.OPTIONS,
    )  # "geef me een paar opties", "options pls, one per kind", "graag een paar opties"
    ordered = ordered or GIVE_SOME_RE.match(text.strip()) is not None  # "give me some"
    if not tokens or len(tokens) > MAX_REQUEST_WORDS or not (PROPOSE_RE.search(text) or ordered):
        return None
    rest = [t for t in tokens if not PROPOSE_RE.fullmatch(t) and t not in REQUEST_WORDS]
    rest = [t for t in rest if t not in ONWARD_WORDS and (named is None or _named_step(t) is None)]
    if rest:
        return None
    going = [t for t in tokens if t in ONWARD_WORDS and not (t == "go" and "ahead" in tokens)]
    onward = named is None and bool(going)  # "go ahead and suggest" asks here, not onward
    per_kind = bool(PER_KIND_RE.search(text))
    one_each = ONE_PER_KIND_RE.search(text) is not None
    return Question(
        named or current, True, per_kind, onward=onward, named=named is not None, one_each=one_each
    )


def option_request(text: str, current: Step) -> Question | None:
    """Among the options or after them, a request for (more) options, maybe of one kind ("als
    je nog een optie voor de omgeving hebt hoor ik het graag", "any more design ideas?"): not a
    measure given ("een optie: ..."), and short."""
    if current not in (Step.OPTIONS, Step.SUMMARY) or ":" in text:
        return None
    if len(text.split()) > MAX_QUESTION_WORDS:
        return None
    if "?" in text and MORE_ASKED_RE.search(text):  # "anything you'd add on the design side?"
        return Question(Step.OPTIONS, True, kind=asked_kind(text) or _kind_named(text))
    if not OPTION_ASK_CUE_RE.search(text) or OPTION_ASK_RE.search(text) is None:
        return None
    return Question(Step.OPTIONS, True, kind=asked_kind(text))


def _kind_named(text: str) -> OptionKind | None:
    """The kind a request names anywhere ("on the design side", "voor de menselijke kant")."""
    kinds = kinds_named(text)
    return kinds[0] if len(kinds) == 1 else None


def kinds_named(text: str) -> list[OptionKind]:
    """The kinds a request names anywhere ("een voorstel voor de techniek en voor de inwoners
    zelf" names design and human)."""
    found = words(text)
    found = [w for i, w in enumerate(found) if not (i and w in ITSELF and _thing(found[i - 1]))]
    return [k for k, names in ASKED_KIND_WORDS.items() if any(w in names for w in found)]


def _thing(word: str) -> bool:
    """A word for a kind that is no people ("techniek", "beleid")."""
    return any(word in ASKED_KIND_WORDS[k] for k in ("design", "environment"))


def asked_kind(text: str) -> OptionKind | None:
    """The kind of option a request names near its option word ("een optie voor de omgeving",
    "a design idea", "een omgevingsoptie"), else None."""
    asked = OPTION_ASK_RE.search(text)
    if asked is None:
        return None
    near = words(f"{asked.group('before') or ''} {asked.group('after')}")
    near += words(text[: asked.start()])[-2:]  # "a design option", "een technische optie"
    kinds = [k for k, names in ASKED_KIND_WORDS.items() if any(w in names for w in near)]
    if len(kinds_named(text)) > 1:
        return None  # "voor de techniek en voor de inwoners zelf": more kinds, each its own
    return kinds[0] if kinds else None


def cannot_think(text: str) -> bool:
    """Whether ``text`` says the speaker cannot think of anything ("geen idee", "I don't know
    any"): not where someone else is said not to know ("owners have no idea why they were
    picked", "de cliënt weet niet dat ...": an effect) or an answer follows it hedged ("geen
    idee eigenlijk, misschien minder ...")."""
    found = CANNOT_THINK_RE.search(text)
    if found is None or len(text.split()) > 14:
        return False
    return not (others_not_knowing(text, found) or HEDGED_ANSWER_RE.search(text[found.end() :]))


def others_not_knowing(text: str, found: re.Match[str]) -> bool:
    """Whether the not knowing ``found`` in ``text`` is told of someone else: a word right
    before it (no stop or label between) that is neither the speaker ("ik", "we") nor a
    filler ("echt", "honestly"), past a verb of having ("they have no idea"); not the people
    the speaker is asked about ("voor de boeren geen idee")."""
    if set(words(found.group(0))) & SPEAKER_WORDS:
        return False  # "weet ik niet", "I don't know"
    before = text[: found.start()].rstrip()
    if not before or not before[-1].isalnum():
        return False  # "geen idee", "actoren? geen idee", "eerlijk gezegd: no idea"
    stretch = words(re.split(r"[.,;:!?()\n]", before)[-1])
    if stretch and stretch[0] in ASKED_ABOUT_WORDS:
        return False  # "voor de boeren geen idee", "as for parents, no idea"
    if set(stretch[-3:]) & SPEAKER_WORDS:
        return False  # "ik heb echt geen idee", "we've got nothing yet"
    near = stretch[:-1] if stretch and stretch[-1] in HAVING_WORDS else stretch
    return bool(near) and near[-1] not in SPEAKER_NOT_KNOWING_WORDS


def _direction(text: str) -> Direction | None:
    if NEGATIVE_RE.search(text):
        return "negative"
    if POSITIVE_RE.search(text):
        return "positive"
    return None


def _named_step(text: str) -> Step | None:
    lowered = f" {text.lower()} "
    for step, names in STEP_WORDS.items():
        if step != Step.CASE and any(f" {n}" in lowered for n in names):
            return step
    return None


def proposals_taken(text: str) -> tuple[Question | None, str]:
    """Proposals of a step taken before they are shown ("opties neem ik van jou over, plus:
    ...", "for the options I'll take yours"): the request, and the text without it."""
    for found in TAKE_YOURS_RE.finditer(text):
        step = _named_step(found.group("step"))
        if step in (Step.VALUES, Step.OPTIONS):
            after = text[found.end() :].strip()  # what follows is for that step
            label = f"{found.group('step')}: {after}" if after else ""
            rest = f"{text[: found.start()].strip()}\n{label}".strip()
            return Question(step, True, False, named=True, adopt=True), rest
    return None, text
