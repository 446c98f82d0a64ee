"""The actor the speaker belongs to by the role they said they have: the actor named by the
role itself ("ik ben leerkracht van groep 4" -> "Leerkrachten"), else the organisation that role
works for ("ik ben wijkagent daar" -> "Politie", "I'm a community officer" -> "Police")."""

from __future__ import annotations

from assistant.domain.session import Actor, Session
from assistant.language.cues.speaker_roles import OWN_ROLE_RE, ROLE_ORGANISATIONS
from assistant.language.textparts import words
from assistant.method.reading.effect_subjects import speaker_actor
from assistant.method.reading.mentions import find_actor


def role_actor(own_words: str, actors: list[Actor]) -> Actor | None:
    """The one actor the roles in ``own_words`` name ("Ik ben leerkracht" -> "Leerkrachten"),
    None when no role names one actor."""
    found: list[Actor] = []
    for match in OWN_ROLE_RE.finditer(own_words):
        role = match.group("role").lower()
        first = role.split()[0]
        named = find_actor(first, actors) or _organisation_of(role, actors)
        if named is not None and named not in found:
            found.append(named)
    return found[0] if len(found) == 1 else None


def _organisation_of(role: str, actors: list[Actor]) -> Actor | None:
    """The listed organisation ``role`` works for ("wijkagent" -> "Politie")."""
    first = role.split()[0]
    for roles, organisations in ROLE_ORGANISATIONS:
        if any(first.endswith(r) or role.startswith(r) for r in roles):
            listed = [a for a in actors if set(words(a.name)) & set(organisations)]
            return listed[0] if len(listed) == 1 else None
    return None


def speaker_of(session: Session) -> Actor | None:
    """The actor the speaker belongs to: by where they said they work or who uses it ("context:
    wijkverpleging"), else by the role they said they have in any message ("ik ben wijkagent")."""
    own = speaker_actor(session.actors, f"{session.case.context} {session.case.users}")
    said = " ".join(t.text for t in session.transcript if t.role == "user")
    return own or role_actor(f"{said} {session.case.users}", session.actors)
