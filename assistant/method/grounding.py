"""Retrieved context for a turn: passages from the knowledge index, and the one worth quoting."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from assistant.domain.session import Session, Step
from assistant.errors import AssistantError
from assistant.knowledge.protocols import Searcher
from assistant.language.cues.conversation import METHOD_TERMS
from assistant.language.labels import label
from assistant.language.stems import content_words, stems, stems_match
from assistant.language.textparts import truncate
from assistant.method.suggestions import case_tags, technology_tags

STEP_QUERY = {
    Step.CASE: "casus technologie beschrijven case description",
    Step.ACTORS: "actoren betrokkenen stakeholders actors",
    Step.EFFECTS: "effecten positief negatief effects",
    Step.VALUES: "waarden values",
    Step.OPTIONS: "handelingsopties ontwerp omgeving mens handling options",
    Step.SUMMARY: "afronding summary",
}
# What a question about the approach as a whole is looked up with, besides its own words.
ABOUT_QUERY = "de aanpak begeleidingsethiek in het kort guidance ethics approach in brief"
QUOTE_KINDS = {
    "help": ("method",),
    "about": ("method",),
    "enter": ("cases", "outcome", "method"),
}
SNIPPET_CHARS = 260
EXCERPT_ITEMS = 2  # a past case's effects or options quoted on entering that step
ENTERING_CHARS = 120  # the case's words in the query of a guided reply that enters a step
CASE_KINDS = ("cases", "outcome")
MIN_SHARED = 2  # content words a past case shares with this one when no technology tag decides
# Words every public-sector case shares: they make no past case relevant.
_GENERIC = (
    "gemeente gemeenten provincie ministerie waterschap organisatie inwoners burgers medewerkers "
    "municipality province ministry organisation residents citizens staff public sector data "
    "systeem system technologie technology gebruik gebruikt used"
)
GENERIC = frozenset(_GENERIC.split())


@dataclass(frozen=True)
class Passage:
    id: str
    text: str
    title: str = ""
    section: str = ""
    source: str = ""
    kind: str = ""
    language: str = ""

    @classmethod
    def from_hit(cls, hit: Any) -> Passage:
        return cls(
            id=str(hit.id),
            text=str(hit.text),
            title=str(getattr(hit, "title", "") or ""),
            section=str(getattr(hit, "section", "") or ""),
            source=str(getattr(hit, "source", "") or ""),
            kind=str(getattr(hit, "kind", "") or ""),
            language=str(getattr(hit, "language", "") or ""),
        )

    @property
    def snippet(self) -> str:
        return truncate(" ".join(self.text.split()), SNIPPET_CHARS)

    def excerpt(self, step: Step) -> str:
        """What a past case says about ``step`` ("Actoren: ...", its first effects or options, or
        its technology at the case step); the snippet for other passages."""
        if self.kind not in CASE_KINDS:
            return self.snippet
        key = "case.technology" if step == Step.CASE else f"step.{step.value}"
        heading = f"{label(self.language or 'nl', key)}:"
        lines = [line.strip() for line in self.text.splitlines()]
        at = next((i for i, line in enumerate(lines) if line.startswith(heading)), None)
        if at is None:
            return self.snippet
        if lines[at] != heading:
            return truncate(lines[at], SNIPPET_CHARS)  # "Actoren: a, b, c."
        items = [line for line in lines[at + 1 :] if line.startswith(("(", "- "))][:EXCERPT_ITEMS]
        return truncate(f"{heading} {' '.join(items)}", SNIPPET_CHARS) if items else self.snippet


#: What a turn searches for: its conversation (``turn``: the case, the step and the message), a
#: question about one of the method's steps (``help``) or about the approach as a whole
#: (``about``), or a text to quote on entering a step (``enter``).
Purpose = Literal["turn", "help", "about", "enter"]


def build_query(
    session: Session,
    text: str,
    purpose: Purpose = "turn",
    topic: Step | None = None,
    step: Step | None = None,
) -> str:
    """The turn's search. A question about the method is searched as asked, without the case
    (``topic``: the step it names, if any); a guided reply entering a step looks for a text about
    that step or a case like this one, which the message ("volgende") does not help to find (and
    a shorter query encodes faster). ``step``: the step of the turn's search when it is not (yet)
    the session's."""
    step = step or session.step
    match purpose:
        case "help":
            return f"{text[:300]} {STEP_QUERY[topic] if topic else ''}".strip()
        case "about":
            return f"{text[:300]} {ABOUT_QUERY}"
        case "enter":
            technology = session.case.technology[:ENTERING_CHARS]
            return f"{technology} {STEP_QUERY[step]}".strip()
        case "turn":
            parts = [session.case.technology[:200], STEP_QUERY[step], text[:300]]
            if step in (Step.VALUES, Step.OPTIONS):
                parts.append(" ".join(v.name for v in session.chosen_values()))
            return " ".join(p for p in parts if p).strip()


def retrieve(
    retriever: Searcher | None,
    session: Session,
    text: str,
    k: int,
    purpose: Purpose = "turn",
    topic: Step | None = None,
) -> tuple[list[Passage], str]:
    """Passages for this turn, and a notice kind when retrieval failed (the turn goes on)."""
    if retriever is None:
        return [], ""
    try:
        hits = retriever.search(build_query(session, text, purpose, topic), k=k)
    except AssistantError:
        return [], "retrieval_failed"
    except Exception:  # a broken index or store must never break the conversation
        return [], "retrieval_failed"
    return [Passage.from_hit(h) for h in hits], ""


def relevant(
    passage: Passage, session: Session, reason: str = "enter", topic: Step | None = None
) -> bool:
    """Better no quote than an unrelated one. A past case is worth quoting only when it is about
    the same kind of technology (its technology tags, or at least ``MIN_SHARED`` content words in
    common); a method text on entering a step only when its heading names that step, and on help
    about a step (``topic``) only when its heading names that one."""
    if passage.kind not in CASE_KINDS:
        if reason != "enter" and (reason != "help" or topic is None):
            return True
        step = topic if reason == "help" and topic is not None else session.step
        heading = f"{passage.title} {passage.section}".lower()
        return any(term in heading.split() for term in METHOD_TERMS[step])
    case = f"{session.case.technology} {session.case.users} {session.case.decisions}"
    mine = case_tags(session)
    theirs = technology_tags(f"{passage.title} {passage.text}")
    if mine and theirs:
        return bool(mine & theirs)
    own = {s for w in content_words(case) if w not in GENERIC for s in stems(w)}
    shared = {
        word
        for word in content_words(f"{passage.title} {passage.text}")
        if word not in GENERIC and any(stems_match(a, b) for a in stems(word) for b in own)
    }
    return len(shared) >= MIN_SHARED


def pick_quote(
    passages: list[Passage], session: Session, reason: str, topic: Step | None = None
) -> Passage | None:
    """The passage to quote in a guided reply (same language, preferred kinds, relevant to the
    case or, on help, to the step asked about: ``topic``), if any."""
    kinds = QUOTE_KINDS.get(reason)
    if not kinds:
        return None
    language = session.language
    same = [
        p
        for p in passages
        if p.language in (language, "multi", "") and relevant(p, session, reason, topic)
    ]
    for kind in kinds:
        found = next((p for p in same if p.kind == kind), None)
        if found is not None:
            return found
    return None
