"""The people of a story by first name, tied to their group ("Henk, een van onze monteurs,
...", "one of the drivers, Gerrit, told me ..."): an effect without an actor that tells of such
a person by name, or by he or she right after the person was named, is an effect on that
group; so is one the rules gave the first name itself as its actor ("Kees gaf toe dat ...")."""

from __future__ import annotations

import re

from assistant.domain.session import Actor, Effect, Session
from assistant.language.cues.grammar import THIRD_PERSON_PRONOUNS
from assistant.language.cues.named_people import (
    ANOTHER_PERSON_RE,
    NAMED_MEMBER_RE,
    NAMED_ROLE_RE,
    ONE_OF_THE_GROUP_WORDS,
    ONE_PERSON_PRONOUNS,
    PEOPLE_POSSESSIVES,
    PLAIN_GROUP_WORDS,
)
from assistant.language.textparts import words
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.mentions import (
    last_mentioned_actor,
    mentioned_actor,
    referred_actor,
)
from assistant.method.reading.people_names import person_name
from assistant.method.reading.personas import persona_cast

NAME_RE = re.compile(r"\b[A-Z][a-z]+\b")  # a first name as written
PRONOUN_SPOT = 3  # "Nu heeft ze ...", "That he feels ...": the pronoun among the first words
MAX_GROUP_WORDS = 3
POINTING_BACK = (
    THIRD_PERSON_PRONOUNS | ONE_PERSON_PRONOUNS | PEOPLE_POSSESSIVES
)  # "een van onze oudste monteurs"


def cast_of(text: str) -> list[tuple[int, str, str]]:
    """(where, first name, group) of each person ``text`` names as one of a group, or sets up
    as an example of one ("Stel je een buschauffeur voor, noem hem Ahmed.")."""
    found = persona_cast(text)
    for match in NAMED_MEMBER_RE.finditer(text):
        name = match.group("name") or match.group("name_after")
        group = group_name(match.group("group") or match.group("group_first"))
        if group:
            found.append((match.start(), name, group))
    return found


def roles_of_the_cast(texts: list[str]) -> dict[str, str]:
    """The first names ``texts`` give a role or a group, with what names it ("Kees" -> "een
    oudere strandwacht", "Ilse" -> "psycholoog", "Amira" -> "Students")."""
    found: dict[str, str] = {}
    for text in texts:
        for match in NAMED_ROLE_RE.finditer(text):
            name = match.group("name") or match.group("name_after")
            found[name] = f"een {match.group('role') or match.group('role_first')}"
        found.update({name: group for _, name, group in cast_of(text)})
    return found


def group_name(said: str) -> str:
    """The group a person is said to be one of, as a name for people ("oudste monteurs" ->
    "Monteurs"); "" for plain words ("one of our guys") or a longer phrase."""
    tokens = words(said)
    while len(tokens) > 1 and tokens[0] in ONE_OF_THE_GROUP_WORDS:
        tokens = tokens[1:]  # "een van onze oudste monteurs": the monteurs
    if not tokens or len(tokens) > MAX_GROUP_WORDS or tokens[-1].lower() in PLAIN_GROUP_WORDS:
        return ""
    return next((n for i in range(len(tokens)) if (n := person_name(tokens[i:]))), "")


def effects_of_the_cast(text: str, session: Session, drafts: list[EffectDraft]) -> None:
    """The effects of ``drafts`` (read from ``text``) told of a person of the story: given to
    that person's group, unless they name their people themselves."""
    earlier = [t.text for t in session.transcript if t.role == "user" and t.text != text]
    spots = cast_of(text)
    groups = {name: group for said in earlier for _, name, group in cast_of(said)}
    groups.update({name: group for _, name, group in spots})
    if not groups:
        return
    for draft in drafts:
        group, by_name = _group_told_of(draft.text, text, groups, spots)
        if group and _open_to(draft, by_name, groups, session.actors):
            _point(draft, group, session.actors)


def _open_to(
    draft: EffectDraft, by_name: bool, groups: dict[str, str], actors: list[Actor]
) -> bool:
    """Whether a draft's actor may become the group of the person it tells of: it has none, a
    first name of the story, or (told by that first name) one its words do not name (the
    actor asked about)."""
    if draft.actor_name:
        return draft.actor_name in groups
    if not draft.actor_id:
        return True
    given = next((a for a in actors if a.id == draft.actor_id), None)
    return by_name and given is not None and mentioned_actor(draft.text, [given]) is None


def _group_told_of(
    effect: str, text: str, groups: dict[str, str], spots: list[tuple[int, str, str]]
) -> tuple[str, bool]:
    """The group of the person an effect tells of, and whether by name: a first name among
    its first words, else a pronoun for one person there, the person named last before it in
    the message; none where it tells of someone else ("Kees vertelde over een oudere man")."""
    if ANOTHER_PERSON_RE.search(effect):
        return "", False
    first = " ".join(effect.split()[:PRONOUN_SPOT])  # "Kees gaf toe", "Mijn collega Ruud"
    named = [g for spot, _, g in cast_of(effect) if len(effect[:spot].split()) <= PRONOUN_SPOT]
    # "One of the drivers, Gerrit, told me ...", "Vorig jaar is Henk, een van onze monteurs, ..."
    named += [groups[w] for w in NAME_RE.findall(first) if w in groups]
    if named:
        return named[0], True
    if not any(w in ONE_PERSON_PRONOUNS for w in words(effect)[:PRONOUN_SPOT]):
        return "", False
    start = text.lower().find(effect[:20].lower())
    before = [group for spot, _, group in spots if 0 <= spot < start]
    return (before[-1] if before else ""), False


def _point(draft: EffectDraft, group: str, actors: list[Actor]) -> None:
    known = referred_actor(group, actors)
    if known is not None:
        draft.actor_id, draft.actor_name = known.id, ""
    else:
        draft.actor_name = group


def told_back(effects: list[Effect], messages: list[str], actors: list[Actor]) -> None:
    """The effects that still have no actor once a message's actors are recorded and open with
    a pronoun for people ("Ze staan minder vaak ...", "Their homework ..."): the people named
    last before them in the message they were told in (``messages``: the user's)."""
    for effect in (e for e in effects if e.actor_id is None):
        if not any(w in POINTING_BACK for w in words(effect.text)[:PRONOUN_SPOT]):
            continue
        named = _named_before(effect.text, messages, actors)
        if named is not None:
            effect.actor_id = named.id


def _named_before(effect: str, messages: list[str], actors: list[Actor]) -> Actor | None:
    lowered = effect[:20].lower()
    told = next((m for m in reversed(messages) if lowered in m.lower()), "")
    start = told.lower().find(lowered)
    return last_mentioned_actor(told[:start], actors) if start > 0 else None
