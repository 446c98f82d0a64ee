"""Messages typed fast and loosely (Dutch and English, sentences written for these tests): a
run-on without full stops cut at its joints, a long run-on that names an everyday word of an
off-topic subject, a step's noun as a label without a colon, names dictated without commas, and
a list of people with a describing word where effects are asked."""

from __future__ import annotations

import pytest

from assistant.domain.session import Step
from assistant.knowledge.catalogue import Catalogue
from assistant.method.reading.actor_lists import dictated_names
from assistant.method.reading.asides import is_offtopic
from assistant.method.reading.reader import Reader
from assistant.method.reading.segments import run_on_pieces, sentences
from assistant.paths import PROJECT_ROOT
from tests.method_fakes import reading_session

NL_RUN_ON = (
    "wij zijn een bibliotheek in een middelgrote stad en sinds de zomer staat er een robot bij de "
    "ingang die bezoekers de weg wijst naar de juiste kast en boeken kan reserveren voor wie dat "
    "wil, en eerlijk gezegd zijn de vrijwilligers er blij mee want ze hoeven minder te zoeken "
    "maar de oudere bezoekers schrikken soms van de stem en lopen dan weer naar buiten"
)
EN_RUN_ON = (
    "we are a library in a mid sized town and since the summer a robot stands at the entrance "
    "that shows visitors the way to the right shelf and can reserve books for anyone who wants "
    "that and honestly the volunteers love it because they search less but the older visitors "
    "are sometimes startled by the voice and walk back out again"
)


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader(Catalogue(PROJECT_ROOT / "corpus"))


def test_run_on_sentence_is_cut_at_its_joints_in_dutch() -> None:
    pieces = run_on_pieces(NL_RUN_ON)
    assert len(pieces) == 3
    assert pieces[1].startswith("En eerlijk gezegd zijn de vrijwilligers")
    assert pieces[2].startswith("Maar de oudere bezoekers")


def test_run_on_sentence_is_cut_at_its_joints_in_english() -> None:
    pieces = run_on_pieces(EN_RUN_ON)
    assert len(pieces) == 3
    assert pieces[1].startswith("And honestly the volunteers")
    assert pieces[2].startswith("But the older visitors")


def test_run_on_is_cut_where_a_new_subject_and_verb_follow_and() -> None:
    text = (
        "de wijkagenten zijn er blij mee want ze zien sneller waar het mis gaat in de buurt en "
        "een buurman zei al dat hij zich bekeken voelt en winkeliers weten vaak niet dat hun "
        "camera's meedoen ik denk dat we dat beter moeten uitleggen"
    )
    pieces = run_on_pieces(text)
    assert [p.split()[:2] for p in pieces] == [
        ["de", "wijkagenten"], ["En", "een"], ["En", "winkeliers"], ["Ik", "denk"]
    ]  # fmt: skip


def test_sentence_of_normal_length_stays_whole() -> None:
    text = "De vrijwilligers zijn er blij mee, maar de oudere bezoekers schrikken van de stem"
    assert run_on_pieces(text) == [text]


def test_run_on_is_not_cut_before_a_condition() -> None:
    text = (
        "we hebben dit jaar een systeem ingevoerd waarin medewerkers elke vrijdag op hun laptop "
        "aangeven hoe druk ze het hebben met hun werk en hun projecten, en als iemand drie weken "
        "achter elkaar te druk aangeeft krijgt de leidinggevende een bericht"
    )
    assert run_on_pieces(text) == [text]
    english = (
        "this year we introduced a system in which staff say every friday on their laptop how "
        "busy they are with their work and their projects, and if someone reports too busy "
        "three weeks in a row the manager gets a message"
    )
    assert run_on_pieces(english) == [english]


def test_run_on_effects_are_read_as_effects(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "nl", "een robot bij de ingang")
    reading = reader.read(NL_RUN_ON, session)
    directions = {e.direction for e in reading.effects}
    assert directions == {"positive", "negative"}
    session = reading_session(Step.EFFECTS, "en", "a robot at the entrance")
    reading = reader.read(EN_RUN_ON, session)
    assert {e.direction for e in reading.effects} == {"positive", "negative"}


