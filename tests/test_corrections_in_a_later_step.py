"""Corrections of items recorded earlier, said in a later step (guided mode; sentences written
for these tests): actors taken off, added or renamed ("X isn't really involved, that's Y",
"wel X erbij", "X is a foundation, not a company, call them Y"), an effect's direction set right
("geen plus maar een min voor X", "it's the opposite", "dat is juist negatief"), the last option
replaced ("fix the last one: ...") or taken off ("schrap die"). None of them is recorded as a new
value, effect or option."""

from __future__ import annotations

from method_fakes import reading_session

from assistant.domain.session import Effect, HandlingOption, Session, Step, Value
from assistant.method.conductor import Conductor

LOCKERS_NL = ("Studenten", "Conciërges", "Leverancier", "Facilitair bedrijf")
LOCKERS_EN = ("Students", "Caretakers", "Supplier", "Facilities department")
EFFECTS_EN = ("No more lost keys", "Gets a lot of usage data", "More questions at the desk")
EFFECTS_NL = ("Geen kwijtgeraakte sleutels", "Krijgt veel gebruiksdata", "Meer vragen aan de balie")


def _session(step: Step, language: str, actors: tuple[str, ...]) -> Session:
    session = reading_session(step, language, "smart lockers with face recognition", actors)
    texts = EFFECTS_EN if language == "en" else EFFECTS_NL
    session.effects = [
        Effect(id="e1", actor_id="a1", direction="positive", text=texts[0]),
        Effect(id="e2", actor_id="a3", direction="positive", text=texts[1]),
        Effect(id="e3", actor_id="a2", direction="negative", text=texts[2]),
    ]
    session.values = [Value(id="v1", name="Privacy", key="privacy", priority=1)]
    return session


def _nothing_new(session: Session, effects: int = 3) -> None:
    assert len(session.effects) == effects
    assert [v.name for v in session.values] == ["Privacy"]
    assert not session.options


def test_an_actor_not_really_involved_goes_and_who_instead_comes_en(conductor: Conductor) -> None:
    session = _session(Step.VALUES, "en", LOCKERS_EN)
    conductor.plan(
        session,
        "oh wait, about the people: the facilities department isn't really involved, that's "
        "the IT helpdesk. and add the student union",
    )
    names = [a.name for a in session.actors]
    assert "Facilities department" not in names
    assert "IT helpdesk" in names and "Student union" in names
    _nothing_new(session)


def test_an_actor_not_involved_goes_and_one_comes_at_the_values_step_nl(
    conductor: Conductor,
) -> None:
    session = _session(Step.VALUES, "nl", LOCKERS_NL)
    conductor.plan(
        session,
        "even terugkomen op de actoren: het facilitair bedrijf is er niet echt bij betrokken, "
        "die leveren alleen de stroom. schrap die maar. wel de studentenraad erbij",
    )
    names = [a.name for a in session.actors]
    assert "Facilitair bedrijf" not in names and "Studentenraad" in names
    _nothing_new(session)


def test_an_actor_said_to_be_something_else_is_renamed_en(conductor: Conductor) -> None:
    session = _session(Step.OPTIONS, "en", LOCKERS_EN)
    text = "the supplier is a foundation of two colleges, not a company, call them the foundation"
    conductor.plan(session, text)
    names = [a.name for a in session.actors]
    assert "Foundation" in names and "Supplier" not in names
    assert session.effects[1].actor_id == session.actors[2].id  # its effects stay with it
    _nothing_new(session)


def test_an_actor_said_to_be_something_else_is_renamed_nl(conductor: Conductor) -> None:
    session = _session(Step.VALUES, "nl", LOCKERS_NL)
    conductor.plan(session, "De leverancier is geen bedrijf maar een stichting van drie scholen.")
    names = [a.name for a in session.actors]
    assert "Leverancier" not in names
    assert any(n.startswith("Stichting") for n in names)
    _nothing_new(session)


def test_no_plus_but_a_minus_for_others_turns_the_effect_nl(conductor: Conductor) -> None:
    session = _session(Step.VALUES, "nl", LOCKERS_NL)
    conductor.plan(
        session,
        "correctie: die gebruiksdata is geen plus voor de leverancier, het is een min voor de "
        "studenten.",
    )
    effect = session.effects[1]
    assert effect.direction == "negative" and effect.actor_id == "a1"
    _nothing_new(session)


def test_the_opposite_turns_the_effect_and_says_what_it_is_en(conductor: Conductor) -> None:
    session = _session(Step.VALUES, "en", LOCKERS_EN)
    plan = conductor.plan(
        session,
        "correction: the caretakers one is wrong, it's the opposite, they get fewer questions "
        "because nobody loses a key",
    )
    effect = session.effects[2]
    assert effect.direction == "positive" and effect.actor_id == "a2"
    assert effect.text.startswith("They get fewer questions")
    assert "More questions at the desk" in plan.draft.text  # the change is said
    _nothing_new(session)


def test_that_is_actually_negative_turns_the_last_effect_nl(conductor: Conductor) -> None:
    session = _session(Step.EFFECTS, "nl", LOCKERS_NL)
    session.effects[2].direction = "positive"
    conductor.plan(session, "dat is juist negatief")
    assert session.effects[2].direction == "negative"
    _nothing_new(session)


