"""Plain-text checks: which language a reply is in, and whether it gives an ethical verdict
(the verdict phrases live in ``assistant.method.verdict``: the product guards its replies with
the same detection the evals check them with)."""

from __future__ import annotations

import re

from assistant.method.verdict import VerdictHit, find_verdicts

__all__ = ["VerdictHit", "detect_language", "find_verdicts", "language_scores", "normalise"]

_WORD = re.compile(r"[a-zà-ÿ']+")

_NL_WORDS = (
    "de het een en van in is dat die op te zijn voor met niet als er maar om ook bij aan of dit "
    "wat je u uw we wij ze zij hoe welke wie waar wordt worden kan kunnen moet heeft hebben naar "
    "over nog door dan al deze meer geen waarom wilt wil zou jullie mee"
)
_EN_WORDS = (
    "the a an and of in is that to are for with not as it but or be on at by this which what who "
    "how where will can could should would have has do does you your we our they their from "
    "about into more no than why any these those was were been"
)
_STOPWORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(_NL_WORDS.split()),
    "en": frozenset(_EN_WORDS.split()),
}


def language_scores(text: str) -> dict[str, int]:
    """Stop-word hits per language (words shared by both count for neither)."""
    words = _WORD.findall(text.lower())
    shared = _STOPWORDS["nl"] & _STOPWORDS["en"]
    return {
        lang: sum(1 for w in words if w in stops and w not in shared)
        for lang, stops in _STOPWORDS.items()
    }


def detect_language(text: str) -> str | None:
    """``nl``, ``en``, or ``None`` when the text has too few stop words to tell."""
    scores = language_scores(text)
    nl, en = scores["nl"], scores["en"]
    if max(nl, en) < 2 or nl == en:
        return None
    return "nl" if nl > en else "en"


def normalise(text: str) -> str:
    """Lower case, quotes unified, whitespace collapsed: for finding quoted evidence."""
    table = str.maketrans({q: '"' for q in "“”„«»"} | {q: "'" for q in "‘’"})
    return " ".join(text.translate(table).lower().split())
