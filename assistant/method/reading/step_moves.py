"""Sentences that move the conversation between steps rather than tell it something: "volgende"
and "ok next" go on, "opties dan" and "values please" name a step to go to, and a request or an
"I don't know" that names a later step belongs to that step ("bij de opties weet ik niet waar ik
moet beginnen")."""

from __future__ import annotations

from assistant.domain.session import Step
from assistant.language.cues.conversation import BACK_ONLY_RE, SCOPE_STEP_WORDS, WHAT_NOW_RE
from assistant.language.textparts import words
from assistant.method.reading.intents import Intent, detect_intent
from assistant.method.reading.reading import Question, Reading
from assistant.method.reading.sentence_classes import Context

NEXT_WORDS = 5  # "ok dan maar volgende graag": longer sentences say more than that


def scope_to_named_step(text: str, step: Step, reading: Reading) -> None:
    """A message that names one later step scopes its bare request and its "I don't know" to
    that step ("bij de opties weet ik niet waar ik moet beginnen. Geef eens voorbeelden?")."""
    if not (reading.cannot_think or any(not q.named for q in reading.questions)):
        return
    named = {s for s, names in SCOPE_STEP_WORDS.items() if set(words(text)) & set(names)}
    if len(named) != 1 or (later := named.pop()).position <= step.position:
        return
    for question in reading.questions:
        if not question.named:
            question.step, question.named = later, True
    if reading.cannot_think and not reading.questions:
        reading.questions.append(Question(later, True, named=True))
        reading.cannot_think = False


def navigates(text: str, context: Context, reading: Reading) -> bool:
    """A sentence that only moves on ("privacy en inclusie. volgende") or names a step as a
    heading ("opties dan. de sensoren ..."): recorded as a move, no item; the sentences after a
    later step's name are read as that step's."""
    if WHAT_NOW_RE.match(text) or _moves_on(text):
        reading.intent = Intent("next")
        return True
    if BACK_ONLY_RE.match(text.strip()):
        return True  # "hmm go back. one more minus for ...": what follows says where to

    named = _named_step(text)
    if named is not None and named != context.step:
        reading.goto = named
        if named.position > context.step.position:
            context.step = named  # "maatregelen dan. de bot krijgt ...": what follows is hers
    return named is not None


def _named_step(sentence: str) -> Step | None:
    """A short sentence of its own that only names a step to go to ("opties dan", "values
    please"), or None."""
    if len(sentence.split()) > NEXT_WORDS:
        return None
    intent = detect_intent(sentence)
    return intent.step if intent.kind == "goto" else None


def _moves_on(sentence: str) -> bool:
    """A short sentence of its own that only says to go on ("volgende", "ok next")."""
    return len(sentence.split()) <= NEXT_WORDS and detect_intent(sentence).kind == "next"
