"""The actor of an effect whose subject is a pronoun for people named before, behind a lead:
a few words before a colon ("eerder andersom: die krijgen ..."), a clause that weighs it
("what they fear is that they ..."), a correction said in passing ("ik bedoel ze ...") or a bare
"dat"/"that". The pronoun's people are the actor, not a group named later in the clause nor the
group asked about; a group named in the lead itself stays the actor (Dutch and English;
sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in, told

from assistant.method.reading.effect_subjects import first_person
from assistant.method.reading.reader import Reader

MARKET_NL = ("Marktkramers", "Bezoekers", "Handhavers")
MARKET_EN = ("Stallholders", "Visitors", "Wardens")


def _actor_of(reader: Reader, text: str, language: str, word: str) -> list[str]:
    """The actors of the effects read in ``text`` that hold ``word``."""
    actors = MARKET_NL if language == "nl" else MARKET_EN
    reading = read_in(reader, text, actors, language, "een app voor de markt")
    return [a for effect, _, a in told(reading) if word in effect]


@pytest.mark.parametrize(
    ("text", "language", "word", "actor"),
    [
        ("Voor de marktkramers is het geen winst. Eerder andersom: die krijgen nu alle klachten "
         "binnen die de bezoekers vroeger bij ons kwijt konden.", "nl",
         "klachten", "Marktkramers"),
        ("De marktkramers zijn er niet blij mee. Wat ze vrezen is dat ze boetes krijgen van de "
         "handhavers zonder uitleg.", "nl", "boetes", "Marktkramers"),
        ("The stallholders aren't happy about it. What they fear is that they get fines from the "
         "wardens without any explanation.", "en", "fines", "Stallholders"),
        ("The stallholders complained in the pilot. What they told us: they feel they're doing "
         "the wardens' job for free.", "en", "for free", "Stallholders"),
    ],
)  # fmt: skip
def test_pronoun_behind_a_lead_is_the_people_named_before(
    message_reader: Reader, text: str, language: str, word: str, actor: str
) -> None:
    assert _actor_of(message_reader, text, language, word) == [actor]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("Zorg bij de handhavers: ze weten niet goed wat de app de bezoekers vertelt.", "nl",
         "Handhavers"),
        ("Worry from the wardens: they don't know what the app tells the visitors.", "en",
         "Wardens"),
    ],
)  # fmt: skip
def test_people_named_in_the_lead_stay_the_actor(
    message_reader: Reader, text: str, language: str, actor: str
) -> None:
    assert _actor_of(message_reader, text, language, " ") == [actor]


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [
        ("De bezoekers vinden de app handig en de handhavers krijgen minder vragen.", "nl",
         "Bezoekers"),
        ("Visitors find their way faster and the wardens get fewer questions.", "en", "Visitors"),
        ("Die handhavers krijgen minder vragen van bezoekers.", "nl", "Handhavers"),
        ("Those wardens get fewer questions from visitors.", "en", "Wardens"),
    ],
)  # fmt: skip
def test_clauses_without_a_pointing_pronoun_keep_their_actor(
    message_reader: Reader, text: str, language: str, actor: str
) -> None:
    assert _actor_of(message_reader, text, language, " ")[0] == actor


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Ik bedoel ze gaan vaker meten dan nodig.", False),
        ("I mean they check far more often than needed.", False),
        ("Wat we horen: ze haken af bij de tweede vraag.", False),
        ("Ik bedoel dat we minder vaak langs hoeven.", True),
        ("I mean we have to drive out less often.", True),
    ],
)  # fmt: skip
def test_a_lead_before_a_pronoun_for_others_is_not_the_speakers_effect(
    text: str, own: bool
) -> None:
    assert first_person(text) is own


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        ("De handhavers zijn tevreden. Wat betreft degenen die een boete kregen: ze horen nooit "
         "waarom.", "nl", "nooit"),
        ("The wardens are pleased. As for those who got a fine: they never hear why.", "en",
         "never"),
    ],
)  # fmt: skip
def test_people_a_lead_names_of_its_own_are_not_the_group_named_before(
    message_reader: Reader, text: str, language: str, word: str
) -> None:
    wardens = "Handhavers" if language == "nl" else "Wardens"
    assert wardens not in _actor_of(message_reader, text, language, word)
