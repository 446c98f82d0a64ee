"""An effect told of the wrong people, set right by saying who was meant (Dutch and English):
"dat van ongerust bellen: ik bedoelde de familie, niet de patiënten", "bij dat van de scheiding
bedoelde ik niet de medewerkers maar de huurders zelf", "the 'stay away' one, I meant the away
fans, not the home fans", "the button pushers thing is about the lock operators, not the
skippers". The effect the words point at (else the last one of the people named before) is
theirs now; the people named before stay on the list (no actor is taken off), and the sentence
that said so is no effect. When the next sentence tells the effect again for the people meant,
that one takes the old one's place."""

from __future__ import annotations

import re

from assistant.domain.session import Actor, Effect, Session
from assistant.language.cues.own_corrections import MEANT_OTHERS_RES, POINTER_WORDS, THEN_THEY_RE
from assistant.language.textparts import normalise, strip_article, words
from assistant.method.reading.actor_lists import is_person
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.last_item import holds
from assistant.method.reading.mentions import find_actor, referred_actor
from assistant.method.reading.people_names import people_word
from assistant.method.reading.reading import EffectFix, Reading

SENTENCE_SPLIT_RE = re.compile(r"(?<=[.;!?])\s+|\n+")
MIN_KEY_LETTERS = 4


def take_effects_meant_for(text: str, session: Session, reading: Reading) -> None:
    """Each sentence of ``text`` that says who an effect told before was meant for (see
    module): the effect moved in ``reading.effect_fixes`` (or taken off for the one told again),
    the sentence no effect or actor, the people named before not taken off."""
    found = [s for s in SENTENCE_SPLIT_RE.split(text.strip()) if s.strip()]
    for index, sentence in enumerate(found):
        match = _meant(sentence)
        if match is None:
            continue
        old, new = _who(match.group("old")), _who(match.group("new"))
        new = _ones_of(new, old)
        effect = _pointed_at(sentence[: match.start()], old, session)
        if effect is None or not _people(new, session):
            continue
        _said_here(sentence, reading)
        reading.removed_actors = [n for n in reading.removed_actors if not _names(old, n)]
        if reading.intent is not None and reading.intent.kind == "correct":
            reading.intent = None  # the effect moves; the people named before stay who they are
        meant = _meant_actor(new, old, session)
        told = _told_again(found[index + 1 : index + 2], effect, meant, reading)
        if told is not None:
            reading.removed_items.append(("effect", effect.id))
        elif meant is None or meant.id != effect.actor_id:
            said = _said_of_them(sentence[match.end() - 1 :], match.group("new"))
            fix = EffectFix(effect.id, effect.direction, None, said, moved_to=new)
            reading.effect_fixes.append(fix)


# A word of degree after the people meant ("for the recreational ones mostly"): no part of them.
DEGREE_TAIL_RE = re.compile(
    r"\s+(?:mostly|mainly|especially|chiefly|vooral|meestal|voornamelijk|met\s+name)$", re.I
)
ONES_WORDS = frozenset(("ones", "one"))


def _who(said: str) -> str:
    return DEGREE_TAIL_RE.sub("", strip_article(said.strip()))


def _ones_of(new: str, old: str) -> str:
    """The people meant with the noun of the people named before for "ones" ("the recreational
    ones, not the commercial skippers" -> "recreational skippers")."""
    tokens = new.split()
    head = old.split()[-1:] if old else []
    if len(tokens) > 1 and tokens[-1].lower() in ONES_WORDS and head:
        return " ".join([*tokens[:-1], head[0]])
    return new


def _meant(sentence: str) -> re.Match[str] | None:
    for pattern in MEANT_OTHERS_RES:
        match = pattern.search(sentence)
        if match is not None:
            return match
    return None


def _said_of_them(rest: str, who: str) -> str:
    """What the people meant get, said after a colon with a pronoun for them ("...: die kunnen
    het bewijs niet laten controleren" is "De verdachten kunnen ..."); "" when not so said."""
    told = THEN_THEY_RE.match(rest)
    if told is None:
        return ""
    who = who.strip()
    return f"{who[:1].upper()}{who[1:]} {told.group('what').strip()}"


def _people(name: str, session: Session) -> bool:
    """Whether ``name`` names people ("de familie", "the away fans"), not a thing ("de kosten")."""
    tokens = words(name)
    if not tokens:
        return False
    known = find_actor(name, session.actors) or referred_actor(name, session.actors)
    return known is not None or is_person(name) or people_word(tokens[-1])


def _pointed_at(pointer: str, old: str, session: Session) -> Effect | None:
    """The effect the words before point at ("dat van ongerust bellen", "the 'stay away' one"),
    among those of the people named before first; else the last effect of those people."""
    keys = [w for w in words(pointer) if len(w) >= MIN_KEY_LETTERS and w not in POINTER_WORDS]
    actor = referred_actor(old, session.actors)
    theirs = [e for e in session.effects if actor is not None and e.actor_id == actor.id]
    if keys:
        held = [e for e in theirs if all(holds(e.text, k) for k in keys)]
        held = held or [e for e in session.effects if all(holds(e.text, k) for k in keys)]
        if held:
            return held[-1]
    return theirs[-1] if theirs else None


def _said_here(sentence: str, reading: Reading) -> None:
    """No effect, actor or option read in the sentence that set the effect right."""
    plain = normalise(sentence)
    reading.effects = [d for d in reading.effects if not _within(d.text, plain)]
    reading.actors = [n for n in reading.actors if not _within(n, plain)]
    reading.options = [o for o in reading.options if not _within(o.text, plain)]


def _within(item: str, plain: str) -> bool:
    told = normalise(item)
    return bool(told) and told in plain


def _names(old: str, name: str) -> bool:
    """Whether the people named before are the actor ``name``."""
    return referred_actor(old, [Actor(id="", name=name)]) is not None


def _meant_actor(new: str, old: str, session: Session) -> Actor | None:
    """The known actor the people meant are; none when they are a group of the people named
    before ("the away fans, not the home fans": a group of its own)."""
    found = find_actor(new, session.actors)
    referred = referred_actor(new, session.actors)
    before = referred_actor(old, session.actors)
    if (found or referred) is not None and (found or referred) is before:
        return None  # "the recreational ones, not the commercial skippers": both are skippers
    return found or referred


def _told_again(
    after: list[str], effect: Effect, meant: Actor | None, reading: Reading
) -> EffectDraft | None:
    """The effect read in the next sentence for the people meant that tells the same again
    ("De familie belt minder ongerust naar de afdeling"), else None."""
    keys = [w for w in words(effect.text) if len(w) >= MIN_KEY_LETTERS]
    for draft in reading.effects:
        if not after or not _within(draft.text, normalise(after[0])):
            continue
        theirs = meant is not None and draft.actor_id == meant.id
        if theirs and any(holds(draft.text, k) for k in keys):
            return draft
    return None
