"""A session's short title: a few words that name the technology, made from the user's own
description (so in the user's language), for the session list, the status line and the brief.

The full description stays in the case (``case.technology``); the title only names it: "we willen
als gemeente een chatbot op de website zetten die vragen van inwoners beantwoordt" becomes
"Chatbot op de website", "We're piloting a matching algorithm that proposes ..." becomes
"Matching algorithm". Without an article that names a thing, the title is the start of the first
sentence without its framing ("het gaat om de kentekencamera's bij ..." -> "Kentekencamera's bij
de milieuzone"), cut at a word with an ellipsis.
"""

from __future__ import annotations

import re

from assistant.domain.session import Session
from assistant.language.cues.chatter import CHATTER_RE
from assistant.language.cues.titles import (
    ARTICLES,
    GENERIC,
    HEADING_WORDS,
    LEAD_INS,
    LEADING,
    OPENERS,
    PHRASE_ENDS,
    PREPOSITIONS,
    RELATIVES,
    TECH_ENDS,
    TECH_PARTS,
    TOLD_STARTS,
    TRAILING,
    USE_VERBS,
    VAGUE_AFTER_ARTICLE,
)

TITLE_WORDS = 6  # at most this many words
ARTICLE_WITHIN = 14  # the naming article stands this early in the sentence, or not at all
BARE_LEAD_WORDS = 2  # "slimme afvalcontainers", "body cams": words before the thing
TECH_WITHIN = 20  # a word of technology this early names the thing
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_BRACKETS = re.compile(r"\s*[(\[][^)\]]*[)\]]")
_EDGE = ".,;:!?\"'“”‘’()[]"


def session_title(session: Session) -> str:
    """The title a person gave the session, else the short title of its technology ("" when
    neither is there)."""
    return " ".join(session.title.split()) or short_title(session.case.technology)


