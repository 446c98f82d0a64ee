"""The reader on corrections people make in their own words while they tell effects: the
opening words are no effect, a direction set right turns the effect it is about, a direction for
the people just named with what it is becomes their effect, and a part taken back goes (Dutch
and English; sentences written for these tests)."""

from __future__ import annotations

from method_fakes import read_in, reading_session, told

from assistant.domain.session import Effect, Step
from assistant.method.reading.reader import Reader


def test_opening_words_of_a_correction_are_no_effect(reader: Reader) -> None:
    text = (
        "nee wacht, dat van de buurtagenten en hun rondes: ze kunnen zelf de route nog kiezen, "
        "alleen met een notitie erbij. Dus eigenlijk is dat positief, vinden ze zelf ook."
    )
    reading = read_in(reader, text, ("Bewoners", "Buurtagenten"), "nl", "een camera")
    texts = [t for t, _, _ in told(reading)]
    assert not any(t.lower().startswith("nee wacht") for t in texts)
    assert not any("eigenlijk is dat" in t.lower() for t in texts)
    assert not any("zelf ook" in t.lower() for t in texts)


def test_a_direction_set_right_after_the_effect_turns_it(reader: Reader) -> None:
    text = "Nee wacht, dat van de buurtagenten is lastig. Dus eigenlijk is dat positief."
    reading = read_in(reader, text, ("Bewoners", "Buurtagenten"), "nl", "een camera")
    assert [d for _, d, _ in told(reading)] == ["positive"]


def test_a_direction_set_right_in_the_same_message_turns_the_effect_it_names(
    reader: Reader,
) -> None:
    text = (
        "De jongeren schrikken van de camera's, dat is intimiderend. Nee wacht, dat "
        "intimiderende is eigenlijk positief, ze gaan minder vaak rommel maken."
    )
    reading = read_in(reader, text, ("Bewoners", "Jongeren"), "nl", "een camera")
    assert len(reading.effects) == 1
    assert "intimiderend" in reading.effects[0].text
    assert reading.effects[0].direction == "positive"


def test_a_part_taken_back_with_a_plus_becomes_the_effect(reader: Reader) -> None:
    text = (
        "The triage advice: new nurses copy it without thinking, the senior ones overrule it. "
        "Hmm, no, not overrule, they treat it as a check on themselves, that's fine actually."
    )
    reading = read_in(reader, text, ("Nurses", "Patients"), "en", "a triage app")
    last = reading.effects[-1]
    assert last.text == "They treat it as a check on themselves"
    assert last.direction == "positive"


def test_a_part_taken_back_in_dutch_becomes_the_effect(reader: Reader) -> None:
    text = (
        "Leerlingen worden afgeleid door de meldingen. Hmm nee, niet afgeleid, ze gebruiken "
        "het als geheugensteun, dat is eigenlijk prima."
    )
    reading = read_in(reader, text, ("Leerlingen", "Docenten"), "nl", "een app")
    last = reading.effects[-1]
    assert last.text == "Ze gebruiken het als geheugensteun"
    assert last.direction == "positive"


def test_for_them_it_is_positive_takes_the_place_of_their_effect(reader: Reader) -> None:
    text = (
        "The cleaners lose some of their rounds and the older ones feel replaced. No wait, the "
        "cleaners keep their rounds, the robot only maps the floors, so for them it's mostly "
        "positive: less bending over all day."
    )
    reading = read_in(reader, text, ("Cleaners", "Residents"), "en", "a robot")
    assert ("Less bending over all day", "positive", "Cleaners") in told(reading)
    assert not any("lose some" in t for t, _, _ in told(reading))
    assert not any("for them" in t for t, _, _ in told(reading))


def test_voor_hen_is_het_positief_becomes_their_effect(reader: Reader) -> None:
    text = (
        "De schoonmakers raken rondes kwijt. Nee wacht, ze houden hun rondes, de robot brengt "
        "alleen de vloeren in kaart, dus voor hen is het eigenlijk positief: minder bukken."
    )
    reading = read_in(reader, text, ("Schoonmakers", "Bewoners"), "nl", "een robot")
    assert ("Minder bukken", "positive", "Schoonmakers") in told(reading)
    assert not any("kwijt" in t for t, _, _ in told(reading))


def test_a_scratched_bit_takes_its_effect_along(reader: Reader) -> None:
    text = (
        "Residents complain about the noise at night. Wardens also lose time resetting the "
        "robot... actually the wardens said that part is fine now, so scratch the warden bit."
    )
    reading = read_in(reader, text, ("Residents", "Wardens"), "en", "a robot")
    assert [t for t, _, _ in told(reading)] == ["Residents complain about the noise at night"]


def test_a_scratched_bit_in_dutch_takes_its_effect_along(reader: Reader) -> None:
    text = (
        "Bewoners klagen over het geluid 's nachts. Conciërges verliezen tijd met het resetten "
        "van de robot, maar dat valt mee zeggen ze, dus schrap dat stuk over de conciërges."
    )
    reading = read_in(reader, text, ("Bewoners", "Conciërges"), "nl", "een robot")
    assert not any("resetten" in t or "schrap" in t.lower() for t, _, _ in told(reading))


def test_a_direction_set_right_of_an_earlier_effect_with_a_reason(reader: Reader) -> None:
    from method_fakes import reading_session

    session = reading_session(Step.EFFECTS, "nl", "een app", ("Patiënten", "Artsen"))
    session.effects = [
        Effect(
            id="e1",
            actor_id="a1",
            direction="negative",
            text="Patiënten krijgen een lange wachttijd",
        )
    ]
    text = (
        "En dat van die lange wachttijd is eigenlijk positief, de arts zegt dat ze zo rustiger "
        "worden."
    )
    reading = reader.read(text, session)
    assert [(f.effect_id, f.direction) for f in reading.effect_fixes] == [("e1", "positive")]
    assert not reading.effects


