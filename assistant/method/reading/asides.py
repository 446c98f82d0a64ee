"""Turns that step aside from the current question: a language switch, a question about the
method itself (help), and questions that have nothing to do with the case (off-topic)."""

from __future__ import annotations

import re

from assistant.domain.session import Session, Step
from assistant.language.cues.conversation import (
    ABOUT_YOU_RE,
    APPROACH_RE,
    CATEGORY_QUESTION_RES,
    GENERAL_TERMS,
    GUIDANCE_TERMS,
    HELP,
    MEANING_WORDS,
    METHOD_TERMS,
    PRIVACY_QUESTION_RES,
    WHAT_IS_RE,
)
from assistant.language.cues.direction import NEGATIVE_WORDS, POSITIVE_WORDS
from assistant.language.cues.people import GROUP_WORDS
from assistant.language.stems import content_words, stems, stems_match
from assistant.language.textparts import words
from assistant.method.reading.segments import is_clause

MAX_QUESTION_LEAD = 12  # "moet ik meiden en jongeren met ... apart zetten als actor?"
BRACKETED_RE = re.compile(r"\([^)]*\)")
DOMAIN_WORD = 4  # shorter words say nothing about a case
PIECE_BREAK_RE = re.compile(r"[.!?;\n]|\s[-–•*]\s|\[[ xX]?\]")  # sentences, items of a list
SWITCH_ALONE_WORDS = 8  # a longer message must ask for the switch in its own sentence
ABOUT_WORDS = 14  # a longer question about the approach asks about something in it
_EN = r"(?:english|engels)"
_NL = r"(?:dutch|nederlands|nl)"
_SWITCH = (
    r"\b(?:in|into|to|speak|talk|use|continue in|switch(?: over)? to|change to|verder in|"
    r"over op|overschakelen naar|naar|spreek|praat|schrijf|write|answer in|antwoord in)"
    r"\s+(?:het\s+)?{lang}\b",
    r"^(?:het\s+)?{lang}\s*(?:graag|alsjeblieft|alstublieft|please|pls)?$",
    r"\b{lang}\s+(?:graag|alsjeblieft|alstublieft|please)\b",
)
LANGUAGE_RES = {
    "en": tuple(re.compile(p.format(lang=_EN)) for p in _SWITCH),
    "nl": tuple(re.compile(p.format(lang=_NL)) for p in _SWITCH),
}
# A switch inside a longer message must be asked for, not merely mentioned.
REQUEST_RE = re.compile(
    r"\b(?:kunnen|kan|zullen|mogen|can|could|shall|may|let's|laten)\s+(?:we|wij|you|je|u|us)\b|"
    r"\b(?:graag|alsjeblieft|alstublieft|please|liever|rather|switch|overschakelen|verder|continue)\b"
)
# A message that opens with what it asks for ("vertel een mop", "tell me a story", "schrijf
# een gedicht", "een recept voor ...").
ASKED_FOR_RE = re.compile(
    r"^(?:(?:hey|hoi|hi|oh|o|en|and|trouwens|btw|nou|well)[,!]?\s+)*(?:vertel|tell|schrijf|write|"
    r"geef|give|maak|make|zing|sing|noem|name|zoek|find|show|laat|ken je|do you know|weet je|"
    r"ik wil|i want|i.d like|mag ik|can i have|"
    r"een|a|an|some|iets|something)\b",
    re.IGNORECASE,
)
ASKED_WORDS = 25  # words of a question asked off the subject, not a run-on about the case
OFFTOPIC_WORDS = 6  # content words of a short request ("vertel een mop")
PREFIX = 6  # "parkeervergunning" is about the "parkeerplaatsen" of the case
NEGATED_RE = re.compile(r"(?:\bnot|n't|\bniet|\bgeen|\bno)\s+(?:\w+\s+){0,2}$")

