"""Effects the rules read as measures: a novice who is asked for values or options tells what
happens instead ("de stokers voelen zich misschien aangekeken, want de buren gaan klagen", "but
the pupils no longer dare to look anything up"), and the rules, which take a clause there for a
measure, record an option; earlier, a sentence of a story in the grammar of a measure ("dus die
mensen worden steeds weer gecontroleerd", "she was worried that the chats are stored abroad") is
read as one the same way. Both learned sentence models judge each
option the message gave in its own words: where the model of option sentences
(:mod:`assistant.method.reading.option_model`) is sure it names no measure and the model of
effect sentences (:mod:`assistant.method.reading.effect_model`) is sure it tells an effect, it
is an effect (a joint decision; either model alone is not enough: "nooit voor groepjes kleiner
dan 50" is no effect, a bare value word no effect either). Only an option said in the message's
own words is judged, not one taken from a proposal. Only with the encoder the models learned from;
without it the rules' reading stays as it was."""

from __future__ import annotations

from assistant.domain.session import Session
from assistant.language.textparts import words
from assistant.method.changes import Tools, learned_vectors
from assistant.method.learned_effects import sentence_effects
from assistant.method.reading.effect_model import effect_model
from assistant.method.reading.option_model import option_model
from assistant.method.reading.reading import Reading

MIN_WORDS = 5  # shorter options ("Independence", "The kids") are names, not sentences
NO_MEASURE = 0.05  # the option model's chance at or below which a sentence names no measure
TOLD_EFFECT = (
    0.85  # the effect model's chance from which it tells an effect (dev: 8 options, 7 extra)
)


def effects_read_as_options(tools: Tools, session: Session, reading: Reading) -> None:
    """The options of ``reading`` that both models find a told effect, as its effects."""
    if not reading.options:
        return
    said = reading.text.lower()
    judged = [
        o for o in reading.options if len(words(o.text)) >= MIN_WORDS and o.text.lower() in said
    ]
    if not judged:
        return
    texts = [o.text for o in judged]
    vectors = learned_vectors(tools, option_model(), texts)
    if vectors is None:
        return
    options = option_model().probabilities(texts, vectors)
    effects = effect_model().probabilities(texts, vectors)
    for option, measure, told in zip(judged, options, effects, strict=True):
        if measure > NO_MEASURE or told < TOLD_EFFECT:
            continue
        found = sentence_effects(option.text, session, judged=True)
        if found:
            reading.options.remove(option)
            reading.effects.extend(found)
