"""An effect told as a scene about one person ("maar neem een man van 75 die ...", "picture a
girl of nine whose ...") is one effect: the opener and what happens to that person after it,
in the same message or in the next one (a half sentence sent too early), with the direction of
the consequence and the group the user names in it; a sentence that only announces the scene
is no effect. Sentences and conversations written for these tests (Dutch and English), not
taken from the conversation sets."""

from __future__ import annotations

from method_fakes import converse, read_in, told

from assistant.method.conductor import Conductor
from assistant.method.reading.reader import Reader

COUNTER = ("Bezoekers", "Medewerkers", "Buren")
SCHOOL = ("Parents", "Teachers", "Drivers", "Nurses", "Managers", "Bakers")


def read_nl(reader: Reader, text: str) -> list[tuple[str, str, str]]:
    return told(read_in(reader, text, COUNTER, "nl", "een digitaal loket"))


def read_en(reader: Reader, text: str) -> list[tuple[str, str, str]]:
    return told(read_in(reader, text, SCHOOL, "en", "a school app"))


def holding(effects: list[tuple[str, str, str]], *parts: str) -> list[tuple[str, str, str]]:
    return [e for e in effects if all(p.lower() in e[0].lower() for p in parts)]


def test_a_scene_in_one_message_is_one_effect_nl(message_reader: Reader) -> None:
    effects = read_nl(
        message_reader,
        "Positief: de wachttijd bij de balie is korter. Maar neem een man van 75 die slecht "
        "ziet en geen computer heeft. Hij kan het formulier niet meer op papier invullen. Hij "
        "moet zijn buurvrouw om hulp vragen en voelt zich afhankelijk.",
    )
    scene = holding(effects, "man van 75", "op papier", "afhankelijk")
    assert len(scene) == 1 and scene[0][1] == "negative"
    assert not [e for e in effects if e[0].startswith("Hij ")]
    assert holding(effects, "wachttijd")


def test_a_scene_in_one_message_is_one_effect_en(message_reader: Reader) -> None:
    effects = read_en(
        message_reader,
        "The good part is that parents get the message faster. But picture a girl of nine whose "
        "mother reads no Dutch. She brings the letter home in her bag. Her mother can't read it "
        "and misses the parents' evening.",
    )
    scene = holding(effects, "girl of nine", "misses the parents' evening")
    assert len(scene) == 1 and scene[0][1] == "negative"
    assert len(effects) == 2


def test_the_sentence_that_announces_a_scene_is_no_effect_en(message_reader: Reader) -> None:
    effects = read_en(
        message_reader,
        "But something happened too. A driver with ten years on the route was flagged as tired "
        "by the camera. He lost his shift that day.",
    )
    assert not holding(effects, "something happened")
    assert len(effects) == 1 and "lost his shift" in effects[0][0]
    assert effects[0][1] == "negative"


def test_the_sentence_that_announces_a_scene_is_no_effect_nl(message_reader: Reader) -> None:
    effects = read_nl(
        message_reader,
        "Maar er gebeurde ook iets. Een vrouw met een rolstoel kwam voor een dichte deur te "
        "staan. Ze moest een uur buiten wachten.",
    )
    assert not holding(effects, "gebeurde ook iets")
    assert len(effects) == 1 and "uur buiten wachten" in effects[0][0]
    assert effects[0][1] == "negative"


def test_a_scene_is_tied_to_the_group_the_user_names_nl(message_reader: Reader) -> None:
    effects = read_nl(
        message_reader,
        "Denk aan een buurman van 80 zonder internet. Die kan zijn afval niet meer aanmelden. "
        "Ouderen zonder internet zijn dus ook een groep.",
    )
    scene = holding(effects, "buurman van 80", "afval")
    assert len(scene) == 1 and scene[0][2] == "Ouderen zonder internet"


def test_a_scene_is_tied_to_the_group_the_person_stands_for_en(message_reader: Reader) -> None:
    effects = read_en(
        message_reader,
        "The reason we began: a baker on the high street lost customers because the road was "
        "blocked for weeks. Bakers are really happy with the new signs.",
    )
    scene = holding(effects, "baker on the high street", "happy")
    assert scene == [(scene[0][0], "positive", "Bakers")]


def test_a_scene_ends_where_another_group_is_told_of_en(message_reader: Reader) -> None:
    effects = read_en(
        message_reader,
        "Take a nurse on the night shift who gets ten alerts an hour. She stops looking at them. "
        "Also the managers get a weekly report that nobody reads.",
    )
    assert len(holding(effects, "nurse on the night shift", "stops looking")) == 1
    assert holding(effects, "weekly report") and not holding(effects, "nurse", "weekly report")


def test_a_scene_ends_where_another_group_is_told_of_nl(message_reader: Reader) -> None:
    effects = read_nl(
        message_reader,
        "Ik zie een vrouw van 90 voor me die haar pas kwijt is. Ze komt er niet meer in. En de "
        "medewerkers krijgen meer boze mensen aan de balie.",
    )
    assert len(holding(effects, "vrouw van 90", "niet meer in")) == 1
    assert holding(effects, "boze mensen") and not holding(effects, "vrouw", "boze mensen")


