"""Values said in everyday phrases where values are asked (the organisation keeping the say over a
supplier, relying on the model, not discriminating, someone staying responsible, data staying
with those it is for), words that name no value (moving on, nothing more, asking what a value is
called, facts about the case), and words in an effect that point to the value behind it for the
suggestions. Sentences written for these tests (Dutch and English), not taken from the
conversation sets."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Session, Step
from assistant.language.cues.value_signals import cued_values
from assistant.method.reading.reader import Reader


def at_values(language: str) -> Session:
    technology = "Sensoren die de bezetting van fietsenstallingen meten"
    return reading_session(Step.VALUES, language, technology, ("Fietsers", "Beheerders"))


def keys(reader: Reader, text: str, language: str) -> list[str]:
    return [v.name for v in reader.read(text, at_values(language)).values]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("nee hoor, niets meer, volgende", "nl"),
        ("no, nothing else, next", "en"),
        ("In gebruik sinds 2021, beheerd door de ICT-afdeling", "nl"),
        ("In use since 2021, managed by the IT team", "en"),
    ],
)
def test_moves_and_case_facts_where_values_are_asked_name_no_value(
    reader: Reader, text: str, language: str
) -> None:
    assert keys(reader, text, language) == []


def test_asking_what_a_value_is_called_names_no_value(reader: Reader) -> None:
    nl = keys(reader, "privacy, hoe heet dat ook alweer, en gezondheid", "nl")
    en = keys(reader, "privacy, what's it called, and health", "en")
    assert nl == ["privacy", "health"]
    assert en == ["privacy", "health"]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("dat wij de regie houden en niet de leverancier", "nl", "control-over-technology"),
        ("that we keep control, not the vendor", "en", "control-over-technology"),
        ("ik zou zeggen: of we kunnen bouwen op de uitkomst van het model", "nl", "reliability"),
        ("I'd say whether we can rely on the counts at all", "en", "reliability"),
        ("niet discrimineren", "nl", "equal-treatment"),
        ("never discriminating between riders", "en", "equal-treatment"),
        ("de beheerder blijft verantwoordelijk", "nl", "accountability"),
        ("the warden stays responsible", "en", "accountability"),
        ("dat de beelden bij de beheerder blijven", "nl", "privacy"),
        ("the footage stays with the wardens", "en", "privacy"),
        ("ik zou zeggen: de kennis van de beheerders behouden", "nl", "craftsmanship"),
        ("I'd say keeping the wardens' local knowledge", "en", "craftsmanship"),
    ],
)
def test_values_in_everyday_phrases_name_catalogue_values(
    reader: Reader, text: str, language: str, value: str
) -> None:
    assert value in keys(reader, text, language)


def test_someone_staying_responsible_is_no_value_of_its_own(reader: Reader) -> None:
    said = "ik zou zeggen gezondheid, en de verpleegkundige blijft verantwoordelijk, niet de app"
    nl = keys(reader, said, "nl")
    en = keys(reader, "I'd say health, and the nurse stays responsible, not the app", "en")
    for found in (nl, en):
        assert found == ["health", "accountability", "control-over-technology"]


def test_the_people_keeping_the_say_themselves_is_still_autonomy(reader: Reader) -> None:
    assert keys(reader, "dat fietsers zelf de regie houden", "nl") == ["autonomy"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("'s Avonds is er niemand om te helpen bij de kluisjes", "human-contact"),
        ("At night there is no one to help at the lockers", "human-contact"),
        ("Mensen in een rolstoel vallen er buiten", "inclusion"),
        ("Riders who struggle with reading cannot use the app", "inclusion"),
        ("Fietsers verliezen hun vrije keuze van stalling", "autonomy"),
        ("Riders lose their free choice of rack", "autonomy"),
        ("Beheerders krijgen zwaarder werk", "wellbeing"),
        ("Wardens find the night alerts tiring", "wellbeing"),
        ("De app verzint soms plekken die niet bestaan", "reliability"),
        ("The app invents places that don't exist", "reliability"),
        ("Fietsers krijgen onterecht een boete", "justice"),
        ("Riders are wrongly fined", "justice"),
        ("Bezoekers weten niet dat hun telefoon geteld wordt", "privacy"),
        ("Visitors don't know that their phones are counted", "transparency"),
        ("Beheerders voelen zich continu gemonitord", "privacy"),
        ("Wardens feel monitored all day", "privacy"),
        ("Een fietser uitleggen waarom je fiets weg is, voelt vernederend", "human-dignity"),
        ("Having your bike towed in front of everyone is humiliating", "human-dignity"),
        ("Fietsers die al wantrouwig zijn, zien een spionagepaal", "trust"),
        ("The council could lose the riders' trust", "trust"),
        ("Kleine stallingen worden gestraft voor drukte die overal is", "justice"),
        ("Small racks are penalised for crowds that are everywhere", "justice"),
        ("Fietsers komen op beeld zonder dat ze het weten", "transparency"),
        ("Riders are counted without them knowing", "transparency"),
        ("Beheerders slapen rustiger sinds de sensoren er zijn", "wellbeing"),
        ("Wardens feel calmer on busy days", "wellbeing"),
    ],
)
def test_words_in_an_effect_point_to_the_value_behind_it(text: str, value: str) -> None:
    assert value in cued_values(text)


@pytest.mark.parametrize(
    "text",
    [
        "De stalling is vaker vol op maandag",
        "The racks fill up faster on Mondays",
        "De broedgebieden achter de stalling blijven rustiger",
        "The nesting areas behind the racks stay calmer",
    ],
)
def test_ordinary_words_in_an_effect_point_to_none_of_these_values(text: str) -> None:
    found = cued_values(text)
    assert not found & {"human-contact", "inclusion", "autonomy", "wellbeing", "reliability"}


def test_a_value_named_in_the_note_on_another_is_no_value_of_its_own(reader: Reader) -> None:
    nl = keys(
        reader,
        "privacy en menselijke waardigheid (het vakmanschap van de stallingbeheerders)",
        "nl",
    )
    en = keys(reader, "privacy and human dignity (the craftsmanship of the wardens)", "en")
    assert nl == en == ["privacy", "human-dignity"]


def test_a_note_that_adds_a_value_still_names_it(reader: Reader) -> None:
    assert keys(reader, "privacy (and transparency), health", "en") == [
        "privacy",
        "transparency",
        "health",
    ]


def test_a_value_word_for_what_another_is_about_is_no_value(reader: Reader) -> None:
    assert keys(reader, "I'd say privacy of health data, and trust", "en") == ["privacy", "trust"]
    assert keys(reader, "ik zou zeggen privacy van gezondheidsgegevens, en vertrouwen", "nl") == [
        "privacy",
        "trust",
    ]


def test_a_value_word_as_the_verb_of_a_clause_names_no_value(reader: Reader) -> None:
    nl = keys(reader, "ik zou zeggen dat fietsers zelf kiezen wanneer ze meedoen", "nl")
    en = keys(reader, "I'd say that riders choose for themselves when they take part", "en")
    assert nl == en == ["autonomy"]


def test_values_after_i_am_thinking_of_are_values(reader: Reader) -> None:
    nl = keys(reader, "ik denk zelf aan vrijwilligheid, en aan gezondheid", "nl")
    en = keys(reader, "I'm thinking of voluntariness, and of health", "en")
    assert nl == en == ["autonomy", "health"]


def test_a_phrase_followed_by_the_value_it_means_is_that_value(reader: Reader) -> None:
    nl = keys(
        reader, "dat fietsers niet als verdachte worden gezien, vertrouwen dus. en privacy", "nl"
    )
    en = keys(reader, "that riders are not treated as suspects, so trust. and privacy", "en")
    assert nl == en == ["trust", "privacy"]


def test_workload_is_kept_as_the_speakers_word_for_wellbeing(reader: Reader) -> None:
    for text, language, word in (
        ("privacy, en de werkdruk vd beheerders", "nl", "werkdruk"),
        ("privacy, and the workload of the wardens", "en", "workload"),
    ):
        values = reader.read(text, at_values(language)).values
        assert [(v.name, v.said) for v in values] == [("privacy", "privacy"), ("wellbeing", word)]


def test_accuracy_names_reliability(reader: Reader) -> None:
    assert keys(reader, "accuracy, and privacy", "en") == ["reliability", "privacy"]
    assert keys(reader, "nauwkeurigheid, en privacy", "nl") == ["reliability", "privacy"]


@pytest.mark.parametrize(
    ("text", "language", "old", "new"),
    [
        ("oh en eigenlijk niet eerlijkheid maar gelijke behandeling", "nl", "eerlijkheid",
         "gelijke behandeling"),
        ("oh, and actually not fairness but equal treatment", "en", "fairness", "equal treatment"),
    ],
)  # fmt: skip
def test_a_correction_after_a_few_filler_words_is_a_correction(
    reader: Reader, text: str, language: str, old: str, new: str
) -> None:
    intent = reader.read(text, at_values(language)).intent
    assert intent is not None and intent.kind == "correct"
    assert (intent.target, intent.replacement) == (old, new)


def test_the_value_named_after_another_clause_leaves_that_clause_its_value(
    reader: Reader,
) -> None:
    nl = "ik zou zeggen toegankelijkheid, dat het betrouwbaar is, en dat niemand aan zijn lot "
    nl += "wordt overgelaten, dus menselijk contact"
    en = "I'd say accessibility, that it is reliable, and that nobody is left on their own, "
    en += "so human contact"
    expected = ["accessibility", "reliability", "human-contact"]
    assert keys(reader, nl, "nl") == keys(reader, en, "en") == expected
