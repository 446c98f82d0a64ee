"""Examples for the learned "this sentence is a handling option (a measure)": every sentence of
the users' turns of the development conversations, split as the reader splits a message
(:func:`assistant.method.reading.segments.sentences`). A sentence holding the word of a gold
option is a measure; one holding no word of a gold option is none. Only development sets: the
untouched ones stay unseen.

``python -m assistant.evals.option_training`` builds the model from these examples."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.evals.effect_examples import MIN_CHARS
from assistant.evals.kind_examples import plain
from assistant.evals.loader import load_scenarios
from assistant.method.reading.segments import sentences


@dataclass(frozen=True)
class OptionExample:
    """One sentence of a user's turn: where it comes from and whether it is a measure.
    ``turn``: the number of the user's turn it stands in."""

    folder: str
    scenario: str
    language: str
    text: str
    option: bool
    turn: int


def option_examples(folders: list[Path]) -> list[OptionExample]:
    """Every sentence of the users' turns of the conversations in ``folders``."""
    found: list[OptionExample] = []
    for folder in folders:
        for scenario in load_scenarios([folder]):
            gold = scenario.gold
            keys = [plain(o.contains) for o in gold.options] if gold else []
            for number, turn in enumerate(scenario.turns):
                for sentence in sentences(turn.user):
                    text = sentence.text.strip()
                    if len(text) >= MIN_CHARS:
                        option = any(k in plain(text) for k in keys)
                        found.append(
                            OptionExample(
                                folder.name, scenario.id, scenario.language, text, option, number
                            )
                        )
    return found
