"""A sentence that is only a direction label, asked or trailing off ("positief?", "en
negatief..", "Positive and negative, right?"), is no effect: it gives its side to the sentences
after it. A bare judgement after an effect ("Heel stressvol.") belongs to that effect."""

from __future__ import annotations

from assistant.method.reading.effect_lines import extract_effects


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.direction) for d in extract_effects(text, [], None, "positive")]


def test_asked_label_is_no_effect_nl() -> None:
    found = _read("negatief? nou, de buschauffeurs raken hun vaste route kwijt")
    assert [t for t, _ in found if "egatief" in t] == []
    assert any("route kwijt" in t and d == "negative" for t, d in found)


def test_trailing_label_gives_its_side_nl() -> None:
    found = _read("en positief.. de wachtrij bij het loket is weg")
    assert found and all("ositief" not in t for t, _ in found)
    assert found[0][1] == "positive"


def test_both_labels_asked_is_no_effect_en() -> None:
    found = _read(
        "Positive and negative, right? ok:\n+ kids can cycle to the pool\n- parents drive"
    )
    assert all("Positive and negative" not in t for t, _ in found)
    assert len(found) == 2


def test_asked_label_en() -> None:
    found = _read("Negative? The night staff lose their quiet hours.")
    assert [t for t, _ in found if t.startswith("Negative")] == []
    assert any("quiet hours" in t and d == "negative" for t, d in found)


def test_bare_judgement_joins_the_effect_before() -> None:
    found = _read(
        "Leerlingen die vaak wegkijken worden opgeroepen door de commissie. Heel stressvol."
    )
    assert len(found) == 1
    assert found[0][0].endswith("heel stressvol")
    assert found[0][1] == "negative"
