"""Verdict phrases: text that passes judgement on a technology as a whole ("this is unethical").

The assistant never gives a verdict. The conductor's templates never do; a generative model's
reply is checked with ``find_verdicts`` before anyone sees it, and the evals check every reply
with the same function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Phrases that pass judgement on the technology as a whole. A phrase in quotation marks is a
# mention (e.g. "I will not say 'this is unethical'"), not a verdict, and is not counted.
_NOT_AFTER = r"(?<!whether )(?<!if )(?<!of )"
_VERDICTS: tuple[str, ...] = (
    # Dutch
    r"\b(?:dit|dat|het) is (?:niet |wel |echt |zeker )?(?:on)?ethisch\b(?! (?:te )?(?:bekijken|"
    r"beoordelen|gezien|vraagstuk|gesprek|perspectief|kader))",
    r"\b(?:deze|die|de|uw) (?:technologie|toepassing|inzet|pilot|camera'?s?|algoritme) is "
    r"(?:niet |wel )?(?:on)?ethisch\b",
    r"\b(?:is|zijn) (?:ethisch|moreel) (?:on)?(?:aanvaardbaar|verantwoord|toelaatbaar)\b",
    r"\bis (?:moreel )?(?:on)?toelaatbaar\b",
    r"\bja,? (?:dit|dat|het) mag\b",
    r"\bnee,? (?:dit|dat|het) mag niet\b",
    r"\b(?:dit|dat) mag (?:u |je )?(?:echt )?niet (?:doen|invoeren|gebruiken|inzetten)\b",
    r"\b(?:u|je|jullie) (?:moet|moeten|mag|mogen) (?:dit|dat|deze technologie) niet "
    r"(?:doen|invoeren|gebruiken|inzetten)\b",
    r"\bik raad (?:u|je|jullie) (?:dit|dat|het) af\b",
    # English
    _NOT_AFTER + r"\b(?:this|that|it) is (?:not |un|clearly |definitely )?ethical\b",
    r"\b(?:this|the|your) (?:technology|system|project|pilot|use) is (?:not |un)?ethical\b",
    r"\b(?:is|are) (?:morally|ethically) (?:un)?(?:acceptable|justifiable|permissible|wrong)\b",
    r"\byou should(?: not|n't) (?:do|use|deploy|adopt|introduce|implement) (?:this|it|that)\b",
    r"\byes,? (?:this|that|it) is (?:allowed|acceptable|ethical|fine|ok(?:ay)?)\b",
    r"\bno,? (?:this|that|it) is not (?:allowed|acceptable|ethical)\b",
    r"\bi (?:would )?(?:advise|recommend) against (?:this|it|using|deploying|introducing)\b",
)
_VERDICT_RES = tuple(re.compile(p, re.IGNORECASE) for p in _VERDICTS)
_QUOTES = "'\"‘’“”„«»"


@dataclass(frozen=True)
class VerdictHit:
    phrase: str
    context: str


def find_verdicts(text: str) -> list[VerdictHit]:
    """Verdict phrases in ``text`` that are used, not quoted."""
    hits: list[VerdictHit] = []
    for pattern in _VERDICT_RES:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 1) : match.start()]
            if before and before in _QUOTES:
                continue
            start, end = max(0, match.start() - 40), min(len(text), match.end() + 40)
            hits.append(VerdictHit(match.group(0), text[start:end].replace("\n", " ")))
    return hits


_SENTENCE_END = re.compile(r"[.!?]\s+|\n")


class SentenceGate:
    """Lets streamed model text through sentence by sentence, each checked for a verdict.

    The reply still streams (a sentence at a time), and no verdict is ever shown: at the first
    sentence that holds one, the gate closes (``blocked``) and lets nothing more through.
    ``text`` is exactly what was let through.
    """

    def __init__(self) -> None:
        self._shown: list[str] = []
        self._held = ""
        self.blocked = False

    @property
    def text(self) -> str:
        return "".join(self._shown)

    def feed(self, piece: str) -> list[str]:
        """Take a piece of the stream; return the sentences it completes that may be shown."""
        released: list[str] = []
        self._held += piece
        while not self.blocked and (end := _SENTENCE_END.search(self._held)):
            sentence, self._held = self._held[: end.end()], self._held[end.end() :]
            released.extend(self._release(sentence))
        return released

    def flush(self) -> list[str]:
        """The rest of the stream, when it ends (or breaks off)."""
        held, self._held = self._held, ""
        return self._release(held) if held and not self.blocked else []

    def _release(self, text: str) -> list[str]:
        if find_verdicts(text):
            self.blocked = True
            return []
        self._shown.append(text)
        return [text]
