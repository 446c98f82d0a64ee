"""Faults found by typing new conversations by hand in the twenty-fourth round (sentences written
for these tests, Dutch and English): values asked for and answered in one message before the
values step ("waarden? ik denk privacy, en ... verbondenheid") are read as values; a sentence
that only says where the technology is used, where its users are asked ("het gaat om de
openbare bibliotheek in Deventer"), is the place, not the users; "snel vraagje:" after a
greeting is no part of the case; "good thing is the ..." is a direction label without "that"."""

from __future__ import annotations

import pytest
from method_fakes import read_in, session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.noise import greeting_only, with_spoken_commas
from assistant.method.reading.reader import Reader
from assistant.method.suggestions import ValueSuggester


@pytest.mark.parametrize(
    ("language", "text", "keys"),
    [
        ("nl", "waarden? ik denk privacy, en sociale contacten of hoe heet dat, verbondenheid",
         {"privacy", "social-cohesion"}),
        ("nl", "welke waarden eigenlijk? ik zou zeggen autonomie, en iets van eerlijkheid ofzo",
         {"autonomy", "justice"}),
        ("en", "values? I'd say privacy, and that thing, fairness or what's it called",
         {"privacy", "justice"}),
    ],
)  # fmt: skip
def test_values_asked_and_answered_before_the_values_step_are_read(
    message_reader: Reader, language: str, text: str, keys: set[str]
) -> None:
    reading = read_in(message_reader, text, ("Bezoekers",), language, "een robot", Step.EFFECTS)
    assert keys <= {v.name for v in reading.values}
    assert not reading.unread


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("nl", "het gaat om de openbare bibliotheek in Deventer, pilot van een half jaar",
         "de openbare bibliotheek in Deventer"),
        ("en", "it's about the public library in Deventer, a pilot for six months",
         "the public library in Deventer"),
    ],
)  # fmt: skip
def test_where_it_is_used_answering_who_uses_it_is_the_place(
    message_reader: Reader, language: str, text: str, place: str
) -> None:
    session = session_at(Step.CASE, language)
    session.case.context = "de bibliotheek" if language == "nl" else ""
    session.case.users = ""
    session.meta["case_ask"] = "users"
    reading = message_reader.read(text, session)
    assert "users" not in reading.case
    assert reading.case.get("context") == place


def test_the_users_told_where_they_are_asked_stay_the_users(message_reader: Reader) -> None:
    session = session_at(Step.CASE, "nl")
    session.case.users = ""
    session.meta["case_ask"] = "users"
    reading = message_reader.read("de baliemedewerkers en de vrijwilligers", session)
    assert "context" not in reading.case


@pytest.mark.parametrize(
    ("language", "text", "opening"),
    [
        ("nl", "hoi, snel vraagje: wij willen in de bibliotheek een robot die boeken terugzet",
         "wij willen"),
        ("nl", "snel vraagje: we overwegen een app voor de wijkagent", "we overwegen"),
        ("en", "hey, quick one: we want drones to check the dikes every spring", "we want"),
    ],
)  # fmt: skip
def test_a_quick_question_announced_before_the_case_is_no_part_of_it(
    message_reader: Reader, language: str, text: str, opening: str
) -> None:
    told = _case_told(message_reader, language, text)
    assert opening in told
    assert "vraagje" not in told and "quick one" not in told


def _case_told(reader: Reader, language: str, text: str) -> str:
    """What ``text``, opening a session, notes for the case (lower case, all facets)."""
    session = session_at(Step.CASE, language)
    session.case.technology = ""
    return " ".join(reader.read(text, session).case.values()).lower()


def test_a_quick_question_alone_is_still_only_a_greeting() -> None:
    assert greeting_only("snel vraagje:")


@pytest.mark.parametrize(
    ("text", "start", "direction"),
    [
        ("good thing is the drone sees cracks earlier", "The drone sees", "positive"),
        ("the bad thing is they lose their feel for the dike", "They lose", "negative"),
    ],
)
def test_a_good_or_bad_thing_told_without_that_is_a_label(
    message_reader: Reader, text: str, start: str, direction: str
) -> None:
    reading = read_in(message_reader, text, ("Inspectors",), "en", "drones", Step.EFFECTS)
    assert [(e.text[: len(start)], e.direction) for e in reading.effects] == [(start, direction)]


