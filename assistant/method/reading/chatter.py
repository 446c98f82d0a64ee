"""The speaker's talk around the items, read as an item: a hedge ("not sure if this counts"),
an announcement of what follows ("two more I forgot", "mijn voorwaarden"), a discourse marker
alone ("hang on", "nee wacht"), a wish for how the assistant answers ("genummerd graag") or a
reaction to numbered proposals ("liever niet"). Such an item is dropped from a reading: it is
no actor, value, option or effect (Dutch and English)."""

from __future__ import annotations

from dataclasses import replace

from assistant.language.cues.chatter import (
    CHATTER_RE,
    JUDGING_LABEL_RE,
    MEASURE_TAIL_RE,
    MEASURE_TAIL_WORDS,
    NO_OWN_VALUE_RE,
)
from assistant.method.reading.extraction import OptionDraft
from assistant.method.reading.reading import Reading


def chatter(text: str) -> bool:
    """Whether ``text`` is only talk around the items, as a whole, or a judging label alone
    ("the downside", "groot voordeel")."""
    stripped = text.strip()
    return CHATTER_RE.match(stripped) is not None or JUDGING_LABEL_RE.match(stripped) is not None


def without_chatter(reading: Reading) -> bool:
    """``reading`` without actors, own values, options and effects that are only talk; whether
    any was dropped."""
    size = reading.size()
    reading.actors = [n for n in reading.actors if not chatter(n)]
    reading.values = [v for v in reading.values if v.entry is not None or _own_value(v.name)]
    reading.options = _tails_joined([o for o in reading.options if not chatter(o.text)])
    reading.effects = [e for e in reading.effects if not chatter(e.text)]
    return reading.size() < size


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
