"""An effect recorded before whose direction a later message sets right ("die ritdata is geen
plus voor de fabrikant, het is een min voor de forenzen", "the municipalities one is wrong, it's
the opposite", "dat is juist negatief"): the effect it points at takes the new direction (and
the people named for it), and the sentence that said so is no new effect, value or option."""

from __future__ import annotations

import re

from assistant.domain.session import Direction, Effect, Session
from assistant.language.cues.late_edits import (
    ABOUT_LEAD_RE,
    AGREED_FLIP_RE,
    CALLS_IT_RE,
    DISAGREES_RE,
    FIX_LEAD_RE,
    MISPLACED_SIGN_RE,
    NOT_THAT_SIGN_RE,
    OPPOSITE_RE,
    OTHERS_TAIL_RE,
    PLUS_RE,
    PLUS_SIDE_RE,
    PRONOUN_WHATS,
    PUT_AS_RE,
    SET_RIGHT_AFTER_RE,
    SET_RIGHT_RE,
    THEY_LEAD_RE,
    TURNED_SIGN_RE,
    VIEW_LEAD_RE,
    WHAT_LEAD_RE,
    WHAT_OF_RE,
    WHAT_TAIL_RE,
    WRONG_THEN_RE,
)
from assistant.language.textparts import normalise, strip_article, words
from assistant.method.reading.actor_edits import said_in
from assistant.method.reading.last_item import holds
from assistant.method.reading.mentions import referred_actor
from assistant.method.reading.reading import EffectFix, Reading

SENTENCE_SPLIT_RE = re.compile(r"[.;!?]+(?:\s+|$)|\n+")
MIN_KEY_LETTERS = 4  # a word of the effect named that finds it in the recorded text
MIN_PART_LETTERS = 6  # a word of the recorded text that starts a longer one named ("lijst met
# veelbellers" for "die veelbellerslijst")
SET_RIGHT_RES = (TURNED_SIGN_RE, SET_RIGHT_RE, OPPOSITE_RE, SET_RIGHT_AFTER_RE, CALLS_IT_RE,
                 DISAGREES_RE, NOT_THAT_SIGN_RE, MISPLACED_SIGN_RE)  # fmt: skip


def effect_fixes(text: str, session: Session) -> tuple[list[EffectFix], list[str]]:
    """The effects ``text`` sets right, and the sentences that said so."""
    fixes: list[EffectFix] = []
    said: list[str] = []
    for sentence in SENTENCE_SPLIT_RE.split(text):
        plain = FIX_LEAD_RE.sub("", sentence.strip())
        about = ABOUT_LEAD_RE.match(plain)  # "about the fixed structure: ..."
        plain = plain[about.end() :] if about else plain
        match = next((m for m in (p.match(plain) for p in SET_RIGHT_RES) if m), None)
        if match is None:
            continue
        found = {k.rstrip("2"): v for k, v in match.groupdict().items() if v}
        what = found["what"]
        if about and VIEW_LEAD_RE.sub("", what).strip().lower() in PRONOUN_WHATS:
            what = about.group("what")  # "about X: two colleagues said that's not a downside"
        effect = _pointed(what, found.get("old"), session)
        if effect is None:
            continue
        now, was = found.get("now"), found.get("was")
        direction: Direction = (
            _sign(now) if now else _flipped(_sign(was) if was else effect.direction)
        )
        who = referred_actor(strip_article(found.get("who") or ""), session.actors)
        tail = plain[match.end() :].strip(" ,;:")  # "..., they get more wear on their roads"
        turned = match.re in (NOT_THAT_SIGN_RE, MISPLACED_SIGN_RE)  # the tail says why
        told = tail[:1].upper() + tail[1:] if THEY_LEAD_RE.match(tail) and not turned else ""
        fixes.append(EffectFix(effect.id, direction, who.id if who else None, told))
        said.extend(
            [match.group(0), tail] if tail and not OTHERS_TAIL_RE.match(tail) else [match.group(0)]
        )
        said.append(plain[match.start("what") : match.end()])  # after "X disagrees:"
    return fixes, said