@pytest.mark.parametrize(
    ("language", "text", "direction"),
    [
        ("nl", "de melders zelf krijgen misschien ruzie met de buurt", "negative"),
        ("nl", "de handhavers krijgen veel klachten van bezoekers", "negative"),
        ("nl", "de handhavers krijgen minder klachten van bezoekers", "positive"),
        ("en", "the reporters might get complaints from their street", "negative"),
        ("en", "wardens get fewer complaints from visitors", "positive"),
    ],
)
def test_getting_a_burden_is_a_loss(
    message_reader: Reader, language: str, text: str, direction: str
) -> None:
    people = ("Melders", "Handhavers") if language == "nl" else ("Reporters", "Wardens")
    reading = read_in(message_reader, text, people, language, "een meldapp", Step.EFFECTS)
    assert [e.direction for e in reading.effects] == [direction]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "de chauffeurs mogen de route aanpassen als ze iets zien wat de software mist"),
        (
            "en",
            "drivers are allowed to change the route when they see something the software misses",
        ),
    ],
)
def test_people_allowed_to_do_something_where_options_are_asked_is_a_measure(
    message_reader: Reader, language: str, text: str
) -> None:
    people = ("Chauffeurs",) if language == "nl" else ("Drivers",)
    reading = read_in(message_reader, text, people, language, "een routeplanner", Step.OPTIONS)
    assert len(reading.options) == 1 and not reading.effects


def test_people_who_may_no_longer_do_something_is_still_an_effect(message_reader: Reader) -> None:
    text = "bewoners mogen niet meer hun eigen container houden, dat is jammer"
    reading = read_in(message_reader, text, ("Bewoners",), "nl", "slimme containers", Step.OPTIONS)
    assert [e.direction for e in reading.effects] == ["negative"] and not reading.options


@pytest.mark.parametrize(
    ("language", "text", "name", "start"),
    [
        ("nl", "o en mensen die slecht ter been zijn, als een container verplaatst wordt moeten ze "
         "verder lopen", "Mensen die slecht ter been zijn", "Mensen die"),
        ("nl", "eh ouders die geen auto hebben moeten verder lopen naar het nieuwe loket",
         "Ouders", "Ouders die"),
        ("en", "oh and people with a walker have to walk further", "", "People with"),
    ],
)  # fmt: skip
def test_a_group_told_with_fillers_and_a_longer_way_is_a_loss_for_that_group(
    message_reader: Reader, language: str, text: str, name: str, start: str
) -> None:
    reading = read_in(message_reader, text, ("Planners",), language, "slimme containers")
    [effect] = reading.effects
    assert effect.direction == "negative" and effect.text.startswith(start)
    assert effect.actor_id != "Planners"
    if name:
        assert effect.actor_name == name


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "officers might just trust the flag"),
        ("en", "the planners simply trust whatever route it gives"),
        ("nl", "de consulenten nemen de score klakkeloos over"),
    ],
)
def test_taking_the_output_as_it_comes_is_a_loss(
    message_reader: Reader, language: str, text: str
) -> None:
    people = ("Officers", "Planners") if language == "en" else ("Consulenten",)
    reading = read_in(message_reader, text, people, language, "a screening model", Step.EFFECTS)
    assert [e.direction for e in reading.effects] == ["negative"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "every flagged application still gets read in full by an officer"),
        ("en", "an officer reads each flagged application in full"),
        ("nl", "elke afgekeurde aanvraag wordt nog door een medewerker gelezen"),
    ],
)
def test_a_rule_for_every_case_where_options_are_asked_is_a_measure(
    message_reader: Reader, language: str, text: str
) -> None:
    people = ("Applicants", "Officers") if language == "en" else ("Aanvragers", "Medewerkers")
    reading = read_in(message_reader, text, people, language, "a screening model", Step.OPTIONS)
    assert len(reading.options) == 1 and not reading.effects


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("als ze vol zijn komma en dan plant de software de route", "als ze vol zijn, en dan"),
        ("the drivers comma the planners and the residents", "the drivers, the planners"),
        ("de kans is twee komma vijf procent", "twee komma vijf"),
        ("de komma staat verkeerd in het bericht", "de komma staat"),
    ],
)
def test_a_comma_said_aloud_is_a_comma_but_not_in_a_number(text: str, said: str) -> None:
    assert said in with_spoken_commas(text)


