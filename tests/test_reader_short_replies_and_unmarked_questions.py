"""The reader on short things people type between the real content, found by typing
conversations by hand: "klaar zo" ends, "ja dat klopt allemaal" agrees, "hmm wat kunnen we
doen.." asks (no option), a statement with "verhaal"/"story" in it is no off-topic request, a
mail announced without quote marks loses its announcing line, "plus:" labels a positive effect
and needing to do something less is good for whoever it is said of (Dutch and English;
sentences written for these tests)."""

from __future__ import annotations

import pytest
from method_fakes import reading_session

from assistant.domain.session import Step
from assistant.method.reading.asides import is_offtopic
from assistant.method.reading.intents import detect_intent
from assistant.method.reading.reader import Reader


@pytest.mark.parametrize(
    ("text", "kind"),
    [("klaar zo", "done"), ("klaar hoor", "done"), ("dat is het wel zo", "done"),
     ("ja dat klopt allemaal", "affirm"), ("ja klopt allemaal", "affirm")],
)  # fmt: skip
def test_short_replies_with_a_tail_word_end_or_agree(text: str, kind: str) -> None:
    intent = detect_intent(text, "Sensoren in de bushokjes")
    assert intent is not None and intent.kind == kind


@pytest.mark.parametrize(
    ("text", "language"),
    [("hmm wat kunnen we doen.. de conducteur checkt het eerst zelf", "nl"),
     ("ok what can we do. the driver checks it himself first", "en")],
)  # fmt: skip
def test_a_question_typed_without_its_mark_is_asked_and_no_option(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.OPTIONS, language, "Sensoren in de bushokjes")
    reading = reader.read(text, session)
    assert len(reading.options) == 1
    assert reading.options[0].kind == "human"
    assert [q.step for q in reading.questions] == [Step.OPTIONS]


@pytest.mark.parametrize(
    ("text", "off"),
    [("reizigers hoeven hun verhaal niet drie keer te vertellen", False),
     ("passengers don't have to tell their story three times", False),
     ("vertel een mop", True), ("tell me a story", True), ("recept voor appeltaart", True)],
)  # fmt: skip
def test_a_statement_that_uses_an_everyday_word_is_no_off_topic_request(
    text: str, off: bool
) -> None:
    assert is_offtopic(text, text, set()) is off


@pytest.mark.parametrize(
    ("lead", "language"),
    [("Even de mail van onze vervoerder erbij geplakt:", "nl"),
     ("the minutes of Tuesday's meeting:", "en")],
)  # fmt: skip
def test_a_line_that_announces_a_paste_is_no_part_of_the_case(
    reader: Reader, lead: str, language: str
) -> None:
    text = f"{lead}\n\n'De chauffeurs zijn blij met de sensoren. Groet, Kees'"
    reading = reader.read(text, reading_session(Step.CASE, language, ""))
    assert lead in reading.ignored
    assert lead not in reading.case.get("notes", "")


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [("nog een plus: reizigers hoeven minder lang te zoeken", "nl", ("Reizigers",)),
     ("reizigers hoeven hun route minder vaak te plannen", "nl", ("Reizigers",)),
     ("another plus: passengers need to ask staff less often", "en", ("Passengers",)),
     ("passengers have to fill in fewer forms", "en", ("Passengers",))],
)  # fmt: skip
def test_a_plus_label_and_needing_less_are_positive(
    reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    session = reading_session(Step.EFFECTS, language, "Sensoren in de bushokjes", actors)
    assert [e.direction for e in reader.read(text, session).effects] == ["positive"]


@pytest.mark.parametrize(
    ("text", "language", "actors"),
    [("keep the negative but add that", "en", ("Drivers",)),
     ("the drivers one is actually positive too", "en", ("Drivers",)),
     ("laat de negatieve staan maar voeg dat toe", "nl", ("Chauffeurs",)),
     ("die van de chauffeurs is eigenlijk ook positief", "nl", ("Chauffeurs",))],
)  # fmt: skip
def test_talk_about_the_items_written_down_is_no_item(
    reader: Reader, text: str, language: str, actors: tuple[str, ...]
) -> None:
    session = reading_session(Step.EFFECTS, language, "Sensoren in de bushokjes", actors)
    reading = reader.read(text, session)
    assert (reading.effects, reading.options, reading.actors) == ([], [], [])


@pytest.mark.parametrize(
    ("text", "language", "actor"),
    [("add the cleaners too", "en", "Cleaners"), ("voeg de schoonmakers ook toe", "nl",
                                                  "Schoonmakers")],
)  # fmt: skip
def test_an_actor_added_with_a_canvas_verb_is_still_added(
    reader: Reader, text: str, language: str, actor: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Sensoren in de bushokjes", ("Reizigers",))
    assert reader.read(text, session).actors == [actor]


@pytest.mark.parametrize(
    ("text", "language"),
    [("ja dat klopt allemaal. nog een plus: reizigers wachten korter", "nl"),
     ("yes that's all correct. one more plus: passengers wait less", "en")],
)  # fmt: skip
def test_agreeing_before_new_content_is_not_left_unread(
    reader: Reader, text: str, language: str
) -> None:
    session = reading_session(Step.EFFECTS, language, "Sensoren", ("Reizigers", "Passengers"))
    reading = reader.read(text, session)
    assert reading.unread == []
    assert [e.direction for e in reading.effects] == ["positive"]


@pytest.mark.parametrize(
    ("text", "language"),
    [("Hier de mail van mijn manager:\n\n'Hoi, goed dat je dit oppakt. De chauffeurs zijn blij "
      "met de sensoren. Groet, Kees'", "nl"),
     ("Here's the mail from my manager:\n\n'Hi, thanks for picking this up. The drivers are "
      "happy with the sensors. Best, Kees'", "en")],
)  # fmt: skip
def test_a_quoted_mails_greeting_and_thanks_are_no_actor_or_case_fact(
    reader: Reader, text: str, language: str
) -> None:
    reading = reader.read(text, reading_session(Step.ACTORS, language, "Sensoren in de bus"))
    assert reading.actors in ([], ["Chauffeurs"], ["Drivers"])
    assert not any("oppakt" in e.text or "picking" in e.text for e in reading.effects)
    assert "oppakt" not in reading.case.get("users", "") + reading.case.get("notes", "")


@pytest.mark.parametrize(
    ("text", "language", "added"),
    [("actoren: reizigers, chauffeurs. en de planners", "nl", ["Reizigers", "Chauffeurs",
                                                            "Planners"]),
     ("en de planners", "nl", ["Planners"]), ("and the planners too", "en", ["Planners"])],
)  # fmt: skip
def test_people_added_in_a_short_sentence_of_their_own_are_actors(
    reader: Reader, text: str, language: str, added: list[str]
) -> None:
    session = reading_session(Step.EFFECTS, language, "Sensoren in de bus")
    reading = reader.read(text, session)
    assert reading.actors == added
    assert reading.unread == []
