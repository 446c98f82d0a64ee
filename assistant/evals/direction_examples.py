"""Examples for the learned direction of an effect: for every gold effect of the development
conversations (its direction and a word it contains), the effect as the reader reads it from
the first user's turn that holds the word (the clause of :func:`extract_effects` holding it,
else the sentence holding it), with the direction the rules give it and how firmly. Only
development sets (:func:`assistant.evals.kind_examples.dev_folders`): the untouched ones stay
unseen.

``python -m assistant.evals.direction_training`` builds the model from these examples."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.domain.session import Direction
from assistant.evals.kind_examples import SENTENCE_END_RE, plain
from assistant.evals.loader import load_scenarios
from assistant.method.reading.effect_lines import extract_effects
from assistant.method.reading.effect_text import effect_direction, effect_strength
from assistant.method.reading.polarity import SURE

ASKED: Direction = "positive"  # the direction the reader takes where none is asked


@dataclass(frozen=True)
class DirectionExample:
    """One gold effect: where it comes from, its text as read, the rules' direction and how
    firmly they decide it, and the direction gold gives it."""

    folder: str
    scenario: str
    language: str
    text: str
    rules: Direction
    strength: float
    direction: Direction


def direction_examples(folders: list[Path]) -> list[DirectionExample]:
    """Every gold effect of the conversations in ``folders`` as an example (those whose word
    no user turn holds are left out)."""
    found: list[DirectionExample] = []
    for folder in folders:
        for scenario in load_scenarios([folder]):
            turns = [t.user for t in scenario.turns]
            for gold in scenario.gold.effects if scenario.gold else []:
                read = effect_read(turns, gold.contains)
                if read is not None:
                    text, rules, strength = read
                    found.append(
                        DirectionExample(
                            folder.name, scenario.id, scenario.language, text, rules,
                            strength, gold.direction,
                        )
                    )  # fmt: skip
    return found


def effect_read(turns: list[str], word: str) -> tuple[str, Direction, float] | None:
    """The effect holding ``word`` as the reader reads it from the first turn that holds the
    word: its text, the rules' direction and how firmly they decide it; the sentence holding
    it, read as one clause, where no effect read from that turn holds it (None: no turn)."""
    key = plain(word)
    holding = [t for t in turns if key in plain(t)]
    if not holding:
        return None
    for draft in extract_effects(holding[0], [], None, ASKED):
        if key in plain(draft.text) and draft.direction is not None:
            rules, strength = draft.weighed or (draft.direction, SURE)
            return draft.text, rules, strength
    sentences = SENTENCE_END_RE.split(holding[0])
    sentence = next((s.strip() for s in sentences if key in plain(s)), holding[0].strip())
    told = effect_direction(sentence)
    return sentence, told or ASKED, effect_strength(sentence) if told else 0.0
