"""The reader on actor names as people say them: filler words and hedges around a name, the
user's own question before a list, a subject put in front ("mensen met X, die ..."), people in a
story, someone's role, and greetings and sign-offs around the case (Dutch and English; sentences
written for these tests, not taken from the scenarios or the conversation sets)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Actor, Session, Step
from assistant.method.reading.reader import Reader
from assistant.method.recording import known_actor


def at(step: Step, language: str = "nl", actors: tuple[str, ...] = ()) -> Session:
    technology = "" if step == Step.CASE else "Slimme vuilcontainers die melden wanneer ze vol zijn"
    return reading_session(step, language, technology, actors)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ok so de vuilnismannen, de bewoners en de wijkraad", "nl", ["Vuilnismannen", "Bewoners",
                                                                      "Wijkraad"]),
        ("nou ja de buurtbewoners", "nl", ["Buurtbewoners"]),
        ("eh de glasophalers", "nl", ["Glasophalers"]),
        ("en dan natuurlijk de marktkooplui", "nl", ["Marktkooplui"]),
        ("misschien de privacy officer", "nl", ["Privacy officer"]),
        ("de schoolbesturen denk ik", "nl", ["Schoolbesturen"]),
        ("I'd say the bin collectors, the tenants and the council", "en",
         ["Bin collectors", "Tenants", "Council"]),
        ("um the caretakers", "en", ["Caretakers"]),
        ("maybe the privacy officer", "en", ["Privacy officer"]),
        ("well, the landlords I guess", "en", ["Landlords"]),
        ("and then of course the market traders", "en", ["Market traders"]),
        ("vooral de huurders, maar ook de verhuurder", "nl", ["Huurders", "Verhuurder"]),
        ("hmm, lastig. de glasophalers in elk geval", "nl", ["Glasophalers"]),
        ("first of all the tenants, then the caretaker", "en", ["Tenants", "Caretaker"]),
        ("the people involved would be the drivers and probably the union", "en",
         ["Drivers", "Union"]),
        ("next of kin and the hospital", "en", ["Next of kin", "Hospital"]),
        ("moeilijk bereikbare groepen en de GGD", "nl", ["Moeilijk bereikbare groepen", "GGD"]),
    ],
)  # fmt: skip
def test_filler_words_and_hedges_are_no_part_of_an_actor_name(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, at(Step.ACTORS, language))
    assert reading.actors == expected


def test_a_remark_in_brackets_is_no_part_of_an_actor_name(reader: Reader) -> None:
    en = reader.read("the board (not the chair), the tenants", at(Step.ACTORS, "en"))
    nl = reader.read("het bestuur (niet de voorzitter), de huurders", at(Step.ACTORS, "nl"))
    assert en.actors == ["Board", "Tenants"]
    assert nl.actors == ["Bestuur", "Huurders"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("tja wie zijn er allemaal bij betrokken.. de buren, de huismeester", "nl",
         ["Buren", "Huismeester"]),
        ("wie er allemaal betrokken zijn, hmm, de chauffeurs en de reizigers", "nl",
         ["Chauffeurs", "Reizigers"]),
        ("who's involved, hmm, the caretakers, the tenants", "en", ["Caretakers", "Tenants"]),
        ("who is affected: the pupils and their teachers", "en", ["Pupils", "Teachers"]),
        ("who else, hmm, maybe the neighbours of the depot", "en", ["Neighbours of the depot"]),
    ],
)  # fmt: skip
def test_the_users_own_question_before_a_list_is_no_actor(
    reader: Reader, text: str, language: str, expected: list[str]
) -> None:
    reading = reader.read(text, at(Step.ACTORS, language))
    assert reading.actors == expected
    assert not reading.case


def test_a_real_question_about_actors_stays_a_question(reader: Reader) -> None:
    reading = reader.read("wie zijn er nog meer betrokken?", at(Step.ACTORS, "nl", ("Buren",)))
    assert [q.step for q in reading.questions] == [Step.ACTORS]
    assert not reading.actors


@pytest.mark.parametrize(
    ("text", "language", "name", "words"),
    [
        ("mensen met schulden, die krijgen vaker een brief", "nl", "Mensen met schulden",
         "vaker een brief"),
        ("huurders zonder internet, die kunnen de melding niet doen", "nl",
         "Huurders zonder internet", "melding niet doen"),
        ("people with a disability, they cannot reach the bins", "en",
         "People with a disability", "cannot reach"),
    ],
)  # fmt: skip
def test_a_subject_put_in_front_is_the_actor_and_the_rest_its_effect(
    reader: Reader, text: str, language: str, name: str, words: str
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language, ("Bewoners",)))
    assert reading.actors == [name]
    assert len(reading.effects) == 1
    assert words in reading.effects[0].text
    assert reading.effects[0].actor_name == name


def test_a_thing_put_in_front_is_no_actor(reader: Reader) -> None:
    nl = reader.read("de containers, die staan al in de straat", at(Step.ACTORS, "nl"))
    en = reader.read("the sensors, they are already installed", at(Step.ACTORS, "en"))
    assert not nl.actors and not en.actors


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("mijn collega van de reiniging zei al dat het veel extra ritten kost", "nl",
         "Reiniging"),
        ("de huismeester vertelde dat hij minder klachten krijgt", "nl", "Huismeester"),
        ("a colleague from waste services said it would mean many extra trips", "en",
         "Waste services"),
        ("the caretaker told me that he gets fewer complaints", "en", "Caretaker"),
    ],
)  # fmt: skip
def test_people_in_a_story_become_actors(
    reader: Reader, text: str, language: str, name: str
) -> None:
    reading = reader.read(text, at(Step.EFFECTS, language, ("Bewoners",)))
    assert name in reading.actors


def test_everyone_in_a_story_is_no_actor(reader: Reader) -> None:
    reading = reader.read("iedereen zegt dat het sneller gaat", at(Step.EFFECTS, "nl"))
    assert not reading.actors


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("de leverancier levert de sensoren", "nl", "Leverancier"),
        ("de ICT-afdeling beheert de software", "nl", "ICT-afdeling"),
        ("the supplier installs the sensors", "en", "Supplier"),
    ],
)
def test_someones_role_is_an_actor_not_an_effect(
    reader: Reader, text: str, language: str, name: str
) -> None:
    reading = reader.read(text, at(Step.ACTORS, language))
    assert reading.actors == [name]
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language", "start"),
    [
        ("Hoi allemaal, wij willen containers met een vulgraadsensor in de wijk.", "nl", "wij"),
        ("Hallo! We testen slimme containers in Deventer. Groetjes, Sanne", "nl", "We testen"),
        ("Dag, we overwegen containers met een sensor. Alvast bedankt!", "nl", "we overwegen"),
        ("Hi there, we want bins with fill sensors in our town.", "en", "we want"),
        ("Hey all - we're piloting bins with sensors. Thanks in advance!", "en", "we're"),
        ("Hello! We run smart bins in two districts. Cheers, Tom", "en", "We run"),
    ],
)
def test_a_greeting_or_sign_off_is_no_part_of_the_case(
    reader: Reader, text: str, language: str, start: str
) -> None:
    reading = reader.read(text, Session(language=language))  # type: ignore[arg-type]
    technology = reading.case.get("technology", "")
    assert technology.lower().startswith(start.lower())
    facets = " ".join(reading.case.values()).lower()
    for word in ("hoi", "hallo", "dag,", "hi ", "hey", "hello", "groetjes", "bedankt", "thanks",
                 "cheers"):  # fmt: skip
        assert word not in facets


def test_thanks_alone_is_still_read_as_thanks(reader: Reader) -> None:
    reading = reader.read("bedankt", at(Step.ACTORS, "nl"))
    assert not reading.ignored and not reading.actors


def test_a_short_case_sentence_with_a_stage_and_a_technology_names_the_technology(
    reader: Reader,
) -> None:
    reading = reader.read("We're piloting drones over the dunes.", Session(language="en"))
    assert reading.case.get("stage") == "pilot"
    assert "drones" in reading.case.get("technology", "")


def test_an_abbreviation_in_brackets_stays_with_the_name(reader: Reader) -> None:
    reading = reader.read("the tenants, the land registry (Kadaster)", at(Step.ACTORS, "en"))
    assert reading.actors == ["Tenants", "Land registry (Kadaster)"]


def test_a_description_of_one_party_is_cut_and_a_subgroup_stays(reader: Reader) -> None:
    en = reader.read(
        "the waste company that also empties the bins, tenants who live upstairs",
        at(Step.ACTORS, "en"),
    )
    nl = reader.read("de verhuurder die ook de meters plaatst, huurders die thuiswerken",
                     at(Step.ACTORS, "nl"))  # fmt: skip
    assert en.actors == ["Waste company", "Tenants who live upstairs"]
    assert nl.actors == ["Verhuurder", "Huurders die thuiswerken"]


def test_those_someone_belongs_to_are_an_actor_beside_them() -> None:
    known = [Actor(id="a1", name="Tenants"), Actor(id="a2", name="Caretaker")]
    assert known_actor("the tenants' children", known) is None
    assert known_actor("Tenants", known) is known[0]


def test_a_direction_label_with_words_before_it_is_no_actor(reader: Reader) -> None:
    nl = reader.read("nog een nadeel: de glasbak zit vaker vol", at(Step.EFFECTS, "nl", ("Buren",)))
    en = reader.read("one more downside: the bins fill up sooner", at(Step.EFFECTS, "en"))
    for reading in (nl, en):
        assert not reading.actors
        assert [(e.actor_name, e.direction) for e in reading.effects] == [("", "negative")]


@pytest.mark.parametrize(
    ("text", "language", "actors", "values"),
    [
        ("privacy, de conciërge en de huurders", "nl", ["Conciërge", "Huurders"], ["privacy"]),
        ("privacy, the caretaker and the tenants", "en", ["Caretaker", "Tenants"], ["privacy"]),
    ],
)
def test_a_value_in_a_list_of_actors_is_a_value(
    reader: Reader, text: str, language: str, actors: list[str], values: list[str]
) -> None:
    reading = reader.read(text, at(Step.ACTORS, language))
    assert reading.actors == actors
    assert [v.name for v in reading.values] == values


def test_people_in_a_list_of_values_are_actors(reader: Reader) -> None:
    nl = reader.read("eerlijkheid en de buren", at(Step.VALUES, "nl"))
    en = reader.read("fairness and the neighbours", at(Step.VALUES, "en"))
    assert (nl.actors, [v.name for v in nl.values]) == (["Buren"], ["justice"])
    assert (en.actors, [v.name for v in en.values]) == (["Neighbours"], ["justice"])
    mine = reader.read("rust voor bewoners", at(Step.VALUES, "nl"))
    assert not mine.actors and [v.name for v in mine.values] == ["Rust voor bewoners"]


@pytest.mark.parametrize("text", ["wie mis ik nog?", "wie nog meer", "who else", "who's missing"])
def test_a_question_about_actors_is_no_actor(reader: Reader, text: str) -> None:
    language = "en" if text.startswith("who") else "nl"
    reading = reader.read(text, at(Step.ACTORS, language, ("Huurders",)))
    assert not reading.actors
    assert [q.step for q in reading.questions] == [Step.ACTORS]


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Wacht, niet de directeur maar de schoolleiding, die beslist erover.", "de directeur",
         "de schoolleiding"),
        ("sorry, not the head teacher but the school board", "the head teacher",
         "the school board"),
    ],
)  # fmt: skip
def test_a_correction_after_a_word_that_announces_it(
    reader: Reader, text: str, old: str, new: str
) -> None:
    reading = reader.read(text, at(Step.ACTORS, "nl", ("Directeur",)))
    assert reading.intent is not None and reading.intent.kind == "correct"
    assert (reading.intent.target, reading.intent.replacement) == (old, new)


def test_not_only_but_also_is_no_correction(reader: Reader) -> None:
    reading = reader.read("niet alleen de huurders maar ook de buren", at(Step.ACTORS, "nl"))
    assert reading.intent is None or reading.intent.kind != "correct"


def test_a_label_that_only_goes_on_names_no_actor(reader: Reader) -> None:
    nl = reader.read("Verder: de buren hebben meer last van de vuilniswagen", at(Step.EFFECTS))
    en = reader.read("Also: the neighbours are bothered by the truck", at(Step.EFFECTS, "en"))
    assert [e.actor_name for e in nl.effects] == ["Buren"]
    assert [e.actor_name for e in en.effects] == ["Neighbours"]
