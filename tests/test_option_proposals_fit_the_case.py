"""Option proposals fit the case: a pattern made for one setting (the consent conversation in
care, the farmer's knowledge next to the sensor) is proposed only in that setting, a pattern
marked as fitting any technology is not pushed away by its typical ones, the proposals hold all
three kinds for the chosen values, agreement keeps all three kinds, and with two kinds given the
conductor asks for the third (guided mode; cases written for these tests)."""

from __future__ import annotations

from assistant.domain.session import Actor, HandlingOption, Session, Step, Value
from assistant.method.conductor import Conductor
from assistant.method.proposals import propose_option_patterns

VALUES = (("privacy", "Privacy"), ("autonomy", "Autonomie"), ("human-dignity", "Waardigheid"))


def case_at_options(technology: str, context: str, language: str = "nl") -> Session:
    session = Session(language=language)  # type: ignore[arg-type]
    session.case.technology = technology
    session.case.context = context
    session.actors = [Actor(id="a1", name="Medewerkers"), Actor(id="a2", name="Inwoners")]
    session.values = [
        Value(id=f"v{i}", name=name, key=key, definition="d", priority=i)
        for i, (key, name) in enumerate(VALUES, start=1)
    ]
    session.step = Step.OPTIONS
    return session


def refs(conductor: Conductor, session: Session) -> list[str]:
    return [p.ref for p in propose_option_patterns(conductor.tools(None), session)]


def test_words_that_start_like_vr_do_not_tag_the_case_as_virtual_reality() -> None:
    from assistant.method.suggestions import technology_tags

    assert "vr" not in technology_tags("Vrijwilligers vragen vrij om een app")
    assert "vr" in technology_tags("Een VR-bril voor de brandweeroefening")
    assert "vr" in technology_tags("training in vr for officers")


def test_a_care_pattern_is_not_proposed_for_cameras_on_garbage_trucks(
    conductor: Conductor,
) -> None:
    trucks = case_at_options(
        "Camera's op vuilniswagens die verkeerd aangeboden afval fotograferen",
        "Afvalinzameling van de gemeente",
    )
    care = case_at_options(
        "Camera's en bewegingssensoren in de kamers van een verpleeghuis",
        "Thuiszorgorganisatie in de regio",
    )
    assert "consent-conversation-care" not in refs(conductor, trucks)
    assert "consent-conversation-care" in refs(conductor, care)


def test_the_farmers_knowledge_is_proposed_on_farms_only(conductor: Conductor) -> None:
    farm = case_at_options("Ammonia sensors in cow sheds", "Dairy farmers in the province", "en")
    lamps = case_at_options("Sensors in street lamps that count passers-by", "City council", "en")
    for session in (farm, lamps):
        session.values[0] = Value(
            id="v1", name="Animal welfare", key="animal-welfare", definition="d", priority=1
        )
    assert "animal-and-farmer-knowledge" in refs(conductor, farm)
    assert "animal-and-farmer-knowledge" not in refs(conductor, lamps)


def test_the_proposals_hold_three_kinds_each_for_a_chosen_value(conductor: Conductor) -> None:
    session = case_at_options(
        "Een algoritme dat bepaalt welke straten als eerste worden geveegd", "Gemeente"
    )
    proposals = propose_option_patterns(conductor.tools(None), session)
    chosen = {v.key for v in session.values}
    assert {p.option_kind for p in proposals} == {"design", "environment", "human"}
    assert all(chosen & set(p.value_keys) for p in proposals)


def test_agreeing_with_the_proposals_keeps_all_three_kinds(conductor: Conductor) -> None:
    session = case_at_options(
        "Camera's op vuilniswagens die verkeerd aangeboden afval fotograferen", "Gemeente"
    )
    session.step = Step.VALUES
    conductor.plan(session, "volgende")
    conductor.plan(session, "prima")
    assert {o.kind for o in session.options} == {"design", "environment", "human"}
    assert all(o.value_ids for o in session.options)