@pytest.mark.parametrize(
    ("text", "off"),
    [
        ("hoe laat is het eigenlijk?", True),
        ("wij zijn een zorgorganisatie en we willen een polsband uitproberen die meet hoe laat "
         "bewoners opstaan hoe vaak ze naar buiten gaan en hoe lang ze slapen en dan krijgt de "
         "verzorging een seintje als het afwijkt, maar wie ziet die gegevens eigenlijk allemaal?",
         False),
        ("what time is it?", True),
        ("we are a care home and we want to try a wristband that logs what time residents get up "
         "how often they go outside and how long they sleep and then the carers get a signal "
         "when it changes, but who gets to see all that data in the end?", False),
    ],
)  # fmt: skip
def test_long_run_on_with_an_everyday_word_is_no_off_topic_question(text: str, off: bool) -> None:
    assert is_offtopic(text, text, set()) is off


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "opties dus een knop om de camera uit te zetten in de app"),
        ("nl", "qua opties dan een vaste contactpersoon per wijk die langskomt"),
        ("en", "options ok a button in the app that switches the camera off"),
    ],
)
def test_step_noun_without_colon_labels_the_message(language: str, text: str) -> None:
    found = sentences(text)
    assert [s.header for s in found] == [Step.OPTIONS]
    assert not found[0].text.lower().startswith(("opties", "qua", "options"))


def test_step_noun_in_a_sentence_is_no_label() -> None:
    assert sentences("opties zijn er genoeg denk ik")[0].header is None
    assert sentences("options are plenty I think")[0].header is None


def test_names_dictated_without_commas_are_cut_at_their_articles() -> None:
    assert dictated_names(
        "de huurders de woningcorporatie als eigenaar van de flat de installateur van de "
        "zonnepanelen"
    ) == [
        "de huurders",
        "de woningcorporatie als eigenaar van de flat",
        "de installateur van de zonnepanelen",
    ]
    assert dictated_names(
        "the tenants the housing association as owner of the flats the installer of the panels"
    ) == [
        "the tenants",
        "the housing association as owner of the flats",
        "the installer of the panels",
    ]


def test_dictated_names_are_not_cut_inside_a_clause() -> None:
    english = "the caretakers who used to check the meters by hand every month"
    assert dictated_names(english) == [english]
    dutch = "de netbeheerder want die levert het verbruik van elke woning"
    assert dictated_names(dutch) == [dutch]
    assert dictated_names("de bewoners die een balkon hebben de beheerder van het complex") == [
        "de bewoners die een balkon hebben",
        "de beheerder van het complex",
    ]


def test_dictated_actor_list_under_a_loose_label_names_each(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "nl", "zonnepanelen op de flat", ("Huurders",))
    reading = reader.read(
        "actoren verder de woningcorporatie als eigenaar van de flat de installateur van de "
        "panelen en de gemeente",
        session,
    )
    assert {"Woningcorporatie als eigenaar van de flat", "Gemeente"} <= set(reading.actors)
    assert not reading.effects


def test_list_of_people_with_a_describing_word_is_actors_where_effects_are_asked(
    reader: Reader,
) -> None:
    session = reading_session(Step.EFFECTS, "en", "an app for the bus", ("Travellers",))
    reading = reader.read(
        "also the visually impaired association (for blind members), drivers, the app "
        "builder, and the planners",
        session,
    )
    assert not reading.effects
    assert "Drivers" in reading.actors
    session = reading_session(Step.EFFECTS, "nl", "een app voor de bus", ("Reizigers",))
    reading = reader.read(
        "ook de belangenvereniging (voor blinde leden), chauffeurs, de appbouwer en de planners",
        session,
    )
    assert not reading.effects
    assert "Chauffeurs" in reading.actors


def test_terse_effects_about_people_stay_effects_where_effects_are_asked(reader: Reader) -> None:
    session = reading_session(Step.EFFECTS, "nl", "een app voor de bus")
    reading = reader.read("reizigers blij, chauffeurs boos, planners moe", session)
    assert len(reading.effects) == 3
    session = reading_session(Step.EFFECTS, "en", "an app for the bus")
    reading = reader.read("travellers happy, drivers angry, planners tired", session)
    assert len(reading.effects) == 3