@pytest.mark.parametrize(
    ("language", "text", "opening"),
    [
        ("nl", "ok dus eh wij zijn bij de gemeente Almelo bezig met slimme afvalcontainers",
         "wij zijn"),
        ("en", "uhm, okay so we want sensors in the bins of the city centre", "we want"),
    ],
)  # fmt: skip
def test_hesitations_before_the_case_are_no_part_of_it(
    message_reader: Reader, language: str, text: str, opening: str
) -> None:
    told = _case_told(message_reader, language, text)
    assert opening in told or "afvalcontainers" in told
    assert not any(f"{w} " in f"{told} " for w in ("eh", "uhm", "ok", "okay", "dus", "so"))


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("niet de leverancier maar de functionaris gegevensbescherming hoort erbij",
         "de leverancier", "de functionaris gegevensbescherming"),
        ("niet de ouders maar de leerlingen zitten er ook bij", "de ouders", "de leerlingen"),
        ("not the vendor but the DPO is involved", "the vendor", "the DPO"),
    ],
)  # fmt: skip
def test_a_correction_saying_the_new_one_belongs_renames_to_the_name_alone(
    text: str, old: str, new: str
) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.target, intent.replacement) == ("correct", old, new)


def test_a_robot_or_camera_alone_does_not_point_to_animal_welfare(
    value_suggester: ValueSuggester,
) -> None:
    told = [
        "Twijfelende ouders voelen zich misschien niet serieus genomen door een robot",
        "The robot films visitors with a camera to find its way",
    ]
    for suggestion in value_suggester.suggest(told, 6):
        assert suggestion.entry.id != "animal-welfare"
    birds = value_suggester.suggest(["Drones disturb the birds nesting in the reeds"], 1)
    assert birds[0].entry.id == "animal-welfare"


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("hmm, I think that's it for effects", Step.VALUES),
        ("dat was het voor de effecten", Step.VALUES),
        ("ik denk dat dat het is voor de actoren", Step.EFFECTS),
        ("meer weet ik niet qua waarden", Step.OPTIONS),
    ],
)
def test_closing_a_step_by_name_goes_to_the_step_after_it(text: str, step: Step) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.step) == ("goto", step)


@pytest.mark.parametrize("text", ["I think that's it", "that's it for now", "dat is het voor nu"])
def test_closing_without_a_step_is_still_done(text: str) -> None:
    assert detect_intent(text).kind == "done"


@pytest.mark.parametrize(("language", "text"), [("en", "remove 2"), ("nl", "verwijder nummer 2")])
def test_a_chosen_value_is_removed_by_its_rank(
    conductor: Conductor, language: str, text: str
) -> None:
    session = session_at(Step.OPTIONS, language)
    session.step = Step.VALUES
    conductor.plan(session, text)
    assert [v.key for v in session.chosen_values()] == ["privacy", "freedom-of-expression"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("nl", "ook de gemeente, die moet bij evacuatie", "Gemeente"),
        ("en", "and also the fire brigade, who have to help evacuate", "Fire brigade"),
    ],
)
def test_people_added_with_their_part_where_options_are_asked_are_an_actor_only(
    message_reader: Reader, language: str, text: str, name: str
) -> None:
    reading = read_in(message_reader, text, ("Bewoners",), language, "dijksensoren", Step.OPTIONS)
    assert reading.actors == [name] and not reading.options


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("nl", "en betrouwbaarheid van het model", "reliability"),
        ("en", "and reliability of the model", "reliability"),
    ],
)
def test_a_value_of_something_named_at_the_wrap_up_is_a_value(
    message_reader: Reader, language: str, text: str, key: str
) -> None:
    reading = read_in(message_reader, text, ("Bewoners",), language, "dijksensoren", Step.SUMMARY)
    assert [v.name for v in reading.values] == [key] and not reading.options


def test_a_measure_at_the_wrap_up_is_still_a_measure(message_reader: Reader) -> None:
    text = "een training voor de inspecteurs"
    reading = read_in(message_reader, text, ("Inspecteurs",), "nl", "dijksensoren", Step.SUMMARY)
    assert len(reading.options) == 1 and not reading.values


def test_more_of_something_else_after_a_burden_is_no_growth_of_it(message_reader: Reader) -> None:
    text = "less time reading every single complaint, more time on site"
    reading = read_in(message_reader, text, ("Inspectors",), "en", "complaint triage")
    assert [e.direction for e in reading.effects] == ["positive"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "wat als de robot 's nachts een egel voor een pol onkruid aanziet?"),
        ("en", "the mower might run over hedgehogs hiding in the long grass"),
    ],
)
def test_wild_animals_named_in_an_effect_point_to_animal_welfare(
    value_suggester: ValueSuggester, language: str, text: str
) -> None:
    keys = [s.entry.id for s in value_suggester.suggest([text], 3)]
    assert "animal-welfare" in keys
