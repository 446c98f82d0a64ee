"""The conductor's step transitions: asking for what is missing, moving on only when the user
agrees, back/next/jump, removing and correcting items (guided mode, no language model)."""

from __future__ import annotations

from method_fakes import FakeHit, FakeRetriever, sample_hits, session_at, with_retriever

from assistant.domain.session import Session, Step
from assistant.method.conductor import Conductor
from assistant.method.templates import PromptLibrary


def say(conductor: Conductor, session: Session, text: str) -> str:
    return conductor.plan(session, text).draft.text


def test_case_asks_for_each_missing_field_then_for_agreement(conductor: Conductor) -> None:
    session = Session()
    reply = say(conductor, session, "De gemeente Utrecht analyseert berichten op sociale media.")
    assert session.case.technology.startswith("De gemeente Utrecht")
    assert session.case.context == "De gemeente Utrecht"
    assert "Wie werken er in de praktijk mee" in reply
    say(conductor, session, "Het team communicatie")
    assert session.case.users == "Het team communicatie"
    reply = say(conductor, session, "Over de communicatie rond projecten")
    assert session.case.decisions == "Over de communicatie rond projecten"
    assert "fase" in reply
    reply = say(conductor, session, "Het is een pilot")
    assert session.case.stage == "pilot"
    assert "Klopt dit zo?" in reply
    assert session.step == Step.CASE
    say(conductor, session, "ja")
    assert session.step == Step.ACTORS


def test_next_needs_a_technology_first(conductor: Conductor) -> None:
    session = Session()
    reply = say(conductor, session, "volgende")
    assert session.step == Step.CASE
    assert "beschrijving van de technologie nodig" in reply


def test_case_question_answered_with_dont_know_moves_to_the_next_field(
    conductor: Conductor,
) -> None:
    session = Session()
    say(conductor, session, "Slimme camera's die drukte meten in het centrum")
    assert session.meta["case_ask"] == "context"
    reply = say(conductor, session, "weet ik niet")
    assert session.meta["case_ask"] == "users"
    assert session.case.context == ""
    assert "Wie werken er in de praktijk mee" in reply


def test_actors_are_listed_reflected_and_move_on_when_agreed(conductor: Conductor) -> None:
    session = session_at(Step.ACTORS)
    reply = say(conductor, session, "inwoners, medewerkers communicatie en de leverancier")
    assert [a.name for a in session.actors] == [
        "Inwoners",
        "Medewerkers communicatie",
        "Leverancier",
    ]
    assert "Ik noteer als actoren: Inwoners, Medewerkers communicatie, Leverancier." in reply
    assert "toezichthouders" in reply  # a missing group is suggested
    say(conductor, session, "inwoners")  # a duplicate is not added twice
    assert len(session.actors) == 3
    say(conductor, session, "ja")
    assert session.step == Step.EFFECTS


def test_effects_ask_both_directions_per_actor(conductor: Conductor) -> None:
    session = session_at(Step.EFFECTS)
    reply = conductor.plan(session, "terug").draft.text  # to actors, then forward again
    assert session.step == Step.ACTORS
    reply = say(conductor, session, "volgende")
    assert "voor Inwoners" in reply and "positieve én negatieve" in reply
    reply = say(conductor, session, "+ sneller gehoord worden")
    assert "negatieve effecten of risico's zijn er voor Inwoners" in reply
    reply = say(conductor, session, "ze voelen zich bekeken")
    assert [e.direction for e in session.effects] == ["positive", "negative"]
    assert "voor Medewerkers" in reply
    reply = say(conductor, session, "geen")  # nothing for Medewerkers
    assert "Medewerkers" in reply and session.step == Step.EFFECTS
    assert "beide richtingen" in reply
    say(conductor, session, "klopt")
    assert session.step == Step.VALUES


def test_an_actor_named_in_an_effect_label_is_added(conductor: Conductor) -> None:
    session = session_at(Step.EFFECTS)
    say(conductor, session, "voor jongeren: negatief: ze haken af")
    assert session.actors[-1].name == "Jongeren"
    assert session.effects[-1].actor_id == session.actors[-1].id


