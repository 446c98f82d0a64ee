"""Measures put as a question and turned down at once ("een chatbot voor aanvragers? nee, liever
niet, dan krijg je alleen meer vragen", "a paid premium version? obviously not"): taken out of
the message before it is read, so that neither the measure nor its reason is noted (as an
option, an actor or an effect); what is offered instead stays ("..? nee, liever een folder")."""

from __future__ import annotations

import re

from assistant.language.cues.measure_leads import COUNTER_LEAD_RE
from assistant.language.cues.measure_statements import TURNED_DOWN_QUESTION_RE


def without_turned_down_measures(text: str, ignored: list[str]) -> str:
    """``text`` without the measures it puts as a question and turns down, each added to
    ``ignored`` (said back as left out)."""

    def dropped(match: re.Match[str]) -> str:
        why = match.group("why").lstrip(" ,:;\u2013-")
        counter = COUNTER_LEAD_RE.match(why)
        kept = why[counter.start() :] + match.group("end") if counter else ""
        left = match.group(0)[len(match.group("lead")) : len(match.group(0)) - len(kept)]
        ignored.append(left.strip())
        return match.group("lead") + kept if kept else ""

    return TURNED_DOWN_QUESTION_RE.sub(dropped, text)