def test_no_turn_without_a_recorded_effect_named_en(conductor: Conductor) -> None:
    session = _session(Step.VALUES, "en", LOCKERS_EN)
    conductor.plan(session, "the parking one is wrong, it's the opposite")
    assert [e.direction for e in session.effects[:3]] == ["positive", "positive", "negative"]


def _with_options(step: Step, language: str) -> Session:
    session = _session(step, language, LOCKERS_EN if language == "en" else LOCKERS_NL)
    session.options = [
        HandlingOption(id="o1", kind="design", text="Keep no face images", value_ids=["v1"]),
        HandlingOption(id="o2", kind="human", text="Students get a flyer", value_ids=["v1"]),
    ]
    return session


def test_fix_the_last_one_replaces_the_last_option_en(conductor: Conductor) -> None:
    session = _with_options(Step.OPTIONS, "en")
    conductor.plan(session, "fix the last one: not a flyer, a short video in the student portal")
    assert [o.text for o in session.options] == [
        "Keep no face images",
        "A short video in the student portal",
    ]
    assert session.options[1].kind == "human"


def test_replace_the_last_one_replaces_the_last_option_nl(conductor: Conductor) -> None:
    session = _with_options(Step.SUMMARY, "nl")
    conductor.plan(session, "vervang de laatste: liever een korte uitleg bij de intro-week")
    assert session.options[-1].text == "Een korte uitleg bij de intro-week"
    assert len(session.options) == 2


def test_strike_that_takes_off_the_last_option_nl_en(conductor: Conductor) -> None:
    for language, text in (("nl", "schrap die maar"), ("en", "scratch that")):
        session = _with_options(Step.OPTIONS, language)
        conductor.plan(session, text)
        assert [o.id for o in session.options] == ["o1"], text
        assert len(session.effects) == 3 and len(session.values) == 1


def test_that_one_can_go_takes_off_the_last_effect_en(conductor: Conductor) -> None:
    session = _session(Step.EFFECTS, "en", LOCKERS_EN)
    conductor.plan(session, "that one can go.")
    assert [e.id for e in session.effects] == ["e1", "e2"]


def test_scratch_the_named_one_takes_off_that_effect_en(conductor: Conductor) -> None:
    session = _session(Step.EFFECTS, "en", LOCKERS_EN)
    conductor.plan(
        session,
        "Scratch the keys one, they still carry a card anyway. The real gain for students is "
        "that they never queue at the desk.",
    )
    texts = [e.text for e in session.effects]
    assert "No more lost keys" not in texts
    assert not any("Scratch" in t or "carry a card" in t for t in texts)
    assert any("queue" in t for t in texts)


def test_that_named_option_struck_nl(conductor: Conductor) -> None:
    session = _with_options(Step.OPTIONS, "nl")
    session.options[1].text = "Studenten krijgen een folder"
    conductor.plan(session, "nee, die folder schrappen, die leest niemand.")
    assert [o.id for o in session.options] == ["o1"]


def test_an_actor_out_with_eruit_at_the_options_step_nl(conductor: Conductor) -> None:
    session = _with_options(Step.OPTIONS, "nl")
    conductor.plan(session, "correctie op de actoren: de conciërges eruit. en voeg de OR toe")
    names = [a.name for a in session.actors]
    assert "Conciërges" not in names and "OR" in names
    assert len(session.options) == 2 and len(session.effects) == 3


def test_not_that_actor_but_another_nl(conductor: Conductor) -> None:
    session = _session(Step.EFFECTS, "nl", LOCKERS_NL)
    text = "correctie, niet de leverancier, die levert alleen de kastjes. wel de studentenraad"
    conductor.plan(session, text)
    names = [a.name for a in session.actors]
    assert "Leverancier" not in names and "Studentenraad" in names
    assert len(session.effects) == 3


def test_not_alone_before_an_unknown_name_takes_off_nothing_en(conductor: Conductor) -> None:
    session = _session(Step.EFFECTS, "en", LOCKERS_EN)
    conductor.plan(session, "Students like it, not the cleaners")
    assert len(session.actors) >= 4


def test_actually_change_that_last_one_en(conductor: Conductor) -> None:
    session = _with_options(Step.OPTIONS, "en")
    conductor.plan(session, "actually change that last one - students get a video, not a flyer")
    assert session.options[-1].text == "Students get a video, not a flyer"
    assert len(session.options) == 2 and len(session.actors) == 4


def test_not_with_a_word_outside_the_name_takes_off_no_one_nl_en(conductor: Conductor) -> None:
    for language, text in (
        ("nl", "De data blijft op ons eigen systeem, niet bij de leverancier."),
        ("en", "Caretakers only see the locker number, not the student's whole file."),
    ):
        session = _with_options(Step.OPTIONS, language)
        conductor.plan(session, text)
        assert len(session.actors) == 4, text


def test_said_to_be_other_people_without_a_name_is_no_rename_nl(conductor: Conductor) -> None:
    session = _session(Step.EFFECTS, "nl", LOCKERS_NL)
    conductor.plan(
        session, "Correctie: de conciërges zijn geen personeel maar externe, vaak ingehuurd."
    )
    assert "Conciërges" in [a.name for a in session.actors]
