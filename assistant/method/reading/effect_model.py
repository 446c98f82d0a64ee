"""A learned "does this sentence tell an effect on people", beside the rules: a logistic
regression over the sentence's vector (the packaged multilingual-e5-small encoder) and hashed
word and character n-grams of its words (the features of the learned kind of an option,
:mod:`assistant.method.reading.kind_model`), learned from the sentences of the development
conversations that hold a gold effect and those that hold none
(``python -m assistant.evals.effect_training``). Used only where the rules are unsure: a
sentence of a message that tells effects, in which the rules read nothing, or an effect they
read without a direction word. Numpy only; the
weights are loaded once, on first use."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from assistant.errors import AssistantError
from assistant.method.reading.sentence_model import (
    SentenceModel,
    load_sentence_model,
)

MODEL_PATH = Path(__file__).with_name("data") / "effect_sentence_model.npz"
REBUILD = "python -m assistant.evals.effect_training"
SURE_EFFECT = 0.7  # the model's probability from which a passed sentence is an effect
# From which a sentence kept as a note to the case is one (0.8 until the twentieth round: on
# dev7, dev11, dev14, dev20, dev23, dev25, dev26 the notes of opening messages that tell effects
# from 0.6 to 0.8 held two gold effects and one sentence of none).
SURE_NOTED = 0.6
# The same for a note to the case after the opening message told an effect (a story's later
# sentences): held out (the model trained on the other sets), from 0.5 on 29 of 35 of them
# hold a gold effect, against 26 of 41 of the notes before the first effect. Also for a
# sentence the rules could not read where actors are asked, beside effects they read (a story
# among the actors): from 0.5, 6 of 9 held out, the same 3 without a gold effect as from 0.7.
SURE_IN_STORY = 0.5
# From which a note to the case in a story, after the opening message told an effect, is one
# (SURE_IN_STORY until the twenty-first round): the story's later sentences tell their effect
# in its words ("a neighbour told me she reads it over breakfast", "the logs are kept a year"),
# which the model, reading one sentence, is less sure of. On the opening messages of the
# development pool (the model's own sets), from 0.35 to 0.5 13 of 17 such notes hold a gold
# effect the rules did not read (the other four a story too: "she spent a night in
# hospital"), from 0.3 to 0.35 3 of 7.
SURE_NOTE_IN_STORY = 0.35
# From which a sentence the rules only kept as a note to the case (no facet read in it, no
# effect: a story beside the case) is one where the case is asked (SURE_EFFECT until the
# twenty-first round, as a sentence they read nothing in): on the opening messages of the pool
# that told an effect, from 0.5 to 0.7 8 of 12 of them hold a gold effect the rules did not
# read, in dev25 to dev30 (which the model never saw) 2 of 2.
SURE_NOTE_ONLY = 0.5
# From which a sentence of a message that tells effects is one when the rules kept nothing of
# it: no effect, measure, value or note to the case (read only as people: "En de wijkagenten
# rijden minder dubbele ritten, want ...", or an effect they read and then dropped). The bar of
# a sentence they read nothing in (SURE_EFFECT): the rules read something in it.
SURE_LOST = SURE_EFFECT
NO_EFFECT = 0.02  # below it an effect the rules read without a direction word is none
# The same for a fragment of a few words ("Scan team", "Agree", "For partners"): measured with
# the model trained on the other sets, below it 59 of the 62 fragments the rules read as effects
# were none (the same count at 0.02 for whole sentences held 2 effects in 12).
NO_FRAGMENT_EFFECT = 0.05
# The same for any effect the rules read, direction word or not, where the case or the effects
# are asked and from the values on (a remark, a value, a question or a measure read as an
# effect: "Veiligheid mag 4e", "Do these cover the three kinds?"). Measured on the effects the
# rules recorded on dev..dev26, each weighed by a model that did not learn from its set: those that
# name someone, below NO_EFFECT 19 of 19 held no gold effect's word; those that name no one,
# before the values below NO_EFFECT_OF_NO_ONE 9 of 11 (one the only hit of a gold effect),
# from the values on below NO_EFFECT_PAST 19 of 20 (none the only hit). Where actors are asked
# the rules read effects from lines of people: there 0.02 dropped 8, 3 the only hit of one.
# Since the twenty-fourth round NO_EFFECT_OF_NO_ONE is the bar of every effect where the case
# or the effects are asked, naming someone or not (a detail of a story or of the case read with
# its people): on dev3, dev16, dev19, dev20, dev23 (learned from) and dev28, dev29, dev32 (not)
# the effects recorded there between 0.02 and 0.05 were 11 extras, 1 the only hit of a gold
# effect and 1 other; a bar of 0.1 measured well only on the sets the model learned from
# (there 29 extras of 33, out of them 8 of 13 with 3 the only hit of a gold effect).
NO_EFFECT_OF_NO_ONE = 0.05
# The same where the case is asked for an effect the rules read in a sentence that only
# describes the technology at work: it names the technology or its output, weighs nothing and
# its direction rests on one word at most ("the system determines whether the applicant falls
# within the income limit", "de schuldhulpverlener zet de status op het platform"). On the
# effects the dev pool's guided runs recorded there (round twenty-five, the shipped model) such
# sentences below 0.3 were 18 extras and 2 gold effects (the model's own sets 12 and 1, dev25 to
# dev38 6 and 1); below 0.4 24 and 7.
SURE_OF_WORKINGS = 0.3
NO_EFFECT_PAST = 0.1


class EffectModelError(AssistantError):
    """The shipped model of effect sentences is missing or unreadable."""


@cache
def effect_model(path: Path = MODEL_PATH) -> SentenceModel:
    """The shipped model (read once); :class:`EffectModelError` naming the rebuild if it is
    missing or unreadable."""
    return load_sentence_model(path, "the model of effect sentences", REBUILD, EffectModelError)
