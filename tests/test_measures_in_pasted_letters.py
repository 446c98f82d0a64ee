"""Measures in a pasted letter, memo or mail (Dutch and English; texts written for these tests):
a line that asks for or proposes measures ("Wij vragen de gemeente om: A, B en C", "We ask
for: ...", "Voorstel: ..." after the risks) holds no effects before the options; a later pointer
to them ("die drie uit de brief", "the three from the council are good", "the requests miss a
people one") takes them over, one option each, and what is joined to the pointer ("+ ...") is
a measure of the speaker's own."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step, Turn
from assistant.method.reading.actor_lists import names_added_by_add, names_present
from assistant.method.reading.minutes import action_points
from assistant.method.reading.pasted_measures import pasted_pointer
from assistant.method.reading.reader import Reader

LETTER_NL = "\n".join(
    [
        "Dit stuurde de cliëntenraad ons:",
        "Beste wethouder,",
        "De cliëntenraad maakt zich zorgen over de nieuwe parkeerapp. Mensen zonder smartphone "
        "kunnen hun bezoek niet meer aanmelden en mantelzorgers krijgen sneller een boete.",
        "Wij vragen de gemeente om: een papieren bezoekerskaart voor wie geen app heeft, een "
        "coulancetermijn van een maand, en een spreekuur in de bibliotheek.",
        "Met vriendelijke groet, de cliëntenraad",
    ]
)
LETTER_EN = "\n".join(
    [
        "The youth council sent this:",
        "> Dear council,",
        "> Young people are worried about the new library gate scanner. Students without a pass "
        "are turned away and the queue at the desk gets longer.",
        "> We ask for: a day pass at the desk, the scan data deleted every night, and a yearly "
        "review with the youth council.",
        "> Best wishes, the youth council",
    ]
)
LETTERS = [(LETTER_NL, "nl", "parkeerapp"), (LETTER_EN, "en", "gate scanner")]


@pytest.mark.parametrize(("text", "language", "technology"), LETTERS)
def test_requests_in_a_pasted_letter_are_no_effects(
    reader: Reader, text: str, language: str, technology: str
) -> None:
    session = reading_session(Step.EFFECTS, language, technology)
    reading = reader.read(text, session)
    said = " ".join(e.text.lower() for e in reading.effects)
    assert reading.effects and "bibliotheek" not in said and "day pass" not in said
    assert reading.options == []


@pytest.mark.parametrize(
    ("text", "language", "technology", "pointer"),
    [
        (LETTER_NL, "nl", "parkeerapp", "die drie uit de brief zijn goed"),
        (LETTER_NL, "nl", "parkeerapp", "de drie van de cliëntenraad dus"),
        (LETTER_EN, "en", "gate scanner", "the three from the youth council are good"),
        (LETTER_EN, "en", "gate scanner", "those three in the letter"),
    ],
)
def test_pointer_to_pasted_requests_takes_them_over(
    reader: Reader, text: str, language: str, technology: str, pointer: str
) -> None:
    session = reading_session(Step.OPTIONS, language, technology)
    session.transcript.append(Turn(role="user", text=text, step=Step.CASE))
    options = reader.read(pointer, session).options
    assert len(options) == 3
    assert not [o for o in options if "vragen" in o.text.lower() or "ask" in o.text.lower()]


@pytest.mark.parametrize(
    ("text", "language", "technology", "pointer", "own"),
    [
        (LETTER_NL, "nl", "parkeerapp", "die drie uit de brief + training voor de handhavers",
         "training"),
        (LETTER_EN, "en", "gate scanner", "the three from the letter plus a poster at the gate",
         "poster"),
    ],
)  # fmt: skip
def test_measure_joined_to_the_pointer_is_an_option_too(
    reader: Reader, text: str, language: str, technology: str, pointer: str, own: str
) -> None:
    session = reading_session(Step.OPTIONS, language, technology)
    session.transcript.append(Turn(role="user", text=text, step=Step.CASE))
    options = reader.read(pointer, session).options
    assert len(options) == 4 and own in options[-1].text.lower()


def test_pointer_says_which_kind_the_pasted_measures_miss() -> None:
    assert pasted_pointer("the requests miss a people one") is not None
    assert pasted_pointer("the requests miss a people one").missing == "human"  # type: ignore[union-attr]
    assert pasted_pointer("wat mist er nog bij die actiepunten?") is not None
    assert pasted_pointer("die actiepunten zijn te duur voor de gemeente") is None
    assert pasted_pointer("the three from the letter and a helpdesk").added == "a helpdesk"  # type: ignore[union-attr]
    assert pasted_pointer("maatregelen:") is not None  # the reader leaves a bare label alone


def test_pointer_without_pasted_measures_takes_nothing_over(reader: Reader) -> None:
    session = reading_session(Step.OPTIONS, "en", "gate scanner")
    session.transcript.append(Turn(role="user", text="scanner at the gate", step=Step.CASE))
    assert reader.read("the three from the letter are good", session).options == []


PLAN_NL = "\n".join(
    [
        "Projectplan slimme afvalbakken",
        "Aanleiding: bakken lopen over in het weekend.",
        "Voorstel: sensoren in de bakken melden hoe vol ze zijn, en de route past zich aan.",
        "Verwachte opbrengst: minder ritten en schonere straten.",
    ]
)
MEMO_EN = "\n".join(
    [
        "MEMO - smart bins",
        "Sensors in the bins report how full they are.",
        "Risks: drivers lose their fixed routes; residents think they are being watched.",
        "Proposal: a sticker on every bin, and drivers plan the route with the planner.",
    ]
)


def test_proposal_label_is_a_measure_only_after_the_effects() -> None:
    assert action_points(PLAN_NL) == {}
    assert list(action_points(MEMO_EN).values()) == [
        "a sticker on every bin, and drivers plan the route with the planner."
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the memo is a bit short on who takes part, add the caretakers", "en"),
        ("the letter doesn't really say who pays", "en"),
        ("die notulen zijn wat mager over wie er meedoet, voeg de conciërges toe", "nl"),
        ("de brief gaat vooral over geld", "nl"),
    ],
)
def test_remark_on_the_pasted_text_itself_is_no_effect(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "gate scanner")
    assert reader.read(text, session).effects == []


@pytest.mark.parametrize(
    ("text", "language", "worded"),
    [
        ("Risks raised by the youth council: students without a pass are turned away; the "
         "queue at the desk gets longer.", "en", "queue"),
        ("Zorgen van de cliëntenraad: mensen zonder smartphone kunnen geen bezoek aanmelden; "
         "mantelzorgers krijgen sneller een boete.", "nl", "mantelzorgers"),
    ],
)  # fmt: skip
def test_effects_label_with_who_raised_them_gives_the_direction(
    reader: Reader, text: str, language: str, worded: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "gate scanner")
    effects = reader.read(text, session).effects
    assert len(effects) == 2 and effects[0].direction == "negative"
    assert not [e for e in effects if "raised" in e.text or "Zorgen van" in e.text]
    assert worded in effects[1].text.lower()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('Bij de gemeente komt een parkeerapp. Ik plak de brief:\n\n"Geachte mevrouw Jansen,\n'
         'De chauffeurs krijgen ruzie bij de deur.\nMet vriendelijke groet, de wijkraad"', "nl"),
        ('The council is bringing in a parking app. Pasting the letter:\n\n"Dear Ms Jones,\n'
         'The drivers get arguments at the door.\nKind regards, the youth council"', "en"),
    ],
)  # fmt: skip
def test_quoted_letter_salutation_and_sign_off_are_left_out(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.CASE, language, "")
    reading = reader.read(text, session)
    said = " ".join(str(v) for v in reading.case.values())
    assert "Geachte" not in said and "Dear" not in said
    assert reading.ignored and reading.ignored[-1].startswith(("Met vriendelijke", "Kind regards"))


@pytest.mark.parametrize(
    ("text", "language", "party"),
    [
        ("De wijkraad maakt zich zorgen over de nieuwe parkeerapp.", "nl", "Wijkraad"),
        ("The youth council has concerns about the gate scanner.", "en", "Youth council"),
    ],
)
def test_concern_about_the_case_opening_a_letter_is_no_effect_but_its_party_an_actor(
    reader: Reader, text: str, language: str, party: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "gate scanner")
    reading = reader.read(text, session)
    assert reading.effects == [] and reading.actors == [party]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("De wijkraad maakt zich zorgen over de chauffeurs.", "nl"),
        ("The youth council is worried about fraud.", "en"),
    ],
)
def test_concern_about_people_or_a_harm_stays_an_effect(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "gate scanner")
    assert reader.read(text, session).effects


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Present: Sam (chair), Priya from the bus company, rep of the parents' panel",
         "Bus company"),
        ("Aanwezig: Kees (notulist), Fatma (namens de buschauffeurs)", "Buschauffeurs"),
        ("Aanwezig: Joris (voorzitter), Mila (ondernemingsraad)", "Ondernemingsraad"),
    ],
)  # fmt: skip
def test_who_came_for_a_group_makes_the_group_an_actor(line: str, group: str) -> None:
    named = names_present(line)
    assert group in named
    assert not [n for n in named if n.startswith(("Priya", "Fatma", "Mila", "Kees", "Sam"))]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("vul aan met de conciërge en de fietsers van de buurt",
         ["Conciërge", "Fietsers van de buurt"]),
        ("add the caretaker and the owners of the shops", ["Caretaker", "Owners of the shops"]),
    ],
)  # fmt: skip
def test_actors_added_with_a_longer_name(text: str, names: list[str]) -> None:
    assert names_added_by_add(text) == names


@pytest.mark.parametrize(
    ("line", "party"),
    [
        ("Aan: gemeenteraad van Zeist", ["Gemeenteraad van Zeist"]),
        ("Van: burgemeester en wethouders", ["Burgemeester en wethouders"]),
        ("From: alderman for housing, city of Leiden", ["Alderman for housing"]),
        ("To: the student council", ["Student council"]),
        ("Van: Petra de Groot", []),
        ("Aan: team Handhaving", []),
    ],
)
def test_memo_from_or_to_an_office_makes_it_an_actor(line: str, party: list[str]) -> None:
    assert names_present(line) == party


def test_pointer_to_the_assistants_own_list_is_no_pasted_pointer() -> None:
    assert pasted_pointer("the three from your list are good") is None
    assert pasted_pointer("de twee uit de voorstellen") is None
    assert pasted_pointer("de twee uit de brief") is not None
