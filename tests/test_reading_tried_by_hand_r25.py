"""Faults found by typing new conversations by hand in the twenty-fifth round (sentences written
for these tests, Dutch and English): the summary asked for oneself ("can I get a summary?");
"quick one -" with a dash, or after a greeting of its own sentence, stayed in the case; the
stage told where the users were asked became the users; "en" inside a relative clause split a
name ("omwonenden die klagen over stank en lawaai" gave "Lawaai"); what a tool cannot do, as
the scope of someone's task ("the team handles what the bot can't"), read as a loss; "the
customer service team" was cut to "Customer"."""

from __future__ import annotations

import pytest
from method_fakes import read_in, session_at

from assistant.domain.session import Step, Value
from assistant.language.cues.measure_leads import KIND_LABEL_RE, KIND_LABELS
from assistant.method.conductor import Conductor
from assistant.method.reading.actor_lists import names_in_list
from assistant.method.reading.case_roles import case_roles
from assistant.method.reading.extraction import detect_stage
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.noise import with_label_colons
from assistant.method.reading.option_kind_scores import option_kind_scores
from assistant.method.reading.organisations_at_work import parties_at_work
from assistant.method.reading.polarity import clause_direction
from assistant.method.reading.questions import option_request
from assistant.method.reading.reader import Reader
from assistant.method.reading.references import agreeing_lead, proposal_reference, refused_numbers
from assistant.method.suggestions import ValueSuggester


@pytest.mark.parametrize(
    "text",
    [
        "kan ik een samenvatting krijgen?",
        "mag ik nu de samenvatting zien",
        "ik wil graag een samenvatting",
        "can I get a summary?",
        "could we see the summary please",
        "ok, I'd like a summary",
        "that's all I think. can I have a summary?",
    ],
)
def test_the_summary_asked_for_oneself_goes_to_the_wrap_up(text: str) -> None:
    # a summary asked for: the wrap-up from the options on, an overview before them
    assert detect_intent(text).kind == "overview"


def test_a_summary_of_something_else_is_no_move() -> None:
    assert detect_intent("can I get a summary of the risks for the council?").kind != "goto"


@pytest.mark.parametrize(
    ("language", "text", "opening"),
    [
        ("en", "Quick one - our town wants a robot that sorts returned library books", "our town"),
        ("en", "Hi. Quick question - we test sensors that count cyclists", "we test"),
        ("nl", "Hoi. Snel vraagje - wij testen een app voor de buurtbus", "wij testen"),
    ],
)
def test_a_quick_question_with_a_dash_or_after_a_greeting_is_no_part_of_the_case(
    message_reader: Reader, language: str, text: str, opening: str
) -> None:
    session = session_at(Step.CASE, language)
    session.case.technology = ""
    told = " ".join(message_reader.read(text, session).case.values()).lower()
    assert opening in told
    assert "quick" not in told and "vraagje" not in told


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "we zitten nog in de oriëntatiefase hoor, er is nog geen leverancier"),
        ("en", "we're still exploring this, no supplier chosen yet"),
    ],
)
def test_the_stage_told_where_the_users_are_asked_is_no_users(
    message_reader: Reader, language: str, text: str
) -> None:
    session = session_at(Step.CASE, language)
    session.case.users = ""
    session.meta["case_ask"] = "users"
    case = message_reader.read(text, session).case
    assert "users" not in case
    assert text in case.get("notes", "")


def test_the_users_told_with_the_stage_stay_the_users(message_reader: Reader) -> None:
    session = session_at(Step.CASE, "nl")
    session.case.users = ""
    session.meta["case_ask"] = "users"
    text = "in de pilot gebruiken de wijkverpleegkundigen het"
    assert message_reader.read(text, session).case.get("users") == text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("de inspecteurs, buren die klagen over geur en geluid, en het waterschap",
         ["Inspecteurs", "Buren die klagen over geur en geluid", "Waterschap"]),
        ("teachers, parents who worry about screen time and sleep, and the school board",
         ["Teachers", "Parents who worry about screen time and sleep", "School board"]),
        ("buren die er wonen en de winkeliers", ["Buren die er wonen", "Winkeliers"]),
        ("de school die betaalt en de bouwer van de app", ["School", "Bouwer van de app"]),
    ],
)  # fmt: skip
def test_and_inside_a_relative_clause_does_not_split_a_name(text: str, names: list[str]) -> None:
    assert names_in_list(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "the front desk handles whatever the kiosk can't",
        "the planners do what the model cannot do",
        "het loket doet wat de zuil niet kan",
    ],
)
def test_what_a_tool_cannot_do_as_a_task_has_no_direction(text: str) -> None:
    assert clause_direction(text) is None


