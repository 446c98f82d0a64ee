"""The intake form a facilitator fills in before a session (YAML), and loading session files.

An intake becomes a session-like brief input: a :class:`Session` holding the case, plus the intake
itself for what a session does not know (case owner, date, known concerns, session length).

Reading an intake file is forgiving: obvious synonyms of the keys are accepted (``organization``,
``concerns``, ``duration_minutes: 240``, Dutch words), a key it does not know or a value it cannot
use is left out with a warning, and only a missing ``technology`` stops it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

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
LENGTH_WORDS: dict[str, SessionLength] = {
    "half-day": "half-day",
    "half day": "half-day",
    "halfday": "half-day",
    "halve dag": "half-day",
    "dagdeel": "half-day",
    "90-minutes": "90-minutes",
    "90 minutes": "90-minutes",
    "90 minuten": "90-minutes",
    "both": "both",
    "beide": "both",
    "": "both",
}
_DURATION = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(min|minutes|minuten|m|h|hours?|uur|u)?$")
#: Other names for the intake's keys (compared in lower case, ``-`` and spaces read as ``_``).
KEY_SYNONYMS: dict[str, str] = {
    "technologie": "technology",
    "techniek": "technology",
    "omgeving": "context",
    "casuseigenaar": "case_owner",
    "owner": "case_owner",
    "eigenaar": "case_owner",
    "organization": "organisation",
    "organisatie": "organisation",
    "gebruikers": "users",
    "beslissingen": "decisions",
    "besluiten": "decisions",
    "fase": "stage",
    "phase": "stage",
    "concerns": "known_concerns",
    "zorgen": "known_concerns",
    "bekende_zorgen": "known_concerns",
    "datum": "date",
    "session_date": "date",
    "length": "session_length",
    "lengte": "session_length",
    "duration": "session_length",
    "duur": "session_length",
    "session_duration": "session_length",
}
#: Keys whose number is a session length in minutes or hours.
DURATION_KEYS: dict[str, int] = {
    "duration_minutes": 1, "session_minutes": 1, "minutes": 1, "minuten": 1, "duur_minuten": 1,
    "duration_hours": 60, "hours": 60, "uren": 60, "duur_uren": 60,
}  # fmt: skip


def length_from_minutes(minutes: float) -> SessionLength:
    """The agenda for a session of ``minutes``: 90 minutes up to 2.5 hours, else half a day."""
    return "90-minutes" if minutes <= 150 else "half-day"


class Intake(BaseModel):
    """What the facilitator learnt in the intake conversation with the case owner."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    _warnings: list[str] = PrivateAttr(default_factory=list)

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

    @field_validator("session_length", mode="before")
    @classmethod
    def _length_words(cls, value: Any) -> Any:
        if value is None:
            return "both"
        if isinstance(value, int | float) and not isinstance(value, bool):
            return length_from_minutes(value)
        if not isinstance(value, str):
            return value
        text = " ".join(value.strip().lower().replace("-", " ").split())
        if text in LENGTH_WORDS or text.replace(" ", "-") in LENGTH_WORDS:
            return LENGTH_WORDS.get(text) or LENGTH_WORDS[text.replace(" ", "-")]
        if match := _DURATION.match(text):
            number = float(match.group(1).replace(",", "."))
            hours = (match.group(2) or "m")[0] in "hu"
            return length_from_minutes(number * 60 if hours else number)
        return value

    @property
    def warnings(self) -> list[str]:
        """What reading the intake file left out or could not use (see :func:`load_intake`)."""
        return list(self._warnings)

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
    "known keys: " + ", ".join(Intake.model_fields)
)
SESSION_FIX = "use a file written by `ethics-assistant sessions export ID --format json`"


def load_intake(path: Path) -> Intake:
    """Read an intake YAML file. Synonyms of the keys are accepted; unknown keys and unusable
    values are left out, each with a warning (``Intake.warnings``); only a file that cannot be
    read or has no usable ``technology`` raises an InputError with the fix."""
    import yaml

    text = _read_text(path, "intake file", INTAKE_FIX)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InputError(f"The intake file {path} is not valid YAML: {exc}", INTAKE_FIX) from exc
    if not isinstance(data, dict):
        raise InputError(f"The intake file {path} does not hold a YAML mapping", INTAKE_FIX)
    fields, warnings = canonical_keys(data)
    while True:
        try:
            intake = Intake.model_validate(fields)
            break
        except ValidationError as exc:
            bad = {str(err["loc"][0]) for err in exc.errors() if err["loc"]}
            if "technology" in bad or not bad:
                raise InputError(
                    f"The intake file {path} has no usable technology: {_problems(exc)}",
                    INTAKE_FIX,
                ) from exc
            for err in exc.errors():
                key = str(err["loc"][0])
                if key in fields:
                    warnings.append(f"`{key}: {fields.pop(key)}` left out: {err['msg']}")
    intake._warnings = warnings
    return intake


def _duration(value: Any, unit: int) -> Any:
    """A number of minutes (or hours, ``unit`` 60) as a session length; other values as given."""
    try:
        return length_from_minutes(float(str(value).replace(",", ".")) * unit)
    except ValueError:
        return value


def canonical_keys(data: dict[Any, Any]) -> tuple[dict[str, Any], list[str]]:
    """The intake's fields under their own names, and warnings about the keys it left out."""
    fields: dict[str, Any] = {}
    unknown: list[str] = []
    warnings: list[str] = []
    for raw, value in data.items():
        key = str(raw).strip().lower().replace("-", "_").replace(" ", "_")
        if key in DURATION_KEYS:
            key, value = "session_length", _duration(value, DURATION_KEYS[key])
        key = KEY_SYNONYMS.get(key, key)
        if key not in Intake.model_fields:
            unknown.append(str(raw))
        elif key in fields:
            warnings.append(f"`{raw}` left out: `{key}` is already given")
        else:
            fields[key] = value
    if unknown:
        warnings.insert(
            0,
            f"Unknown key{'s' if len(unknown) > 1 else ''} left out: {', '.join(unknown)} "
            f"(known keys: {', '.join(Intake.model_fields)})",
        )
    return fields, warnings


def load_session_file(path: Path) -> Session:
    """Read an exported session JSON file (older schema versions are upgraded)."""
    from assistant.store.export import from_json

    return from_json(_read_text(path, "session file", SESSION_FIX), f"The session file {path}")
