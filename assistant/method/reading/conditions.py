"""A condition for going ahead told as a measure ("ik zie het alleen zitten als de camera's niet
in de slaapkamers komen", "I'd only agree if there's a cash alternative nearby"): one option, in
the words of the condition, wherever in the conversation it is said."""

from __future__ import annotations

from assistant.domain.session import OptionKind
from assistant.language.cues.measure_statements import CONDITION_CLAUSE_RE, CONDITION_TAIL_RE
from assistant.method.reading.extraction import OptionDraft, extract_options
from assistant.method.reading.sentence_kinds import stated_condition


def condition_body(text: str) -> str:
    """The words of a stated condition, led by "alleen als"/"only if" and without the speaker's
    stance after it; the sentence whole where it names no such clause ("we hebben afgesproken
    dat ...")."""
    clause = CONDITION_CLAUSE_RE.search(text)
    if clause is None:
        return text.strip()
    only, when = clause.group("only"), clause.group("if")
    rest = text[clause.end() :].strip().rstrip(".!")
    body = f"{only[:1].upper()}{only[1:].lower()} {when.lower()} {rest}"
    return (CONDITION_TAIL_RE.sub("", body) or body).strip(" .!")


def condition_option(
    text: str, default_kind: OptionKind, hint: OptionKind | None = None
) -> list[OptionDraft] | None:
    """The one option a stated condition holds, its kind read from its words; None where the
    text states no condition."""
    if not stated_condition(text):
        return None
    body = condition_body(text)
    drafts = extract_options(body, default_kind, hint)
    if not drafts:
        return None
    first = drafts[0]
    return [OptionDraft(body, first.kind, first.value_hint, first.alternatives)]