def test_for_them_after_a_correction_of_the_people_is_theirs(reader: Reader) -> None:
    text = (
        "not the mentors, I meant the tutors, they write the feedback now. And for them it's "
        "actually partly positive: less marking at night."
    )
    reading = read_in(reader, text, ("Students", "Mentors"), "en", "a feedback tool")
    assert not any(n.lower().startswith("them") for n in reading.actors)
    assert ("Less marking at night", "positive", "the tutors") in told(reading)


def test_a_correction_midway_takes_back_what_went_before_en(reader: Reader) -> None:
    text = (
        "Dispatchers feel the system takes their judgment away, no wait, most of them say it "
        "backs them up when they escalate."
    )
    reading = read_in(reader, text, ("Families", "Dispatchers"), "en", "a triage tool")
    assert told(reading) == [
        ("Most of them say it backs them up when they escalate", "positive", "Dispatchers")
    ]


def test_a_correction_midway_takes_back_what_went_before_nl(reader: Reader) -> None:
    text = (
        "Meldkamermedewerkers voelen zich gecontroleerd door het systeem, nee wacht, de meesten "
        "zeggen dat het ze rust geeft bij drukte."
    )
    reading = read_in(reader, text, ("Families", "Meldkamermedewerkers"), "nl", "een tool")
    assert [(t, a) for t, _, a in told(reading)] == [
        ("De meesten zeggen dat het ze rust geeft bij drukte", "Meldkamermedewerkers")
    ]


def test_half_an_effect_taken_back_nl(reader: Reader) -> None:
    text = (
        "Als de kaart verouderd is, rijdt de brandweer naar een lege loods of mist ze juist "
        "nieuwe bewoners. Nee wacht, die lege loods is niet erg, het missen van nieuwe bewoners "
        "is het echte probleem."
    )
    reading = read_in(reader, text, ("Brandweer", "Bewoners"), "nl", "een register")
    assert [t for t, _, _ in told(reading)] == [
        "Als de kaart verouderd is, mist ze juist nieuwe bewoners"
    ]


def test_half_an_effect_taken_back_en(reader: Reader) -> None:
    text = (
        "The crew misses new residents and wastes fuel on empty sheds. No wait, the fuel "
        "doesn't matter."
    )
    reading = read_in(reader, text, ("Crews", "Residents"), "en", "a register")
    assert [t for t, _, _ in told(reading)] == ["The crew misses new residents"]


def test_a_reason_set_right_keeps_the_measure_and_adds_nothing_en(reader: Reader) -> None:
    text = (
        "Postcode is in the model, and young tenants get flagged way more. That's unequal "
        "treatment, so postcode goes out of the model. Wait, we checked, it's mostly late "
        "payments that drive it, not postcode. But I still want it out."
    )
    reading = read_in(reader, text, ("Tenants", "Staff"), "en", "a model")
    items = [t for t, _, _ in told(reading)] + [o.text for o in reading.options]
    items += [v.name for v in reading.values]
    assert not any("checked" in i or "late payments" in i or "still" in i for i in items)


def test_a_reason_set_right_keeps_the_measure_and_adds_nothing_nl(reader: Reader) -> None:
    text = (
        "Jonge huurders worden veel vaker gemarkeerd. Nee wacht, we hebben het nagekeken, het "
        "komt vooral door betalingsachterstanden, niet door de postcode. Maar ik wil het er "
        "toch uit."
    )
    reading = read_in(reader, text, ("Huurders", "Medewerkers"), "nl", "een model")
    items = [t for t, _, _ in told(reading)] + [o.text for o in reading.options]
    items += [v.name for v in reading.values]
    assert not any("nagekeken" in i or "achterstanden" in i or "toch" in i for i in items)


def test_people_named_by_mistake_are_no_effect(reader: Reader) -> None:
    for text, language in (
        ("Niet de archiefdienst trouwens, die heeft er niks mee te maken, die noemde ik net "
         "verkeerd.", "nl"),
        ("Not the archive team by the way, they have nothing to do with it.", "en"),
    ):  # fmt: skip
        reading = read_in(reader, text, ("Archiefdienst", "Bewoners"), language, "a register")
        assert not reading.effects


def test_someones_word_for_a_direction_set_right_is_no_effect(reader: Reader) -> None:
    for text, language in (
        ("Nee wacht, dat met die vaste koppels is eigenlijk positief. De teamleider, die de "
         "roosters maakt, zegt dat mensen dan beter op elkaar letten.", "nl"),
        ("No wait, the fixed pairs thing is actually positive. The team leader says that people "
         "look out for each other more.", "en"),
    ):  # fmt: skip
        session = reading_session(Step.EFFECTS, language, "an app", ("Volunteers", "Staff"))
        session.effects = [
            Effect(id="e1", actor_id="a1", direction="negative", text="Fixed pairs, vaste koppels")
        ]
        reading = reader.read(text, session)
        assert [f.direction for f in reading.effect_fixes] == ["positive"]
        assert not reading.effects


def test_no_as_a_word_of_the_effect_stays(reader: Reader) -> None:
    for text, language in (
        ("No more queues at the desk for patients.", "en"),
        ("No staff to answer the phone at night, so patients wait.", "en"),
        ("Wait times go up for patients.", "en"),
    ):
        reading = read_in(reader, text, ("Patients", "Staff"), language, "an app")
        assert [t for t, _, _ in told(reading)][:1] == [text.rstrip(".")]
