"""Case facets from a sentence: the technology, where and by whom, its users, the decisions
taken with it, the stage, and what data it keeps (recorded in the notes)."""

from __future__ import annotations

import re

from assistant.domain.session import Case
from assistant.language.cues.case import (
    CASE_LABEL_RE,
    DATA_RE,
    DECISION_RE,
    HERE_LEAD_RE,
    HERE_TAIL_RE,
    ORGANISATION_NAME_RE,
    TECHNOLOGY_HINT_RE,
    TECHNOLOGY_LABEL_RE,
    TECHNOLOGY_SUBJECT_RE,
    TECHNOLOGY_WORDS,
    TOPIC_LEAD_RE,
    USERS_LABEL_RE,
    USERS_RE,
    WHO_THEN_WHAT_RE,
    WHO_WE_ARE_RE,
    WORKPLACE_RE,
)
from assistant.language.cues.chatter import CHATTER_RE
from assistant.language.textparts import truncate, word_count
from assistant.method.reading.extraction import detect_context, detect_stage
from assistant.method.reading.questions import is_question

CASE_FIELD_CHARS = 600
STAGE_ONLY_WORDS = 6
FACETS = ("context", "users", "decisions")
WHERE_WORDS = 8
DATA_ROLE_RE = re.compile(r"\bdata[ -]?\w*", re.I)  # "data officer", "datateam": a role
TECHNOLOGY_CHARS = 300  # a technology told at more length than this needs no more sentences


def read_case(
    sentence: str, case: Case, asked: str | None, first: bool, found: dict[str, str]
) -> None:
    """Add what ``sentence`` says about the case to ``found`` (field -> text)."""
    text = sentence.strip()
    if CHATTER_RE.match(text):
        return  # "So here's the thing.", "Nou, het zit zo.": an announcement, no case
    if not first and is_question(text):
        return  # "wie hebben we dan allemaal?" asks, it tells nothing about the case
    if _labelled_idea(text, case, asked, first, found) or _who_then_what(text, case, found):
        return
    stage = _note_stage(text, case, found)
    context = CASE_LABEL_RE.sub("", detect_context(text) or "", count=1)  # "Context: X": X
    if context and not case.context and "context" not in found:
        found["context"] = context
    stage_only = stage is not None and word_count(text) <= STAGE_ONLY_WORDS
    names_it = not stage_only or _technical(text)  # "we're piloting drones over the dunes"
    if not case.technology and "technology" not in found and _introduces_self(text):
        if not case.context and found.get("context", context) == context:
            found["context"] = _workplace(text)  # "I work at COA" -> "COA", else the sentence
        else:
            _add(found, "notes", text)
        return  # "Ik ben docent wiskunde op een scholengemeenschap in Zaandam (...)"
    if not case.technology and "technology" not in found and names_it:
        if _only_where(text, context):
            found["context"] = _workplace(text)  # "gemeente Apeldoorn.", "I'm an adviser at COA"
            return
        _add(found, "technology", text)
        return
    if _names_technology_first(text, case, found) or _goes_on_with_technology(text, case, found):
        _add(found, "technology", text)  # "we willen X vinden. Dat doen we met slimme meters."
        return
    if first and not stage_only:
        facet = _facet(text, case, found)
        _add(found, facet or "technology", text)
        return
    if asked in ("users", "decisions") and TECHNOLOGY_SUBJECT_RE.match(text):
        decides = DECISION_RE.search(text) and not case.decisions and "decisions" not in found
        # "het systeem beslist zelf over de groentijden": what is decided, and by the system
        _add(found, "decisions" if decides else "notes", text)  # "de bot gebruikt onze teksten"
        return
    if asked in ("users", "decisions") and _only_where_it_is(text, context, case, found):
        return  # "het gaat om de openbare bibliotheek in Deventer": where, not who
    labelled = USERS_LABEL_RE.match(text)
    if labelled is not None and not case.users and "users" not in found:
        found["users"] = truncate(labelled.group("rest"), CASE_FIELD_CHARS)  # "users: ..."
        return
    if asked == "users" and stage is not None and not stage_only and not USERS_RE.search(text):
        _add(found, "notes", text)  # "we zitten nog in de verkenningsfase": when, not who
        return
    if asked in FACETS and not getattr(case, asked) and asked not in found and not stage_only:
        named = _facet(text, case, found)  # "het is een idee nog" answers no asked facet
        field = named if asked == "context" and not context and named != "notes" else asked
        found[field or asked] = truncate(text, CASE_FIELD_CHARS)
        return
    if stage_only or (context and word_count(text) <= 4):
        return
    _add(found, _facet(text, case, found) or "notes", text)


