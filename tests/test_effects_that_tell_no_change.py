"""A clause among effects that tells no change is no effect (Dutch and English, sentences
written for these tests): nothing changes for someone or no one loses or notices anything
("de baliemedewerkers merken er niks van", "our drivers won't lose their jobs"), doubt that
gives no direction ("shop owners, I honestly don't know", "of het voor X positief is weet ik
niet"), what it is not before what it is ("het is niet zo dat ..., eerder ...") and a group
with a bare denial ("eerlijke taxichauffeurs toch niet"). The clause after it keeps its actor
from it; a change said with the same words ("geen last meer", "tenzij ...") stays an effect."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader

EN_ACTORS = ("Drivers", "Parents", "Shop owners", "Nurses")
NL_ACTORS = ("Baliemedewerkers", "Bezoekers", "Leerlingen", "Huisartsen", "Buren", "Bewoners")


def _effects(reader: Reader, text: str, language: str) -> list[tuple[str, str | None, str]]:
    """The effects read in ``text`` at the effects step: (text, direction, actor id)."""
    actors = EN_ACTORS if language == "en" else NL_ACTORS
    session = reading_session(Step.EFFECTS, language, "Een planningssysteem", actors)
    found = reader.read(text, session).effects
    return [(e.text, e.direction, e.actor_id or "") for e in found]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Shop owners, I honestly don't know.", "en"),
        ("For the shop owners nothing really changes.", "en"),
        ("The nurses won't notice anything, I think.", "en"),
        ("De baliemedewerkers merken er niks van, denk ik.", "nl"),
        ("Voor de bezoekers verandert er eigenlijk niets.", "nl"),
        ("De buren hebben er geen last van.", "nl"),
    ],
)
def test_a_sentence_that_tells_no_change_is_no_effect(
    reader: Reader, text: str, language: str
) -> None:
    assert _effects(reader, text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "word", "actor", "direction"),
    [
        ("Our drivers won't lose their jobs, but they'll spend half the day checking the "
         "screen.", "en", "screen", "a1", "negative"),
        ("I'm not sure it's good for the nurses. They might get more complaints.", "en",
         "complaints", "a4", "negative"),
        ("Of het voor de huisartsen positief is weet ik niet, misschien krijgen ze juist meer "
         "telefoontjes.", "nl", "telefoontjes", "a4", "negative"),
        ("Het is niet zo dat leerlingen langer moeten wachten, eerder korter: ze krijgen binnen "
         "een week hun cijfer.", "nl", "cijfer", "a3", "positive"),
    ],
)  # fmt: skip
def test_the_effect_after_a_clause_of_no_change_is_the_only_one(
    reader: Reader, text: str, language: str, word: str, actor: str, direction: str
) -> None:
    found = _effects(reader, text, language)
    assert len(found) == 1
    said, told, whom = found[0]
    assert word in said and told == direction and whom == actor


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Wie heeft er eigenlijk last van? Eerlijke buren toch niet.", "nl"),
        ("Who loses out? The parents, not at all.", "en"),
    ],
)
def test_a_group_with_a_bare_denial_is_no_effect(reader: Reader, text: str, language: str) -> None:
    found = _effects(reader, text, language)
    assert not any("toch niet" in t or "not at all" in t for t, _, _ in found)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De buren hebben er geen last meer van.", "nl"),
        ("Bewoners merken daar niets van tenzij ze 's nachts weg moeten.", "nl"),
        ("Drivers won't lose their bonus any more when a bus is late.", "en"),
    ],
)
def test_a_change_said_with_the_same_words_stays_an_effect(
    reader: Reader, text: str, language: str
) -> None:
    assert len(_effects(reader, text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De robot filmt de voortuinen. Precies, niemand.", "nl"),
        ("Someone waits an hour in the corridor. Lovely.", "en"),
    ],
)
def test_a_reaction_of_a_word_or_two_is_no_effect(reader: Reader, text: str, language: str) -> None:
    found = _effects(reader, text, language)
    assert not any(t.lower().strip(".") in ("precies, niemand", "lovely") for t, _, _ in found)
