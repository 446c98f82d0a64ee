"""The chosen value an option is tied to, read with the session: a value whose effects' actors
the option names leans that way, and the option patterns vote by how near each value's own
nearest pattern lies (not a full vote for each of the three nearest).

Measured on options as people type them in a session (tests/data/option_values_sessions.yaml,
our own, with the session's effects), top 1 with multilingual-e5-small, before / after:
dev nl 0.75 / 0.95, en 0.70 / 0.80; the third kept apart nl 0.90 / 1.00, en 0.70 / 0.70."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Effect, Session, Value
from assistant.method.recording import values_of_named_actors
from assistant.method.suggestions import ValueSuggester
from bench.quality import SESSION_OPTION_VALUES, load_option_cases, option_value_top1


def _session(
    suggester: ValueSuggester, language: str, effects: list[tuple[str, str, str]]
) -> Session:
    """Effects as (actor, text, value key behind it); the values chosen in that order."""
    entries = {entry.id: entry for entry in suggester.catalogue.values}
    session = Session(language=language)
    for n, (actor, text, _key) in enumerate(effects, start=1):
        session.actors.append(Actor(id=f"a{n}", name=actor))
        session.effects.append(
            Effect(id=f"e{n}", actor_id=f"a{n}", direction="negative", text=text)
        )
    for n, (_actor, _text, key) in enumerate(effects, start=1):
        name = entries[key].text(language).name
        session.values.append(
            Value(id=f"v{n}", name=name, key=key, priority=n, effect_ids=[f"e{n}"])
        )
    return session


def test_options_typed_in_a_session_are_tied_to_the_value_they_protect(
    value_suggester: ValueSuggester,
) -> None:
    cases = load_option_cases(SESSION_OPTION_VALUES)
    for language in ("nl", "en"):
        assert sum(c.language == language for c in cases) >= 30
    found = option_value_top1(value_suggester, [c for c in cases if c.split == "dev"])
    print({k: round(v, 3) for k, v in found.items() if not k.endswith("_missed")})
    assert found["nl.dev"] >= 0.9 and found["en.dev"] >= 0.8, found


LIBRARY = [
    ("Conciërges", "Conciërges zijn hun praatje met de leerlingen kwijt", "human-contact"),
    ("Leerlingen", "De pasjesautomaat onthoudt wanneer leerlingen binnenkomen", "privacy"),
    ("Schoolbestuur", "De administratie kost minder uren", "efficiency"),
]
HARBOUR = [
    ("Dock workers", "Dock workers lose the checks they were proud of", "craftsmanship"),
    ("Skippers", "Skippers' routes are stored for years", "privacy"),
    ("Port authority", "Ships are cleared faster", "efficiency"),
]


@pytest.mark.parametrize(
    ("language", "effects", "option", "protects"),
    [
        ("nl", LIBRARY, "De conciërges staan voortaan bij de ingang om iedereen te begroeten",
         "human-contact"),
        ("en", HARBOUR, "Dock workers keep the last say on every container that is flagged",
         "craftsmanship"),
    ],
)  # fmt: skip
def test_an_option_naming_an_actor_leans_to_the_value_chosen_for_that_actor(
    value_suggester: ValueSuggester,
    language: str,
    effects: list[tuple[str, str, str]],
    option: str,
    protects: str,
) -> None:
    session = _session(value_suggester, language, effects)
    chosen = session.chosen_values()
    leaning = values_of_named_actors(session, option, chosen)
    assert [v.key for v in chosen if v.id in leaning] == [protects]
    best = value_suggester.best_value(option, chosen, leaning)
    assert best is not None and best.key == protects, (option, best)


def test_an_option_naming_no_actor_leans_nowhere(value_suggester: ValueSuggester) -> None:
    session = _session(value_suggester, "en", HARBOUR)
    assert not values_of_named_actors(session, "A yearly audit of the model", session.values)


@pytest.mark.parametrize(
    ("option", "keys", "nearest"),
    [
        ("Wie niet digitaal kan, kan een afspraak maken bij het loket",
         ["efficiency", "human-contact", "privacy"], "human-contact"),
        ("De beelden worden na een week gewist", ["public-safety", "privacy", "efficiency"],
         "privacy"),
        ("Camera footage is deleted after a week", ["public-safety", "privacy", "efficiency"],
         "privacy"),
    ],
)  # fmt: skip
def test_pattern_votes_discriminate_between_the_chosen_values(
    value_suggester: ValueSuggester, option: str, keys: list[str], nearest: str
) -> None:
    votes = value_suggester._pattern_votes(option, keys)
    assert votes[nearest] == 1.0, votes
    assert all(v < 1.0 for k, v in votes.items() if k != nearest), votes
