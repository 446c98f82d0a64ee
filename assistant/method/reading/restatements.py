"""An effect said again in other words ("Wat ik met dat eerste punt bedoel: ...", "the foreign
driver thing again, sorry: ...", "In other words, on the recording point: ...") is joined to
the effect it restates, found by the place the lead names ("dat eerste nadeel": the first
negative one) or by the words it shares with it ("the score issue", "die mensen zonder
telefoon"); "same thing, just happens a lot" adds none. Where no recorded effect is meant, the
effect stays a new one."""

from __future__ import annotations

from assistant.domain.session import Direction, Effect, Session
from assistant.language.cues.restatements import (
    NEGATIVE_REF_WORDS,
    ORDINALS,
    POSITIVE_REF_WORDS,
    REF_FILLER_WORDS,
    RESTATED_LEAD_RE,
    SAME_POINT_RE,
)
from assistant.language.stems import content_words, stems, stems_match
from assistant.language.textparts import words
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.reading import EffectFix, Reading

SHARED_BY_BODY = 2  # words an effect shares with the restatement alone to be the one meant


def restatement(text: str) -> tuple[str, str] | None:
    """What a sentence that says an effect again points back at, and the effect it says
    ("Wat ik met dat eerste punt bedoel: X": "dat eerste punt", "X"); None for another."""
    lead = RESTATED_LEAD_RE.match(text)
    if lead is None:
        return None
    return next((g for g in lead.groups() if g), ""), text[lead.end() :]


def restated_effects(
    restated: list[tuple[str, str]], said: list[str], session: Session, reading: Reading
) -> None:
    """The effects of ``reading`` read in ``restated`` (what each points back at, and what it
    says) that restate an effect on the canvas: joined to it (its text with the new words), not
    recorded again; those of a sentence of ``said`` that calls itself the same point: none."""
    for sentence in (s for s in said if SAME_POINT_RE.match(s)):
        reading.effects = [d for d in reading.effects if not _from(d, sentence)]
    for ref, body in restated:
        joined: set[str] = set()
        for draft in [d for d in reading.effects if _from(d, body)]:
            meant = _meant(ref, body, draft.direction, session.effects)
            if meant is None:
                continue
            reading.effects.remove(draft)
            if meant.id not in joined:  # the restatement read as two effects: joined once
                joined.add(meant.id)
                reading.effect_fixes.append(_joined(meant, body))


def _from(draft: EffectDraft, sentence: str) -> bool:
    """Whether an effect was read in ``sentence`` (its words, or most of them, are there)."""
    said, told = set(words(sentence)), words(draft.text)
    return bool(told) and sum(w in said for w in told) >= 0.8 * len(told)


def _joined(effect: Effect, body: str) -> EffectFix:
    text = f"{effect.text.rstrip(' .')}; {body.strip().rstrip(' .')}"
    return EffectFix(effect.id, effect.direction, effect.actor_id, text=text, joined=True)


def _meant(
    ref: str, body: str, direction: Direction | None, effects: list[Effect]
) -> Effect | None:
    """The recorded effect the lead points at: by its place among those of its direction, or
    by the words the lead (one is enough) or the restatement (two) shares with it."""
    said = set(words(ref))
    direction = _ref_direction(said) or direction
    same_side = [e for e in effects if e.direction == direction] or effects
    place = next((ORDINALS[w] for w in words(ref) if w in ORDINALS), None)
    if place is not None:
        return same_side[place] if -len(same_side) <= place < len(same_side) else None
    named = [w for w in content_words(ref) if w not in REF_FILLER_WORDS]
    scored = [(_shared(named, e.text), _shared(content_words(body), e.text), e) for e in effects]
    by_ref = [s for s in scored if s[0] >= 1]
    if by_ref:
        return max(by_ref, key=lambda s: (s[0], s[1]))[2]
    by_body = [s for s in scored if s[1] >= SHARED_BY_BODY]
    return max(by_body, key=lambda s: s[1])[2] if by_body else None


def _ref_direction(said: set[str]) -> Direction | None:
    if said & NEGATIVE_REF_WORDS:
        return "negative"
    return "positive" if said & POSITIVE_REF_WORDS else None


def _shared(said: list[str], text: str) -> int:
    """How many of the words ``said`` an effect's text has, by their stems."""
    told = [s for w in content_words(text) for s in stems(w)]
    return sum(any(stems_match(s, t) for s in stems(w) for t in told) for w in said)