def _only_where_it_is(text: str, context: str, case: Case, found: dict[str, str]) -> bool:
    """A sentence that only says where the technology is used ("het gaat om de openbare
    bibliotheek in Deventer, pilot van een half jaar", "it's for the library in Zwolle"), where
    users or decisions are asked: the context, made more precise when it names the one known."""
    if not context or TOPIC_LEAD_RE.match(text) is None:
        return False
    known = case.context.lower().removeprefix("de ").removeprefix("het ").removeprefix("the ")
    if not case.context or known in context.lower():
        found["context"] = context
    else:
        _add(found, "notes", text)
    return True


def _note_stage(text: str, case: Case, found: dict[str, str]) -> str | None:
    """The stage ``text`` names (noted in ``found`` when it is news)."""
    stage = detect_stage(text)
    if stage and stage != case.stage:
        found["stage"] = stage
    return stage


def _labelled_idea(
    text: str, case: Case, asked: str | None, first: bool, found: dict[str, str]
) -> bool:
    """An opening with a label before the technology ("Idee: ...", "we're a housing corp in
    Delft, plan = ..."): what follows the label is the technology, what comes before it is read
    as a sentence of its own."""
    label = TECHNOLOGY_LABEL_RE.search(text)
    if label is None or case.technology or "technology" in found:
        return False
    before = text[: label.start()].strip()
    if before:
        read_case(before, case, asked, first, found)
    found.pop("technology", None)
    _add(found, "technology", text[label.end() :].strip())
    _note_stage(text, case, found)  # "Idee: ..." is an idea
    return True


# A part of an organisation ("de afdeling Werk en Inkomen", "the department ..."): the
# organisation it belongs to, when named, comes first.
DEPARTMENT_RE = re.compile(
    r"(?:the |de |het )?(?:department|afdeling|team|unit|directie|directorate|dienst|cluster|"
    r"sector|divisie|division)\b",
    re.I,
)
# The plan after "en"/"and" without its subject ("wij zijn de GGD en willen een chatbot"): the
# technology is told as "we willen een chatbot".
SUBJECTLESS_WANT_RE = re.compile(
    r"(?:willen|overwegen|denken|plannen|gaan|want|consider|are\s+planning|plan)\b", re.I
)


def _who_then_what(text: str, case: Case, found: dict[str, str]) -> bool:
    """An opening that says who the writer is and then what they consider ("ik werk bij de
    provincie, we denken aan een app ..."): the first part is the context, the rest the
    technology."""
    who_first = WHO_WE_ARE_RE.match(text) or HERE_LEAD_RE.match(text)
    if case.technology or "technology" in found or not who_first:
        return False
    then = WHO_THEN_WHAT_RE.search(text)
    if then is None or not _technical(text[then.end() :]):
        return False
    who, what = text[: then.start()].strip(), text[then.end() :].strip()
    what = f"we {what}" if SUBJECTLESS_WANT_RE.match(what) else what  # "... en willen een X"
    if not case.context and "context" not in found:
        found["context"] = _workplace(who)  # "ik ben adviseur bij de gemeente X" -> "gemeente X"
    _add(found, "technology", what)
    _note_stage(text, case, found)
    return True


