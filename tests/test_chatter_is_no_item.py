"""The speaker's talk around the items is no item: a hedge ("not sure this belongs here"), an
announcement of what follows ("three more I forgot", "mijn voorwaarden"), a discourse marker
alone ("hold on", "nee wacht"), a wish for how the assistant answers ("numbered please") and a
reaction to numbered proposals ("3 liever niet"); a judging label ("the main upside: ...")
names no actor; a value named with its reason where options are asked is a value, not a
measure (Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import time

from method_fakes import read_in, told

from assistant.domain.session import Session, Step
from assistant.method.reading.chatter import chatter
from assistant.method.reading.name_fragments import fragment_name
from assistant.method.reading.reader import Reader
from assistant.method.recording import add_actor


def _values(reading: object) -> list[str]:
    return [v.entry.id if v.entry else v.name for v in reading.values]  # type: ignore[attr-defined]


def test_chatter_is_talk_around_the_items() -> None:
    for text in (
        "I'm not sure whether this matters", "ik weet niet of dit meetelt", "Hold on",
        "Nee, wacht", "Three more I forgot", "Nog twee die ik vergat", "One more point, sorry",
        "Mijn voorwaarden, als we ermee doorgaan", "My wishes, if we go ahead with it",
        "Numbered please", "Genummerd graag", "Graag een paar opties, genummerd",
        "3 liever niet", "not 2", "Meer heb ik niet", "Ik noem ze maar even",
        "Sorry, back to the actors", "Opties, lastig", "But I still", "Even denken",
        "2 is te duur", "De derde niet, dat kost te veel tijd", "The first one not",
        "Too expensive for us", "The downside", "Groot voordeel", "Serieus", "Nog een punt",
        "There's one case that really bothers me", "Er is een situatie die me zorgen baart",
        "Nee wacht, nog niet verder", "Er zijn nog twee dingen", "Dat raakt me wel",
        "Bedoel je alle ouders of alleen wie meedoet", "Moet ik de buren ook meerekenen?",
        "Should I also count the neighbours?", "Ik vind het lastig om die zelf te benoemen",
    ):  # fmt: skip
        assert chatter(text), text


def test_chatter_leaves_items_alone() -> None:
    for text in (
        "Parents of young pupils", "Wacht op de bus", "Numbered tags on every bin",
        "Liever niet gefilmd worden is voor bewoners belangrijk", "Hold on to paper forms",
        "The vendor logs every query", "Nog een keer per jaar evalueren", "Privacy",
        "Mijn collega's van het klantcontactcentrum", "Zorg", "Wellbeing of carers",
        "Volgende week evalueren", "Or only the drivers get a badge?", "Ga door met controleren",
    ):  # fmt: skip
        assert not chatter(text), text


def test_chatter_is_no_value_en(message_reader: Reader) -> None:
    text = "Three more I forgot. Hold on."
    reading = read_in(message_reader, text, ("Tenants",), "en", "rent app", Step.VALUES)
    assert reading.values == []


def test_chatter_is_no_value_nl(message_reader: Reader) -> None:
    reading = read_in(message_reader, "Genummerd graag.", ("Huurders",), "nl", "app", Step.VALUES)
    assert reading.values == []
    reading = read_in(message_reader, "1 is prima, 3 liever niet.", ("Huurders",), "nl", "app",
                      Step.VALUES)  # fmt: skip
    assert all(v.name.lower() != "liever niet" for v in reading.values)


def test_chatter_is_no_option_en(message_reader: Reader) -> None:
    text = "One more point, sorry. Every camera gets a sign with a phone number."
    reading = read_in(message_reader, text, ("Residents",), "en", "street cameras", Step.OPTIONS)
    assert [o.text for o in reading.options] == ["Every camera gets a sign with a phone number"]


def test_chatter_is_no_option_nl(message_reader: Reader) -> None:
    text = "Mijn voorwaarden, als we ermee doorgaan: de beelden gaan na een week weg."
    reading = read_in(message_reader, text, ("Bewoners",), "nl", "camera's", Step.OPTIONS)
    assert all("voorwaarden" not in o.text.lower() or "beelden" in o.text for o in reading.options)
    assert any("beelden" in o.text for o in reading.options)


def test_chatter_is_no_actor() -> None:
    for name in ("Via the framework contract", "Of the older drivers", "Them it is partly",
                 "Bedoelt u alle ouders"):  # fmt: skip
        assert fragment_name(name), name


def test_a_hedge_names_no_actor_en(message_reader: Reader) -> None:
    text = "Drivers save time. I'm not sure whether this matters, but here's what worries me."
    reading = read_in(message_reader, text, ("Drivers",), "en", "route app", Step.ACTORS)
    assert reading.actors == []


def test_a_judging_label_names_no_actor_en(message_reader: Reader) -> None:
    text = "The main upside: a lost dog is found sooner, because neighbours get the alert."
    reading = read_in(message_reader, text, ("Owners",), "en", "alert app", Step.EFFECTS)
    assert reading.actors == []
    assert all(actor.lower() != "main upside" for _, _, actor in told(reading))
    assert [d for _, d, _ in told(reading)][:1] == ["positive"]


def test_a_judging_label_names_no_actor_nl(message_reader: Reader) -> None:
    text = "Het grootste nadeel: chauffeurs voelen zich de hele dag gevolgd door de planning."
    reading = read_in(message_reader, text, ("Chauffeurs",), "nl", "planning", Step.EFFECTS)
    assert reading.actors == []
    assert [d for _, d, _ in told(reading)][:1] == ["negative"]


def test_values_with_reasons_among_options_en(message_reader: Reader) -> None:
    text = "Privacy, because of the camera footage. And autonomy, meaning people can say no."
    reading = read_in(message_reader, text, ("Residents",), "en", "cameras", Step.OPTIONS)
    assert reading.options == []
    assert _values(reading) == ["privacy", "autonomy"]


def test_values_with_reasons_among_options_nl(message_reader: Reader) -> None:
    text = "Transparantie vanwege die brief. Eigen regie over je afval, dus autonomie denk ik."
    reading = read_in(message_reader, text, ("Bewoners",), "nl", "afvalpas", Step.OPTIONS)
    assert reading.options == []
    assert "transparency" in _values(reading) and "autonomy" in _values(reading)


def test_a_measure_that_names_a_value_stays_an_option(message_reader: Reader) -> None:
    text = "Privacy: de beelden moeten na een week gewist worden."
    reading = read_in(message_reader, text, ("Bewoners",), "nl", "camera's", Step.OPTIONS)
    assert len(reading.options) == 1
    text = "Transparency towards residents through a public register."
    reading = read_in(message_reader, text, ("Residents",), "en", "cameras", Step.OPTIONS)
    assert len(reading.options) == 1


def test_pieces_pointing_back_are_no_own_values(message_reader: Reader) -> None:
    for text in ("Vanwege die jongen.", "Dat vader.", "Hundreds a week.", "Welke bedoel je"):
        reading = read_in(message_reader, text, ("Ouders",), "nl", "app", Step.VALUES)
        assert all(v.entry is not None for v in reading.values), text
    reading = read_in(message_reader, "Het belang van het kind.", ("Ouders",), "nl", "app",
                      Step.VALUES)  # fmt: skip
    assert reading.values, "an own value of the speaker stays"


def test_a_value_asked_back_and_answered_is_a_value_en(message_reader: Reader) -> None:
    text = "Would trust count? I'd say so. And privacy, because of the recordings."
    reading = read_in(message_reader, text, ("Patients",), "en", "voice app", Step.OPTIONS)
    assert reading.options == [] and reading.unread == []
    assert sorted(_values(reading)) == ["privacy", "trust"]


def test_a_value_asked_back_and_answered_is_a_value_nl(message_reader: Reader) -> None:
    text = "Zou rechtvaardigheid ook een waarde zijn? Denk het wel."
    reading = read_in(message_reader, text, ("Boeren",), "nl", "drone", Step.VALUES)
    assert _values(reading) == ["justice"]


def test_an_own_value_with_its_reason_among_values_is_a_value(message_reader: Reader) -> None:
    text = "Privacy, omdat we alles opslaan. En de eigen regie, dat je zelf kunt kiezen."
    reading = read_in(message_reader, text, ("Bewoners",), "nl", "sensoren", Step.OPTIONS)
    assert reading.options == [] and len(reading.values) == 2


def test_words_pointing_back_to_a_story_are_no_option(message_reader: Reader) -> None:
    assert chatter("So, for that boy and that girl") and chatter("vanwege die meneer")
    text = "For those pupils. The dashboard shows no ranking of children."
    reading = read_in(message_reader, text, ("Pupils",), "en", "wristbands", Step.OPTIONS)
    assert [o.text for o in reading.options] == ["The dashboard shows no ranking of children"]


def test_chatter_turns_down_a_long_sentence_at_once() -> None:
    started = time.perf_counter()
    long_ones = ("nou, ja, " * 20 + "bewoners wachten lang", "well " * 25 + "drivers lose time",
                 "o ja " * 30 + "x")  # fmt: skip
    assert not any(chatter(text) for text in long_ones)
    assert time.perf_counter() - started < 0.5


def test_a_part_of_a_group_is_named_by_the_group() -> None:
    session = Session(language="en")
    assert add_actor(session, "Some of the older drivers").name == "Older drivers"
    assert add_actor(session, "Een paar van de jonge ouders").name == "Jonge ouders"
    assert add_actor(session, "Offices of the province").name == "Offices of the province"


def test_a_reason_or_moment_after_a_measure_stays_with_it_en(message_reader: Reader) -> None:
    text = "Parents must always get the chance to send a note, like a letter from the GP, before "
    text += "anything is decided."
    reading = read_in(message_reader, text, ("Parents",), "en", "school app", Step.OPTIONS)
    assert len(reading.options) == 1 and reading.options[0].text.endswith("is decided")


def test_a_reason_or_moment_after_a_measure_stays_with_it_nl(message_reader: Reader) -> None:
    text = "De leverancier moet tonen waarom een melding is gedaan, anders kunnen we het niet "
    text += "controleren."
    reading = read_in(message_reader, text, ("Leverancier",), "nl", "meldingen", Step.OPTIONS)
    assert len(reading.options) == 1 and "anders kunnen we" in reading.options[0].text
    text = "Voordat het live gaat, testen we het met bewoners."
    reading = read_in(message_reader, text, ("Bewoners",), "nl", "app", Step.OPTIONS)
    assert len(reading.options) == 1
