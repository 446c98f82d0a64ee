"""Shared session outcomes: a finished session, scrubbed, stored as a case file and indexed.

Only the outcome is kept (case, actors, effects, values, options); never the transcript, the owner
or the conductor's bookkeeping. Person names after a title or a name phrase (``dhr. J. de Vries``,
``Ms Smith``, ``mijn naam is ...``), e-mail addresses and phone numbers (Dutch and international
formats) are replaced by placeholders before anything is written.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from assistant.domain.session import Session, Step
from assistant.errors import InputError
from assistant.knowledge.catalogue import CaseFile

PLACEHOLDERS = {
    "nl": {"name": "[naam]", "email": "[e-mail]", "phone": "[telefoonnummer]"},
    "en": {"name": "[name]", "email": "[e-mail]", "phone": "[phone number]"},
}
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\d(?:[\s.-]?\d){6,11}"  # +31 6 1234 5678
    r"|\(?0\d{1,3}\)?(?:[\s.-]?\d){6,8}"  # 06-12345678, 010-1234567, (020) 123 45 67
    r")(?![\w])"
)
_TITLES = (
    r"dhr|mevr|mw|mr|mrs|ms|miss|dr|drs|ir|ing|prof|sir|meneer|mevrouw|de\s+heer|juffrouw|"
    r"wethouder|burgemeester|gedeputeerde|minister|staatssecretaris|collega|"
    r"alderman|mayor|councillor|minister|colleague"
)
_NAME_WORD = r"(?:[A-Z]\.(?:\s?[A-Z]\.)*|[A-Z][\w'’-]+)"
_PARTICLE = r"(?:van|de|der|den|het|ter|ten|te|von|van't|'t|la|le|du|da|di)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD})*"
_TITLED_NAME = re.compile(rf"\b(?P<title>(?i:{_TITLES})\.?)\s+(?P<name>{_NAME})")
_NAME_PHRASE = re.compile(
    r"\b(?P<title>(?i:mijn naam is|ik ben|ik heet|genaamd|my name is|i am|i'm|named|"
    r"contactpersoon(?: is)?:?|contact person:?|contact:))\s+"
    rf"(?P<name>{_NAME})"
)
_KEEP = frozenset(
    {"id", "key", "kind", "direction", "group", "stage", "step", "language", "actor_id"}
)


def scrub_text(text: str, language: str = "nl") -> str:
    """``text`` with e-mail addresses, phone numbers and titled person names replaced."""
    marks = PLACEHOLDERS.get(language, PLACEHOLDERS["nl"])
    text = _EMAIL.sub(marks["email"], text)
    text = _PHONE.sub(marks["phone"], text)

    text = _TITLED_NAME.sub(lambda m: f"{m.group('title')} {marks['name']}", text)
    return _NAME_PHRASE.sub(lambda m: f"{m.group('title')} {marks['name']}", text)


def _scrub(data: Any, language: str) -> Any:
    if isinstance(data, str):
        return scrub_text(data, language)
    if isinstance(data, list):
        return [_scrub(item, language) for item in data]
    if isinstance(data, dict):
        return {k: v if k in _KEEP else _scrub(v, language) for k, v in data.items()}
    return data


def outcome_id(session: Session) -> str:
    return f"outcome-{session.id}"


def build_outcome(session: Session) -> CaseFile:
    """The scrubbed, transcript-free case file for a finished ``session``."""
    if session.step != Step.SUMMARY or not session.case.technology.strip():
        raise InputError(
            "Only a finished session can be shared",
            "complete the steps up to the wrap-up (summary) first",
        )
    language = session.language
    fields = ("case", "actors", "effects", "values", "options")
    kept = _scrub(session.model_dump(mode="json", include=set(fields)), language)
    title = scrub_text(session.title or session.case.technology[:80], language)
    outcome = Session(
        id=session.id, title=title, language=language, step=Step.SUMMARY, shared=True, **kept
    )
    source = "Gedeelde sessie-uitkomst" if language == "nl" else "Shared session outcome"
    return CaseFile(
        id=outcome_id(session),
        title=title,
        language=language,
        kind="outcome",
        source=source,
        illustrative=False,
        session=outcome,
    )


def write_outcome(directory: Path, outcome: CaseFile) -> Path:
    """Store ``outcome`` as ``<directory>/<id>.yaml`` (replacing an earlier share)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{outcome.id}.yaml"
    data = outcome.model_dump(mode="json")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    tmp = path.with_suffix(".yaml.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
