"""A sentence that names the value an effect touches and then the measure the speaker draws
from it ("dat raakt aan gelijke behandeling, dus ik zou zeggen: nooit een boete op basis van
alleen de app-uren", "that's about privacy, so only show totals"): two sentences, a value and
an option; with the effect in front of the value ("ouderen worden vaker geschoven, dat raakt
gelijke behandeling, dus ..."): three, what touches the value an effect (Dutch and English)."""

from __future__ import annotations

from assistant.domain.session import Step
from assistant.language.cues.references import VALUE_ASIDE_RE, VALUE_REMARK_RE
from assistant.language.cues.values import (
    DRAWN_RULE_RE,
    FAIRNESS_REMARK_RE,
    LIMITING_MODAL_RE,
    PEOPLE_START_RE,
    VALUE_AND_MORE_RE,
    VALUE_MATTER_RE,
    VALUE_THEN_MEASURE_RE,
)
from assistant.language.textparts import strip_article
from assistant.method.reading.clause_subjects import subject_person
from assistant.method.reading.extraction import option_kind
from assistant.method.reading.segments import Sentence
from assistant.method.reading.sentence_kinds import has_direction, proposal
from assistant.method.reading.value_lists import ValueLists


def values_then_measures(found: list[Sentence], values: ValueLists) -> list[Sentence]:
    """``found`` with each sentence of a value and the measure drawn from it cut in two: the
    value, then the measure as a sentence under the options, both said in passing (they keep
    the conversation where it is); an effect before the value stays a sentence of its own."""
    cut: list[Sentence] = []
    for sentence in found:
        parts = drawn_measure(sentence.text, values)
        if parts is None:
            cut.append(sentence)
            continue
        front, value, measure = parts
        if front:  # what touches the value is an effect, whatever was asked
            cut.append(Sentence(front, Step.EFFECTS, sentence.bullet, sentence.line))
        cut.append(Sentence(value, Step.VALUES, sentence.bullet, sentence.line, drawn=True))
        cut.append(Sentence(measure, Step.OPTIONS, sentence.bullet, sentence.line, drawn=True))
    return cut


def drawn_measure(text: str, values: ValueLists) -> tuple[str, str, str] | None:
    """The effect in front (or ""), the clause that names the value and the measure drawn from
    it, of a sentence that draws a measure from a value; None for any other sentence."""
    joint = VALUE_THEN_MEASURE_RE.search(text)
    if joint is None:
        return None
    after = text[joint.end() :].strip()
    front, value = _value_clause(text[: joint.start()], values)
    if not value or not _measure(after) or _more_values(after, values):
        return None
    value = " ".join(VALUE_ASIDE_RE.sub(" ", value).split())  # not "eerlijk" of "eerlijk gezegd"
    return front, value, after[:1].upper() + after[1:]


def _value_clause(before: str, values: ValueLists) -> tuple[str, str]:
    """What comes before the value and the clause that names it ("", "dat raakt privacy"; "X
    worden vaker geschoven", "dat raakt gelijke behandeling"); ("", "") where no value is named
    last."""
    if _names_value(before, values) or _names_value(VALUE_AND_MORE_RE.sub("", before), values):
        return "", before  # "dat raakt hun privacy en eerlijk gezegd ook hun waardigheid"
    front, comma, last = before.rpartition(",")
    if comma and front.strip() and _names_value(last.strip(), values):
        return front.strip(), last.strip()
    return "", ""


def _more_values(text: str, values: ValueLists) -> bool:
    """More values after the joint ("gelijke behandeling dus, plus veiligheid en werkplezier")."""
    return values.value_list(text) or values.items_led_by_values(text)


def _names_value(clause: str, values: ValueLists) -> bool:
    """A clause that names a value ("dat raakt hun privacy"), also with whose it is ("that's
    the privacy of visitors"), or judges fairness ("dat is niet eerlijk")."""
    clause = VALUE_MATTER_RE.sub(r"\g<value>", clause)  # "dat is een privacy-issue"
    if values.named_value(clause) or FAIRNESS_REMARK_RE.match(clause) is not None:
        return True
    remark = VALUE_REMARK_RE.match(clause)
    return (
        remark is not None
        and bool(remark.end())
        and bool(values.value_phrase(strip_article(clause[remark.end() :])))
    )


def _measure(text: str) -> bool:
    """A measure after the joint: a proposal, words of an option kind, or a rule ("alleen ...",
    "never ...") that does not tell what happens to people, or limits what something may do."""
    if proposal(text) or option_kind(text) is not None or LIMITING_MODAL_RE.search(text):
        return True
    if DRAWN_RULE_RE.search(text) is None or PEOPLE_START_RE.match(text) is not None:
        return False
    return not has_direction(text) or not subject_person(text)
