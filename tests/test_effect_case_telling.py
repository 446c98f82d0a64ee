"""Clauses among effects that tell the case, not an effect: a decision, how the model works,
what is done at a threshold, a condition, who someone is, a question about the rules, and a
moment some time back; and the direction of over-reliance, quarrels and doubts that lessen,
being treated as a suspect, a black box (Dutch and English; sentences written for these
tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.case_clauses import names_people_only, tells_the_case
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Het bestuur heeft besloten om in twee wijken een proef te doen met slimme lantaarns",
         True),
        ("The board decided to run a trial with smart lamp posts in two districts", True),
        ("Een algoritme van de leverancier dat daar per straat een risicoscore van maakt", True),
        ("a tool from the vendor turns those readings into a risk score per street", True),
        ("Bij rood gaat er een inspecteur langs", True),
        ("At red an inspector is sent out", True),
        ("Mits de baliemedewerkers er geen extra werk aan hebben", True),
        ("Provided the caretakers get some training first", True),
        ("De privacyjurist is intern", True),
        ("I'm the data protection officer", True),
        ("De woningcorporatie wil graag meedoen", True),
        ("Valt zo'n systeem eigenlijk onder de AI Act?", True),
        ("Does this fall under the AI Act?", True),
        ("De ondernemingsraad heeft al vragen gesteld", True),
        ("The fire brigade has already asked if they can get the camera feed", True),
        ("De recherche vraagt om de ruwe beelden", True),
        ("Goed contact met de wijkagent is juist belangrijk", True),
        ("That one is not an effect of the app", True),
        # effects in the same shapes stay effects
        ("The board decided to close the desk, which means older people lose their help", False),
        ("Het algoritme maakt meer fouten bij oudere aanvragers", False),
        ("Bij rood krijgen bewoners onterecht een boete", False),
        ("the contractor wants to join, which saves us a tender", False),
        ("Bewoners hebben al gemaild dat ze zich bekeken voelen", False),
    ],
)  # fmt: skip
def test_case_telling_clause_is_no_effect(text: str, told: bool) -> None:
    assert tells_the_case(text) is told


def _effects(reader: Reader, text: str, language: str, actors: tuple[str, ...]) -> list:
    session = reading_session(Step.EFFECTS, language, "Slimme lantaarnpalen", actors)
    return reader.read(text, session).effects


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        ("Twee winters geleden viel er een lantaarnpaal om tijdens een storm. Bewoners voelen "
         "zich nu veiliger op straat.", "nl", "veiliger"),
        ("Three summers ago a lamp post fell onto a car. Residents now feel safer in the street.",
         "en", "safer"),
        ("Bewoners voelen zich veiliger op straat, mits de palen niet de hele nacht filmen.",
         "nl", "veiliger"),
        ("Residents feel safer at night. I'm the project lead, by the way.", "en", "safer"),
    ],
)  # fmt: skip
def test_background_and_conditions_among_effects_are_not_recorded(
    reader: Reader, text: str, language: str, kept: str
) -> None:
    effects = _effects(reader, text, language, ("Bewoners",))
    assert [kept in e.text for e in effects] == [True]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # over-reliance on the output is no trust earned
        ("De planners varen blind op wat bovenaan de lijst staat", "negative"),
        ("The caseworkers trust whatever the dashboard shows first", "negative"),
        # fewer quarrels, collisions, surprises and doubts are good
        ("Minder ruzie aan de balie", "positive"),
        ("Fewer collisions with deer on the ring road", "positive"),
        ("Tenants get fewer nasty surprises", "positive"),
        ("Begeleiders twijfelen minder bij cliënten die niet kunnen praten", "positive"),
        # treated as a suspect, kept in the dark, late, unseen
        ("Pupils feel like suspects in their own classroom", "negative"),
        ("How the fares are set is a black box", "negative"),
        ("Pakketjes komen dagen later aan", "negative"),
        ("Their effort becomes invisible to the manager", "negative"),
        ("Once word gets around, the tenants will drop it", "negative"),
        ("Buurtbewoners gaan zich verplicht voelen om hun beelden te delen", "negative"),
        ("Drivers get rostered on their day off", "negative"),
        # work aimed better and cases solved
        ("De wijkagenten werken veel gerichter", "positive"),
        ("The new search has solved several old burglaries", "positive"),
    ],
)  # fmt: skip
def test_direction_of_reliance_relief_and_suspicion(text: str, direction: str) -> None:
    assert clause_direction(text) == direction


@pytest.mark.parametrize(
    ("text", "naming"),
    [
        ("Buschauffeurs", True),
        ("Handhavers en boa's", True),
        ("Leerlingen in de klas", True),
        ("Inspectors (ILT)", True),
        ("Neighbours and visitors", True),
        ("Caretakers of the building", True),
        # an effect on people, however short, stays an effect
        ("Buschauffeurs meer werk", False),
        ("Neighbours feel watched", False),
        ("Visitors stay longer in the park", False),
        ("Searchable archive", False),
    ],
)  # fmt: skip
def test_naming_people_among_effects_is_no_effect(text: str, naming: bool) -> None:
    assert names_people_only(text) is naming


def test_people_named_among_effects_are_not_recorded_as_effects(reader: Reader) -> None:
    nl = "brandweerlieden BT, verdachten, omwonenden/buren, kinderen in huis, leverancier (VS)"
    en = "firefighters FT, suspects, residents/neighbours, kids in house, supplier (US)"
    for text, language in ((nl, "nl"), (en, "en")):
        names = [e.text for e in _effects(reader, text, language, ("Drone. camera",))]
        assert not {"Brandweerlieden BT", "Kinderen in huis", "Kids in house"} & set(names)


def test_people_asked_about_lead_the_effects_after_them(reader: Reader) -> None:
    en = "good: pilots fly less. bad: and neighbours?? some find it creepy, a camera over them"
    nl = "goed: piloten vliegen minder. slecht: en de buren?? sommigen vinden het eng"
    for text, language, name in ((en, "en", "Neighbours"), (nl, "nl", "Buren")):
        effects = _effects(reader, text, language, ("Pilots", name))
        told = [(e.actor_id, e.direction) for e in effects]
        assert told == [("a1", "positive"), ("a2", "negative")]
