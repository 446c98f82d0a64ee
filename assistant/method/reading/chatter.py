"""The speaker's talk around the items, read as an item: a hedge ("not sure if this counts"),
an announcement of what follows ("two more I forgot", "mijn voorwaarden"), a discourse marker
alone ("hang on", "nee wacht"), a wish for how the assistant answers ("genummerd graag") or a
reaction to numbered proposals ("liever niet"). Such an item is dropped from a reading: it is
no actor, value, option or effect (Dutch and English)."""

from __future__ import annotations

from dataclasses import replace

from assistant.language.cues.chatter import (
    CANVAS_POINTER_RE,
    CANVAS_POINTERS,
    CANVAS_TALK_WORDS,
    CANVAS_WORDS,
    CHATTER_RE,
    DIRECTION_SET_RE,
    JUDGING_LABEL_RE,
    MEASURE_TAIL_RE,
    MEASURE_TAIL_WORDS,
    NO_OWN_VALUE_RE,
)
from assistant.language.cues.conversation import DONE
from assistant.method.reading.extraction import OptionDraft
from assistant.method.reading.reading import Reading


def chatter(text: str) -> bool:
    """Whether ``text`` is only talk around the items, as a whole, or a judging label alone
    ("the downside", "groot voordeel")."""
    stripped = text.strip()
    talk = CHATTER_RE.match(stripped) is not None or JUDGING_LABEL_RE.match(stripped) is not None
    return talk or canvas_talk(stripped)


def canvas_talk(text: str) -> bool:
    """Whether ``text`` only talks about the items written down ("keep the negative but add
    that", "die van de aannemers is eigenlijk ook positief"): pointers and canvas words."""
    pointed = CANVAS_POINTER_RE.search(text) is not None
    tokens = CANVAS_POINTER_RE.sub(" ", text.lower()).replace(",", " ").replace(".", " ").split()
    if not tokens or len(text.split()) > CANVAS_TALK_WORDS or DIRECTION_SET_RE.search(text):
        return False
    points = pointed or any(t in CANVAS_POINTERS for t in tokens)
    return points and all(t in CANVAS_WORDS for t in tokens)


def without_chatter(reading: Reading) -> bool:
    """``reading`` without actors, own values, options and effects that are only talk; whether
    any was dropped."""
    size = reading.size()
    reading.actors = [n for n in reading.actors if not (chatter(n) or _closing(n))]
    reading.values = [v for v in reading.values if v.entry is not None or _own_value(v.name)]
    reading.options = _tails_joined([o for o in reading.options if not chatter(o.text)])
    reading.effects = [e for e in reading.effects if not chatter(e.text)]
    return reading.size() < size


def _closing(name: str) -> bool:
    """Whether a name is a word that closes a list ("gezinsvoogden. ouders. klaar.", "...
    customer service. done."): no one."""
    return name.strip(" .!").lower() in DONE


def _tails_joined(options: list[OptionDraft]) -> list[OptionDraft]:
    """``options`` with a clause that only gives the reason or moment of the one before joined
    to it ("..., otherwise we can't check it", "..., before anything is decided")."""
    joined: list[OptionDraft] = []
    for option in options:
        tail = MEASURE_TAIL_RE.match(option.text) and len(option.text.split()) <= MEASURE_TAIL_WORDS
        if tail and joined:
            before = joined[-1]
            joined[-1] = replace(
                before, text=f"{before.text}, {option.text[:1].lower()}{option.text[1:]}"
            )
        else:
            joined.append(option)
    return joined


def _own_value(name: str) -> bool:
    """Whether a value not in the catalogue may be the speaker's own ("het belang van het
    kind"), not talk, a piece pointing back ("vanwege dat meisje"), a question or an amount."""
    return not chatter(name) and NO_OWN_VALUE_RE.search(name) is None
