"""Parties named only inside a measure, as who carries it out ("elk kwartaal een steekproef door
de teamchef", "a weekly review of 50 conversations by senior consular staff"): involved, so an
actor, though no effect named them."""

from __future__ import annotations

from assistant.language.cues.people_in_sentences import (
    ANYONE_AGENTS,
    ONE_MORE_WORDS,
    OPTION_AGENT_RE,
)
from assistant.language.textparts import words
from assistant.method.reading.people_names import person_name

OWN_WORDS = frozenset(("our", "onze", "ons", "my", "mijn", "m'n"))
AGENT_WORDS = 3  # "senior consular staff", "de teamchef"


def option_agents(text: str) -> list[str]:
    """The people or organisations a measure says carry it out, by name: the words after
    "door"/"by" up to the last that names people, a role in lower case; none for people in
    general ("door een mens"), a body by its name, or something else ("by hand", "door middel
    van")."""
    found: list[str] = []
    for match in OPTION_AGENT_RE.finditer(text):
        tokens = [t.strip(",.;:!?") for t in match.group("who").split()[:AGENT_WORDS]]
        if tokens[:1] and tokens[0].lower() in OWN_WORDS:
            continue  # "checked by our DPO", "door ons team": the speaker's own side
        tokens = tokens[1:] if tokens[:1] and tokens[0].lower() in ONE_MORE_WORDS else tokens
        ends = [size for size in range(len(tokens), 0, -1) if person_name(tokens[size - 1 : size])]
        named = bool(ends) and any(t[:1].isupper() for t in tokens[: ends[0]])
        if named:
            continue  # "an audit by the Auditdienst Rijk": a body by name, read where it acts
        name = person_name(tokens[: ends[0]]) if ends else ""  # not "leverancier laten testen"
        if name and words(name)[-1] not in ANYONE_AGENTS and name not in found:
            found.append(name)
    return found
