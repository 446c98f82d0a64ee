"""An example person set up to tell a story ("Neem mevrouw Jansen, 82, slechtziend.", "Stel je
een buschauffeur voor, noem hem Ahmed.", "Imagine a bus driver, call him Ahmed."): the sentence
that sets the person up is no actor and no measure; the person's group (the role named, where it
names people) takes what the story tells of them by name or as he or she."""

from __future__ import annotations

import re

from assistant.language.cues.named_people import PERSONA_NAME_RE, PERSONA_RE
from assistant.language.textparts import words
from assistant.method.reading.people_names import person_name
from assistant.method.reading.segments import split_sentences

MAX_SETUP_WORDS = 12  # a longer sentence tells more than who the person is
_ARTICLES = frozenset(("een", "a", "an"))


def persona(sentence: str) -> tuple[str, str] | None:
    """(first name or title and name, group) of a sentence that only sets up an example
    person; the group is "" where the words name no people; None for any other sentence."""
    found = PERSONA_RE.match(sentence.strip())
    if found is None or len(words(sentence)) > MAX_SETUP_WORDS:
        return None
    who = next(g for g in found.group("take", "imagine_nl", "imagine_en") if g)
    tokens = who.split()
    titled = tokens[0].lower() not in _ARTICLES
    group = "" if titled else person_name(tokens[1:])
    if not titled and not group:
        return None  # "neem een voorbeeld", "take a look at the costs"
    named = PERSONA_NAME_RE.search(sentence)
    return (named.group("name") if named else who if titled else ""), group


def without_personas(text: str) -> str:
    """``text`` without the sentences that only set up an example person."""
    lines = []
    for line in text.splitlines():
        pieces = split_sentences(line)
        kept = [s for s in pieces if persona(s) is None]
        if len(kept) == len(pieces):
            lines.append(line)
            continue
        lines.append(" ".join(s if s[-1:] in ".!?" else f"{s}." for s in kept))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def persona_cast(text: str) -> list[tuple[int, str, str]]:
    """(where, name, group) of each example person ``text`` sets up with a group."""
    found = []
    for line in text.splitlines():
        for sentence in split_sentences(line):
            set_up = persona(sentence)
            if set_up is not None and set_up[0] and set_up[1]:
                found.append((max(text.find(sentence), 0), *set_up))
    return found
