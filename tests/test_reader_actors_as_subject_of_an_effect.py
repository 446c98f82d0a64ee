"""The reader on people named as the subject of an effect: organisations and trades by their
kind ("de zwemvereniging", "the water board"), an organisation by its abbreviation ("de GGD",
but not "de AVG"), and a group named before a long place or qualifier ("de bewoners aan de
overkant van het plein merken ..."), in Dutch and English (sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.method.reading.reader import Reader


def effects_step(language: str) -> Session:
    technology = "Sensoren die de drukte op het strand meten"
    return reading_session(Step.EFFECTS, language, technology, ("Strandwachten",))


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        ("De reddingsbrigade krijgt eerder een seintje.", "nl", "Reddingsbrigade"),
        ("De strandverenigingen moeten hun openingstijden doorgeven.", "nl",
         "Strandverenigingen"),
        ("Het waterschap krijgt betere cijfers over de duinen.", "nl", "Waterschap"),
        ("De woningcorporaties krijgen klachten van huurders.", "nl", "Woningcorporaties"),
        ("The lifeboat association gets warnings earlier.", "en", "Lifeboat association"),
        ("The beach clubs get fewer guests on busy days.", "en", "Beach clubs"),
        ("The water board gets better figures on the dunes.", "en", "Water board"),
    ],
)  # fmt: skip
def test_an_organisation_named_by_its_kind_is_the_effects_actor(
    reader: Reader, text: str, language: str, who: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert [e.actor_name for e in reading.effects] == [who]


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        ("De GGD krijgt elke dag een overzicht van de drukte.", "nl", "GGD"),
        ("Het RIVM moet de meetgegevens controleren.", "nl", "RIVM"),
        ("The KNRM gets alerts before the lifeguards do.", "en", "KNRM"),
    ],
)  # fmt: skip
def test_an_organisation_named_by_its_abbreviation_is_the_effects_actor(
    reader: Reader, text: str, language: str, who: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert [e.actor_name for e in reading.effects] == [who]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De AVG maakt het bewaren van beelden lastiger.", "nl"),
        ("The GDPR makes keeping the images harder.", "en"),
    ],
)
def test_a_law_named_by_its_abbreviation_is_no_actor(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert not any(e.actor_name for e in reading.effects)
    assert not reading.actors


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        ("De bewoners aan de overkant van het plein en de boulevard merken meer lawaai.", "nl",
         "Bewoners"),
        ("De strandpachters in Noordwijk en Katwijk en Scheveningen krijgen minder klanten.",
         "nl", "Strandpachters"),
        ("The residents along the promenade and the old harbour notice more noise.", "en",
         "Residents"),
    ],
)  # fmt: skip
def test_people_named_before_a_long_place_are_the_effects_actor(
    reader: Reader, text: str, language: str, who: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert [e.actor_name for e in reading.effects] == [who]


def test_things_named_before_a_long_place_stay_without_actor(reader: Reader) -> None:
    text = "De camera's op de paal naast het strandpaviljoen en de duinovergang vallen soms uit."
    reading = reader.read(text, effects_step("nl"))
    assert not any(e.actor_name for e in reading.effects)


def test_a_clause_before_a_place_is_no_name(reader: Reader) -> None:
    text = "The wardens write reports in half the time now."
    reading = reader.read(text, effects_step("en"))
    assert "Wardens write reports" not in [e.actor_name for e in reading.effects]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ik werk bij de bibliotheek. Het bestuur wil een app inkopen die uitleenbeurten sneller "
         "maakt.", "nl"),
        ("I work at the library. The board wants to buy an app that makes lending quicker.", "en"),
    ],
)  # fmt: skip
def test_an_organisation_that_plans_the_technology_tells_the_case(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, reading_session(Step.CASE, language, ""))
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        ("Ik vrees dat ouders niet snappen waarom hun kind wordt geweigerd.", "nl", "Ouders"),
        ("I fear that parents do not understand the refusal.", "en", "Parents"),
        ("De strandgasten ergeren zich aan het gezoem.", "nl", "Strandgasten"),
        ("The beach guests find themselves filmed all day.", "en", "Beach guests"),
    ],
)  # fmt: skip
def test_the_subject_is_named_without_the_words_around_it(
    reader: Reader, text: str, language: str, who: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert [e.actor_name for e in reading.effects] == [who]


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        ("Voor de strandpachters betekent het trouwens ook iets: zij krijgen minder klanten.",
         "nl", "strandpachters"),
        ("For the beach bars it means a lot: they get fewer guests.", "en", "beach bars"),
    ],
)  # fmt: skip
def test_a_label_that_says_the_effect_follows_names_only_the_actor(
    reader: Reader, text: str, language: str, who: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert [e.actor_name.lower() for e in reading.effects] == [who]


@pytest.mark.parametrize(
    ("text", "language", "who"),
    [
        ("Ons buurtteam krijgt minder meldingen.", "nl", "Buurtteam"),
        ("Our beach team gets fewer calls.", "en", "Beach team"),
        ("Strandgasten die klagen worden sneller geholpen.", "nl", "Strandgasten"),
    ],
)  # fmt: skip
def test_a_subject_is_named_without_owner_or_a_cut_relative_word(
    reader: Reader, text: str, language: str, who: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert [e.actor_name for e in reading.effects] == [who]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("People who don't use the app are at a disadvantage.", "en"),
        ("Mensen die de app niet gebruiken zijn in het nadeel.", "nl"),
    ],
)
def test_people_cut_inside_a_relative_clause_are_no_name(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert not any(e.actor_name.lower().endswith((" who", " die")) for e in reading.effects)


def test_a_pronoun_after_bij_names_no_new_actor(reader: Reader) -> None:
    reading = reader.read("Bij hen wordt vaker aangebeld.", effects_step("nl"))
    assert [e.actor_name for e in reading.effects] == [""]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ik ben bang dat strandwachten het eerste advies gewoon overnemen.", "nl"),
        ("Ik vrees dat collega's de melding gewoon negeren.", "nl"),
    ],
)
def test_a_subject_followed_by_its_object_names_no_new_actor(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, effects_step(language))
    assert all(len(e.actor_name.split()) <= 1 for e in reading.effects)
    assert not any("advies" in a or "melding" in a for a in reading.actors)
