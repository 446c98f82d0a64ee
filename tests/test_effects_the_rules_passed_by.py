"""Effects the rules passed by and are now read: someone else said not to know something is an
effect, not the speaker at a loss ("owners have no idea why they were picked"); a sentence the
learned model is sure tells an effect is one as a whole where the rules' clauses find none in
it; an effect read with a sign or a label is never dropped as one without a direction word."""

from __future__ import annotations

from method_fakes import EncoderTools, read_in, told

from assistant.domain.session import Actor, Session, Step
from assistant.method.learned_effects import doubted_effects, learned_effects, sentence_effects
from assistant.method.reading.effect_lines import EffectDraft, extract_effects
from assistant.method.reading.questions import cannot_think
from assistant.method.reading.reading import Reading


def test_others_not_knowing_is_an_effect_in_english(reader: object) -> None:
    reading = read_in(
        reader, "- tenants have no idea why their rent went up", ("Tenants",), "en", "a model"
    )
    assert not reading.cannot_think
    assert [(d, a) for _, d, a in told(reading)] == [("negative", "Tenants")]


def test_others_not_knowing_is_an_effect_in_dutch(reader: object) -> None:
    text = "- de patiënt weet niet dat een computer zijn dossier samenvat."
    reading = read_in(reader, text, ("Patiënten",), "nl", "een taalmodel", Step.ACTORS)
    assert not reading.cannot_think
    assert any("computer zijn dossier" in t for t, _, _ in told(reading))


def test_the_speaker_at_a_loss_still_cannot_think() -> None:
    for text in (
        "geen idee",
        "Ik heb echt geen idee",
        "voor de buren geen idee",
        "Positieve effecten? Geen idee.",
        "I have no idea",
        "honestly, no idea",
        "weet ik niet",
    ):
        assert cannot_think(text), text
    for text in (
        "the drivers have no idea the camera is on",
        "het systeem weet dat niet",
        "ouders: geen idee eigenlijk, misschien minder gedoe met formulieren?",
    ):
        assert not cannot_think(text), text


def _session(step: Step, *actors: str) -> Session:
    session = Session(language="nl")
    session.step = step
    session.actors = [Actor(id=f"a{i}", name=n) for i, n in enumerate(actors, start=1)]
    return session


DUTCH_WHOLE = (
    "en de verzekeraar wil de gegevens ook, en dan gaat de premie omhoog voor scooterrijders"
)
ENGLISH_WHOLE = (
    "and the landlord wants the data too, and then the rent goes up for tenants with pets"
)


def test_a_judged_sentence_without_clauses_is_one_effect() -> None:
    session = _session(Step.ACTORS, "Verzekeraars")
    assert extract_effects(DUTCH_WHOLE, session.actors, None, "positive") == []
    assert sentence_effects(DUTCH_WHOLE, session) == []
    [draft] = sentence_effects(DUTCH_WHOLE, session, judged=True)
    assert draft.text.startswith("En de verzekeraar wil") and draft.text.endswith("scooterrijders")
    assert draft.actor_id == "a1"
    session = _session(Step.ACTORS, "Landlords")
    [draft] = sentence_effects(ENGLISH_WHOLE, session, judged=True)
    assert draft.text.startswith("And the landlord") and draft.direction is not None


def test_learned_effect_of_a_sentence_the_clauses_find_none_in(embedder: object) -> None:
    session = _session(Step.ACTORS, "Huurders")
    reading = Reading(
        effects=[EffectDraft("Huurders krijgen sneller een reparatie", "positive")],
        passed=[ENGLISH_WHOLE],
    )
    learned_effects(EncoderTools(embedder), session, reading)  # type: ignore[arg-type]
    assert any(e.text.startswith("And the landlord wants the data") for e in reading.effects)


def test_a_signed_effect_is_not_doubted_as_one_without_direction_words() -> None:
    signed = EffectDraft("24 uur per dag antwoord", "positive", "a1", weighed=None)
    unsigned = EffectDraft("24 uur per dag antwoord", "positive", "a1", weighed=("positive", 0.0))
    reading = Reading(effects=[signed, unsigned])
    doubted = [d for d, _ in doubted_effects(_session(Step.ACTORS, "Bellers"), reading)]
    assert doubted == [unsigned]
    english = EffectDraft("round the clock answers", "positive", "a1", weighed=None)
    assert doubted_effects(_session(Step.ACTORS, "Callers"), Reading(effects=[english])) == []


def test_a_label_before_the_options_tells_an_effect_late(reader: object) -> None:
    at_values = read_in(
        reader,
        "nog een minpunt voordat we naar de opties gaan: planners vertrouwen de route blind",
        ("Bezorgers", "Planners"),
        "nl",
        "een routeplanner",
        Step.VALUES,
    )
    assert [(d, a) for _, d, a in told(at_values)] == [("negative", "Planners")]
    at_options = read_in(
        reader,
        "wacht, nog een nadeel voordat we opties doen: bezorgers voelen zich de hele dag gevolgd",
        ("Bezorgers", "Planners"),
        "nl",
        "een routeplanner",
        Step.OPTIONS,
    )
    assert [(d, a) for _, d, a in told(at_options)] == [("negative", "Bezorgers")]
    assert at_options.options == []


def test_a_signed_word_or_whom_alone_is_still_doubted() -> None:
    for text in ("Wel", "Voor vrijwilligers", "for the drivers"):
        draft = EffectDraft(text, "positive", weighed=None)
        doubted = doubted_effects(_session(Step.ACTORS, "Vrijwilligers"), Reading(effects=[draft]))
        assert [d for d, _ in doubted] == [draft], text
