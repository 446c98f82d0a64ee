"""The learned direction of an effect: the rules say how firmly their words decide a clause's
direction, the shipped model loads and knows what it learned from, a missing or broken model
file names the command that rebuilds it, the rules keep the direction where they are sure,
and the model decides clauses the rules leave open (nl and en)."""

from __future__ import annotations

from method_fakes import UNTOUCHED, EncoderTools

from assistant.method.reading.direction_model import (
    combined_direction,
    direction_model,
    direction_sure,
    effect_direction_of,
)
from assistant.method.reading.effect_lines import EffectDraft, extract_effects
from assistant.method.reading.effect_text import effect_strength
from assistant.method.reading.polarity import LESS_DEFAULT, MIXED, SURE
from assistant.method.recording import weigh_learned_directions


def _read(text: str, asked: str = "positive") -> EffectDraft:
    drafts = extract_effects(text, [], None, asked)  # type: ignore[arg-type]
    assert len(drafts) == 1, drafts
    return drafts[0]


def _learned(embedder: object, text: str, asked: str = "positive") -> tuple[str, str]:
    """The direction of the one effect read from ``text``: by the rules alone, and once the
    model has weighed in."""
    draft = _read(text, asked)
    before = str(draft.direction)
    weigh_learned_directions(EncoderTools(embedder), [draft])  # type: ignore[arg-type]
    return before, str(draft.direction)


def test_direction_strength_is_sure_for_signs_and_judgements() -> None:
    assert effect_strength("+ de wachtrij bij de balie is weg") == SURE
    assert effect_strength("Bewoners krijgen sneller een reactie, dat is echt een winst") == SURE
    assert effect_strength("Drivers lose their breaks, which is not okay") == SURE


def test_direction_strength_counts_direction_words() -> None:
    assert effect_strength("Het rooster wordt eerlijker en veiliger") >= 2
    assert effect_strength("Volunteers feel safer") == 1.0


def test_direction_strength_of_less_before_a_word_without_direction_is_weak() -> None:
    assert effect_strength("Staff have less contact with the residents") == LESS_DEFAULT
    assert effect_strength("Wijkagenten hebben minder gesprekken op straat") == LESS_DEFAULT


def test_direction_strength_of_words_that_cancel_out_is_mixed() -> None:
    assert effect_strength("Sneller klaar maar onrustiger") in (MIXED, 1.0, 2.0)
    assert effect_strength("Tenants get a reply within two days") == 0.0


def test_effect_draft_keeps_what_the_rules_weighed() -> None:
    assert _read("Huurders krijgen binnen twee dagen antwoord").weighed == ("positive", 0.0)
    assert _read("The night shift gets worse", "positive").weighed == ("negative", 1.0)
    assert _read("- the night shift gets longer breaks").weighed is None  # a sign decides


def test_shipped_direction_model_loads_and_names_its_training_sets() -> None:
    model = direction_model()
    sets = [str(s) for s in model.about["sets"]]  # type: ignore[attr-defined]
    assert "dev24" in sets and "holdout2" in sets
    assert not UNTOUCHED & set(sets)
    assert int(str(model.about["examples"])) > 2000
    assert model.fits("multilingual-e5-small") and not model.fits("other/encoder")


def test_combined_direction_keeps_the_rules_where_they_are_sure() -> None:
    assert direction_sure(2.0) and not direction_sure(1.0)
    assert combined_direction("positive", 2.0, 0.01) == "positive"
    assert combined_direction("positive", 0.0, 0.2) == "negative"
    assert combined_direction("negative", 0.0, 0.9) == "positive"
    assert combined_direction("negative", 1.0, 0.7) == "negative"  # a word beats a lean
    assert combined_direction("negative", 1.0, 0.99) == "positive"  # not a near certainty


def test_learned_direction_turns_a_dutch_loss_the_rules_leave_open(embedder: object) -> None:
    text = "Leerlingen moeten hun telefoon inleveren bij de poort"
    assert _learned(embedder, text) == ("positive", "negative")


def test_learned_direction_turns_an_english_loss_the_rules_leave_open(embedder: object) -> None:
    text = "The inspectors become checkers of a machine"
    assert _learned(embedder, text) == ("positive", "negative")


def test_learned_direction_keeps_what_the_rules_are_sure_of(embedder: object) -> None:
    for text, direction in (
        ("- bewoners krijgen sneller antwoord", "negative"),
        ("Parents are relieved, which is great", "positive"),
        ("Het rooster wordt eerlijker en veiliger", "positive"),
    ):
        assert _learned(embedder, text) == (direction, direction), text


def test_learned_direction_leaves_other_encoders_alone() -> None:
    draft = _read("Huurders krijgen binnen twee dagen antwoord")
    weigh_learned_directions(EncoderTools(object()), [draft])  # type: ignore[arg-type]
    assert draft.direction == "positive"


def test_effect_direction_of_a_new_effect(embedder: object) -> None:
    def direction(text: str, default: str = "positive") -> str:
        vector = embedder.embed_queries([text])[0]  # type: ignore[attr-defined]
        return effect_direction_of(text, vector, default)  # type: ignore[arg-type]

    assert direction("Het rooster wordt eerlijker en veiliger", "negative") == "positive"
    assert direction("Leerlingen moeten hun telefoon inleveren bij de poort") == "negative"
    assert direction("Staff lose their breaks") == "negative"


def test_a_value_clause_beside_an_effect_lends_it_its_direction() -> None:
    def read(text: str, value: str) -> EffectDraft:
        drafts = extract_effects(text, [], None, "negative", skip=lambda c: value in c)
        assert len(drafts) == 1, drafts
        return drafts[0]

    en = read("Inspectors get counts instead of estimates, which is good for trust.", "trust")
    assert en.direction == "positive" and en.weighed is not None and en.weighed[1] >= 1.0
    nl = read("Handhavers krijgen echte tellingen, dat is goed voor het vertrouwen.", "vertrouwen")
    assert nl.direction == "positive" and nl.weighed is not None and nl.weighed[1] >= 1.0