@pytest.mark.parametrize(
    ("language", "text", "keys"),
    [
        ("en", "safety, privacy, and I'd add convenience or something", {"ease-of-use"}),
        ("nl", "veiligheid, privacy, en gemak ofzo", {"ease-of-use"}),
    ],
)
def test_hedge_after_a_value_is_no_value_of_its_own(
    reader: Reader, language: str, text: str, keys: set[str]
) -> None:
    reading = reader.read(text, reading_session(Step.VALUES, language, "an app", ("Tenants",)))
    named = {v.name for v in reading.values}
    assert keys <= named
    assert not any("something" in n.lower() or "ofzo" in n.lower() for n in named)
    assert not reading.actors


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "privacy, trust, and maybe autonomy, like deciding what you share?"),
        ("nl", "privacy, vertrouwen en misschien autonomie, zoals zelf bepalen wat je deelt?"),
    ],
)
def test_what_a_value_means_in_own_words_is_no_value_of_its_own(
    reader: Reader, language: str, text: str
) -> None:
    reading = reader.read(text, reading_session(Step.VALUES, language, "an app"))
    assert [v.name for v in reading.values] == ["privacy", "trust", "autonomy"]


@pytest.mark.parametrize(
    ("language", "text", "key"),
    [
        ("nl", "transparantie richting de huurders zou ik toevoegen", "transparency"),
        ("en", "I'd add transparency towards the tenants", "transparency"),
    ],
)
def test_value_towards_people_is_a_value_not_an_actor(
    reader: Reader, language: str, text: str, key: str
) -> None:
    reading = reader.read(text, reading_session(Step.VALUES, language, "an app", ("Huurders",)))
    assert key in [v.name for v in reading.values]
    assert not reading.actors


@pytest.mark.parametrize(
    ("language", "text", "last"),
    [
        ("en", "who else.. the caretakers, the tenants board, the installer, and the city "
         "because it pays the grant right?", "City"),
        ("nl", "wie nog meer.. de conciërges, de huurdersraad, de installateur en de gemeente "
         "want die betaalt de subsidie toch?", "Gemeente"),
    ],
)  # fmt: skip
def test_list_answering_own_question_with_a_reason_and_a_tag_names_everyone(
    reader: Reader, language: str, text: str, last: str
) -> None:
    reading = reader.read(text, reading_session(Step.ACTORS, language, "solar panels"))
    assert len(reading.actors) == 4
    assert reading.actors[-1] == last
    assert not reading.effects
    assert not reading.questions


def test_own_question_about_who_is_involved_still_asks(reader: Reader) -> None:
    reading = reader.read(
        "wie is hier eigenlijk allemaal bij betrokken?",
        reading_session(Step.ACTORS, "nl", "zonnepanelen"),
    )
    assert not reading.actors
    reading = reader.read(
        "who is actually involved here?", reading_session(Step.ACTORS, "en", "solar panels")
    )
    assert not reading.actors


def test_long_list_of_names_is_no_run_on() -> None:
    text = (
        "the caretakers who check the meters, the tenants board, the installer of the panels, "
        "the grid operator, the city council members who approved it, and the residents "
        "because they pay the bills in the end"
    )
    assert run_on_pieces(text) == [text]


def test_long_sentence_in_a_line_written_with_capitals_and_stops_stays_whole() -> None:
    long_one = (
        "Na de overstroming van vorig jaar, waarbij een kelder onder water liep en het echt "
        "geluk was dat er niemand thuis was, heeft het bestuur besloten om sensoren in de "
        "putten te hangen, en een model van de leverancier maakt daar een score van"
    )
    line = f"Ik werk bij het waterschap. {long_one}. De proef loopt sinds mei."
    assert long_one in [s.text for s in sentences(line)]
    loose = line.replace("Ik", "ik").replace("Na", "na").replace("De", "de")
    assert len(sentences(loose)) > len(sentences(line))


def test_name_with_words_in_front_of_its_article_stays_one() -> None:
    assert dictated_names("sinds kort ook de verzekeraar van de gemeente") == [
        "sinds kort ook de verzekeraar van de gemeente"
    ]
    assert dictated_names("since last year also the insurer of the city council") == [
        "since last year also the insurer of the city council"
    ]


def test_and_that_goes_on_with_the_clause_before_in_a_run_on() -> None:
    text = (
        "opties: oude meldingen tellen minder mee in de score, de commissie besluit nooit "
        "alleen op basis van de score en dat komt in het reglement, medewerkers krijgen "
        "uitleg over hoe de score tot stand komt en wat ze ermee moeten"
    )
    assert not any(p.startswith("En dat") for p in run_on_pieces(text))
    english = text.replace("en dat komt in het reglement", "and that goes into the rules")
    assert not any(p.startswith("And that") for p in run_on_pieces(english))
