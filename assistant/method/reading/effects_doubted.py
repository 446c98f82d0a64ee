"""An effect told before that a later message doubts but keeps ("hmm, the kids moving further,
I'm less sure now, they come for the jumping spot. keep it but as a maybe", "dat van de
wachtrij weet ik niet meer zo zeker, laat maar staan met een vraagteken"): the effect keeps its
direction and is marked as doubted; the words that doubted it are no new effect or option."""

from __future__ import annotations

from assistant.domain.session import Effect, Session
from assistant.language.cues.doubted_effects import DOUBT_MARK, DOUBT_RE
from assistant.language.textparts import normalise, words
from assistant.method.reading.actor_edits import SENTENCE_SPLIT_RE, said_in
from assistant.method.reading.intents import Intent
from assistant.method.reading.mentions import same_word
from assistant.method.reading.reading import EffectFix, Reading

MAX_SENTENCES = 3  # the effect pointed at, why it is doubted, and how to keep it
KEY_LETTERS = 5  # a word of the doubted effect that finds it in the recorded text


def take_effects_doubted(text: str, session: Session, reading: Reading) -> None:
    """The effect ``text`` doubts, marked in ``reading`` as a fix that keeps its direction;
    what was read in the sentences that doubted it is dropped."""
    if not session.effects or reading.intent is not None or not DOUBT_RE.search(text):
        return
    sentences = [s.strip() for s in SENTENCE_SPLIT_RE.split(text) if s and s.strip()]
    if len(sentences) > MAX_SENTENCES:
        return  # a message that tells more than a doubt about one effect
    effect = doubted_effect(DOUBT_RE.sub(" ", text), session.effects)
    if effect is None:
        return
    mark = DOUBT_MARK.get(session.language, DOUBT_MARK["en"])
    if mark not in effect.text:
        fix = EffectFix(effect.id, effect.direction, text=f"{effect.text} {mark}")
        reading.effect_fixes.append(fix)
    said = [normalise(s) for s in sentences]
    reading.effects = [e for e in reading.effects if not said_in(e.text, said)]
    reading.options = [o for o in reading.options if not said_in(o.text, said)]
    reading.unread = [u for u in reading.unread if not said_in(u, said)]
    if not (reading.effects or reading.options or reading.values or reading.actors):
        reading.intent = Intent("pause")


def doubted_effect(text: str, effects: list[Effect]) -> Effect | None:
    """The one recorded effect that shares the most long words with ``text``; None when none
    does or two share as many."""
    keys = [w for w in words(text) if len(w) >= KEY_LETTERS]
    counts = [(sum(1 for k in keys if _holds(e.text, k)), e) for e in effects]
    counts = [c for c in counts if c[0] > 0]
    if not counts:
        return None
    best = max(c[0] for c in counts)
    found = [e for n, e in counts if n == best]
    return found[0] if len(found) == 1 else None


def _holds(text: str, key: str) -> bool:
    return any(same_word(w, key) for w in words(text))
