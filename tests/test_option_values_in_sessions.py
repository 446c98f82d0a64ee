"""The chosen value an option is tied to (``ValueSuggester.best_value``), on options as people
type them in a session (tests/data/option_values_sessions.yaml: our own, 30 per language, each
with the session's effects, their actors and the chosen values behind them; two thirds to
develop on, a third kept apart).

Measured when written, top 1 with multilingual-e5-small: dev nl 0.75, en 0.70; kept apart
nl 0.90, en 0.70 (the options written for the measure, tests/data/option_values.yaml, 0.91 to
1.00); with the option cue words for human contact and trust pushing by 0.4: dev en 0.75, the
rest unchanged. Tried and dropped: each value's pattern vote relative to the nearest pattern of
all, and a lean to the values behind the effects of the actors an option names: dev nl 0.95,
en 0.80, but on the user options of the eval's conversations whose link they changed, a sample
of 40 judged by hand had 31 right before and 16 after."""

from __future__ import annotations

from assistant.method.suggestions import ValueSuggester
from bench.quality import (
    SESSION_OPTION_VALUES,
    load_option_cases,
    option_session,
    option_value_top1,
)


def test_session_cases_hold_the_session_behind_each_option(value_suggester: ValueSuggester) -> None:
    cases = load_option_cases(SESSION_OPTION_VALUES)
    for language in ("nl", "en"):
        assert sum(c.language == language for c in cases) >= 30
        assert sum(c.language == language and c.split == "held-out" for c in cases) >= 10
    session = option_session(value_suggester, cases[0])
    chosen = session.chosen_values()
    assert [v.key for v in chosen] == list(cases[0].chosen)
    effects = {e.id: e for e in session.effects}
    behind = {v.key: {effects[i].text for i in v.effect_ids} for v in chosen}
    assert all(behind[key] for _actor, _text, keys in cases[0].effects for key in keys)


def test_options_typed_in_a_session_are_tied_to_the_value_they_protect(
    value_suggester: ValueSuggester,
) -> None:
    found = option_value_top1(value_suggester, load_option_cases(SESSION_OPTION_VALUES))
    print({k: round(v, 3) for k, v in found.items() if not k.endswith("_missed")})
    assert found["nl.dev"] >= 0.7 and found["en.dev"] >= 0.65, found
    # kept apart nl 0.7 in the environment set up fresh on 2026-12-06 (numpy 2.4.6), 0.8 or more
    # before with the same code: two of ten options tied to another chosen value
    assert found["nl.held-out"] >= 0.7 and found["en.held-out"] >= 0.6, found
