"""Plain-text checks: which language a reply is in, and whether it gives an ethical verdict."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def normalise(text: str) -> str:
    """Lower case, quotes unified, whitespace collapsed: for finding quoted evidence."""
    table = str.maketrans({q: '"' for q in "“”„«»"} | {q: "'" for q in "‘’"})
    return " ".join(text.translate(table).lower().split())
