"""Step 0: the case (technology, where and by whom, users, decisions, stage)."""

from __future__ import annotations

from typing import Any

from assistant.domain.session import Session
from assistant.method.changes import Changes, Tools
from assistant.method.steps.base import StepHandler


class CaseStep(StepHandler):
    def on_done(self, tools: Tools, session: Session, changes: Changes) -> bool:
        asked = session.meta.get("case_ask")
        if asked and session.case.technology:
            changes.skipped.append(asked)
            return True
        return False

    def _open(self, session: Session) -> list[str]:
        asked = set(session.meta.get("case_asked", []))
        return [f for f in session.case.missing() if f not in asked or f == "technology"]

    def ready(self, session: Session) -> bool:
        return bool(session.case.technology.strip())

    def complete(self, session: Session) -> bool:
        return self.ready(session) and not self._open(session)

    def context(self, tools: Tools, session: Session) -> dict[str, Any]:
        open_fields = self._open(session)
        ask = open_fields[0] if open_fields else None
        session.meta["case_ask"] = ask
        if ask:
            session.meta["case_asked"] = sorted({*session.meta.get("case_asked", []), ask})
        return {"complete": ask is None, "ask": ask, "case": session.case}
