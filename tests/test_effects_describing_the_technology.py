"""Where the case is asked, an effect the rules read in a sentence that only describes the
technology at work (it names the technology or its output, weighs nothing, its direction rests
on one word: "het systeem stuurt de boete naar het CJIB") needs the learned model of effect
sentences surer (0.3) than other effects there (0.05): a description of the case, no effect on
someone. One with a word that weighs what it does ("ook", "even", "nooit") keeps the usual bar,
and so does every effect where the effects are asked. Sentences written for these tests."""

from __future__ import annotations

import pytest
from method_fakes import EncoderTools

from assistant.domain.session import Actor, Session, Step
from assistant.method.learned_effects import learned_effects
from assistant.method.reading.effect_lines import EffectDraft
from assistant.method.reading.reading import Reading
from assistant.method.reading.technology_at_work import describes_the_technology

# Each between 0.05 and 0.3 with the shipped model.
WORKINGS = {
    "nl": "De scanner leest het kenteken en het systeem stuurt de boete naar het CJIB",
    "en": "Each night the app sends the list of flagged addresses to the inspectors",
}
WEIGHED = {
    "nl": f"{WORKINGS['nl']}, ook van bezoekers",
    "en": f"{WORKINGS['en']}, even the old ones",
}
EFFECTS = {
    "nl": "De buschauffeurs krijgen veel meer klachten van reizigers",
    "en": "The helpdesk staff get far more angry calls than before",
}


def _kept(embedder: object, step: Step, language: str, told: str) -> list[str]:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    session.actors = [Actor(id="a1", name="Residents")]
    drafts = [EffectDraft(told, "negative"), EffectDraft(EFFECTS[language], "negative")]
    reading = Reading(effects=drafts)
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    return [d.text for d in reading.effects]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_technology_at_work_is_no_effect_where_the_case_is_asked(
    embedder: object, language: str
) -> None:
    assert _kept(embedder, Step.CASE, language, WORKINGS[language]) == [EFFECTS[language]]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_technology_at_work_stays_where_the_effects_are_asked(
    embedder: object, language: str
) -> None:
    kept = _kept(embedder, Step.EFFECTS, language, WORKINGS[language])
    assert kept == [WORKINGS[language], EFFECTS[language]]


@pytest.mark.parametrize("language", ["en", "nl"])
def test_technology_at_work_with_a_weighing_word_stays(embedder: object, language: str) -> None:
    kept = _kept(embedder, Step.CASE, language, WEIGHED[language])
    assert kept == [WEIGHED[language], EFFECTS[language]]


@pytest.mark.parametrize(
    ("text", "describes"),
    [
        ("De sensoren in de vloer sturen om de vijf minuten een melding naar de meldkamer", True),
        ("The software compares each claim with the records of the tax office", True),
        ("De camera filmt ook de tuinen van de buren", False),
        ("The model is wrong more often for people with a migration background", False),
        ("Het systeem stuurt de boete nooit naar de verkeerde eigenaar", False),
        ("De buschauffeurs krijgen veel meer klachten van reizigers", False),  # no technology
        ("Once the drivers learn what the app flags, they change their routes", False),
    ],
)  # fmt: skip
def test_what_describes_the_technology_at_work(text: str, describes: bool) -> None:
    assert describes_the_technology(text) is describes
