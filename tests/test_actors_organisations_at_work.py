"""Organisations named in passing by what they do in the case ("het lab analyseert de
monsters", "the pharmacy fills the rolls") are actors, the speaker's own organisation is not;
"X is <name>" says who X is, no effect; a body that speaks for a group ("de huurdersraad") is not
the group ("huurders")."""

from __future__ import annotations

import pytest

from assistant.domain.session import Actor, Session, Step
from assistant.method.reading.reader import Reader
from assistant.method.recording import known_actor


def _read(reader: Reader, text: str, language: str, own: str = "", step: Step = Step.EFFECTS):
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = step
    session.case.technology = "een sensor" if language == "nl" else "a sensor"
    session.case.context = own
    return reader.read(text, session)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Het lab analyseert de monsters elke week op virussen.", "nl", "Lab"),
        ("De apotheek vult de rollen elke maandag.", "nl", "Apotheek"),
        ("The pharmacy fills the rolls every Monday.", "en", "Pharmacy"),
        ("The ombudsman wrote us a letter about the complaints.", "en", "Ombudsman"),
    ],
)
def test_an_organisation_doing_something_is_an_actor(
    reader: Reader, text: str, language: str, name: str
) -> None:
    reading = _read(reader, text, language, "afdeling zorg" if language == "nl" else "care team")
    assert name in reading.actors


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("woningcorporaties en energiebedrijven melden achterstanden bij ons.", "nl"),
        ("housing associations and energy companies report arrears to us.", "en"),
    ],
)
def test_two_organisations_as_one_subject_are_two_actors(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, "wijkteam" if language == "nl" else "the care team")
    assert len(reading.actors) == 2


@pytest.mark.parametrize(
    ("text", "language", "own"),
    [
        ("De gemeente wil de sensoren dit jaar nog ophangen.", "nl", "gemeente Utrecht"),
        ("The municipality wants the sensors up this year.", "en", "municipality of Leeds"),
        ("Onze provincie betaalt het grootste deel.", "nl", ""),
        ("Our water board pays for most of it.", "en", ""),
    ],
)
def test_the_speakers_own_organisation_is_no_actor(
    reader: Reader, text: str, language: str, own: str
) -> None:
    reading = _read(reader, text, language, own)
    assert not reading.actors


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Leverancier is Acme Sensing.", "nl", "Leverancier (Acme Sensing)"),
        ("The supplier is a start-up from Delft.", "en", "Supplier"),
    ],
)
def test_who_an_organisation_is_names_it_without_an_effect(
    reader: Reader, text: str, language: str, name: str
) -> None:
    reading = _read(reader, text, language, "team" if language == "en" else "het team")
    assert reading.actors == [name]
    assert not reading.effects


@pytest.mark.parametrize(
    ("body", "group"),
    [("Huurdersraad", "Huurders"), ("The tenants' council", "Tenants"),
     ("Student unions", "Students")],
)  # fmt: skip
def test_a_body_for_a_group_is_not_the_group(body: str, group: str) -> None:
    assert known_actor(body, [Actor(id="g", name=group)]) is None
    assert known_actor(group, [Actor(id="b", name=body)]) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("waterschap - dijkinspectie met drones - pilot sinds maart", "nl"),
        ("water board - dike inspection with drones - pilot since March", "en"),
    ],
)
def test_a_title_line_names_no_organisation_at_work(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, "waterschap", Step.CASE)
    assert not reading.actors
    assert not reading.users


@pytest.mark.parametrize(
    ("text", "language", "organisation"),
    [
        ("Mensen weten niet dat hun gegevens gedeeld worden.", "nl", "Corporaties"),
        ("People do not know that their data is shared.", "en", "Housing associations"),
    ],
)
def test_an_organisation_is_not_the_public_an_early_effect_goes_to(
    reader: Reader, text: str, language: str, organisation: str
) -> None:
    session = Session(language=language)  # type: ignore[arg-type]
    session.step = Step.CASE
    session.case.technology = "een model" if language == "nl" else "a model"
    session.case.context = "de gemeente" if language == "nl" else "the council"
    session.actors = [Actor(id="org", name=organisation)]
    reading = reader.read(text, session)
    assert reading.effects
    assert all(e.actor_id != "org" for e in reading.effects)
