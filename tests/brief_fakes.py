"""Small fakes for the brief tests: a retriever that records what it returned, and sessions."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.brief.builder import BriefInput
from assistant.brief.intake import load_intake, load_session_file
from assistant.errors import IndexBroken

DATA = Path(__file__).parent / "data"
INTAKES = DATA / "intakes"
FINISHED = DATA / "brief" / "finished-session-nl.json"


@dataclass
class FakeHit:
    id: str
    text: str
    title: str
    section: str
    source: str
    kind: str
    language: str
    score: float = 0.5


HITS = [
    FakeHit("case-a", "Drukte geteld met camera's.", "Camera's", "", "illustratief", "cases", "nl"),
    FakeHit("case-b", "AI on a road.", "Traffic AI", "", "illustrative", "cases", "en"),
    FakeHit("outcome-1", "Uitkomst sensoren.", "Sensoren", "", "gedeeld", "outcome", "nl"),
    FakeHit(
        "method-nl#1", "Nodig iedereen uit.", "Voorbereiding", "Wie", "methode", "method", "nl"
    ),
    FakeHit("method-en#1", "Invite everyone.", "Preparation", "Whom", "method", "method", "en"),
    FakeHit("values-catalogue/privacy/nl", "Privacy", "Catalogus", "Privacy", "p", "values", "nl"),
]


class FakeRetriever:
    """Answers from ``HITS`` by kind and language; remembers every hit it handed out."""

    def __init__(self, hits: list[FakeHit] | None = None, fail: bool = False) -> None:
        self.hits = HITS if hits is None else hits
        self.fail = fail
        self.returned: list[FakeHit] = []
        self.calls: list[tuple[str, int | None, str | None, str | None]] = []

    def search(
        self, query: str, k: int | None = None, kind: str | None = None,
        language: str | None = None,
    ) -> list[FakeHit]:  # fmt: skip
        self.calls.append((query, k, kind, language))
        if self.fail:
            raise IndexBroken("The index is corrupt", "run `ethics-assistant index --rebuild`")
        found = [
            h for h in self.hits
            if (kind is None or h.kind == kind) and (language is None or h.language == language)
        ][: k or 5]  # fmt: skip
        self.returned.extend(found)
        return found


def finished_input() -> BriefInput:
    return BriefInput.from_session(load_session_file(FINISHED))


def technology_only_input() -> BriefInput:
    return BriefInput.from_intake(load_intake(INTAKES / "technology-only.yaml"))
