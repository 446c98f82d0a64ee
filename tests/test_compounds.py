"""Dutch compounds split against a vocabulary, and BM25 finding a compound by one of its parts."""

from __future__ import annotations

from assistant.knowledge.bm25 import BM25Index, Tokenizer
from assistant.language.compounds import CompoundSplitter, vocabulary

WORDS = vocabulary(
    [
        "Het algoritme staat in het register. Gegevens over het stort van afval.",
        "De sensor en de leverancier; beleid en makers; camera en toezicht; onder en zoek.",
    ]
)


def test_compounds_split_into_known_words_with_linking_sounds() -> None:
    splitter = CompoundSplitter(WORDS)
    assert splitter.parts("algoritmeregister") == ("algoritme", "register")
    assert splitter.parts("Stortgegevens") == ("stort", "gegevens")
    assert splitter.parts("sensorleveranciers") == ("sensor", "leverancier")
    assert splitter.parts("beleidsmakers") == ("beleid", "makers")
    assert splitter.parts("cameratoezicht") == ("camera", "toezicht")


def test_words_that_are_no_compound_of_known_words_stay_whole() -> None:
    splitter = CompoundSplitter(WORDS)
    assert splitter.parts("register") == ()  # too short to be a compound
    assert splitter.parts("gemeenteraad") == ()  # its parts are not known
    assert splitter.parts("algoritmes") == ()  # an inflection is no second part
    assert splitter.expand(["de", "stortgegevens"]) == ["de", "stortgegevens", "stort", "gegevens"]


def _records(texts: list[tuple[str, str]]) -> tuple[list[str], list[str], list[dict[str, object]]]:
    ids = [f"doc-{i}" for i in range(len(texts))]
    metas: list[dict[str, object]] = [{"language": lang, "kind": "method"} for _, lang in texts]
    return ids, [text for text, _ in texts], metas


def test_bm25_finds_a_compound_by_its_part_in_both_directions() -> None:
    texts = [
        ("Zet het systeem in het algoritmeregister van de gemeente.", "nl"),
        ("Het register van de vereniging ligt ter inzage.", "nl"),
        ("Een sensor meet de stortgegevens van de vrachtwagens.", "nl"),
        ("De leverancier levert een nieuwe sensor.", "nl"),
        ("Put the system in the algorithm register.", "en"),
        ("Het stort ligt buiten de stad. Het algoritme rekent met gegevens.", "nl"),
    ]
    index = BM25Index.build(_records(texts), Tokenizer())  # type: ignore[arg-type]
    plain = BM25Index.build(_records(texts), Tokenizer(), compounds=False)  # type: ignore[arg-type]

    def found(bm25: BM25Index, query: str) -> list[str]:
        return [bm25.ids[i] for i, _ in bm25.search(query, 5, language="nl")]

    assert "doc-0" in found(index, "register") and "doc-0" not in found(plain, "register")
    assert "doc-2" in found(index, "gegevens van het stort")
    assert {"doc-2", "doc-3"} <= set(found(index, "sensorleverancier"))
    assert found(plain, "sensorleverancier") == []