def test_what_people_cannot_do_is_still_a_loss() -> None:
    assert clause_direction("older visitors can't use the kiosk") == "negative"


def test_a_team_named_after_a_role_word_keeps_its_team() -> None:
    text = "Visitors use it, the customer service team answers the rest, and the vendor hosts it."
    assert "Customer service team" in parties_at_work(text)
    assert case_roles("questions go to the customer service team") == ["Customer service team"]
    assert case_roles("alerts go to the probation officer") == ["Probation officer"]


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("ipv leraren bedoel ik eigenlijk leraren/mentoren", "leraren", "leraren/mentoren"),
        ("o wacht, in plaats van de bank bedoelde ik de banken", "de bank", "de banken"),
        ("instead of nurses I actually mean nurses and carers", "nurses", "nurses and carers"),
    ],
)
def test_instead_of_x_i_mean_y_renames(text: str, old: str, new: str) -> None:
    intent = detect_intent(text)
    assert (intent.kind, intent.target, intent.replacement) == ("correct", old, new)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("leerlingen, docenten (soms), en de uitgevers zoals de grote educatieve",
         ["Leerlingen", "Docenten", "Uitgevers"]),
        ("pupils, teachers (sometimes) and creditors such as the energy company",
         ["Pupils", "Teachers", "Creditors"]),
    ],
)  # fmt: skip
def test_a_hedge_in_brackets_and_examples_after_a_group_are_no_part_of_its_name(
    text: str, names: list[str]
) -> None:
    assert names_in_list(text) == names


@pytest.mark.parametrize(
    "text", ["organisaties zoals de GGD", "mensen zoals ik", "clubs zoals de Fietsersbond"]
)
def test_examples_that_are_the_names_stay(text: str) -> None:
    assert names_in_list(f"de wijkagenten en {text}")[-1].lower() == text.lower()


@pytest.mark.parametrize(
    "effect",
    [
        "Scholieren voelen zich gecontroleerd door de app, echt een big brother gevoel",
        "Tenants feel controlled by the sensors in the hallway",
    ],
)
def test_feeling_controlled_points_to_privacy(value_suggester: ValueSuggester, effect: str) -> None:
    assert "privacy" in [s.entry.id for s in value_suggester.suggest([effect], 3)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what else could we do on the design side?", "design"),
        ("wat kunnen we nog meer doen aan de menskant?", "human"),
        ("en aan de omgevingskant, wat kunnen we daar doen?", "environment"),
        ("anything on the human side?", "human"),
    ],
)
def test_what_else_we_could_do_on_one_side_asks_for_options_of_that_kind(
    text: str, kind: str
) -> None:
    question = option_request(text, Step.OPTIONS)
    assert question is not None and question.propose and question.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "remove the camera part - we only need the counts. a design choice",
        "haal de koppeling met de zorgverzekeraar eruit",
        "verwijder de chatfunctie, die is overbodig",
    ],
)
def test_removing_a_part_of_the_technology_is_a_measure_not_an_edit(text: str) -> None:
    assert detect_intent(text).kind != "remove"


def test_removing_an_item_by_name_is_still_an_edit() -> None:
    assert detect_intent("remove the energy company").kind == "remove"


@pytest.mark.parametrize(
    ("language", "text", "actor", "start"),
    [
        ("en", "good for the planners: they save hours. for tenants, fewer wrong bills hopefully",
         "Tenants", "Fewer wrong bills"),
        ("nl", "goed voor de planners: ze besparen uren. voor huurders, minder foute rekeningen",
         "Huurders", "Minder foute rekeningen"),
    ],
)  # fmt: skip
def test_for_people_and_a_comma_names_whom_the_effect_is_for(
    message_reader: Reader, language: str, text: str, actor: str, start: str
) -> None:
    reading = read_in(message_reader, text, ("Planners", actor), language, "een app", Step.EFFECTS)
    assert [(e.actor_id, e.text[: len(start)]) for e in reading.effects][-1] == (actor, start)


def test_for_a_while_and_a_comma_names_no_one(message_reader: Reader) -> None:
    text = "for now, the planners save hours"
    reading = read_in(message_reader, text, ("Planners", "Tenants"), "en", "an app", Step.EFFECTS)
    assert [e.actor_id for e in reading.effects] == ["Planners"]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("fewer bad decisions about the road", "positive"),
        ("minder slechte besluiten over de weg", "positive"),
        ("the board takes bad decisions on the dashboard's word", "negative"),
    ],
)
def test_bad_decisions_are_a_loss_and_fewer_of_them_a_gain(text: str, direction: str) -> None:
    assert clause_direction(text) == direction


