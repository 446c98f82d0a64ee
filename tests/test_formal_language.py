"""Formal official language, as memos and board notes write it: measures in the passive or the
future of an arrangement are options also where effects or values are asked; a hedged risk
("niet uitgesloten is dat", "it cannot be ruled out that") is one negative effect; formal leads
over actors and measures; formal announcements are talk; values said to weigh in formal words
(Dutch and English; sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import read_in, session_at

from assistant.domain.session import Step
from assistant.method.conductor import Conductor
from assistant.method.reading.extraction import detect_stage
from assistant.method.reading.reader import Reader
from assistant.method.reading.reading import Reading

NL = ("Aanvragers", "Behandelaars", "Ketenpartners")
EN = ("Applicants", "Case handlers", "Partners")


def _read(reader: Reader, text: str, language: str, step: Step) -> Reading:
    actors = NL if language == "nl" else EN
    technology = "een beslisondersteunend model" if language == "nl" else "a decision model"
    return read_in(reader, text, actors, language, technology, step)


def _texts(items: list) -> str:
    return " | ".join(i.text for i in items).lower()


@pytest.mark.parametrize(
    ("text", "language", "step", "measures"),
    [
        ("Er wordt voorzien in een onafhankelijke bezwaarcommissie voor aanvragers.", "nl",
         Step.EFFECTS, ["bezwaarcommissie"]),
        ("Voorts wordt het model opgenomen in het Algoritmeregister en wordt voorafgaand aan de"
         " invoering een DPIA uitgevoerd.", "nl", Step.VALUES, ["algoritmeregister"]),
        ("Behandelaars worden geschoold in het herkennen van fouten in de score.", "nl",
         Step.VALUES, ["geschoold"]),
        ("In de werkinstructie wordt vastgelegd dat een afwijzing altijd door een tweede"
         " behandelaar wordt bekeken.", "nl", Step.EFFECTS, ["tweede behandelaar"]),
        ("Furthermore, it will be laid down in the contract that the vendor deletes the logs"
         " after a year.", "en", Step.VALUES, ["deletes the logs"]),
        ("An independent appeals desk will be set up for applicants.", "en", Step.EFFECTS,
         ["appeals desk"]),
        ("Case handlers will receive training on explaining a score in plain language.", "en",
         Step.VALUES, ["training"]),
    ],
)  # fmt: skip
def test_formal_measure_is_an_option_before_options_are_asked(
    reader: Reader, text: str, language: str, step: Step, measures: list[str]
) -> None:
    reading = _read(reader, text, language, step)
    for measure in measures:
        assert measure in _texts(reading.options)
        assert measure not in _texts(reading.effects)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Verwacht wordt dat behandelaars minder tijd kwijt zijn aan eenvoudige aanvragen.", "nl"),
        ("Implementation will result in shorter waiting times for applicants.", "en"),
        ("Applicants who fall outside the norm are rejected automatically.", "en"),
    ],
)  # fmt: skip
def test_formal_effect_is_no_measure(reader: Reader, text: str, language: str) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    assert not reading.options


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        ("In de werkinstructie wordt vastgelegd dat een afwijzing altijd door een tweede"
         " behandelaar wordt bekeken, en behandelaars en baliemedewerkers worden geschoold in"
         " begrijpelijke taal.", "nl", "tweede behandelaar", "geschoold"),
        ("It will be laid down in the working instructions that a refusal is always checked by a"
         " second case handler, and case handlers and front-desk staff will receive training on"
         " plain language.", "en", "second case handler", "training"),
    ],
)  # fmt: skip
def test_two_formal_measures_in_one_sentence_are_two_options(
    reader: Reader, text: str, language: str, first: str, second: str
) -> None:
    options = [o.text.lower() for o in _read(reader, text, language, Step.VALUES).options]
    assert len(options) == 2
    assert first in options[0] and second not in options[0]
    assert second in options[1]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Niet uitgesloten is echter dat aanvragers de voorgestelde score zonder controle"
         " overnemen, waarna een fout bij de burger terechtkomt.", "nl", "terechtkomt"),
        ("Het is niet uit te sluiten dat ketenpartners de gegevens voor andere doelen"
         " gebruiken.", "nl", "andere doelen"),
        ("However, it cannot be ruled out that applications from people, whose files are often"
         " incomplete, are marked as weak.", "en", "marked as weak"),
    ],
)  # fmt: skip
def test_hedged_risk_is_one_negative_effect(
    reader: Reader, text: str, language: str, words: str
) -> None:
    effects = _read(reader, text, language, Step.EFFECTS).effects
    assert len(effects) == 1
    assert effects[0].direction == "negative"
    assert words in effects[0].text


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Als betrokkenen worden onderscheiden de behandelaars, de aanvragers, de"
         " omgevingsdienst als ketenpartner en de leverancier van het model.", "nl",
         ["omgevingsdienst", "leverancier"]),
        ("Als betrokken actoren worden aangemerkt:\n- aanvragers\n- de afdeling Informatie\n"
         "- de Autoriteit Persoonsgegevens", "nl", ["afdeling informatie"]),
        ("The following actors are identified:\n- applicants\n- the housing association\n"
         "- the data protection officer", "en", ["data protection officer"]),
    ],
)  # fmt: skip
def test_formal_actor_lead_names_actors_and_no_effect(
    reader: Reader, text: str, language: str, names: list[str]
) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    actors = " | ".join(reading.actors).lower()
    assert all(n in actors for n in names)
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ten aanzien van de handelingsopties wordt het volgende voorgesteld. Er wordt een"
         " meldpunt ingericht voor aanvragers.", "nl"),
        ("With regard to the measures, the following is proposed. A complaints desk will be set"
         " up for applicants.", "en"),
    ],
)  # fmt: skip
def test_formal_announcement_is_talk(reader: Reader, text: str, language: str) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    assert not reading.effects
    assert len(reading.options) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mitigerende maatregelen\n1. In het model wordt een vervaltermijn ingebouwd.\n"
         "2. Er wordt vastgelegd dat een deel van de controles willekeurig plaatsvindt.", "nl"),
        ("Mitigations\n1. An expiry period will be built into the model.\n"
         "2. A share of the inspections will be carried out at random.", "en"),
    ],
)  # fmt: skip
def test_memo_heading_over_measures_is_no_measure(reader: Reader, text: str, language: str) -> None:
    options = _read(reader, text, language, Step.OPTIONS).options
    assert len(options) == 2
    assert not [o for o in options if "mitigat" in o.text.lower()]


@pytest.mark.parametrize(
    ("text", "language", "keys"),
    [
        ("In de afweging staan rechtmatigheid en uitlegbaarheid centraal.", "nl",
         {"lawfulness", "explainability"}),
        ("Tevens wordt vertrouwen in de overheid van belang geacht.", "nl", {"trust"}),
        ("In the assessment, proportionality and transparency are considered paramount.", "en",
         {"proportionality", "transparency"}),
    ],
)  # fmt: skip
def test_values_said_to_weigh_in_formal_words(
    reader: Reader, text: str, language: str, keys: set[str]
) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    assert keys <= {v.entry.id if v.entry else v.name for v in reading.values}
    assert all(v.entry is not None for v in reading.values)  # "In the assessment" is none
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language", "measure"),
    [
        ("Is het binnen de methode toegestaan voor te stellen dat het model geen score toont,"
         " maar alleen de categorie? Zo ja, dan is dat onze eerste maatregel.", "nl",
         "geen score"),
        ("Would it be acceptable within the method to propose that the tool shows no score at"
         " all, only the category? If so, that is our first measure.", "en", "no score"),
    ],
)  # fmt: skip
def test_measure_asked_as_whether_it_may_be_proposed(
    reader: Reader, text: str, language: str, measure: str
) -> None:
    options = _read(reader, text, language, Step.VALUES).options
    assert len(options) == 1
    assert measure in options[0].text.lower()
    assert not options[0].text.lower().startswith(("is het", "would it"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Het langer bewaren van de gegevens maakt een betere planning mogelijk, hetgeen op"
         " termijn tot een beter aanbod voor aanvragers leidt.", "nl"),
        ("Keeping the data longer allows better planning, which in turn leads to a better"
         " service for applicants.", "en"),
    ],
)  # fmt: skip
def test_formal_consequence_clause_stays_with_its_effect(
    reader: Reader, text: str, language: str
) -> None:
    effects = _read(reader, text, language, Step.EFFECTS).effects
    assert len(effects) == 1
    assert "planning" in effects[0].text


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Betrokken zijn wat ons betreft de aanvragers, de behandelaars, de leverancier van het"
         " model en de toezichthouder.", "nl", ["leverancier van het model", "toezichthouder"]),
        ("Involved are, in our view, the applicants, the case handlers, the vendor and the"
         " regulator.", "en", ["vendor", "regulator"]),
    ],
)  # fmt: skip
def test_actor_lead_with_whose_view_names_actors(
    reader: Reader, text: str, language: str, names: list[str]
) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    actors = [a.lower() for a in reading.actors]
    assert all(n in actors for n in names)
    assert not [a for a in actors if "view" in a or "betreft" in a]
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("Het betreft een voornemen; er is nog geen opdracht verleend.", "idea"),
        ("The ministry intends to deploy a summarising model for permit files.", "idea"),
        ("De dienst beproeft een sensor bij twee afdelingen.", "pilot"),
        ("The tool is currently being tested on thirty closed files.", "pilot"),
        ("The scoring model has been in production since 1 March.", "in_use"),
    ],
)  # fmt: skip
def test_stage_told_in_formal_words(text: str, stage: str) -> None:
    assert detect_stage(text) == stage


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Voor aanvragers zonder DigiD is er sprake van een verdere achterstelling.", "nl"),
        ("For applicants without a bank account this is a further disadvantage.", "en"),
    ],
)  # fmt: skip
def test_disadvantage_in_formal_words_is_negative(reader: Reader, text: str, language: str) -> None:
    effects = _read(reader, text, language, Step.EFFECTS).effects
    assert [e.direction for e in effects] == ["negative"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Baten:\n- Het model leidt tot een beter onderbouwde planning.\nLasten:\n- Niet"
         " uitgesloten is dat aanvragers langer op een besluit wachten.", "nl"),
        ("Opportunities\n- The model leads to better planning.\nThreats\n- It cannot be ruled"
         " out that applicants wait longer for a decision.", "en"),
    ],
)  # fmt: skip
def test_memo_direction_headings_give_direction_and_no_actor(
    reader: Reader, text: str, language: str
) -> None:
    reading = _read(reader, text, language, Step.ACTORS)
    assert [e.direction for e in reading.effects] == ["positive", "negative"]
    assert not reading.actors


@pytest.mark.parametrize(
    ("text", "language", "intent"),
    [
        ("Welke waarden liggen hieraan ten grondslag naar uw oordeel?", "nl", False),
        ("Wat is uw oordeel over de inzet van dit model?", "nl", True),
    ],
)  # fmt: skip
def test_whose_view_is_no_verdict_asked(
    reader: Reader, text: str, language: str, intent: bool
) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    verdict = reading.intent is not None and reading.intent.kind == "verdict"
    assert verdict == intent


@pytest.mark.parametrize(
    ("text", "language", "gone"),
    [
        ("actually remove the partners as an actor, they are only a fear here", "en", "Partners"),
        ("eigenlijk haal de ketenpartners weg als actor, die spelen hier geen rol", "nl",
         "Ketenpartners"),
    ],
)  # fmt: skip
def test_actor_removed_after_actually(reader: Reader, text: str, language: str, gone: str) -> None:
    reading = _read(reader, text, language, Step.EFFECTS)
    assert gone in reading.removed_actors
    assert not reading.effects


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        ("Trust in the authorities too.", "en", "trust"),
        ("Vertrouwen in de overheid ook.", "nl", "trust"),
        ("add representativeness if that counts as a value", "en", "Representativeness"),
    ],
)  # fmt: skip
def test_value_said_like_an_actor_is_a_value(
    reader: Reader, text: str, language: str, key: str
) -> None:
    reading = _read(reader, text, language, Step.VALUES)
    assert key in {v.entry.id if v.entry else v.name for v in reading.values}
    assert not reading.actors
    assert not reading.options


@pytest.mark.parametrize(
    ("text", "language", "every"),
    [
        ("take them all, but I'd add freedom of choice explicitly", "en", True),
        ("neem ze allemaal over, maar voeg keuzevrijheid expliciet toe", "nl", True),
        ("those sound right, but I'd add freedom of choice explicitly", "en", False),
    ],
)  # fmt: skip
def test_all_proposals_taken_with_a_value_added(
    conductor: Conductor, text: str, language: str, every: bool
) -> None:
    session = session_at(Step.VALUES, language)
    session.step = Step.EFFECTS
    conductor.plan(session, "next" if language == "en" else "volgende")
    shown = [p.ref for p in session.proposals if p.kind == "value"]
    assert len(shown) > 3
    conductor.max_values = len(shown) + 1  # room for every proposal and the one added
    conductor.plan(session, text)
    chosen = [v.key for v in session.chosen_values()]
    assert "autonomy" in chosen
    ids = {v.id for v in session.chosen_values()}
    assert (set(shown) <= ids) is every  # "all" in so many words: every one of them
    assert not session.options