def test_values_are_proposed_from_the_effects_and_chosen_in_order(conductor: Conductor) -> None:
    session = session_at(Step.VALUES)
    session.step = Step.EFFECTS
    reply = say(conductor, session, "volgende")
    assert session.step == Step.VALUES
    proposed = [v.key for v in session.values]
    assert "privacy" in proposed
    assert all(not v.chosen for v in session.values)
    assert all(v.definition and v.effect_ids for v in session.values)
    assert "1. Privacy" in reply or "Privacy:" in reply
    reply = say(conductor, session, "transparantie, privacy en menselijke waardigheid")
    chosen = session.chosen_values()
    assert [v.key for v in chosen] == ["transparency", "privacy", "human-dignity"]
    assert [v.priority for v in chosen] == [1, 2, 3]
    assert "Is dit de goede volgorde?" in reply
    say(conductor, session, "privacy, transparantie")  # re-rank
    assert [v.key for v in session.chosen_values()][:2] == ["privacy", "transparency"]


def test_values_by_number_cap_and_own_value_definition(conductor: Conductor) -> None:
    session = session_at(Step.VALUES)
    conductor.max_values = 2
    conductor.move(conductor.tools(None), session, Step.VALUES, _changes())
    order = [v.id for v in session.values if not v.chosen]
    conductor.plan(session, "wat bedoel je met waarden?")  # shows the numbered proposals
    reply = say(conductor, session, "2, 1, 3")
    assert [v.id for v in session.chosen_values()] == [order[1], order[0]]
    assert "hooguit 2 waarden" in reply
    session.values[0].priority = None
    reply = say(conductor, session, "gezelligheid")
    assert 'Wat bedoel je met "Gezelligheid"' in reply
    say(conductor, session, "Dat mensen zich thuis voelen in de wijk")
    own = next(v for v in session.values if v.name == "Gezelligheid")
    assert own.definition == "Dat mensen zich thuis voelen in de wijk"
    assert session.meta["define_value"] is None


def test_options_in_three_kinds_with_proposals_tied_to_values(conductor: Conductor) -> None:
    session = session_at(Step.OPTIONS)
    session.step = Step.VALUES
    reply = say(conductor, session, "volgende")
    assert session.step == Step.OPTIONS
    proposals = [p.ref for p in session.proposals if p.kind == "option"]
    kinds = [p.kind for p in conductor.catalogue.options if p.id in proposals]
    assert len(proposals) >= 2 and len(set(kinds)) == len(kinds)  # at most one per kind
    assert "Onderwerpen volgen, geen personen" in reply  # fits the technology and privacy
    say(conductor, session, "neem 1")
    assert session.options[0].kind == "design"
    assert session.options[0].value_ids  # tied to a chosen value
    reply = say(conductor, session, "een openbaar register en een evaluatie na de pilot")
    assert session.options[1].kind == "environment"
    assert session.options[1].value_ids
    assert "Wat kunnen de mensen" in reply
    reply = say(conductor, session, "training voor medewerkers over de grenzen van de analyse")
    assert {o.kind for o in session.options} == {"design", "environment", "human"}
    assert all(o.value_ids for o in session.options)
    assert "alle drie de soorten" in reply
    reply = say(conductor, session, "volgende")
    assert session.step == Step.SUMMARY
    assert "Samenvatting" in reply and "Training voor medewerkers" in reply


def test_jump_back_and_remove_keep_links_consistent(conductor: Conductor) -> None:
    session = session_at(Step.SUMMARY)
    reply = say(conductor, session, "ga naar waarden")
    assert session.step == Step.VALUES
    assert "Stap 3 van 5" in reply
    reply = say(conductor, session, "verwijder transparantie")
    assert "Verwijderd: Transparantie." in reply
    assert session.value("v2") is None
    assert all("v2" not in o.value_ids for o in session.options)
    assert [v.priority for v in session.chosen_values()] == [1, 2]
    reply = say(conductor, session, "verwijder iets dat er niet is")
    assert "niet vinden" in reply


def test_corrections_rename_items(conductor: Conductor) -> None:
    session = session_at(Step.VALUES)
    session.step = Step.ACTORS
    say(conductor, session, "niet inwoners maar bewoners van de wijk")
    assert session.actors[0].name == "Bewoners van de wijk"
    session.step = Step.EFFECTS
    say(conductor, session, "verander fouten bij ironie in verkeerde conclusies door ironie")
    assert session.effects[3].text == "Verkeerde conclusies door ironie"
    assert session.effects[3].direction == "negative"


