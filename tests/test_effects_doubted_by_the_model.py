"""Effects the rules read that the learned model of effect sentences is sure tell none (a value
remark, a question about the method, a fact of the case, a list of people), dropped: where the
case or the effects are asked and from the values on, direction word or not; not where actors
are asked. The new people a dropped effect named stay actors."""

from __future__ import annotations

from method_fakes import EncoderTools

from assistant.domain.session import Actor, Session, Step
from assistant.method.learned_effects import learned_effects
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.intents import Intent
from assistant.method.reading.reading import Reading

NL_EFFECT = "De buschauffeurs krijgen veel meer klachten van reizigers"
EN_EFFECT = "The helpdesk staff get far more angry calls than before"


def _read(
    embedder: object, step: Step, drafts: list[EffectDraft], language: str = "en"
) -> tuple[list[str], list[str]]:
    """The texts of the effects kept, and the people returned to stay actors."""
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    session.actors = [Actor(id="a1", name="Residents")]
    reading = Reading(effects=drafts)
    people = learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [d.text for d in reading.effects], people


def test_doubted_value_remark_from_the_values_on_dropped_in_dutch(embedder: object) -> None:
    remark = "Gelijke behandeling, dat vind ik het belangrijkst"
    drafts = [EffectDraft(remark, "positive"), EffectDraft(NL_EFFECT, "negative")]
    kept, _ = _read(embedder, Step.VALUES, drafts, "nl")
    assert kept == [NL_EFFECT]


def test_doubted_question_from_the_values_on_dropped_in_english(embedder: object) -> None:
    asked = "Does this cover all three kinds of measures?"
    drafts = [EffectDraft(EN_EFFECT, "negative"), EffectDraft(asked, "negative")]
    kept, _ = _read(embedder, Step.OPTIONS, drafts)
    assert kept == [EN_EFFECT]


def test_doubted_case_fact_where_the_case_is_asked_dropped(embedder: object) -> None:
    fact = "De parkeerauto controleert dat"
    drafts = [EffectDraft(fact, "negative"), EffectDraft(NL_EFFECT, "negative")]
    kept, _ = _read(embedder, Step.CASE, drafts, "nl")
    assert kept == [NL_EFFECT]


def test_doubted_effects_kept_where_actors_are_asked(embedder: object) -> None:
    remark = "Fairness should come first, then efficiency"
    drafts = [EffectDraft(remark, "positive"), EffectDraft(EN_EFFECT, "negative")]
    kept, _ = _read(embedder, Step.ACTORS, drafts)
    assert kept == [remark, EN_EFFECT]


def test_doubted_effect_naming_someone_needs_a_surer_model_from_the_values_on(
    embedder: object,
) -> None:
    fact = "The scan car checks the permits"  # about 0.03: below the bar only for no one
    alone = _read(embedder, Step.VALUES, [EffectDraft(fact, "negative")])[0]
    named = _read(embedder, Step.VALUES, [EffectDraft(fact, "negative", actor_id="a1")])[0]
    assert alone == []
    assert named == [fact]


def test_people_of_a_doubted_effect_stay_actors_in_both_languages(embedder: object) -> None:
    for language, listed, first in (
        ("en", "The shop owners, the residents, the officers, and the camera supplier", "Shop"),
        ("nl", "De winkeliers, de bewoners, wij als gemeente en de leverancier", "Winkeliers"),
    ):
        draft = EffectDraft(listed, "negative", actor_name=f"{first} x")
        kept, people = _read(embedder, Step.EFFECTS, [draft], language)
        assert kept == []
        assert people == [f"{first} x"]


def test_effects_of_a_correction_not_doubted(embedder: object) -> None:
    session = Session(language="en")
    session.step = Step.VALUES
    remark = "Fairness should come first, then efficiency"
    reading = Reading(effects=[EffectDraft(remark, "positive")], intent=Intent("correct"))
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    assert [d.text for d in reading.effects] == [remark]
