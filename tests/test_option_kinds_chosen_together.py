"""The kinds of handling options chosen together (Dutch and English; sentences written for these
tests): an option whose words point to two kinds as strongly, or people who act on a schedule or
when in doubt (a routine of the organisation, or their own doing), goes to the kind still missing
among the session's options and the other options of the same message; an option whose kind
nothing else covers keeps it; a system beside a person is what people do. And what is no option:
a reply that has none yet, a short question back after the options ("What else?"), agreeing that
"dat is 'm", the aim of a measure in a sentence of its own (part of that measure)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import HandlingOption, OptionKind, Session, Step
from assistant.method.reading.extraction import (
    OptionDraft,
    close_kinds,
    extract_options,
    option_kind,
)
from assistant.method.reading.questions import cannot_think
from assistant.method.reading.reader import Reader
from assistant.method.recording import choose_kinds


def _session(*kinds: OptionKind) -> Session:
    session = Session()
    for index, kind in enumerate(kinds):
        session.options.append(HandlingOption(id=f"o{index}", kind=kind, text=f"option {index}"))
    return session


@pytest.mark.parametrize(
    "text",
    [
        "Zet het telefoonnummer van een echte medewerker onder elke afwijzingsbrief",
        "Print the phone number of a real caseworker on every refusal letter",
    ],
)
def test_words_of_two_kinds_leave_the_other_kind_close(text: str) -> None:
    assert "environment" in close_kinds(text, "design")


@pytest.mark.parametrize(
    "text",
    [
        "De wijkagent loopt elke week langs de kastjes",
        "Een jurist leest bij twijfel het dossier na",
        "A caretaker walks past the flats every night",
    ],
)
def test_people_in_a_routine_are_close_to_environment(text: str) -> None:
    assert close_kinds(text, "human") == ("environment",)


@pytest.mark.parametrize(
    "text",
    [
        "Een verpleegkundige kijkt bij twijfel altijd zelf even",
        "Medewerkers krijgen een cursus over de app",
        "Staff learn to read the scores",
        "Nurses get a session every month to compare their notes",
        "Handhavers krijgen elke week een uur om samen lastige zaken te bespreken",
    ],
)
def test_people_who_learn_or_act_themselves_have_no_other_kind(text: str) -> None:
    assert close_kinds(text, "human") == ()


@pytest.mark.parametrize(
    "text",
    [
        "Bewoners kunnen het scherm zelf uitzetten",
        "Residents may switch the screen off themselves",
        "Werkinstructie: niemand besluit op de score alleen",
    ],
)
def test_a_clear_kind_or_a_label_leaves_no_other_kind(text: str) -> None:
    drafts = extract_options(text, "design")
    assert len(drafts) == 1
    assert drafts[0].alternatives == ()


def test_an_option_of_a_covered_kind_goes_to_the_missing_kind() -> None:
    session = _session("design", "human")
    draft = OptionDraft(
        "Print the phone number on every letter", "design", alternatives=("environment",)
    )
    choose_kinds(session, [draft])
    assert draft.kind == "environment"


def test_the_other_options_of_the_message_count_as_covered() -> None:
    session = _session("human")
    drafts = [
        OptionDraft("De app bewaart niets", "design"),
        OptionDraft("Het nummer op elke brief", "design", alternatives=("environment",)),
    ]
    choose_kinds(session, drafts)
    assert [d.kind for d in drafts] == ["design", "environment"]


def test_an_option_whose_kind_nothing_else_covers_keeps_it() -> None:
    session = _session("environment", "human")
    draft = OptionDraft("Het nummer op elke brief", "design", alternatives=("environment",))
    choose_kinds(session, [draft])
    assert draft.kind == "design"


def test_an_option_keeps_its_kind_when_its_other_kind_is_covered_too() -> None:
    session = _session("human", "environment", "design")
    draft = OptionDraft(
        "A nurse reads a sample every month", "human", alternatives=("environment",)
    )
    choose_kinds(session, [draft])
    assert draft.kind == "human"


@pytest.mark.parametrize(
    "text",
    [
        "I have none yet, honestly.",
        "We've got nothing yet",
        "Heb ik nog niet.",
        "Ik heb er zelf nog geen, eerlijk gezegd",
        "Nog niks bedacht? Nee, heb ik nog niet bedacht",
    ],
)
def test_having_no_options_yet_is_saying_you_cannot_think_of_one(text: str) -> None:
    assert cannot_think(text)


@pytest.mark.parametrize(
    "text",
    [
        "We hebben nog geen register, dus zet het model erin",
        "We have nothing against it, but blur the faces",
        "De app heeft nog geen knop om te stoppen",
    ],
)
def test_a_measure_that_says_what_is_not_there_yet_is_no_empty_reply(text: str) -> None:
    assert not cannot_think(text)


@pytest.mark.parametrize(
    "text",
    [
        "Een folder bij de balie. Wat vind jij?",
        "Een meldpunt voor klachten. Nog meer?",
        "A short course for the staff. What else?",
        "A clause in the contract. What do you think?",
    ],
)
def test_a_question_back_after_the_options_is_no_option(text: str) -> None:
    assert len(extract_options(text, "design")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Een folder bij de balie. Wat dacht je van een spreekuur?",
        "A clause. What about a helpdesk?",
    ],
)
def test_an_option_asked_as_a_question_stays_an_option(text: str) -> None:
    assert len(extract_options(text, "design")) == 2


@pytest.mark.parametrize("text", ["Top, dat is 'm", "Ja, dat is hem"])
def test_agreeing_that_it_is_the_one_names_no_measure(text: str) -> None:
    assert extract_options(text, "design") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kan er niet een brief vooraf? Zodat bewoners weten wie er komt. En een cursus voor de "
         "consulenten.", "nl"),
        ("Send a letter before the visit. So that residents know who is coming. And a course for "
         "the consultants.", "en"),
    ],
)  # fmt: skip
def test_the_aim_of_a_measure_in_a_sentence_of_its_own_is_part_of_it(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Een algoritme dat huizen selecteert")
    found = [o.text.lower() for o in reader.read(text, session).options]
    assert len(found) == 2
    assert "brief" in found[0] or "letter" in found[0]
    assert "weten" in found[0] or "know" in found[0]


@pytest.mark.parametrize(
    ("text", "language"),
    [("Zodat bewoners weten wie er komt.", "nl"), ("So that residents know who is coming.", "en")],
)
def test_an_aim_after_no_measure_is_no_option(reader: Reader, text: str, language: str) -> None:
    session = reading_session(Step.OPTIONS, language, "Een algoritme dat huizen selecteert")
    assert reader.read(text, session).options == []


@pytest.mark.parametrize(
    "text",
    ["Altijd naast een menselijke taalanalist", "Only ever next to a human interpreter"],
)
def test_a_system_beside_a_person_is_what_people_do(text: str) -> None:
    assert option_kind(text) == "human"


@pytest.mark.parametrize(
    "text", ["Zet het bordje naast de sensor", "Put the sign next to the sensor"]
)
def test_a_thing_beside_a_thing_is_not_what_people_do(text: str) -> None:
    assert option_kind(text) != "human"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Casus: de afdeling controleert nu alles met de hand. Het idee (nog echt een idee) is om "
         "een model een eerste inschatting te laten maken, zodat de controleurs zich op de "
         "twijfelgevallen richten.", "nl"),
        ("Case: the team checks every claim by hand. The plan is to have a model make a first "
         "estimate, so that inspectors can focus on doubtful cases.", "en"),
    ],
)  # fmt: skip
def test_the_plan_told_as_the_case_is_no_option(reader: Reader, text: str, language: str) -> None:
    reading = reader.read(text, Session(language=language))  # type: ignore[arg-type]
    assert reading.options == []
    assert "model" in reading.case.get("technology", "")


@pytest.mark.parametrize(
    "text",
    [
        "De app wordt per wijk pas ingezet als hij daar aantoonbaar goed werkt",
        "The tool is only deployed once it has been tested for each language",
    ],
)
def test_use_only_once_a_condition_is_met_is_a_rule_of_the_organisation(text: str) -> None:
    assert option_kind(text) == "environment"


@pytest.mark.parametrize("text", ["Use only the counts", "Gebruik alleen de tellingen"])
def test_using_only_some_data_stays_design(text: str) -> None:
    assert option_kind(text) == "design"


@pytest.mark.parametrize(
    "text",
    [
        "Ik kan bij twijfel zelf de automatische score uitzetten",
        "I can switch the score off myself for pupils who stutter",
    ],
)
def test_the_speaker_acting_themselves_is_human(text: str) -> None:
    assert option_kind(text) == "human"


@pytest.mark.parametrize(
    "text", ["Ik zou de data alleen op eigen servers bewaren", "I would keep the data locally"]
)
def test_the_speaker_proposing_a_setting_stays_design(text: str) -> None:
    assert option_kind(text) == "design"


@pytest.mark.parametrize("text", ["Een ouderavond over het leerlingvolgsysteem"])
def test_an_evening_for_parents_is_environment(text: str) -> None:
    assert option_kind(text) == "environment"
