"""Examples for the learned kind of a handling option: for every gold option of the
conversations (its kind or kinds and a word it contains), the option as the reader reads it
from the user's turn that holds the word (the measure of :func:`extract_options` holding it,
else the sentence holding it). Only development sets: the untouched ones stay unseen.

``python -m assistant.evals.kind_training`` builds the model from these examples."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from assistant.domain.session import OptionKind
from assistant.evals.loader import load_scenarios
from assistant.method.reading.extraction import extract_options

EVALS = Path(__file__).resolve().parents[2] / "evals" / "conversations"
# The development sets the models learn from; dev25, dev26 (a check of how the models generalise)
# and the holdout sets other than holdout2 stay unseen.
DEV_SETS = (
    *("dev", *(f"dev{n}" for n in range(2, 25))),
    "holdout2",
)
SHARED = EVALS.parents[2] / "shared" / "conversations"
SENTENCE_END_RE = re.compile(r"(?<=[.!?;\n])\s+")


@dataclass(frozen=True)
class KindExample:
    """One gold option: where it comes from, its text as read, the kinds gold accepts."""

    folder: str
    scenario: str
    language: str
    text: str
    kinds: tuple[OptionKind, ...]


def plain(text: str) -> str:
    """Lower case without accents, as the eval's gold matches words."""
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def dev_folders() -> list[Path]:
    """The development sets that exist here, the shared conversations last."""
    folders = [EVALS / name for name in DEV_SETS]
    return [f for f in [*folders, SHARED] if f.is_dir()]


def kind_examples(folders: list[Path]) -> list[KindExample]:
    """Every gold option of the conversations in ``folders`` as an example (those whose word
    no user turn holds are left out)."""
    found: list[KindExample] = []
    for folder in folders:
        for scenario in load_scenarios([folder]):
            turns = [t.user for t in scenario.turns]
            for gold in scenario.gold.options if scenario.gold else []:
                text = option_text(turns, gold.contains)
                if text:
                    kinds = tuple(gold.kind)
                    found.append(
                        KindExample(folder.name, scenario.id, scenario.language, text, kinds)
                    )
    return found


def option_text(turns: list[str], word: str) -> str:
    """The option holding ``word`` as the reader reads it from the last turn that holds the
    word; the sentence holding it where no measure read from that turn does ("" if none)."""
    key = plain(word)
    holding = [t for t in turns if key in plain(t)]
    if not holding:
        return ""
    turn = holding[-1]
    for draft in extract_options(turn, "design"):
        if key in plain(draft.text):
            return draft.text
    sentences = SENTENCE_END_RE.split(turn)
    return next((s.strip() for s in sentences if key in plain(s)), turn.strip())
