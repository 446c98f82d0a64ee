"""A sentence that names the value an effect touches and then the measure the speaker draws
from it ("dat raakt aan gelijke behandeling, dus ik zou zeggen: nooit een boete op basis van
alleen de app-uren", "that's about privacy, so only show totals"): two sentences, a value and
an option (Dutch and English)."""

from __future__ import annotations

from assistant.domain.session import Step
from assistant.language.cues.values import VALUE_THEN_MEASURE_RE
from assistant.method.reading.extraction import option_kind
from assistant.method.reading.segments import Sentence
from assistant.method.reading.sentence_kinds import proposal
from assistant.method.reading.value_lists import ValueLists


def values_then_measures(found: list[Sentence], values: ValueLists) -> list[Sentence]:
    """``found`` with each sentence of a value and the measure drawn from it cut in two: the
    value, then the measure as a sentence under the options, both said in passing (they keep
    the conversation where it is)."""
    cut: list[Sentence] = []
    for sentence in found:
        joint = VALUE_THEN_MEASURE_RE.search(sentence.text)
        before = sentence.text[: joint.start()] if joint else ""
        after = sentence.text[joint.end() :].strip() if joint else ""
        if joint is None or not values.named_value(before) or not _measure(after):
            cut.append(sentence)
            continue
        cut.append(Sentence(before, Step.VALUES, sentence.bullet, sentence.line, drawn=True))
        measure = after[:1].upper() + after[1:]
        cut.append(Sentence(measure, Step.OPTIONS, sentence.bullet, sentence.line, drawn=True))
    return cut


def _measure(text: str) -> bool:
    return bool(text) and (proposal(text) or option_kind(text) is not None)