def test_no_verdict_in_either_language(conductor: Conductor) -> None:
    verdicts = (
        "dit is ethisch", "dit is onethisch", "ja, dit mag", "nee, dit mag niet",
        "this is ethical", "this is unethical", "yes, it is allowed", "it is not allowed",
    )  # fmt: skip
    for language, text in [
        ("nl", "is dit ethisch, ja of nee?"),
        ("nl", "Mag dit?"),
        ("nl", "Vind je dit onethisch?"),
        ("en", "Is this ethical, yes or no?"),
        ("en", "Should we use this?"),
        ("en", "Is this allowed?"),
    ]:
        session = session_at(Step.EFFECTS, language)
        plan = conductor.plan(session, text)
        reply = plan.draft.text.lower()
        assert plan.intent == "verdict"
        assert not any(v in reply for v in verdicts), reply
        assert ("hóé" in reply) if language == "nl" else ("how this technology" in reply)
        assert plan.draft.text.endswith(plan.draft.question)
        assert "inwoners" in plan.draft.question.lower()
        assert session.step == Step.EFFECTS and not session.effects[4:]


def test_offtopic_empty_and_help_keep_the_step(conductor: Conductor) -> None:
    session = session_at(Step.ACTORS)
    reply = say(conductor, session, "Wat voor weer wordt het morgen?")
    assert "verdergaan met je casus" in reply and session.step == Step.ACTORS
    assert not session.actors
    assert "geen tekst ontvangen" in say(conductor, session, "")
    assert "Actoren zijn alle mensen" in say(conductor, session, "wat bedoel je met actoren?")


def test_language_switch_changes_the_reply_language(conductor: Conductor) -> None:
    session = session_at(Step.ACTORS)
    reply = say(conductor, session, "can we continue in English?")
    assert session.language == "en"
    assert "continue in English" in reply and "Who is involved" in reply


def test_grounding_quotes_a_similar_case_with_citation(
    conductor: Conductor,
) -> None:
    retriever = FakeRetriever(sample_hits())
    grounded = with_retriever(conductor, retriever)
    session = session_at(Step.CASE)
    plan = grounded.plan(session, "volgende")
    assert [p.id for p in plan.passages] == [h.id for h in sample_hits()]
    assert [p.id for p in plan.draft.quoted] == ["case-sentiment#1"]  # nl, a case, on entry
    assert '"Sentimentmonitoring" (Casus) [1]' in plan.draft.text
    assert "Sentimentmonitoring" in retriever.queries[0]
    plain = grounded.plan(session, "inwoners")  # no new step: no quote
    assert plain.draft.quoted == []


def test_retrieval_failure_does_not_break_the_turn(conductor: Conductor) -> None:
    broken = with_retriever(conductor, FakeRetriever(fail=RuntimeError("index corrupt")))
    session = session_at(Step.ACTORS)
    plan = broken.plan(session, "Inwoners. Wie nog meer?")
    assert "retrieval_failed" in plan.notices
    assert [a.name for a in session.actors] == ["Inwoners"]


def test_guided_turns_search_only_to_quote_or_to_look_up_a_question(
    conductor: Conductor,
) -> None:
    retriever = FakeRetriever(sample_hits())
    grounded = with_retriever(conductor, retriever)
    session = session_at(Step.ACTORS)
    grounded.plan(session, "inwoners en medewerkers")  # stays in the step: nothing to quote
    assert retriever.queries == []
    grounded.plan(session, "Wat zegt de handreiking over wie je uitnodigt?")
    assert len(retriever.queries) == 1
    grounded.plan(session, "volgende")  # enters the effects step: a quote may come
    assert len(retriever.queries) == 2
    technology = session.case.technology
    assert (
        retriever.queries[1].startswith(technology[:40]) and "volgende" not in retriever.queries[1]
    )


def test_english_conversation_reflects_in_english(conductor: Conductor) -> None:
    session = Session(language="en")
    reply = say(
        conductor, session, "The province runs a digital twin of green space. It is a pilot."
    )
    assert "I understand it is about" in reply and session.case.stage == "pilot"
    session.step = Step.ACTORS
    reply = say(conductor, session, "residents, planners and the data supplier")
    assert "I am noting as actors: Residents, Planners, Data supplier." in reply