def take_effect_fixes(text: str, session: Session, reading: Reading) -> None:
    """The effects a message sets right, put in ``reading``; what said so read as nothing else."""
    if not session.effects:
        return
    fixes, said = effect_fixes(text, session)
    fixes, said = _put_on_a_side(text, session, fixes, said)
    if not fixes:
        return
    sentences = (s.strip() for s in SENTENCE_SPLIT_RE.split(text))
    said.extend(s for s in sentences if s and AGREED_FLIP_RE.match(s))  # "Go with that."
    reading.effect_fixes.extend(fixes)
    parts = [normalise(p) for p in said]
    reading.effects = [e for e in reading.effects if not said_in(e.text, parts)]
    reading.values = [v for v in reading.values if not said_in(v.said or v.name, parts)]
    reading.options = [o for o in reading.options if not said_in(o.text, parts)]
    reading.unread = [u for u in reading.unread if not said_in(u, parts)]
    heads = [normalise(p) for p in said if any(r.match(p.strip()) for r in SET_RIGHT_RES)]
    reading.actors = [n for n in reading.actors if not any(normalise(n) in h for h in heads)]


def _put_on_a_side(
    text: str, session: Session, fixes: list[EffectFix], said: list[str]
) -> tuple[list[EffectFix], list[str]]:
    """A sentence that puts the effect on a side ("So put it as positive", "Zet het bij de
    voordelen"): no item; when nothing else in the message set it right, the effect named at
    the start of a sentence before it ("dat van de deurwaarders, ...") or else the last one
    takes that side, and the sentence naming it is no item."""
    found = [s.strip() for s in SENTENCE_SPLIT_RE.split(text) if s.strip()]
    for index, sentence in enumerate(found):
        put = PUT_AS_RE.match(sentence)
        if put is None:
            continue
        said.append(sentence)
        if fixes:  # "X isn't a negative. That was the whole point: ... So put it as positive."
            said.extend(found[_first_holding(found[:index], said) + 1 : index])
            continue
        named = [s for s in found[:index] if WHAT_OF_RE.match(FIX_LEAD_RE.sub("", s))]
        pointer = FIX_LEAD_RE.sub("", named[-1]).split(",")[0] if named else "dat"
        effect = _pointed(pointer, None, session)
        if effect is not None:
            fixes.append(EffectFix(effect.id, _sign(put.group("now"))))
            said.extend(named[-1:])
    return fixes, said


def _first_holding(sentences: list[str], said: list[str]) -> int:
    """The index of the first sentence that holds a part said, else the last index."""
    parts = [normalise(p) for p in said if p.strip()]
    for index, sentence in enumerate(sentences):
        if any(p in normalise(sentence) for p in parts):
            return index
    return len(sentences) - 1


def _pointed(what: str, old: str | None, session: Session) -> Effect | None:
    """The recorded effect ``what`` names: the last one for "dat"/"that", else the only one
    whose text holds a word of it, else the only one of the actor it names ("the
    municipalities one"); ``old`` (the actor it was for) narrows it down."""
    what = WRONG_THEN_RE.sub("", VIEW_LEAD_RE.sub("", what.strip()))  # "X says", "klopt niet"
    name = WHAT_TAIL_RE.sub("", WHAT_LEAD_RE.sub("", WHAT_OF_RE.sub("", what)))
    if what.strip().lower() in PRONOUN_WHATS or name.lower() in PRONOUN_WHATS:
        return session.effects[-1]
    was = referred_actor(strip_article(old), session.actors) if old else None
    effects = [e for e in session.effects if was is None or e.actor_id == was.id]
    if WHAT_OF_RE.match(what):  # "dat van de boeren": the last effect told of them
        about = referred_actor(strip_article(name), session.actors)
        told = [e for e in effects if about is not None and e.actor_id == about.id]
        if told:
            return told[-1]
    keys = [w for w in words(name) if len(w) >= MIN_KEY_LETTERS]
    held = [e for e in effects if keys and all(holds(e.text, k) for k in keys)]
    held = held or [e for e in effects if keys and all(_starts(e.text, k) for k in keys)]
    if len(held) == 1:
        return held[0]
    actor = referred_actor(strip_article(name), session.actors)
    of_actor = [e for e in effects if actor is not None and e.actor_id == actor.id]
    return of_actor[0] if len(of_actor) == 1 else None


def _starts(text: str, key: str) -> bool:
    """Whether a long word of ``text`` starts ``key`` ("veelbellers" the "veelbellerslijst")."""
    return any(len(w) >= MIN_PART_LETTERS and key.startswith(w) for w in words(text))


def _sign(word: str) -> Direction:
    plus = PLUS_RE.match(word.strip()) or PLUS_SIDE_RE.match(word.strip())
    return "positive" if plus else "negative"


def _flipped(direction: Direction) -> Direction:
    return "negative" if direction == "positive" else "positive"
