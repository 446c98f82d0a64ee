"""Effects told in the message after the first one, while the case is still asked: a sentence
led by a label that judges it ("Het grote plus: ...", "Big win: ..."), one about the people it
opens with ("most parents say it helps them ..."), or one that quotes a question people asked
("a few were angry: 'why me?'"), is an effect, not the answer to the case question."""

from __future__ import annotations

from method_fakes import reading_session, told

from assistant.domain.session import Step
from assistant.method.reading.reader import Reader


def _read(reader: Reader, text: str, language: str, asked: str) -> tuple[list, dict[str, str]]:
    session = reading_session(Step.CASE, language, "een app die meldingen doorzet")
    session.meta["case_ask"] = asked
    reading = reader.read(text, session)
    return told(reading), reading.case


def test_judged_label_opens_an_effect_where_the_case_is_asked_nl(reader: Reader) -> None:
    effects, case = _read(
        reader,
        "Het grote voordeel: de wijkverpleging ziet meteen wie er gevallen is. Dat scheelt echt.",
        "nl",
        "users",
    )
    assert [d for _, d, _ in effects] == ["positive"]
    assert "wijkverpleging" in effects[0][0].lower()
    assert "wijkverpleging" not in case.get("users", "").lower()


def test_judged_label_opens_an_effect_where_the_case_is_asked_en(reader: Reader) -> None:
    effects, case = _read(
        reader,
        "Big win: the night staff no longer walk every corridor at three in the morning.",
        "en",
        "users",
    )
    assert [d for _, d, _ in effects] == ["positive"]
    assert "night staff" in effects[0][0].lower()
    assert not case.get("users")


def test_most_of_a_group_says_it_helps_is_their_effect(reader: Reader) -> None:
    for text, language, group in (
        ("Most parents say it helps them plan the week, finally.", "en", "Parents"),
        ("De meeste ouders zeggen dat het ze helpt om de week te plannen.", "nl", "Ouders"),
    ):
        effects, case = _read(reader, text, language, "decisions")
        assert [d for _, d, _ in effects] == ["positive"], text
        assert not case.get("decisions"), text
        reading = reader.read(text, reading_session(Step.EFFECTS, language, "een app"))
        assert group in reading.actors, text


def test_a_quoted_question_is_no_question_to_the_assistant(reader: Reader) -> None:
    for text, language in (
        ("A few neighbours were angry: 'can you tell me who sees this?'.", "en"),
        ("Een paar buren waren boos: 'kun je me vertellen wie dit ziet?'.", "nl"),
    ):
        reading = reader.read(text, reading_session(Step.EFFECTS, language, "a camera"))
        assert [d for _, d, _ in told(reading)] == ["negative"], text


def test_the_first_message_tells_the_case_not_an_effect_of_people_it_names(reader: Reader) -> None:
    for text, language in (
        (
            "We run a model that ranks overdue invoices. The collectors phone the top 40 "
            "every week before anything goes wrong.",
            "en",
        ),
        (
            "We hebben een model dat achterstanden voorspelt. De consulenten bellen elke week "
            "de bovenste 40 voordat het misgaat.",
            "nl",
        ),
    ):
        session = reading_session(Step.CASE, language, "")
        assert told(reader.read(text, session)) == [], text


def test_two_words_said_of_one_group_stay_one_effect() -> None:
    from assistant.method.reading.segments import clauses

    assert clauses("The tenants were surprised but grateful, a few were angry") == [
        "The tenants were surprised but grateful",
        "a few were angry",
    ]
    assert clauses("De ouders waren verrast maar dankbaar") == [
        "De ouders waren verrast maar dankbaar"
    ]


def test_people_who_notice_it_and_people_after_an_effect(reader: Reader) -> None:
    for text, language, who in (
        (
            "Diefstallen uit de schuurtjes zijn gehalveerd, dat merken de bewoners echt. "
            "Maar scholieren die bij de ingang wachten worden steeds weggejaagd.",
            "nl",
            ["Bewoners", "Scholieren"],
        ),
        (
            "Thefts from the sheds have halved, which the tenants notice. "
            "But pupils who wait at the entrance are sent away every day.",
            "en",
            ["Tenants", "Pupils"],
        ),
    ):
        effects, case = _read(reader, text, language, "users")
        assert [(d, a) for _, d, a in effects] == [("positive", who[0]), ("negative", who[1])]
        assert not case.get("users"), text