def told(text: str) -> bool:
    """Whether ``text`` is a sentence someone wrote about their plans ("we willen een ...",
    "our team uses ..."), which a summary quotes rather than names."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return _bare(first).replace("’", "'") in TOLD_STARTS


def short_title(text: str, words: int = TITLE_WORDS) -> str:
    """A few words that name the technology ``text`` describes ("" for an empty text)."""
    clause = _first_sentence(text)
    if not clause:
        return ""
    tokens = clause.split()
    named = _named_thing(tokens)
    loose = len(named) == 1 and _bare(named[0]) in GENERIC
    if loose:  # "App" alone says little: what does it do?
        named, loose = _what_it_does(tokens[tokens.index(named[0]) :], words + 1)
    phrase = named if named else _without_lead_in(tokens)
    phrase = _trimmed(phrase, TRAILING, LEADING) or tokens
    cut = loose or len(phrase) > words
    shown = _trimmed(phrase[:words], TRAILING, LEADING) or phrase[:words]
    title = " ".join(word.strip(_EDGE) or word for word in shown)
    return _capitalised(title) + ("…" if cut else "")


def _first_sentence(text: str) -> str:
    """The first sentence, without brackets and without short headings before a colon ("Use
    case: ...", "ff snel: ...")."""
    text = _BRACKETS.sub("", " ".join(text.split()))
    for part in _SENTENCE_END.split(text):
        part = part.strip()
        while ": " in part:
            head, rest = part.split(": ", 1)
            if len(head.split()) > HEADING_WORDS or not rest.strip() or _technical(head):
                break
            part = rest.strip()
        if part.strip(_EDGE + " ") and not CHATTER_RE.match(part):  # not "So here's the thing"
            return part.rstrip(_EDGE + " ")
    return ""


def _named_thing(tokens: list[str]) -> list[str]:
    """The phrase that names the technology: the phrase around its first word of technology
    (from the article before it: "een drone met een AED", or from the word itself: "camera's in
    de bergingsgangen"), else the first phrase after an article early in the sentence; [] when
    there is none."""
    window = tokens[:TECH_WITHIN]
    for at, token in enumerate(window):
        if _technical(token):
            return _covering_phrase(tokens, at) or _phrase(tokens[_bare_start(tokens, at) :])
    for i in range(min(ARTICLE_WITHIN, len(tokens))):
        if _names_after(tokens, i):
            return _phrase(tokens[i + 1 :])
    return []


def _bare_start(tokens: list[str], at: int) -> int:
    """Where the phrase of the word of technology at ``at`` starts when no article stands
    before it: at the sentence's start when only a word or two describe it there ("body cams
    that ...", "slimme afvalcontainers met ..."), else at the word itself."""
    before = [_bare(t) for t in tokens[:at]]
    if at > BARE_LEAD_WORDS or any(t in TOLD_STARTS | ARTICLES | PREPOSITIONS for t in before):
        return at
    return 0


def _names_after(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is an article before a thing ("een app", not "een paar")."""
    following = _bare(tokens[i + 1]) if i + 1 < len(tokens) else ""
    return (
        tokens[i].lower() in ARTICLES and bool(following) and following not in VAGUE_AFTER_ARTICLE
    )


def _covering_phrase(tokens: list[str], at: int) -> list[str]:
    """The phrase after the nearest article before ``at`` when it reaches ``at``."""
    for i in range(at - 1, -1, -1):
        if _names_after(tokens, i):
            phrase = _phrase(tokens[i + 1 :])
            return phrase if len(phrase) >= at - i else []
    return []


def _bare(word: str) -> str:
    return word.lower().strip(_EDGE)


def _technical(word: str) -> bool:
    """Whether ``word`` names a technology ("AI-camera's", "alarmeringsapp", "ML-model")."""
    bare = _bare(word).removesuffix("'s").removesuffix("’s").rstrip("s")
    return any(part in bare for part in TECH_PARTS) or bare.endswith(TECH_ENDS)


def _phrase(tokens: list[str]) -> list[str]:
    """The words of a thing's phrase, up to a clause, a new sentence or (after the word of
    technology) anything but a preposition."""
    phrase: list[str] = []
    for token in tokens:
        if phrase and _ends_phrase(token, phrase[-1]):
            break
        phrase.append(token)
        if token.endswith((",", ":", ";")):
            break
    return phrase


def _what_it_does(rest: list[str], words: int) -> tuple[list[str], bool]:
    """A generic word with the clause that says what it does, and whether that is cut; ([],
    False) when no clause or preposition follows it (the title is then the sentence's start)."""
    following = [token for token in rest[1:] if token.lower() not in USE_VERBS]
    if not following or _bare(following[0]) not in RELATIVES | PREPOSITIONS:
        return [], False
    phrase = _loose_phrase(rest, words)
    return phrase, len(phrase) < len(rest) and not phrase[-1].endswith((",", ":", ";"))


def _loose_phrase(tokens: list[str], words: int) -> list[str]:
    """Up to ``words`` words, or to the end of a part of the sentence ("app that takes phone
    location data from ..."), for a thing that a single word does not name well."""
    phrase: list[str] = []
    for token in tokens[:words]:
        if token.lower() in USE_VERBS:
            continue
        phrase.append(token)
        if token.endswith((",", ":", ";")):
            break
    return phrase


def _ends_phrase(token: str, before: str) -> bool:
    bare = _bare(token)
    if token.lower() in PHRASE_ENDS or bare in PHRASE_ENDS:
        return True
    if token[:1].isupper() and bare in OPENERS:
        return True
    return _technical(before) and bare not in PREPOSITIONS and not _technical(token)


def _without_lead_in(tokens: list[str]) -> list[str]:
    """The sentence without framing at its start ("het gaat om", "we want to")."""
    lowered = " ".join(tokens).lower()
    for lead_in in LEAD_INS:
        if lowered.startswith(lead_in + " "):
            return tokens[len(lead_in.split()) :]
    return tokens


def _trimmed(tokens: list[str], trailing: frozenset[str], leading: frozenset[str]) -> list[str]:
    """``tokens`` without function words at either end."""
    start, end = 0, len(tokens)
    while start < end and _bare(tokens[start]) in leading:
        start += 1
    while end > start and _bare(tokens[end - 1]) in trailing:
        end -= 1
    return tokens[start:end]


def _capitalised(text: str) -> str:
    """The first letter upper case ("chatbot" -> "Chatbot"; "eHerkenning", "iPad" stay)."""
    if len(text) > 1 and text[0].islower() and text[1].isupper():
        return text
    return text[:1].upper() + text[1:]