def test_every_template_has_a_version_in_both_languages() -> None:
    manifest = PromptLibrary().manifest()
    names = {key.split("/", 1)[1] for key in manifest}
    for language in ("nl", "en"):
        assert {f"{language}/{n}" for n in names} <= set(manifest)
    assert all(entry["version"] >= 1 and len(entry["sha256"]) == 64 for entry in manifest.values())
    assert len(PromptLibrary().fingerprint()) == 16


def _changes():  # type: ignore[no-untyped-def]
    from assistant.method.changes import Changes

    return Changes()


def test_a_language_switch_wins_over_the_case_answer(conductor: Conductor) -> None:
    session = Session()
    say(conductor, session, "De gemeente Groningen voorspelt met een algoritme welk wegonderhoud")
    asked = session.meta["case_ask"]
    reply = say(conductor, session, "Can we continue in English please? My colleague is British.")
    assert session.language == "en" and session.step == Step.CASE
    assert getattr(session.case, asked) == "" and "English" not in session.case.notes
    assert "continue in English" in reply
    reply = say(conductor, session, "in het Nederlands graag")
    assert session.language == "nl" and "Nederlands" in reply


def test_method_questions_get_help_about_their_topic_and_store_nothing(
    conductor: Conductor,
) -> None:
    session = Session()
    say(conductor, session, "Slimme camera's die drukte meten in het centrum")
    reply = say(conductor, session, "wat is een actor?")
    assert "Actoren zijn alle mensen" in reply and not session.case.context
    session = session_at(Step.EFFECTS, "en")
    reply = say(conductor, session, "what do you mean by values?")
    assert "Values are" in reply and len(session.effects) == 0


def test_offtopic_about_the_place_of_the_case_stores_no_actor(conductor: Conductor) -> None:
    session = session_at(Step.ACTORS)
    session.case.context = "Gemeente Haarlem"
    reply = say(conductor, session, "Trouwens, wat voor weer wordt het morgen in Haarlem?")
    assert "verdergaan met je casus" in reply and not session.actors
    say(conductor, session, "Inwoners en de afdeling communicatie")
    assert len(session.actors) == 2


def test_grounding_quotes_no_unrelated_case(conductor: Conductor) -> None:
    hits = [h for h in sample_hits() if h.id != "case-sentiment#1"]
    hits.append(
        FakeHit("case-vr#1", "Een veiligheidsregio oefent met virtual reality.", "VR-training",
                "Casus", "corpus/cases/vr.yaml", "cases", "nl")
    )  # fmt: skip
    grounded = with_retriever(conductor, FakeRetriever(hits))
    session = session_at(Step.CASE)
    plan = grounded.plan(session, "volgende")
    assert session.step == Step.ACTORS and plan.draft.quoted == []
    assert "VR-training" not in plan.draft.text


def test_entering_the_summary_quotes_no_past_case(conductor: Conductor) -> None:
    retriever = FakeRetriever(sample_hits())
    grounded = with_retriever(conductor, retriever)
    for language, word in (("nl", "ga naar de samenvatting"), ("en", "go to the summary")):
        session = session_at(Step.OPTIONS, language=language)
        plan = grounded.plan(session, word)
        assert session.step == Step.SUMMARY
        assert plan.draft.quoted == [] and retriever.queries == []


def test_the_same_proposals_are_not_shown_in_full_on_every_turn(conductor: Conductor) -> None:
    for language, option, ask, again in (
        ("nl", "Een knop om het systeem uit te zetten.", "geef voorbeelden", "staan nog"),
        ("en", "A button to switch the system off.", "give examples", "still stand"),
    ):
        session = session_at(Step.OPTIONS, language=language)
        shown = say(conductor, session, ask)
        titles = [p.text.partition(": ")[0] for p in session.proposals if p.kind == "option"]
        assert titles and all(t in shown for t in titles)
        repeated = say(conductor, session, option)
        kept = [p.text.partition(": ")[0] for p in session.proposals if p.kind == "option"]
        assert kept == titles
        assert again in repeated and not any(t in repeated for t in titles)
        asked = say(conductor, session, ask)
        titles = [p.text.partition(": ")[0] for p in session.proposals if p.kind == "option"]
        assert again not in asked and all(t in asked for t in titles)