def test_with_two_kinds_given_the_conductor_asks_for_the_third(conductor: Conductor) -> None:
    session = case_at_options(
        "Camera's op vuilniswagens die verkeerd aangeboden afval fotograferen", "Gemeente"
    )
    session.options = [
        HandlingOption(id="o1", kind="design", text="Gezichten vervagen", value_ids=["v1"]),
        HandlingOption(id="o2", kind="human", text="Chauffeurs trainen", value_ids=["v3"]),
    ]
    reply = conductor.plan(session, "Ook: de camera staat uit op het terrein.").draft.text
    assert "Welke afspraken, regels of organisatie" in reply
    assert session.meta["options_focus"] == "environment"


def test_adding_the_proposal_pointed_at_adopts_it(conductor: Conductor) -> None:
    for language, text in (("nl", "goed, voeg die toe"), ("en", "good, add that")):
        session = case_at_options("Camera's op vuilniswagens", "Gemeente", language)
        session.options = [
            HandlingOption(id="o1", kind="design", text="Gezichten vervagen", value_ids=["v1"]),
            HandlingOption(id="o2", kind="human", text="Chauffeurs trainen", value_ids=["v3"]),
        ]
        offered = propose_option_patterns(conductor.tools(None), session)
        assert [p.option_kind for p in offered] == ["environment"]
        conductor.plan(session, text)
        assert [o.kind for o in session.options] == ["design", "human", "environment"]
        assert session.options[-1].text.startswith(offered[0].text.split(":")[0])


def test_one_measure_among_effects_is_kept_without_skipping_ahead(conductor: Conductor) -> None:
    session = case_at_options("Camera's op vuilniswagens", "Gemeente")
    session.values, session.step = [], Step.EFFECTS
    conductor.plan(
        session,
        "Handhavers rijden minder rond. Bewoners voelen zich bekeken, dus er moet een "
        "onafhankelijk meldpunt komen.",
    )
    assert [o.kind for o in session.options] == ["environment"]
    assert session.step.position < Step.OPTIONS.position
    assert len(session.effects) == 2


def test_blurring_faces_is_proposed_for_cameras_not_for_sensors_in_homes(
    conductor: Conductor,
) -> None:
    damp = case_at_options(
        "Vochtsensoren in de badkamer van huurwoningen die schimmel vroeg melden",
        "Een woningcorporatie",
    )
    square = case_at_options(
        "Camera's op het marktplein die tellen hoe druk het is", "Gemeente, afdeling openbare orde"
    )
    assert "blur-at-sensor" not in refs(conductor, damp)
    assert "blur-at-sensor" in refs(conductor, square)


def test_patterns_made_for_other_technologies_are_not_proposed_for_drones(
    conductor: Conductor,
) -> None:
    drones = case_at_options(
        "Drones die bij droogte over de heide vliegen en warmtebeelden naar de meldkamer sturen",
        "Provincie, toezicht op natuurbranden",
    )
    drones.values = [
        Value(id="v1", name="Veiligheid", key="security", definition="d", priority=1),
        Value(id="v2", name="Privacy", key="privacy", definition="d", priority=2),
        Value(id="v3", name="Dierenwelzijn", key="animal-welfare", definition="d", priority=3),
    ]
    proposed = refs(conductor, drones)
    assert "genai-usage-policy" not in proposed
    assert "neighbourhood-walk-with-model" not in proposed
    # the human kind: one that serves a chosen value (before there was none, and the one made
    # for drones came, serving none of them)
    by_id = {p.id: p for p in conductor.tools(None).catalogue.options}
    humans = [by_id[ref] for ref in proposed if by_id[ref].kind == "human"]
    assert humans and all({"security", "privacy", "animal-welfare"} & set(p.values) for p in humans)


def test_ok_and_options_after_choosing_values_adopts_no_more_values(
    conductor: Conductor,
) -> None:
    session = Session(language="en")  # type: ignore[arg-type]
    for text in (
        "We use a tool that writes summaries of intake talks from the social worker's notes.",
        "social workers, residents, the supplier",
        "social workers save time on reports, but residents talk less freely",
        "values?",
        "1 and 2, and I'd add trust",
    ):
        conductor.plan(session, text)
    chosen = [v.name for v in session.chosen_values()]
    assert len(chosen) == 3
    conductor.plan(session, "ok options. one idea: the social workers read every summary first")
    assert [v.name for v in session.chosen_values()] == chosen
    assert session.step == Step.OPTIONS and len(session.options) == 1
