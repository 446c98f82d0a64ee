"""The intake form a facilitator fills in before a session (YAML), and loading session files.

An intake becomes a session-like brief input: a :class:`Session` holding the case, plus the intake
itself for what a session does not know (case owner, date, known concerns, session length).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from assistant.domain.session import Case, Language, Session, Stage
from assistant.errors import InputError

SessionLength = Literal["half-day", "90-minutes", "both"]
MAX_FILE_BYTES = 5_000_000

STAGE_WORDS: dict[str, Stage] = {
    "idea": "idea",
    "idee": "idea",
    "pilot": "pilot",
    "proef": "pilot",
    "in_use": "in_use",
    "in use": "in_use",
    "in gebruik": "in_use",
    "unknown": "unknown",
    "onbekend": "unknown",
    "": "unknown",
}


class Intake(BaseModel):
    """What the facilitator learnt in the intake conversation with the case owner."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    technology: str = Field(min_length=3, description="What the technology is and what it does.")
    context: str = Field("", description="Where and for what it is used.")
    case_owner: str = Field("", description="Who brings the case to the session.")
    organisation: str = Field("", description="The public body that uses it.")
    users: str = Field("", description="Who uses it, when known.")
    decisions: str = Field("", description="Which decisions are taken with it, when known.")
    stage: Stage = Field("unknown", description="idea, pilot, in_use (Dutch words accepted).")
    known_concerns: list[str] = Field(default_factory=list)
    date: dt.date | None = Field(None, description="Date of the session.")
    session_length: SessionLength = "both"
    language: Language = "nl"

    @field_validator("stage", mode="before")
    @classmethod
    def _stage_words(cls, value: Any) -> Any:
        if value is None:
            return "unknown"
        if isinstance(value, str):
            return STAGE_WORDS.get(value.strip().lower().replace("-", " "), value)
        return value

    @field_validator("known_concerns", mode="before")
    @classmethod
    def _concern_list(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]
        return value

    def to_session(self) -> Session:
        """The case as a fresh session (no actors, effects, values or options yet)."""
        case = Case(
            technology=self.technology,
            context=self.context,
            users=self.users,
            decisions=self.decisions,
            stage=self.stage,
            notes="; ".join(self.known_concerns),
        )
        return Session(language=self.language, case=case)


def _read_text(path: Path, what: str, fix: str) -> str:
    if not path.exists():
        raise InputError(f"The {what} {path} does not exist", fix)
    if not path.is_file():
        raise InputError(f"The {what} {path} is not a file", fix)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError(f"The {what} {path} is larger than 5 MB", fix)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"The {what} {path} cannot be read: {exc}", fix) from exc


def _problems(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'file'}: {err['msg']}" for err in exc.errors()
    )


INTAKE_FIX = (
    "write a YAML mapping with at least `technology:` (see tests/data/intakes/ for examples); "
    "allowed keys: " + ", ".join(Intake.model_fields)
)
SESSION_FIX = "use a file written by `ethics-assistant sessions export ID --format json`"


def load_intake(path: Path) -> Intake:
    """Read and validate an intake YAML file; every problem becomes an InputError with the fix."""
    import yaml

    text = _read_text(path, "intake file", INTAKE_FIX)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(f"The intake file {path} is not valid YAML: {exc}", INTAKE_FIX) from exc
    if not isinstance(data, dict):
        raise InputError(f"The intake file {path} does not hold a YAML mapping", INTAKE_FIX)
    try:
        return Intake.model_validate(data)
    except ValidationError as exc:
        raise InputError(
            f"The intake file {path} is incomplete or wrong: {_problems(exc)}", INTAKE_FIX
        ) from exc


def load_session_file(path: Path) -> Session:
    """Read an exported session JSON file (older schema versions are upgraded)."""
    from assistant.store.export import from_json

    return from_json(_read_text(path, "session file", SESSION_FIX), f"The session file {path}")
