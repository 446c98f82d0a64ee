"""Examples for the learned "does this sentence tell an effect on people": every sentence of
the users' turns of the development conversations, split as the reader splits a message
(:func:`assistant.method.reading.segments.sentences`). A sentence holding the word of a gold
effect is an effect; one holding no word of a gold effect is none. Only development sets: the
untouched ones stay unseen.

``python -m assistant.evals.effect_training`` builds the model from these examples."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.evals.kind_examples import plain
from assistant.evals.loader import load_scenarios
from assistant.method.reading.segments import sentences


@dataclass(frozen=True)
class EffectExample:
    """One sentence of a user's turn: where it comes from and whether it tells an effect.
    ``first``: it stands in the conversation's first message."""

    folder: str
    scenario: str
    language: str
    text: str
    effect: bool
    first: bool


def effect_examples(folders: list[Path]) -> list[EffectExample]:
    """Every sentence of the users' turns of the conversations in ``folders``."""
    found: list[EffectExample] = []
    for folder in folders:
        for scenario in load_scenarios([folder]):
            gold = scenario.gold
            words = [plain(e.contains) for e in gold.effects] if gold else []
            for number, turn in enumerate(scenario.turns):
                for sentence in sentences(turn.user):
                    text = sentence.text.strip()
                    if len(text) < MIN_CHARS:
                        continue
                    effect = any(w in plain(text) for w in words)
                    found.append(
                        EffectExample(
                            folder.name, scenario.id, scenario.language, text, effect, number == 0
                        )
                    )
    return found


MIN_CHARS = 12  # shorter pieces ("ok", "ja klopt") tell no effect of their own