METHOD_WORDS = frozenset(
    w
    for terms in (
        *METHOD_TERMS.values(),
        GENERAL_TERMS,
        GUIDANCE_TERMS,
        POSITIVE_WORDS,
        NEGATIVE_WORDS,
        *GROUP_WORDS.values(),
    )
    for term in terms
    for w in content_words(term)
)
PIECE_END_RE = re.compile(r"(?<=[.!?\n])\s+")
OFFTOPIC_RES = tuple(
    re.compile(p)
    for p in (
        r"\bweer\b.{0,25}\b(?:morgen|vandaag|wordt|weekend|vanavond)\b|\bweerbericht|"
        r"\bweersverwachting|\bweather\b|\bforecast\b",
        r"\b(?:recept|recipe|koken|cook|bake|bakken)\b",
        r"\b(?:mop|moppen|grap|grapje|joke|jokes)\b",
        r"\b(?:voetbal|football|soccer|wedstrijd|sport|sports|eredivisie|ajax|feyenoord)\b",
        r"\b(?:gedicht|poem|songtekst|lyrics|liedje|song|verhaal|story)\b",
        r"\bhoofdstad\b|\bcapital of\b|\bwho won\b|\bwie won\b|\bhoe laat\b|\bwhat time\b",
        r"\b(?:aandelen|stock price|bitcoin|horoscoop|horoscope|vakantie|holiday|film|movie)\b",
        r"\bpython code\b|\bprogramm(?:eer|ing)\b",
    )
)


def language_switch(cleaned: str) -> str | None:
    """``en`` or ``nl`` when the user asks to go on in that language (the first asked wins)."""
    found: list[tuple[int, str]] = []
    long = len(cleaned.split()) > SWITCH_ALONE_WORDS
    for language, patterns in LANGUAGE_RES.items():
        for pattern in patterns:
            for match in pattern.finditer(cleaned):
                if NEGATED_RE.search(cleaned[: match.start()]):
                    continue
                if long and not REQUEST_RE.search(_piece_at(cleaned, match.start())):
                    continue  # "NL-Alert ook in het Engels uitsturen ... alle vier graag"
                found.append((match.start(), language))
    return min(found)[1] if found else None


def _piece_at(text: str, position: int) -> str:
    """The sentence or line of ``text`` that holds ``position``."""
    starts = [m.end() for m in PIECE_BREAK_RE.finditer(text) if m.end() <= position]
    ends = [m.start() for m in PIECE_BREAK_RE.finditer(text) if m.start() >= position]
    return text[max(starts, default=0) : min(ends, default=len(text))]


def help_topic(cleaned: str) -> tuple[bool, Step | None]:
    """Whether this is a question about the method, and which step it is about (if named)."""
    plain = cleaned.strip(" ?")
    what = WHAT_IS_RE.match(plain)
    asks = len(plain.split()) <= 10 and any(_starts_with_word(plain, h) for h in HELP)
    term = what.group("term") if what else plain
    topic = step_of_term(term)
    if what and topic is None and not any(t in term for t in GENERAL_TERMS):
        return False, None
    return bool(asks or what), topic


def about_approach(sentence: str) -> bool:
    """A question about the approach as a whole, not about one of its steps ("wat is
    begeleidingsethiek?", "hoe werkt deze aanpak eigenlijk?", "what do you do?")."""
    plain = " ".join(words(sentence.lower()))
    if step_of_term(plain) is not None or len(plain.split()) > ABOUT_WORDS:
        return False
    asks = "?" in sentence or any(_starts_with_word(plain, h) for h in HELP)
    asks = asks or bool(WHAT_IS_RE.match(plain))
    return asks and bool(APPROACH_RE.search(plain) or ABOUT_YOU_RE.match(plain))


def privacy_question(sentence: str) -> bool:
    """A question about what happens to the conversation itself ("slaat dit gesprek iets op?",
    "who can read what I type?"): answered with how sessions are kept, never read as the case."""
    plain = " ".join(sentence.lower().split())
    return any(pattern.search(plain) for pattern in PRIVACY_QUESTION_RES)


def _starts_with_word(plain: str, phrase: str) -> bool:
    """``plain`` opens with ``phrase`` as whole words: "uitleg graag" asks for help,
    "uitlegbaarheid en ..." or "explainability, ..." names a value."""
    return plain.startswith(phrase) and not plain[len(phrase) : len(phrase) + 1].isalnum()