def test_an_opener_read_as_nothing_opens_the_scene_nl(message_reader: Reader) -> None:
    effects = read_nl(
        message_reader,
        "Maar neem een jongen uit de eerste klas met een gips om zijn arm. Bij hem doet de "
        "scanner het vaak niet, en dan mist hij het begin van de les.",
    )
    scene = holding(effects, "jongen uit de eerste klas", "begin van de les")
    assert len(scene) == 1 and scene[0][1] == "negative"


def test_a_scene_over_two_messages_is_one_effect_nl(conductor: Conductor) -> None:
    session = converse(
        conductor,
        "nl",
        [
            "De gemeente wil afspraken voor het paspoort alleen nog via een app laten maken.",
            "Betrokken: inwoners, baliemedewerkers, de leverancier.",
            "Positief: de balie is rustiger. Maar er is ook een mevrouw van 82 die alleen woont "
            "en geen smartphone heeft,",
            "en die kan straks haar afspraak niet meer verzetten, dus ze mist haar paspoort op "
            "tijd. volgende",
        ],
    )
    texts = [e.text for e in session.effects]
    scene = [t for t in texts if "mevrouw van 82" in t and "paspoort op tijd" in t]
    assert len(scene) == 1
    assert not [t for t in texts if t.lower().startswith(("die kan", "en die"))]
    assert next(e for e in session.effects if e.text == scene[0]).direction == "negative"


def test_a_scene_over_two_messages_is_one_effect_en(conductor: Conductor) -> None:
    session = converse(
        conductor,
        "en",
        [
            "Our council answers the phone with a voice bot since March.",
            "Involved: residents, the call centre staff, the supplier.",
            "The good part: shorter queues on the phone. But picture a boy of fourteen who "
            "stutters,",
            "and now the voice bot hangs up on him every time he calls. He gave up asking for "
            "help. next",
        ],
    )
    texts = [e.text for e in session.effects]
    scene = [t for t in texts if "boy of fourteen" in t and "gave up" in t]
    assert len(scene) == 1
    assert next(e for e in session.effects if e.text == scene[0]).direction == "negative"
    assert len(session.effects) == 2


def test_a_scene_told_whole_before_next_stays_apart_en(conductor: Conductor) -> None:
    session = converse(
        conductor,
        "en",
        [
            "Our council answers the phone with a voice bot since March.",
            "Involved: residents, the call centre staff, the supplier.",
            "Shorter queues on the phone. But take a tenant of 70 who has no email. next",
            "Actually, one more: the call centre staff get angrier callers than before.",
        ],
    )
    assert not [e for e in session.effects if "tenant" in e.text and "angrier" in e.text]
    assert [e for e in session.effects if "angrier" in e.text]


def test_a_scene_stays_on_its_line_en(message_reader: Reader) -> None:
    effects = read_en(
        message_reader,
        "- Take a driver of 60 who needs glasses. He gets flagged every morning.\n"
        "- For us: far fewer complaints at the desk.",
    )
    assert len(holding(effects, "driver of 60", "flagged")) == 1
    assert not holding(effects, "driver of 60", "complaints")


def test_a_scene_ends_where_another_point_is_told_nl(message_reader: Reader) -> None:
    effects = read_nl(
        message_reader,
        "Neem een vrouw van 70 die slecht hoort. Ze mist de omroep. De camera filmt ook "
        "iedereen op het perron.",
    )
    assert len(holding(effects, "vrouw van 70", "mist de omroep")) == 1
    assert not holding(effects, "vrouw van 70", "perron")


def test_a_message_cut_off_goes_on_only_with_a_joint_nl(conductor: Conductor) -> None:
    session = converse(
        conductor,
        "nl",
        [
            "Het station krijgt camera's die drukte op het perron meten.",
            "Betrokken: reizigers, conducteurs, de vervoerder.",
            "Positief: minder gedrang. Maar neem een man van 80 met een rollator die te laat is",
            "de conducteurs krijgen wel meer meldingen dan ze aankunnen",
        ],
    )
    assert not [e for e in session.effects if "man van 80" in e.text and "meldingen" in e.text]
    assert [e for e in session.effects if "meldingen" in e.text]


def test_a_question_after_a_message_cut_off_is_no_part_of_the_scene_en(
    conductor: Conductor,
) -> None:
    session = converse(
        conductor,
        "en",
        [
            "Our council answers the phone with a voice bot since March.",
            "Involved: residents, the call centre staff, the supplier.",
            "Shorter queues. But take a man of 85 who only calls when his heating fails, and "
            "then the bot asks him for a case number he never had",
            "which values would you say are behind these?",
        ],
    )
    assert not [e for e in session.effects if "values" in e.text.lower()]
    assert [e for e in session.effects if "man of 85" in e.text]
