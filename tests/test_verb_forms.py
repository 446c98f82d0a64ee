"""Dutch verb forms in -t read as their verb ("zegt" as "zeggen"), and BM25 finding a text by a
verb form it does not hold."""

from __future__ import annotations

from pathlib import Path

from assistant.knowledge.bm25 import TOKENS, BM25Index, Tokenizer, cached_index, verb_forms
from assistant.language.compounds import vocabulary

TEXTS = [
    ("Niemand kon de bewoners vertellen waarom de lantaarn uitging.", "nl"),
    ("De balie moet zeggen welke gegevens de gemeente bewaart.", "nl"),
    ("De dienst stuurt een brief; alle diensten doen mee.", "nl"),
    ("Het recht op inzage staat in de wet.", "nl"),
    ("The clerk tells residents why the lamp went out.", "en"),
]


def _records() -> tuple[list[str], list[str], list[dict[str, object]]]:
    ids = [f"doc-{i}" for i in range(len(TEXTS))]
    metas: list[dict[str, object]] = [{"language": lang, "kind": "method"} for _, lang in TEXTS]
    return ids, [text for text, _ in TEXTS], metas


def test_a_verb_form_in_t_has_the_stem_of_its_verb() -> None:
    tokenizer = Tokenizer()
    forms = verb_forms(vocabulary(text for text, _ in TEXTS), tokenizer)
    assert tokenizer.tokens("hij vertelt het", "nl", forms=forms) == tokenizer.stems(
        ["vertellen"], "nl"
    )
    assert tokenizer.tokens("zij zegt", "nl", forms=forms) == tokenizer.stems(["zeggen"], "nl")
    # without the vocabulary the stemmer keeps the -t
    assert tokenizer.tokens("hij vertelt het", "nl") == ["vertelt"]


def test_nouns_in_t_and_english_words_keep_their_own_stem() -> None:
    tokenizer = Tokenizer()
    forms = verb_forms(vocabulary(text for text, _ in TEXTS), tokenizer)
    # "diensten" is known: "dienst" is a noun with forms of its own, not a form of "dienen"
    assert tokenizer.tokens("de dienst", "nl", forms=forms) == tokenizer.tokens("de dienst", "nl")
    # no known word has the stem of "rech"
    assert tokenizer.tokens("het recht", "nl", forms=forms) == tokenizer.tokens("het recht", "nl")
    english = "the lamp went out"
    assert tokenizer.tokens(english, "en", forms=forms) == tokenizer.tokens(english, "en")


def test_bm25_finds_a_text_by_a_verb_form_it_does_not_hold() -> None:
    index = BM25Index.build(_records(), Tokenizer())  # type: ignore[arg-type]

    def found(query: str) -> list[str]:
        return [index.ids[i] for i, _ in index.search(query, 5, language="nl")]

    assert found("wie vertelt mij dat") == ["doc-0"]
    assert found("de balie zegt niets") == ["doc-1"]
    assert found("welke gegevens bewaren ze") == ["doc-1"]  # and the reverse: "bewaart" in the text


def test_a_saved_index_that_read_words_otherwise_is_built_again(tmp_path: Path) -> None:
    old = tmp_path / "abc"  # the folder of an index saved before verb forms were read
    old.mkdir()
    index = cached_index(tmp_path, "abc", _records, Tokenizer())  # type: ignore[arg-type]
    assert [p.name for p in tmp_path.iterdir()] == [f"abc-{TOKENS}"]
    again = cached_index(tmp_path, "abc", _records, Tokenizer())  # type: ignore[arg-type]
    assert again.search("wie vertelt mij dat", 5, language="nl") == index.search(
        "wie vertelt mij dat", 5, language="nl"
    )
    assert again.forms is not None and "vertellen" in again.forms.words


def test_a_verb_form_is_read_by_its_infinitive_when_the_stemmer_spells_it_otherwise() -> None:
    tokenizer = Tokenizer()
    known = vocabulary(["De leverancier moet de onderdelen op tijd leveren."])
    forms = verb_forms(known, tokenizer)
    # Snowball: "leveren" -> "leveer", "lever" -> "lever": only the known infinitive joins them
    assert tokenizer.tokens("wie levert", "nl", forms=forms) == tokenizer.stems(["leveren"], "nl")
    # "bent" is no form of a known infinitive "benen": it keeps its stem
    assert tokenizer.tokens("je bent", "nl", forms=forms) == tokenizer.tokens("je bent", "nl")
