"""Measures dictated in one go without stops: a pause after "en"/"and" ("en eh", "and then um")
or a forgotten measure announced ("wacht ik was nog iets vergeten") starts a new measure."""

from assistant.method.reading.extraction import extract_options


def _texts(text: str) -> list[str]:
    return [o.text for o in extract_options(text, "design")]


def test_dutch_pause_after_en_starts_a_new_measure() -> None:
    told = (
        "het scherm telt alleen bezoekers en slaat geen beelden op en dan eh de wachttijd bij de "
        "kassa mag nooit langer dan vijf minuten zijn en eh wacht ik was nog iets vergeten ja "
        "uitleg via de nieuwsbrief voor de bezoekers"
    )
    texts = _texts(told)
    assert texts[-1] == "Uitleg via de nieuwsbrief voor de bezoekers"
    assert any(t.startswith("De wachttijd bij de kassa") for t in texts)
    assert len(texts) == 3


def test_english_pause_after_and_starts_a_new_measure() -> None:
    told = (
        "the screen only counts visitors and um the supplier signs that in the contract and "
        "then uh a short training for the lifeguards"
    )
    assert _texts(told) == [
        "The screen only counts visitors",
        "The supplier signs that in the contract",
        "A short training for the lifeguards",
    ]


def test_a_filler_inside_a_measure_does_not_cut_it() -> None:
    assert _texts("de camera eh herkent alleen het type voertuig") == [
        "De camera eh herkent alleen het type voertuig"
    ]