def meaning_question(sentence: str) -> Step | None:
    """The step whose term a question asks the meaning of ("wat is eigenlijk het verschil tussen
    een actor en een gebruiker?"): help, not one of the method's own questions."""
    if "?" not in sentence:
        return None
    plain = f" {' '.join(words(sentence.lower()))} "
    topic = step_of_term(plain)
    return topic if topic and any(f" {w} " in plain for w in MEANING_WORDS) else None


def category_question(sentence: str, current: Step) -> Step | None:
    """The step a question back about where something belongs in the method is about ("is de
    examencommissie eigenlijk een actor of niet?": the actors, "is 3 design or human?": the
    step it is asked at): help, never an item; None when it is no such question."""
    plain = BRACKETED_RE.sub(" ", sentence)  # "openness (is that a value?), privacy": a list
    found = next((m for m in (p.search(plain) for p in CATEGORY_QUESTION_RES) if m), None)
    if "?" not in plain or found is None or len(words(plain[: found.start()])) > MAX_QUESTION_LEAD:
        return None
    return step_of_term(f" {' '.join(words(sentence.lower()))} ") or current


def guidance_question(sentence: str) -> bool:
    """A question about the method or the guidance texts themselves ("wat zegt de handreiking
    over chatbots?", "how long does a session take?"): never a case fact or an item."""
    plain = f" {' '.join(words(sentence.lower()))} "
    terms = (*GENERAL_TERMS, *GUIDANCE_TERMS)
    return "?" in sentence and any(f" {t} " in plain for t in terms)


def step_of_term(text: str) -> Step | None:
    named = set(words(text.lower()))  # "what do you mean by values? examples?": "values"
    for step, terms in METHOD_TERMS.items():
        if named & set(terms):
            return step
    return None


def is_offtopic(text: str, cleaned: str, domain_words: set[str]) -> bool:
    """A question clearly outside the case and the method: a known off-topic subject, or (once
    there is a case) a question that shares no content word with the case or the method."""
    mine = content_words(cleaned)
    if _overlaps(mine, domain_words):
        return False
    question = "?" in text
    if any(p.search(cleaned) for p in OFFTOPIC_RES):
        short = len(mine) <= OFFTOPIC_WORDS and (question or _requested(cleaned))
        return _asked_off_topic(cleaned) or short  # "story" in a case is no request
    return question and bool(domain_words) and len(mine) >= 2 and not _overlaps(mine, METHOD_WORDS)


def _requested(text: str) -> bool:
    """Whether a short message asks for something ("vertel een mop", "tell me a joke", "een
    gedichtje graag"), not a statement that uses the word ("klanten hoeven hun verhaal minder
    vaak te herhalen")."""
    asked = REQUEST_RE.search(text.lower()) or ASKED_FOR_RE.match(text.strip())
    return bool(asked) or not is_clause(text)  # "recept voor pannenkoeken"


def _asked_off_topic(text: str) -> bool:
    """Whether the off-topic subject is in a question ("ken je een goede mop?"), not in a
    statement of a longer message that asks something else ("een leerling die als grap een
    klasgenoot noemt, ... . Kun je me helpen?"), nor in a long run-on that ends in a question
    about the case ("... hoe laat ze de telefoon wegleggen ... wie bezit die data?")."""
    pieces = [p for p in PIECE_END_RE.split(text) if len(p.split()) <= ASKED_WORDS]
    return any(p.rstrip().endswith("?") and any(r.search(p) for r in OFFTOPIC_RES) for p in pieces)


def _overlaps(mine: list[str], domain: set[str] | frozenset[str]) -> bool:
    theirs = {s for word in domain for s in stems(word.lower())}
    return any(
        stems_match(a, b) or (len(a) >= PREFIX and a[:PREFIX] == b[:PREFIX])
        for word in mine
        for a in stems(word)
        for b in theirs
    )


def domain_words(session: Session) -> set[str]:
    """Content words of the case, its actors, effects and values, for spotting off-topic
    questions (not the context: a place name does not make the weather there relevant)."""
    case = session.case
    texts = [case.technology, case.users, case.decisions, case.notes]
    texts += [a.name for a in session.actors] + [e.text for e in session.effects]
    texts += [v.name for v in session.values]
    return {w for t in texts for w in words(t) if len(w) >= DOMAIN_WORD}
