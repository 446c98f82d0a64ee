"""Sentences among the effects that are no effect: an incident told as it happened once
("Vorige week belde een buurman ...", "Last month one tenant said ...", "My colleague told me
about a man who ..."), unless the speaker judges it; a sentence said to be no effect ("Not an
effect I guess, just a dependency."); and the title of a pasted document framed by dashes
("--- Plan X, versie 2 ---"); a sentence that only says the effects on people go both ways
("voor de handhavers is het dubbel"): its people are the actor of the sentences after it; and
how long people have done their work ("die doen dit al twintig jaar"): who they are.
Sentences written for these tests."""

from __future__ import annotations

from method_fakes import read_in, told

from assistant.domain.session import Step
from assistant.method.reading.noise import strip_noise
from assistant.method.reading.reader import Reader

PARKING = ("Bewoners", "Handhavers", "Bezoekers")
HOUSING = ("Tenants", "Caseworkers", "Landlords")


def read_nl(reader: Reader, text: str) -> list[tuple[str, str, str]]:
    return told(read_in(reader, text, PARKING, "nl", "een scanauto voor parkeren"))


def read_en(reader: Reader, text: str) -> list[tuple[str, str, str]]:
    return told(read_in(reader, text, HOUSING, "en", "a rent check model"))


def test_an_incident_told_is_no_effect_nl(message_reader: Reader) -> None:
    found = read_nl(
        message_reader,
        "Handhavers hoeven minder te lopen. Vorige week belde een buurman boos naar de "
        "balie omdat zijn bezoek een bon kreeg.",
    )
    assert [t for t, _d, _a in found] == ["Handhavers hoeven minder te lopen"]


def test_an_incident_told_is_no_effect_en(message_reader: Reader) -> None:
    found = read_en(
        message_reader,
        "Caseworkers spend less time on paperwork. At a meeting last week one landlord said "
        '"the computer knows my tenants better than I do", and everyone laughed.',
    )
    assert [t for t, _d, _a in found] == ["Caseworkers spend less time on paperwork"]


def test_a_story_heard_from_a_colleague_is_no_effect_en(message_reader: Reader) -> None:
    found = read_en(
        message_reader,
        "Tenants get an answer sooner. My colleague told me about a man in Zwolle who has "
        "lived in a caravan for a year.",
    )
    assert [t for t, _d, _a in found] == ["Tenants get an answer sooner"]


def test_an_incident_the_speaker_judges_stays_an_effect_nl(message_reader: Reader) -> None:
    found = read_nl(
        message_reader,
        "Vorige maand kreeg een bezoeker van mijn moeder drie bonnen op een dag, dat is echt "
        "een nadeel.",
    )
    assert len(found) == 1
    assert found[0][1] == "negative"


def test_an_incident_with_a_verdict_after_it_stays_an_effect_en(message_reader: Reader) -> None:
    found = read_en(
        message_reader,
        "Last week a tenant got her rent support back within a day. That's the big plus.",
    )
    assert len(found) == 1
    assert found[0][1] == "positive"
    assert found[0][0].endswith("That's the big plus")


def test_a_sentence_said_to_be_no_effect_takes_the_one_before_en(
    message_reader: Reader,
) -> None:
    found = read_en(
        message_reader,
        "Tenants get an answer sooner. Landlords have to deliver their rent data every month, "
        "which costs them time. Not an effect I guess, just a dependency.",
    )
    assert [t for t, _d, _a in found] == ["Tenants get an answer sooner"]


def test_a_sentence_said_to_be_no_effect_takes_the_one_before_nl(
    message_reader: Reader,
) -> None:
    found = read_nl(
        message_reader,
        "Bewoners vinden sneller een plek. De gemeente moet wel elke nacht de vergunningen "
        "aanleveren, wat extra werk is. Dat is geen effect maar een randvoorwaarde.",
    )
    assert [t for t, _d, _a in found] == ["Bewoners vinden sneller een plek"]


def test_the_title_of_a_pasted_plan_is_left_out_nl() -> None:
    kept, ignored = strip_noise(
        "Ik plak het plan even:\n\n--- Plan 'Slim Parkeren', versie 2.1 ---\n"
        "De scanauto rijdt elke dag door de wijk.\n---"
    )
    assert "Slim Parkeren" not in kept
    assert "De scanauto rijdt elke dag door de wijk." in kept
    assert any("Slim Parkeren" in line for line in ignored)


def test_the_title_of_a_pasted_plan_is_left_out_en() -> None:
    kept, ignored = strip_noise(
        "Pasting our plan below.\n\n-- Housing Check, draft 3 --\n"
        "The model ranks the files by risk."
    )
    assert "Housing Check" not in kept
    assert "The model ranks the files by risk." in kept
    assert "-- Housing Check, draft 3 --" in ignored


def test_effects_said_to_go_both_ways_for_people_are_theirs_nl(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Effecten van mijn kant: voor de handhavers is het dubbel. Ze lopen minder rondjes, "
        "maar de discussies op straat worden feller.",
        PARKING,
        "nl",
        "een scanauto voor parkeren",
        Step.OPTIONS,
    )
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("positive", "Handhavers"),
        ("negative", "Handhavers"),
    ]


def test_effects_said_to_go_both_ways_for_people_are_theirs_en(message_reader: Reader) -> None:
    reading = read_in(
        message_reader,
        "Effects from my side: for the caseworkers it's mixed. They save a lot of time, but "
        "the files that are left are more stressful.",
        HOUSING,
        "en",
        "a rent check model",
        Step.OPTIONS,
    )
    assert [(d, a) for _t, d, a in told(reading)] == [
        ("positive", "Caseworkers"),
        ("negative", "Caseworkers"),
    ]


def test_how_long_people_have_done_their_work_is_no_effect_nl(message_reader: Reader) -> None:
    found = read_nl(
        message_reader,
        "De handhavers, die doen dit al twintig jaar, en een paar van hen zijn bang dat ze "
        "hun baan kwijtraken.",
    )
    assert len(found) == 1
    assert found[0][1:] == ("negative", "Handhavers")


def test_how_long_people_have_done_their_work_is_no_effect_en(message_reader: Reader) -> None:
    found = read_en(
        message_reader,
        "Caseworkers have been doing this for twenty years. They worry the model will overrule "
        "them.",
    )
    assert [(d, a) for _t, d, a in found] == [("negative", "Caseworkers")]