def _only_where(text: str, context: str) -> bool:
    """A short sentence that only says where or who ("gemeente Apeldoorn", "I work at a
    benefits agency"), no technology."""
    short = word_count(text) <= WHERE_WORDS
    who = WHO_WE_ARE_RE.match(text) is not None
    place = WORKPLACE_RE.search(text) if who else None
    if short and place is not None and not _technical(ORGANISATION_NAME_RE.sub("", place[0])):
        return True  # "I'm a data adviser at RIVM": the role does not say what the case is
    where = bool(context) or who
    named = ORGANISATION_NAME_RE.sub("", text) if who else text  # "I'm at a road authority"
    return short and where and not _technical(named)


def _introduces_self(text: str) -> bool:
    """A sentence in which the writer says who they are and names no technology ("I'm a data
    officer at the RDW, team Toezicht"): where the case is, not what it is."""
    if not WHO_WE_ARE_RE.match(text) or WHO_THEN_WHAT_RE.search(text):
        return False
    if TOPIC_LEAD_RE.match(text):
        return False  # "I'm facilitating a session about X": X is the technology
    return not _technical(DATA_ROLE_RE.sub("", text))


def _workplace(text: str) -> str:
    """Where the speaker works, from a sentence that says who they are ("I'm a policy officer at
    COA" -> "COA"); the sentence itself when it names no workplace ("gemeente Apeldoorn."),
    without a label ("Context: gemeente Zwolle")."""
    text = CASE_LABEL_RE.sub("", text, count=1)
    said = WHO_WE_ARE_RE.match(text) is not None
    place = WORKPLACE_RE.search(text) if said else None
    named = detect_context(text) if said else ""  # "we zijn als provincie"
    where = place.group("org") if place else named or HERE_TAIL_RE.sub("", text)
    if place and named and DEPARTMENT_RE.match(where) and named not in where:
        where = f"{named} ({where})"  # "the municipality of Eindhoven (the department ...)"
    return truncate(where, CASE_FIELD_CHARS)


def _names_technology_first(text: str, case: Case, found: dict[str, str]) -> bool:
    """A sentence that names the technology where the case so far names none."""
    so_far = f"{case.technology} {found.get('technology', '')}"
    return bool(so_far.strip()) and not _technical(so_far) and _technical(text)


def _goes_on_with_technology(text: str, case: Case, found: dict[str, str]) -> bool:
    """In the message that names the technology, a later sentence that names a technology too
    ("Ze krijgen camera's met beeldherkenning", "it reads the invoice with OCR and approves"):
    it says what the technology is, while the technology so far is short."""
    so_far = found.get("technology", "")
    short = bool(so_far) and len(so_far) <= TECHNOLOGY_CHARS
    return not case.technology and short and _technical(text)


def _technical(text: str) -> bool:
    lowered = f" {text.lower()} "
    named = any(t in lowered for terms in TECHNOLOGY_WORDS.values() for t in terms)
    return named or TECHNOLOGY_HINT_RE.search(text) is not None


def _facet(text: str, case: Case, found: dict[str, str]) -> str | None:
    """The facet a sentence describes when it names one (decisions, users, data)."""
    for field, pattern in (("decisions", DECISION_RE), ("users", USERS_RE)):
        if pattern.search(text) and not getattr(case, field) and field not in found:
            return field
    return "notes" if DATA_RE.search(text) else None


def _add(found: dict[str, str], field: str, text: str) -> None:
    """Add a sentence to a facet, after a stop where the sentence before ends without one."""
    before = found.get(field, "").rstrip()
    text = CASE_LABEL_RE.sub("", text, count=1)  # "Casus: de GGD wil ...": de GGD wil ...
    if field == "technology" and not before:
        text = TOPIC_LEAD_RE.sub("", text, count=1)  # "Het gaat om camera's ...": camera's ...
    stop = "" if not before or before[-1] in ".!?;:" else "."
    joined = f"{before}{stop} {text}" if before else text
    found[field] = truncate(joined, CASE_FIELD_CHARS)
