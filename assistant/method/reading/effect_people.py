"""Whom the effects of a message are about beyond each clause: a sentence that says it goes
both ways for a group ("ik zie bij de werkcoaches twee kanten"; the effects after it are
theirs), and the people who report an effect about others ("controllers report that ...":
involved too)."""

from __future__ import annotations

from assistant.domain.session import Actor, Session
from assistant.method.reading import passing_actors
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.mentions import find_actor
from assistant.method.reading.reading import Reading


def tellers(drafts: list[EffectDraft], known: list[Actor], reading: Reading) -> None:
    """The people who report an effect about others are involved too ("controllers report
    that home visits are stressful for students": the controllers as well)."""
    for draft in drafts:
        who = passing_actors.reporter(draft.text)
        if who and find_actor(who, known) is None and who not in reading.actors:
            reading.actors.append(who)


def both_ways(text: str, session: Session, reading: Reading) -> bool:
    """A sentence that says it goes both ways for some people ("ik zie bij de werkcoaches twee
    kanten", "for the nurses it cuts both ways"): no effect; the effects after it in the message
    are theirs ("Ze zijn minder tijd kwijt ..."). True when the sentence is read."""
    who = passing_actors.both_ways_for(text)
    if not who:
        return False
    known = find_actor(who, session.actors)
    if known is None:
        reading.actors.append(who)
    reading.added = known.name if known is not None else who
    return True
