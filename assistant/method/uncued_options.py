"""Options the rules read only because options are asked, weighed by the learned models.

Where options are asked, a sentence with no cue of a measure of its own falls through to an
option (:meth:`SentenceClasses._by_step`). One more effect, a remark, a doubt or an aside said
there is no measure: where the learned model of option sentences finds it unlikely to name a
measure (also without a short lead before a colon) and the learned model of effect sentences
finds it likely to tell an effect, it is read as an effect ("I notice the night nurses start
trusting the alarm"); where both models find it unlikely, it holds neither and is left unread
("we tried that last year, nobody came"). Only with the encoder the models learned from;
without it the rules' reading stays as it was."""

from __future__ import annotations

import numpy as np

from assistant.domain.session import Session
from assistant.language.cues.measure_statements import PERMISSION_RE
from assistant.method.changes import Tools, learned_vectors
from assistant.method.learned_effects import sentence_effects
from assistant.method.learned_options import leads_off, without_lead
from assistant.method.reading.effect_model import effect_model
from assistant.method.reading.option_model import option_model
from assistant.method.reading.reading import Reading

# An uncued sentence tells an effect where the effect model is sure of one (SURE_EFFECT) and the
# option model finds a measure unlikely (NO_MEASURE), or where the effect model finds one likely
# (LIKELY_EFFECT) and the option model all but rules a measure out (NO_MEASURE_AT_ALL): the surer
# the effect, the more doubt about a measure it outweighs ("Boa's don't approach alone ..., they
# call the street workers" is a working rule, 0.06 a measure, 0.7 an effect). Where the option
# model all but rules a measure out and the effect model an effect (NO_EFFECT_AT_ALL), the
# sentence holds neither. Chosen on the sentences of dev14, dev16, dev17, dev19, dev21, dev23,
# dev26, dev29, dev30 and dev36 that fell through to an option.
SURE_EFFECT = 0.8
NO_MEASURE = 0.2
LIKELY_EFFECT = 0.5
NO_MEASURE_AT_ALL = 0.05
NO_EFFECT_AT_ALL = 0.05


def weigh_uncued_options(tools: Tools, session: Session, reading: Reading) -> None:
    """The uncued options of ``reading`` the learned models find no measure: out of the
    options, as effects where the effect model finds one likely, else left unread."""
    kept = [(t, d) for t, d in reading.uncued if any(d is o for o in reading.options)]
    kept = [(t, d) for t, d in kept if PERMISSION_RE.match(t) is None]  # room given: a measure
    texts = list(dict.fromkeys(t for t, _ in kept))
    parts = list(dict.fromkeys(leads_off(texts)))
    vectors = learned_vectors(tools, option_model(), parts) if texts else None
    if vectors is None:
        return
    of_part = dict(zip(parts, option_model().probabilities(parts, vectors), strict=True))
    options = np.array([max(of_part[t], of_part[without_lead(t)]) for t in texts])
    effects = effect_model().probabilities(parts, vectors)[: len(texts)]
    told = [t for t, o, e in zip(texts, options, effects, strict=True) if told_effect(o, e)]
    neither = [t for t, o, e in zip(texts, options, effects, strict=True) if holds_none(o, e)]
    gone = {id(d) for t, d in kept if t in told or t in neither}
    if not gone:
        return
    reading.options = [o for o in reading.options if id(o) not in gone]
    for text in told:
        reading.effects.extend(sentence_effects(text, session, judged=True))
    reading.unread.extend(neither)


def told_effect(option: float, effect: float) -> bool:
    """An uncued sentence that tells an effect rather than a measure."""
    sure = option < NO_MEASURE and effect >= SURE_EFFECT
    return sure or (option < NO_MEASURE_AT_ALL and effect >= LIKELY_EFFECT)


def holds_none(option: float, effect: float) -> bool:
    """An uncued sentence that names neither a measure nor an effect (a remark, thanks)."""
    return option < NO_MEASURE_AT_ALL and effect < NO_EFFECT_AT_ALL