@pytest.mark.parametrize(
    "text",
    [
        "We're thinking about a model of the ring road to test measures before building them",
        "wij denken aan sensoren in de sporthal om te testen hoe druk het is",
    ],
)
def test_thinking_about_something_to_test_is_an_idea(text: str) -> None:
    assert detect_stage(text) == "idea"


def test_a_pilot_since_a_month_is_still_a_pilot() -> None:
    assert detect_stage("we are thinking of extending the pilot that has run since May") == "pilot"


@pytest.mark.parametrize(
    ("effect", "value"),
    [
        ("The phone location data from the broker worries me", "privacy"),
        ("Scooter riders hardly show up in the counts, so the model overlooks them", "inclusion"),
    ],
)
def test_phone_data_and_people_missing_from_the_counts_point_to_their_values(
    value_suggester: ValueSuggester, effect: str, value: str
) -> None:
    assert value_suggester.suggest([effect], 1)[0].entry.id == value


def test_an_option_sharing_a_word_with_an_own_value_protects_it(
    value_suggester: ValueSuggester,
) -> None:
    values = [
        Value(id="privacy", key="privacy", name="Privacy"),
        Value(id="eerlijkheid-over-onzekerheid", name="Eerlijkheid over onzekerheid"),
    ]
    option = "laat bij elke voorspelling de onzekerheidsmarge zien"
    best = value_suggester.best_value(option, values)
    assert best is not None and best.id == "eerlijkheid-over-onzekerheid"


@pytest.mark.parametrize(
    "text",
    [
        "show the margin of error on every chart for the council",
        "toon de foutmarge bij elke grafiek voor de raad",
    ],
)
def test_whom_a_chart_is_for_does_not_make_it_an_arrangement(text: str) -> None:
    scores = option_kind_scores(text)
    assert scores["design"] > scores["environment"]


@pytest.mark.parametrize(
    "text", ["is dit zo compleet?", "is this complete now?", "is dit al genoeg?"]
)
def test_asking_whether_it_is_complete_closes_the_step(text: str) -> None:
    assert detect_intent(text).kind == "done"


@pytest.mark.parametrize(
    ("language", "text", "users", "names"),
    [
        ("en", "users = the night nurses + the ward leads", "the night nurses + the ward leads",
         ["Night nurses", "Ward leads"]),
        ("nl", "gebruikers: de monteurs en de centralisten", "de monteurs en de centralisten",
         ["Monteurs", "Centralisten"]),
    ],
)  # fmt: skip
def test_the_users_labelled_are_the_users_and_actors(
    message_reader: Reader, language: str, text: str, users: str, names: list[str]
) -> None:
    session = session_at(Step.CASE, language)
    session.case.users = ""
    session.meta["case_ask"] = "users"
    reading = message_reader.read(text, session)
    assert reading.case.get("users") == users
    assert reading.users == names
    assert not reading.effects


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("en", "tenants? quieter nights i guess. less noise from the pumps", "Tenants"),
        ("nl", "en de huurders? rustiger nachten denk ik. minder lawaai van de pompen", "Huurders"),
    ],
)
def test_a_short_question_naming_people_gives_the_effects_after_it_to_them(
    message_reader: Reader, language: str, text: str, actor: str
) -> None:
    actors = ("Monteurs" if language == "nl" else "Mechanics", actor)
    reading = read_in(message_reader, text, actors, language, "pompen", Step.EFFECTS)
    assert reading.effects and {e.actor_id for e in reading.effects} == {actor}


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("minder kans op wateroverlast in de wijk", "positive"),
        ("een kleinere kans op fouten in de uitkering", "positive"),
        ("a lower risk of flooding for the farms", "positive"),
        ("meer kans op werk voor statushouders", "positive"),
        ("een grotere kans op fouten", "negative"),
    ],
)
def test_the_chance_of_something_has_that_things_direction(text: str, direction: str) -> None:
    assert clause_direction(text) == direction


@pytest.mark.parametrize(
    ("text", "kind", "rest"),
    [
        ("env: the contract lets us leave with our data", "environment", "the contract"),
        ("tech: the data stay on our own servers", "design", "the data"),
    ],
)
def test_a_kind_label_in_shorthand_is_a_kind_label(text: str, kind: str, rest: str) -> None:
    found = KIND_LABEL_RE.match(text)
    assert found is not None and KIND_LABELS[found.group("label").lower()] == kind
    assert found.group("rest").startswith(rest)


