"""Whom the effects of a message are about beyond each clause: one person in general ("dan
krijgt iemand ...": the public the case serves), a sentence that says it goes
both ways for a group ("ik zie bij de werkcoaches twee kanten"; the effects after it are
theirs), and the people who report an effect about others ("controllers report that ...":
involved too)."""

from __future__ import annotations

from assistant.domain.session import Actor, Session
from assistant.language.cues.grammar import COMPLEMENTISERS
from assistant.language.cues.people_in_sentences import ANYONE_WORDS
from assistant.language.textparts import words
from assistant.method.reading import passing_actors
from assistant.method.reading.effect_actor_names import one_person_of_a_story
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.effect_subjects import generic_subject, people_served, public
from assistant.method.reading.effect_text import effect_core, one_person_told, told_parts
from assistant.method.reading.mentions import find_actor, group_of_one
from assistant.method.reading.reading import Reading


def tellers(drafts: list[EffectDraft], known: list[Actor], reading: Reading) -> None:
    """The people who report an effect about others are involved too ("controllers report
    that home visits are stressful for students": the controllers as well)."""
    for draft in drafts:
        who = passing_actors.reporter(draft.text)
        known_one = find_actor(who, known) or group_of_one(who, known)  # "een oudere X zei"
        if one_person_of_a_story(who, draft.text):
            continue  # "een raadslid zei dat ...": one person of a story, no party
        if who and known_one is None and who not in reading.actors:
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


ANYONE_SPOT = 3  # "dan krijgt iemand ...": one person in general among the first words
LEAD_WORDS = 5  # "positief is natuurlijk dat iemand ...": a lead before the clause


def for_the_public(drafts: list[EffectDraft], actors: list[Actor], early: bool) -> None:
    """Effects about people in general go to the public the case serves: any such effect told
    before the actors were asked about (``early``: "veel meer mensen krijgen ..."), and at any
    step one about one person in general that names nobody else ("dan krijgt iemand onterecht
    een stempel", "anyone who looks away gets flagged")."""
    served = public(actors)
    if served is None:
        return
    for draft in drafts:
        general = (early and generic_subject(draft.text)) or about_anyone(draft.text)
        if general and not (draft.actor_id or draft.actor_name):
            draft.actor_id = served.id


def about_anyone(text: str) -> bool:
    """Whether a clause is about one person in general ("soms mist iemand de bus", "positief
    is dat iemand die valt ...", "anyone with a tic ...")."""
    tokens = words(effect_core(text))
    if any(t in ANYONE_WORDS for t in tokens[:ANYONE_SPOT]):
        return True
    lead = next((i for i, t in enumerate(tokens[:LEAD_WORDS]) if t in COMPLEMENTISERS), -1)
    return lead >= 0 and any(t in ANYONE_WORDS for t in tokens[lead + 1 : lead + 1 + ANYONE_SPOT])


def loose_group(text: str, actors: list[Actor]) -> Actor | None:
    """The actor an effect without one is about, when it tells of one person or of people in
    general: the group that person belongs to ("een oudere dijkwachter" of "Dijkwachters"),
    else the public the case serves ("mevrouw Jansen kreeg een boete": the residents); None
    when it tells of neither."""
    person = one_person_told(text)
    if person:
        return group_of_one(person, actors) or people_served(actors)
    if any(generic_subject(p) or about_anyone(p) for p in told_parts(text)):
        return people_served(actors)
    return None


def for_one_person(drafts: list[EffectDraft], actors: list[Actor]) -> None:
    """Effects told as what happened to one person ("a woman got a new blood thinner and
    nobody explained ...", "meneer Bakker dacht dat het een boete was") that name no actor
    go to that person's group, or the public the case serves."""
    for draft in (d for d in drafts if not (d.actor_id or d.actor_name)):
        person = one_person_told(draft.text)
        group = (group_of_one(person, actors) or people_served(actors)) if person else None
        if group is not None:
            draft.actor_id = group.id