@pytest.mark.parametrize(
    ("text", "picked", "refused"),
    [
        ("doe 1 en 3 maar, 2 vind ik niks", [1, 3], [2]),
        ("neem 1 en 2, 3 hoeft niet", [1, 2], [3]),
        ("take 2 and 3, 1 I don't like", [2, 3], [1]),
        ("1 ja, 2 vind ik niks, 3 ja", [1, 3], [2]),
    ],
)
def test_a_proposal_disliked_by_number_is_turned_down(
    text: str, picked: list[int], refused: list[int]
) -> None:
    lead = agreeing_lead(text)
    taken = proposal_reference(text) or (lead[0] if lead else None)
    assert taken == picked
    assert refused_numbers(text) == refused


@pytest.mark.parametrize(
    "said",
    ["doe {a} maar, {b} vind ik niks", "{a} ja, {b} hoeft niet", "{b} vind ik niks, {a} wel"],
)
def test_a_proposal_turned_down_is_not_adopted_nor_proposed_again(
    conductor: Conductor, said: str
) -> None:
    session = session_at(Step.OPTIONS, "nl")
    session.step = Step.VALUES
    conductor.plan(session, "volgende")
    shown = [p for p in session.proposals if p.kind == "option"]
    assert len(shown) >= 2
    first, second = shown[0], shown[1]
    conductor.plan(session, said.format(a=first.number, b=second.number))
    assert [o.text for o in session.options] == [first.text]
    assert second.ref not in [p.ref for p in session.proposals]
    assert second.ref in session.meta["options_used"]
    assert session.step == Step.OPTIONS


def test_for_people_in_a_clause_before_a_comma_is_no_label(message_reader: Reader) -> None:
    text = "voor fietsers is het veiliger, dat gaat over veiligheid natuurlijk"
    reading = read_in(message_reader, text, ("Fietsers",), "nl", "een app", Step.EFFECTS)
    assert [e.text[:20] for e in reading.effects] == ["Voor fietsers is het"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("De inspecteurs werken ermee, en de boeren en bedrijven vragen aan.",
         ["Inspecteurs", "Boeren", "Bedrijven"]),
        ("The planners work with it, the drivers and the vendor",
         ["Planners", "Drivers", "Vendor"]),
        ("de raad stemt in, de wethouder en de ambtenaren", ["Raad", "Wethouder", "Ambtenaren"]),
    ],
)  # fmt: skip
def test_people_and_what_they_do_with_it_in_a_list_are_named_alone(
    text: str, names: list[str]
) -> None:
    assert names_in_list(text) == names


@pytest.mark.parametrize(
    "text", ["- badge scans = surveillance, and staff aren't scanned", "bewolking = geen beeld"]
)
def test_what_something_amounts_to_with_an_equals_sign_is_no_label(text: str) -> None:
    assert with_label_colons(text) == text


def test_a_sign_in_a_numbered_line_joins_no_names() -> None:
    assert names_in_list("1 + you can renew it any time") == []


def test_a_plus_in_the_case_joins_no_names(message_reader: Reader) -> None:
    session = session_at(Step.CASE, "nl")
    session.case.technology = ""
    text = "gemeente. camerabeelden + ai die zwerfvuil in parken herkent, vervangt deels de ronde"
    reading = message_reader.read(text, session)
    assert not reading.actors and not reading.users
    assert "camerabeelden en ai die zwerfvuil" in reading.case.get("technology", "")


@pytest.mark.parametrize(
    ("language", "said"), [("nl", "geen voorstel met nummer 7"), ("en", "no proposal numbered 7")]
)
def test_a_proposal_number_not_shown_is_said_back(
    conductor: Conductor, language: str, said: str
) -> None:
    session = session_at(Step.OPTIONS, language)
    session.step = Step.VALUES
    conductor.plan(session, "volgende" if language == "nl" else "next")
    first = next(p for p in session.proposals if p.kind == "option")
    plan = conductor.plan(
        session, f"{first.number} en 7" if language == "nl" else f"{first.number} and 7"
    )
    assert [o.text for o in session.options] == [first.text]
    assert said in plan.draft.text


@pytest.mark.parametrize(
    ("text", "last"),
    [("the curators, the heirs, and in a way our visitors too", "Visitors"),
     ("de conservatoren, de erven en in zekere zin ook de bezoekers", "Bezoekers")],
)  # fmt: skip
def test_people_named_with_a_hedge_in_front_are_still_named(text: str, last: str) -> None:
    assert names_in_list(text)[-1] == last
